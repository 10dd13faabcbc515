package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newsflow.kafka.test.KafkaCluster;
import io.newsflow.kafka.test.KafkaClusterExtension;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Event;
import io.newsflow.model.Topics;
import io.newsflow.runtime.config.CommonConfig;
import io.newsflow.sink.fixtures.FixtureArticles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sink in a JVM of its own, killed with SIGKILL while it works through a stream of articles and started again on
 * the same state directory: exactly-once processing must leave every article in exactly one event, once, with each
 * event's versions rising as a reader of committed records sees them.
 */
@Tag("integration")
@ExtendWith(KafkaClusterExtension.class)
class SinkKillRestartIT {

    private static final int STORIES = 30;
    private static final int ARTICLES_PER_STORY = 4;

    @TempDir
    Path stateDir;

    @TempDir
    Path logs;

    @Test
    void shouldLoseNoArticleAndPlaceNoneTwiceGivenTheSinkKilledMidStream(KafkaCluster cluster) throws Exception {
        String articles = cluster.uniqueName("articles");
        String events = cluster.uniqueName("events");
        String dlq = cluster.uniqueName("dlq");
        cluster.createTopics(2, articles);
        cluster.createTopics(1, events, dlq);
        List<String> config = List.of(
                CommonConfig.BOOTSTRAP_SERVERS + "=" + cluster.bootstrapServers(),
                CommonConfig.TOPIC_ARTICLES + "=" + articles,
                CommonConfig.TOPIC_EVENTS + "=" + events,
                CommonConfig.TOPIC_DLQ + "=" + dlq,
                SinkConfig.APPLICATION_ID + "=" + cluster.uniqueName("sink"),
                SinkConfig.STATE_DIR + "=" + stateDir,
                SinkConfig.STANDBY_REPLICAS + "=0");
        Topics topics = CommonConfig.topics(new SinkConfig(Map.of(CommonConfig.BOOTSTRAP_SERVERS, "unused:9092")));
        List<EnrichedArticle> stream = articles();
        Set<String> sent = new HashSet<>();
        stream.forEach(article -> sent.add(article.id()));
        EventLog log = new EventLog(cluster.bootstrapServers(), events, topics);

        Process first = startSink(config);
        try {
            send(cluster.bootstrapServers(), articles, topics, stream.subList(0, stream.size() / 2));
            await().atMost(Duration.ofSeconds(90)).until(() -> log.poll().placed().size() >= 15);
        } finally {
            first.destroyForcibly().waitFor();
        }
        assertThat(log.placed()).as("killed before the first half was done").hasSizeLessThan(stream.size() / 2);
        send(cluster.bootstrapServers(), articles, topics, stream.subList(stream.size() / 2, stream.size()));

        Process second = startSink(config);
        try {
            await().atMost(Duration.ofSeconds(120)).until(() -> log.poll().placed().size() == sent.size());
        } finally {
            second.destroyForcibly().waitFor();
        }

        assertThat(log.placed()).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(log.placedTwice).isEmpty();
        assertThat(log.versionsOutOfOrder).isEmpty();
        log.close();
    }

    /** Stories of made-up words, each told by a few articles that share most of its words and none of the others'. */
    private static List<EnrichedArticle> articles() {
        SplittableRandom random = new SplittableRandom(7);
        List<EnrichedArticle> all = new ArrayList<>();
        for (int story = 0; story < STORIES; story++) {
            List<String> vocabulary = new ArrayList<>();
            for (int w = 0; w < 40; w++) {
                vocabulary.add(word(random));
            }
            String name = Character.toUpperCase(vocabulary.get(0).charAt(0)) + vocabulary.get(0).substring(1);
            for (int n = 0; n < ARTICLES_PER_STORY; n++) {
                StringBuilder text = new StringBuilder(name).append(" story ").append(story).append('\n');
                for (int w = 0; w < 120; w++) {
                    text.append(w % 15 == 0 ? name : vocabulary.get(random.nextInt(vocabulary.size())))
                            .append(w % 15 == 14 ? ".\n" : " ");
                }
                all.add(FixtureArticles.fromText("story-" + story + "-" + n + ".txt", text.toString(), "2025-02-18"));
            }
        }
        java.util.Collections.shuffle(all, new java.util.Random(11));
        return all;
    }

    private static String word(SplittableRandom random) {
        StringBuilder word = new StringBuilder();
        int length = 5 + random.nextInt(5);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static void send(String bootstrap, String topic, Topics topics, List<EnrichedArticle> batch) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new org.apache.kafka.common.serialization.ByteArraySerializer())) {
            for (EnrichedArticle article : batch) {
                producer.send(new ProducerRecord<>(topic, article.id(),
                        topics.articles().valueSerde().serializer().serialize(topic, article)));
            }
            producer.flush();
        }
    }

    private Process startSink(List<String> config) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                SinkProcess.class.getName()));
        command.addAll(config);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("sink.log").toFile())).start();
    }

    /** What a reader of committed event records holds: the latest version of each event, and what went wrong. */
    private static final class EventLog implements AutoCloseable {

        private final KafkaConsumer<String, Event> consumer;
        private final Map<String, Event> latest = new HashMap<>();
        final List<String> versionsOutOfOrder = new ArrayList<>();
        final List<String> placedTwice = new ArrayList<>();

        EventLog(String bootstrap, String topic, Topics topics) {
            consumer = new KafkaConsumer<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.GROUP_ID_CONFIG, "kill-test-reader-" + topic,
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    new StringDeserializer(), topics.events().valueSerde().deserializer());
            consumer.subscribe(List.of(topic));
        }

        EventLog poll() {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                Event before = latest.get(record.key());
                if (before != null && record.value().version() <= before.version()) {
                    versionsOutOfOrder.add(record.key() + " v" + before.version() + " then v" + record.value().version());
                }
                latest.put(record.key(), record.value());
            });
            return this;
        }

        /** Ids of the articles in live events; an id met twice is noted in {@link #placedTwice}. */
        List<String> placed() {
            List<String> ids = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            placedTwice.clear();
            latest.values().stream().filter(event -> event.mergedInto() == null)
                    .flatMap(event -> event.articles().stream())
                    .forEach(article -> {
                        if (!seen.add(article.articleId())) {
                            placedTwice.add(article.articleId());
                        }
                        ids.add(article.articleId());
                    });
            return ids;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
