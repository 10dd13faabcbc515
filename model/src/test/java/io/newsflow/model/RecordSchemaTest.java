package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Records as JsonSerde writes them must satisfy the published schemas, and the schemas must reject broken ones. */
class RecordSchemaTest {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final JsonSchema RAW_ARTICLE = load(Schemas.RAW_ARTICLE);
    private static final JsonSchema ENRICHED_ARTICLE = load(Schemas.ENRICHED_ARTICLE);
    private static final JsonSchema EVENT = load(Schemas.EVENT);

    private static JsonSchema load(String resource) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("classpath:" + resource));
        schema.initializeValidators();
        return schema;
    }

    @SuppressWarnings("unchecked")
    private static <T> ObjectNode serialized(T record) {
        JsonSerde<T> serde = new JsonSerde<>((Class<T>) record.getClass());
        try {
            return (ObjectNode) Json.mapper().readTree(serde.serialize("news.test", record));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> validRecords() {
        return Stream.of(
                Arguments.of("raw wire article without title", RAW_ARTICLE, RecordSamples.wireRawArticle()),
                Arguments.of("enriched wire article", ENRICHED_ARTICLE, RecordSamples.wireEnrichedArticle()),
                Arguments.of("enriched report with title and file date", ENRICHED_ARTICLE,
                        RecordSamples.reportEnrichedArticle()),
                Arguments.of("live event of two articles", EVENT, RecordSamples.liveEvent()),
                Arguments.of("event with a near-duplicate", EVENT, RecordSamples.eventWithNearDuplicate()),
                Arguments.of("absorbed event", EVENT, RecordSamples.absorbedEvent()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validRecords")
    void shouldAcceptRecordAsSerializedGivenRealisticInstance(String name, JsonSchema schema, Object record) {
        assertThat(schema.validate(serialized(record))).isEmpty();
    }

    static Stream<Arguments> brokenRecords() {
        return Stream.of(
                broken("raw article without id", RAW_ARTICLE, RecordSamples.wireRawArticle(), "id",
                        node -> node.remove("id")),
                broken("raw article with an upper-case id", RAW_ARTICLE, RecordSamples.wireRawArticle(), "id",
                        node -> node.put("id", node.get("id").asText().toUpperCase(Locale.ROOT))),
                broken("raw article with a null title", RAW_ARTICLE, RecordSamples.wireRawArticle(), "title",
                        node -> node.putNull("title")),
                broken("raw article with a receipt time not in UTC", RAW_ARTICLE, RecordSamples.wireRawArticle(),
                        "receivedAt", node -> source(node).put("receivedAt", "2025-02-18T15:05:10+01:00")),
                broken("raw article with a metadata value that is not a string", RAW_ARTICLE,
                        RecordSamples.wireRawArticle(), "date", node -> metadata(node).put("date", 20250217)),
                broken("enriched article without language", ENRICHED_ARTICLE, RecordSamples.wireEnrichedArticle(),
                        "language", node -> node.remove("language")),
                broken("enriched article with an unknown date origin", ENRICHED_ARTICLE,
                        RecordSamples.wireEnrichedArticle(), "origin",
                        node -> ((ObjectNode) node.get("publishedAt")).put("origin", "guess")),
                broken("enriched article with a publication date in words", ENRICHED_ARTICLE,
                        RecordSamples.wireEnrichedArticle(), "value",
                        node -> ((ObjectNode) node.get("publishedAt")).put("value", "17 February 2025")),
                broken("enriched article with a negative offset", ENRICHED_ARTICLE,
                        RecordSamples.wireEnrichedArticle(), "start",
                        node -> ((ObjectNode) node.get("entities").get(0)).put("start", -1)),
                broken("enriched article with an unknown entity type", ENRICHED_ARTICLE,
                        RecordSamples.wireEnrichedArticle(), "type",
                        node -> ((ObjectNode) node.get("entities").get(0)).put("type", "PLACE")),
                broken("event without eventId", EVENT, RecordSamples.liveEvent(), "eventId",
                        node -> node.remove("eventId")),
                broken("event article with an unknown relation", EVENT, RecordSamples.liveEvent(), "relation",
                        node -> ((ObjectNode) node.get("articles").get(1)).put("relation", "duplicate")),
                broken("near-duplicate that does not say of what", EVENT, RecordSamples.eventWithNearDuplicate(),
                        "duplicateOf", node -> ((ObjectNode) node.get("articles").get(1)).remove("duplicateOf")),
                broken("event article with a score above 1", EVENT, RecordSamples.liveEvent(), "total",
                        node -> ((ObjectNode) node.get("articles").get(0).get("score")).put("total", 1.5)),
                broken("event with version 0", EVENT, RecordSamples.liveEvent(), "version",
                        node -> node.put("version", 0)));
    }

    private static Arguments broken(
            String name, JsonSchema schema, Object record, String field, Consumer<ObjectNode> damage) {
        return Arguments.of(name, schema, record, field, damage);
    }

    private static ObjectNode source(ObjectNode article) {
        return (ObjectNode) article.get("source");
    }

    private static ObjectNode metadata(ObjectNode article) {
        return (ObjectNode) article.get("metadata");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRecords")
    void shouldRejectRecordNamingTheFieldGivenBrokenInstance(
            String name, JsonSchema schema, Object record, String field, Consumer<ObjectNode> damage) {
        ObjectNode node = serialized(record);
        assertThat(schema.validate(node)).as("the intact record is valid").isEmpty();

        damage.accept(node);
        Set<ValidationMessage> errors = schema.validate(node);

        assertThat(errors).as("errors for %s", name).isNotEmpty();
        assertThat(errors).extracting(ValidationMessage::getMessage).anyMatch(message -> message.contains(field));
    }

    @Test
    void shouldAcceptFieldsTheContractAddsLaterGivenUnknownProperties() {
        ObjectNode event = serialized(RecordSamples.liveEvent());
        event.put("region", "Middle East");
        ((ObjectNode) event.get("articles").get(0)).put("sentiment", -0.2);
        ((ObjectNode) event.get("articles").get(0).get("source")).put("inode", 912_337);

        assertThat(EVENT.validate(event)).isEmpty();
    }

    @Test
    void shouldLeaveNullFieldsOutGivenRecordsWithoutTitleOrMerge() {
        JsonNode raw = serialized(RecordSamples.wireRawArticle());
        JsonNode live = serialized(RecordSamples.liveEvent());

        assertThat(raw.has("title")).isFalse();
        assertThat(live.has("mergedInto")).isFalse();
        assertThat(live.get("articles").get(0).has("duplicateOf")).isFalse();
        assertThat(serialized(RecordSamples.absorbedEvent()).get("mergedInto").asText())
                .isEqualTo(RecordSamples.liveEvent().eventId());
    }
}
