package io.newsflow.ingest;

import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.publish.ProducerSettings;
import io.newsflow.kafka.embedded.EmbeddedKafkaBroker;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Not a test: ingests generated article files into an embedded broker and prints files/s and MB/s beside the raw
 * producer ceiling measured in the same run (the same file bytes, keyed by file name, sent by a bare producer with
 * the same producer settings). Run:
 * {@code mvn -B -q -pl ingest -am test-compile exec:java -Dexec.mainClass=io.newsflow.ingest.IngestBenchmark
 * -Dexec.classpathScope=test [-Dexec.args="10000 5000"]} (files, bytes per file).
 */
public final class IngestBenchmark {

    private static final String[] WORDS = ("the minister said on tuesday that talks in riyadh would resume after"
            + " officials from both countries met at the palace to discuss trade security energy and the war"
            + " while markets rose and analysts warned that a breakthrough remained unlikely this year").split(" ");

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int bytesPerFile = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        Path root = Files.createTempDirectory("newsflow-ingest-bench");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(root.resolve("kafka")).build()
                .start()) {
            // a smaller first round warms the JIT for both sides, so the figures compare steady states
            round(broker, root, "warmup", Math.max(1, files / 5), bytesPerFile);
            round(broker, root, "measured", files, bytesPerFile).print();
        } finally {
            delete(root);
        }
    }

    private record Figures(int files, long bytes, double ingestSeconds, double ceilingSeconds,
            IngestProgress progress) {

        void print() {
            IngestBenchmark.print(files, bytes, ingestSeconds, ceilingSeconds, progress);
        }
    }

    private static Figures round(EmbeddedKafkaBroker broker, Path root, String name, int files, int bytesPerFile)
            throws Exception {
        Path inbox = Files.createDirectories(root.resolve(name));
        long totalBytes = generate(inbox, files, bytesPerFile);
        createTopics(broker.bootstrapServers(), name + ".ceiling", name + ".raw");
        Map<String, String> values = new HashMap<>();
        values.put("bootstrap.servers", broker.bootstrapServers());
        values.put("topic.raw", name + ".raw");
        values.put(IngestConfig.INBOX_DIR, inbox.toString());
        values.put(IngestConfig.MIN_FILE_AGE_MS, "0");
        values.put(IngestConfig.PROGRESS_INTERVAL_MS, "1000");
        IngestConfig config = new IngestConfig(values);

        double ceilingSeconds = ceiling(config, inbox, name + ".ceiling");

        long started = System.nanoTime();
        try (IngestStage stage = new IngestStage(config, Clock.systemUTC(), new SimpleMeterRegistry())) {
            stage.start();
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(5))
                    .until(stage::initialBacklogDone);
            double ingestSeconds = (System.nanoTime() - started) / 1e9;
            return new Figures(files, totalBytes, ingestSeconds, ceilingSeconds, stage.progress());
        }
    }

    private static long generate(Path inbox, int files, int bytesPerFile) throws IOException {
        Random random = new Random(42);
        long total = 0;
        for (int i = 0; i < files; i++) {
            StringBuilder text = new StringBuilder("Story number ").append(i).append(" from the generator\n\n");
            while (text.length() < bytesPerFile) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ".\n" : " ");
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            Path file = inbox.resolve(String.format(Locale.ROOT, "%03d/article-%06d.txt", i % 100, i));
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            total += bytes.length;
        }
        return total;
    }

    /** The same bytes, read the same way, sent by a bare producer with the stage's settings; seconds taken. */
    private static double ceiling(IngestConfig config, Path inbox, String topic) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(inbox)) {
            paths = walk.filter(path -> Files.isRegularFile(path) && !path.toString().contains("/.")).sorted()
                    .toList();
        }
        long started = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                ProducerSettings.of(config, "bench-ceiling"), new StringSerializer(), new ByteArraySerializer())) {
            for (Path path : paths) {
                producer.send(new ProducerRecord<>(topic, path.getFileName().toString(),
                        Files.readAllBytes(path)));
            }
            producer.flush();
        }
        return (System.nanoTime() - started) / 1e9;
    }

    private static void print(int files, long bytes, double ingestSeconds, double ceilingSeconds,
            IngestProgress progress) {
        double mb = bytes / 1e6;
        System.out.printf(Locale.ROOT, "%nIngest benchmark: %,d files, %.1f MB (%,d bytes each)%n", files, mb,
                bytes / files);
        System.out.printf(Locale.ROOT, "  raw producer ceiling: %6.2f s  %,8.0f files/s  %6.1f MB/s%n",
                ceilingSeconds, files / ceilingSeconds, mb / ceilingSeconds);
        System.out.printf(Locale.ROOT, "  newsflow ingest:      %6.2f s  %,8.0f files/s  %6.1f MB/s"
                + "  (%.0f%% of the ceiling; start-up, scan, read, extract, publish and move included)%n",
                ingestSeconds, files / ingestSeconds, mb / ingestSeconds, 100 * ceilingSeconds / ingestSeconds);
        System.out.printf(Locale.ROOT, "  published %,d articles from %,d files, %,d failed%n",
                progress.articlesPublished(), progress.filesDone(), progress.filesFailed());
    }

    private static void createTopics(String bootstrapServers, String... names)
            throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            List<NewTopic> topics = new ArrayList<>();
            for (String name : names) {
                topics.add(new NewTopic(name, 1, (short) 1));
            }
            admin.createTopics(topics).all().get();
        }
    }

    private static void delete(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
