package io.newsflow.model;

import java.util.List;
import java.util.Map;

/**
 * An article with everything enrich learnt about it; the value of {@code news.articles}, keyed by {@link #id()}.
 * The first six fields are those of {@link RawArticle}; {@code text} is the cleaned text all offsets refer to.
 */
public record EnrichedArticle(
        String id,
        Source source,
        String title,
        String text,
        Map<String, String> metadata,
        List<String> warnings,
        Language language,
        PublishedAt publishedAt,
        List<DateMention> dates,
        List<EntityMention> entities,
        Fingerprint fingerprint,
        int wordCount) {

    public EnrichedArticle {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        dates = dates == null ? List.of() : List.copyOf(dates);
        entities = entities == null ? List.of() : List.copyOf(entities);
    }
}
