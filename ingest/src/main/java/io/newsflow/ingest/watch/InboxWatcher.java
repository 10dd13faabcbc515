package io.newsflow.ingest.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file-system watch service over the inbox and its folders. It only says which paths changed; the periodic
 * rescan remains the safety net for events some file systems lose, and an overflow asks for a rescan at once.
 */
public final class InboxWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);

    private final WatchService service;
    private final Path inbox;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    /** What one poll saw: changed paths, and whether events were lost so the inbox must be walked. */
    public record Changes(Set<Path> paths, boolean overflow) {
    }

    public InboxWatcher(Path inbox) {
        this.inbox = inbox;
        try {
            this.service = inbox.getFileSystem().newWatchService();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + inbox, e);
        }
    }

    /**
     * Watches one folder. The stage calls this from its walks as each folder is entered, before the folder's entries
     * are listed, so a file dropped meanwhile is seen by the walk or by the watch, and the inbox is walked once.
     */
    public void register(Path folder) {
        try {
            WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_MODIFY);
            folders.put(key, folder);
        } catch (IOException e) {
            LOG.warn("Cannot watch the folder {}; the periodic rescan still finds its files: {}", folder,
                    e.toString());
        }
    }

    /** Waits up to {@code timeout} for events, then drains what is there without waiting again. */
    public Changes poll(Duration timeout) throws InterruptedException {
        Set<Path> paths = new LinkedHashSet<>();
        boolean overflow = false;
        try {
            WatchKey key = service.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            while (key != null) {
                Path folder = folders.get(key);
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        overflow = true;
                    } else if (folder != null) {
                        paths.add(folder.resolve((Path) event.context()));
                    }
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
                key = service.poll();
            }
        } catch (ClosedWatchServiceException e) {
            return new Changes(Set.of(), false);
        }
        return new Changes(paths, overflow);
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.warn("Cannot close the watch service of {}", inbox, e);
        }
    }
}
