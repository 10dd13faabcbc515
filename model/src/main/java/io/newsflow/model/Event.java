package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One real-world happening, however many outlets told it; the value of the compacted {@code news.events},
 * keyed by {@link #eventId()}. Each change is a new {@link #version()} of the whole event.
 *
 * @param mergedInto set only on an absorbed event: the id of the event that took its articles
 */
public record Event(
        String eventId,
        long version,
        String createdAt,
        String updatedAt,
        String headline,
        List<String> languages,
        List<EventDate> dates,
        List<EventEntity> entities,
        List<EventArticle> articles,
        int articleCount,
        String mergedInto) {

    public Event {
        languages = languages == null ? List.of() : List.copyOf(languages);
        dates = dates == null ? List.of() : List.copyOf(dates);
        entities = entities == null ? List.of() : List.copyOf(entities);
        articles = articles == null ? List.of() : List.copyOf(articles);
    }

    /** A date the event's articles mention, with how many of them mention it. */
    public record EventDate(String value, int articleCount) {
    }

    /** An entity the event's articles name, under its normalized key. */
    public record EventEntity(String key, String name, EntityType type, int articleCount) {
    }

    /** One article of the event and why it joined. */
    public record EventArticle(
            String articleId,
            String title,
            Source source,
            PublishedAt publishedAt,
            Language language,
            Relation relation,
            String duplicateOf,
            Score score) {
    }

    /** How an article relates to its event. */
    public enum Relation {
        /** The earliest original article by publication date. */
        @JsonProperty("first") FIRST,
        /** A syndicated or lightly edited copy of another article of the event. */
        @JsonProperty("near-duplicate") NEAR_DUPLICATE,
        /** A different article about the same happening. */
        @JsonProperty("related") RELATED
    }

    /** The evidence that put an article into its event, each part between 0 and 1. */
    public record Score(double text, double entities, double time, double total) {
    }
}
