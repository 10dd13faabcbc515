package io.newsflow.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link TrigramDetector} must give what Lingua's own low-accuracy detector gives, only faster. */
class TrigramDetectorTest {

    private static TrigramDetector fast;
    private static LanguageDetector lingua;

    @BeforeAll
    static void build() {
        fast = new TrigramDetector(Set.copyOf(Language.allSpokenOnes()));
        lingua = LanguageDetectorBuilder.fromAllSpokenLanguages().withLowAccuracyMode().build();
    }

    @Test
    void shouldGiveLinguasLanguageAndMarginOnSentencesAndSeeds() throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = TrigramDetectorTest.class.getResourceAsStream("/langid/sentences.tsv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#"))
                    .map(line -> line.substring(line.indexOf('\t') + 1))
                    .forEach(sentence -> {
                        texts.add(sentence);
                        // a few words only: where low accuracy is least sure, so margins are close
                        texts.add(sentence.substring(0, Math.min(sentence.length(), 25)));
                    });
        }
        try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
            for (Path seed : seeds.toList()) {
                String text = Files.readString(seed, StandardCharsets.UTF_8);
                texts.add(text.substring(0, Math.min(text.length(), 1000)));
            }
        }
        texts.add("Dolor ipsam et est cumque. Laboriosam sed delectus rerum sint qui natus tenetur ea.");
        texts.add("12:45 — ...");

        for (String text : texts) {
            Optional<TrigramDetector.Guess> guess = fast.detect(text);
            SortedMap<Language, Double> values = lingua.computeLanguageConfidenceValues(text);
            if (values.isEmpty()) {
                assertThat(guess).as(text).isEmpty();
                continue;
            }
            Iterator<Map.Entry<Language, Double>> ranked = values.entrySet().iterator();
            Map.Entry<Language, Double> best = ranked.next();
            double margin = ranked.hasNext() ? 1.0 - ranked.next().getValue() / best.getValue() : 1.0;
            assertThat(guess).as(text).isPresent();
            assertThat(guess.get().language()).as(text).isEqualTo(best.getKey());
            assertThat(guess.get().margin()).as(text).isCloseTo(margin, within(1e-4));
        }
    }
}
