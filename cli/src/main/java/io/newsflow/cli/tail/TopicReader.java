package io.newsflow.cli.tail;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic as raw records without joining a consumer group (nothing to clean up afterwards), seeing only
 * committed records, as downstream consumers of an exactly-once pipeline do.
 */
public final class TopicReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);
    /** Polls in a row that return nothing before the end is taken as reached; guards against a marker at the end. */
    private static final int EMPTY_POLLS_AT_END = 25;

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions;

    public TopicReader(Map<String, Object> clientProperties, String topic, boolean fromBeginning) {
        Map<String, Object> props = new HashMap<>(clientProperties);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(30));
        if (infos == null || infos.isEmpty()) {
            consumer.close();
            throw new IllegalArgumentException("topic " + topic + " does not exist");
        }
        partitions = infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
    }

    /** Reads everything committed up to now, then returns. */
    public long readToEnd(Consumer<ConsumerRecord<byte[], byte[]>> sink) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long count = 0;
        int emptyPolls = 0;
        while (!reached(end) && emptyPolls < EMPTY_POLLS_AT_END) {
            var records = consumer.poll(POLL);
            emptyPolls = records.isEmpty() ? emptyPolls + 1 : 0;
            for (ConsumerRecord<byte[], byte[]> record : records) {
                sink.accept(record);
                count++;
            }
        }
        return count;
    }

    /** Reads and hands on records until told to stop. */
    public void follow(Consumer<ConsumerRecord<byte[], byte[]>> sink, BooleanSupplier stop) {
        while (!stop.getAsBoolean()) {
            consumer.poll(POLL).forEach(sink);
        }
    }

    private boolean reached(Map<TopicPartition, Long> end) {
        // under read_committed the position stops at the last stable offset, past which end offsets count markers
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    @Override
    public void close() {
        consumer.close();
    }
}
