package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.after.Ledger;
import io.newsflow.ingest.publish.SourceHeaders;
import io.newsflow.ingest.testing.BadInput;
import io.newsflow.ingest.testing.MutableClock;
import io.newsflow.ingest.testing.TopicReader;
import io.newsflow.kafka.test.KafkaCluster;
import io.newsflow.kafka.test.KafkaClusterExtension;
import io.newsflow.model.ArticleId;
import io.newsflow.model.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
@ExtendWith(KafkaClusterExtension.class)
class IngestStageIT {

    private static final Duration MIN_AGE = Duration.ofSeconds(1);

    @TempDir
    Path inbox;

    @TempDir
    Path outside;

    private KafkaCluster cluster;
    private String topic;
    private MutableClock clock;
    private SimpleMeterRegistry registry;
    private final Map<String, String> overrides = new HashMap<>();
    private IngestStage stage;

    @BeforeEach
    void setUp(KafkaCluster cluster) {
        this.cluster = cluster;
        topic = cluster.uniqueName("raw");
        cluster.createTopics(2, topic);
        // an hour ahead: every file written by the test is old enough at once, unless a test says otherwise
        clock = new MutableClock(Instant.now().plus(Duration.ofHours(1)));
        registry = new SimpleMeterRegistry();
    }

    @AfterEach
    void tearDown() {
        if (stage != null) {
            stage.close();
        }
    }

    @Test
    void shouldPublishSeedArticlesAndMoveThemToProcessed() throws IOException {
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            seeds = files.sorted().toList();
        }
        for (Path seed : seeds) {
            Files.copy(seed, inbox.resolve(seed.getFileName()));
        }

        start();

