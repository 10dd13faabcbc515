package io.newsflow.cli.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;

/**
 * Decides when a batch run is done: every stage has caught up and no topic has grown for the idle timeout.
 * Watching the topics' end offsets rather than the stages' own counters catches work still in flight between them.
 */
final class IdleWatch {

    private static final Duration CHECK_EVERY = Duration.ofMillis(250);

    private final Admin admin;
    private final List<String> topics;
    private final List<PipelineStage> stages;
    private final Duration idleTimeout;
    private final Clock clock;

    IdleWatch(Admin admin, List<String> topics, List<PipelineStage> stages, Duration idleTimeout, Clock clock) {
        this.admin = admin;
        this.topics = topics;
        this.stages = stages;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    /**
     * Blocks until the pipeline is idle.
     *
     * @return the failure of a stage if one failed meanwhile; empty when the pipeline went idle
     */
    Optional<Throwable> awaitIdle() throws InterruptedException {
        Map<TopicPartition, Long> lastOffsets = Map.of();
        Instant quietSince = clock.instant();
        while (true) {
            for (PipelineStage stage : stages) {
                if (stage.failure().isPresent()) {
                    return stage.failure();
                }
            }
            Map<TopicPartition, Long> offsets = endOffsets();
            boolean allCaughtUp = stages.stream().allMatch(PipelineStage::caughtUp);
            if (!offsets.equals(lastOffsets) || !allCaughtUp) {
                lastOffsets = offsets;
                quietSince = clock.instant();
            } else if (Duration.between(quietSince, clock.instant()).compareTo(idleTimeout) >= 0) {
                return Optional.empty();
            }
            TimeUnit.MILLISECONDS.sleep(CHECK_EVERY.toMillis());
        }
    }

    private Map<TopicPartition, Long> endOffsets() throws InterruptedException {
        try {
            return EndOffsets.of(admin, topics, Duration.ofSeconds(30));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot read the end offsets of " + topics + ": " + e.getMessage(), e);
        }
    }
}
