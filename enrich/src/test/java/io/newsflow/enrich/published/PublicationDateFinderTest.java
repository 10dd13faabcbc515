package io.newsflow.enrich.published;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.enrich.dates.TemporalTagger;
import io.newsflow.model.DateMention;
import io.newsflow.model.Json;
import io.newsflow.model.PublishedAt;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class PublicationDateFinderTest {

    private static final Path SEEDS = Path.of("..", "seeds");

    private final TemporalTagger tagger = new TemporalTagger();
    private final PublicationDateFinder finder = new PublicationDateFinder(tagger);

    @TestFactory
    Stream<DynamicTest> shouldFindGoldenPublicationDates() throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/published/finder-golden.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    cases.add(Json.mapper().readTree(line));
                }
            }
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> {
            Map<String, String> metadata = Json.mapper().convertValue(c.get("metadata"), new TypeReference<>() { });
            RawArticle raw = article(c.get("text").asText(), metadata, c.get("modifiedAt").asText(),
                    c.get("receivedAt").asText());

            PublishedAt published = finder.find(raw);

            assertThat(published.value()).isEqualTo(c.get("value").asText());
            assertThat(Json.mapper().writeValueAsString(published.origin())).isEqualTo(
                    "\"" + c.get("origin").asText() + "\"");
        }));
    }

    @Test
    void shouldTakeSeed001DateFromMetadataAndResolveItsTuesday() throws IOException {
        // Ingest turns the file's leading "date 2025-02-17" header into metadata and leaves the body as text.
        String file = Files.readString(SEEDS.resolve("001_1d405d6aa1e26848.txt"), StandardCharsets.UTF_8);
        String text = file.replaceFirst("^\\s*date\\s+2025-02-17\\s+", "");
        RawArticle raw = article(text, Map.of("date", "2025-02-17"), "2025-02-19T08:00:00Z", "2025-02-19T08:00:05Z");

        PublishedAt published = finder.find(raw);
        List<DateMention> dates = tagger.tag(text, LocalDate.parse(published.value().substring(0, 10)));

        assertThat(published).isEqualTo(new PublishedAt("2025-02-17", PublishedAt.Origin.METADATA));
        assertThat(dates).filteredOn(d -> d.text().equals("Tuesday")).first()
                .extracting(DateMention::value).isEqualTo("2025-02-18");
        assertThat(dates).filteredOn(d -> d.text().equals("three-year")).first()
                .extracting(DateMention::value).isEqualTo("P3Y");
    }

    @Test
    void shouldFindSeed003DateInItsPhotoCaption() throws IOException {
        String text = Files.readString(SEEDS.resolve("003_c9c436f39f886739.txt"), StandardCharsets.UTF_8);
        RawArticle raw = article(text, Map.of(), "2025-02-19T08:00:00Z", "2025-02-19T08:00:05Z");

        assertThat(finder.find(raw)).isEqualTo(new PublishedAt("2025-02-18", PublishedAt.Origin.TEXT));
    }

    private static RawArticle article(String text, Map<String, String> metadata, String modifiedAt,
            String receivedAt) {
        Source source = new Source("a.txt", "a.txt", text.length(), modifiedAt, receivedAt, "text/plain", "UTF-8");
        return new RawArticle("id", source, null, text, metadata, List.of());
    }
}
