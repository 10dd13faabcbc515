package io.newsflow.ingest.watch;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file a look at the inbox found.
 *
 * @param special a FIFO, socket or device: never opened, since opening a FIFO blocks until someone writes to it
 */
public record FoundFile(Path path, long size, Instant modified, boolean special) {
}
