package io.newsflow.runtime.streams;

import io.newsflow.model.DeadLetterHeaders;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes a record that cannot be read or processed to the dead-letter topic and lets the stage go on: Kafka
 * Streams' built-in dead-letter queue (KIP-1034) with the stage named in {@link DeadLetterHeaders#STAGE}.
 *
 * <p>The dead letter carries the source record's raw key, value, timestamp and headers, plus the headers of the
 * built-in queue (exception class, message, stack trace, source topic, partition, offset). It is written in the
 * same transaction as the task's output, so under {@code exactly_once_v2} a record lands either in the output or in
 * the dead-letter topic, once.
 *
 * <p>Configured through the Streams properties: {@link StreamsConfig#ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG}
 * names the topic and {@link #STAGE_CONFIG} the stage; {@link #install(Map, String, String)} sets them and
 * installs the handler for both kinds of failure.
 */
public class DeadLetterExceptionHandler implements DeserializationExceptionHandler, ProcessingExceptionHandler {

    /** Streams property naming the stage that writes the dead letters: ingest, enrich or sink. */
    public static final String STAGE_CONFIG = "newsflow.dead.letter.stage";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterExceptionHandler.class);

    private String topic;
    private byte[] stage;

    /** Installs this handler for unreadable and unprocessable records of a stage's Streams application. */
    public static void install(Map<Object, Object> streamsProperties, String deadLetterTopic, String stageName) {
        streamsProperties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterExceptionHandler.class);
        streamsProperties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterExceptionHandler.class);
        streamsProperties.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, deadLetterTopic);
        streamsProperties.put(STAGE_CONFIG, stageName);
    }

    @Override
    public void configure(Map<String, ?> configs) {
        topic = required(configs, StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        stage = required(configs, STAGE_CONFIG).getBytes(StandardCharsets.UTF_8);
    }

    private static String required(Map<String, ?> configs, String key) {
        Object value = configs.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new ConfigException(key, value, "the dead-letter handler needs it");
        }
        return value.toString();
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(
            ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        LOG.warn("Cannot read the record at {}-{}@{}; it goes to {}: {}",
                context.topic(), context.partition(), context.offset(), topic, exception.toString());
        return DeserializationExceptionHandler.Response.resume(deadLetter(context, exception));
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(
            ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        LOG.warn("Cannot process the record at {}-{}@{} in {}; it goes to {}: {}",
                context.topic(), context.partition(), context.offset(), context.processorNodeId(), topic,
                exception.toString());
        return ProcessingExceptionHandler.Response.resume(deadLetter(context, exception));
    }

    private List<ProducerRecord<byte[], byte[]>> deadLetter(ErrorHandlerContext context, Exception exception) {
        ProducerRecord<byte[], byte[]> letter = new ProducerRecord<>(
                topic, null, context.timestamp(), context.sourceRawKey(), context.sourceRawValue());
        for (Header header : context.headers()) {
            letter.headers().add(header);
        }
        letter.headers()
                .add(DeadLetterHeaders.STAGE, stage)
                .add(DeadLetterHeaders.EXCEPTION, utf8(exception.getClass().getName()))
                .add(DeadLetterHeaders.MESSAGE, utf8(String.valueOf(exception.getMessage())))
                .add(DeadLetterHeaders.STACKTRACE, utf8(stackTrace(exception)))
                .add(DeadLetterHeaders.TOPIC, utf8(String.valueOf(context.topic())))
                .add(DeadLetterHeaders.PARTITION, utf8(String.valueOf(context.partition())))
                .add(DeadLetterHeaders.OFFSET, utf8(String.valueOf(context.offset())));
        return List.of(letter);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static String stackTrace(Exception exception) {
        StringWriter trace = new StringWriter();
        try (PrintWriter writer = new PrintWriter(trace)) {
            exception.printStackTrace(writer);
        }
        return trace.toString();
    }
}
