package io.newsflow.enrich.dates;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemporalTaggerTest {

    private static final LocalDate MONDAY = LocalDate.of(2025, 2, 17);

    private final TemporalTagger tagger = new TemporalTagger();

    @Test
    void shouldResolveFutureWeekdayToTheNextDayGivenWillAfterMonday() {
        List<DateMention> dates = tagger.tag("Diplomats will meet in Saudi Arabia on Tuesday for talks.", MONDAY);

        assertThat(dates).extracting(DateMention::text, DateMention::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tuesday", "2025-02-18"));
    }
}
