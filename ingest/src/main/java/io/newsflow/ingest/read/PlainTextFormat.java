package io.newsflow.ingest.read;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text and Markdown. Header fields at the top become metadata and leave the text: {@code Key: value} lines of
 * known keys, a Markdown front matter between {@code ---} lines, or an inline {@code date 2025-02-17} prefix on the
 * first line. The first line of what remains is the headline when it is short enough to be one; it stays in the text.
 */
final class PlainTextFormat {

    /** Longest first line we still take for a headline; longer ones are a lead paragraph. */
    static final int MAX_TITLE_CHARS = 200;
    private static final int MAX_FRONT_MATTER_LINES = 60;

    /** Header names people write, mapped to our metadata keys. */
    private static final Map<String, String> HEADER_KEYS = Map.ofEntries(
            Map.entry("date", "date"), Map.entry("published", "date"), Map.entry("published at", "date"),
            Map.entry("publication date", "date"), Map.entry("pubdate", "date"),
            Map.entry("updated", "modified"), Map.entry("modified", "modified"),
            Map.entry("title", "title"), Map.entry("headline", "title"), Map.entry("subject", "title"),
            Map.entry("url", "url"), Map.entry("link", "url"), Map.entry("source url", "url"),
            Map.entry("author", "author"), Map.entry("by", "author"), Map.entry("byline", "author"),
            Map.entry("language", "language"), Map.entry("lang", "language"),
            Map.entry("source", "source"), Map.entry("section", "section"));

    private static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z][A-Za-z ._-]{0,30}?)\\s*:\\s*(.*)$");
    private static final Pattern FRONT_MATTER_LINE = Pattern.compile("^([A-Za-z][A-Za-z0-9_.-]*)\\s*:\\s*(.*)$");
    private static final Pattern INLINE_DATE = Pattern.compile(
            "^\\s*(?:date|published)[:\\s]\\s*(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?"
                    + "(?:Z|[+-]\\d{2}:?\\d{2})?)?)\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

    private PlainTextFormat() {
    }

    static ExtractedArticle extract(String decoded, boolean markdown) {
        Map<String, String> metadata = new LinkedHashMap<>();
        String body = stripFrontMatter(decoded, metadata);
        if (body == decoded) {
            body = stripHeaderLines(decoded, metadata);
        }
        body = stripInlineDate(body, metadata);
        body = trimBlankLines(body);
        String title = metadata.remove("title");
        if (title == null) {
            title = firstLineTitle(body, markdown).orElse(null);
        }
        return new ExtractedArticle(title, body, metadata);
    }

    private static String stripFrontMatter(String text, Map<String, String> metadata) {
        if (!text.stripLeading().startsWith("---")) {
            // most files have none: spare them the split into lines
            return text;
        }
        List<String> lines = text.lines().limit(MAX_FRONT_MATTER_LINES + 1L).toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return text;
        }
        Map<String, String> found = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals("---") || line.strip().equals("...")) {
                metadata.putAll(found);
                return dropLines(text, i + 1);
            }
            Matcher matcher = FRONT_MATTER_LINE.matcher(line.strip());
            if (matcher.matches()) {
                String key = matcher.group(1).toLowerCase(Locale.ROOT);
                found.put(HEADER_KEYS.getOrDefault(key, key), unquote(matcher.group(2).strip()));
            } else if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("-")) {
                return text;
            }
        }
        return text;
    }

    private static String stripHeaderLines(String text, Map<String, String> metadata) {
        Map<String, String> found = new LinkedHashMap<>();
        int consumed = 0;
        // lazily: the header ends at the first line that is not one, so the body is never split into lines
        for (Iterator<String> lines = text.lines().iterator(); lines.hasNext();) {
            String line = lines.next();
            if (line.isBlank()) {
                if (!found.isEmpty()) {
                    consumed++;
                }
                break;
            }
            Matcher matcher = HEADER_LINE.matcher(line.strip());
            String key = matcher.matches() ? HEADER_KEYS.get(matcher.group(1).strip().toLowerCase(Locale.ROOT)) : null;
            if (key == null || matcher.group(2).isBlank()) {
                break;
            }
            found.putIfAbsent(key, matcher.group(2).strip());
            consumed++;
        }
        if (found.isEmpty()) {
            return text;
        }
        metadata.putAll(found);
        return dropLines(text, consumed);
    }

    private static String stripInlineDate(String text, Map<String, String> metadata) {
        Matcher matcher = INLINE_DATE.matcher(text);
        if (!matcher.lookingAt()) {
            return text;
        }
        metadata.putIfAbsent("date", matcher.group(1));
        return text.substring(matcher.end());
    }

    private static Optional<String> firstLineTitle(String body, boolean markdown) {
        String first = body.lines().findFirst().orElse("").strip();
        if (markdown) {
            Matcher heading = MARKDOWN_HEADING.matcher(first);
            if (heading.matches()) {
                first = heading.group(1);
            }
        }
        if (first.isEmpty() || first.length() > MAX_TITLE_CHARS) {
            return Optional.empty();
        }
        return Optional.of(first);
    }

    private static String dropLines(String text, int count) {
        int index = 0;
        for (int i = 0; i < count && index >= 0; i++) {
            int newline = text.indexOf('\n', index);
            index = newline < 0 ? -1 : newline + 1;
        }
        return index < 0 ? "" : text.substring(index);
    }

    /** Leading and trailing blank lines are layout, not text; spaces inside the first line are kept as written. */
    private static String trimBlankLines(String text) {
        int start = 0;
        while (true) {
            int newline = text.indexOf('\n', start);
            if (newline < 0 || !text.substring(start, newline).isBlank()) {
                break;
            }
            start = newline + 1;
        }
        return text.substring(start).stripTrailing();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
