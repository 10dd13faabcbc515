package io.newsflow.runtime.streams;

import io.newsflow.model.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;

/**
 * What our dead-letter handlers share: Kafka Streams builds the dead-letter record with its
 * {@code __streams.errors.*} headers (KIP-1034); we add the name of the stage that gave up on it.
 */
final class DeadLetters {

    /** Streams configuration key naming the stage; Kafka Streams hands unknown keys to the handlers' configure. */
    static final String STAGE_CONFIG = "newsflow.stage";

    private DeadLetters() {
    }

    static String stage(Map<String, ?> configs) {
        Object stage = configs.get(STAGE_CONFIG);
        if (stage == null || stage.toString().isBlank()) {
            throw new ConfigException(STAGE_CONFIG, stage, "a dead-letter handler needs the stage name");
        }
        return stage.toString();
    }

    static List<ProducerRecord<byte[], byte[]>> markStage(List<ProducerRecord<byte[], byte[]>> records, String stage) {
        byte[] name = stage.getBytes(StandardCharsets.UTF_8);
        records.forEach(record -> record.headers().remove(DeadLetterHeaders.STAGE).add(DeadLetterHeaders.STAGE, name));
        return records;
    }
}
