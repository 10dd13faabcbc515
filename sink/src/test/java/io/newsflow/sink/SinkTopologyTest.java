package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.DeadLetterHeaders;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Event;
import io.newsflow.model.TopicNames;
import io.newsflow.sink.fixtures.FixtureArticles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkTopologyTest {

    private static final Instant MONDAY = Instant.parse("2025-02-17T09:00:00Z");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> articles;
    private TestInputTopic<String, String> rawArticles;
    private TestOutputTopic<String, Event> events;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    static SinkConfig config(Path stateDir) {
        return new SinkConfig(Map.of(
                "bootstrap.servers", "unused:9092",
                SinkConfig.STATE_DIR, stateDir.toString()));
    }

    @BeforeEach
    void start() {
        SinkConfig config = config(stateDir);
        Properties props = SinkTopology.streamsConfig(config);
        // the test driver drops dead letters of unreadable records under exactly-once; SinkIT checks that on a broker
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        driver = new TopologyTestDriver(SinkTopology.buildTopology(config), props);
        var topics = io.newsflow.runtime.config.CommonConfig.topics(config);
        articles = driver.createInputTopic(TopicNames.DEFAULT_ARTICLES, new StringSerializer(),
                topics.articles().valueSerde().serializer());
        rawArticles = driver.createInputTopic(TopicNames.DEFAULT_ARTICLES, new StringSerializer(),
                new StringSerializer());
        events = driver.createOutputTopic(TopicNames.DEFAULT_EVENTS, new StringDeserializer(),
                topics.events().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(TopicNames.DEFAULT_DLQ, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private List<Event> send(String... fixtures) {
        for (String fixture : fixtures) {
            EnrichedArticle article = FixtureArticles.named(fixture);
            articles.pipeInput(new TestRecord<>(article.id(), article, MONDAY));
        }
        return events.readValuesToList();
    }

    private static Map<String, Event> latest(List<Event> emitted) {
        Map<String, Event> latest = new HashMap<>();
        emitted.forEach(event -> latest.merge(event.eventId(), event,
                (before, after) -> after.version() > before.version() ? after : before));
        latest.values().removeIf(event -> event.mergedInto() != null);
        return latest;
    }

    @Test
    void shouldPinTheNamesOfEveryProcessorStoreAndTopic() throws IOException {
        String described = SinkTopology.buildTopology(config(stateDir)).describe().toString();
        Path golden = Path.of("src/test/resources/topology.txt");

        assertThat(described).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }

    @Test
    void shouldRequestExactlyOnceAndTheConfiguredStandbys() {
        Map<String, String> values = new HashMap<>(Map.of("bootstrap.servers", "b:9092", SinkConfig.STANDBY_REPLICAS, "2"));
        Properties props = SinkTopology.streamsConfig(new SinkConfig(values));

        assertThat(props).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, 2)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "newsflow-sink");
    }

    @Test
    void shouldAddNoVersionGivenTheSameArticleTwice() {
        assertThat(send("000")).hasSize(1);

        assertThat(send("000")).isEmpty();
    }

    @Test
    void shouldMarkTheWireCopyAsNearDuplicateOfTheEarlierOne() {
        List<Event> emitted = send("003", "001");

        Event event = emitted.get(emitted.size() - 1);
        assertThat(latest(emitted)).hasSize(1);
        Event.EventArticle copy = event.articles().stream()
                .filter(article -> article.relation() == Event.Relation.NEAR_DUPLICATE).findFirst().orElseThrow();
        assertThat(copy.source().fileName()).startsWith("003");
        assertThat(copy.duplicateOf()).isEqualTo(FixtureArticles.named("001").id());
        assertThat(event.articles().get(0).relation()).isEqualTo(Event.Relation.FIRST);
    }

    @Test
    void shouldGroupTheSeedsAsOneEventWithRelatedStories() {
        List<Event> emitted = send("000", "001", "002", "003", "004");

        Map<String, Event> live = latest(emitted);
        assertThat(live).hasSize(1);
        Event event = live.values().iterator().next();
        assertThat(event.articleCount()).isEqualTo(5);
        assertThat(event.articles()).filteredOn(article -> article.relation() == Event.Relation.RELATED).hasSize(3);
        assertThat(event.articles()).extracting(Event.EventArticle::articleId).doesNotHaveDuplicates();
        assertThat(emitted).extracting(Event::version).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void shouldKeepUnrelatedStoriesOfTheSameWeekApart() {
        Map<String, Event> live = latest(send("000", "101", "001", "102", "002", "103", "003", "104", "004"));

        assertThat(live).hasSize(5);
        assertThat(live.values()).extracting(Event::articleCount).containsExactlyInAnyOrder(5, 1, 1, 1, 1);
    }

    @Test
    void shouldEmitSurvivorAndAbsorbedRecordGivenAnArticleThatLinksTwoEvents() {
        EnrichedArticle plane = FixtureArticles.named("101");
        EnrichedArticle pope = FixtureArticles.named("102");
        EnrichedArticle digest = FixtureArticles.fromText("digest.txt", plane.text() + "\n" + pope.text(), "2025-02-18");
        List<Event> opened = send("101", "102");
        articles.pipeInput(new TestRecord<>(digest.id(), digest, MONDAY.plusSeconds(60)));

        List<Event> merged = events.readValuesToList();
        assertThat(merged).hasSize(2);
        assertThat(merged.get(0).eventId()).isEqualTo(opened.get(0).eventId());
        assertThat(merged.get(0).articleCount()).isEqualTo(3);
        assertThat(merged.get(0).version()).isEqualTo(2);
        assertThat(merged.get(1).eventId()).isEqualTo(opened.get(1).eventId());
        assertThat(merged.get(1).mergedInto()).isEqualTo(opened.get(0).eventId());
        assertThat(merged.get(1).articles()).isEmpty();
        assertThat(merged.get(1).version()).isEqualTo(2);
    }

    @Test
    void shouldSendAnUnreadableArticleToTheDeadLetterTopicAndGoOn() {
        rawArticles.pipeInput("broken", "{not json", MONDAY);
        List<Event> emitted = send("000");

        assertThat(emitted).hasSize(1);
        var letters = deadLetters.readRecordsToList();
        assertThat(letters).hasSize(1);
        Header stage = letters.get(0).headers().lastHeader(DeadLetterHeaders.STAGE);
        assertThat(new String(stage.value(), StandardCharsets.UTF_8)).isEqualTo(SinkTopology.STAGE);
        assertThat(new String(letters.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
    }

    @Test
    void shouldSendAnArticleWithoutIdToTheDeadLetterTopic() {
        rawArticles.pipeInput(null, "{\"title\":\"no id\"}", MONDAY);

        assertThat(events.readValuesToList()).isEmpty();
        assertThat(deadLetters.readRecordsToList()).hasSize(1);
    }
}
