package io.newsflow.runtime.streams;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/** A record whose bytes cannot be read goes to the dead-letter topic, marked with the stage; processing goes on. */
public class DeadLetterDeserializationHandler extends LogAndContinueExceptionHandler {

    private String stage;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        stage = DeadLetters.stage(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        Response response = super.handleError(context, record, exception);
        DeadLetters.markStage(response.deadLetterQueueRecords(), stage);
        return response;
    }
}
