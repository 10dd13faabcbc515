package io.newsflow.sink.cluster;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An event as the clustering task holds it between articles: its version and times, and the evidence of its
 * articles summed up, so that scoring an article against it reads one small record however many articles it holds.
 * The articles themselves are kept apart ({@link ClusterStore#members}) and read only to publish the event.
 *
 * <p>The mean cosine of an article to the event's articles is the article's vector times the sum of theirs over
 * their number, so the sum ({@code features}) is all average linkage needs.
 *
 * @param version           the version last emitted
 * @param createdAt         the earliest record time of the articles that opened it or of events merged into it
 * @param updatedAt         the latest record time it took an article at: records of several partitions arrive out
 *                          of time order, and it never goes back
 * @param createdArrival    arrival number of the article that opened it: the older of two merged events survives
 * @param lastActiveMillis  stream time of the last article it took
 * @param size              how many articles it holds
 * @param earliestPublished earliest stated publication instant of its articles, null when none states one
 * @param latestPublished   latest stated publication instant of its articles, null when none states one
 * @param years             years its articles write out (see {@link Member#years()})
 * @param features          the sum of its articles' vectors (see {@link Scorer#vector}), as weighed when each joined
 */
public record EventState(
        String eventId,
        long version,
        String createdAt,
        String updatedAt,
        long createdArrival,
        long lastActiveMillis,
        int size,
        Long earliestPublished,
        Long latestPublished,
        Set<String> years,
        Map<String, Double> features) {

    public EventState {
        years = Collections.unmodifiableSet(years);
        features = Collections.unmodifiableMap(features);
    }

    /** A new event of one article, at version 1. */
    public static EventState open(String eventId, String createdAt, long lastActiveMillis, Member founder) {
        return new EventState(eventId, 1, createdAt, createdAt, founder.arrival(), lastActiveMillis, 0, null, null,
                new TreeSet<>(), Map.of()).with(founder);
    }

    /** The same event with one more article's evidence. */
    public EventState with(Member member) {
        Map<String, Double> summed = new HashMap<>(features);
        member.weights().forEach((feature, weight) -> summed.merge(feature, weight, Double::sum));
        TreeSet<String> allYears = new TreeSet<>(years);
        allYears.addAll(member.years());
        Long published = member.publishedMillis();
        return new EventState(eventId, version, createdAt, updatedAt, createdArrival, lastActiveMillis, size + 1,
                earlier(earliestPublished, published), later(latestPublished, published), allYears, summed);
    }

    /** The same event with the evidence of an event merged into it, dated from the earlier and the later of both. */
    public EventState with(EventState other) {
        Map<String, Double> summed = new HashMap<>(features);
        other.features.forEach((feature, weight) -> summed.merge(feature, weight, Double::sum));
        TreeSet<String> allYears = new TreeSet<>(years);
        allYears.addAll(other.years);
        return new EventState(eventId, version, earlier(createdAt, other.createdAt), later(updatedAt, other.updatedAt),
                createdArrival, lastActiveMillis, size + other.size, earlier(earliestPublished, other.earliestPublished),
                later(latestPublished, other.latestPublished), allYears, summed);
    }

    /** The next version, updated at {@code recordTime} unless it already was at a later one. */
    public EventState next(String recordTime, long lastActiveMillis) {
        return new EventState(eventId, version + 1, createdAt, later(updatedAt, recordTime), createdArrival,
                lastActiveMillis, size, earliestPublished, latestPublished, years, features);
    }

    private static String earlier(String a, String b) {
        return Instant.parse(a).isAfter(Instant.parse(b)) ? b : a;
    }

    private static String later(String a, String b) {
        return Instant.parse(a).isAfter(Instant.parse(b)) ? a : b;
    }

    private static Long earlier(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.min(a, b));
    }

    private static Long later(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
    }
}
