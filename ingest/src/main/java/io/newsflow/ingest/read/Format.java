package io.newsflow.ingest.read;

import java.util.Locale;
import java.util.Set;

/**
 * The formats ingest reads, chosen by content as well as by extension: a {@code .txt} that holds a web page is read
 * as HTML, and a file of JSON objects one per line as JSON Lines whatever its name.
 */
public enum Format {
    TEXT("text/plain"),
    MARKDOWN("text/markdown"),
    HTML("text/html"),
    JSON("application/json"),
    JSON_LINES("application/x-ndjson");

    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml", "shtml");
    private static final Set<String> MARKDOWN_EXTENSIONS = Set.of("md", "markdown", "mdown");
    private static final Set<String> JSON_LINES_EXTENSIONS = Set.of("jsonl", "ndjson", "jsonlines");
    private static final int SNIFF_CHARS = 4096;
    private static final String[] HTML_MARKERS = {
        "<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<div", "<meta ", "<title"};

    private final String contentType;

    Format(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    /** The format of decoded text given the file name (without any {@code .gz}). */
    static Format detect(String fileName, String text) {
        String extension = extension(fileName);
        if (JSON_LINES_EXTENSIONS.contains(extension)) {
            return JSON_LINES;
        }
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS)).stripLeading();
        if (extension.equals("json") || looksLikeJson(head)) {
            return looksLikeJsonLines(text) ? JSON_LINES : JSON;
        }
        if (HTML_EXTENSIONS.contains(extension) || looksLikeHtml(head)) {
            return HTML;
        }
        return MARKDOWN_EXTENSIONS.contains(extension) ? MARKDOWN : TEXT;
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean looksLikeJson(String head) {
        if (head.startsWith("{")) {
            String rest = head.substring(1).stripLeading();
            return rest.startsWith("\"") || rest.startsWith("}");
        }
        return head.startsWith("[") && head.substring(1).stripLeading().startsWith("{");
    }

    private static boolean looksLikeJsonLines(String text) {
        String[] lines = text.strip().split("\n");
        if (lines.length < 2) {
            return false;
        }
        for (String line : lines) {
            String stripped = line.strip();
            if (!stripped.isEmpty() && !(stripped.startsWith("{") && stripped.endsWith("}"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeHtml(String head) {
        if (!head.startsWith("<")) {
            return false;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        for (String marker : HTML_MARKERS) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
