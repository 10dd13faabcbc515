package io.newsflow.sink;

import io.newsflow.model.ArticleId;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.EntityMention;
import io.newsflow.model.EntityType;
import io.newsflow.model.Event;
import io.newsflow.model.Fingerprint;
import io.newsflow.model.Language;
import io.newsflow.model.PublishedAt;
import io.newsflow.model.Source;
import io.newsflow.model.Topics;
import io.newsflow.sink.cluster.ClusterSettings;
import io.newsflow.sink.cluster.Clusterer;
import io.newsflow.sink.cluster.EventState;
import io.newsflow.sink.cluster.StateSerdes;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;

/**
 * Capacity of the single clustering task: articles per second through the {@link Clusterer} over RocksDB stores
 * (as in the topology, without the changelog and the record cache) with 10,000 and 100,000 events held, and the
 * state bytes per event. Each measured article is decoded from JSON and each event record it yields is encoded, as
 * the task does. Not a test; run by hand (see the sink README). Synthetic articles: a Zipf vocabulary of 50,000
 * words, entity keys from a pool of 2,000,000, random MinHash signatures; half of the measured articles tell an
 * event already held, half open a new one.
 *
 * <p>The machine is shared, so the run also measures, on a store of the same kind, one get, one put and one prefix
 * scan that finds nothing, and the decoding of one article, in rounds interleaved with the measured articles, and
 * states the cost of an article in those units; and it reports the CPU time of the whole process per article
 * (RocksDB flushes and compactions run on threads of their own), which the other tenants of the machine disturb
 * less than the elapsed time.
 */
public final class ClusteringCapacityBenchmark {

    private static final int MEASURED = 2_000;
    private static final int ROUNDS = 10;
    private static final int VOCABULARY = 50_000;
    private static final int BASELINE_OPERATIONS = 2_000;

