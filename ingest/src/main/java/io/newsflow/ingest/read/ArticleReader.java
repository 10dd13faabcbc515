package io.newsflow.ingest.read;

import io.newsflow.ingest.html.HtmlArticle;
import io.newsflow.ingest.html.HtmlArticleExtractor;
import io.newsflow.model.ArticleId;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads one file into articles exactly as the ingest stage does, without Kafka: safety checks (links, special
 * files, size), gzip, charset, format, extraction. Never throws for a bad file: the result then carries a
 * {@link Rejection} whose reason a person understands. {@code newsflow analyze} calls this directly.
 */
public final class ArticleReader {

    private static final int GZIP_MAGIC_0 = 0x1f;
    private static final int GZIP_MAGIC_1 = 0x8b;
    private static final int COPY_BUFFER = 64 * 1024;
    private static final int MAX_ERRORS_IN_REASON = 5;

    private final long maxFileBytes;
    private final Clock clock;

    /**
     * @param maxFileBytes the largest file, and the largest decompressed content, that is read
     * @param clock        gives {@link Source#receivedAt()}
     */
    public ArticleReader(long maxFileBytes, Clock clock) {
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
        }
        this.maxFileBytes = maxFileBytes;
        this.clock = clock;
    }

    /** Reads a file on its own, e.g. for {@code newsflow analyze}: its folder stands for the inbox. */
    public ReadResult read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent() == null ? absolute : absolute.getParent();
        return read(folder, absolute);
    }

    /** Reads {@code file}, which lies under {@code inbox}; {@link Source#path()} is relative to the inbox. */
    public ReadResult read(Path inbox, Path file) {
        try {
            return readOrReject(inbox.toAbsolutePath().normalize(), file.toAbsolutePath().normalize());
        } catch (RejectedException e) {
            return ReadResult.rejected(e.rejection());
        }
    }

    private ReadResult readOrReject(Path inbox, Path file) throws RejectedException {
        BasicFileAttributes attributes = attributes(file, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isSymbolicLink()) {
            checkLinkStaysInside(inbox, file);
            attributes = attributes(file);
        }
        if (attributes.isDirectory()) {
            throw new RejectedException(RejectionKind.NOT_A_REGULAR_FILE, "unreadable: this is a directory, not a file");
        }
        if (!attributes.isRegularFile()) {
            throw new RejectedException(RejectionKind.NOT_A_REGULAR_FILE,
                    "not a regular file (a FIFO, socket or device); such files are never opened");
        }
        if (attributes.size() == 0) {
            throw new RejectedException(RejectionKind.EMPTY, "the file is empty (0 bytes)");
        }
        if (attributes.size() > maxFileBytes) {
            throw new RejectedException(RejectionKind.TOO_LARGE, "the file is " + bytes(attributes.size())
                    + ", over the size limit of " + bytes(maxFileBytes) + " (ingest.max.file.bytes)");
        }
        Instant received = clock.instant();
        byte[] raw = readBytes(file, attributes.size());
        String fileName = file.getFileName().toString();
        boolean gzipped = raw.length >= 2 && (raw[0] & 0xff) == GZIP_MAGIC_0 && (raw[1] & 0xff) == GZIP_MAGIC_1;
        byte[] content = gzipped ? gunzip(raw) : raw;
        String innerName = gzipped && fileName.toLowerCase(Locale.ROOT).endsWith(".gz")
                ? fileName.substring(0, fileName.length() - 3) : fileName;
        if (content.length == 0) {
            throw new RejectedException(RejectionKind.EMPTY, "the compressed file holds no data");
        }
        var binary = Binary.knownFormat(content);
        if (binary.isPresent()) {
            throw new RejectedException(RejectionKind.BINARY, "binary content: this is " + binary.get()
                    + (gzipped ? " (inside gzip)" : "") + ", not text");
        }
        DecodedText decoded = TextDecoder.decode(content);
        if (decoded.text().isBlank()) {
            throw new RejectedException(RejectionKind.EMPTY, "the file contains only white space");
        }
        Format format = Format.detect(innerName, decoded.text());
        String relative = relativePath(inbox, file);
        JsonFormat.Parts parts = extract(format, decoded.text(), relative);
        Source source = new Source(relative, fileName, raw.length,
                attributes.lastModifiedTime().toInstant().toString(), received.toString(),
                format.contentType(), decoded.charset());
        List<String> warnings = new ArrayList<>(decoded.warnings());
        if (gzipped) {
            warnings.add("decompressed from gzip");
        }
        List<RawArticle> articles = new ArrayList<>();
        List<String> errors = new ArrayList<>(parts.errors());
        for (ExtractedArticle part : parts.articles()) {
            if (part.text().isBlank()) {
                continue;
            }
            articles.add(new RawArticle(ArticleId.of(part.text()), source, part.title(), part.text(),
                    part.metadata(), warnings));
        }
        if (articles.isEmpty()) {
            String why = errors.isEmpty() ? noTextReason(format) : summary(errors);
            throw new RejectedException(errors.isEmpty() ? RejectionKind.NO_TEXT : kindOf(errors), why);
        }
        return ReadResult.of(articles, errors);
    }

    private static String summary(List<String> errors) {
        if (errors.size() <= MAX_ERRORS_IN_REASON) {
            return String.join("; ", errors);
        }
        return String.join("; ", errors.subList(0, MAX_ERRORS_IN_REASON)) + "; and "
                + (errors.size() - MAX_ERRORS_IN_REASON) + " more";
    }

    private static RejectionKind kindOf(List<String> errors) {
        return errors.stream().allMatch(error -> error.contains("no article text"))
                ? RejectionKind.NO_TEXT : RejectionKind.MALFORMED;
    }

    private static String noTextReason(Format format) {
        return switch (format) {
            case HTML -> "no article text left after removing the page's markup, navigation and other furniture";
            case JSON, JSON_LINES -> "the JSON holds no article text";
            default -> "no text left after removing the header lines";
        };
    }

    private static JsonFormat.Parts extract(Format format, String text, String relative) throws RejectedException {
        return switch (format) {
            case JSON -> JsonFormat.document(text);
            case JSON_LINES -> JsonFormat.lines(text);
            case HTML -> {
                HtmlArticle page = HtmlArticleExtractor.extract(text, "file:///" + relative);
                yield new JsonFormat.Parts(
                        List.of(new ExtractedArticle(page.title(), page.text(), page.metadata())), List.of());
            }
            case MARKDOWN, TEXT -> new JsonFormat.Parts(
                    List.of(PlainTextFormat.extract(text, format == Format.MARKDOWN)), List.of());
        };
    }

    private static void checkLinkStaysInside(Path inbox, Path link) throws RejectedException {
        Path target;
        Path realInbox;
        try {
            target = link.toRealPath();
            realInbox = inbox.toRealPath();
        } catch (NoSuchFileException e) {
            throw new RejectedException(RejectionKind.UNREADABLE,
                    "unreadable: a symbolic link whose target does not exist (broken link)");
        } catch (IOException e) {
            throw new RejectedException(RejectionKind.UNREADABLE, "cannot resolve the symbolic link: " + describe(e));
        }
        if (!target.startsWith(realInbox)) {
            throw new RejectedException(RejectionKind.UNSAFE_LINK,
                    "refused: a symbolic link that points outside the inbox (to " + target + ")");
        }
    }

    private static BasicFileAttributes attributes(Path file, LinkOption... options) throws RejectedException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, options);
        } catch (NoSuchFileException e) {
            throw vanished();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Reads the file into one array sized from its attributes; a file that grew meanwhile is read on, to the limit. */
    private byte[] readBytes(Path file, long expectedSize) throws RejectedException {
        try (InputStream in = Files.newInputStream(file)) {
            int limit = (int) Math.min(Integer.MAX_VALUE - 8L, maxFileBytes + 1);
            byte[] head = new byte[(int) Math.min(expectedSize + 1, limit)];
            int read = in.readNBytes(head, 0, head.length);
            if (read < head.length) {
                return Arrays.copyOf(head, read);
            }
            byte[] rest = in.readNBytes(limit - read);
            byte[] bytes = Arrays.copyOf(head, read + rest.length);
            System.arraycopy(rest, 0, bytes, read, rest.length);
            if (bytes.length > maxFileBytes) {
                throw new RejectedException(RejectionKind.TOO_LARGE,
                        "the file grew past the size limit of " + bytes(maxFileBytes) + " while being read");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw vanished();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private byte[] gunzip(byte[] compressed) throws RejectedException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), COPY_BUFFER)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(compressed.length * 4);
            byte[] buffer = new byte[COPY_BUFFER];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxFileBytes) {
                    throw new RejectedException(RejectionKind.TOO_LARGE, "the gzip content unpacks to more than "
                            + bytes(maxFileBytes) + " (ingest.max.file.bytes): refused as a possible gzip bomb");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (EOFException e) {
            throw new RejectedException(RejectionKind.MALFORMED, "the gzip data is truncated (unexpected end)");
        } catch (ZipException e) {
            throw new RejectedException(RejectionKind.MALFORMED, "the gzip data is corrupt: " + e.getMessage());
        } catch (IOException e) {
            throw new RejectedException(RejectionKind.MALFORMED, "cannot decompress gzip data: " + describe(e));
        }
    }

    private static RejectedException vanished() {
        return new RejectedException(RejectionKind.VANISHED, "the file vanished before it could be read");
    }

    private static RejectedException unreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return new RejectedException(RejectionKind.UNREADABLE, "unreadable: permission denied");
        }
        return new RejectedException(RejectionKind.UNREADABLE, "unreadable: " + describe(e));
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String relativePath(Path inbox, Path file) {
        Path relative = file.startsWith(inbox) ? inbox.relativize(file) : file.getFileName();
        List<String> names = new ArrayList<>();
        relative.forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }

    /** Sizes for people: {@code 12.3 MiB}. */
    public static String bytes(long count) {
        if (count < 1024) {
            return count + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = count;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
