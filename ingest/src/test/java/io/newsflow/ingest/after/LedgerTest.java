package io.newsflow.ingest.after;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerTest {

    private static final Instant MTIME = Instant.parse("2025-02-18T10:00:00.123Z");

    @TempDir
    Path data;

    @Test
    void shouldRememberFilesAndIdsAcrossReopen() {
        try (Ledger ledger = Ledger.open(data, Ledger.Keep.ALL)) {
            ledger.record("sub/tab\there.txt", 42, MTIME, List.of("id1", "id2"));
        }

        try (Ledger reopened = Ledger.open(data, Ledger.Keep.ALL)) {
            assertThat(reopened.contains("sub/tab\there.txt", 42, MTIME)).isTrue();
            assertThat(reopened.contains("sub/tab\there.txt", 43, MTIME)).isFalse();
            assertThat(reopened.contains("sub/tab\there.txt", 42, MTIME.plusMillis(1))).isFalse();
            assertThat(reopened.countSeenBefore(List.of("id1", "id3", "id3"))).isEqualTo(2);
        }
    }

    @Test
    void shouldIgnoreLineCutShortByCrash() throws IOException {
        try (Ledger ledger = Ledger.open(data, Ledger.Keep.ALL)) {
            ledger.record("a.txt", 1, MTIME, List.of("id1"));
        }
        Files.writeString(data.resolve(Ledger.FILE_NAME), "b.txt\t12", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        try (Ledger reopened = Ledger.open(data, Ledger.Keep.ALL)) {
            assertThat(reopened.contains("a.txt", 1, MTIME)).isTrue();
            assertThat(reopened.contains("b.txt", 12, MTIME)).isFalse();
        }
    }

    @Test
    void shouldDropLinesTheCallerNoLongerNeedsAndRewriteTheFileGivenReopen() throws IOException {
        try (Ledger ledger = Ledger.open(data, Ledger.Keep.ALL)) {
            ledger.record("stays.txt", 10, MTIME, List.of("id-stays"));
            ledger.record("gone.txt", 20, MTIME, List.of("id-gone"));
            ledger.record("changed.txt", 30, MTIME, List.of("id-old"));
            ledger.record("changed.txt", 31, MTIME.plusSeconds(5), List.of("id-new"));
            ledger.record("stays.txt", 10, MTIME, List.of("id-stays"));
        }
        Set<String> current = Set.of("stays.txt 10", "changed.txt 31");

        try (Ledger reopened = Ledger.open(data, (path, size, modified) -> current.contains(path + " " + size))) {
            assertThat(reopened.contains("stays.txt", 10, MTIME)).isTrue();
            assertThat(reopened.contains("changed.txt", 31, MTIME.plusSeconds(5))).isTrue();
            assertThat(reopened.contains("gone.txt", 20, MTIME)).isFalse();
            assertThat(reopened.contains("changed.txt", 30, MTIME)).isFalse();
            // the ids of dropped lines are forgotten too: memory follows the files that are still there
            assertThat(reopened.countSeenBefore(List.of("id-stays", "id-new", "id-gone", "id-old"))).isEqualTo(2);
        }
        assertThat(Files.readAllLines(data.resolve(Ledger.FILE_NAME), StandardCharsets.UTF_8)).containsExactly(
                "changed.txt\t31\t" + MTIME.plusSeconds(5).toEpochMilli() + "\tid-new",
                "stays.txt\t10\t" + MTIME.toEpochMilli() + "\tid-stays");
        try (Stream<Path> files = Files.list(data)) {
            assertThat(files).containsExactly(data.resolve(Ledger.FILE_NAME));
        }
    }

    @Test
    void shouldLeaveTheFileAsItIsGivenEveryLineIsStillNeeded() throws IOException {
        try (Ledger ledger = Ledger.open(data, Ledger.Keep.ALL)) {
            ledger.record("a.txt", 1, MTIME, List.of("id1"));
            ledger.record("a.txt", 2, MTIME, List.of("id2"));
        }
        Path file = data.resolve(Ledger.FILE_NAME);
        Files.setLastModifiedTime(file, FileTime.from(MTIME));

        try (Ledger reopened = Ledger.open(data, Ledger.Keep.ALL)) {
            assertThat(reopened.countSeenBefore(List.of("id1", "id2"))).isEqualTo(2);
        }
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(FileTime.from(MTIME));
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(2);
    }
}