    private final SplittableRandom random = new SplittableRandom(42);
    private final double[] zipf = new double[VOCABULARY];
    private final Topics topics = Topics.defaults();

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
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        Result first = null;
        for (int held : sizes) {
            Result result = benchmark.measure(held);
            if (first == null) {
                first = result;
            } else {
                System.out.printf("%,d vs %,d events held: cost per article in store gets x%.2f, in article decodes "
                                + "x%.2f, in process CPU x%.2f (1.00 = no growth with the events held)%n", held,
                        sizes[0], result.inGets() / first.inGets(), result.inDecodes() / first.inDecodes(),
                        result.cpuMicros() / first.cpuMicros());
            }
        }
    }

    private record Baseline(double getMicros, double missMicros, double putMicros, double scanMicros,
                            double decodeMicros) {

        Baseline plus(Baseline other) {
            return new Baseline(getMicros + other.getMicros, missMicros + other.missMicros,
                    putMicros + other.putMicros, scanMicros + other.scanMicros, decodeMicros + other.decodeMicros);
        }

        Baseline dividedBy(int rounds) {
            return new Baseline(getMicros / rounds, missMicros / rounds, putMicros / rounds, scanMicros / rounds,
                    decodeMicros / rounds);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "get %.2f us, missing get %.2f us, put %.2f us, empty prefix scan "
                    + "%.2f us, article decode %.1f us", getMicros, missMicros, putMicros, scanMicros, decodeMicros);
        }
    }

    private record Result(double articleMicros, double cpuMicros, Baseline baseline) {

        double inGets() {
            return articleMicros / baseline.getMicros();
        }

        double inDecodes() {
            return articleMicros / baseline.decodeMicros();
        }
    }

    private Result measure(int held) throws IOException {
        Path dir = Files.createTempDirectory("sink-capacity");
        Properties props = new Properties();
        props.put("application.id", "sink-capacity");
        props.put("bootstrap.servers", "unused:9092");
        MockProcessorContext<String, Object> context = new MockProcessorContext<>(props, new TaskId(0, 0),
                dir.toFile());
        List<Sized<?>> stores = new ArrayList<>();
        KeyValueStore<String, EventState> eventStore = store(SinkTopology.EVENTS_STORE, StateSerdes.events(), context,
                stores);
        StoreBackedClusterStore state = new StoreBackedClusterStore(
                eventStore,
                store(SinkTopology.MEMBERS_STORE, StateSerdes.members(), context, stores),
                store(SinkTopology.ARTICLE_EVENTS_STORE, Serdes.String(), context, stores),
                store(SinkTopology.LSH_STORE, Serdes.String(), context, stores),
                store(SinkTopology.FEATURE_STORE, Serdes.String(), context, stores),
                store(SinkTopology.FREQUENCY_STORE, Serdes.Long(), context, stores),
                store(SinkTopology.ACTIVITY_STORE, Serdes.String(), context, stores));
        KeyValueStore<String, String> scratch = store("scratch", Serdes.String(), context, new ArrayList<>());
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
            if ((i + 1) % (held / 10) == 0) {
                double seconds = (System.nanoTime() - loadStart) / 1e9;
                System.out.printf("  loading %,d events: %,d in %.0f s (%,.0f/s)%n", held, i + 1, seconds,
                        (i + 1) / seconds);
            }
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        Serializer<EnrichedArticle> articleWriter = topics.articles().valueSerde().serializer();
        Deserializer<EnrichedArticle> articleReader = topics.articles().valueSerde().deserializer();
        Serializer<Event> eventWriter = topics.events().valueSerde().serializer();
        List<byte[]> measured = new ArrayList<>();
        for (int i = 0; i < MEASURED; i++) {
            EnrichedArticle article = i % 2 == 0 ? story("new-" + held + "-" + i)
                    : retold(heldStories.get(random.nextInt(heldStories.size())), "retold-" + held + "-" + i);
            measured.add(articleWriter.serialize(topics.articles().name(), article));
        }
        fillScratch(scratch);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Baseline baseline = new Baseline(0, 0, 0, 0, 0);
        long nanos = 0;
        long cpuNanos = 0;
        long threadNanos = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int emitted = 0;
        long eventBytes = 0;
        int perRound = MEASURED / ROUNDS;
        for (int round = 0; round < ROUNDS; round++) {
            baseline = baseline.plus(baseline(scratch, articleReader, measured.subList(0, 50)));
            long cpuStart = os.getProcessCpuTime();
            long threadStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (byte[] bytes : measured.subList(round * perRound, (round + 1) * perRound)) {
                for (Event event : clusterer.add(articleReader.deserialize(topics.articles().name(), bytes), 1000)) {
                    eventBytes += eventWriter.serialize(topics.events().name(), event).length;
                    emitted++;
                }
            }
            nanos += System.nanoTime() - start;
            cpuNanos += os.getProcessCpuTime() - cpuStart;
            threadNanos += threads.getCurrentThreadCpuTime() - threadStart;
        }
        baseline = baseline.dividedBy(ROUNDS);
        int live = count(eventStore);
        long bytes = 0;
        StringBuilder byStore = new StringBuilder();
        for (Sized<?> store : stores) {
            long stored = store.bytes();
            bytes += stored;
            byStore.append(String.format(Locale.ROOT, " %s %,.0f", store.store().name(), (double) stored / live));
        }
        double micros = nanos / 1e3 / MEASURED;
        double cpuMicros = cpuNanos / 1e3 / MEASURED;
        System.out.printf("%,d events held (loaded in %.0f s): %,.0f articles/s, %.0f us per article over %,d "
                        + "articles (%,d event records, %,.0f bytes each); CPU per article: %.0f us in the process, "
                        + "%.0f us in the task's thread%n",
                held, loadSeconds, 1e6 / micros, micros, MEASURED, emitted, (double) eventBytes / emitted, cpuMicros,
                threadNanos / 1e3 / MEASURED);
        System.out.printf("  baseline in this run, interleaved: %s%n", baseline);
        System.out.printf("  one article costs %.0f store gets, %.0f store puts, %.1f article decodes%n",
                micros / baseline.getMicros(), micros / baseline.putMicros(), micros / baseline.decodeMicros());
        System.out.printf("  state: %,d bytes = %,.0f bytes per event (%,d events); per event by store:%s%n", bytes,
                (double) bytes / live, live, byStore);
        stores.forEach(store -> store.store().close());
        scratch.close();
        delete(dir);
        return new Result(micros, cpuMicros, baseline);
    }

    private static void fillScratch(KeyValueStore<String, String> scratch) {
        for (int i = 0; i < BASELINE_OPERATIONS; i++) {
            scratch.put(scratchKey(i), "");
        }
    }

    private static String scratchKey(int i) {
        return "t:w" + Integer.toString(i * 7919 % BASELINE_OPERATIONS, 36) + '\u001f' + i;
    }

    /** Costs of single store operations and of decoding an article, each the mean over many. */
    private Baseline baseline(KeyValueStore<String, String> scratch, Deserializer<EnrichedArticle> reader,
                              List<byte[]> articles) {
        int n = BASELINE_OPERATIONS;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            scratch.put(scratchKey(i), "");
        }
        double put = (System.nanoTime() - start) / 1e3 / n;
        start = System.nanoTime();
        int found = 0;
        for (int i = 0; i < n; i++) {
            found += scratch.get(scratchKey(i)) == null ? 0 : 1;
        }
        double get = (System.nanoTime() - start) / 1e3 / n;
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            found += scratch.get("t:x" + Integer.toString(i, 36)) == null ? 0 : 1;
        }
        double miss = (System.nanoTime() - start) / 1e3 / n;
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            try (KeyValueIterator<String, String> entries = scratch.prefixScan("t:x" + Integer.toString(i, 36),
                    Serdes.String().serializer())) {
                found += entries.hasNext() ? 1 : 0;
            }
        }
        double scan = (System.nanoTime() - start) / 1e3 / n;
        start = System.nanoTime();
        int decodes = 0;
        for (byte[] bytes : articles) {
            found += reader.deserialize(topics.articles().name(), bytes).entities().size();
            decodes++;
        }
        double decode = (System.nanoTime() - start) / 1e3 / decodes;
        if (found < n) {
            throw new IllegalStateException("baseline store lost entries: " + found);
        }
        return new Baseline(get, miss, put, scan, decode);
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A store and the serdes to weigh its entries as they are stored. */
    private record Sized<V>(KeyValueStore<String, V> store, Serde<V> values) {

        long bytes() {
            long total = 0;
            try (KeyValueIterator<String, V> entries = store.all()) {
                while (entries.hasNext()) {
                    KeyValue<String, V> entry = entries.next();
                    total += entry.key.getBytes(StandardCharsets.UTF_8).length
                            + values.serializer().serialize(store.name(), entry.value).length;
                }
            }
            return total;
        }
    }

    private static <V> KeyValueStore<String, V> store(String name, Serde<V> values,
                                                      MockProcessorContext<String, Object> context,
                                                      List<Sized<?>> stores) {
        KeyValueStore<String, V> store = Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name),
                Serdes.String(), values).withLoggingDisabled().withCachingDisabled().build();
        store.init(context.getStateStoreContext(), store);
        stores.add(new Sized<>(store, values));
        return store;
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
        String id = ArticleId.of(name + text);
        Source source = new Source(name, name, text.length(), "2025-02-17T00:00:00Z", "2025-02-17T00:00:00Z",
                "text/plain", "UTF-8");
        return new EnrichedArticle(id, source, name, text, Map.of(), List.of(), new Language("en", 1),
                new PublishedAt("2025-02-17", PublishedAt.Origin.METADATA), List.of(), entities,
                new Fingerprint(5, 300, minHash), 300);
    }
}
