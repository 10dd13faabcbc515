package io.newsflow.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.enrich.published.PublicationDateFinder;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A quick single-thread throughput figure for the tagger and the publication date finder on real article text
 * (the JMH benchmark is the nlp helper's). The machine is shared and noisy, so every figure comes with its ratio to
 * a baseline measured in the same run, interleaved with it: one regex pass for four-digit years over the same
 * texts. For comparison it also measures what the tagger did before it tried rules only around their triggers:
 * every rule's pattern scanned over the whole text (matching only, no resolving). Run on demand:
 * <pre>
 * mvn -B -q -pl enrich -am test -Dtest=TaggerThroughput -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dnewsflow.eval.timex=/work/shared/eval/timex-dev
 * </pre>
 */
@EnabledIfSystemProperty(named = "newsflow.eval.timex", matches = ".+")
class TaggerThroughput {

    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    private static final int TRIALS = 7;

    /** Enough work per trial that the timer's and the scheduler's jitter stay small against it. */
    private static final long TRIAL_NANOS = 400_000_000L;

    @Test
    void shouldPrintArticlesPerSecondAgainstBaseline() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> listing = Files.list(Path.of(System.getProperty("newsflow.eval.timex")))) {
            for (Path file : listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        TemporalTagger tagger = new TemporalTagger();
        PublicationDateFinder finder = new PublicationDateFinder(tagger);
        LocalDate reference = LocalDate.of(2009, 6, 1);
        List<Pattern> rulePatterns = TemporalTagger.rules().stream().map(Rule::pattern).toList();

        Map<String, ToIntFunction<String>> work = new LinkedHashMap<>();
        work.put("year-regex baseline", text -> count(YEAR, text));
        work.put("tagger", text -> tagger.tag(text, reference).size());
        work.put("publication date finder", text -> finder.find(article(text)) == null ? 0 : 1);
        work.put("all rules over the whole text", text -> rulePatterns.stream().mapToInt(p -> count(p, text)).sum());

        Map<String, double[]> rates = new LinkedHashMap<>();
        work.keySet().forEach(name -> rates.put(name, new double[TRIALS]));
        work.values().forEach(w -> measure(texts, w));
        for (int trial = 0; trial < TRIALS; trial++) {
            for (Map.Entry<String, ToIntFunction<String>> entry : work.entrySet()) {
                rates.get(entry.getKey())[trial] = measure(texts, entry.getValue());
            }
        }

        double baseline = median(rates.get("year-regex baseline"));
        System.out.printf("%d texts of %.0f characters on average; median of %d interleaved trials%n", texts.size(),
                texts.stream().mapToInt(String::length).average().orElse(0), TRIALS);
        rates.forEach((name, trials) -> System.out.printf("  %-32s %8.0f articles/s  ratio to baseline %.3f%n",
                name, median(trials), median(trials) / baseline));
        assertThat(median(rates.get("tagger"))).isPositive();
    }

    private static RawArticle article(String text) {
        Source source = new Source("a.txt", "a.txt", text.length(), null, "2009-06-02T00:00:00Z", "text/plain",
                "UTF-8");
        return new RawArticle("id", source, null, text, Map.of(), List.of());
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /** Articles per second over whole passes through the texts, for at least {@link #TRIAL_NANOS}. */
    private static double measure(List<String> texts, ToIntFunction<String> work) {
        long found = 0;
        long articles = 0;
        long start = System.nanoTime();
        long elapsed;
        do {
            for (String text : texts) {
                found += work.applyAsInt(text);
            }
            articles += texts.size();
            elapsed = System.nanoTime() - start;
        } while (elapsed < TRIAL_NANOS);
        assertThat(found).isPositive();
        return articles / (elapsed / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
