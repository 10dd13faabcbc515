package io.newsflow.ingest.watch;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which paths under the inbox are candidates at all, as a chain of small named predicates: inside the inbox, not
 * in an excluded folder (processed, failed, data), not hidden, not a temporary name. Whether a candidate is complete
 * is {@link StabilityTracker}'s business.
 */
public final class FileFilter {

    private final Path inbox;
    private final Set<Path> excludedFolders;
    private final List<String> temporarySuffixes;

    /** The chains, composed once: they are tested on every file of every walk. */
    private final Predicate<Path> entersFolder;
    private final Predicate<Path> accepts;

    public FileFilter(Path inbox, Set<Path> excludedFolders, List<String> temporarySuffixes) {
        this.inbox = inbox;
        this.excludedFolders = Set.copyOf(excludedFolders);
        this.temporarySuffixes = temporarySuffixes.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        this.entersFolder = insideInbox().and(notInExcludedFolder()).and(notHidden());
        this.accepts = entersFolder.and(notTemporary());
    }

    public boolean accepts(Path file) {
        return accepts.test(file);
    }

    /** Whether the walk and the watch service should go into this folder. */
    public boolean entersFolder(Path folder) {
        return entersFolder.test(folder);
    }

    Predicate<Path> insideInbox() {
        return path -> path.startsWith(inbox);
    }

    Predicate<Path> notInExcludedFolder() {
        return path -> excludedFolders.stream().noneMatch(path::startsWith);
    }

    /** Hidden: the name of the file or of any folder between it and the inbox starts with a dot. */
    Predicate<Path> notHidden() {
        return path -> {
            for (Path name : inbox.relativize(path)) {
                if (name.toString().startsWith(".")) {
                    return false;
                }
            }
            return true;
        };
    }

    /** Names editors, browsers and copy tools give files they are still writing. */
    Predicate<Path> notTemporary() {
        return path -> {
            String name = path.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("~$") || (name.startsWith("#") && name.endsWith("#"))) {
                return false;
            }
            return temporarySuffixes.stream().noneMatch(lower::endsWith);
        };
    }
}
