package io.newsflow.cli.stage;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.runtime.ops.Health;
import io.newsflow.runtime.ops.OpsConfig;
import io.newsflow.runtime.ops.OpsServer;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every long-running stage process does around its stage: a Prometheus registry with JVM metrics, the
 * {@code /health} and {@code /metrics} endpoint, and a clean stop on SIGTERM or Ctrl-C.
 */
final class StageProcess {

    private static final Logger LOG = LoggerFactory.getLogger(StageProcess.class);

    /** A started stage as the process sees it. */
    interface RunningStage extends Health, AutoCloseable {

        /** Blocks until the stage stops by itself; returns what stopped it, empty for a clean stop. */
        Optional<Throwable> awaitTermination() throws InterruptedException;

        @Override
        void close();
    }

    private StageProcess() {
    }

    static PrometheusMeterRegistry registry(String stage) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("stage", stage);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        return registry;
    }

    /** Serves the endpoint and blocks until the stage stops or the process is told to; the exit code. */
    static int serve(String name, Map<String, String> values, RunningStage stage, PrometheusMeterRegistry registry)
            throws InterruptedException {
        AbstractConfig ops = new AbstractConfig(OpsConfig.define(new ConfigDef()), values);
        OpsServer server = OpsConfig.port(ops) < 0 ? null
                : OpsServer.start(OpsConfig.bindAddress(ops), OpsConfig.port(ops), stage, registry);
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            LOG.info("Stopping stage {}", name);
            stage.close();
            closed.countDown();
        }, "newsflow-" + name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            Optional<Throwable> failure = stage.awaitTermination();
            if (failure.isPresent()) {
                LOG.error("Stage {} failed", name, failure.get());
                return 1;
            }
            closed.await();
            return 0;
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }
}
