package io.newsflow.cli.run;

import io.newsflow.runtime.streams.StreamsStage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * A Kafka Streams stage inside {@code newsflow run}. It has caught up when its consumer group has committed every
 * offset of its input topic: the group's committed positions, not the client's state, say what is really done.
 */
final class StreamsPipelineStage implements PipelineStage {

    private final StreamsStage stage;
    private final Admin admin;
    private final String applicationId;
    private final String inputTopic;

    StreamsPipelineStage(StreamsStage stage, Admin admin, String applicationId, String inputTopic) {
        this.stage = stage;
        this.admin = admin;
        this.applicationId = applicationId;
        this.inputTopic = inputTopic;
    }

    void start() {
        stage.start();
    }

    @Override
    public String name() {
        return stage.name();
    }

    @Override
    public boolean caughtUp() {
        if (!stage.isReady()) {
            return false;
        }
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(applicationId)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, Long> ends = EndOffsets.of(admin, List.of(inputTopic), Duration.ofSeconds(10));
            return ends.entrySet().stream().allMatch(end -> {
                OffsetAndMetadata done = committed.get(end.getKey());
                return end.getValue() == 0 || (done != null && done.offset() >= end.getValue());
            });
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public Optional<Throwable> failure() {
        return stage.failure();
    }

    @Override
    public void close() {
        stage.close();
    }
}
