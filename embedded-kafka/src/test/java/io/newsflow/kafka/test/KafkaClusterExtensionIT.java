package io.newsflow.kafka.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.IsolationLevel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("integration")
@ExtendWith(KafkaClusterExtension.class)
class KafkaClusterExtensionIT {

    @Test
    void shouldCreateTopicsOnceGivenTheSameNamesTwice(KafkaCluster cluster) throws Exception {
        String first = cluster.uniqueName("twice-a");
        String second = cluster.uniqueName("twice-b");

        cluster.createTopics(3, first, second);
        cluster.createTopics(3, first, second);

        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of(first, second)).allTopicNames().get();
            assertThat(topics.values()).extracting(description -> description.partitions().size()).containsOnly(3);
        }
    }

    @Test
    void shouldRoundTripRecordsGivenTheSharedCluster(KafkaCluster cluster) throws Exception {
        String topic = cluster.uniqueName("round-trip");
        cluster.createTopics(1, topic);

        TestRecords.produce(cluster.bootstrapServers(), topic, Map.of("key", "value"));

        assertThat(TestRecords.consume(cluster.bootstrapServers(), topic, 1, IsolationLevel.READ_UNCOMMITTED))
                .containsOnly(Map.entry("key", "value"));
    }

    @Test
    void shouldGiveDistinctNamesGivenTheSamePrefix(KafkaCluster cluster) {
        assertThat(cluster.uniqueName("group")).startsWith("group-").isNotEqualTo(cluster.uniqueName("group"));
    }
}
