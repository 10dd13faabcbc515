package io.newsflow.ingest;

/** Start-up found something that would make ingest fail later: a folder missing or read-only, no broker, no topic. */
public final class IngestStartupException extends RuntimeException {

    public IngestStartupException(String message) {
        super(message);
    }

    public IngestStartupException(String message, Throwable cause) {
        super(message, cause);
    }
}
