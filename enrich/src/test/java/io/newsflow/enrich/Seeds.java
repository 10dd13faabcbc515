package io.newsflow.enrich;

import io.newsflow.model.ArticleId;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The sample articles of {@code seeds/} as ingest publishes them: a leading {@code date ...} becomes metadata. */
final class Seeds {

    static final Path FOLDER = Path.of("../seeds");

    /** Received the day after the talks, so that no date in the seeds lies in the future. */
    static final String RECEIVED_AT = "2025-02-19T08:00:00Z";

    private static final Pattern DATE_HEADER = Pattern.compile("^\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+");

    private Seeds() {
    }

    static List<RawArticle> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.sorted().map(Seeds::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RawArticle named(String prefix) {
        return all().stream()
                .filter(raw -> raw.source().fileName().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed " + prefix));
    }

    static RawArticle read(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8);
            Map<String, String> metadata = new HashMap<>();
            Matcher header = DATE_HEADER.matcher(content);
            String text = content;
            if (header.find()) {
                metadata.put("date", header.group(1));
                text = content.substring(header.end());
            }
            String title = text.strip().lines().findFirst().orElse("");
            Source source = new Source(file.getFileName().toString(), file.getFileName().toString(),
                    Files.size(file), RECEIVED_AT, RECEIVED_AT, "text/plain", "UTF-8");
            return new RawArticle(ArticleId.of(text), source, title, text, metadata, List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
