package io.newsflow.cli.stage;

import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.cli.ConfigOptions;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestStage;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow ingest}: watches one folder and publishes its articles to a Kafka cluster. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Watch a folder and publish each article to news.raw (long-running).")
public final class IngestCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Option(names = "--inbox", paramLabel = "DIR", description = "Watched folder (key ingest.inbox.dir).")
    Path inbox;

    @Override
    public Integer call() throws Exception {
        Map<String, String> flags = new LinkedHashMap<>();
        if (inbox != null) {
            flags.put(IngestConfig.INBOX_DIR, inbox.toString());
        }
        Map<String, String> values = config.values(flags);
        PrometheusMeterRegistry registry = StageProcess.registry("ingest");
        IngestStage stage = new IngestStage(new IngestConfig(values), Clock.systemUTC(), registry);
        stage.start();
        return StageProcess.serve("ingest", values, new Running(stage), registry);
    }

    private static final class Running implements StageProcess.RunningStage {
        private final IngestStage stage;
        private final CountDownLatch closed = new CountDownLatch(1);

        Running(IngestStage stage) {
            this.stage = stage;
        }

        @Override
        public boolean live() {
            return stage.isWatching() || closed.getCount() == 0;
        }

        @Override
        public boolean ready() {
            return stage.isWatching();
        }

        @Override
        public String detail() {
            return (stage.isWatching() ? "WATCHING " : "STOPPED ") + stage.progress();
        }

        @Override
        public Optional<Throwable> awaitTermination() throws InterruptedException {
            closed.await();
            return Optional.empty();
        }

        @Override
        public void close() {
            stage.close();
            closed.countDown();
        }
    }
}
