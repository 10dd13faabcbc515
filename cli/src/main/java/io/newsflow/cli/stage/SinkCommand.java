package io.newsflow.cli.stage;

import io.newsflow.cli.ConfigOptions;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkTopology;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code newsflow sink}: one sink instance. Clustering runs as one active task; a second instance becomes its
 * standby, kept warm from the changelogs for a fast fail-over.
 */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Deduplicate news.articles and group them into events on news.events (long-running).")
public final class SinkCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        Map<String, String> values = config.values(Map.of());
        SinkConfig sink = new SinkConfig(values);
        return StreamsCommandSupport.run(SinkTopology.STAGE, SinkTopology.buildTopology(sink),
                SinkTopology.streamsConfig(sink), values);
    }
}
