package io.newsflow.cli.stage;

import io.newsflow.cli.ConfigOptions;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.enrich.Enricher;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newsflow enrich}: one enrich instance; start several to share the partitions of news.raw. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Enrich news.raw into news.articles (long-running; instances share the partitions).")
public final class EnrichCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Override
    public Integer call() throws Exception {
        Map<String, String> values = config.values(Map.of());
        EnrichConfig enrich = new EnrichConfig(values);
        return StreamsCommandSupport.run(EnrichTopology.STAGE,
                EnrichTopology.buildTopology(enrich, Enricher.create(enrich)), EnrichTopology.streamsConfig(enrich), values);
    }
}
