package io.newsflow.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSourcesTest {

    @TempDir
    Path dir;

    @Test
    void shouldLetFlagsOverrideEnvironmentAndEnvironmentOverrideTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("newsflow.properties"),
                "topic.raw=from-file\ntopic.events=from-file\ntopic.dlq=from-file\n");
        Map<String, String> env = Map.of("NEWSFLOW_TOPIC_EVENTS", "from-env", "NEWSFLOW_TOPIC_DLQ", "from-env");
        Map<String, String> merged = ConfigSources.merge(file, env, Map.of("topic.dlq", "from-flag"));

        assertThat(merged).containsEntry("topic.raw", "from-file")
                .containsEntry("topic.events", "from-env")
                .containsEntry("topic.dlq", "from-flag");
    }

    @Test
    void shouldPassKafkaEnvironmentVariablesToTheClientsWithoutThePrefix() {
        Map<String, String> values = ConfigSources.merge(null, Map.of(
                "KAFKA_SASL_MECHANISM", "PLAIN", "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "NEWSFLOW_BOOTSTRAP_SERVERS", "broker:9092", "HOME", "/root"), Map.of());
        AbstractConfig config = new AbstractConfig(CommonConfig.define(), values);

        assertThat(CommonConfig.kafkaClientProperties(config))
                .containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("bootstrap.servers", "broker:9092")
                .doesNotContainKey("home");
    }

    @Test
    void shouldNameTheKeyAndValueOfAnInvalidSetting() {
        Map<String, String> values = Map.of(CommonConfig.TOPIC_PARTITIONS, "0");
        assertThatThrownBy(() -> new AbstractConfig(CommonConfig.define(), values))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("topic.partitions").hasMessageContaining("0");
    }

    @Test
    void shouldRefuseToRunWithoutBrokersAndSayHowToGiveThem() {
        AbstractConfig config = new AbstractConfig(CommonConfig.define(), Map.of());
        assertThatThrownBy(() -> CommonConfig.kafkaClientProperties(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("bootstrap.servers").hasMessageContaining("NEWSFLOW_BOOTSTRAP_SERVERS");
    }

    @Test
    void shouldReportAMissingConfigurationFile() {
        assertThatThrownBy(() -> ConfigSources.readFile(dir.resolve("absent.properties")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("absent.properties");
    }

    @Test
    void shouldNameTheEnvironmentVariableOfAKey() {
        assertThat(ConfigSources.environmentName("ingest.inbox.dir")).isEqualTo("NEWSFLOW_INGEST_INBOX_DIR");
    }
}
