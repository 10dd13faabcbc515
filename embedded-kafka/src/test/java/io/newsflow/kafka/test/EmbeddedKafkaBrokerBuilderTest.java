package io.newsflow.kafka.test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import io.newsflow.kafka.embedded.EmbeddedKafkaBroker;
import org.junit.jupiter.api.Test;

class EmbeddedKafkaBrokerBuilderTest {

    @Test
    void shouldRefuseToBuildGivenNoDataDirectory() {
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("dataDir");
    }

    @Test
    void shouldRejectAPortOutsideTheTcpRange() {
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().port(70000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("70000");
    }

    @Test
    void shouldRejectAZeroStartTimeout() {
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().startTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRefuseBootstrapServersGivenABrokerNotStarted() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(Path.of("unused")).build();

        assertThatThrownBy(broker::bootstrapServers).isInstanceOf(IllegalStateException.class);
    }
}
