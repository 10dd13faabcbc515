package io.newsflow.ingest.read;

import java.util.Locale;

/** Why a file could not be turned into an article; a low-cardinality tag for metrics, the words are in the reason. */
public enum RejectionKind {
    EMPTY,
    BINARY,
    TOO_LARGE,
    UNDECODABLE,
    MALFORMED,
    NO_TEXT,
    UNREADABLE,
    VANISHED,
    UNSAFE_LINK,
    NOT_A_REGULAR_FILE,
    REJECTED_BY_BROKER;

    /** The tag value: {@code no_text}, {@code unsafe_link}, ... */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
