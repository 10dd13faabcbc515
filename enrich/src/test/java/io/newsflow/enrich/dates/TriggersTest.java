package io.newsflow.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TriggersTest {

    private static final Path SEEDS = Path.of("..", "seeds");

    /** Expressions of every rule, in every case, with the odd spacing and punctuation the rules allow. */
    private static final String VARIETY = """
            On the 18th of February, 2025 and February 18th, 2025 at 10:30 p.m. (GMT +8:00), in March 2009,
            on 12/31/2009 and 31.12.2009, in the 1990's and the '80s, since '09, 2025-02-18T09:30:45.123+03:00.
            Earlier today, YESTERDAY evening and this morning, last Monday morning, earlier in the next week,
            later in the beginning of the year, the first week of January, 2009, earlier in that very day,
            last January, more than a couple of days ago, some twenty-one years from now, the 1st fiscal quarter
            of the previous fiscal year, Q1 2009, Q3-09, the first half of the previous year, this spring of 2009,
            in the distant past, in the near future, at present, these days, so far, 1030 UTC, at noon,
            upwards of a couple of and a half straight years-long, the past twenty-one and a half extra days,
            more than a couple of days from now, January of the following year, about 2.5-year, over the years, in recent
            decades, every day, annually. The seven-day week, a Dozen Months, Sept. 4, Jan. 5 and
            10 am, 9 p.m. UTC, 11:45 GMT-5, on   Tuesday
            or   Wednesday\tnight; until the end of the month.""";

    private final List<Rule> rules = TemporalTagger.rules();
    private final Triggers triggers = new Triggers(rules);

    @Test
    void shouldFindWhatAScanOfTheWholeTextFindsGivenGoldenAndSeedTexts() throws IOException {
        List<String> texts = new ArrayList<>(List.of(VARIETY));
        try (InputStream in = getClass().getResourceAsStream("/dates/tagger-golden.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    texts.add(Json.mapper().readTree(line).get("text").asText());
                }
            }
        }
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.sorted().toList()) {
                texts.add(Files.readString(seed, StandardCharsets.UTF_8));
            }
        }

        for (String text : texts) {
            Triggers.Index index = triggers.index(text);
            for (int order = 0; order < rules.size(); order++) {
                Rule rule = rules.get(order);
                assertThat(triggered(index, order, rule, text)).as("rule %s in %.60s", rule.name(), text)
                        .isEqualTo(scanned(rule, text));
            }
        }
    }

    @Test
    void shouldFindEveryRuleInTheVarietyText() {
        Triggers.Index index = triggers.index(VARIETY);
        for (int order = 0; order < rules.size(); order++) {
            assertThat(triggered(index, order, rules.get(order), VARIETY)).as(rules.get(order).name()).isNotEmpty();
        }
    }

    @Test
    void shouldTriggerOnWordsWhateverTheirCaseButNotInsideLongerWords() {
        int weekday = rules.stream().map(Rule::name).toList().indexOf("weekday");

        assertThat(triggers.index("on MONDAY, then on tuesday").triggers(weekday)).isTrue();
        assertThat(triggers.index("Mondays, Tuesdayish, and Mondayé").triggers(weekday)).isFalse();
    }

    private static List<String> scanned(Rule rule, String text) {
        List<String> spans = new ArrayList<>();
        Matcher matcher = rule.pattern().matcher(text);
        while (matcher.find()) {
            spans.add(matcher.start() + "-" + matcher.end());
        }
        return spans;
    }

    private static List<String> triggered(Triggers.Index index, int order, Rule rule, String text) {
        List<String> spans = new ArrayList<>();
        Matcher matcher = rule.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        index.forEachStart(order, (start, reachEnd) -> {
            if (!matcher.region(start, reachEnd).lookingAt()) {
                return -1;
            }
            spans.add(matcher.start() + "-" + matcher.end());
            return matcher.end();
        });
        return spans;
    }
}
