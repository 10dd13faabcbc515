package io.newsflow.runtime.streams;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Kafka Streams stage of the pipeline, run in this process: started, watched, closed. A failure that escapes
 * the dead-letter handlers stops the stage, is kept, and is rethrown by {@link #awaitTermination()} so the process
 * exits non-zero instead of running on half-dead.
 */
public final class StreamsStage implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StreamsStage.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final KafkaStreams streams;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final CountDownLatch terminated = new CountDownLatch(1);

    public StreamsStage(String name, Topology topology, Properties properties) {
        this.name = name;
        LOG.debug("Topology of stage {}:\n{}", name, topology.describe());
        this.streams = new KafkaStreams(topology, properties);
        streams.setUncaughtExceptionHandler(exception -> {
            LOG.error("Stage {} failed and stops", name, exception);
            failure.compareAndSet(null, exception);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        streams.setStateListener((next, previous) -> {
            LOG.info("Stage {} is {} (was {})", name, next, previous);
            if (next == KafkaStreams.State.NOT_RUNNING || next == KafkaStreams.State.ERROR) {
                terminated.countDown();
            }
        });
    }

    public String name() {
        return name;
    }

    public void start() {
        streams.start();
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** Whether the stage is processing or about to: what a readiness probe reports. */
    public boolean isReady() {
        return streams.state() == KafkaStreams.State.RUNNING;
    }

    /** Whether the stage can still process: what a liveness probe reports. */
    public boolean isAlive() {
        return streams.state().isRunningOrRebalancing() || streams.state() == KafkaStreams.State.CREATED;
    }

    public Optional<Throwable> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** The underlying client, for metrics binding and queries. */
    public KafkaStreams streams() {
        return streams;
    }

    /**
     * Blocks until the stage stops, then rethrows what stopped it, if anything.
     *
     * @throws InterruptedException when the waiting thread is interrupted; the interrupt flag stays set for callers
     */
    public void awaitTermination() throws InterruptedException {
        terminated.await();
        Throwable cause = failure.get();
        if (cause != null) {
            throw new StageFailedException(name, cause);
        }
    }

    /** Leaves the consumer group on the way out, so the other instances take over now, not after the session timeout. */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(CLOSE_TIMEOUT));
        terminated.countDown();
    }

    /** A stage stopped because of an error its handlers could not absorb. */
    public static final class StageFailedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StageFailedException(String stage, Throwable cause) {
            super("stage " + stage + " failed: " + cause, cause);
        }
    }
}
