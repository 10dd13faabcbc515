package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * When an article was published, and where that was learnt.
 *
 * @param value  ISO date ({@code 2025-02-17}) or UTC date-time
 * @param origin where the value came from
 */
public record PublishedAt(String value, Origin origin) {

    public enum Origin {
        /** A header line, JSON field, HTML meta tag, JSON-LD, time element or URL path. */
        @JsonProperty("metadata") METADATA,
        /** A dateline or a full date near the top of the text. */
        @JsonProperty("text") TEXT,
        /** The file's modification time: weak evidence. */
        @JsonProperty("file") FILE
    }
}
