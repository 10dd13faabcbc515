package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.kafka.test.KafkaCluster;
import io.newsflow.kafka.test.KafkaClusterExtension;
import io.newsflow.model.DeadLetterHeaders;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Event;
import io.newsflow.model.Topics;
import io.newsflow.runtime.config.CommonConfig;
import io.newsflow.sink.fixtures.FixtureArticles;
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
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
@ExtendWith(KafkaClusterExtension.class)
class SinkIT {

    @TempDir
    Path stateDir;

    @Test
    void shouldPublishOneEventForTheSeedsAndDeadLetterAPoisonRecordGivenARealBroker(KafkaCluster cluster)
            throws Exception {
        String articles = cluster.uniqueName("articles");
        String events = cluster.uniqueName("events");
        String dlq = cluster.uniqueName("dlq");
        cluster.createTopics(2, articles);
        cluster.createTopics(1, events, dlq);
        SinkConfig config = new SinkConfig(Map.of(
                CommonConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers(),
                CommonConfig.TOPIC_ARTICLES, articles,
                CommonConfig.TOPIC_EVENTS, events,
                CommonConfig.TOPIC_DLQ, dlq,
                SinkConfig.APPLICATION_ID, cluster.uniqueName("sink"),
                SinkConfig.STATE_DIR, stateDir.toString(),
                SinkConfig.STANDBY_REPLICAS, "0"));
        Topics topics = CommonConfig.topics(config);

        try (KafkaStreams streams = new KafkaStreams(SinkTopology.buildTopology(config),
                SinkTopology.streamsConfig(config))) {
            streams.start();
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                    Map.of("bootstrap.servers", cluster.bootstrapServers()), new StringSerializer(),
                    new org.apache.kafka.common.serialization.ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(articles, "poison", "{not json".getBytes(StandardCharsets.UTF_8)));
                for (String seed : List.of("000", "001", "002", "003", "004", "001")) {
                    EnrichedArticle article = FixtureArticles.named(seed);
                    producer.send(new ProducerRecord<>(articles, article.id(),
                            topics.articles().valueSerde().serializer().serialize(articles, article)));
                }
                producer.flush();
            }

            Map<String, Event> latest = new HashMap<>();
            List<Event> all = new ArrayList<>();
            try (KafkaConsumer<String, Event> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.GROUP_ID_CONFIG, cluster.uniqueName("reader"),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), topics.events().valueSerde().deserializer())) {
                consumer.subscribe(List.of(events));
                await().atMost(Duration.ofSeconds(60)).until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                        all.add(record.value());
                        latest.merge(record.key(), record.value(),
                                (before, after) -> after.version() > before.version() ? after : before);
                    });
                    return latest.values().stream().anyMatch(event -> event.articleCount() == 5);
                });
            }
            assertThat(latest.values()).filteredOn(event -> event.mergedInto() == null).hasSize(1);
            assertThat(all).extracting(Event::version).isSorted();

            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.GROUP_ID_CONFIG, cluster.uniqueName("dlq-reader"),
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                consumer.subscribe(List.of(dlq));
                List<ConsumerRecord<byte[], byte[]>> letters = new ArrayList<>();
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(letters::add);
                    return !letters.isEmpty();
                });
                assertThat(new String(letters.get(0).headers().lastHeader(DeadLetterHeaders.STAGE).value(),
                        StandardCharsets.UTF_8)).isEqualTo(SinkTopology.STAGE);
            }
            streams.close(Duration.ofSeconds(10));
        }
    }
}
