package io.newsflow.ingest.read;

/** Thrown inside the reader when a step finds the file unusable; {@link ArticleReader} turns it into a result. */
final class RejectedException extends Exception {

    private final transient Rejection rejection;

    RejectedException(RejectionKind kind, String reason) {
        super(reason, null, false, false);
        this.rejection = new Rejection(kind, reason);
    }

    Rejection rejection() {
        return rejection;
    }
}
