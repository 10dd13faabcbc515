package io.newsflow.model;

/** The names of newsflow's topics; overridable by configuration, these are the defaults. */
public record TopicNames(String raw, String articles, String events, String dlq) {

    public static final String DEFAULT_RAW = "news.raw";
    public static final String DEFAULT_ARTICLES = "news.articles";
    public static final String DEFAULT_EVENTS = "news.events";
    public static final String DEFAULT_DLQ = "news.dlq";

    public static TopicNames defaults() {
        return new TopicNames(DEFAULT_RAW, DEFAULT_ARTICLES, DEFAULT_EVENTS, DEFAULT_DLQ);
    }
}
