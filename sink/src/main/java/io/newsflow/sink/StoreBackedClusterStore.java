package io.newsflow.sink;

import io.newsflow.sink.cluster.ClusterStore;
import io.newsflow.sink.cluster.EventState;
import io.newsflow.sink.cluster.Member;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The clustering state in Kafka Streams key-value stores. Index entries are composite keys
 * {@code <index key><US><member>} with empty values, read by prefix, so adding or removing one entry never rewrites a
 * list and a look-up reads only the entries of one key. The entries of one article are written as one batch.
 *
 * <p>Each store call crosses into RocksDB, which costs microseconds, and an article asks for about sixty document
 * frequencies, sixty-four LSH bands (most of which hold nothing) and up to twenty event summaries. So some of it is
 * kept in memory as well, bounded, started afresh from the stores when the task starts, and never the source of
 * truth (every write goes to the store first): the most recently used document frequencies and event summaries, and
 * Bloom filters of the band keys and of the features counted so far, so that a band holding no article or a
 * feature never seen costs no store call.
 */
final class StoreBackedClusterStore implements ClusterStore {

    private static final Logger LOG = LoggerFactory.getLogger(StoreBackedClusterStore.class);

    /** Document frequencies kept in memory: the common words and names, about 100 bytes each. */
    static final int FREQUENCY_CACHE_ENTRIES = 200_000;
    /** Event summaries kept in memory: the events most often found as candidates, about 6 KB each. */
    static final int EVENT_CACHE_ENTRIES = 10_000;
    /** Keys a filter is sized for at least (1.25 MB); it is rebuilt twice as large when it fills up. */
    static final long MIN_FILTER_KEYS = 1L << 20;

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
    private final Map<String, Long> frequencyCache = leastRecentlyUsed(FREQUENCY_CACHE_ENTRIES);
    private final Map<String, EventState> eventCache = leastRecentlyUsed(EVENT_CACHE_ENTRIES);
    private KeyFilter bandFilter;
    private KeyFilter frequencyFilter;

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
        this.bandFilter = filterBands(bands.approximateNumEntries());
        this.frequencyFilter = filterFrequencies(frequencies.approximateNumEntries());
    }

    private static <V> Map<String, V> leastRecentlyUsed(int entries) {
        return new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > entries;
            }
        };
    }

    @Override
    public EventState event(String eventId) {
        EventState event = eventCache.get(eventId);
        if (event == null) {
            event = events.get(eventId);
            if (event != null) {
                eventCache.put(eventId, event);
            }
        }
        return event;
    }

    @Override
    public void putEvent(EventState event) {
        events.put(event.eventId(), event);
        eventCache.put(event.eventId(), event);
    }

    @Override
    public void deleteEvent(String eventId) {
        events.delete(eventId);
        eventCache.remove(eventId);
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
        return bandFilter.mightContain(band) ? members(bands, band, limit) : List.of();
    }

    @Override
    public void addBands(List<String> keys, String articleId) {
        bands.putAll(entries(keys, articleId));
        keys.forEach(bandFilter::add);
        if (bandFilter.full()) {
            bandFilter = filterBands(bandFilter.capacity());
        }
    }

    @Override
    public void removeBands(List<String> keys, String articleId) {
        keys.forEach(band -> bands.delete(band + SEPARATOR + articleId));
    }

    @Override
    public List<String> eventsWithFeature(String feature, int limit) {
        return members(features, feature, limit);
    }

    @Override
    public void addFeatures(List<String> keys, String eventId) {
        features.putAll(entries(keys, eventId));
    }

    @Override
    public void removeFeatures(List<String> keys, String eventId) {
        keys.forEach(feature -> features.delete(feature + SEPARATOR + eventId));
    }

    @Override
    public long documentFrequency(String feature) {
        Long count = frequencyCache.get(feature);
        if (count == null) {
            Long stored = frequencyFilter.mightContain(feature) ? frequencies.get(feature) : null;
            count = stored == null ? 0L : stored;
            frequencyCache.put(feature, count);
        }
        return count;
    }

    @Override
    public void incrementDocumentFrequencies(Collection<String> keys) {
        List<KeyValue<String, Long>> counts = new ArrayList<>(keys.size());
        for (String feature : keys) {
            counts.add(KeyValue.pair(feature, documentFrequency(feature) + 1));
        }
        frequencies.putAll(counts);
        for (KeyValue<String, Long> count : counts) {
            frequencyCache.put(count.key, count.value);
            if (count.value == 1) {
                frequencyFilter.add(count.key);
            }
        }
        if (frequencyFilter.full()) {
            frequencyFilter = filterFrequencies(frequencyFilter.capacity());
        }
    }

    @Override
    public long articlesSeen() {
        return documentFrequency(ARTICLES_SEEN);
    }

    @Override
    public long countArticle() {
        long count = articlesSeen() + 1;
        frequencies.put(ARTICLES_SEEN, count);
        frequencyCache.put(ARTICLES_SEEN, count);
        if (count == 1) {
            frequencyFilter.add(ARTICLES_SEEN);
        }
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

    private static List<KeyValue<String, String>> entries(List<String> keys, String member) {
        List<KeyValue<String, String>> entries = new ArrayList<>(keys.size());
        keys.forEach(key -> entries.add(KeyValue.pair(key + SEPARATOR + member, PRESENT)));
        return entries;
    }

    private KeyFilter filterBands(long entries) {
        return filter(bands, key -> key.substring(0, key.indexOf(SEPARATOR)), entries, "LSH band");
    }

    private KeyFilter filterFrequencies(long entries) {
        return filter(frequencies, key -> key, entries, "document frequency");
    }

    /** A filter of every key in a store, cut by {@code filed}, with room for twice the entries it holds. */
    private static KeyFilter filter(KeyValueStore<String, ?> store, UnaryOperator<String> filed, long entries,
                                    String what) {
        long started = System.nanoTime();
        KeyFilter filter = new KeyFilter(Math.max(MIN_FILTER_KEYS, 2 * entries));
        long added = 0;
        try (KeyValueIterator<String, ?> all = store.all()) {
            while (all.hasNext()) {
                filter.add(filed.apply(all.next().key));
                added++;
            }
        }
        LOG.info("Filtered {} {} entries in memory ({} KB) in {} ms", added, what, filter.sizeInBytes() / 1024,
                (System.nanoTime() - started) / 1_000_000);
        return filter;
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
