package io.newsflow.ingest.after;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileMoverTest {

    @TempDir
    Path root;

    private final FileMover mover = new FileMover();

    @Test
    void shouldKeepRelativePathWhenMoving() throws IOException {
        Path file = write("inbox/world/a.txt", "one");

        Path moved = mover.moveInto(file, root.resolve("processed"), "world/a.txt");

        assertThat(moved).isEqualTo(root.resolve("processed/world/a.txt")).hasContent("one");
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldNeverOverwriteGivenNameCollisions() throws IOException {
        Path processed = root.resolve("processed");
        mover.moveInto(write("inbox/a.txt", "first"), processed, "a.txt");
        mover.moveInto(write("inbox/a.txt", "second"), processed, "a.txt");
        Path third = mover.moveInto(write("inbox/a.txt", "third"), processed, "a.txt");

        assertThat(processed.resolve("a.txt")).hasContent("first");
        assertThat(processed.resolve("a (1).txt")).hasContent("second");
        assertThat(third).isEqualTo(processed.resolve("a (2).txt")).hasContent("third");
    }

    @Test
    void shouldSkipNameWhoseReportNameIsTaken() throws IOException {
        Path failed = root.resolve("failed");
        write("failed/a.txt.error.txt", "an old report");

        Path moved = mover.moveInto(write("inbox/a.txt", "new"), failed, "a.txt");
        Path report = FileMover.writeReport(moved, "why");

        assertThat(moved).isEqualTo(failed.resolve("a (1).txt"));
        assertThat(report).isEqualTo(failed.resolve("a (1).txt.error.txt")).hasContent("why");
        assertThat(failed.resolve("a.txt.error.txt")).hasContent("an old report");
    }

    @Test
    void shouldMakeFolderAgainGivenItWasRemovedAfterAnEarlierMove() throws IOException {
        Path processed = root.resolve("processed");
        Path first = mover.moveInto(write("inbox/world/a.txt", "first"), processed, "world/a.txt");
        Files.delete(first);
        Files.delete(first.getParent());

        Path second = mover.moveInto(write("inbox/world/b.txt", "second"), processed, "world/b.txt");

        assertThat(second).isEqualTo(processed.resolve("world/b.txt")).hasContent("second");
    }

    @Test
    void shouldNotWriteThroughLinkLeftUnderTheReportName() throws IOException {
        Path failed = root.resolve("failed");
        Path elsewhere = root.resolve("elsewhere.txt");
        Files.createDirectories(failed);
        Files.createSymbolicLink(failed.resolve("a.txt.error.txt"), elsewhere);

        assertThrows(IOException.class, () -> FileMover.writeReport(failed.resolve("a.txt"), "why"));
        assertThat(elsewhere).doesNotExist();
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