        await().atMost(Duration.ofSeconds(60)).until(stage::initialBacklogDone);
        try (TopicReader reader = new TopicReader(cluster.bootstrapServers(), topic)) {
            List<ConsumerRecord<String, RawArticle>> records = reader.awaitAtLeast(seeds.size());
            assertThat(records).hasSize(seeds.size());
            for (ConsumerRecord<String, RawArticle> record : records) {
                assertThat(record.key()).isEqualTo(record.value().id()).isEqualTo(ArticleId.of(record.value().text()));
                assertThat(header(record, SourceHeaders.FILE_NAME)).isEqualTo(record.value().source().fileName());
                assertThat(header(record, SourceHeaders.PATH)).isEqualTo(record.value().source().path());
                assertThat(header(record, SourceHeaders.SIZE)).isEqualTo(
                        Long.toString(record.value().source().sizeBytes()));
                assertThat(header(record, SourceHeaders.MODIFIED_AT)).isNotBlank();
            }
        }
        for (Path seed : seeds) {
            assertThat(inbox.resolve("processed").resolve(seed.getFileName())).exists();
            assertThat(inbox.resolve(seed.getFileName())).doesNotExist();
        }
        assertThat(stage.progress().filesDone()).isEqualTo(seeds.size());
        assertThat(registry.get("newsflow.ingest.files.ingested").counter().count()).isEqualTo(seeds.size());
        assertThat(registry.get("newsflow.ingest.backlog.files").gauge().value()).isZero();
    }

    @Test
    void shouldPublishGoodLinesAndReportBadOnesGivenJsonLinesAndTakeHtmlPage() throws IOException {
        drop("feed.jsonl", "{\"title\": \"One\", \"text\": \"First story.\"}\n{broken\n"
                + "{\"title\": \"Three\", \"text\": \"Third story.\"}\n");
        drop("news/page.html", "<html><head><title>Page</title></head><body><nav>Home World</nav>"
                + "<article><p>The page's own article text is here.</p></article></body></html>");

        start();

        try (TopicReader reader = new TopicReader(cluster.bootstrapServers(), topic)) {
            assertThat(reader.awaitAtLeast(3)).extracting(record -> record.value().text())
                    .containsExactlyInAnyOrder("First story.", "Third story.", "The page's own article text is here.");
        }
        await().until(stage::initialBacklogDone);
        Path report = inbox.resolve("processed/feed.jsonl.error.txt");
        assertThat(inbox.resolve("processed/feed.jsonl")).exists();
        assertThat(Files.readString(report)).contains("line 2: malformed JSON");
        assertThat(inbox.resolve("processed/news/page.html")).exists();
    }

    @Test
    void shouldMoveEveryBadInputToFailedWithItsReasonAndGoOn() throws IOException {
        overrides.put(IngestConfig.MAX_FILE_BYTES, Long.toString(BadInput.MAX_BYTES));
        List<BadInput> corpus = BadInput.corpus();
        corpus.forEach(bad -> bad.writeInto(inbox, outside));
        drop("good.txt", "A good story among the bad ones.");

        start();

        try (TopicReader reader = new TopicReader(cluster.bootstrapServers(), topic)) {
            assertThat(reader.awaitAtLeast(1)).extracting(record -> record.value().text())
                    .containsExactly("A good story among the bad ones.");
        }
        await().atMost(Duration.ofSeconds(30)).until(stage::initialBacklogDone);
        for (BadInput bad : corpus) {
            Path failed = inbox.resolve("failed").resolve(bad.name());
            if (bad.movedToFailed()) {
                assertThat(failed).as(bad.name()).matches(path -> Files.exists(path, LinkOption.NOFOLLOW_LINKS));
                assertThat(Files.readString(inbox.resolve("failed").resolve(bad.name() + ".error.txt")))
                        .as(bad.name()).containsIgnoringCase(bad.reasonContains());
            } else {
                assertThat(inbox.resolve(bad.name())).as(bad.name()).matches(path -> Files.exists(path,
                        LinkOption.NOFOLLOW_LINKS));
            }
        }
        long moved = corpus.stream().filter(BadInput::movedToFailed).count();
        assertThat(stage.progress().filesFailed()).isEqualTo(moved);
        assertThat(registry.get("newsflow.ingest.files.failed").tag("reason", "binary").counter().count())
                .isEqualTo(corpus.stream().filter(bad -> bad.kind().tag().equals("binary")).count());
    }

    @Test
    void shouldNotTakeFileBeforeItIsCompleteGivenSlowWriter() throws IOException {
        clock = new MutableClock(Instant.now());
        overrides.put(IngestConfig.STABILITY_CHECK_INTERVAL_MS, "20");
        start();
        Path slow = inbox.resolve("slow.txt");
        String[] chunks = {"Headline written first\n\n", "a body written later, ", "and an end written last."};

        Files.writeString(slow, chunks[0], StandardCharsets.UTF_8);
        await().until(() -> stage.progress().filesTotal() == 1);
        for (int i = 1; i < chunks.length; i++) {
            long total = stage.progress().bytesTotal();
            Files.writeString(slow, chunks[i], StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            await().until(() -> stage.progress().bytesTotal() > total);
            assertThat(stage.progress().filesDone()).isZero();
        }
        clock.advance(MIN_AGE.plusMillis(1));

        try (TopicReader reader = new TopicReader(cluster.bootstrapServers(), topic)) {
            assertThat(reader.awaitAtLeast(1).get(0).value().text()).isEqualTo(String.join("", chunks).strip());
        }
    }

    @Test
    void shouldIgnoreHiddenAndTemporaryFiles() throws IOException {
        List<String> ignored = List.of(".hidden.txt", "download.crdownload", "copy.txt.part", "edit.txt.swp",
                "backup.txt~", "~$office.txt", "upload.tmp", ".cache/inside.txt");
        for (String name : ignored) {
            Files.createDirectories(inbox.resolve(name).getParent());
            Files.writeString(inbox.resolve(name), "Not yet an article: " + name, StandardCharsets.UTF_8);
        }
        drop("real.txt", "A real article.");

        start();

        await().until(stage::initialBacklogDone);
        assertThat(stage.progress().filesTotal()).isEqualTo(1);
        for (String name : ignored) {
            assertThat(inbox.resolve(name)).exists();
        }
    }

    @Test
    void shouldKeepFileAndNotTakeItAgainAfterRestartGivenKeepPolicy() throws IOException {
        overrides.put(IngestConfig.AFTER_POLICY, "keep");
        drop("kept.txt", "A story that stays where it is.");
        start();
        await().until(stage::initialBacklogDone);
        stage.close();

        stage = null;
        start();
        await().until(stage::initialBacklogDone);

        assertThat(inbox.resolve("kept.txt")).exists();
        assertThat(stage.progress().filesTotal()).isZero();
        try (TopicReader reader = new TopicReader(cluster.bootstrapServers(), topic)) {
            reader.awaitAtLeast(1);
            assertThat(reader.drain()).hasSize(1);
        }
    }

    @Test
    void shouldForgetFilesGoneFromTheInboxWhenRestartedGivenKeepPolicy() throws IOException {
        overrides.put(IngestConfig.AFTER_POLICY, "keep");
        drop("kept.txt", "A story that stays where it is.");
        drop("removed.txt", "A story someone takes away later.");
        start();
        await().until(stage::initialBacklogDone);
        stage.close();
        stage = null;
        Path ledger = inbox.resolve(".newsflow").resolve(Ledger.FILE_NAME);
        assertThat(Files.readAllLines(ledger, StandardCharsets.UTF_8)).hasSize(2);

        Files.delete(inbox.resolve("removed.txt"));
        start();
        await().until(stage::initialBacklogDone);

        assertThat(Files.readAllLines(ledger, StandardCharsets.UTF_8)).singleElement().asString()
                .startsWith("kept.txt\t");
        assertThat(stage.progress().filesTotal()).isZero();
        drop("removed.txt", "A story someone takes away later.");
        await().until(() -> stage.progress().filesDone() == 1);
        // its id was forgotten with its line: the re-drop is published again but no longer counted as a repeat
        assertThat(stage.progress().duplicates()).isZero();
    }

    @Test
    void shouldWalkTheInboxAtOnceAndTakeEveryFileGivenTheWatchServiceLostEvents() throws IOException {
        // no periodic rescan during the test, and one file in flight at a time: while the watcher waits to hand over
        // the files of one poll, the next ones pile up in the watch service past the 512 events it keeps per folder
        overrides.put(IngestConfig.RESCAN_INTERVAL_MS, Long.toString(Duration.ofHours(1).toMillis()));
        overrides.put(IngestConfig.MAX_IN_FLIGHT_FILES, "1");
        overrides.put("kafka.linger.ms", "0");
        int burst = 1_500;
        Path staging = Files.createDirectories(inbox.resolve(".staging-burst"));
        Path folder = Files.createDirectories(inbox.resolve("burst"));
        List<Path> staged = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            staged.add(Files.writeString(staging.resolve(String.format(Locale.ROOT, "story-%04d.txt", i)),
                    "Story " + i + " of a burst.", StandardCharsets.UTF_8));
        }
        start();
        for (Path file : staged) {
            Files.move(file, folder.resolve(file.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }

        await().atMost(Duration.ofMinutes(2)).until(() -> stage.progress().filesDone() == burst);
        assertThat(registry.get("newsflow.ingest.watch.overflows").counter().count()).isPositive();
        try (Stream<Path> left = Files.list(folder);
                Stream<Path> moved = Files.list(inbox.resolve("processed").resolve("burst"))) {
            assertThat(left).isEmpty();
            assertThat(moved).hasSize(burst);
        }
    }

    @Test
    void shouldDeleteFileGivenDeletePolicy() throws IOException {
        overrides.put(IngestConfig.AFTER_POLICY, "delete");
        drop("gone.txt", "A story deleted after publishing.");

        start();

        await().until(stage::initialBacklogDone);
        assertThat(inbox.resolve("gone.txt")).doesNotExist();
        assertThat(inbox.resolve("processed")).doesNotExist();
    }

    @Test
    void shouldRepublishSameIdAndCountDuplicateGivenRedroppedFile() throws IOException {
        start();
        drop("story.txt", "The same story, dropped twice.");
        await().until(() -> stage.progress().filesDone() == 1);

        drop("story.txt", "The same story, dropped twice.");
        await().until(() -> stage.progress().filesDone() == 2);

        try (TopicReader reader = new TopicReader(cluster.bootstrapServers(), topic)) {
            List<ConsumerRecord<String, RawArticle>> records = reader.awaitAtLeast(2);
            assertThat(records.get(0).key()).isEqualTo(records.get(1).key());
        }
        assertThat(stage.progress().duplicates()).isEqualTo(1);
        assertThat(registry.get("newsflow.ingest.articles.duplicate").counter().count()).isEqualTo(1);
        assertThat(inbox.resolve("processed/story.txt")).hasContent("The same story, dropped twice.");
        assertThat(inbox.resolve("processed/story (1).txt")).hasContent("The same story, dropped twice.");
    }

    @Test
    void shouldTakeFilesFromNewSubfolderWithAwkwardNames() throws IOException {
        overrides.put(IngestConfig.PROCESSED_DATE_SUBFOLDER, "true");
        start();
        String name = "Wörld news/two ..dots.. and spaces ü.txt";

        drop(name, "A story behind an awkward name.");

        await().until(() -> stage.progress().filesDone() == 1);
        String day = clock.instant().toString().substring(0, 10);
        assertThat(inbox.resolve("processed").resolve(day).resolve(name)).exists();
    }

    @Test
    void shouldFailRecordTooLargeForBrokerWithoutStoppingOthers() throws IOException {
        overrides.put("kafka.max.request.size", "4096");
        drop("big.txt", "Big story. " + "Many words of text. ".repeat(400));
        drop("small.txt", "A small story that fits.");

        start();

        await().until(stage::initialBacklogDone);
        assertThat(Files.readString(inbox.resolve("failed/big.txt.error.txt"))).contains("larger than");
        assertThat(inbox.resolve("processed/small.txt")).exists();
    }

    @Test
    void shouldFailFastGivenMissingTopicOrInbox() {
        overrides.put("topic.raw", cluster.uniqueName("missing"));
        assertThatThrownBy(this::start).isInstanceOf(IngestStartupException.class).hasMessageContaining(
                "does not exist");
        stage = null;

        overrides.put("topic.raw", topic);
        overrides.put(IngestConfig.INBOX_DIR, inbox.resolve("nowhere").toString());
        assertThatThrownBy(this::start).isInstanceOf(IngestStartupException.class).hasMessageContaining(
                "does not exist or is not a folder");
        stage = null;
    }

    private void start() {
        Map<String, String> values = new HashMap<>();
        values.put("bootstrap.servers", cluster.bootstrapServers());
        values.put("topic.raw", topic);
        values.put(IngestConfig.INBOX_DIR, inbox.toString());
        values.put(IngestConfig.MIN_FILE_AGE_MS, Long.toString(MIN_AGE.toMillis()));
        values.put(IngestConfig.PROGRESS_INTERVAL_MS, "500");
        values.putAll(overrides);
        stage = new IngestStage(new IngestConfig(values), clock, registry);
        stage.start();
    }

    /** Writes a file in a hidden staging folder and moves it in, as a well-behaved producer of files does. */
    private void drop(String name, String content) throws IOException {
        Path staging = Files.createDirectories(inbox.resolve(".staging"));
        Path staged = Files.writeString(staging.resolve("file"), content, StandardCharsets.UTF_8);
        Path target = inbox.resolve(name);
        Files.createDirectories(target.getParent());
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String header(ConsumerRecord<String, RawArticle> record, String key) {
        return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
    }
}
