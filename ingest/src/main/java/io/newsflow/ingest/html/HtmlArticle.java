package io.newsflow.ingest.html;

import java.util.Map;

/**
 * The article a web page holds: its headline, its main text (paragraphs separated by a blank line) and what the page
 * states about itself (dates, canonical url, author, language), lowercase keys.
 */
public record HtmlArticle(String title, String text, Map<String, String> metadata) {

    public HtmlArticle {
        metadata = Map.copyOf(metadata);
    }
}
