package io.newsflow.ingest.publish;

import io.newsflow.model.RawArticle;
import io.newsflow.model.Topic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends the articles of one file and tells, once the broker has answered for every one of them, which were
 * acknowledged and which it refused. Sending never waits for the answer, so many files are in flight at once and
 * batches fill; the caller applies the after-policy when the returned future completes.
 */
public final class ArticlePublisher implements AutoCloseable {

    private final Producer<String, RawArticle> producer;
    private final Topic<String, RawArticle> topic;

    /** The broker's answer for one file. */
    public record Outcome(List<RawArticle> acknowledged, List<String> refused, Exception retriable) {

        /** True when some record failed for a reason that may pass (broker down, timeout): keep the file. */
        public boolean shouldRetry() {
            return retriable != null;
        }
    }

    public ArticlePublisher(Map<String, Object> producerProperties, Topic<String, RawArticle> topic) {
        this.producer = new KafkaProducer<>(producerProperties, new StringSerializer(),
                topic.valueSerde().serializer());
        this.topic = topic;
    }

    public CompletableFuture<Outcome> publish(List<RawArticle> articles) {
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        AtomicInteger pending = new AtomicInteger(articles.size());
        List<RawArticle> acknowledged = Collections.synchronizedList(new ArrayList<>());
        List<String> refused = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Exception> retriable = new AtomicReference<>();
        for (RawArticle article : articles) {
            ProducerRecord<String, RawArticle> record = new ProducerRecord<>(topic.name(), null, article.id(),
                    article, SourceHeaders.of(article.source()));
            try {
                producer.send(record, (metadata, error) -> {
                    if (error == null) {
                        acknowledged.add(article);
                    } else if (isRefusal(error)) {
                        refused.add(refusalReason(article, error));
                    } else {
                        retriable.set(error);
                    }
                    if (pending.decrementAndGet() == 0) {
                        done.complete(new Outcome(List.copyOf(acknowledged), List.copyOf(refused), retriable.get()));
                    }
                });
            } catch (RuntimeException e) {
                // send() throws only when it cannot even queue the record (closed producer, serialization)
                done.completeExceptionally(e);
                return done;
            }
        }
        return done;
    }

    private static boolean isRefusal(Exception error) {
        return error instanceof RecordTooLargeException || error instanceof RecordBatchTooLargeException
                || error instanceof InvalidRecordException;
    }

    private static String refusalReason(RawArticle article, Exception error) {
        String what = article.title() == null ? "article " + article.id() : "article \"" + article.title() + "\"";
        if (error instanceof RecordTooLargeException || error instanceof RecordBatchTooLargeException) {
            return "the broker refused the " + what + ": the record (" + article.text().length()
                    + " characters of text) is larger than the producer or broker accepts"
                    + " (max.request.size, message.max.bytes): " + error.getMessage();
        }
        return "the broker refused the " + what + ": " + error.getMessage();
    }

    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
