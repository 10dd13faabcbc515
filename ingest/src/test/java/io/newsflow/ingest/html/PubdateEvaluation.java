package io.newsflow.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link HtmlDateMetadata} over the htmldate pages of pubdate-dev and writes one EnrichedArticle-shaped JSON
 * line per page for {@code score.py pubdate}. The published value here is the metadata {@code date} as stated;
 * enrich's PublicationDateFinder publishes its day unchanged (the page's own day for a local time with an offset, a
 * UTC date-time for a time stated in UTC), and its {@code PublishedEvaluation} scores that second step from this
 * file's output. Pages are decoded by
 * jsoup's charset detection (BOM, then meta charset, else UTF-8), as ingest reads them. Run on demand:
 * <pre>
 * mvn -B -q -pl ingest -am test -Dtest=PubdateEvaluation -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dnewsflow.eval.pubdate=/work/shared/eval/pubdate-dev -Dnewsflow.eval.out=/tmp/pubdate-dev.jsonl
 * python3 /work/shared/eval/score.py pubdate /work/shared/eval/pubdate-dev/gold.tsv /tmp/pubdate-dev.jsonl
 * </pre>
 */
@EnabledIfSystemProperty(named = "newsflow.eval.pubdate", matches = ".+")
class PubdateEvaluation {

    @Test
    void shouldWriteStatedDatesOfDevPagesForTheScorer() throws IOException {
        Path folder = Path.of(System.getProperty("newsflow.eval.pubdate"));
        Path out = Path.of(System.getProperty("newsflow.eval.out", "target/pubdate-dev.jsonl"));
        List<Path> pages;
        try (Stream<Path> listing = Files.list(folder)) {
            pages = listing.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
        int dated = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path page : pages) {
                Document document = Jsoup.parse(page.toFile(), null);
                Map<String, String> metadata = HtmlDateMetadata.extract(document);
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("source", Map.of("fileName", page.getFileName().toString()));
                record.put("metadata", metadata);
                String stated = metadata.get(HtmlDateMetadata.DATE);
                if (stated != null) {
                    record.put("publishedAt", Map.of("value", stated, "origin", "metadata"));
                    dated++;
                }
                writer.write(Json.mapper().writeValueAsString(record));
                writer.newLine();
            }
        }
        System.out.printf("pubdate-dev: %d pages written to %s, %d with a stated date%n",
                pages.size(), out.toAbsolutePath(), dated);
        assertThat(pages).isNotEmpty();
    }
}
