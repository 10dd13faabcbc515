package io.newsflow.model;

import java.util.List;
import java.util.Map;

/**
 * One article as ingest read it from a file; the value of {@code news.raw}, keyed by {@link #id()}.
 *
 * @param id       lowercase hex SHA-256 of the normalized text (see {@link ArticleId})
 * @param source   the file it came from
 * @param title    the headline, if one was found (it may also stand at the start of {@code text})
 * @param text     the article body as read, after decoding and removal of page furniture
 * @param metadata header fields found in the file (date, url, author, ...), lowercase keys
 * @param warnings things a reader should know about the decoding, e.g. replacement characters
 */
public record RawArticle(
        String id,
        Source source,
        String title,
        String text,
        Map<String, String> metadata,
        List<String> warnings) {

    public RawArticle {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
