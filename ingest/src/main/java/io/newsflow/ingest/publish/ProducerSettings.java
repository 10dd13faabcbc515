package io.newsflow.ingest.publish;

import io.newsflow.runtime.config.CommonConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.AbstractConfig;

/**
 * The producer ingest publishes with. Batching defaults measured on this workload (5 KB articles): 256 KiB batches
 * and 10 ms linger reach about three times the records per second of the client defaults. Any {@code kafka.*} key
 * overrides them, except the two the hand-off guarantee rests on: idempotence and {@code acks=all}.
 */
public final class ProducerSettings {

    public static final int BATCH_SIZE = 262_144;
    public static final int LINGER_MS = 10;

    private ProducerSettings() {
    }

    public static Map<String, Object> of(AbstractConfig config, String clientId) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BATCH_SIZE_CONFIG, BATCH_SIZE);
        props.put(ProducerConfig.LINGER_MS_CONFIG, LINGER_MS);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.putAll(CommonConfig.kafkaClientProperties(config));
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return props;
    }
}
