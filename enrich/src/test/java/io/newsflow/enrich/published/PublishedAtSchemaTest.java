package io.newsflow.enrich.published;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Json;
import io.newsflow.model.PublishedAt;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The values the finder publishes match what the EnrichedArticle schema accepts for {@code publishedAt.value}. */
class PublishedAtSchemaTest {

    private static final JsonNode DEFINITIONS = definitions();

    private static final Pattern UTC_DATE_TIME = Pattern.compile(DEFINITIONS.at("/utcDateTime/pattern").asText());

    private static final Pattern ISO_DATE = Pattern.compile(DEFINITIONS.at("/isoDate/pattern").asText());

    private final PublicationDateFinder finder = new PublicationDateFinder();

    @ParameterizedTest(name = "{0} in {1} gives {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2020-12-01T02:00:00+03:00       | date       | 2020-12-01
            2020-12-01T02:00:00.123456+0530 | date       | 2020-12-01
            2020-11-30T22:15-05:00          | date       | 2020-11-30
            2020-12-01 02:00:00 GMT         | date       | 2020-12-01T02:00:00Z
            2020-12-01T02:00:00.5Z          | date       | 2020-12-01T02:00:00Z
            2020-12-01T02:00:00-00:00       | date       | 2020-12-01T02:00:00Z
            2020-12-01T02:00:00             | date       | 2020-12-01
            2020/12/01                      | date       | 2020-12-01
            20201201T020000Z                | date       | 2020-12-01T02:00:00Z
            1606777200                      | date       | 2020-11-30T23:00:00Z
            'Tue, 1 Dec 2020 01:30:00 +0300'| date       | 2020-12-01
            'Tue, 1 Dec 2020 01:30:00 GMT'  | date       | 2020-12-01T01:30:00Z
            'December 1, 2020'              | date       | 2020-12-01
            2020-12-01T02:00:00+03:00       | modifiedAt | 2020-12-01
            2020-11-30T23:00:00Z            | modifiedAt | 2020-11-30T23:00:00Z
            """)
    void shouldPublishSchemaValidValuesGivenStatedDates(String stated, String where, String expected) {
        Map<String, String> metadata = where.equals("date") ? Map.of("date", stated) : Map.of();
        String modifiedAt = where.equals("modifiedAt") ? stated : null;
        Source source = new Source("a.html", "a.html", 1, modifiedAt, "2020-12-02T10:00:00Z", "text/html", "UTF-8");

        PublishedAt published = finder.find(new RawArticle("id", source, null, "", metadata, List.of()));

        assertThat(published.value()).isEqualTo(expected);
        assertThat(UTC_DATE_TIME.matcher(published.value()).matches() || ISO_DATE.matcher(published.value()).matches())
                .as("%s matches %s or %s", published.value(), UTC_DATE_TIME, ISO_DATE).isTrue();
    }

    private static JsonNode definitions() {
        try (InputStream in = PublishedAtSchemaTest.class.getResourceAsStream(
                "/schemas/enriched-article.schema.json")) {
            JsonNode schema = Json.mapper().readTree(in);
            assertThat(schema.at("/properties/publishedAt/$ref").asText()).isEqualTo("#/$defs/publishedAt");
            assertThat(schema.at("/$defs/publishedAt/properties/value/anyOf").findValuesAsText("$ref"))
                    .containsExactlyInAnyOrder("#/$defs/isoDate", "#/$defs/utcDateTime");
            return schema.get("$defs");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the EnrichedArticle schema", e);
        }
    }
}
