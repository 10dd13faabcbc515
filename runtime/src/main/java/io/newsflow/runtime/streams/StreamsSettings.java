package io.newsflow.runtime.streams;

import io.newsflow.runtime.config.CommonConfig;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Streams properties every stage shares: the brokers and client settings, exactly-once processing, and
 * dead-lettering of poison records marked with the stage name. A stage adds its own keys on top.
 */
public final class StreamsSettings {

    /** Streams configuration key naming the stage in dead letters; Kafka Streams hands it to the handlers. */
    public static final String STAGE_CONFIG = DeadLetters.STAGE_CONFIG;

    private StreamsSettings() {
    }

    public static Properties base(AbstractConfig config, String applicationId, String stage, Path stateDir) {
        Properties props = new Properties();
        props.putAll(CommonConfig.kafkaClientProperties(config));
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, CommonConfig.topics(config).dlq().name());
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        props.put(DeadLetters.STAGE_CONFIG, stage);
        return props;
    }
}
