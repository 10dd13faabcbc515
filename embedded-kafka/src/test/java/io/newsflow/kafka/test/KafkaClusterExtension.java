package io.newsflow.kafka.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

import io.newsflow.kafka.embedded.EmbeddedKafkaBroker;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Gives integration tests a real Kafka cluster, one per test JVM, injected as a {@link KafkaCluster} parameter.
 *
 * <p>It takes, in order: the cluster named by the environment variable {@code KAFKA_BOOTSTRAP_SERVERS}; a Kafka
 * container when Docker is available; otherwise an {@link EmbeddedKafkaBroker} in a temporary directory. The cluster
 * lives in the root extension store, so JUnit closes it when the test JVM has run its last test.
 */
public final class KafkaClusterExtension implements BeforeAllCallback, ParameterResolver {

    public static final String BOOTSTRAP_SERVERS_ENV = "KAFKA_BOOTSTRAP_SERVERS";
    public static final DockerImageName KAFKA_IMAGE = DockerImageName.parse("apache/kafka:4.3.1");

    private static final Logger LOG = LoggerFactory.getLogger(KafkaClusterExtension.class);
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaClusterExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        cluster(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == KafkaCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return cluster(extensionContext);
    }

    private static KafkaCluster cluster(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedCluster.class, key -> SharedCluster.start(), SharedCluster.class)
                .cluster;
    }

    /** The cluster and whatever runs it; JUnit closes store values that are {@link AutoCloseable}. */
    private static final class SharedCluster implements AutoCloseable {
        private final KafkaCluster cluster;
        private final AutoCloseable server;

        private SharedCluster(String bootstrapServers, AutoCloseable server) {
            this.cluster = new KafkaCluster(bootstrapServers);
            this.server = server;
        }

        static SharedCluster start() {
            String external = System.getenv(BOOTSTRAP_SERVERS_ENV);
            if (external != null && !external.isBlank()) {
                LOG.info("Integration tests use the Kafka cluster at {} ({})", external, BOOTSTRAP_SERVERS_ENV);
                return new SharedCluster(external, () -> { });
            }
            if (DockerClientFactory.instance().isDockerAvailable()) {
                KafkaContainer container = new KafkaContainer(KAFKA_IMAGE);
                container.start();
                LOG.info("Integration tests use a Kafka container ({}) at {}", KAFKA_IMAGE, container.getBootstrapServers());
                return new SharedCluster(container.getBootstrapServers(), container::stop);
            }
            Path dataDir = temporaryDirectory();
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(dataDir).build().start();
            LOG.info("Integration tests use the in-process Kafka broker at {} (no Docker, no {})",
                    broker.bootstrapServers(), BOOTSTRAP_SERVERS_ENV);
            return new SharedCluster(broker.bootstrapServers(), () -> {
                broker.close();
                deleteRecursively(dataDir);
            });
        }

        @Override
        public void close() throws Exception {
            try {
                cluster.close();
            } finally {
                server.close();
            }
        }

        private static Path temporaryDirectory() {
            try {
                return Files.createTempDirectory("newsflow-kafka-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a data directory for the in-process Kafka broker", e);
            }
        }

        private static void deleteRecursively(Path dir) throws IOException {
            try (var paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
