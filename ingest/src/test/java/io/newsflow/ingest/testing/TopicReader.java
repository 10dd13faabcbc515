package io.newsflow.ingest.testing;

import static org.awaitility.Awaitility.await;

import io.newsflow.model.JsonSerde;
import io.newsflow.model.RawArticle;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic of raw articles from the start, for assertions. */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, RawArticle> consumer;
    private final List<ConsumerRecord<String, RawArticle>> records = new ArrayList<>();

    public TopicReader(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrapServers,
                "group.id", "test-" + UUID.randomUUID(),
                "auto.offset.reset", "earliest",
                "enable.auto.commit", false),
                new StringDeserializer(), new JsonSerde<>(RawArticle.class));
        consumer.subscribe(List.of(topic));
    }

    /** Polls until at least {@code count} records have arrived, and returns all read so far. */
    public List<ConsumerRecord<String, RawArticle>> awaitAtLeast(int count) {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            return records.size() >= count;
        });
        return List.copyOf(records);
    }

    /** Everything that arrives within one more short poll. */
    public List<ConsumerRecord<String, RawArticle>> drain() {
        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        return List.copyOf(records);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
