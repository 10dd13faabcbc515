package io.newsflow.runtime.streams;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A result that cannot be serialized is one bad record, so it goes to the dead-letter topic and processing goes on;
 * a failure to send is the broker's trouble, not the record's, so it stops the task as the default handler does.
 */
public class DeadLetterProductionHandler implements ProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private String stage;
    private String deadLetterTopic;

    @Override
    public void configure(Map<String, ?> configs) {
        stage = DeadLetters.stage(configs);
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? null : topic.toString();
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        return Response.fail();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        LOG.warn("Stage {} could not serialize the {} of a record for topic {} (source {}-{}@{}): {}",
                stage, origin.name().toLowerCase(java.util.Locale.ROOT), record.topic(),
                context.topic(), context.partition(), context.offset(), exception.toString());
        List<ProducerRecord<byte[], byte[]>> deadLetters = ExceptionHandlerUtils.maybeBuildDeadLetterQueueRecords(
                deadLetterTopic, context.sourceRawKey(), context.sourceRawValue(), context, exception);
        return Response.resume(DeadLetters.markStage(deadLetters, stage));
    }
}
