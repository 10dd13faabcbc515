package io.newsflow.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.published.PublicationDateFinder;
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
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs the tagger over the MEANTIME timex-dev folder and writes one EnrichedArticle-shaped JSON line per document
 * for {@code score.py timex}. Each article's reference date is found as the pipeline finds it: by the
 * {@link PublicationDateFinder} on the article's own text (its second line is its date). Run on demand:
 * <pre>
 * mvn -B -q -pl enrich -am test -Dtest=TimexEvaluation -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dnewsflow.eval.timex=/work/shared/eval/timex-dev -Dnewsflow.eval.out=/tmp/timex-dev.jsonl
 * python3 /work/shared/eval/score.py timex /work/shared/eval/timex-dev/gold.jsonl /tmp/timex-dev.jsonl
 * </pre>
 */
@EnabledIfSystemProperty(named = "newsflow.eval.timex", matches = ".+")
class TimexEvaluation {

    @Test
    void shouldWriteTaggedDevSetForTheScorer() throws IOException {
        Path folder = Path.of(System.getProperty("newsflow.eval.timex"));
        Path out = Path.of(System.getProperty("newsflow.eval.out", "target/timex-dev.jsonl"));
        TemporalTagger tagger = new TemporalTagger();
        PublicationDateFinder finder = new PublicationDateFinder(tagger);
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        String received = Instant.now().toString();
        int withoutDate = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Path file : files) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Source source = new Source(file.getFileName().toString(), file.getFileName().toString(),
                        Files.size(file), Files.getLastModifiedTime(file).toInstant().toString(), received,
                        "text/plain", "UTF-8");
                RawArticle raw = new RawArticle("", source, null, text, Map.of(), List.of());
                PublishedAt published = finder.find(raw);
                withoutDate += published.origin() == PublishedAt.Origin.TEXT ? 0 : 1;
                LocalDate reference = LocalDate.parse(published.value().substring(0, 10));
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("source", Map.of("fileName", source.fileName()));
                record.put("text", text);
                record.put("publishedAt", published);
                record.put("dates", tagger.tag(text, reference));
                writer.write(Json.mapper().writeValueAsString(record));
                writer.newLine();
            }
        }
        System.out.printf("timex-dev: %d documents written to %s, %d without a date of their own%n",
                files.size(), out.toAbsolutePath(), withoutDate);
        assertThat(files).isNotEmpty();
    }
}
