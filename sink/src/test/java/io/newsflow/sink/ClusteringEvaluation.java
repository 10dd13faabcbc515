package io.newsflow.sink;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Event;
import io.newsflow.model.Json;
import io.newsflow.model.TopicNames;
import io.newsflow.model.Topics;
import io.newsflow.sink.fixtures.FixtureArticles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * Runs a batch of enriched articles through the sink topology and writes the current version of every event as
 * JSON lines, for {@code score.py clustering}. Not a test: run it by hand (see the sink README section).
 *
 * <p>Arguments: {@code INPUT ORDER OUTPUT [key=value ...]}. INPUT is a JSON-lines file of EnrichedArticle records,
 * or a folder of {@code .txt} files enriched by the test stand-in {@link FixtureArticles}; ORDER is {@code name}
 * (by source file name) or {@code shuffle:SEED}; the optional pairs override sink configuration keys. From the
 * repository root:
 * <pre>
 * mvn -B -q -pl sink -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp "sink/target/test-classes:sink/target/classes:$(cat sink/target/cp.txt)" \
 *     io.newsflow.sink.ClusteringEvaluation ARTICLES.jsonl shuffle:1 events.jsonl
 * python3 score.py clustering clustering-dev/gold.tsv events.jsonl
 * </pre>
 * ARTICLES.jsonl comes from {@code newsflow analyze clustering-dev > ARTICLES.jsonl}.
 */
public final class ClusteringEvaluation {

    private ClusteringEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: ClusteringEvaluation INPUT(.jsonl|folder) name|shuffle:SEED OUTPUT [key=value ...]");
            System.exit(2);
        }
        List<EnrichedArticle> articles = read(Path.of(args[0]));
        order(articles, args[1]);
        Map<String, String> overrides = new TreeMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            overrides.put(pair[0], pair[1]);
        }
        Path stateDir = Files.createTempDirectory("sink-eval");
        long started = System.nanoTime();
        Map<String, Event> events = run(articles, stateDir, overrides);
        double seconds = (System.nanoTime() - started) / 1e9;
        try (BufferedWriter out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
            for (Event event : events.values()) {
                out.write(Json.mapper().writeValueAsString(event));
                out.newLine();
            }
        }
        long live = events.values().stream().filter(event -> event.mergedInto() == null).count();
        System.out.printf("%d articles in order %s -> %d live events (%d records) in %.1f s%n",
                articles.size(), args[1], live, events.size(), seconds);
    }

    /** The latest version of every event after the articles went through the topology in the given order. */
    static Map<String, Event> run(List<EnrichedArticle> articles, Path stateDir, Map<String, String> overrides) {
        Map<String, String> values = new TreeMap<>(overrides);
        values.put("bootstrap.servers", "unused:9092");
        values.put(SinkConfig.STATE_DIR, stateDir.toString());
        SinkConfig config = new SinkConfig(values);
        Properties props = SinkTopology.streamsConfig(config);
        Topics topics = Topics.defaults();
        Map<String, Event> latest = new TreeMap<>();
        try (TopologyTestDriver driver = new TopologyTestDriver(SinkTopology.buildTopology(config), props)) {
            TestInputTopic<String, EnrichedArticle> input = driver.createInputTopic(TopicNames.DEFAULT_ARTICLES,
                    new StringSerializer(), topics.articles().valueSerde().serializer());
            TestOutputTopic<String, Event> output = driver.createOutputTopic(TopicNames.DEFAULT_EVENTS,
                    new StringDeserializer(), topics.events().valueSerde().deserializer());
            Instant at = Instant.parse("2025-02-17T00:00:00Z");
            for (EnrichedArticle article : articles) {
                input.pipeInput(article.id(), article, at);
                at = at.plusSeconds(1);
                output.readValuesToList().forEach(event -> latest.merge(event.eventId(), event,
                        (before, after) -> after.version() > before.version() ? after : before));
            }
        }
        return latest;
    }

    static List<EnrichedArticle> read(Path input) throws IOException {
        if (Files.isDirectory(input)) {
            return new ArrayList<>(FixtureArticles.fromFolder(input, "2026-11-23"));
        }
        List<EnrichedArticle> articles = new ArrayList<>();
        for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                articles.add(Json.mapper().readValue(line.substring(line.indexOf('{')), EnrichedArticle.class));
            }
        }
        return articles;
    }

    static void order(List<EnrichedArticle> articles, String order) {
        articles.sort(Comparator.comparing((EnrichedArticle article) -> article.source().fileName()));
        if (order.startsWith("shuffle:")) {
            Collections.shuffle(articles, new Random(Long.parseLong(order.substring("shuffle:".length()))));
        } else if (!order.equals("name")) {
            throw new IllegalArgumentException("order must be name or shuffle:SEED, not " + order);
        }
    }
}
