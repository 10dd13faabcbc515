package io.newsflow.sink;

import io.newsflow.model.EnrichedArticle;
import java.time.Duration;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Drops an article whose id was seen within the retention: the same text dropped twice, or re-published by ingest
 * after a crash. Runs per input partition (articles are keyed by id), ahead of the single clustering task.
 */
final class ExactDuplicateFilter implements Processor<String, EnrichedArticle, String, EnrichedArticle> {

    private final String storeName;
    private final long retentionMillis;
    private ProcessorContext<String, EnrichedArticle> context;
    private WindowStore<String, Long> seen;
    private Sensor duplicates;

    ExactDuplicateFilter(String storeName, Duration retention) {
        this.storeName = storeName;
        this.retentionMillis = retention.toMillis();
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.seen = context.getStateStore(storeName);
        this.duplicates = context.metrics().addRateTotalSensor("newsflow-sink", "exact-duplicates", "dropped",
                Sensor.RecordingLevel.INFO, "task-id", context.taskId().toString());
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        if (article == null) {
            return;
        }
        String id = article.id() != null ? article.id() : record.key();
        if (id == null) {
            throw new IllegalArgumentException("an article without id, key or id field, cannot be deduplicated");
        }
        long at = record.timestamp();
        try (WindowStoreIterator<Long> earlier = seen.fetch(id, at - retentionMillis, at + retentionMillis)) {
            if (earlier.hasNext()) {
                duplicates.record();
                return;
            }
        }
        seen.put(id, at, at);
        context.forward(record.withKey(id));
    }
}
