package io.newsflow.enrich;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Topic;
import io.newsflow.model.Topics;
import io.newsflow.runtime.config.CommonConfig;
import io.newsflow.runtime.streams.StreamsSettings;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrich stage: {@code news.raw} to {@code news.articles}, stateless, one record in, one record out.
 *
 * <p>A record that cannot be read (bytes that are not a {@link RawArticle}) or that enrichment throws on goes to
 * {@code news.dlq} through Kafka Streams' dead-letter queue, with {@code newsflow.stage = enrich}, and the stage goes
 * on with the next record; see {@link StreamsSettings}.
 */
public final class EnrichTopology {

    /** The value of the {@code newsflow.stage} header on this stage's dead letters. */
    public static final String STAGE = "enrich";

    static final String SOURCE = "enrich-read-raw";
    static final String SKIP_TOMBSTONES = "enrich-skip-tombstones";
    static final String ENRICH = "enrich-article";
    static final String SINK = "enrich-write-articles";

    private EnrichTopology() {
    }

    public static Topology buildTopology(EnrichConfig config) {
        return buildTopology(config, Enricher.create(config));
    }

    /** The topology around a given enricher, so that tests and tools share one set of loaded models. */
    public static Topology buildTopology(EnrichConfig config, Enricher enricher) {
        Topics topics = CommonConfig.topics(config);
        Topic<String, RawArticle> raw = topics.raw();
        Topic<String, EnrichedArticle> articles = topics.articles();

        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(raw.name(), Consumed.with(raw.keySerde(), raw.valueSerde()).withName(SOURCE))
                // a null value is a deletion marker; there is no article to enrich and nothing to delete downstream
                .filter((id, article) -> article != null, Named.as(SKIP_TOMBSTONES))
                .mapValues((RawArticle article) -> enricher.enrich(article), Named.as(ENRICH))
                .to(articles.name(), Produced.with(articles.keySerde(), articles.valueSerde()).withName(SINK));
        return builder.build();
    }

    public static Properties streamsConfig(EnrichConfig config) {
        Properties props = StreamsSettings.base(config, config.applicationId(), STAGE, Path.of(config.stateDir()));
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.threads());
        return props;
    }
}
