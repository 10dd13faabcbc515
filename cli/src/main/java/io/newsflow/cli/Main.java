package io.newsflow.cli;

import io.newsflow.cli.analyze.AnalyzeCommand;
import io.newsflow.cli.health.HealthCommand;
import io.newsflow.cli.run.RunCommand;
import io.newsflow.cli.stage.EnrichCommand;
import io.newsflow.cli.stage.IngestCommand;
import io.newsflow.cli.stage.SinkCommand;
import io.newsflow.cli.tail.TailCommand;
import io.newsflow.cli.topics.TopicsCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsflow} command. */
@Command(name = "newsflow",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Streaming news ingest: a watched folder to Kafka, enriched, deduplicated into events.",
        subcommands = {RunCommand.class, IngestCommand.class, EnrichCommand.class, SinkCommand.class, TailCommand.class,
            TopicsCommand.class, AnalyzeCommand.class, HealthCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setParameterExceptionHandler(new OneLineParameterErrors())
                .setExecutionExceptionHandler(new OneLineExecutionErrors());
    }
}
