package io.newsflow.ingest;

import io.newsflow.ingest.read.ArticleReader;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One console line per interval while files are waiting: files and bytes done of total, rate, ETA; and one line
 * when the waiting files are all done. Silent while the inbox is idle.
 */
final class ProgressReporter implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);

    private final Supplier<IngestProgress> progress;
    private long lastNanos = System.nanoTime();
    private IngestProgress last = new IngestProgress(0, 0, 0, 0, 0, 0, 0);
    private long burstStartNanos;
    private IngestProgress burstStart;

    ProgressReporter(Supplier<IngestProgress> progress) {
        this.progress = progress;
    }

    @Override
    public synchronized void run() {
        long now = System.nanoTime();
        IngestProgress current = progress.get();
        if (current.filesWaiting() > 0 || current.filesDone() != last.filesDone()) {
            if (burstStart == null) {
                burstStart = last;
                burstStartNanos = lastNanos;
            }
            if (current.filesWaiting() > 0) {
                LOG.info(line(current, now));
            } else {
                LOG.info(summary(current, now));
                burstStart = null;
            }
        }
        last = current;
        lastNanos = now;
    }

    private String line(IngestProgress current, long now) {
        double seconds = Math.max(1e-3, (now - lastNanos) / 1e9);
        double filesPerSecond = (current.filesDone() - last.filesDone()) / seconds;
        double bytesPerSecond = (current.bytesDone() - last.bytesDone()) / seconds;
        String eta = filesPerSecond <= 0 ? "unknown" : duration(current.filesWaiting() / filesPerSecond);
        return String.format(Locale.ROOT,
                "Ingest: %,d of %,d files (%s of %s) %.0f%%, %,.0f files/s, %s/s, ETA %s; %,d failed, %,d duplicates",
                current.filesDone(), current.filesTotal(), ArticleReader.bytes(current.bytesDone()),
                ArticleReader.bytes(current.bytesTotal()), percent(current), filesPerSecond,
                ArticleReader.bytes((long) bytesPerSecond), eta, current.filesFailed(), current.duplicates());
    }

    private String summary(IngestProgress current, long now) {
        double seconds = Math.max(1e-3, (now - burstStartNanos) / 1e9);
        long files = current.filesDone() - burstStart.filesDone();
        long bytes = current.bytesDone() - burstStart.bytesDone();
        return String.format(Locale.ROOT,
                "Ingest: all %,d waiting files done (%s) in about %s, %,.0f files/s; %,d failed, %,d duplicates",
                files, ArticleReader.bytes(bytes), duration(seconds), files / seconds, current.filesFailed(),
                current.duplicates());
    }

    private static double percent(IngestProgress progress) {
        return progress.filesTotal() == 0 ? 100 : 100.0 * progress.filesDone() / progress.filesTotal();
    }

    private static String duration(double seconds) {
        long whole = Math.round(seconds);
        if (whole < 60) {
            return whole + " s";
        }
        return whole / 60 + " min " + whole % 60 + " s";
    }
}
