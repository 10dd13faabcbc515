package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonSerdeTest {

    private static final String TOPIC = "news.articles";

    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of(RawArticle.class, RecordSamples.wireRawArticle()),
                Arguments.of(EnrichedArticle.class, RecordSamples.wireEnrichedArticle()),
                Arguments.of(EnrichedArticle.class, RecordSamples.reportEnrichedArticle()),
                Arguments.of(Event.class, RecordSamples.liveEvent()),
                Arguments.of(Event.class, RecordSamples.eventWithNearDuplicate()),
                Arguments.of(Event.class, RecordSamples.absorbedEvent()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    <T> void shouldReadBackAnEqualRecordGivenWhatItWrote(Class<T> type, T record) {
        JsonSerde<T> serde = new JsonSerde<>(type);

        T back = serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, record));

        assertThat(back).isEqualTo(record);
    }

    @Test
    void shouldPassNullThroughGivenTombstone() {
        JsonSerde<Event> serde = new JsonSerde<>(Event.class);

        assertThat(serde.serialize(TOPIC, null)).isNull();
        assertThat(serde.deserialize(TOPIC, null)).isNull();
    }

    @Test
    void shouldThrowSerializationExceptionNamingTheTopicGivenGarbage() {
        JsonSerde<EnrichedArticle> serde = new JsonSerde<>(EnrichedArticle.class);
        byte[] garbage = {(byte) 0xff, 0x00, 0x7b, 0x22, (byte) 0xc3};

        assertThatThrownBy(() -> serde.deserialize(TOPIC, garbage))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining(TOPIC)
                .hasMessageContaining("EnrichedArticle")
                .hasCauseInstanceOf(IOException.class);
    }

    @Test
    void shouldThrowSerializationExceptionGivenJsonOfTheWrongShape() {
        JsonSerde<Event> serde = new JsonSerde<>(Event.class);
        byte[] wrongShape = "{\"eventId\":\"e1\",\"articles\":\"not a list\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> serde.deserialize("news.events", wrongShape))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("news.events");
    }

    @Test
    void shouldIgnoreFieldsAddedLaterGivenNewerProducer() throws Exception {
        JsonSerde<Event> serde = new JsonSerde<>(Event.class);
        Event event = RecordSamples.liveEvent();
        ObjectNode newer = (ObjectNode) Json.mapper().readTree(serde.serialize(TOPIC, event));
        newer.put("region", "Middle East");
        ((ObjectNode) newer.get("articles").get(0)).putObject("sentiment").put("polarity", -0.2);

        Event read = serde.deserialize(TOPIC, Json.mapper().writeValueAsBytes(newer));

        assertThat(read).isEqualTo(event);
    }

    @Test
    void shouldReadAbsentCollectionsAsEmptyGivenMinimalJson() {
        JsonSerde<RawArticle> serde = new JsonSerde<>(RawArticle.class);
        String minimal = "{\"id\":\"" + ArticleId.of("x") + "\",\"text\":\"x\"}";

        RawArticle read = serde.deserialize(TOPIC, minimal.getBytes(StandardCharsets.UTF_8));

        assertThat(read.metadata()).isEmpty();
        assertThat(read.warnings()).isEmpty();
        assertThat(read.title()).isNull();
    }

    @Test
    void shouldWriteRelationAndOriginInLowerCaseGivenEnums() {
        String json = new String(new JsonSerde<>(Event.class).serialize(TOPIC, RecordSamples.eventWithNearDuplicate()),
                StandardCharsets.UTF_8);

        assertThat(json).contains("\"relation\":\"near-duplicate\"", "\"relation\":\"first\"",
                "\"origin\":\"metadata\"");
    }
}
