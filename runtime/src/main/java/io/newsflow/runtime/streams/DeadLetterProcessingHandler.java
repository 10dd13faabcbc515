package io.newsflow.runtime.streams;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/** A record a processor throws on goes to the dead-letter topic, marked with the stage; processing goes on. */
public class DeadLetterProcessingHandler extends LogAndContinueProcessingExceptionHandler {

    private String stage;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        stage = DeadLetters.stage(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        Response response = super.handleError(context, record, exception);
        DeadLetters.markStage(response.deadLetterQueueRecords(), stage);
        return response;
    }
}
