package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The schemas describe exactly the fields and enum constants of the Java records, so neither drifts alone. */
class SchemaDriftTest {

    private static final List<String> ALL = List.of(Schemas.RAW_ARTICLE, Schemas.ENRICHED_ARTICLE, Schemas.EVENT);

    private static JsonNode schema(String resource) {
        try (InputStream in = SchemaDriftTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("resource %s", resource).isNotNull();
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Arguments> objects() {
        return Stream.of(
                Arguments.of(Schemas.RAW_ARTICLE, "", RawArticle.class),
                Arguments.of(Schemas.RAW_ARTICLE, "/$defs/source", Source.class),
                Arguments.of(Schemas.ENRICHED_ARTICLE, "", EnrichedArticle.class),
                Arguments.of(Schemas.ENRICHED_ARTICLE, "/$defs/source", Source.class),
                Arguments.of(Schemas.ENRICHED_ARTICLE, "/$defs/language", Language.class),
                Arguments.of(Schemas.ENRICHED_ARTICLE, "/$defs/publishedAt", PublishedAt.class),
                Arguments.of(Schemas.ENRICHED_ARTICLE, "/$defs/dateMention", DateMention.class),
                Arguments.of(Schemas.ENRICHED_ARTICLE, "/$defs/entityMention", EntityMention.class),
                Arguments.of(Schemas.ENRICHED_ARTICLE, "/$defs/fingerprint", Fingerprint.class),
                Arguments.of(Schemas.EVENT, "", Event.class),
                Arguments.of(Schemas.EVENT, "/$defs/eventDate", Event.EventDate.class),
                Arguments.of(Schemas.EVENT, "/$defs/eventEntity", Event.EventEntity.class),
                Arguments.of(Schemas.EVENT, "/$defs/eventArticle", Event.EventArticle.class),
                Arguments.of(Schemas.EVENT, "/$defs/score", Event.Score.class),
                Arguments.of(Schemas.EVENT, "/$defs/source", Source.class),
                Arguments.of(Schemas.EVENT, "/$defs/language", Language.class),
                Arguments.of(Schemas.EVENT, "/$defs/publishedAt", PublishedAt.class));
    }

    @ParameterizedTest(name = "{0}#{1} is {2}")
    @MethodSource("objects")
    void shouldListExactlyTheRecordComponentsGivenSchemaObject(String resource, String pointer, Class<?> type) {
        JsonNode object = schema(resource).at(pointer);
        Set<String> components = Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(fieldNames(object.get("properties"))).isEqualTo(components);
        assertThat(object.get("additionalProperties").asBoolean()).as("the contract only adds fields").isTrue();
    }

    @ParameterizedTest(name = "{0}#{1} is {2}")
    @MethodSource("objects")
    void shouldRequireEveryPrimitiveComponentGivenSchemaObject(String resource, String pointer, Class<?> type) {
        JsonNode object = schema(resource).at(pointer);
        Set<String> required = new TreeSet<>();
        object.get("required").forEach(name -> required.add(name.asText()));
        Set<String> primitives = Arrays.stream(type.getRecordComponents())
                .filter(component -> component.getType().isPrimitive())
                .map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        // a primitive is always written; anything else may be null and is then left out, so required is a choice
        assertThat(required).containsAll(primitives);
        assertThat(fieldNames(object.get("properties"))).containsAll(required);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allSchemas")
    void shouldDescribeEveryPropertyGivenSchema(String resource) {
        JsonNode root = schema(resource);
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(root, root, "", undescribed);

        assertThat(root.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(undescribed).isEmpty();
    }

    static Stream<String> allSchemas() {
        return ALL.stream();
    }

    private static void collectUndescribed(JsonNode root, JsonNode node, String path, List<String> undescribed) {
        JsonNode properties = node.get("properties");
        if (properties != null) {
            properties.fields().forEachRemaining(property -> {
                if (!described(root, property.getValue())) {
                    undescribed.add(path + "/" + property.getKey());
                }
                collectUndescribed(root, property.getValue(), path + "/" + property.getKey(), undescribed);
            });
        }
        JsonNode defs = node.get("$defs");
        if (defs != null) {
            defs.fields().forEachRemaining(def ->
                    collectUndescribed(root, def.getValue(), "#/$defs/" + def.getKey(), undescribed));
        }
    }

    private static boolean described(JsonNode root, JsonNode property) {
        if (property.hasNonNull("description")) {
            return true;
        }
        JsonNode ref = property.get("$ref");
        return ref != null && root.at(ref.asText().substring(1)).hasNonNull("description");
    }

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of(Schemas.ENRICHED_ARTICLE, "/$defs/entityType/enum", EntityType.class),
                Arguments.of(Schemas.ENRICHED_ARTICLE, "/$defs/publishedAt/properties/origin/enum",
                        PublishedAt.Origin.class),
                Arguments.of(Schemas.EVENT, "/$defs/entityType/enum", EntityType.class),
                Arguments.of(Schemas.EVENT, "/$defs/publishedAt/properties/origin/enum", PublishedAt.Origin.class),
                Arguments.of(Schemas.EVENT, "/$defs/eventArticle/properties/relation/enum", Event.Relation.class));
    }

    @ParameterizedTest(name = "{0}#{1} is {2}")
    @MethodSource("enums")
    void shouldListTheJsonNameOfEveryConstantGivenEnum(String resource, String pointer, Class<? extends Enum<?>> type) {
        List<String> listed = new ArrayList<>();
        schema(resource).at(pointer).forEach(value -> listed.add(value.asText()));
        List<String> jsonNames = Arrays.stream(type.getEnumConstants())
                .map(constant -> Json.mapper().convertValue(constant, String.class))
                .toList();

        assertThat(listed).containsExactlyElementsOf(jsonNames);
    }

    @Test
    void shouldDefineSharedPartsAlikeGivenEverySchema() {
        for (String left : ALL) {
            for (String right : ALL) {
                JsonNode leftDefs = schema(left).get("$defs");
                JsonNode rightDefs = schema(right).get("$defs");
                fieldNames(leftDefs).stream()
                        .filter(rightDefs::has)
                        .forEach(name -> assertThat(leftDefs.get(name))
                                .as("$defs/%s in %s and %s", name, left, right)
                                .isEqualTo(rightDefs.get(name)));
            }
        }
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
