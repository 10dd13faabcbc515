package io.newsflow.sink.cluster;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An event as the clustering task holds it between articles: its version and times, and the evidence of its
 * articles summed up, so that scoring an article against it reads one small record however many articles it holds.
 * The articles themselves are kept apart ({@link ClusterStore#members}) and read only to publish the event.
 *
 * @param version           the version last emitted
 * @param createdArrival    arrival number of the article that opened it: the older of two merged events survives
 * @param lastActiveMillis  stream time of the last article it took
 * @param size              how many articles it holds
 * @param earliestPublished earliest stated publication instant of its articles, null when none states one
 * @param latestPublished   latest stated publication instant of its articles, null when none states one
 * @param days              full days its articles mention explicitly (see {@link Member#days()})
 * @param features          for each feature (see {@link FeatureKeys}) of its articles: how many have it and the sum
 *                          of its weights when each joined
 * @param termWeight        sum of the term weights of its articles, added in the order they joined
 * @param entityWeight      sum of the entity weights of its articles, added in the order they joined
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
        Set<String> days,
        Map<String, Feature> features,
        double termWeight,
        double entityWeight) {

    public EventState {
        days = Collections.unmodifiableSet(days);
        features = Collections.unmodifiableMap(features);
    }

    /** How many of the event's articles have a feature, and the sum of its weights in them. */
    public record Feature(int articles, double weight) {
    }

    /** A new event of one article, at version 1. */
    public static EventState open(String eventId, String createdAt, long lastActiveMillis, Member founder) {
        return new EventState(eventId, 1, createdAt, createdAt, founder.arrival(), lastActiveMillis, 0, null, null,
                new TreeSet<>(), Map.of(), 0, 0).with(founder);
    }

    /** How many of the articles have the feature. */
    public int articlesWith(String feature) {
        Feature found = features.get(feature);
        return found == null ? 0 : found.articles();
    }

    /** Sum of the feature's weights over the articles. */
    public double weightOf(String feature) {
        Feature found = features.get(feature);
        return found == null ? 0 : found.weight();
    }

    /** The same event with one more article's evidence. */
    public EventState with(Member member) {
        Map<String, Feature> summed = new LinkedHashMap<>(features);
        member.terms().keySet().forEach(word -> count(summed, FeatureKeys.term(word), 1, 0));
        member.entities().forEach(entity -> count(summed, FeatureKeys.entity(entity.key()), 1, 0));
        double terms = termWeight;
        double entities = entityWeight;
        for (Map.Entry<String, Double> weight : member.weights().entrySet()) {
            count(summed, weight.getKey(), 0, weight.getValue());
            if (FeatureKeys.isTerm(weight.getKey())) {
                terms += weight.getValue();
            } else if (FeatureKeys.isEntity(weight.getKey())) {
                entities += weight.getValue();
            }
        }
        TreeSet<String> allDays = new TreeSet<>(days);
        allDays.addAll(member.days());
        Long published = member.publishedMillis();
        return new EventState(eventId, version, createdAt, updatedAt, createdArrival, lastActiveMillis, size + 1,
                earlier(earliestPublished, published), later(latestPublished, published), allDays, summed, terms, entities);
    }

    /** The same event with the evidence of an event merged into it. */
    public EventState with(EventState other) {
        Map<String, Feature> summed = new LinkedHashMap<>(features);
        other.features.forEach((feature, evidence) -> count(summed, feature, evidence.articles(), evidence.weight()));
        TreeSet<String> allDays = new TreeSet<>(days);
        allDays.addAll(other.days);
        return new EventState(eventId, version, createdAt, updatedAt, createdArrival, lastActiveMillis,
                size + other.size, earlier(earliestPublished, other.earliestPublished),
                later(latestPublished, other.latestPublished), allDays, summed, termWeight + other.termWeight,
                entityWeight + other.entityWeight);
    }

    /** The next version, updated at {@code updatedAt}. */
    public EventState next(String updatedAt, long lastActiveMillis) {
        return new EventState(eventId, version + 1, createdAt, updatedAt, createdArrival, lastActiveMillis, size,
                earliestPublished, latestPublished, days, features, termWeight, entityWeight);
    }

    private static void count(Map<String, Feature> summed, String feature, int articles, double weight) {
        summed.merge(feature, new Feature(articles, weight),
                (before, more) -> new Feature(before.articles() + more.articles(), before.weight() + more.weight()));
    }

    private static Long earlier(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.min(a, b));
    }

    private static Long later(Long a, Long b) {
        return a == null ? b : b == null ? a : Long.valueOf(Math.max(a, b));
    }
}
