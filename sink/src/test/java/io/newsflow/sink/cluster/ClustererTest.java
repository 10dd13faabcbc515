package io.newsflow.sink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Event;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.fixtures.FixtureArticles;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClustererTest {

    private static final long MONDAY = 1_739_750_400_000L;

    private final MapClusterStore store = new MapClusterStore();
    private final Clusterer clusterer = new Clusterer(new SinkConfig(Map.of()).clusterSettings(), store);
    private final Map<String, Event> latest = new HashMap<>();

    private List<Event> add(EnrichedArticle article, long at) {
        List<Event> emitted = clusterer.add(article, at);
        emitted.forEach(event -> latest.put(event.eventId(), event));
        return emitted;
    }

    private List<Event> live() {
        return latest.values().stream().filter(event -> event.mergedInto() == null).toList();
    }

    private static String fileOf(Event.EventArticle article) {
        return article.source().fileName().substring(0, 3);
    }

    @Test
    void shouldGroupTheFiveSeedsWithTheWireCopiesMarked() {
        for (String seed : List.of("000", "001", "002", "003", "004")) {
            add(FixtureArticles.named(seed), MONDAY);
        }

        assertThat(live()).hasSize(1);
        Event event = live().get(0);
        Map<String, Event.EventArticle> byFile = new HashMap<>();
        event.articles().forEach(article -> byFile.put(fileOf(article), article));
        assertThat(event.articleCount()).isEqualTo(5);
        assertThat(byFile.get("001").relation()).isEqualTo(Event.Relation.FIRST);
        assertThat(byFile.get("003").relation()).isEqualTo(Event.Relation.NEAR_DUPLICATE);
        assertThat(byFile.get("003").duplicateOf()).isEqualTo(byFile.get("001").articleId());
        assertThat(List.of("000", "002", "004")).allSatisfy(
                seed -> assertThat(byFile.get(seed).relation()).isEqualTo(Event.Relation.RELATED));
        assertThat(event.headline()).isEqualTo(FixtureArticles.named("001").title());
        assertThat(event.articles()).allSatisfy(article -> assertThat(article.score()).isNotNull());
        assertThat(event.entities()).extracting(Event.EventEntity::key).contains("riyadh", "lavrov");
    }

    @Test
    void shouldMarkTheEarlierCopyAsOriginalGivenTheCopyArrivedFirst() {
        add(FixtureArticles.named("003"), MONDAY);
        List<Event> emitted = add(FixtureArticles.named("001"), MONDAY + 1000);

        Event event = emitted.get(0);
        assertThat(event.articles()).extracting(ClustererTest::fileOf, Event.EventArticle::relation)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("001", Event.Relation.FIRST),
                        org.assertj.core.groups.Tuple.tuple("003", Event.Relation.NEAR_DUPLICATE));
    }

    @Test
    void shouldKeepStoriesOfOtherEventsOfTheSameWeekApart() {
        for (String seed : List.of("000", "001", "002", "003", "004", "101", "102", "103", "104")) {
            add(FixtureArticles.named(seed), MONDAY);
        }

        assertThat(live()).hasSize(5);
        assertThat(live()).filteredOn(event -> event.articleCount() == 5).hasSize(1);
    }

    @Test
    void shouldNeverMoveUpdatedAtBackGivenRecordsOutOfTimeOrder() {
        add(FixtureArticles.named("000"), MONDAY + 5_000);
        Event event = add(FixtureArticles.named("002"), MONDAY).get(0);

        assertThat(event.version()).isEqualTo(2);
        assertThat(event.createdAt()).isEqualTo(Instant.ofEpochMilli(MONDAY + 5_000).toString());
        assertThat(event.updatedAt()).isEqualTo(event.createdAt());
    }

    @Test
    void shouldDateAMergedEventFromTheEarlierOfTheTwo() {
        EnrichedArticle plane = FixtureArticles.named("101");
        EnrichedArticle pope = FixtureArticles.named("102");
        add(plane, MONDAY + 5_000);
        add(pope, MONDAY);

        Event merged = add(FixtureArticles.fromText("digest.txt", plane.text() + "\n" + pope.text(), "2025-02-18"),
                MONDAY + 1_000).get(0);

        assertThat(merged.articleCount()).isEqualTo(3);
        assertThat(merged.createdAt()).isEqualTo(Instant.ofEpochMilli(MONDAY).toString());
        assertThat(merged.updatedAt()).isEqualTo(Instant.ofEpochMilli(MONDAY + 5_000).toString());
    }

    @Test
    void shouldAddNothingGivenAnArticleAlreadyHeld() {
        add(FixtureArticles.named("000"), MONDAY);

        assertThat(add(FixtureArticles.named("000"), MONDAY + 1)).isEmpty();
    }

    @Test
    void shouldMergeTwoEventsGivenAnArticleThatCopiesBoth() {
        EnrichedArticle plane = FixtureArticles.named("101");
        EnrichedArticle pope = FixtureArticles.named("102");
        EnrichedArticle digest = FixtureArticles.fromText("digest.txt", plane.text() + "\n" + pope.text(),
                "2025-02-18");
        String planeEvent = add(plane, MONDAY).get(0).eventId();
        String popeEvent = add(pope, MONDAY).get(0).eventId();

        List<Event> emitted = add(digest, MONDAY + 1000);

        assertThat(emitted).hasSize(2);
        assertThat(emitted.get(0).eventId()).isEqualTo(planeEvent);
        assertThat(emitted.get(0).version()).isEqualTo(2);
        assertThat(emitted.get(0).articleCount()).isEqualTo(3);
        assertThat(emitted.get(1).eventId()).isEqualTo(popeEvent);
        assertThat(emitted.get(1).mergedInto()).isEqualTo(planeEvent);
        assertThat(emitted.get(1).version()).isEqualTo(2);
        assertThat(store.events).containsOnlyKeys(planeEvent);
        assertThat(store.features).noneMatch(entry -> entry.endsWith(popeEvent));
    }

    @Test
    void shouldRetireIdleEventsFromTheIndexesSoANewStoryOpensANewEvent() {
        String first = add(FixtureArticles.named("000"), MONDAY).get(0).eventId();
        long later = MONDAY + Duration.ofDays(8).toMillis();

        assertThat(clusterer.expire(later)).isEqualTo(1);
        assertThat(store.features).isEmpty();
        assertThat(store.bands).isEmpty();
        List<Event> emitted = add(FixtureArticles.named("002"), later);
        assertThat(emitted.get(0).eventId()).isNotEqualTo(first);
        assertThat(emitted.get(0).version()).isEqualTo(1);
    }

    @Test
    void shouldKeepAnActiveEventWhenExpiring() {
        add(FixtureArticles.named("000"), MONDAY);

        assertThat(clusterer.expire(MONDAY + Duration.ofDays(6).toMillis())).isZero();
        assertThat(store.events).hasSize(1);
    }

    @Test
    void shouldListEveryArticleOnceWithVersionsRising() {
        List<Event> all = new ArrayList<>();
        for (String seed : List.of("004", "003", "002", "001", "000")) {
            all.addAll(add(FixtureArticles.named(seed), MONDAY));
        }
        assertThat(all).extracting(Event::version).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(live().get(0).articles()).extracting(Event.EventArticle::articleId).doesNotHaveDuplicates();
    }
}
