package io.newsflow.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.IngestConfig;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileFilterTest {

    private static final Path INBOX = Path.of("/data/inbox");
    private final FileFilter filter = new FileFilter(INBOX,
            Set.of(INBOX.resolve("processed"), INBOX.resolve("failed"), Path.of("/elsewhere/failed")),
            IngestConfig.DEFAULT_IGNORE_SUFFIXES);

    @ParameterizedTest
    @ValueSource(strings = {"a.txt", "sub/b.html", "names with spaces.json", "ünïcödé.md", "two..dots.txt",
        "processed-not-really/c.txt", "a.txt.gz"})
    void shouldAcceptOrdinaryFiles(String name) {
        assertThat(filter.accepts(INBOX.resolve(name))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {".hidden.txt", ".git/config", "sub/.DS_Store", "a.tmp", "b.TMP", "c.part",
        "d.crdownload", "e.txt.swp", "f.txt~", "~$g.docx", "#h.txt#", "i.partial", "j.filepart",
        "processed/a.txt", "failed/b.txt", "failed/b.txt.error.txt"})
    void shouldRefuseHiddenTemporaryAndExcludedFiles(String name) {
        assertThat(filter.accepts(INBOX.resolve(name))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/data/other/a.txt", "/elsewhere/failed/a.txt"})
    void shouldRefuseFilesOutsideInbox(String path) {
        assertThat(filter.accepts(Path.of(path))).isFalse();
    }
}
