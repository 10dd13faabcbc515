package io.newsflow.kafka.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.IsolationLevel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** Runs where Docker is; skipped, not failed, where it is not. */
@Tag("integration")
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersKafkaSmokeIT {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(KafkaClusterExtension.KAFKA_IMAGE);

    @Test
    void shouldRoundTripARecordGivenAKafkaContainer() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("smoke", 1, (short) 1))).all().get();
        }
        TestRecords.produce(KAFKA.getBootstrapServers(), "smoke", Map.of("key", "value"));

        assertThat(TestRecords.consume(KAFKA.getBootstrapServers(), "smoke", 1, IsolationLevel.READ_UNCOMMITTED))
                .containsOnly(Map.entry("key", "value"));
    }
}
