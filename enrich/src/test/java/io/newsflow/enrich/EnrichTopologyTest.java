package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.DeadLetterHeaders;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Topics;
import io.newsflow.runtime.streams.DeadLetterDeserializationHandler;
import io.newsflow.runtime.streams.DeadLetterProcessingHandler;
import io.newsflow.runtime.streams.StreamsSettings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

    private static final EnrichConfig CONFIG = new EnrichConfig(Map.of("bootstrap.servers", "unused:9092"));

    private final Topics topics = Topics.defaults();
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestInputTopic<byte[], byte[]> rawBytes;
    private TestOutputTopic<String, EnrichedArticle> articles;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    @BeforeEach
    void startDriver() {
        Properties props = EnrichTopology.streamsConfig(CONFIG);
        // The driver's exactly-once emulation clears uncommitted sends before each piped record, and a record that
        // cannot be read commits nothing, so its dead letter would vanish here; EnrichTopologyIT checks exactly-once
        // dead letters on a real broker.
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        driver = new TopologyTestDriver(EnrichTopology.buildTopology(CONFIG, SharedEnricher.get()), props);
        raw = driver.createInputTopic(topics.raw().name(), topics.raw().keySerde().serializer(),
                topics.raw().valueSerde().serializer());
        rawBytes = driver.createInputTopic(topics.raw().name(), new ByteArraySerializer(), new ByteArraySerializer());
        articles = driver.createOutputTopic(topics.articles().name(), topics.articles().keySerde().deserializer(),
                topics.articles().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.dlq().name(), new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldEnrichEverySeedUnderItsArticleId() {
        List<RawArticle> seeds = Seeds.all();
        seeds.forEach(article -> raw.pipeInput(article.id(), article));

        List<KeyValue<String, EnrichedArticle>> out = articles.readKeyValuesToList();

        assertThat(out).extracting(kv -> kv.key).containsExactlyElementsOf(seeds.stream().map(RawArticle::id).toList());
        assertThat(out).allSatisfy(kv -> {
            assertThat(kv.value.id()).isEqualTo(kv.key);
            assertThat(kv.value.language().code()).isEqualTo("en");
            assertThat(kv.value.entities()).isNotEmpty();
        });
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldSendUnreadableAndUnenrichableRecordsToDeadLettersAndGoOn() {
        byte[] garbage = {(byte) 0xff, 0x00, '{', 'x'};
        byte[] noText = "{\"id\":\"abc\",\"title\":\"Headline only\"}".getBytes(StandardCharsets.UTF_8);
        rawBytes.pipeInput(bytes("k-garbage"), garbage);
        rawBytes.pipeInput(bytes("abc"), noText);
        RawArticle good = Seeds.named("002");
        raw.pipeInput(good.id(), good);

        List<TestRecord<byte[], byte[]>> letters = deadLetters.readRecordsToList();
        assertThat(letters).hasSize(2);
        TestRecord<byte[], byte[]> unreadable = letters.get(0);
        assertThat(unreadable.value()).isEqualTo(garbage);
        assertThat(header(unreadable.headers(), DeadLetterHeaders.STAGE)).isEqualTo("enrich");
        assertThat(header(unreadable.headers(), DeadLetterHeaders.EXCEPTION))
                .isEqualTo("org.apache.kafka.common.errors.SerializationException");
        assertThat(header(unreadable.headers(), DeadLetterHeaders.MESSAGE)).contains("RawArticle", "news.raw");
        assertThat(header(unreadable.headers(), DeadLetterHeaders.TOPIC)).isEqualTo("news.raw");
        assertThat(header(unreadable.headers(), DeadLetterHeaders.PARTITION)).isEqualTo("0");
        assertThat(header(unreadable.headers(), DeadLetterHeaders.OFFSET)).isEqualTo("0");

        TestRecord<byte[], byte[]> unenrichable = letters.get(1);
        assertThat(unenrichable.key()).isEqualTo(bytes("abc"));
        assertThat(unenrichable.value()).isEqualTo(noText);
        assertThat(header(unenrichable.headers(), DeadLetterHeaders.STAGE)).isEqualTo("enrich");
        assertThat(header(unenrichable.headers(), DeadLetterHeaders.EXCEPTION))
                .isEqualTo(IllegalArgumentException.class.getName());
        assertThat(header(unenrichable.headers(), DeadLetterHeaders.MESSAGE)).isEqualTo("article abc has no text");
        assertThat(header(unenrichable.headers(), DeadLetterHeaders.STACKTRACE)).contains("Enricher.enrich");
        assertThat(header(unenrichable.headers(), DeadLetterHeaders.OFFSET)).isEqualTo("1");

        assertThat(articles.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly(good.id());
    }

    @Test
    void shouldPassOverDeletionMarkers() {
        raw.pipeInput("gone", null);

        assertThat(articles.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldKeepItsProcessorNames() {
        Topology topology = EnrichTopology.buildTopology(CONFIG, SharedEnricher.get());

        assertThat(topology.describe().toString()).isEqualTo("""
                Topologies:
                   Sub-topology: 0
                    Source: enrich-read-raw (topics: [news.raw])
                      --> enrich-skip-tombstones
                    Processor: enrich-skip-tombstones (stores: [])
                      --> enrich-article
                      <-- enrich-read-raw
                    Processor: enrich-article (stores: [])
                      --> enrich-write-articles
                      <-- enrich-skip-tombstones
                    Sink: enrich-write-articles (topic: news.articles)
                      <-- enrich-article

                """);
    }

    @Test
    void shouldRunExactlyOnceWithDeadLettersNamingTheStage() {
        Properties props = EnrichTopology.streamsConfig(new EnrichConfig(Map.of(
                "bootstrap.servers", "broker:9092", "topic.dlq", "custom.dlq", "enrich.threads", "3",
                "kafka.security.protocol", "SSL")));

        assertThat(props)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "newsflow-enrich")
                .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "broker:9092")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, 3)
                .containsEntry("security.protocol", "SSL")
                .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "custom.dlq")
                .containsEntry(StreamsSettings.STAGE_CONFIG, "enrich")
                .containsEntry(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                        DeadLetterDeserializationHandler.class)
                .containsEntry(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                        DeadLetterProcessingHandler.class);
    }

    @Test
    void shouldRunOneStreamThreadPerCoreByDefault() {
        Properties props = EnrichTopology.streamsConfig(new EnrichConfig(Map.of("bootstrap.servers", "broker:9092")));

        assertThat(props).containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG,
                Runtime.getRuntime().availableProcessors());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
