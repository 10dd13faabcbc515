package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.kafka.test.KafkaCluster;
import io.newsflow.kafka.test.KafkaClusterExtension;
import io.newsflow.model.DeadLetterHeaders;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.JsonSerde;
import io.newsflow.model.RawArticle;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
@ExtendWith(KafkaClusterExtension.class)
class EnrichTopologyIT {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path stateDir;

    @Test
    void shouldEnrichSeedsExactlyOnceAndSendPoisonRecordsToDeadLetters(KafkaCluster cluster) {
        String raw = cluster.uniqueName("raw");
        String articles = cluster.uniqueName("articles");
        String dlq = cluster.uniqueName("dlq");
        cluster.createTopics(2, raw, articles, dlq);
        EnrichConfig config = new EnrichConfig(Map.of(
                "bootstrap.servers", cluster.bootstrapServers(),
                "topic.raw", raw, "topic.articles", articles, "topic.dlq", dlq,
                EnrichConfig.APPLICATION_ID, cluster.uniqueName("enrich"),
                EnrichConfig.STATE_DIR, stateDir.toString()));
        List<RawArticle> seeds = Seeds.all();

        try (KafkaStreams streams = new KafkaStreams(
                EnrichTopology.buildTopology(config, SharedEnricher.get()), EnrichTopology.streamsConfig(config))) {
            streams.start();
            try (KafkaProducer<byte[], byte[]> producer = producer(cluster)) {
                JsonSerde<RawArticle> serde = new JsonSerde<>(RawArticle.class);
                producer.send(new ProducerRecord<>(raw, bytes("garbage"), new byte[] {(byte) 0xff, '{'}));
                producer.send(new ProducerRecord<>(raw, bytes("abc"), bytes("{\"id\":\"abc\"}")));
                seeds.forEach(seed -> producer.send(
                        new ProducerRecord<>(raw, bytes(seed.id()), serde.serialize(raw, seed))));
            }

            List<ConsumerRecord<byte[], byte[]>> enriched = readCommitted(cluster, articles, seeds.size());
            List<ConsumerRecord<byte[], byte[]>> letters = readCommitted(cluster, dlq, 2);
            streams.close(Duration.ofSeconds(10));

            JsonSerde<EnrichedArticle> articleSerde = new JsonSerde<>(EnrichedArticle.class);
            Map<String, EnrichedArticle> byId = new HashMap<>();
            enriched.forEach(record -> byId.put(text(record.key()), articleSerde.deserialize(articles, record.value())));
            assertThat(byId.keySet()).containsExactlyInAnyOrderElementsOf(seeds.stream().map(RawArticle::id).toList());
            assertThat(byId.values()).allSatisfy(article -> {
                assertThat(article.language().code()).isEqualTo("en");
                assertThat(article.fingerprint().minHash()).hasSize(128);
            });
            assertThat(letters).extracting(record -> text(record.key())).containsExactlyInAnyOrder("garbage", "abc");
            assertThat(letters).allSatisfy(record -> {
                assertThat(header(record, DeadLetterHeaders.STAGE)).isEqualTo("enrich");
                assertThat(header(record, DeadLetterHeaders.TOPIC)).isEqualTo(raw);
                assertThat(header(record, DeadLetterHeaders.EXCEPTION)).isNotBlank();
            });
        }
    }

    private static KafkaProducer<byte[], byte[]> producer(KafkaCluster cluster) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer());
    }

    private static List<ConsumerRecord<byte[], byte[]>> readCommitted(KafkaCluster cluster, String topic, int count) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, cluster.uniqueName("reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await("%d committed records on %s".formatted(count, topic)).atMost(WAIT).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            });
        }
        return records;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        return text(record.headers().lastHeader(name).value());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
