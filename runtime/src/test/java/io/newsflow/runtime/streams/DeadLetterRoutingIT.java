package io.newsflow.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.kafka.test.KafkaCluster;
import io.newsflow.kafka.test.KafkaClusterExtension;
import io.newsflow.model.DeadLetterHeaders;
import io.newsflow.model.TopicNames;
import io.newsflow.model.Topics;
import io.newsflow.runtime.config.CommonConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
@ExtendWith(KafkaClusterExtension.class)
class DeadLetterRoutingIT {

    @TempDir
    Path stateDir;

    @Test
    void shouldDeadLetterUnreadableAndFailingRecordsOnARealBrokerAndKeepProcessing(KafkaCluster cluster) throws Exception {
        Topics topics = Topics.named(new TopicNames(cluster.uniqueName("raw"), cluster.uniqueName("articles"),
                cluster.uniqueName("events"), cluster.uniqueName("dlq")));
        String titles = cluster.uniqueName("titles");
        cluster.createTopics(1, topics.raw().name(), topics.dlq().name(), titles);
        AbstractConfig config = new AbstractConfig(CommonConfig.define(), Map.of(
                CommonConfig.BOOTSTRAP_SERVERS, cluster.bootstrapServers(),
                CommonConfig.TOPIC_RAW, topics.raw().name(),
                CommonConfig.TOPIC_DLQ, topics.dlq().name()));
        Properties props = StreamsSettings.base(config, cluster.uniqueName("app"), "test-stage", stateDir);

        try (StreamsStage stage = new StreamsStage("test-stage", TitleCopier.topology(topics, titles), props);
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                     "bootstrap.servers", cluster.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            stage.start();
            var serializer = topics.raw().valueSerde().serializer();
            producer.send(new ProducerRecord<>(topics.raw().name(), "garbage", "not json".getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(topics.raw().name(), "boom",
                    serializer.serialize(topics.raw().name(), TitleCopier.article("boom", null))));
            producer.send(new ProducerRecord<>(topics.raw().name(), "good",
                    serializer.serialize(topics.raw().name(), TitleCopier.article("good", "A title"))));
            producer.flush();

            List<ConsumerRecord<byte[], byte[]>> deadLetters = readCommitted(cluster, topics.dlq().name(), 2);
            List<ConsumerRecord<byte[], byte[]>> copied = readCommitted(cluster, titles, 1);

            assertThat(new String(copied.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("A title");
            assertThat(deadLetters).extracting(r -> new String(r.key(), StandardCharsets.UTF_8))
                    .containsExactly("garbage", "boom");
            assertThat(deadLetters).allSatisfy(r -> {
                assertThat(TitleCopier.header(r.headers(), DeadLetterHeaders.STAGE)).isEqualTo("test-stage");
                assertThat(TitleCopier.header(r.headers(), DeadLetterHeaders.TOPIC)).isEqualTo(topics.raw().name());
                assertThat(r.headers().lastHeader(DeadLetterHeaders.STACKTRACE)).isNotNull();
            });
            assertThat(TitleCopier.header(deadLetters.get(0).headers(), DeadLetterHeaders.EXCEPTION))
                    .endsWith("SerializationException");
            assertThat(TitleCopier.header(deadLetters.get(1).headers(), DeadLetterHeaders.MESSAGE)).contains("no title");
            assertThat(TitleCopier.header(deadLetters.get(1).headers(), DeadLetterHeaders.OFFSET)).isEqualTo("1");
            assertThat(stage.failure()).isEmpty();
        }
    }

    private static List<ConsumerRecord<byte[], byte[]>> readCommitted(KafkaCluster cluster, String topic, int count) {
        Map<String, Object> props = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, cluster.uniqueName("reader"),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            });
        }
        return records;
    }
}
