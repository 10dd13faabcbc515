package io.newsflow.cli.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.kafka.test.KafkaCluster;
import io.newsflow.kafka.test.KafkaClusterExtension;
import io.newsflow.model.Event;
import io.newsflow.model.Topics;
import io.newsflow.model.TopicNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster shape of docker-compose.yml without a Docker engine: topics created by {@code newsflow topics create},
 * then ingest, two enrich instances and a sink as separate JVM processes with the containers' main class and
 * environment variables, against the shared test broker. The two enrich instances share the partitions of the raw
 * topic; when one of them is killed mid-stream the other takes over its partitions and, exactly-once, every article
 * reaches the articles topic once and an event once.
 */
@Tag("integration")
@ExtendWith(KafkaClusterExtension.class)
class ClusterShapeIT {

    private static final Pattern STREAM_THREAD =
            Pattern.compile("-StreamThread-\\d+-consumer$");

    private static final int PARTITIONS = 4;
    private static final Duration START = Duration.ofSeconds(120);
    private static final Duration FLOW = Duration.ofSeconds(90);
    private static final Path SEEDS = Path.of("..", "seeds");

    // kept when the test fails: logs/ holds each process's output
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path work;

    @Test
    void shouldShareThePartitionsBetweenTwoEnrichProcessesAndLoseNothingWhenOneIsKilled(KafkaCluster cluster)
            throws Exception {
        TopicNames names = new TopicNames(cluster.uniqueName("raw"), cluster.uniqueName("articles"),
                cluster.uniqueName("events"), cluster.uniqueName("dlq"));
        Topics topics = Topics.named(names);
        String enrichApplication = cluster.uniqueName("enrich");
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path logs = Files.createDirectories(work.resolve("logs"));

        Map<String, String> shared = new LinkedHashMap<>();
        shared.put("NEWSFLOW_BOOTSTRAP_SERVERS", cluster.bootstrapServers());
        shared.put("NEWSFLOW_TOPIC_RAW", names.raw());
        shared.put("NEWSFLOW_TOPIC_ARTICLES", names.articles());
        shared.put("NEWSFLOW_TOPIC_EVENTS", names.events());
        shared.put("NEWSFLOW_TOPIC_DLQ", names.dlq());
        shared.put("NEWSFLOW_TOPIC_PARTITIONS", Integer.toString(PARTITIONS));
        shared.put("NEWSFLOW_OPS_BIND_ADDRESS", "127.0.0.1");
        shared.put("NEWSFLOW_OPS_PORT", "0");

        try (StageProcesses processes = new StageProcesses(logs);
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            assertThat(processes.run("topics", shared, START, "topics", "create")).isZero();

            StageProcesses.Stage ingest = processes.start("ingest", with(shared, Map.of(
                    "NEWSFLOW_INGEST_INBOX_DIR", inbox.toString(),
                    "NEWSFLOW_INGEST_DATA_DIR", work.resolve("ingest-state").toString(),
                    "NEWSFLOW_INGEST_MIN_FILE_AGE_MS", "200")), "ingest");
            StageProcesses.Stage first = processes.start("enrich-1", enrich(shared, enrichApplication, work, 1), "enrich");
            StageProcesses.Stage second = processes.start("enrich-2", enrich(shared, enrichApplication, work, 2), "enrich");
            StageProcesses.Stage sink = processes.start("sink", with(shared, Map.of(
                    "NEWSFLOW_SINK_APPLICATION_ID", cluster.uniqueName("sink"),
                    "NEWSFLOW_SINK_STATE_DIR", work.resolve("sink-state").toString(),
                    "NEWSFLOW_SINK_STANDBY_REPLICAS", "0")), "sink");
            for (StageProcesses.Stage stage : List.of(ingest, first, second, sink)) {
                stage.awaitReady(START);
            }

            // both instances hold partitions of the raw topic, and together all of them
            await("both enrich instances assigned").atMost(START).ignoreExceptions()
                    .until(() -> rawAssignment(admin, enrichApplication, names.raw()), assignment ->
                            assignment.size() == 2 && assignment.values().stream().noneMatch(Set::isEmpty)
                                    && coversEveryPartition(assignment));
            // the endpoint a Prometheus scrapes carries the Kafka Streams metrics of the process
            assertThat(first.body("/metrics")).contains("kafka_stream");

            List<Path> dropped = new ArrayList<>(drop(inbox, seedFiles()));
            dropped.addAll(GeneratedArticles.write(inbox, 0, 20));
            Set<String> rawIds = awaitIds(cluster, names.raw(), dropped.size(), topics.raw().valueSerde().deserializer());
            assertThat(awaitIds(cluster, names.articles(), rawIds.size(),
                    topics.articles().valueSerde().deserializer())).isEqualTo(rawIds);

            // crash one instance while the next files flow: its open transaction is aborted, its work redone
            dropped.addAll(GeneratedArticles.write(inbox, 20, 30));
            rawIds = awaitIds(cluster, names.raw(), dropped.size(), topics.raw().valueSerde().deserializer());
            first.process().destroyForcibly();
            assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

            await("the surviving enrich instance holds every partition").atMost(START).ignoreExceptions()
                    .until(() -> rawAssignment(admin, enrichApplication, names.raw()), assignment ->
                            assignment.size() == 1 && coversEveryPartition(assignment));
            dropped.addAll(GeneratedArticles.write(inbox, 30, 40));
            rawIds = awaitIds(cluster, names.raw(), dropped.size(), topics.raw().valueSerde().deserializer());
            assertThat(rawIds).hasSize(5 + 40);

            // every article exactly once on the articles topic, read committed
            List<String> articleKeys = readCommitted(cluster, names.articles(), rawIds.size(),
                    topics.articles().valueSerde().deserializer()).stream().map(Map.Entry::getKey).toList();
            assertThat(articleKeys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(rawIds);

            // and exactly once in the current state of the events, the five seeds (one story) in one event
            Map<String, Event> events = awaitEventsCovering(cluster, names.events(), rawIds,
                    topics.events().valueSerde().deserializer());
            List<String> eventArticleIds = events.values().stream()
                    .flatMap(event -> event.articles().stream().map(Event.EventArticle::articleId)).toList();
            assertThat(eventArticleIds).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(rawIds);
            Set<String> seedIds = readCommitted(cluster, names.raw(), rawIds.size(),
                    topics.raw().valueSerde().deserializer()).stream()
                    .filter(record -> !record.getValue().source().fileName().startsWith(GeneratedArticles.PREFIX))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
            assertThat(seedIds).hasSize(5);
            assertThat(events.values()).anySatisfy(event -> assertThat(event.articles())
                    .extracting(Event.EventArticle::articleId).containsAll(seedIds));
            assertThat(second.process().isAlive()).as(second.tail()).isTrue();
        }
    }

    private static Map<String, String> enrich(Map<String, String> shared, String applicationId, Path state,
            int instance) {
        return with(shared, Map.of(
                "NEWSFLOW_ENRICH_APPLICATION_ID", applicationId,
                "NEWSFLOW_ENRICH_STATE_DIR", state.resolve("enrich-" + instance).toString(),
                // a crashed member is noticed after this, not after the 45 s default: any client setting passes
                "KAFKA_SESSION_TIMEOUT_MS", "6000",
                "KAFKA_HEARTBEAT_INTERVAL_MS", "1500"));
    }

    private static Map<String, String> with(Map<String, String> shared, Map<String, String> own) {
        Map<String, String> environment = new LinkedHashMap<>(shared);
        environment.putAll(own);
        return environment;
    }

    private static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static List<Path> drop(Path inbox, List<Path> files) throws IOException {
        List<Path> dropped = new ArrayList<>();
        for (Path file : files) {
            Path partial = inbox.resolve(file.getFileName() + ".part");
            Files.copy(file, partial);
            dropped.add(Files.move(partial, inbox.resolve(file.getFileName())));
        }
        return dropped;
    }

    /**
     * The raw-topic partitions each enrich process holds. A process runs one consumer per stream thread, all with
     * client ids {@code <process>-StreamThread-<n>-consumer}, so members are grouped by the part before the thread.
     */
    private static Map<String, Set<TopicPartition>> rawAssignment(Admin admin, String group, String raw)
            throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        return description.members().stream().collect(Collectors.toMap(
                member -> STREAM_THREAD.matcher(member.clientId()).replaceFirst(""),
                member -> member.assignment().topicPartitions().stream()
                        .filter(partition -> partition.topic().equals(raw)).collect(Collectors.toSet()),
                (one, other) -> {
                    Set<TopicPartition> both = new HashSet<>(one);
                    both.addAll(other);
                    return both;
                }));
    }

