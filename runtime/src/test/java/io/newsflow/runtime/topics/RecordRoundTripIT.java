package io.newsflow.runtime.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.kafka.test.KafkaCluster;
import io.newsflow.kafka.test.KafkaClusterExtension;
import io.newsflow.model.ArticleId;
import io.newsflow.model.DateMention;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.EntityMention;
import io.newsflow.model.EntityType;
import io.newsflow.model.Event;
import io.newsflow.model.Fingerprint;
import io.newsflow.model.Language;
import io.newsflow.model.PublishedAt;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import io.newsflow.model.Topic;
import io.newsflow.model.TopicNames;
import io.newsflow.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@Tag("integration")
@ExtendWith(KafkaClusterExtension.class)
class RecordRoundTripIT {

    private static final String TEXT = "Top US and Russian diplomats met in Riyadh on Tuesday.";
    private static final Source SOURCE = new Source("world/000.txt", "000.txt", 55, "2025-02-18T09:00:00Z",
            "2025-02-18T09:00:05Z", "text/plain", "UTF-8");

    @Test
    void shouldCreateTheTopicsOnceWithEventsCompactedAndRoundTripEveryRecordType(KafkaCluster cluster) throws Exception {
        Topics topics = Topics.named(new TopicNames(cluster.uniqueName("raw"), cluster.uniqueName("articles"),
                cluster.uniqueName("events"), cluster.uniqueName("dlq")));
        Map<String, Object> client = Map.of("bootstrap.servers", cluster.bootstrapServers());

        assertThat(TopicSetup.ensure(client, topics, 2, (short) 1, Duration.ofSeconds(30))).hasSize(4);
        assertThat(TopicSetup.ensure(client, topics, 2, (short) 1, Duration.ofSeconds(30))).isEmpty();
        assertThat(cleanupPolicy(client, topics.events().name())).isEqualTo(TopicConfig.CLEANUP_POLICY_COMPACT);
        assertThat(cleanupPolicy(client, topics.raw().name())).isEqualTo(TopicConfig.CLEANUP_POLICY_DELETE);

        RawArticle raw = new RawArticle(ArticleId.of(TEXT), SOURCE, "Diplomats meet", TEXT,
                Map.of("date", "2025-02-18"), List.of());
        EnrichedArticle enriched = new EnrichedArticle(raw.id(), SOURCE, raw.title(), TEXT, raw.metadata(), List.of(),
                new Language("en", 0.98), new PublishedAt("2025-02-18", PublishedAt.Origin.METADATA),
                List.of(new DateMention("Tuesday", "2025-02-18", "DATE", 46, 53)),
                List.of(new EntityMention("Riyadh", EntityType.LOCATION, "LOCATION:RT", 35, 41)),
                new Fingerprint(5, 6, List.of(1, 2, 3)), 9);
        Event event = new Event("e-1", 1, "2025-02-18T09:00:06Z", "2025-02-18T09:00:06Z", "Diplomats meet",
                List.of("en"), List.of(new Event.EventDate("2025-02-18", 1)),
                List.of(new Event.EventEntity("LOCATION:RT", "Riyadh", EntityType.LOCATION, 1)),
                List.of(new Event.EventArticle(raw.id(), raw.title(), SOURCE, enriched.publishedAt(),
                        enriched.language(), Event.Relation.FIRST, null, new Event.Score(1, 1, 1, 1))),
                1, null);

        assertThat(roundTrip(cluster, topics.raw(), raw.id(), raw)).isEqualTo(raw);
        assertThat(roundTrip(cluster, topics.articles(), enriched.id(), enriched)).isEqualTo(enriched);
        assertThat(roundTrip(cluster, topics.events(), event.eventId(), event)).isEqualTo(event);
    }

    private static <V> V roundTrip(KafkaCluster cluster, Topic<String, V> topic, String key, V value) throws Exception {
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(topic.name(), key, value)).get();
        }
        List<V> values = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, cluster.uniqueName("round-trip"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            consumer.subscribe(List.of(topic.name()));
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> values.add(r.value()));
                return !values.isEmpty();
            });
        }
        return values.get(0);
    }

    private static String cleanupPolicy(Map<String, Object> client, String topic) throws Exception {
        try (Admin admin = Admin.create(client)) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            ConfigEntry entry = admin.describeConfigs(List.of(resource)).all().get().get(resource)
                    .get(TopicConfig.CLEANUP_POLICY_CONFIG);
            return entry.value();
        }
    }
}
