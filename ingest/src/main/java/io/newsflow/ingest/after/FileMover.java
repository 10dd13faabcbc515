package io.newsflow.ingest.after;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Moves files into the processed and failed folders under their path relative to the inbox, and never overwrites:
 * on a name collision the moved file becomes {@code a (1).txt}, {@code a (2).txt}, ... A report goes beside the file
 * as {@code <moved name>.error.txt}, so a name is taken only if the report's name is free too.
 *
 * <p>This runs once per ingested file, so it spends no more system calls than it must: folders it made or found are
 * remembered (and made again if someone removed one), and the free-name checks use calls that return a flag rather
 * than throw. In the common case a move costs a stat of the report name and the rename itself.
 */
public final class FileMover {

    public static final String ERROR_SUFFIX = ".error.txt";
    private static final int MAX_ATTEMPTS = 10_000;

    private final Set<Path> knownFolders = ConcurrentHashMap.newKeySet();

    /**
     * Moves {@code file} to {@code folder/relative}, renamed if that name is taken.
     *
     * @return where the file now is
     */
    public Path moveInto(Path file, Path folder, String relative) throws IOException {
        Path wanted = folder.resolve(relative).normalize();
        if (!wanted.startsWith(folder)) {
            // a relative path that climbs out of the folder cannot come from a walk of the inbox; keep the name only
            wanted = folder.resolve(file.getFileName().toString());
        }
        Path parent = wanted.getParent();
        ensureFolder(parent);
        try {
            return moveToFreeName(file, wanted);
        } catch (NoSuchFileException e) {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw e;
            }
            // the folder was removed since we made it: make it again, once
            knownFolders.remove(parent);
            ensureFolder(parent);
            return moveToFreeName(file, wanted);
        }
    }

    private void ensureFolder(Path folder) throws IOException {
        if (!knownFolders.contains(folder)) {
            Files.createDirectories(folder);
            knownFolders.add(folder);
        }
    }

    private static Path moveToFreeName(Path file, Path wanted) throws IOException {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Path target = attempt == 0 ? wanted : numbered(wanted, attempt);
            // File.exists asks the file system without building an exception for the usual answer, "no"
            if (reportFor(target).toFile().exists()) {
                continue;
            }
            try {
                // no REPLACE_EXISTING and no ATOMIC_MOVE: on Linux an atomic rename silently replaces the target
                return Files.move(file, target);
            } catch (FileAlreadyExistsException e) {
                // taken: try the next number
            }
        }
        throw new IOException("no free name for " + wanted + " after " + MAX_ATTEMPTS + " attempts");
    }

    /** Writes the report beside a moved file, or to {@code folder/relative.error.txt} for a file left in place. */
    public static Path writeReport(Path besideFile, String report) throws IOException {
        Path target = reportFor(besideFile);
        Files.createDirectories(target.getParent());
        // never through a link someone left under the report's name: File.exists above does not see a dangling one
        Files.writeString(target, report, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        return target;
    }

    public static Path reportFor(Path file) {
        return file.resolveSibling(file.getFileName() + ERROR_SUFFIX);
    }

    /** {@code a.txt} -> {@code a (2).txt}; {@code a.txt.gz} -> {@code a.txt (2).gz}; {@code README} -> {@code README (2)}. */
    static Path numbered(Path path, int number) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String numbered = dot <= 0
                ? name + " (" + number + ")"
                : name.substring(0, dot) + " (" + number + ")" + name.substring(dot);
        return path.resolveSibling(numbered);
    }
}
