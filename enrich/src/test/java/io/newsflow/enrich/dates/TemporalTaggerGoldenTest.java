package io.newsflow.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.DateMention;
import io.newsflow.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Golden cases for the tagger: each line of {@code dates/tagger-golden.jsonl} is a text and what it must yield. */
class TemporalTaggerGoldenTest {

    private final TemporalTagger tagger = new TemporalTagger();

    @TestFactory
    Stream<DynamicTest> shouldTagGoldenTextsAsExpected() throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/dates/tagger-golden.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    cases.add(Json.mapper().readTree(line));
                }
            }
        }
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.get("name").asText(), () -> {
            String text = c.get("text").asText();
            List<DateMention> dates = tagger.tag(text, LocalDate.parse(c.get("reference").asText()));
            List<List<String>> actual = dates.stream().map(d -> List.of(d.text(), d.value(), d.type())).toList();
            List<List<String>> expected = new ArrayList<>();
            c.get("expected").forEach(e -> expected.add(List.of(e.get(0).asText(), e.get(1).asText(),
                    e.get(2).asText())));
            assertThat(actual).containsExactlyElementsOf(expected);
            dates.forEach(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text()));
        }));
    }
}
