package io.newsflow.kafka.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@Tag("integration")
@ExtendWith(KafkaClusterExtension.class)
class ExactlyOnceStreamsIT {

    @TempDir
    Path stateDir;

    @Test
    void shouldShowTransformedRecordsToAReadCommittedConsumerGivenExactlyOnceV2(KafkaCluster cluster) throws Exception {
        String input = cluster.uniqueName("eos-in");
        String output = cluster.uniqueName("eos-out");
        cluster.createTopics(2, input, output);

        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input, Consumed.with(Serdes.String(), Serdes.String()).withName("read-input"))
                .mapValues(value -> value.toUpperCase(Locale.ROOT), Named.as("upper-case"))
                .to(output, Produced.with(Serdes.String(), Serdes.String()).withName("write-output"));

        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, cluster.uniqueName("eos-app"));
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, cluster.bootstrapServers());
        config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());

        try (KafkaStreams streams = new KafkaStreams(builder.build(), config)) {
            streams.start();
            TestRecords.produce(cluster.bootstrapServers(), input, Map.of("a", "first", "b", "second"));

            assertThat(TestRecords.consume(cluster.bootstrapServers(), output, 2, IsolationLevel.READ_COMMITTED))
                    .containsOnly(Map.entry("a", "FIRST"), Map.entry("b", "SECOND"));
            streams.close(Duration.ofSeconds(10));
        }
    }
}
