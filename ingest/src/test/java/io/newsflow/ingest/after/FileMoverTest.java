package io.newsflow.ingest.after;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMoverTest {

    @TempDir
    Path root;

    @Test
    void shouldKeepRelativePathWhenMoving() throws IOException {
        Path file = write("inbox/world/a.txt", "one");

        Path moved = FileMover.moveInto(file, root.resolve("processed"), "world/a.txt");

        assertThat(moved).isEqualTo(root.resolve("processed/world/a.txt")).hasContent("one");
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldNeverOverwriteGivenNameCollisions() throws IOException {
        Path processed = root.resolve("processed");
        FileMover.moveInto(write("inbox/a.txt", "first"), processed, "a.txt");
        FileMover.moveInto(write("inbox/a.txt", "second"), processed, "a.txt");
        Path third = FileMover.moveInto(write("inbox/a.txt", "third"), processed, "a.txt");

        assertThat(processed.resolve("a.txt")).hasContent("first");
        assertThat(processed.resolve("a (1).txt")).hasContent("second");
        assertThat(third).isEqualTo(processed.resolve("a (2).txt")).hasContent("third");
    }

    @Test
    void shouldSkipNameWhoseReportNameIsTaken() throws IOException {
        Path failed = root.resolve("failed");
        write("failed/a.txt.error.txt", "an old report");

        Path moved = FileMover.moveInto(write("inbox/a.txt", "new"), failed, "a.txt");
        Path report = FileMover.writeReport(moved, "why");

        assertThat(moved).isEqualTo(failed.resolve("a (1).txt"));
        assertThat(report).isEqualTo(failed.resolve("a (1).txt.error.txt")).hasContent("why");
        assertThat(failed.resolve("a.txt.error.txt")).hasContent("an old report");
    }

    @Test
    void shouldNumberBeforeLastExtension() {
        assertThat(FileMover.numbered(Path.of("a.txt.gz"), 2)).isEqualTo(Path.of("a.txt (2).gz"));
        assertThat(FileMover.numbered(Path.of("README"), 1)).isEqualTo(Path.of("README (1)"));
        assertThat(FileMover.numbered(Path.of(".profile"), 1)).isEqualTo(Path.of(".profile (1)"));
    }

    private Path write(String relative, String content) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
