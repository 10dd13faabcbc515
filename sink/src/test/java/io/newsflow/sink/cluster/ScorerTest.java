package io.newsflow.sink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Event;
import io.newsflow.model.PublishedAt;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.fixtures.FixtureArticles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private final ClusterSettings settings = new SinkConfig(Map.of()).clusterSettings();
    private final Scorer scorer = new Scorer(settings);

    private static EventState eventOf(Member member) {
        return EventState.open("e", "t", 0, member.placed(null, null, List.of(), feature -> 1.0));
    }

    private static EnrichedArticle dated(EnrichedArticle article, PublishedAt publishedAt) {
        return new EnrichedArticle(article.id(), article.source(), article.title(), article.text(), article.metadata(),
                article.warnings(), article.language(), publishedAt, article.dates(), article.entities(),
                article.fingerprint(), article.wordCount());
    }

    @Test
    void shouldLeaveTimeOutOfTheTotalGivenOnlyFileTimes() {
        Member story = Member.of(dated(FixtureArticles.named("000"), new PublishedAt("2026-11-23", PublishedAt.Origin.FILE)), 1);
        Member other = Member.of(dated(FixtureArticles.named("002"), new PublishedAt("2021-01-01", PublishedAt.Origin.FILE)), 2);

        Event.Score score = scorer.score(other, eventOf(story), feature -> 1.0, 0);

        double expected = (settings.textWeight() * score.text() + settings.entityWeight() * score.entities())
                / (settings.textWeight() + settings.entityWeight());
        assertThat(score.total()).isCloseTo(expected, org.assertj.core.api.Assertions.within(0.002));
        assertThat(score.time()).isZero();
    }

    @Test
    void shouldScoreTimeByTheGapBetweenStatedDates() {
        Member story = Member.of(dated(FixtureArticles.named("000"), new PublishedAt("2025-02-18", PublishedAt.Origin.METADATA)), 1);
        Member sameDay = Member.of(dated(FixtureArticles.named("002"), new PublishedAt("2025-02-18T12:00:00Z", PublishedAt.Origin.TEXT)), 2);
        Member monthLater = Member.of(dated(FixtureArticles.named("002"), new PublishedAt("2025-03-20", PublishedAt.Origin.TEXT)), 3);

        assertThat(scorer.score(sameDay, eventOf(story), feature -> 1.0, 0).time()).isEqualTo(1.0);
        Event.Score late = scorer.score(monthLater, eventOf(story), feature -> 1.0, 0);
        assertThat(late.time()).isZero();
        assertThat(late.total()).isLessThan(scorer.score(sameDay, eventOf(story), feature -> 1.0, 0).total());
    }

    @Test
    void shouldWeighARareSharedEntityAboveACommonOne() {
        Member story = Member.of(FixtureArticles.named("000"), 1);
        Member copy = Member.of(FixtureArticles.named("002"), 2);

        double rareCounts = scorer.score(copy, eventOf(story),
                feature -> feature.equals(FeatureKeys.entity("diriyah")) ? 10.0 : 1.0, 0).entities();
        double flat = scorer.score(copy, eventOf(story), feature -> 1.0, 0).entities();

        assertThat(rareCounts).isGreaterThan(flat);
    }
}
