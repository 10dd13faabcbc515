package io.newsflow.sink;

import io.newsflow.runtime.config.CommonConfig;
import io.newsflow.sink.cluster.ClusterSettings;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/** Configuration of the sink stage: the shared keys plus dedup retention, clustering thresholds and weights. */
public final class SinkConfig extends AbstractConfig {

    public static final String GROUP = "Sink";

    public static final String APPLICATION_ID = "sink.application.id";
    public static final String STATE_DIR = "sink.state.dir";
    public static final String STANDBY_REPLICAS = "sink.standby.replicas";
    public static final String DEDUP_RETENTION_MS = "sink.dedup.retention.ms";
    public static final String EVENT_IDLE_MS = "sink.event.idle.ms";
    public static final String NEAR_DUPLICATE_CONTAINMENT = "sink.near.duplicate.containment";
    public static final String JOIN_THRESHOLD = "sink.join.threshold";
    public static final String MERGE_THRESHOLD = "sink.merge.threshold";
    public static final String WEIGHT_ENTITIES = "sink.weight.entities";
    public static final String WEIGHT_TIME = "sink.weight.time";
    public static final String TIME_SCALE_DAYS = "sink.time.scale.days";
    public static final String LSH_ROWS_PER_BAND = "sink.lsh.rows.per.band";
    public static final String CANDIDATE_KEYS = "sink.candidates.keys";
    public static final String CANDIDATE_EVENTS = "sink.candidates.max";

    /** The definition of every key the sink reads, shared keys first. */
    public static final ConfigDef CONFIG_DEF = define();

    public SinkConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    private static ConfigDef define() {
        ConfigDef def = CommonConfig.define();
        int order = 0;
        def.define(APPLICATION_ID, Type.STRING, "newsflow-sink", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                "Kafka Streams application id: names the consumer group, the state directories and the internal "
                        + "topics (the repartition topic and the changelogs).",
                GROUP, ++order, Width.MEDIUM, "Application id");
        def.define(STATE_DIR, Type.STRING, "", Importance.MEDIUM,
                "Directory of the local state stores; empty means the Kafka Streams default under the temp dir.",
                GROUP, ++order, Width.LONG, "State directory");
        def.define(STANDBY_REPLICAS, Type.INT, 1, Range.atLeast(0), Importance.MEDIUM,
                "Standby replicas of each state store (num.standby.replicas): a second sink process keeps a warm "
                        + "copy of the clustering state and takes over in seconds.",
                GROUP, ++order, Width.SHORT, "Standby replicas");
        def.define(DEDUP_RETENTION_MS, Type.LONG, Duration.ofDays(30).toMillis(), Range.atLeast(1), Importance.MEDIUM,
                "How long an article id is remembered for exact-duplicate detection, in milliseconds (30 days).",
                GROUP, ++order, Width.MEDIUM, "Seen-id retention");
        def.define(EVENT_IDLE_MS, Type.LONG, Duration.ofDays(7).toMillis(), Range.atLeast(1), Importance.MEDIUM,
                "An event that took no article for this long (in stream time, milliseconds) stops taking articles "
                        + "and leaves the candidate indexes; it stays on the events topic (7 days).",
                GROUP, ++order, Width.MEDIUM, "Event idle window");
        def.define(NEAR_DUPLICATE_CONTAINMENT, Type.DOUBLE, 0.5, Range.between(0.0, 1.0), Importance.MEDIUM,
                "Estimated share of the shorter article's word 5-shingles found in the other article at or above "
                        + "which the two are near-duplicates.",
                GROUP, ++order, Width.SHORT, "Near-duplicate containment");
        def.define(JOIN_THRESHOLD, Type.DOUBLE, 0.14, Range.between(0.0, 1.0), Importance.MEDIUM,
                "Mean similarity of an article to the articles of an event (rarity-weighted cosine of words and "
                        + "entity keys, lowered by conflicting dates) at or above which it joins the event as related.",
                GROUP, ++order, Width.SHORT, "Join threshold");
        def.define(MERGE_THRESHOLD, Type.DOUBLE, 0.18, Range.between(0.0, 1.0), Importance.MEDIUM,
                "Mean similarity over the pairs of articles of two events at or above which the event an article "
                        + "just joined takes the other one in.",
                GROUP, ++order, Width.SHORT, "Merge threshold");
        def.define(WEIGHT_ENTITIES, Type.DOUBLE, 1.0, Range.between(0.0, 10.0), Importance.LOW,
                "Weight of an entity key against a content word of the same rarity in an article's vector.",
                GROUP, ++order, Width.SHORT, "Entity weight");
        def.define(WEIGHT_TIME, Type.DOUBLE, 0.5, Range.between(0.0, 1.0), Importance.LOW,
                "Share by which conflicting dates lower the similarity of an article to an event: stated "
                        + "publication dates further apart than sink.time.scale.days, else written years none of which "
                        + "the other side writes. Agreeing dates raise nothing (stories of one week share them), and a "
                        + "file modification time is no evidence.",
                GROUP, ++order, Width.SHORT, "Time weight");
        def.define(TIME_SCALE_DAYS, Type.INT, 7, Range.atLeast(1), Importance.LOW,
                "Most days between two stated publication dates that still agree.",
                GROUP, ++order, Width.SHORT, "Time scale");
        def.define(LSH_ROWS_PER_BAND, Type.INT, 2, Range.between(1, 16), Importance.LOW,
                "MinHash values per LSH band; fewer rows find copies with less overlap but retrieve more candidates.",
                GROUP, ++order, Width.SHORT, "LSH rows per band");
        def.define(CANDIDATE_KEYS, Type.INT, 12, Range.atLeast(1), Importance.LOW,
                "How many of an article's rarest entity keys and terms are used to look up candidate events.",
                GROUP, ++order, Width.SHORT, "Lookup keys");
        def.define(CANDIDATE_EVENTS, Type.INT, 20, Range.atLeast(1), Importance.LOW,
                "At most this many candidate events are scored per article: the cost of one article is bounded by "
                        + "it, not by the number of events held.",
                GROUP, ++order, Width.SHORT, "Candidate events");
        return def;
    }

    public ClusterSettings clusterSettings() {
        return new ClusterSettings(
                getDouble(NEAR_DUPLICATE_CONTAINMENT),
                getDouble(JOIN_THRESHOLD),
                getDouble(MERGE_THRESHOLD),
                getDouble(WEIGHT_ENTITIES),
                getDouble(WEIGHT_TIME),
                getInt(TIME_SCALE_DAYS),
                getInt(LSH_ROWS_PER_BAND),
                getInt(CANDIDATE_KEYS),
                getInt(CANDIDATE_EVENTS),
                getLong(EVENT_IDLE_MS));
    }
}
