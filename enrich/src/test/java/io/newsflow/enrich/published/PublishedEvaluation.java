package io.newsflow.enrich.published;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Json;
import io.newsflow.model.PublishedAt;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The second half of the pubdate-dev measurement: reads the page metadata ingest's {@code PubdateEvaluation} wrote
 * and writes what the {@link PublicationDateFinder} publishes from it, as the pipeline would, for
 * {@code score.py pubdate}. Run on demand, after the ingest half:
 * <pre>
 * mvn -B -q -pl enrich -am test -Dtest=PublishedEvaluation -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dnewsflow.eval.metadata=/tmp/pubdate-dev.jsonl -Dnewsflow.eval.out=/tmp/pubdate-dev-published.jsonl
 * python3 /work/shared/eval/score.py pubdate /work/shared/eval/pubdate-dev/gold.tsv /tmp/pubdate-dev-published.jsonl
 * </pre>
 */
@EnabledIfSystemProperty(named = "newsflow.eval.metadata", matches = ".+")
class PublishedEvaluation {

    @Test
    void shouldWritePublishedDatesOfDevPagesForTheScorer() throws IOException {
        Path in = Path.of(System.getProperty("newsflow.eval.metadata"));
        Path out = Path.of(System.getProperty("newsflow.eval.out", "target/pubdate-dev-published.jsonl"));
        PublicationDateFinder finder = new PublicationDateFinder();
        String received = Instant.now().toString();
        int pages = 0;
        int dated = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (String line : Files.readAllLines(in, StandardCharsets.UTF_8)) {
                JsonNode page = Json.mapper().readTree(line);
                String fileName = page.at("/source/fileName").asText();
                Map<String, String> metadata = Json.mapper().convertValue(page.get("metadata"), new TypeReference<>() {
                });
                Source source = new Source(fileName, fileName, 0, null, received, "text/html", "UTF-8");
                PublishedAt published = finder.find(new RawArticle("", source, null, "", metadata, List.of()));
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("source", Map.of("fileName", fileName));
                if (published != null) {
                    record.put("publishedAt", published);
                    dated++;
                }
                writer.write(Json.mapper().writeValueAsString(record));
                writer.newLine();
                pages++;
            }
        }
        System.out.printf("pubdate-dev: %d pages written to %s, %d with a publication date%n", pages,
                out.toAbsolutePath(), dated);
        assertThat(pages).isPositive();
    }
}
