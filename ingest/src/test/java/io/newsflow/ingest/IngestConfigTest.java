package io.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.ingest.after.AfterPolicy;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    @Test
    void shouldPutProcessedFailedAndDataFoldersInsideInboxByDefault() {
        IngestConfig config = new IngestConfig(Map.of(IngestConfig.INBOX_DIR, "/srv/inbox"));

        assertThat(config.processedDir()).isEqualTo(Path.of("/srv/inbox/processed"));
        assertThat(config.failedDir()).isEqualTo(Path.of("/srv/inbox/failed"));
        assertThat(config.dataDir()).isEqualTo(Path.of("/srv/inbox/.newsflow"));
        assertThat(config.afterPolicy()).isEqualTo(AfterPolicy.MOVE);
        assertThat(config.maxFileBytes()).isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void shouldAcceptPolicyInAnyCase() {
        assertThat(new IngestConfig(Map.of(IngestConfig.AFTER_POLICY, "Keep")).afterPolicy())
                .isEqualTo(AfterPolicy.KEEP);
    }

    @Test
    void shouldNameKeyAndValueGivenBadValue() {
        assertThatThrownBy(() -> new IngestConfig(Map.of(IngestConfig.AFTER_POLICY, "archive")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(IngestConfig.AFTER_POLICY)
                .hasMessageContaining("archive");
        assertThatThrownBy(() -> new IngestConfig(Map.of(IngestConfig.MIN_FILE_AGE_MS, "-1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining(IngestConfig.MIN_FILE_AGE_MS);
    }

    @Test
    void shouldRefuseProcessedFolderThatContainsInbox() {
        assertThatThrownBy(() -> new IngestConfig(Map.of(IngestConfig.INBOX_DIR, "/srv/inbox",
                IngestConfig.PROCESSED_DIR, "/srv")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("must not contain the inbox");
    }

    @Test
    void shouldDocumentEveryKeyIncludingSharedOnes() {
        ConfigDef def = IngestConfig.configDef();

        assertThat(def.names()).contains("bootstrap.servers", "topic.raw", IngestConfig.INBOX_DIR,
                IngestConfig.AFTER_POLICY, IngestConfig.DATA_DIR);
        def.configKeys().values().forEach(key -> assertThat(key.documentation).as(key.name).isNotBlank());
    }
}
