package io.newsflow.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.after.AfterPolicy;
import io.newsflow.ingest.after.FileMover;
import io.newsflow.ingest.after.Ledger;
import io.newsflow.ingest.publish.ArticlePublisher;
import io.newsflow.ingest.publish.ProducerSettings;
import io.newsflow.ingest.read.ArticleReader;
import io.newsflow.ingest.read.ReadResult;
import io.newsflow.ingest.read.Rejection;
import io.newsflow.ingest.read.RejectionKind;
import io.newsflow.ingest.watch.FileFilter;
import io.newsflow.ingest.watch.FoundFile;
import io.newsflow.ingest.watch.InboxScanner;
import io.newsflow.ingest.watch.InboxWatcher;
import io.newsflow.ingest.watch.StabilityTracker;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Topic;
import io.newsflow.runtime.config.CommonConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: watches the inbox, reads each complete file into articles, publishes them to the raw topic and,
 * only once the broker acknowledged all of a file's records, applies the after-policy. Files that cannot be read go
 * to the failed folder with a report. One thread watches, reads and sends; the broker's answers are handled on a
 * second thread, so many files are in flight at once.
 *
 * <p>Hand-off guarantee: a file leaves the inbox (moved, deleted, or recorded in the ledger) only after all its
 * records are acknowledged with {@code acks=all} by an idempotent producer. A crash in between leaves the file in the
 * inbox, so it is published again on restart with the same ids, which downstream drops. No file is lost, and no
 * marker is left behind that could block one.
 */
