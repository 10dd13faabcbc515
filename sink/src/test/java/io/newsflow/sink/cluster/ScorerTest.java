package io.newsflow.sink.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.model.DateMention;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Event;
import io.newsflow.model.PublishedAt;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.fixtures.FixtureArticles;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final ToDoubleFunction<String> FLAT = feature -> 1.0;

    private final ClusterSettings settings = new SinkConfig(Map.of()).clusterSettings();
    private final Scorer scorer = new Scorer(settings);

    private EventState eventOf(Member... members) {
        return eventOf(FLAT, members);
    }

    private EventState eventOf(ToDoubleFunction<String> idf, Member... members) {
        EventState event = null;
        for (Member member : members) {
            Member placed = member.placed(null, null, List.of(), scorer.vector(member, idf));
            event = event == null ? EventState.open("e", "2025-02-17T09:00:00Z", 0, placed) : event.with(placed);
        }
        return event;
    }

    private Event.Score score(Member article, EventState event, ToDoubleFunction<String> idf) {
        return scorer.forArticle(article, idf).score(event, 0);
    }

    private static EnrichedArticle dated(EnrichedArticle article, PublishedAt publishedAt, List<DateMention> dates) {
        return new EnrichedArticle(article.id(), article.source(), article.title(), article.text(), article.metadata(),
                article.warnings(), article.language(), publishedAt, dates, article.entities(),
                article.fingerprint(), article.wordCount());
    }

    private static Member member(String seed, PublishedAt publishedAt, DateMention... dates) {
        return Member.of(dated(FixtureArticles.named(seed), publishedAt, List.of(dates)), 1);
    }

    private static PublishedAt file(String day) {
        return new PublishedAt(day, PublishedAt.Origin.FILE);
    }

    @Test
    void shouldLeaveTheSimilarityAsItIsGivenOnlyFileTimes() {
        Member story = member("000", file("2026-11-23"));
        Member other = member("002", file("2021-01-01"));

        Event.Score score = scorer.forArticle(other, FLAT).score(eventOf(story), 0);

        assertThat(score.total()).isCloseTo(score.text() + score.entities(), within(0.002));
        assertThat(score.time()).isEqualTo(0.5);
    }

    @Test
    void shouldLowerTheScoreGivenFarStatedDatesButNotRaiseItGivenCloseOnes() {
        Member story = member("000", new PublishedAt("2025-02-18", PublishedAt.Origin.METADATA));
        Member sameDay = member("002", new PublishedAt("2025-02-18T12:00:00Z", PublishedAt.Origin.TEXT));
        Member monthLater = member("002", new PublishedAt("2025-03-20", PublishedAt.Origin.TEXT));
        Member undated = member("002", file("2025-03-20"));

        Event.Score close = score(sameDay, eventOf(story), FLAT);
        Event.Score far = score(monthLater, eventOf(story), FLAT);
        Event.Score unknown = score(undated, eventOf(story), FLAT);

        assertThat(close.time()).isEqualTo(1.0);
        assertThat(far.time()).isZero();
        assertThat(close.total()).isEqualTo(unknown.total());
        assertThat(far.total()).isLessThan(unknown.total());
    }

    @Test
    void shouldTellStoriesApartByTheYearsTheyWriteOutNotByYearsResolvedFromFileTimes() {
        DateMention written2008 = new DateMention("December 15, 2008", "2008-12-15", "DATE", 0, 17);
        DateMention written2013 = new DateMention("in 2013", "2013", "DATE", 0, 7);
        DateMention resolved = new DateMention("Tuesday", "2026-11-17", "DATE", 0, 7);
        Member story = member("000", file("2026-11-23"), written2008);

        Member sameYear = member("002", file("2026-11-23"), written2008, written2013);
        Member otherYear = member("002", file("2026-11-23"), written2013);
        Member onlyWeekday = member("002", file("2026-11-23"), resolved);

        assertThat(onlyWeekday.years()).isEmpty();
        assertThat(score(sameYear, eventOf(story), FLAT).time()).isEqualTo(1.0);
        assertThat(score(otherYear, eventOf(story), FLAT).time()).isZero();
        assertThat(score(onlyWeekday, eventOf(story), FLAT).time()).isEqualTo(0.5);
    }

    @Test
    void shouldWeighARareSharedEntityAboveACommonOne() {
        Member story = Member.of(FixtureArticles.named("000"), 1);
        Member other = Member.of(FixtureArticles.named("002"), 2);

        ToDoubleFunction<String> rare = feature -> feature.equals(FeatureKeys.entity("diriyah")) ? 10.0 : 1.0;
        double rareCounts = score(other, eventOf(rare, story), rare).entities();
        double flat = score(other, eventOf(story), FLAT).entities();

        assertThat(rareCounts).isGreaterThan(flat);
    }

    @Test
    void shouldScoreAnArticleAgainstTheEventSummaryAsTheMeanOverItsArticles() {
        Member first = Member.of(FixtureArticles.named("000"), 1);
        Member second = Member.of(FixtureArticles.named("004"), 2);
        Member article = Member.of(FixtureArticles.named("002"), 3);

        double mean = (score(article, eventOf(first), FLAT).total() + score(article, eventOf(second), FLAT).total()) / 2;

        assertThat(score(article, eventOf(first, second), FLAT).total()).isCloseTo(mean, within(0.002));
    }

    @Test
    void shouldMatchASurnameAloneWithTheFullNameInAnotherArticle() {
        assertThat(FeatureKeys.surname("PERSON:TR RT")).isEqualTo("PERSON:RT");
        assertThat(FeatureKeys.surname("PERSON:RT")).isNull();
        assertThat(FeatureKeys.surname("LOCATION:los ANJLS")).isNull();
    }

    @Test
    void shouldScoreTwoEventsByTheMeanSimilarityOfTheirArticles() {
        EventState seeds = eventOf(Member.of(FixtureArticles.named("000"), 1), Member.of(FixtureArticles.named("002"), 2));
        EventState sameStory = eventOf(Member.of(FixtureArticles.named("004"), 3));
        EventState otherStory = eventOf(Member.of(FixtureArticles.named("102"), 4));

        assertThat(scorer.similarity(seeds, sameStory)).isGreaterThan(scorer.similarity(seeds, otherStory));
        assertThat(scorer.similarity(seeds, sameStory)).isCloseTo(scorer.similarity(sameStory, seeds), within(1e-9));
    }
}
