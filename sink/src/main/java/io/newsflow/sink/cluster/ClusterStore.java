package io.newsflow.sink.cluster;

import java.util.Collection;
import java.util.List;

/**
 * The state the clustering decision reads and writes: events (the summed evidence scoring reads, and apart from it
 * the articles each holds), which event holds an article, the candidate indexes and the document frequencies. The
 * sink keeps it in changelogged Kafka Streams stores; every look-up is by key or by key prefix, never a scan of all
 * events.
 */
public interface ClusterStore {

    EventState event(String eventId);

    void putEvent(EventState event);

    /** Deletes the event and the articles filed under it. */
    void deleteEvent(String eventId);

    /** The articles of an event, in arrival order. */
    List<Member> members(String eventId);

    /** One article of an event, or null. */
    Member member(String eventId, String articleId);

    /** Files an article under an event; adding one never rewrites the others. */
    void addMember(String eventId, Member member);

    /** The event holding an article, or null. */
    String eventOf(String articleId);

    void putArticle(String articleId, String eventId);

    void deleteArticle(String articleId);

    /** Articles filed under an LSH band key, at most {@code limit}. */
    List<String> articlesInBand(String band, int limit);

    /** Files an article under each of its LSH band keys. */
    void addBands(List<String> bands, String articleId);

    void removeBands(List<String> bands, String articleId);

    /** Events filed under a feature (see {@link FeatureKeys}), at most {@code limit}. */
    List<String> eventsWithFeature(String feature, int limit);

    /** Files an event under each of the features. */
    void addFeatures(List<String> features, String eventId);

    void removeFeatures(List<String> features, String eventId);

    /** How many articles carried a feature; {@link #articlesSeen()} for all. */
    long documentFrequency(String feature);

    /** Counts one more article carrying each of the features. */
    void incrementDocumentFrequencies(Collection<String> features);

    long articlesSeen();

    /** Counts one more article and returns the new count, which is also its arrival number. */
    long countArticle();

    /** Files an event under the day of its last activity (days since the epoch). */
    void addActivity(long epochDay, String eventId);

    void removeActivity(long epochDay, String eventId);

    /** Events filed under a day up to and including {@code epochDay}. */
    List<String> activeUntil(long epochDay);
}