    private static boolean coversEveryPartition(Map<String, Set<TopicPartition>> assignment) {
        return assignment.values().stream().mapToLong(Set::size).sum() == PARTITIONS
                && assignment.values().stream().flatMap(Set::stream).map(TopicPartition::partition)
                        .collect(Collectors.toSet()).size() == PARTITIONS;
    }

    private static <V> Set<String> awaitIds(KafkaCluster cluster, String topic, int count, Deserializer<V> values) {
        return readCommitted(cluster, topic, count, values).stream().map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** Every committed record of the topic once at least {@code count} are there, as (key, value). */
    private static <V> List<Map.Entry<String, V>> readCommitted(KafkaCluster cluster, String topic, int count,
            Deserializer<V> values) {
        List<Map.Entry<String, V>> records = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = consumer(cluster, values)) {
            consumer.subscribe(List.of(topic));
            await(count + " records on " + topic).atMost(FLOW).until(() -> {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> records.add(Map.entry(record.key(), record.value())));
                return records.size() >= count;
            });
            // anything beyond the count (a duplicate) shows up within a few more polls
            for (int poll = 0; poll < 4; poll++) {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> records.add(Map.entry(record.key(), record.value())));
            }
        }
        return records;
    }

    /** The live events (latest version, not merged away) once their articles include every given id. */
    private static Map<String, Event> awaitEventsCovering(KafkaCluster cluster, String topic, Set<String> articleIds,
            Deserializer<Event> values) {
        Map<String, Event> latest = new HashMap<>();
        try (KafkaConsumer<String, Event> consumer = consumer(cluster, values)) {
            consumer.subscribe(List.of(topic));
            await("events holding all " + articleIds.size() + " articles").atMost(FLOW).until(() -> {
                consumer.poll(Duration.ofMillis(250)).forEach(record -> latest.merge(record.key(), record.value(),
                        (before, after) -> after.version() > before.version() ? after : before));
                return live(latest).values().stream().flatMap(event -> event.articles().stream())
                        .map(Event.EventArticle::articleId).collect(Collectors.toSet()).containsAll(articleIds);
            });
        }
        return live(latest);
    }

    private static Map<String, Event> live(Map<String, Event> latest) {
        return latest.values().stream().filter(event -> event.mergedInto() == null)
                .collect(Collectors.toMap(Event::eventId, Function.identity()));
    }

    private static <V> KafkaConsumer<String, V> consumer(KafkaCluster cluster, Deserializer<V> values) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.GROUP_ID_CONFIG, cluster.uniqueName("reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), values);
    }
}
