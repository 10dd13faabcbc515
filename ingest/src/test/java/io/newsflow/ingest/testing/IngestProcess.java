package io.newsflow.ingest.testing;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestStage;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Runs the ingest stage in a JVM of its own, configured by {@code key=value} arguments, until it is killed. */
public final class IngestProcess {

    private IngestProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            values.put(arg.substring(0, equals), arg.substring(equals + 1));
        }
        IngestStage stage = new IngestStage(new IngestConfig(values), Clock.systemUTC(), new SimpleMeterRegistry());
        stage.start();
        System.out.println("ingest started");
        // runs until the test kills the process: closing it cleanly is exactly what the test must not allow
        new CountDownLatch(1).await();
    }
}
