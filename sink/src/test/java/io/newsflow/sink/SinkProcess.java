package io.newsflow.sink;

import io.newsflow.runtime.streams.StreamsStage;
import java.util.HashMap;
import java.util.Map;

/**
 * The sink topology alone in its own JVM, for tests that kill it: {@code SinkProcess key=value ...} with sink
 * configuration keys. Runs until the process is killed or the stage fails.
 */
public final class SinkProcess {

    private SinkProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            values.put(pair[0], pair[1]);
        }
        SinkConfig config = new SinkConfig(values);
        try (StreamsStage stage = new StreamsStage(SinkTopology.STAGE, SinkTopology.buildTopology(config),
                SinkTopology.streamsConfig(config))) {
            stage.start();
            System.out.println("sink started");
            stage.awaitTermination();
        }
    }
}
