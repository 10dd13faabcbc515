package io.newsflow.ingest.read;

import java.util.Map;

/** What a format reader took out of one article: headline, body and header fields, before ids and sources. */
record ExtractedArticle(String title, String text, Map<String, String> metadata) {

    ExtractedArticle {
        metadata = Map.copyOf(metadata);
    }
}
