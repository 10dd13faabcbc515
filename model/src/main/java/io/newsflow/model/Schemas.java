package io.newsflow.model;

/**
 * Class-path resource names of the JSON Schemas (draft 2020-12) of the records that cross topics, for consumers
 * that validate what they read or publish them. Each schema is self-contained: it references nothing outside itself.
 */
public final class Schemas {

    /** Schema of {@link RawArticle}, the value of {@code news.raw}. */
    public static final String RAW_ARTICLE = "schemas/raw-article.schema.json";
    /** Schema of {@link EnrichedArticle}, the value of {@code news.articles}. */
    public static final String ENRICHED_ARTICLE = "schemas/enriched-article.schema.json";
    /** Schema of {@link Event}, the value of {@code news.events}. */
    public static final String EVENT = "schemas/event.schema.json";

    private Schemas() {
    }
}
