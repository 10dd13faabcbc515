package io.newsflow.runtime.config;

import io.newsflow.model.TopicNames;
import io.newsflow.model.Topics;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/**
 * The keys every stage shares: where the broker is, what the topics are called, and Kafka client settings passed
 * through. Each stage's own config adds its keys to a {@link ConfigDef} made by {@link #define()}.
 */
public final class CommonConfig {

    public static final String GROUP = "Kafka";

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    private static final String BOOTSTRAP_SERVERS_DOC =
            "Kafka brokers to connect to, host:port[,host:port...]. `newsflow run` starts an embedded broker when unset.";

    public static final String TOPIC_RAW = "topic.raw";
    public static final String TOPIC_ARTICLES = "topic.articles";
    public static final String TOPIC_EVENTS = "topic.events";
    public static final String TOPIC_DLQ = "topic.dlq";

    public static final String TOPIC_PARTITIONS = "topic.partitions";
    public static final String TOPIC_REPLICATION_FACTOR = "topic.replication.factor";

    public static final String DATA_DIR = "data.dir";
    private static final String DATA_DIR_DOC = "Folder for everything a process keeps between runs: the embedded "
            + "broker's log (kafka/), the Streams state stores (state/), the ingest ledger.";

    /** Keys under this prefix go to the Kafka clients unchanged but for the prefix: {@code kafka.sasl.mechanism}. */
    public static final String KAFKA_CLIENT_PREFIX = "kafka.";

    private CommonConfig() {
    }

    /** A new definition holding the shared keys. */
    public static ConfigDef define() {
        ConfigDef def = new ConfigDef();
        int order = 0;
        def.define(BOOTSTRAP_SERVERS, Type.STRING, "", Importance.HIGH, BOOTSTRAP_SERVERS_DOC,
                GROUP, ++order, Width.LONG, "Bootstrap servers");
        order = defineTopic(def, TOPIC_RAW, TopicNames.DEFAULT_RAW, "articles as read from files", order);
        order = defineTopic(def, TOPIC_ARTICLES, TopicNames.DEFAULT_ARTICLES, "enriched articles", order);
        order = defineTopic(def, TOPIC_EVENTS, TopicNames.DEFAULT_EVENTS, "events (compacted)", order);
        order = defineTopic(def, TOPIC_DLQ, TopicNames.DEFAULT_DLQ, "records a stage could not process", order);
        def.define(TOPIC_PARTITIONS, Type.INT, 3, ConfigDef.Range.atLeast(1), Importance.MEDIUM,
                "Partitions of each topic newsflow creates; enrich scales out to this many instances.",
                GROUP, ++order, Width.SHORT, "Partitions");
        def.define(TOPIC_REPLICATION_FACTOR, Type.SHORT, (short) 1, ConfigDef.Range.between(1, Short.MAX_VALUE),
                Importance.MEDIUM, "Replication factor of each topic newsflow creates (3 on a three-broker cluster).",
                GROUP, ++order, Width.SHORT, "Replication factor");
        def.define(DATA_DIR, Type.STRING, "data", new ConfigDef.NonEmptyString(), Importance.MEDIUM, DATA_DIR_DOC,
                "Process", 1, Width.LONG, "Data folder");
        return def;
    }

    private static int defineTopic(ConfigDef def, String key, String defaultName, String what, int order) {
        def.define(key, Type.STRING, defaultName, new ConfigDef.NonEmptyString(), Importance.LOW,
                "Name of the topic of " + what + ".", GROUP, order + 1, Width.MEDIUM, key);
        return order + 1;
    }

    public static java.nio.file.Path dataDir(AbstractConfig config) {
        return java.nio.file.Path.of(config.getString(DATA_DIR));
    }

    public static Topics topics(AbstractConfig config) {
        return Topics.named(new TopicNames(
                config.getString(TOPIC_RAW),
                config.getString(TOPIC_ARTICLES),
                config.getString(TOPIC_EVENTS),
                config.getString(TOPIC_DLQ)));
    }

    /**
     * Properties for any Kafka client: {@code bootstrap.servers} plus every {@code kafka.*} key with the prefix
     * removed, so TLS and SASL settings reach the clients without code.
     */
    public static Map<String, Object> kafkaClientProperties(AbstractConfig config) {
        Map<String, Object> props = new HashMap<>(config.originalsWithPrefix(KAFKA_CLIENT_PREFIX, true));
        props.put(BOOTSTRAP_SERVERS, requireBootstrapServers(config));
        return props;
    }

    public static String requireBootstrapServers(AbstractConfig config) {
        String servers = config.getString(BOOTSTRAP_SERVERS);
        if (servers == null || servers.isBlank()) {
            throw new org.apache.kafka.common.config.ConfigException(BOOTSTRAP_SERVERS, servers,
                    "no Kafka broker given: set --bootstrap-servers or NEWSFLOW_BOOTSTRAP_SERVERS");
        }
        return servers;
    }
}
