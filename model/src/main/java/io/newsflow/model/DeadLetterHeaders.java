package io.newsflow.model;

/**
 * Header names on records of the dead-letter topic. The {@code __streams.errors.*} names are those of the Kafka
 * Streams built-in dead-letter queue (KIP-1034), so one consumer reads dead letters from every stage alike.
 */
public final class DeadLetterHeaders {

    /** Which newsflow stage gave up on the record: ingest, enrich or sink. */
    public static final String STAGE = "newsflow.stage";
    public static final String EXCEPTION = "__streams.errors.exception";
    public static final String MESSAGE = "__streams.errors.message";
    public static final String STACKTRACE = "__streams.errors.stacktrace";
    public static final String TOPIC = "__streams.errors.topic";
    public static final String PARTITION = "__streams.errors.partition";
    public static final String OFFSET = "__streams.errors.offset";

    private DeadLetterHeaders() {
    }
}
