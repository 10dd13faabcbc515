package io.newsflow.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.ingest.read.RejectionKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The stage's figures, as Micrometer meters for {@code /metrics} and as the counters behind {@link IngestProgress}.
 * Meter names start with {@code newsflow.ingest.}.
 */
final class IngestMetrics {

    private final AtomicLong filesDone = new AtomicLong();
    private final AtomicLong filesTotal = new AtomicLong();
    private final AtomicLong bytesDone = new AtomicLong();
    private final AtomicLong bytesTotal = new AtomicLong();
    private final AtomicLong filesFailed = new AtomicLong();
    private final AtomicLong articles = new AtomicLong();
    private final AtomicLong duplicateArticles = new AtomicLong();

    private final Counter ingested;
    private final Counter published;
    private final Counter duplicates;
    private final Counter bytes;
    private final Map<RejectionKind, Counter> failed = new EnumMap<>(RejectionKind.class);
    private final Timer publishLatency;
    private final Counter watchOverflows;

    IngestMetrics(MeterRegistry registry, Clock clock, Supplier<Instant> oldestWaiting) {
        ingested = Counter.builder("newsflow.ingest.files.ingested")
                .description("Files whose articles the broker acknowledged").register(registry);
        published = Counter.builder("newsflow.ingest.articles.published")
                .description("Articles acknowledged by the broker").register(registry);
        duplicates = Counter.builder("newsflow.ingest.articles.duplicate")
                .description("Articles whose id had been published before (re-dropped content)").register(registry);
        bytes = Counter.builder("newsflow.ingest.bytes").baseUnit("bytes")
                .description("Bytes of the files ingested").register(registry);
        for (RejectionKind kind : RejectionKind.values()) {
            failed.put(kind, Counter.builder("newsflow.ingest.files.failed").tag("reason", kind.tag())
                    .description("Files moved to the failed folder, by reason").register(registry));
        }
        publishLatency = Timer.builder("newsflow.ingest.publish.latency")
                .description("From sending a file's articles to the broker's acknowledgement of all of them")
                .register(registry);
        watchOverflows = Counter.builder("newsflow.ingest.watch.overflows")
                .description("Times the watch service lost events and the inbox was walked at once to make up")
                .register(registry);
        Gauge.builder("newsflow.ingest.backlog.files", this, metrics -> metrics.progress().filesWaiting())
                .description("Files found but not yet published or failed").register(registry);
        Gauge.builder("newsflow.ingest.backlog.oldest.age", oldestWaiting, supplier -> {
            Instant oldest = supplier.get();
            return oldest == null ? 0 : Math.max(0, Duration.between(oldest, clock.instant()).toMillis() / 1000.0);
        }).baseUnit("seconds").description("Age (by modification time) of the oldest file waiting")
                .register(registry);
    }

    void found(long size) {
        filesTotal.incrementAndGet();
        bytesTotal.addAndGet(size);
    }

    void watchOverflowed() {
        watchOverflows.increment();
    }

    void grew(long delta) {
        bytesTotal.addAndGet(delta);
    }

    /** A file found earlier that is no longer waiting and was not taken: it vanished, or will be found again. */
    void unfound(long size) {
        filesTotal.decrementAndGet();
        bytesTotal.addAndGet(-size);
    }

    void duplicates(int count) {
        duplicates.increment(count);
        duplicateArticles.addAndGet(count);
    }

    void ingested(long size, int articleCount, long publishNanos) {
        ingested.increment();
        published.increment(articleCount);
        bytes.increment(size);
        publishLatency.record(publishNanos, TimeUnit.NANOSECONDS);
        articles.addAndGet(articleCount);
        done(size);
    }

    void failed(RejectionKind kind, long size) {
        failed.get(kind).increment();
        filesFailed.incrementAndGet();
        done(size);
    }

    private void done(long size) {
        bytesDone.addAndGet(size);
        filesDone.incrementAndGet();
    }

    IngestProgress progress() {
        return new IngestProgress(filesDone.get(), filesTotal.get(), bytesDone.get(), bytesTotal.get(),
                filesFailed.get(), articles.get(), duplicateArticles.get());
    }
}
