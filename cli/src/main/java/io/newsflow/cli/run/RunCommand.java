package io.newsflow.cli.run;

import io.newsflow.cli.ConfigOptions;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.enrich.Enricher;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestStage;
import io.newsflow.kafka.embedded.EmbeddedKafkaBroker;
import io.newsflow.model.Topics;
import io.newsflow.runtime.config.CommonConfig;
import io.newsflow.runtime.streams.StreamsStage;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkTopology;
import io.newsflow.runtime.topics.TopicSetup;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.AbstractConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow run}: the whole pipeline in one process. Without {@code --bootstrap-servers} it starts a real
 * single-node Kafka broker in-process, keeping its data under {@code --data}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline in this process, on an embedded Kafka broker unless --bootstrap-servers is given.")
public final class RunCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);
    static final String INBOX_KEY = IngestConfig.INBOX_DIR;
    private static final Duration CLEAN_UP_TIMEOUT = Duration.ofSeconds(60);

    /** Counted down once the main thread has closed everything, so a shutdown hook can wait for it. */
    private final CountDownLatch cleanedUp = new CountDownLatch(1);

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--inbox", paramLabel = "DIR", description = "Watched folder (default ./inbox, created).")
    Path inbox;

    @Option(names = "--data", paramLabel = "DIR", description = "Broker data and stage state (default ./data).")
    Path data;

    @Option(names = "--exit-when-idle",
            description = "Exit 0 once every file present at start is taken and no stage has produced output for --idle-timeout.")
    boolean exitWhenIdle;

    @Option(names = "--idle-timeout", paramLabel = "DURATION", defaultValue = "PT5S",
            converter = DurationConverter.class,
            description = "Quiet time that counts as idle, e.g. 5s, 500ms, PT1M (default 5s).")
    Duration idleTimeout;

    @Option(names = "--export", paramLabel = "DIR",
            description = "With --exit-when-idle: write each topic's final contents as JSON lines into DIR.")
    Path export;

    @Override
    public Integer call() throws Exception {
        Map<String, String> values = new LinkedHashMap<>(config.values(commandFlags()));
        values.putIfAbsent(INBOX_KEY, "inbox");
        AbstractConfig settings = new AbstractConfig(CommonConfig.define(), values);
        Path inboxDir = Path.of(values.get(INBOX_KEY));
        Files.createDirectories(inboxDir);

        List<AutoCloseable> resources = new ArrayList<>();
        MeterRegistry registry = new SimpleMeterRegistry();
        try {
            if (settings.getString(CommonConfig.BOOTSTRAP_SERVERS).isBlank()) {
                EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder()
                        .dataDir(CommonConfig.dataDir(settings).resolve("kafka"))
                        .build();
                resources.add(broker);
                broker.start();
                values.put(CommonConfig.BOOTSTRAP_SERVERS, broker.bootstrapServers());
                settings = new AbstractConfig(CommonConfig.define(), values);
            }
            Map<String, Object> clientProperties = CommonConfig.kafkaClientProperties(settings);
            Topics topics = CommonConfig.topics(settings);
            TopicSetup.ensure(clientProperties, topics, settings.getInt(CommonConfig.TOPIC_PARTITIONS),
                    settings.getShort(CommonConfig.TOPIC_REPLICATION_FACTOR), Duration.ofSeconds(60));

            List<PipelineStage> stages = new ArrayList<>();
            resources.add(() -> stages.forEach(PipelineStage::close));
            values.putIfAbsent(IngestConfig.DATA_DIR, CommonConfig.dataDir(settings).resolve("ingest").toString());
            IngestStage ingest = new IngestStage(new IngestConfig(values), Clock.systemUTC(), registry);
            stages.add(new IngestPipelineStage(ingest));
            values.putIfAbsent(EnrichConfig.STATE_DIR, CommonConfig.dataDir(settings).resolve("state").toString());
            EnrichConfig enrichConfig = new EnrichConfig(values);
            Admin admin = Admin.create(clientProperties);
            resources.add(admin);
            StreamsPipelineStage enrich = new StreamsPipelineStage(new StreamsStage(EnrichTopology.STAGE,
                    EnrichTopology.buildTopology(enrichConfig, Enricher.create(enrichConfig)),
                    EnrichTopology.streamsConfig(enrichConfig)), admin, enrichConfig.applicationId(), topics.raw().name());
            stages.add(enrich);
            values.putIfAbsent(SinkConfig.STATE_DIR, CommonConfig.dataDir(settings).resolve("state").toString());
            values.putIfAbsent(SinkConfig.STANDBY_REPLICAS, "0");
            SinkConfig sinkConfig = new SinkConfig(values);
            StreamsPipelineStage sink = new StreamsPipelineStage(new StreamsStage(SinkTopology.STAGE,
                    SinkTopology.buildTopology(sinkConfig), SinkTopology.streamsConfig(sinkConfig)), admin,
                    sinkConfig.getString(SinkConfig.APPLICATION_ID), topics.articles().name());
            stages.add(sink);
            sink.start();
            enrich.start();
            ingest.start();
            announce(settings, inboxDir, topics, stages);
            return exitWhenIdle ? runBatch(clientProperties, topics, stages) : runUntilStopped(stages);
        } finally {
            try {
                closeAll(resources);
            } finally {
                cleanedUp.countDown();
            }
        }
    }

    private Map<String, String> commandFlags() {
        Map<String, String> flags = new LinkedHashMap<>();
        if (inbox != null) {
            flags.put(INBOX_KEY, inbox.toString());
        }
        if (data != null) {
            flags.put(CommonConfig.DATA_DIR, data.toString());
        }
        return flags;
    }

    private int runBatch(Map<String, Object> clientProperties, Topics topics, List<PipelineStage> stages)
            throws InterruptedException {
        Optional<Throwable> failure;
        try (Admin admin = Admin.create(clientProperties)) {
            failure = new IdleWatch(admin, topics.names(), stages, idleTimeout, Clock.systemUTC()).awaitIdle();
        } finally {
            stages.forEach(PipelineStage::close);
        }
        if (failure.isPresent()) {
            LOG.error("The pipeline failed", failure.get());
            spec.commandLine().getErr().println("newsflow: the pipeline failed: " + failure.get().getMessage());
            return 1;
        }
        if (export != null) {
            TopicExport.write(clientProperties, topics, export);
            spec.commandLine().getOut().println("Exported " + topics.names() + " to " + export.toAbsolutePath());
        }
        return 0;
    }

    private int runUntilStopped(List<PipelineStage> stages) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            LOG.info("Stopping newsflow");
            stages.forEach(PipelineStage::close);
            stopped.countDown();
            // the JVM halts when the hooks end: wait for the main thread to stop the broker and close the clients
            try {
                if (!cleanedUp.await(CLEAN_UP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    LOG.warn("newsflow did not finish closing within {}", CLEAN_UP_TIMEOUT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "newsflow-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return 0;
    }

    private void announce(AbstractConfig settings, Path inboxDir, Topics topics, List<PipelineStage> stages) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("newsflow is running on Kafka at " + settings.getString(CommonConfig.BOOTSTRAP_SERVERS));
        out.println("  drop articles into: " + inboxDir.toAbsolutePath());
        out.println("  topics: " + String.join(", ", topics.names()));
        out.println("  read events with: ./newsflow tail " + topics.events().name() + " --from-beginning --bootstrap-servers "
                + settings.getString(CommonConfig.BOOTSTRAP_SERVERS));
        if (stages.isEmpty()) {
            out.println("  stages: none built yet; this run provides the broker and the topics only");
        } else {
            out.println("  stages: " + stages.stream().map(PipelineStage::name).toList());
        }
        out.flush();
    }

    private static void closeAll(List<AutoCloseable> resources) throws Exception {
        Exception first = null;
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
