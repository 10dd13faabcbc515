package io.newsflow.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxWatcherTest {

    /**
     * More than the JDK's watch service keeps for one folder between two polls (512 events); past that it drops
     * events and reports an overflow instead.
     */
    private static final int BURST = 3_000;

    @TempDir
    Path inbox;

    @Test
    void shouldReportLostEventsGivenMoreFilesAtOnceThanTheWatchServiceKeeps() throws IOException,
            InterruptedException {
        try (InboxWatcher watcher = new InboxWatcher(inbox)) {
            watcher.register(inbox);
            Set<Path> created = new HashSet<>();
            for (int i = 0; i < BURST; i++) {
                created.add(Files.writeString(inbox.resolve(String.format(Locale.ROOT, "burst-%05d.txt", i)), "x",
                        StandardCharsets.UTF_8));
            }

            Set<Path> seen = new HashSet<>();
            boolean overflow = false;
            for (InboxWatcher.Changes changes = watcher.poll(Duration.ofSeconds(2)); !changes.paths().isEmpty()
                    || changes.overflow(); changes = watcher.poll(Duration.ofMillis(500))) {
                seen.addAll(changes.paths());
                overflow |= changes.overflow();
            }

            // what the stage relies on: every file is reported, or the loss is, which makes it walk the inbox
            assertThat(overflow).as("overflow reported").isTrue();
            assertThat(seen).isSubsetOf(created).hasSizeLessThan(BURST);
        }
    }
}
