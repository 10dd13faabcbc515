package io.newsflow.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A quick single-thread throughput figure for the tagger on real article text (the JMH benchmark is the nlp
 * helper's), against a baseline measured in the same run: one regex pass for four-digit years. Run on demand:
 * <pre>
 * mvn -B -q -pl enrich -am test -Dtest=TaggerThroughput -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dnewsflow.eval.timex=/work/shared/eval/timex-dev
 * </pre>
 */
@EnabledIfSystemProperty(named = "newsflow.eval.timex", matches = ".+")
class TaggerThroughput {

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    @Test
    void shouldPrintArticlesPerSecond() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> listing = Files.list(Path.of(System.getProperty("newsflow.eval.timex")))) {
            for (Path file : listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        TemporalTagger tagger = new TemporalTagger();
        LocalDate reference = LocalDate.of(2009, 6, 1);
        ToIntFunction<String> tag = text -> tagger.tag(text, reference).size();
        ToIntFunction<String> years = text -> {
            Matcher matcher = YEAR.matcher(text);
            int count = 0;
            while (matcher.find()) {
                count++;
            }
            return count;
        };
        measure(texts, tag, 3);
        measure(texts, years, 3);
        double tagger1 = measure(texts, tag, 10);
        double baseline = measure(texts, years, 10);
        double characters = texts.stream().mapToInt(String::length).average().orElse(0);
        System.out.printf("tagger: %.0f articles/s (%.0f characters each), year-regex baseline: %.0f articles/s,"
                + " ratio %.3f%n", tagger1, characters, baseline, tagger1 / baseline);
        assertThat(tagger1).isPositive();
    }

    private static double measure(List<String> texts, ToIntFunction<String> work, int rounds) {
        long found = 0;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            for (String text : texts) {
                found += work.applyAsInt(text);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(found).isPositive();
        return rounds * texts.size() / seconds;
    }
}
