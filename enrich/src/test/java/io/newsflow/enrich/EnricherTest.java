package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.EntityMention;
import io.newsflow.model.PublishedAt;
import io.newsflow.model.RawArticle;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnricherTest {

    private static Enricher enricher;
    private static Map<String, EnrichedArticle> seeds;

    @BeforeAll
    static void enrichSeeds() {
        enricher = SharedEnricher.get();
        seeds = Seeds.all().stream()
                .collect(Collectors.toMap(raw -> raw.source().fileName().substring(0, 3), enricher::enrich));
    }

    @Test
    void shouldTellEverySeedIsEnglish() {
        assertThat(seeds.values()).allSatisfy(article -> assertThat(article.language().code()).isEqualTo("en"));
    }

    @Test
    void shouldTakeSeed001PublicationDateFromMetadataAndResolveTuesdayAfterIt() {
        EnrichedArticle article = seeds.get("001");

        assertThat(article.publishedAt()).isEqualTo(new PublishedAt("2025-02-17", PublishedAt.Origin.METADATA));
        int meet = article.text().indexOf("will meet in Saudi Arabia on Tuesday");
        assertThat(article.dates()).anySatisfy(date -> {
            assertThat(date.text()).isEqualTo("Tuesday");
            assertThat(date.value()).isEqualTo("2025-02-18");
            assertThat(date.start()).isGreaterThan(meet).isLessThan(meet + 40);
        });
    }

    @Test
    void shouldTakeSeed003PublicationDateFromItsPhotoCaptionThoughTheCaptionCreditIsCleanedAway() {
        EnrichedArticle article = seeds.get("003");

        assertThat(article.publishedAt()).isEqualTo(new PublishedAt("2025-02-18", PublishedAt.Origin.TEXT));
        assertThat(article.text()).doesNotContain("More from World", "\nReuters\n");
    }

    @Test
    void shouldGiveSpellingVariantsOfOneNameOneKey() {
        assertThat(keysOf("Sergei Lavrov", "001")).isEqualTo(keysOf("Sergey Lavrov", "004")).hasSize(1);
        assertThat(keysOf("Zelensky", "001")).isEqualTo(keysOf("Zelenskyy", "003")).hasSize(1);
    }

    @Test
    void shouldPointEveryOffsetIntoThePublishedText() {
        for (EnrichedArticle article : seeds.values()) {
            assertThat(article.dates()).allSatisfy(date ->
                    assertThat(article.text().substring(date.start(), date.end())).isEqualTo(date.text()));
            assertThat(article.entities()).allSatisfy(entity ->
                    assertThat(article.text().substring(entity.start(), entity.end())).isEqualTo(entity.text()));
        }
    }

    @Test
    void shouldFingerprintAndCountWordsOfThePublishedText() {
        EnrichedArticle article = seeds.get("003");

        assertThat(article.fingerprint().shingleSize()).isEqualTo(5);
        assertThat(article.fingerprint().minHash()).hasSize(128);
        assertThat(article.wordCount()).isEqualTo(Enricher.wordCount(article.text())).isBetween(400, 700);
        assertThat(Enricher.wordCount("U.S. talks -- in 2025, \"Riyadh\".")).isEqualTo(5);
    }

    @Test
    void shouldResolveRelativeDatesAgainstFallbackOnlyWhenTheArticleStatesNoDate() {
        RawArticle undated = new RawArticle("x", Seeds.named("001").source(), "Talks",
                "The ministers will meet on Tuesday.", Map.of(), List.of());
        RawArticle dated = Seeds.named("001");
        LocalDate fallback = LocalDate.of(2024, 6, 3);

        assertThat(enricher.enrich(undated, fallback).dates()).extracting("value").containsExactly("2024-06-04");
        assertThat(enricher.enrich(dated, fallback).publishedAt().value()).isEqualTo("2025-02-17");
    }

    @Test
    void shouldRefuseArticleWithoutText() {
        RawArticle empty = new RawArticle("x", null, null, null, Map.of(), List.of());

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> enricher.enrich(empty));

        assertThat(error.getMessage()).isEqualTo("article x has no text");
    }

    private static Set<String> keysOf(String name, String seed) {
        List<EntityMention> mentions = seeds.get(seed).entities();
        return mentions.stream().filter(entity -> entity.text().equals(name)).map(EntityMention::key)
                .collect(Collectors.toSet());
    }
}
