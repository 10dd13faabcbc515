package io.newsflow.sink;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Event;
import io.newsflow.sink.cluster.ClusterSettings;
import io.newsflow.sink.cluster.Clusterer;
import java.time.Duration;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single clustering task: hands each article to the {@link Clusterer} over the task's state stores and
 * forwards every event version it returns, keyed by event id. Once an hour of stream time it retires idle events.
 */
final class ClusteringProcessor implements Processor<String, EnrichedArticle, String, Event> {

    private static final Logger LOG = LoggerFactory.getLogger(ClusteringProcessor.class);
    private static final Duration EXPIRY_INTERVAL = Duration.ofHours(1);

    private final ClusterSettings settings;
    private ProcessorContext<String, Event> context;
    private Clusterer clusterer;

    ClusteringProcessor(ClusterSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(ProcessorContext<String, Event> context) {
        this.context = context;
        this.clusterer = new Clusterer(settings, new StoreBackedClusterStore(
                context.getStateStore(SinkTopology.EVENTS_STORE),
                context.getStateStore(SinkTopology.MEMBERS_STORE),
                context.getStateStore(SinkTopology.ARTICLE_EVENTS_STORE),
                context.getStateStore(SinkTopology.LSH_STORE),
                context.getStateStore(SinkTopology.FEATURE_STORE),
                context.getStateStore(SinkTopology.FREQUENCY_STORE),
                context.getStateStore(SinkTopology.ACTIVITY_STORE)));
        context.schedule(EXPIRY_INTERVAL, PunctuationType.STREAM_TIME, now -> {
            int expired = clusterer.expire(now);
            if (expired > 0) {
                LOG.info("Retired {} event(s) idle for more than {}", expired, Duration.ofMillis(settings.eventIdleMillis()));
            }
        });
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        if (article == null) {
            return;
        }
        if (article.id() == null || article.id().isBlank()) {
            throw new IllegalArgumentException("article under key " + record.key() + " has no id");
        }
        for (Event event : clusterer.add(article, record.timestamp())) {
            context.forward(new Record<>(event.eventId(), event, record.timestamp()));
        }
    }
}