public final class IngestStage implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestStage.class);
    private static final int PERMIT_BURST = 64;

    private final IngestConfig config;
    private final Clock clock;
    private final Path inbox;
    private final AfterPolicy afterPolicy;
    private final FileFilter filter;
    private final InboxScanner scanner;
    private final StabilityTracker tracker;
    private final ArticleReader reader;
    private final IngestMetrics metrics;
    private final Path processedDir;
    private final Path failedDir;
    private final FileMover mover = new FileMover();
    /**
     * Work for the after-thread (finished files), drained in bursts: the broker acknowledges a whole batch of files
     * at once, and the after-thread is woken once for it, not once per file.
     */
    private final Queue<Runnable> afterWork = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean afterDrainScheduled = new AtomicBoolean();
    /**
     * In-flight permits freed on the after-thread, handed back per burst, so the watcher waiting for permits also
     * wakes once per burst. Touched only by the after-thread.
     */
    private int permitsToRelease;

    /** Files read and sent, not yet finished: never taken twice. */
    private final Map<Path, Taken> taken = new ConcurrentHashMap<>();
    /** Files finished whose after-action failed: not taken again in this run. */
    private final Set<Taken> stuck = ConcurrentHashMap.newKeySet();
    private final Set<Path> initialBacklog = ConcurrentHashMap.newKeySet();
    private final Set<Path> specialsReported = ConcurrentHashMap.newKeySet();
    private final Map<Path, FoundFile> lastLook = new HashMap<>();
    private final Semaphore inFlight;

    private volatile boolean running;
    private volatile boolean started;
    private volatile Instant oldestWaiting;
    private Ledger ledger;
    private ArticlePublisher publisher;
    private InboxWatcher watcher;
    private Thread watchThread;
    private ExecutorService readers;
    private ExecutorService afterExecutor;
    private ScheduledExecutorService progressExecutor;

    /** A file taken for reading, with the size and time it had when found stable. */
    private record Taken(Path path, String relative, long size, Instant modified) {
    }

    public IngestStage(IngestConfig config, Clock clock, MeterRegistry registry) {
        this.config = config;
        this.clock = clock;
        this.inbox = config.inboxDir();
        this.afterPolicy = config.afterPolicy();
        this.filter = new FileFilter(inbox, Set.of(config.processedDir(), config.failedDir(), config.dataDir()),
                config.ignoreSuffixes());
        this.scanner = new InboxScanner(inbox, filter);
        this.tracker = new StabilityTracker(clock, config.minFileAge());
        this.reader = new ArticleReader(config.maxFileBytes(), clock);
        this.metrics = new IngestMetrics(registry, clock, this::oldestWaiting);
        this.inFlight = new Semaphore(config.maxInFlightFiles());
        this.processedDir = config.processedDir();
        this.failedDir = config.failedDir();
    }

    /**
     * Checks folders, broker and topic, takes stock of the backlog and starts watching. Throws
     * {@link IngestStartupException} before touching any file if something is wrong.
     */
    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("the ingest stage was already started");
        }
        checkFolders();
        Topic<String, RawArticle> topic = CommonConfig.topics(config).raw();
        checkBroker(topic.name());
        ledger = Ledger.open(config.dataDir(), afterPolicy == AfterPolicy.KEEP ? this::stillInInbox : Ledger.Keep.ALL);
        publisher = new ArticlePublisher(ProducerSettings.of(config, "newsflow-ingest"), topic);
        afterExecutor = Executors.newSingleThreadExecutor(daemon("newsflow-ingest-after"));
        readers = Executors.newFixedThreadPool(config.readerThreads(), daemon("newsflow-ingest-reader"));
        // each folder is watched before the walk lists it: a file dropped during the walk is seen by one or the other
        watcher = new InboxWatcher(inbox);
        scanner.scan(inbox, watcher::register).forEach(found -> {
            if (consider(found)) {
                initialBacklog.add(found.path());
            }
        });
        IngestProgress backlog = metrics.progress();
        LOG.info("Ingest watching {} ({} policy): {} file(s), {} waiting at start", inbox,
                afterPolicy.configValue(), backlog.filesTotal(), ArticleReader.bytes(backlog.bytesTotal()));
        running = true;
        started = true;
        progressExecutor = Executors.newSingleThreadScheduledExecutor(daemon("newsflow-ingest-progress"));
        long interval = config.progressInterval().toMillis();
        progressExecutor.scheduleAtFixedRate(new ProgressReporter(metrics::progress), interval, interval,
                TimeUnit.MILLISECONDS);
        watchThread = new Thread(this::watchLoop, "newsflow-ingest-watcher");
        watchThread.start();
    }

    /**
     * Whether a kept file is still in the inbox as the ledger recorded it; looked at as the walks look (links not
     * followed), so the ledger keeps exactly the entries that stop a file from being taken again.
     */
    private boolean stillInInbox(String relative, long size, Instant modified) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(inbox.resolve(relative), BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.size() == size
                    && attributes.lastModifiedTime().toMillis() == modified.toEpochMilli();
        } catch (IOException e) {
            return false;
        }
    }

    /** True once every file present at start has been published or set aside as failed. */
    public boolean initialBacklogDone() {
        return started && initialBacklog.isEmpty();
    }

    public IngestProgress progress() {
        return metrics.progress();
    }

    /** Whether the folder is being watched: what the stage's health endpoint reports. */
    public boolean isWatching() {
        Thread thread = watchThread;
        return running && thread != null && thread.isAlive();
    }

    private Instant oldestWaiting() {
        Instant oldest = oldestWaiting;
        for (Taken file : taken.values()) {
            if (oldest == null || file.modified.isBefore(oldest)) {
                oldest = file.modified;
            }
        }
        return oldest;
    }

    private void checkFolders() {
        if (!Files.isDirectory(inbox)) {
            throw new IngestStartupException("the inbox " + inbox + " does not exist or is not a folder ("
                    + IngestConfig.INBOX_DIR + ")");
        }
        requireWritable(inbox, IngestConfig.INBOX_DIR);
        Map<Path, String> folders = new HashMap<>();
        folders.put(config.failedDir(), IngestConfig.FAILED_DIR);
        folders.put(config.dataDir(), IngestConfig.DATA_DIR);
        if (afterPolicy == AfterPolicy.MOVE) {
            folders.put(config.processedDir(), IngestConfig.PROCESSED_DIR);
        }
        folders.forEach((folder, key) -> {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new IngestStartupException("cannot create the folder " + folder + " (" + key + "): " + e, e);
            }
            requireWritable(folder, key);
        });
    }

    private static void requireWritable(Path folder, String key) {
        if (!Files.isWritable(folder)) {
            throw new IngestStartupException("the folder " + folder + " is not writable (" + key + ")");
        }
    }

    private void checkBroker(String topic) {
        long timeoutMs = config.startupTimeout().toMillis();
        Map<String, Object> props = new HashMap<>(CommonConfig.kafkaClientProperties(config));
        props.put("default.api.timeout.ms", (int) timeoutMs);
        props.put("request.timeout.ms", (int) Math.min(timeoutMs, 30_000));
        try (Admin admin = Admin.create(props)) {
            admin.describeTopics(List.of(topic)).allTopicNames().get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new IngestStartupException("the topic " + topic + " does not exist on "
                        + props.get(CommonConfig.BOOTSTRAP_SERVERS) + "; create it first", e.getCause());
            }
            throw new IngestStartupException("cannot reach the Kafka broker at "
                    + props.get(CommonConfig.BOOTSTRAP_SERVERS) + ": " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IngestStartupException("no answer from the Kafka broker at "
                    + props.get(CommonConfig.BOOTSTRAP_SERVERS) + " within " + timeoutMs + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IngestStartupException("interrupted while checking the Kafka broker", e);
        }
    }

    private void watchLoop() {
        long nextRescan = System.nanoTime() + config.rescanInterval().toNanos();
        while (running) {
            try {
                // first, so the backlog found at start is taken without waiting for the first poll
                takeStableFiles();
                InboxWatcher.Changes changes = watcher.poll(config.stabilityCheckInterval());
                for (Path path : changes.paths()) {
                    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                        if (filter.entersFolder(path)) {
                            scanner.scan(path, watcher::register).forEach(this::consider);
                        }
                    } else {
                        scanner.look(path).ifPresent(this::consider);
                    }
                }
                if (changes.overflow()) {
                    LOG.info("Ingest watch service lost events; walking the inbox at once");
                    metrics.watchOverflowed();
                }
                if (changes.overflow() || System.nanoTime() >= nextRescan) {
                    rescan();
                    nextRescan = System.nanoTime() + config.rescanInterval().toNanos();
                }
                lookAgainAtWaitingFiles();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // one failure (a folder that vanished mid-walk, a full disk) must not stop the watching
                LOG.error("Ingest watcher error; watching goes on", e);
            }
        }
    }

    private void rescan() {
        Set<Path> present = ConcurrentHashMap.newKeySet();
        // folders made while events were lost are watched from here on; a folder watched already keeps its watch
        for (FoundFile found : scanner.scan(inbox, watcher::register)) {
            present.add(found.path());
            consider(found);
        }
        for (Path waiting : tracker.tracked()) {
            if (!present.contains(waiting)) {
                vanishedWhileWaiting(waiting);
            }
        }
    }

    private void lookAgainAtWaitingFiles() {
        for (Path waiting : tracker.tracked()) {
            scanner.look(waiting).ifPresentOrElse(this::consider, () -> vanishedWhileWaiting(waiting));
        }
        oldestWaiting = tracker.oldestModified();
    }

    private void vanishedWhileWaiting(Path path) {
        metrics.unfound(tracker.forget(path));
        lastLook.remove(path);
        initialBacklog.remove(path);
    }

    /** Starts or continues tracking a found file; returns whether it is waiting to be taken. */
    private boolean consider(FoundFile found) {
        Path path = found.path();
        if (taken.containsKey(path)) {
            return false;
        }
        if (found.special()) {
            if (specialsReported.add(path)) {
                LOG.warn("Skipping {}: not a regular file (FIFO, socket or device); it is never opened", path);
            }
            return false;
        }
        if (afterPolicy == AfterPolicy.KEEP || !stuck.isEmpty()) {
            String relative = relative(path);
            if (afterPolicy == AfterPolicy.KEEP && ledger.contains(relative, found.size(), found.modified())) {
                return false;
            }
            if (stuck.contains(new Taken(path, relative, found.size(), found.modified()))) {
                return false;
            }
        }
        boolean known = tracker.isTracked(path);
        long delta = tracker.observe(path, found.size(), found.modified());
        lastLook.put(path, found);
        if (known) {
            metrics.grew(delta);
        } else {
            metrics.found(found.size());
        }
        return true;
    }

    private void takeStableFiles() throws InterruptedException {
        List<FoundFile> stable = new ArrayList<>();
        for (Path path : tracker.takeStable()) {
            stable.add(lastLook.remove(path));
        }
        stable.sort(Comparator.comparing(FoundFile::modified).thenComparing(FoundFile::path));
        for (FoundFile found : stable) {
            if (!running) {
                // not taken: found again by the next start's walk
                metrics.unfound(found.size());
                continue;
            }
            take(new Taken(found.path(), relative(found.path()), found.size(), found.modified()));
        }
    }

    private void take(Taken file) throws InterruptedException {
        while (!inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
            if (!running) {
                metrics.unfound(file.size);
                return;
            }
        }
        taken.put(file.path, file);
        readers.execute(() -> readAndSend(file));
    }

    private void readAndSend(Taken file) {
        if (!running) {
            // stopping: left in the inbox for the next start
            metrics.unfound(file.size);
            release(file);
            return;
        }
        ReadResult result;
        try {
            result = reader.read(inbox, file.path);
        } catch (RuntimeException | StackOverflowError e) {
            // a reader bug or a pathological document must cost one file, not the folder
            LOG.error("Unexpected error reading {}", file.relative, e);
            after(() -> fail(file, new Rejection(RejectionKind.MALFORMED, "the file could not be read: " + e)));
            return;
        }
        if (result.isRejected()) {
            after(() -> fail(file, result.rejection()));
            return;
        }
        long sentAt = System.nanoTime();
        publisher.publish(result.articles()).whenCompleteAsync(
                (outcome, error) -> published(file, result, outcome, error, System.nanoTime() - sentAt),
                this::after);
    }

    /** Runs a task on the after-thread, the only one that moves files and writes the ledger. */
    private void after(Runnable task) {
        afterWork.add(task);
        if (afterDrainScheduled.compareAndSet(false, true)) {
            afterExecutor.execute(this::drainAfterWork);
        }
    }

    private void drainAfterWork() {
        // cleared first: work added from here on schedules another drain, so none is left behind
        afterDrainScheduled.set(false);
        for (Runnable task = afterWork.poll(); task != null; task = afterWork.poll()) {
            try {
                task.run();
            } catch (RuntimeException e) {
                // e.g. a full disk under the ledger: one file's trouble, the others go on
                LOG.error("Ingest error while finishing a file", e);
            }
            if (permitsToRelease >= PERMIT_BURST) {
                releasePermits();
            }
        }
        try {
            ledger.flush();
        } catch (RuntimeException e) {
            LOG.error("Ingest could not write its ledger; files may be counted again after a restart", e);
        } finally {
            releasePermits();
        }
    }

    private void releasePermits() {
        inFlight.release(permitsToRelease);
        permitsToRelease = 0;
    }

    private void published(Taken file, ReadResult result, ArticlePublisher.Outcome outcome, Throwable error,
            long nanos) {
        try {
            if (error != null || outcome.shouldRetry()) {
                Throwable cause = error != null ? error : outcome.retriable();
                LOG.warn("Could not publish {}: {}; the file stays in the inbox and is tried again", file.relative,
                        cause.toString());
                metrics.unfound(file.size);
                return;
            }
            if (outcome.acknowledged().isEmpty()) {
                failNow(file, new Rejection(RejectionKind.REJECTED_BY_BROKER, String.join("; ", outcome.refused())));
                return;
            }
            List<String> problems = new ArrayList<>(result.partErrors());
            problems.addAll(outcome.refused());
            applyAfterPolicy(file, problems);
            List<String> ids = outcome.acknowledged().stream().map(RawArticle::id).toList();
            int seenBefore = ledger.countSeenBefore(ids);
            if (seenBefore > 0) {
                metrics.duplicates(seenBefore);
            }
            ledger.record(file.relative, file.size, file.modified, ids.stream().distinct().toList());
            metrics.ingested(file.size, outcome.acknowledged().size(), nanos);
            initialBacklog.remove(file.path);
            LOG.debug("Published {} ({} article(s))", file.relative, outcome.acknowledged().size());
        } finally {
            finished(file);
        }
    }

    private void applyAfterPolicy(Taken file, List<String> problems) {
        try {
            Path reportBeside = failedDir.resolve(file.relative);
            switch (afterPolicy) {
                case MOVE -> reportBeside = mover.moveInto(file.path, processedFolder(), file.relative);
                case DELETE -> Files.deleteIfExists(file.path);
                case KEEP -> {
                    // the ledger entry written by the caller is what keeps it from being taken again
                }
            }
            if (!problems.isEmpty()) {
                FileMover.writeReport(reportBeside, partReport(file, problems));
            }
        } catch (IOException e) {
            stuck.add(file);
            LOG.error("Published {} but could not apply the {} policy; it is not taken again until restart",
                    file.relative, afterPolicy.configValue(), e);
        }
    }

    private Path processedFolder() {
        return config.processedDateSubfolder()
                ? processedDir.resolve(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString())
                : processedDir;
    }

    private void fail(Taken file, Rejection rejection) {
        try {
            failNow(file, rejection);
        } finally {
            finished(file);
        }
    }

    private void failNow(Taken file, Rejection rejection) {
        initialBacklog.remove(file.path);
        if (!Files.exists(file.path, LinkOption.NOFOLLOW_LINKS)) {
            LOG.info("{} vanished before it could be read", file.relative);
            metrics.unfound(file.size);
            return;
        }
        metrics.failed(rejection.kind(), file.size);
        try {
            Path moved = mover.moveInto(file.path, failedDir, file.relative);
            FileMover.writeReport(moved, failureReport(file, rejection));
            LOG.warn("Failed {}: {} (moved to {})", file.relative, rejection.reason(), moved);
        } catch (IOException e) {
            stuck.add(file);
            LOG.error("Failed {}: {}; and could not move it to {}", file.relative, rejection.reason(),
                    failedDir, e);
        }
    }

    private void release(Taken file) {
        taken.remove(file.path);
        inFlight.release();
    }

    /** Like {@link #release}, on the after-thread: the permit goes back with the burst. */
    private void finished(Taken file) {
        taken.remove(file.path);
        permitsToRelease++;
    }

    private String failureReport(Taken file, Rejection rejection) {
        return "newsflow ingest could not turn this file into an article.\n\n"
                + header(file)
                + "Reason:   " + rejection.reason() + "\n"
                + "Kind:     " + rejection.kind().tag() + "\n";
    }

    private String partReport(Taken file, List<String> problems) {
        return "newsflow ingest published the readable articles of this file; these parts could not be read:\n\n"
                + header(file)
                + String.join("\n", problems) + "\n";
    }

    private String header(Taken file) {
        return "File:     " + file.relative + "\n"
                + "Size:     " + file.size + " bytes\n"
                + "Modified: " + file.modified + "\n"
                + "Taken:    " + clock.instant() + "\n";
    }

    private String relative(Path path) {
        List<String> names = new ArrayList<>();
        inbox.relativize(path).forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }

    @Override
    public synchronized void close() {
        if (!started) {
            return;
        }
        running = false;
        started = false;
        watcher.close();
        try {
            watchThread.join(TimeUnit.SECONDS.toMillis(30));
            readers.shutdown();
            if (!readers.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Ingest readers did not finish within 30 s; their files are taken again on restart");
            }
            publisher.flush();
            afterExecutor.shutdown();
            if (!afterExecutor.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Ingest stopped before every acknowledged file was moved; they are published again"
                        + " on restart");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            progressExecutor.shutdownNow();
            publisher.close();
            ledger.close();
        }
        LOG.info("Ingest stopped: {}", metrics.progress());
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
