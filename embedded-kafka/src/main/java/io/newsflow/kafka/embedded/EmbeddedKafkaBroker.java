package io.newsflow.kafka.embedded;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running in this JVM.
 *
 * <p>The data directory keeps topics and records across restarts: it is formatted once with a fixed cluster id and
 * reused as it is afterwards. Build with {@link #builder()}, then {@link #start()}; {@link #close()} stops the broker
 * and may be called any number of times.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** The cluster id every embedded data directory is formatted with, so a restart finds its own data. */
    public static final String CLUSTER_ID = "bmV3c2Zsb3ctZW1iZWRkZQ";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String META_PROPERTIES = "meta.properties";

    private final Path dataDir;
    private final int requestedPort;
    private final Map<String, String> extraProperties;
    private final Duration startTimeout;

    private KafkaRaftServer server;
    private String bootstrapServers;
    private State state = State.NEW;

    private enum State { NEW, RUNNING, CLOSED }

    private EmbeddedKafkaBroker(Builder builder) {
        this.dataDir = builder.dataDir.toAbsolutePath();
        this.requestedPort = builder.port;
        this.extraProperties = Map.copyOf(builder.brokerProperties);
        this.startTimeout = builder.startTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Formats the data directory if it has never been formatted, starts the broker and returns once it answers a
     * client's {@code describeCluster}.
     *
     * @throws IllegalStateException if this broker was started or closed before
     * @throws EmbeddedKafkaException if the broker cannot start or does not answer within the start timeout
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (state != State.NEW) {
            throw new IllegalStateException("embedded Kafka broker already " + state.name().toLowerCase(Locale.ROOT));
        }
        state = State.RUNNING;
        long started = System.nanoTime();
        try {
            int port = requestedPort == 0 ? freePort() : requestedPort;
            int controllerPort = freePort();
            KafkaConfig config = new KafkaConfig(brokerProperties(port, controllerPort), false);
            formatIfNeeded(config);
            bootstrapServers = HOST + ":" + port;
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            awaitReady();
        } catch (RuntimeException | IOException e) {
            close();
            throw new EmbeddedKafkaException("embedded Kafka broker on " + dataDir + " failed to start", e);
        }
        LOG.info("Embedded Kafka broker ready at {} (data {}) in {} ms", bootstrapServers, dataDir,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return this;
    }

    /** The {@code host:port} clients connect to; known once {@link #start()} returned. */
    public synchronized String bootstrapServers() {
        if (state != State.RUNNING) {
            throw new IllegalStateException("embedded Kafka broker is not running");
        }
        return bootstrapServers;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops the broker and waits until it has released its ports and data directory; later calls do nothing. */
    @Override
    public synchronized void close() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
            LOG.info("Embedded Kafka broker at {} stopped", bootstrapServers);
        }
    }

    private Properties brokerProperties(int port, int controllerPort) {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        props.put("listeners", "PLAINTEXT://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("log.dirs", dataDir.toString());
        // one node: nothing can be replicated, and internal topics must not wait for replicas that never come
        props.put("default.replication.factor", "1");
        props.put("min.insync.replicas", "1");
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // few partitions for internal topics: each one costs start-up time and file handles on a laptop-sized node
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.num.partitions", "1");
        props.put("share.coordinator.state.topic.num.partitions", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // a typo in a topic name should fail loudly, not create a new topic
        props.put("auto.create.topics.enable", "false");
        // the default 128 MB compaction buffer dominates the heap of a small broker
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        props.putAll(extraProperties);
        Properties properties = new Properties();
        properties.putAll(props);
        return properties;
    }

    private void formatIfNeeded(KafkaConfig config) throws IOException {
        if (Files.exists(dataDir.resolve(META_PROPERTIES))) {
            LOG.debug("Data directory {} already formatted, reusing it", dataDir);
            return;
        }
        Files.createDirectories(dataDir);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Formatter formatter = new Formatter()
                .setClusterId(CLUSTER_ID)
                .setNodeId(NODE_ID)
                .setControllerListenerName(CONTROLLER_LISTENER)
                .setMetadataLogDirectory(config.metadataLogDir())
                .setDirectories(List.of(dataDir.toString()))
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8));
        try {
            formatter.run();
        } catch (Exception e) {
            throw new EmbeddedKafkaException("cannot format Kafka data directory " + dataDir, e);
        }
        LOG.debug("Storage formatter said: {}", output.toString(StandardCharsets.UTF_8).strip());
        LOG.info("Formatted Kafka data directory {} with cluster id {}", dataDir, CLUSTER_ID);
    }

    private void awaitReady() {
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) startTimeout.toMillis());
        try (Admin admin = Admin.create(adminConfig)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) startTimeout.toMillis()))
                    .nodes()
                    .get(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new EmbeddedKafkaException("embedded Kafka broker at " + bootstrapServers
                    + " did not answer within " + startTimeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedKafkaException("interrupted while waiting for the embedded Kafka broker", e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port for the embedded Kafka broker", e);
        }
    }

    /** Options for an {@link EmbeddedKafkaBroker}; only the data directory is required. */
    public static final class Builder {
        private Path dataDir;
        private int port;
        private final Map<String, String> brokerProperties = new LinkedHashMap<>();
        private Duration startTimeout = Duration.ofSeconds(60);

        private Builder() {
        }

        /** Where the broker keeps its metadata log, topics and records; created and formatted on first start. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
            return this;
        }

        /** The client port on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /** A broker setting that overrides the single-node defaults, e.g. {@code log.retention.hours}. */
        public Builder brokerProperty(String key, String value) {
            brokerProperties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder brokerProperties(Map<String, String> properties) {
            properties.forEach(this::brokerProperty);
            return this;
        }

        /** How long {@link EmbeddedKafkaBroker#start()} waits for the broker to answer; 60 s by default. */
        public Builder startTimeout(Duration startTimeout) {
            if (startTimeout.isNegative() || startTimeout.isZero()) {
                throw new IllegalArgumentException("startTimeout must be positive, got " + startTimeout);
            }
            this.startTimeout = startTimeout;
            return this;
        }

        public EmbeddedKafkaBroker build() {
            if (dataDir == null) {
                throw new IllegalStateException("dataDir is required");
            }
            return new EmbeddedKafkaBroker(this);
        }
    }
}
