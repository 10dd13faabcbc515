package io.newsflow.ingest.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Walks the inbox (or a folder of it) without following links and lists the candidate files it holds. */
public final class InboxScanner {

    private static final Logger LOG = LoggerFactory.getLogger(InboxScanner.class);

    private final Path inbox;
    private final FileFilter filter;

    public InboxScanner(Path inbox, FileFilter filter) {
        this.inbox = inbox;
        this.filter = filter;
    }

    /**
     * The candidates under {@code folder}; a folder that vanished gives none. {@code onFolder} hears of each folder
     * the walk enters before the walk lists what it holds.
     */
    public List<FoundFile> scan(Path folder, Consumer<Path> onFolder) {
        List<FoundFile> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(inbox) && !filter.entersFolder(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    onFolder.accept(dir);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (filter.accepts(file)) {
                        found.add(new FoundFile(file, attrs.size(), attrs.lastModifiedTime().toInstant(),
                                attrs.isOther()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // a folder we may not enter or a file deleted during the walk: the rest of the inbox still counts
                    LOG.debug("Cannot look at {}: {}", file, e.toString());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + folder, e);
        }
        return found;
    }

    /** A fresh look at one file, or empty if it is gone or no longer a candidate. */
    public Optional<FoundFile> look(Path file) {
        if (!filter.accepts(file)) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attrs.isDirectory()) {
                return Optional.empty();
            }
            return Optional.of(new FoundFile(file, attrs.size(), attrs.lastModifiedTime().toInstant(), attrs.isOther()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
