package io.newsflow.sink;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Event;
import io.newsflow.model.Topics;
import io.newsflow.runtime.config.CommonConfig;
import io.newsflow.runtime.streams.StreamsSettings;
import java.nio.file.Path;
import io.newsflow.sink.cluster.ClusterSettings;
import io.newsflow.sink.cluster.StateSerdes;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * news.articles -> news.events, top to bottom:
 *
 * <ol>
 *   <li>{@value #READ_ARTICLES}: read enriched articles, keyed by article id, from as many partitions as the topic has;</li>
 *   <li>{@value #DROP_EXACT_DUPLICATES}: drop an id seen within the retention ({@value #SEEN_IDS_STORE});</li>
 *   <li>{@value #CLUSTERING_TOPIC}: all remaining articles through one partition, so one task sees them all;</li>
 *   <li>{@value #CLUSTER_ARTICLES}: place each article in an event, over the event store and its indexes;</li>
 *   <li>{@value #WRITE_EVENTS}: every new version of an event, keyed by event id, to the compacted events topic.</li>
 * </ol>
 *
 * Every store is changelogged, so a standby or a restarted task rebuilds the same state.
 */
public final class SinkTopology {

    public static final String STAGE = "sink";

    public static final String READ_ARTICLES = "read-articles";
    public static final String DROP_EXACT_DUPLICATES = "drop-exact-duplicates";
    public static final String CLUSTERING_TOPIC = "sink-clustering";
    public static final String CLUSTER_ARTICLES = "cluster-articles";
    public static final String WRITE_EVENTS = "write-events";

    public static final String SEEN_IDS_STORE = "sink-seen-ids";
    public static final String EVENTS_STORE = "sink-events";
    public static final String MEMBERS_STORE = "sink-event-members";
    public static final String ARTICLE_EVENTS_STORE = "sink-article-events";
    public static final String LSH_STORE = "sink-lsh-bands";
    public static final String FEATURE_STORE = "sink-feature-index";
    public static final String FREQUENCY_STORE = "sink-document-frequency";
    public static final String ACTIVITY_STORE = "sink-event-activity";

    private SinkTopology() {
    }

    public static Topology buildTopology(SinkConfig config) {
        Topics topics = CommonConfig.topics(config);
        Serde<String> strings = Serdes.String();
        Serde<EnrichedArticle> articles = topics.articles().valueSerde();
        Duration retention = Duration.ofMillis(config.getLong(SinkConfig.DEDUP_RETENTION_MS));
        ClusterSettings settings = config.clusterSettings();

        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(SEEN_IDS_STORE, retention, retention, false), strings, Serdes.Long()));
        builder.addStateStore(keyValueStore(EVENTS_STORE, StateSerdes.events()));
        builder.addStateStore(keyValueStore(MEMBERS_STORE, StateSerdes.members()));
        builder.addStateStore(keyValueStore(ARTICLE_EVENTS_STORE, strings));
        builder.addStateStore(keyValueStore(LSH_STORE, strings));
        builder.addStateStore(keyValueStore(FEATURE_STORE, strings));
        builder.addStateStore(keyValueStore(FREQUENCY_STORE, Serdes.Long()));
        builder.addStateStore(keyValueStore(ACTIVITY_STORE, strings));

        builder.stream(topics.articles().name(), Consumed.with(topics.articles().keySerde(), articles)
                        .withName(READ_ARTICLES))
                .process(() -> new ExactDuplicateFilter(SEEN_IDS_STORE, retention), Named.as(DROP_EXACT_DUPLICATES),
                        SEEN_IDS_STORE)
                .repartition(Repartitioned.<String, EnrichedArticle>as(CLUSTERING_TOPIC)
                        .withKeySerde(strings)
                        .withValueSerde(articles)
                        .withNumberOfPartitions(1))
                .process(() -> new ClusteringProcessor(settings), Named.as(CLUSTER_ARTICLES),
                        EVENTS_STORE, MEMBERS_STORE, ARTICLE_EVENTS_STORE, LSH_STORE, FEATURE_STORE, FREQUENCY_STORE,
                        ACTIVITY_STORE)
                .to(topics.events().name(), Produced.with(topics.events().keySerde(), topics.events().valueSerde())
                        .withName(WRITE_EVENTS));
        return builder.build();
    }

    /**
     * Streams properties: the Kafka client settings, exactly-once processing, standby replicas for the single
     * clustering task, and unreadable or unprocessable articles to the dead-letter topic with stage {@value #STAGE}.
     */
    public static Properties streamsConfig(SinkConfig config) {
        String stateDir = config.getString(SinkConfig.STATE_DIR);
        Path state = stateDir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir"), "newsflow-sink") : Path.of(stateDir);
        Properties props = StreamsSettings.base(config, config.getString(SinkConfig.APPLICATION_ID), STAGE, state);
        props.put(StreamsConfig.NUM_STANDBY_REPLICAS_CONFIG, config.getInt(SinkConfig.STANDBY_REPLICAS));
        return props;
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> keyValueStore(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values);
    }
}
