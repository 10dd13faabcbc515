package io.newsflow.ingest.read;

import java.util.Objects;

/**
 * A file that cannot be turned into an article: the kind, for metrics, and the reason in words a person understands,
 * for the {@code .error.txt} beside the failed file.
 */
public record Rejection(RejectionKind kind, String reason) {

    public Rejection {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return kind.tag() + ": " + reason;
    }
}
