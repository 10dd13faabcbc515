package io.newsflow.sink;

import io.newsflow.sink.cluster.ClusterStore;
import io.newsflow.sink.cluster.EventState;
import io.newsflow.sink.cluster.Member;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The clustering state in Kafka Streams key-value stores. Index entries are composite keys
 * {@code <index key><US><member>} with empty values, read by prefix, so adding or removing one entry never rewrites a
 * list and a look-up reads only the entries of one key.
 */
final class StoreBackedClusterStore implements ClusterStore {

    /** ASCII unit separator: occurs in no band key, feature or id. */
    private static final char SEPARATOR = '\u001f';
    private static final String ARTICLES_SEEN = "\u001farticles";
    private static final String PRESENT = "";

    private final Serializer<String> keys = Serdes.String().serializer();
    private final KeyValueStore<String, EventState> events;
    private final KeyValueStore<String, Member> members;
    private final KeyValueStore<String, String> articleEvents;
    private final KeyValueStore<String, String> bands;
    private final KeyValueStore<String, String> features;
    private final KeyValueStore<String, Long> frequencies;
    private final KeyValueStore<String, String> activity;

    StoreBackedClusterStore(
            KeyValueStore<String, EventState> events,
            KeyValueStore<String, Member> members,
            KeyValueStore<String, String> articleEvents,
            KeyValueStore<String, String> bands,
            KeyValueStore<String, String> features,
            KeyValueStore<String, Long> frequencies,
            KeyValueStore<String, String> activity) {
        this.events = events;
        this.members = members;
        this.articleEvents = articleEvents;
        this.bands = bands;
        this.features = features;
        this.frequencies = frequencies;
        this.activity = activity;
    }

    @Override
    public EventState event(String eventId) {
        return events.get(eventId);
    }

    @Override
    public void putEvent(EventState event) {
        events.put(event.eventId(), event);
    }

    @Override
    public void deleteEvent(String eventId) {
        events.delete(eventId);
        for (String key : keysWithPrefix(members, eventId + SEPARATOR, Integer.MAX_VALUE)) {
            members.delete(key);
        }
    }

    @Override
    public List<Member> members(String eventId) {
        List<Member> found = new ArrayList<>();
        try (KeyValueIterator<String, Member> entries = members.prefixScan(eventId + SEPARATOR, keys)) {
            entries.forEachRemaining(entry -> found.add(entry.value));
        }
        found.sort(Comparator.comparingLong(Member::arrival));
        return found;
    }

    @Override
    public Member member(String eventId, String articleId) {
        return members.get(eventId + SEPARATOR + articleId);
    }

    @Override
    public void addMember(String eventId, Member member) {
        members.put(eventId + SEPARATOR + member.articleId(), member);
    }

    @Override
    public String eventOf(String articleId) {
        return articleEvents.get(articleId);
    }

    @Override
    public void putArticle(String articleId, String eventId) {
        articleEvents.put(articleId, eventId);
    }

    @Override
    public void deleteArticle(String articleId) {
        articleEvents.delete(articleId);
    }

    @Override
    public List<String> articlesInBand(String band, int limit) {
        return members(bands, band, limit);
    }

    @Override
    public void addBand(String band, String articleId) {
        bands.put(band + SEPARATOR + articleId, PRESENT);
    }

    @Override
    public void removeBand(String band, String articleId) {
        bands.delete(band + SEPARATOR + articleId);
    }

    @Override
    public List<String> eventsWithFeature(String feature, int limit) {
        return members(features, feature, limit);
    }

    @Override
    public void addFeature(String feature, String eventId) {
        features.put(feature + SEPARATOR + eventId, PRESENT);
    }

    @Override
    public void removeFeature(String feature, String eventId) {
        features.delete(feature + SEPARATOR + eventId);
    }

    @Override
    public long documentFrequency(String feature) {
        Long count = frequencies.get(feature);
        return count == null ? 0 : count;
    }

    @Override
    public void incrementDocumentFrequency(String feature) {
        frequencies.put(feature, documentFrequency(feature) + 1);
    }

    @Override
    public long articlesSeen() {
        return documentFrequency(ARTICLES_SEEN);
    }

    @Override
    public long countArticle() {
        long count = articlesSeen() + 1;
        frequencies.put(ARTICLES_SEEN, count);
        return count;
    }

    @Override
    public void addActivity(long epochDay, String eventId) {
        activity.put(dayKey(epochDay) + SEPARATOR + eventId, PRESENT);
    }

    @Override
    public void removeActivity(long epochDay, String eventId) {
        activity.delete(dayKey(epochDay) + SEPARATOR + eventId);
    }

    @Override
    public List<String> activeUntil(long epochDay) {
        List<String> eventIds = new ArrayList<>();
        // keys sort by their zero-padded day, so the idle events are the first ones
        try (KeyValueIterator<String, String> entries = activity.range(null, dayKey(epochDay + 1))) {
            while (entries.hasNext()) {
                String key = entries.next().key;
                eventIds.add(key.substring(key.indexOf(SEPARATOR) + 1));
            }
        }
        return eventIds;
    }

    private static String dayKey(long epochDay) {
        return String.format(java.util.Locale.ROOT, "%09d", epochDay);
    }

    private List<String> members(KeyValueStore<String, String> index, String key, int limit) {
        String prefix = key + SEPARATOR;
        List<String> found = keysWithPrefix(index, prefix, limit);
        found.replaceAll(entry -> entry.substring(prefix.length()));
        return found;
    }

    private List<String> keysWithPrefix(KeyValueStore<String, ?> store, String prefix, int limit) {
        List<String> found = new ArrayList<>();
        try (KeyValueIterator<String, ?> entries = store.prefixScan(prefix, keys)) {
            while (entries.hasNext() && found.size() < limit) {
                found.add(entries.next().key);
            }
        }
        return found;
    }
}
