package io.newsflow.ingest.testing;

import io.newsflow.ingest.read.RejectionKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * The corpus of broken and hostile files: each kind writes its file into a folder and names the rejection it must
 * get and words its reason must contain. Shared by the reader test and the stage's integration test.
 *
 * @param name           the file name written into the inbox
 * @param kind           the expected rejection kind
 * @param reasonContains words the human-readable reason must contain
 * @param movedToFailed  whether the stage moves it to failed/ (special files and vanished ones are not moved)
 */
public record BadInput(String name, RejectionKind kind, String reasonContains, boolean movedToFailed,
        Writer writer) {

    /** The size limit the corpus is written against; readers under test must be built with it. */
    public static final long MAX_BYTES = 64 * 1024;

    @FunctionalInterface
    public interface Writer {
        void write(Path inbox, Path file, Path outside) throws IOException;
    }

    public Path writeInto(Path inbox, Path outside) {
        Path file = inbox.resolve(name);
        try {
            writer.write(inbox, file, outside);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public String toString() {
        return name;
    }

    public static List<BadInput> corpus() {
        return List.of(
                bytes("empty.txt", RejectionKind.EMPTY, "empty", new byte[0]),
                text("blank.txt", RejectionKind.EMPTY, "only white space", " \n\t\n   \n"),
                bytes("bom-only.txt", RejectionKind.EMPTY, "only white space", new byte[] {(byte) 0xEF, (byte) 0xBB,
                    (byte) 0xBF}),
                bytes("report.pdf.txt", RejectionKind.BINARY, "PDF", ascii("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n")),
                bytes("photo.html", RejectionKind.BINARY, "PNG image", concat(new byte[] {(byte) 0x89, 'P', 'N', 'G',
                    '\r', '\n', 0x1a, '\n'}, noise(2000, 1))),
                bytes("noise.txt", RejectionKind.BINARY, "NUL bytes", noise(4000, 2)),
                bytes("program.md", RejectionKind.BINARY, "executable", concat(new byte[] {0x7f, 'E', 'L', 'F', 2, 1},
                    noise(500, 3))),
                bytes("archive.json", RejectionKind.BINARY, "ZIP archive", concat(new byte[] {'P', 'K', 3, 4},
                    noise(500, 4))),
                bytes("utf16-without-bom.txt", RejectionKind.BINARY, "NUL bytes",
                    "A story told in UTF-16 with no mark.".getBytes(StandardCharsets.UTF_16LE)),
                bytes("huge.txt", RejectionKind.TOO_LARGE, "over the size limit",
                    "word ".repeat((int) MAX_BYTES / 4).getBytes(StandardCharsets.US_ASCII)),
                bytes("bomb.txt.gz", RejectionKind.TOO_LARGE, "gzip bomb", gzip(new byte[(int) MAX_BYTES * 20])),
                bytes("truncated.txt.gz", RejectionKind.MALFORMED, "truncated",
                    Arrays.copyOf(gzip("A whole article that was cut short.".repeat(50)
                            .getBytes(StandardCharsets.UTF_8)), 40)),
                bytes("hidden-pdf.txt.gz", RejectionKind.BINARY, "PDF", gzip(ascii("%PDF-1.4\n1 0 obj\n"))),
                bytes("controls.txt", RejectionKind.UNDECODABLE, "control characters", controlSoup()),
                text("broken.json", RejectionKind.MALFORMED, "malformed JSON", "{\"title\": \"Half\", \"text\": "),
                text("numbers.json", RejectionKind.MALFORMED, "a number, not an article object", "[1, 2, 3]"),
                text("string.json", RejectionKind.MALFORMED, "string, not an article object", "\"just a string\""),
                text("untexted.json", RejectionKind.NO_TEXT, "no article text",
                    "{\"title\": \"A title alone\", \"url\": \"https://example.org/a\"}"),
                text("all-bad.jsonl", RejectionKind.MALFORMED, "line 2",
                    "{\"text\": \n{broken\n[1]\n"),
                text("furniture.html", RejectionKind.NO_TEXT, "no article text", "<html><head><title>Menu</title>"
                    + "<script>var a = 'lots of script text that is not an article';</script></head><body>"
                    + "<nav><ul><li><a href=/a>Home</a></li><li><a href=/b>World</a></li></ul></nav>"
                    + "<footer>Copyright the publisher, all rights reserved</footer></body></html>"),
                text("bare.html", RejectionKind.NO_TEXT, "no article text",
                    "<!DOCTYPE html><html><head></head><body><!-- nothing here --></body></html>"),
                text("headers-only.txt", RejectionKind.NO_TEXT, "no text left",
                    "Title: A headline\nDate: 2025-02-17\nAuthor: Someone\n"),
                text("front-matter-only.md", RejectionKind.NO_TEXT, "no text left",
                    "---\ntitle: Nothing below\ndate: 2025-02-17\n---\n\n"),
                new BadInput("escape-link.txt", RejectionKind.UNSAFE_LINK, "outside the inbox", true,
                    (inbox, file, outside) -> {
                        Path secret = Files.writeString(outside.resolve("secret.txt"), "Not yours to read.",
                                StandardCharsets.UTF_8);
                        Files.createSymbolicLink(file, secret);
                    }),
                new BadInput("dangling-link.txt", RejectionKind.UNREADABLE, "broken link", true,
                    (inbox, file, outside) -> Files.createSymbolicLink(file, inbox.resolve("no-such-target.txt"))),
                new BadInput("pipe.txt", RejectionKind.NOT_A_REGULAR_FILE, "not a regular file", false,
                    (inbox, file, outside) -> mkfifo(file)));
    }

    private static BadInput text(String name, RejectionKind kind, String reason, String content) {
        return bytes(name, kind, reason, content.getBytes(StandardCharsets.UTF_8));
    }

    private static BadInput bytes(String name, RejectionKind kind, String reason, byte[] content) {
        return new BadInput(name, kind, reason, true, (inbox, file, outside) -> Files.write(file, content));
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] head, byte[] tail) {
        byte[] all = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        return all;
    }

    private static byte[] noise(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        bytes[length / 2] = 0;
        return bytes;
    }

    private static byte[] controlSoup() {
        byte[] bytes = new byte[3000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 'a' : 1 + i % 7);
        }
        return bytes;
    }

    public static byte[] gzip(byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void mkfifo(Path file) throws IOException {
        Process process = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        try {
            if (process.waitFor() != 0) {
                throw new IOException("mkfifo failed for " + file);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making a FIFO", e);
        }
    }
}
