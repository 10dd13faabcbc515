package io.newsflow.ingest;

import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.publish.ProducerSettings;
import io.newsflow.kafka.embedded.EmbeddedKafkaBroker;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
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
 * the same producer settings). Two full-size warm-up rounds come first: the code run once per file is invoked 10,000
 * times a round, and the JIT compiler's last tier takes it up only after some 5,000 to 15,000 calls, so after one
 * warm-up round it was still compiling it during the first measured round. Then each measured round times the
 * ceiling and ingest back to back, and the summary takes the best of each side, since other processes on a shared
 * machine only ever slow a round down. CPU seconds of the whole process (the in-process broker's included) are
 * printed beside the wall-clock figures: on a busy machine they compare the two sides more steadily. Run, in a JVM
 * of its own:
 * {@code mvn -B -q -pl ingest -am test -Pbenchmarks -DskipTests [-Dbenchmark.args="10000 5000 2"]} (files, bytes
 * per file, measured rounds).
 */
public final class IngestBenchmark {

    private static final String[] WORDS = ("the minister said on tuesday that talks in riyadh would resume after"
            + " officials from both countries met at the palace to discuss trade security energy and the war"
            + " while markets rose and analysts warned that a breakthrough remained unlikely this year").split(" ");

    private static final int WARMUP_ROUNDS = 2;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int bytesPerFile = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        Path root = Files.createTempDirectory("newsflow-ingest-bench");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(root.resolve("kafka")).build()
                .start()) {
            for (int i = 1; i <= WARMUP_ROUNDS; i++) {
                round(broker, root, "warmup" + i, files, bytesPerFile);
            }
            List<Figures> measured = new ArrayList<>();
            for (int i = 1; i <= rounds; i++) {
                Figures figures = round(broker, root, "measured" + i, files, bytesPerFile);
                figures.print("round " + i);
                measured.add(figures);
            }
            Figures.best(measured).print("best of " + rounds + " round(s)");
        } finally {
            delete(root);
        }
    }

    /** Wall-clock and process CPU seconds (all threads, the in-process broker's included) of one side of a round. */
    private record Timing(double wallSeconds, double cpuSeconds) {

        static Timing since(long wallNanos, long cpuNanos) {
            return new Timing((System.nanoTime() - wallNanos) / 1e9, (processCpuNanos() - cpuNanos) / 1e9);
        }

        static Timing best(List<Timing> timings) {
            return new Timing(timings.stream().mapToDouble(Timing::wallSeconds).min().orElseThrow(),
                    timings.stream().mapToDouble(Timing::cpuSeconds).min().orElseThrow());
        }
    }

    private record Figures(int files, long bytes, Timing ceiling, Timing ingest, double startupSeconds,
            IngestProgress progress) {

        static Figures best(List<Figures> rounds) {
            Figures first = rounds.get(0);
            return new Figures(first.files, first.bytes, Timing.best(rounds.stream().map(Figures::ceiling).toList()),
                    Timing.best(rounds.stream().map(Figures::ingest).toList()),
                    rounds.stream().mapToDouble(Figures::startupSeconds).min().orElseThrow(), first.progress);
        }

        void print(String label) {
            double mb = bytes / 1e6;
            System.out.printf(Locale.ROOT, "%nIngest benchmark, %s: %,d files, %.1f MB (%,d bytes each)%n", label,
                    files, mb, bytes / files);
            System.out.printf(Locale.ROOT, "  raw producer ceiling: %6.2f s  %,8.0f files/s  %6.1f MB/s"
                    + "  %6.2f CPU s%n", ceiling.wallSeconds, files / ceiling.wallSeconds, mb / ceiling.wallSeconds,
                    ceiling.cpuSeconds);
            System.out.printf(Locale.ROOT, "  newsflow ingest:      %6.2f s  %,8.0f files/s  %6.1f MB/s"
                    + "  %6.2f CPU s  (%.2f s of it start-up: broker check, ledger, producer, first walk)%n",
                    ingest.wallSeconds, files / ingest.wallSeconds, mb / ingest.wallSeconds, ingest.cpuSeconds,
                    startupSeconds);
            System.out.printf(Locale.ROOT, "  ingest reaches %.0f%% of the ceiling's files/s and spends %.1fx its CPU"
                    + " (start-up, scan, read, extract, publish and move included)%n",
                    100 * ceiling.wallSeconds / ingest.wallSeconds, ingest.cpuSeconds / ceiling.cpuSeconds);
            System.out.printf(Locale.ROOT, "  published %,d articles from %,d files, %,d failed%n",
                    progress.articlesPublished(), progress.filesDone(), progress.filesFailed());
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

        Timing ceiling = ceiling(config, inbox, name + ".ceiling");

        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        try (IngestStage stage = new IngestStage(config, Clock.systemUTC(), new SimpleMeterRegistry())) {
            stage.start();
            double startup = (System.nanoTime() - wall) / 1e9;
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(5))
                    .until(stage::initialBacklogDone);
            Timing ingest = Timing.since(wall, cpu);
            return new Figures(files, totalBytes, ceiling, ingest, startup, stage.progress());
        }
    }

    private static long processCpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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

    /** The same bytes, read the same way, sent by a bare producer with the stage's settings. */
    private static Timing ceiling(IngestConfig config, Path inbox, String topic) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(inbox)) {
            paths = walk.filter(path -> Files.isRegularFile(path) && !path.toString().contains("/.")).sorted()
                    .toList();
        }
        long wall = System.nanoTime();
        long cpu = processCpuNanos();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                ProducerSettings.of(config, "bench-ceiling"), new StringSerializer(), new ByteArraySerializer())) {
            for (Path path : paths) {
                producer.send(new ProducerRecord<>(topic, path.getFileName().toString(),
                        Files.readAllBytes(path)));
            }
            producer.flush();
        }
        return Timing.since(wall, cpu);
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
