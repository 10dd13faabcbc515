package io.newsflow.cli.tail;

import io.newsflow.cli.ConfigOptions;
import io.newsflow.runtime.config.CommonConfig;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.config.AbstractConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsflow tail TOPIC}: prints a topic's records as JSON lines. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Print the records of a topic as JSON lines: {key, headers, value}.")
public final class TailCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Parameters(paramLabel = "TOPIC", description = "Topic to read, e.g. news.events.")
    String topic;

    @Option(names = "--from-beginning", description = "Start at the oldest record instead of the newest.")
    boolean fromBeginning;

    @Option(names = "--until-idle", description = "Stop once every record committed so far has been printed.")
    boolean untilIdle;

    @Override
    public Integer call() {
        AbstractConfig settings = new AbstractConfig(CommonConfig.define(), config.values(Map.of()));
        CommonConfig.requireBootstrapServers(settings);
        PrintWriter out = spec.commandLine().getOut();
        AtomicBoolean stopped = new AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopped.set(true), "tail-stop"));
        try (TopicReader reader = new TopicReader(CommonConfig.kafkaClientProperties(settings), topic, fromBeginning)) {
            if (untilIdle) {
                reader.readToEnd(record -> out.println(RecordJson.line(record)));
            } else {
                reader.follow(record -> {
                    out.println(RecordJson.line(record));
                    out.flush();
                }, stopped::get);
            }
        }
        out.flush();
        return 0;
    }
}
