package io.newsflow.kafka.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import io.newsflow.kafka.embedded.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.IsolationLevel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
class EmbeddedKafkaBrokerIT {

    @TempDir
    Path dataDir;

    @Test
    void shouldRoundTripRecordsGivenAFreshDataDirectory() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(dataDir).build().start()) {
            KafkaCluster cluster = new KafkaCluster(broker.bootstrapServers());
            try {
                cluster.createTopics(2, "fresh");
                TestRecords.produce(broker.bootstrapServers(), "fresh", Map.of("k1", "v1", "k2", "v2"));

                assertThat(TestRecords.consume(broker.bootstrapServers(), "fresh", 2, IsolationLevel.READ_UNCOMMITTED))
                        .containsOnly(Map.entry("k1", "v1"), Map.entry("k2", "v2"));
                assertThat(dataDir.resolve("meta.properties")).content().contains(EmbeddedKafkaBroker.CLUSTER_ID);
            } finally {
                cluster.close();
            }
        }
    }

    @Test
    void shouldKeepTopicAndRecordsGivenARestartOnTheSameDataDirectory() throws Exception {
        try (EmbeddedKafkaBroker first = EmbeddedKafkaBroker.builder().dataDir(dataDir).build().start()) {
            KafkaCluster cluster = new KafkaCluster(first.bootstrapServers());
            try {
                cluster.createTopics(1, "kept");
            } finally {
                cluster.close();
            }
            TestRecords.produce(first.bootstrapServers(), "kept", Map.of("before", "restart"));
        }

        try (EmbeddedKafkaBroker second = EmbeddedKafkaBroker.builder().dataDir(dataDir).build().start();
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, second.bootstrapServers()))) {
            assertThat(admin.describeCluster().clusterId().get()).isEqualTo(EmbeddedKafkaBroker.CLUSTER_ID);
            assertThat(admin.listTopics().names().get()).contains("kept");
            assertThat(TestRecords.consume(second.bootstrapServers(), "kept", 1, IsolationLevel.READ_UNCOMMITTED))
                    .containsOnly(Map.entry("before", "restart"));
        }
    }

    @Test
    void shouldListenOnTheConfiguredPortAndIgnoreASecondClose() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }

        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(dataDir).port(port).build().start();
        assertThat(broker.bootstrapServers()).isEqualTo("127.0.0.1:" + port);
        broker.close();
        broker.close();

        assertThatThrownBy(broker::bootstrapServers).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(broker::start).isInstanceOf(IllegalStateException.class);
    }
}
