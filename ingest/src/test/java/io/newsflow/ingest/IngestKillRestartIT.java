package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.testing.IngestProcess;
import io.newsflow.ingest.testing.TopicReader;
import io.newsflow.kafka.test.KafkaCluster;
import io.newsflow.kafka.test.KafkaClusterExtension;
import io.newsflow.model.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest process between the broker's acknowledgement and the move to processed, then restarts ingest:
 * nothing is lost, and the article is published once more under the same id.
 */
@Tag("integration")
@ExtendWith(KafkaClusterExtension.class)
class IngestKillRestartIT {

    @TempDir
    Path root;

    @Test
    void shouldRepublishSameIdOnceAndLoseNothingGivenKillAfterPublishBeforeMove(KafkaCluster cluster)
            throws IOException, InterruptedException {
        String topic = cluster.uniqueName("raw");
        cluster.createTopics(1, topic);
        Path inbox = Files.createDirectories(root.resolve("inbox"));
        Path processed = Files.createDirectories(root.resolve("processed"));
        Path story = Files.createDirectories(inbox.resolve("world")).resolve("story.txt");
        Files.writeString(story, "Headline\n\nA story caught between publish and move.", StandardCharsets.UTF_8);
        // a plain file where the move needs the folder processed/world: the move fails and the killed process
        // is certain to have published the story without moving it, which is the window a crash can hit
        Path blocker = Files.writeString(processed.resolve("world"), "in the way", StandardCharsets.UTF_8);
        Map<String, String> config = Map.of(
                "bootstrap.servers", cluster.bootstrapServers(),
                "topic.raw", topic,
                IngestConfig.INBOX_DIR, inbox.toString(),
                IngestConfig.PROCESSED_DIR, processed.toString(),
                IngestConfig.MIN_FILE_AGE_MS, "0");

        Process child = startChild(config, root.resolve("child.log"));
        try (TopicReader reader = new TopicReader(cluster.bootstrapServers(), topic)) {
            reader.awaitAtLeast(1);
            assertThat(story).exists();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            Files.delete(blocker);

            try (IngestStage restarted = new IngestStage(new IngestConfig(config), Clock.systemUTC(),
                    new SimpleMeterRegistry())) {
                restarted.start();
                await().atMost(Duration.ofSeconds(60)).until(restarted::initialBacklogDone);
            }

            List<ConsumerRecord<String, RawArticle>> records = reader.awaitAtLeast(2);
            assertThat(reader.drain()).hasSize(2);
            assertThat(records.get(1).key()).isEqualTo(records.get(0).key());
        } finally {
            child.destroyForcibly();
        }
        assertThat(story).doesNotExist();
        assertThat(processed.resolve("world/story.txt")).exists();
    }

    private static Process startChild(Map<String, String> config, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                IngestProcess.class.getName()));
        config.forEach((key, value) -> command.add(key + "=" + value));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
