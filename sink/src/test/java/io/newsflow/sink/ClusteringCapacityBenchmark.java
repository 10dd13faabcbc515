package io.newsflow.sink;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.EntityMention;
import io.newsflow.model.EntityType;
import io.newsflow.model.Fingerprint;
import io.newsflow.model.JsonSerde;
import io.newsflow.model.Language;
import io.newsflow.model.PublishedAt;
import io.newsflow.model.Source;
import io.newsflow.sink.cluster.ClusterSettings;
import io.newsflow.sink.cluster.Clusterer;
import io.newsflow.sink.cluster.EventState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * Capacity of the single clustering task: articles per second through the {@link Clusterer} over RocksDB stores
 * (as in the topology, without the changelog and the record cache) with 10,000 and 100,000 events held, and the
 * state bytes per event. Not a test; run by hand (see the sink README section). Synthetic articles: a Zipf
 * vocabulary of 50,000 words, entity keys from a pool of 2,000,000, random MinHash signatures; half of the
 * measured articles tell an event already held, half open a new one.
 */
public final class ClusteringCapacityBenchmark {

    private static final int MEASURED = 2_000;
    private static final int VOCABULARY = 50_000;

    private final SplittableRandom random = new SplittableRandom(42);
    private final double[] zipf = new double[VOCABULARY];

    private ClusteringCapacityBenchmark() {
        double sum = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            sum += 1.0 / (i + 1);
            zipf[i] = sum;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            zipf[i] /= sum;
        }
    }

    public static void main(String[] args) throws IOException {
        ClusteringCapacityBenchmark benchmark = new ClusteringCapacityBenchmark();
        double baseline = 0;
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000}
                : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        for (int held : sizes) {
            double rate = benchmark.measure(held);
            if (baseline == 0) {
                baseline = rate;
            } else {
                System.out.printf("ratio of rates, %,d vs %,d events held: %.2f%n", held, sizes[0], rate / baseline);
            }
        }
    }

    private double measure(int held) throws IOException {
        Path dir = Files.createTempDirectory("sink-capacity");
        java.util.Properties props = new java.util.Properties();
        props.put("application.id", "sink-capacity");
        props.put("bootstrap.servers", "unused:9092");
        MockProcessorContext<String, Object> context = new MockProcessorContext<>(props,
                new org.apache.kafka.streams.processor.TaskId(0, 0), dir.toFile());
        Serde<EventState> events = new JsonSerde<>(EventState.class);
        List<KeyValueStore<String, ?>> stores = new ArrayList<>();
        KeyValueStore<String, EventState> eventStore = store(SinkTopology.EVENTS_STORE, events, context, stores);
        StoreBackedClusterStore state = new StoreBackedClusterStore(
                eventStore,
                store(SinkTopology.ARTICLE_EVENTS_STORE, Serdes.String(), context, stores),
                store(SinkTopology.LSH_STORE, Serdes.String(), context, stores),
                store(SinkTopology.FEATURE_STORE, Serdes.String(), context, stores),
                store(SinkTopology.FREQUENCY_STORE, Serdes.Long(), context, stores),
                store(SinkTopology.ACTIVITY_STORE, Serdes.String(), context, stores));
        ClusterSettings settings = new SinkConfig(Map.of()).clusterSettings();
        Clusterer clusterer = new Clusterer(settings, state);

        long loadStart = System.nanoTime();
        List<EnrichedArticle> heldStories = new ArrayList<>();
        for (int i = 0; i < held; i++) {
            EnrichedArticle story = story("held-" + i);
            clusterer.add(story, 0);
            if (i % (held / 1000) == 0) {
                heldStories.add(story);
            }
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        List<EnrichedArticle> measured = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            measured.add(i % 2 == 0 ? story("new-" + held + "-" + i)
                    : retold(heldStories.get(random.nextInt(heldStories.size())), "retold-" + held + "-" + i));
        }
        long start = System.nanoTime();
        int emitted = 0;
        for (EnrichedArticle article : measured) {
            emitted += clusterer.add(article, 1000).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long bytes = bytes(stores);
        int live = count(eventStore);
        double rate = MEASURED / seconds;
        System.out.printf("%,d events held (loaded in %.0f s): %,.0f articles/s over %,d articles (%,d event "
                        + "records), state %,d bytes = %,.0f bytes per event%n",
                held, loadSeconds, rate, MEASURED, emitted, bytes, (double) bytes / live);
        stores.forEach(KeyValueStore::close);
        return rate;
    }

    private <V> KeyValueStore<String, V> store(String name, Serde<V> values, MockProcessorContext<String, Object> context,
                                              List<KeyValueStore<String, ?>> stores) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name),
                Serdes.String(), values).withLoggingDisabled().withCachingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        stores.add(store);
        return store;
    }

    private static long bytes(List<KeyValueStore<String, ?>> stores) {
        long total = 0;
        for (KeyValueStore<String, ?> store : stores) {
            try (KeyValueIterator<String, ?> entries = store.all()) {
                while (entries.hasNext()) {
                    KeyValue<String, ?> entry = entries.next();
                    total += entry.key.length() + (entry.value instanceof EventState event
                            ? new JsonSerde<>(EventState.class).serialize("", event).length
                            : String.valueOf(entry.value).length());
                }
            }
        }
        return total;
    }

    private static int count(KeyValueStore<String, EventState> store) {
        int count = 0;
        try (KeyValueIterator<String, EventState> entries = store.all()) {
            while (entries.hasNext()) {
                entries.next();
                count++;
            }
        }
        return count;
    }

    private String word() {
        double u = random.nextDouble();
        int low = 0;
        int high = VOCABULARY - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (zipf[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return "w" + Integer.toString(low, 36);
    }

    private EnrichedArticle story(String name) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            text.append(word()).append(' ');
        }
        List<EntityMention> entities = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // a few common names (countries, leaders) and many rare ones
            String key = i < 3 ? "c" + random.nextInt(200) : "k" + random.nextInt(2_000_000);
            entities.add(new EntityMention(key, EntityType.PERSON, key, 0, 1));
        }
        List<Integer> minHash = new ArrayList<>(128);
        for (int i = 0; i < 128; i++) {
            minHash.add(random.nextInt(Integer.MAX_VALUE));
        }
        return article(name, text.toString(), entities, minHash);
    }

    /** Another story of the same event: half its words and most of its names again. */
    private EnrichedArticle retold(EnrichedArticle original, String name) {
        String[] words = original.text().split(" ");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            text.append(i % 2 == 0 ? words[i] : word()).append(' ');
        }
        List<EntityMention> entities = new ArrayList<>(original.entities().subList(0, 9));
        List<Integer> minHash = new ArrayList<>(128);
        for (int i = 0; i < 128; i++) {
            minHash.add(random.nextInt(Integer.MAX_VALUE));
        }
        return article(name, text.toString(), entities, minHash);
    }

    private static EnrichedArticle article(String name, String text, List<EntityMention> entities,
                                           List<Integer> minHash) {
        String id = io.newsflow.model.ArticleId.of(name + text);
        Source source = new Source(name, name, text.length(), "2025-02-17T00:00:00Z", "2025-02-17T00:00:00Z",
                "text/plain", "UTF-8");
        return new EnrichedArticle(id, source, name, text, Map.of(), List.of(), new Language("en", 1),
                new PublishedAt("2025-02-17", PublishedAt.Origin.METADATA), List.of(), entities,
                new Fingerprint(5, 300, minHash), 300);
    }
}
