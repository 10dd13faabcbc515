package io.newsflow.ingest.after;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {

    private static final Instant MTIME = Instant.parse("2025-02-18T10:00:00.123Z");

    @TempDir
    Path data;

    @Test
    void shouldRememberFilesAndIdsAcrossReopen() {
        try (Ledger ledger = Ledger.open(data)) {
            ledger.record("sub/tab\there.txt", 42, MTIME, List.of("id1", "id2"));
        }

        try (Ledger reopened = Ledger.open(data)) {
            assertThat(reopened.contains("sub/tab\there.txt", 42, MTIME)).isTrue();
            assertThat(reopened.contains("sub/tab\there.txt", 43, MTIME)).isFalse();
            assertThat(reopened.contains("sub/tab\there.txt", 42, MTIME.plusMillis(1))).isFalse();
            assertThat(reopened.countSeenBefore(List.of("id1", "id3", "id3"))).isEqualTo(2);
        }
    }

    @Test
    void shouldIgnoreLineCutShortByCrash() throws IOException {
        try (Ledger ledger = Ledger.open(data)) {
            ledger.record("a.txt", 1, MTIME, List.of("id1"));
        }
        Files.writeString(data.resolve(Ledger.FILE_NAME), "b.txt\t12", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        try (Ledger reopened = Ledger.open(data)) {
            assertThat(reopened.contains("a.txt", 1, MTIME)).isTrue();
            assertThat(reopened.contains("b.txt", 12, MTIME)).isFalse();
        }
    }
}
