package io.newsflow.cli.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged command the way a user does, as a separate process with its own embedded broker. */
@Tag("integration")
class RunCommandIT {

    @TempDir
    Path work;

    @Test
    void shouldStartBrokerCreateTopicsAndExitWhenIdleThenReuseTheDataOnASecondRun() throws Exception {
        Path data = work.resolve("data");
        Path inbox = work.resolve("inbox");

        PackagedCommand.Result first = newsflow("run", "--inbox", inbox.toString(), "--data", data.toString(),
                "--exit-when-idle", "--idle-timeout", "1s", "--export", work.resolve("out").toString());
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("news.raw, news.articles, news.events, news.dlq");
        assertThat(inbox).isDirectory();
        assertThat(work.resolve("out")).isDirectoryContaining("glob:**/news.events.jsonl")
                .isDirectoryContaining("glob:**/news.dlq.jsonl");
        assertThat(Files.readString(data.resolve("kafka").resolve("meta.properties"))).contains("cluster.id");

        PackagedCommand.Result second = newsflow("run", "--inbox", inbox.toString(), "--data", data.toString(),
                "--exit-when-idle", "--idle-timeout", "1s");
        assertThat(second.exitCode()).as(second.output()).isZero();
        assertThat(second.output()).contains("created 0, already there 4").doesNotContain("Formatted");
    }

    @Test
    void shouldRejectAWrongFlagWithOneLineNamingIt() throws Exception {
        PackagedCommand.Result result = newsflow("run", "--inbox");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output().strip()).contains("--inbox").hasLineCount(1);
    }

    @Test
    void shouldRejectABadConfigurationValueNamingTheKey() throws Exception {
        PackagedCommand.Result result = newsflow("run", "--set", "topic.partitions=zero", "--data", work.resolve("d").toString());
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.output()).contains("topic.partitions").contains("zero");
    }

    private PackagedCommand.Result newsflow(String... args) throws IOException, InterruptedException {
        return PackagedCommand.run(work, Duration.ofMinutes(3), args);
    }
}
