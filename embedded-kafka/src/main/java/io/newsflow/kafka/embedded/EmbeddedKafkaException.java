package io.newsflow.kafka.embedded;

/** The embedded broker could not be formatted, started or reached. */
public final class EmbeddedKafkaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EmbeddedKafkaException(String message, Throwable cause) {
        super(message, cause);
    }
}
