package io.newsflow.cli.stage;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.runtime.streams.StreamsStage;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.Topology;

/** Runs a Kafka Streams stage as a long-running process: the part {@code enrich} and {@code sink} share. */
final class StreamsCommandSupport {

    private StreamsCommandSupport() {
    }

    static int run(String name, Topology topology, Properties streamsProperties, Map<String, String> values)
            throws InterruptedException {
        PrometheusMeterRegistry registry = StageProcess.registry(name);
        StreamsStage stage = new StreamsStage(name, topology, streamsProperties);
        new KafkaStreamsMetrics(stage.streams()).bindTo(registry);
        stage.start();
        return StageProcess.serve(name, values, new Running(stage), registry);
    }

    private record Running(StreamsStage stage) implements StageProcess.RunningStage {

        @Override
        public boolean live() {
            return stage.isAlive();
        }

        @Override
        public boolean ready() {
            return stage.isReady();
        }

        @Override
        public String detail() {
            return stage.state().name();
        }

        @Override
        public Optional<Throwable> awaitTermination() throws InterruptedException {
            try {
                stage.awaitTermination();
                return Optional.empty();
            } catch (StreamsStage.StageFailedException e) {
                return Optional.of(e);
            }
        }

        @Override
        public void close() {
            stage.close();
        }
    }
}
