package io.newsflow.cli.topics;

import io.newsflow.cli.ConfigOptions;
import io.newsflow.runtime.config.CommonConfig;
import io.newsflow.runtime.topics.TopicSetup;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.common.config.AbstractConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsflow topics create}: creates the pipeline's topics on a cluster, idempotently. */
@Command(name = "topics", mixinStandardHelpOptions = true, description = "Manage the pipeline's topics.",
        subcommands = TopicsCommand.Create.class)
public final class TopicsCommand {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create the topics that are missing (news.events compacted); leave existing ones alone.")
    static final class Create implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        ConfigOptions config;

        @Override
        public Integer call() {
            AbstractConfig settings = new AbstractConfig(CommonConfig.define(), config.values(Map.of()));
            List<String> created = TopicSetup.ensure(CommonConfig.kafkaClientProperties(settings),
                    CommonConfig.topics(settings), settings.getInt(CommonConfig.TOPIC_PARTITIONS),
                    settings.getShort(CommonConfig.TOPIC_REPLICATION_FACTOR), Duration.ofSeconds(60));
            spec.commandLine().getOut().println(created.isEmpty()
                    ? "All topics exist: " + CommonConfig.topics(settings).names()
                    : "Created " + created);
            return 0;
        }
    }
}
