package io.newsflow.ingest.after;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What ingest has published, kept in the data folder as an append-only tab-separated file: one line per file with
 * its path relative to the inbox, size, modification time and the ids of its articles. Under the {@code keep}
 * policy it stops a file from being taken again while its path, size and time are unchanged; under every policy it
 * tells a re-dropped article (same id) from a new one, for the duplicates metric.
 *
 * <p>Lines are buffered and handed to the operating system by {@link #flush()}, which the stage calls whenever it has
 * no more finished files to handle (so at most once per burst of files, and at once when ingest goes idle); they are
 * not forced to disk. A crash may lose the last lines, which costs a re-publish of the same ids (dropped downstream)
 * and, under {@code keep}, taking those files again: never a lost file.
 */
public final class Ledger implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
    public static final String FILE_NAME = "ingest-ledger.tsv";

    private record Entry(long size, long modifiedMillis) {
    }

    private final Path file;
    private final Map<String, Entry> files = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final BufferedWriter writer;

    private Ledger(Path file) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            load();
        }
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    public static Ledger open(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            return new Ledger(dataDir.resolve(FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the ingest ledger in " + dataDir, e);
        }
    }

    private void load() throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int skipped = 0;
        for (String line : lines) {
            String[] columns = line.split("\t", -1);
            try {
                if (columns.length != 4) {
                    throw new NumberFormatException("expected 4 columns, found " + columns.length);
                }
                files.put(unescape(columns[0]), new Entry(Long.parseLong(columns[1]), Long.parseLong(columns[2])));
                if (!columns[3].isEmpty()) {
                    ids.addAll(List.of(columns[3].split(",")));
                }
            } catch (NumberFormatException e) {
                // a line cut short by a crash: its file is simply taken again
                skipped++;
            }
        }
        LOG.info("Ingest ledger {}: {} file(s), {} article id(s){}", file, files.size(), ids.size(),
                skipped == 0 ? "" : ", " + skipped + " damaged line(s) ignored");
    }

    /** Whether this path was published with exactly this size and modification time. */
    public synchronized boolean contains(String relativePath, long size, Instant modified) {
        Entry entry = files.get(relativePath);
        return entry != null && entry.size == size && entry.modifiedMillis == modified.toEpochMilli();
    }

    /** Marks ids as seen; returns how many of them had been seen before. */
    public synchronized int countSeenBefore(Collection<String> articleIds) {
        int before = 0;
        for (String id : articleIds) {
            if (!ids.add(id)) {
                before++;
            }
        }
        return before;
    }

    public synchronized void record(String relativePath, long size, Instant modified, Collection<String> articleIds) {
        files.put(relativePath, new Entry(size, modified.toEpochMilli()));
        ids.addAll(articleIds);
        try {
            writer.write(escape(relativePath) + "\t" + size + "\t" + modified.toEpochMilli() + "\t"
                    + String.join(",", articleIds) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the ingest ledger " + file, e);
        }
    }

    /** Hands the lines recorded so far to the operating system. */
    public synchronized void flush() {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ingest ledger " + file, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            LOG.warn("Cannot close the ingest ledger {}", file, e);
        }
    }

    private static String escape(String path) {
        return path.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    private static String unescape(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length()) {
                char next = path.charAt(++i);
                out.append(next == 't' ? '\t' : next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
