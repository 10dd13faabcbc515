package io.newsflow.kafka.test;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * The Kafka cluster integration tests run against, injected by {@link KafkaClusterExtension}. It is shared by every
 * test in the JVM, so tests name their topics and consumer groups with {@link #uniqueName(String)}.
 */
public final class KafkaCluster {

    private static final Duration TOPIC_READY_TIMEOUT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final Admin admin;

    KafkaCluster(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /**
     * Creates the topics that do not exist yet, with the broker's default replication, and returns once every
     * partition of every named topic has a leader.
     */
    public void createTopics(int partitions, String... names) {
        List<NewTopic> topics = Arrays.stream(names)
                .map(name -> new NewTopic(name, Optional.of(partitions), Optional.empty()))
                .toList();
        CreateTopicsResult result = admin.createTopics(topics);
        result.values().forEach((name, future) -> {
            try {
                future.get();
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + name, e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while creating topic " + name, e);
            }
        });
        // the controller acknowledges before the broker's metadata cache has the topic; producers need the latter
        await("leaders for " + Arrays.toString(names))
                .atMost(TOPIC_READY_TIMEOUT)
                .ignoreExceptions()
                .until(() -> admin.describeTopics(List.of(names)).allTopicNames().get().values().stream()
                        .flatMap(description -> description.partitions().stream())
                        .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty()));
    }

    /** A topic or group name no other test in this JVM, or an earlier run on a long-lived cluster, uses. */
    public String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
