package io.newsflow.ingest.after;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * <p>Opening the ledger compacts it: only the lines the caller still needs are kept (under {@code keep}, those whose
 * file is still in the inbox unchanged; a file changed since is taken again anyway), and the file is rewritten if
 * that drops anything, into a temporary file renamed over the old one, so a crash leaves the old ledger or the new
 * one, never half of one. Under {@code keep}, the ledger and the ids held in memory thus grow with the files in the
 * inbox, not with every file ever published.
 *
 * <p>Lines are buffered and handed to the operating system by {@link #flush()}, which the stage calls whenever it has
 * no more finished files to handle (so at most once per burst of files, and at once when ingest goes idle); they are
 * not forced to disk. A crash may lose the last lines, which costs a re-publish of the same ids (dropped downstream)
 * and, under {@code keep}, taking those files again: never a lost file.
 */
public final class Ledger implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Ledger.class);
    public static final String FILE_NAME = "ingest-ledger.tsv";

    /** Which entries of the ledger are still worth keeping when it is opened. */
    @FunctionalInterface
    public interface Keep {

        /** Keeps every entry: the ids of all files ever published stay known. */
        Keep ALL = (relativePath, size, modified) -> true;

        boolean test(String relativePath, long size, Instant modified);
    }

    private record Entry(long size, long modifiedMillis) {
    }

    /** A version of a file, as one line records it beside the ids of its articles. */
    private record Version(String relativePath, long size, long modifiedMillis) {
    }

    private final Path file;
    private final Map<String, Entry> files = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final BufferedWriter writer;

    private Ledger(Path file, Keep keep) throws IOException {
        this.file = file;
        if (Files.exists(file)) {
            load(keep);
        }
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    /**
     * Opens the ledger in {@code dataDir}, keeping the lines {@code keep} accepts and rewriting the file if any line
     * was dropped (or damaged, or repeated).
     */
    public static Ledger open(Path dataDir, Keep keep) {
        try {
            Files.createDirectories(dataDir);
            return new Ledger(dataDir.resolve(FILE_NAME), keep);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the ingest ledger in " + dataDir, e);
        }
    }

    private void load(Keep keep) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        // a version recorded twice is kept once, with its latest ids, in the place of its latest line
        Map<Version, List<String>> kept = new LinkedHashMap<>();
        int damaged = 0;
        for (String line : lines) {
            String[] columns = line.split("\t", -1);
            Version version;
            try {
                if (columns.length != 4) {
                    throw new NumberFormatException("expected 4 columns, found " + columns.length);
                }
                version = new Version(unescape(columns[0]), Long.parseLong(columns[1]), Long.parseLong(columns[2]));
            } catch (NumberFormatException e) {
                // a line cut short by a crash: its file is simply taken again
                damaged++;
                continue;
            }
            if (keep.test(version.relativePath, version.size, Instant.ofEpochMilli(version.modifiedMillis))) {
                kept.remove(version);
                kept.put(version, columns[3].isEmpty() ? List.of() : List.of(columns[3].split(",")));
            }
        }
        kept.forEach((version, versionIds) -> {
            files.put(version.relativePath, new Entry(version.size, version.modifiedMillis));
            ids.addAll(versionIds);
        });
        boolean compacted = kept.size() < lines.size();
        if (compacted) {
            rewrite(kept);
        }
        LOG.info("Ingest ledger {}: {} file(s), {} article id(s){}{}", file, files.size(), ids.size(),
                damaged == 0 ? "" : ", " + damaged + " damaged line(s) ignored",
                compacted ? "; compacted from " + lines.size() + " to " + kept.size() + " line(s)" : "");
    }

    /** Replaces the ledger with the kept lines, atomically: a crash leaves the old file or the new one. */
    private void rewrite(Map<Version, List<String>> lines) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            for (Map.Entry<Version, List<String>> line : lines.entrySet()) {
                Version version = line.getKey();
                out.write(line(version.relativePath, version.size, version.modifiedMillis, line.getValue()));
            }
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
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
            writer.write(line(relativePath, size, modified.toEpochMilli(), articleIds));
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

    private static String line(String relativePath, long size, long modifiedMillis, Collection<String> articleIds) {
        return escape(relativePath) + "\t" + size + "\t" + modifiedMillis + "\t" + String.join(",", articleIds) + "\n";
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
