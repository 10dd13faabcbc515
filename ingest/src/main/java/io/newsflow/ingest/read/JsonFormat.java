package io.newsflow.ingest.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.newsflow.ingest.html.HtmlArticleExtractor;
import io.newsflow.model.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * JSON articles: one object per file, an array of objects, or JSON Lines (one object per line). Field names follow
 * the common news feeds and schema.org; each field list is in order of preference.
 */
final class JsonFormat {

    static final List<String> TEXT_FIELDS = List.of("text", "body", "content", "articleBody", "article", "story");
    private static final List<String> TITLE_FIELDS = List.of("title", "headline", "name");
    private static final List<String> DATE_FIELDS =
            List.of("date", "published", "publishedAt", "published_at", "datePublished", "pubDate", "publicationDate");
    private static final List<String> MODIFIED_FIELDS =
            List.of("modified", "updated", "updatedAt", "updated_at", "dateModified", "lastModified");
    private static final List<String> URL_FIELDS = List.of("url", "link", "canonicalUrl", "canonical_url", "uri");
    private static final List<String> AUTHOR_FIELDS = List.of("author", "authors", "byline", "creator");
    private static final List<String> LANGUAGE_FIELDS = List.of("language", "lang", "inLanguage", "locale");
    private static final Pattern MARKUP = Pattern.compile("</?(p|br|div|span|a|strong|em|h[1-6])\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    private static final ObjectReader READER = Json.mapper().reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonFormat() {
    }

    /** Parts read from a file holding several articles, and the parts that failed. */
    record Parts(List<ExtractedArticle> articles, List<String> errors) {
    }

    static Parts document(String text) throws RejectedException {
        JsonNode root;
        try {
            root = READER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new RejectedException(RejectionKind.MALFORMED, "malformed JSON: " + describe(e));
        }
        if (root == null || root.isMissingNode()) {
            throw new RejectedException(RejectionKind.EMPTY, "the JSON document is empty");
        }
        if (root.isObject()) {
            return new Parts(List.of(article(root)), List.of());
        }
        if (root.isArray()) {
            List<ExtractedArticle> articles = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            for (int i = 0; i < root.size(); i++) {
                try {
                    articles.add(article(root.get(i)));
                } catch (RejectedException e) {
                    errors.add("item " + (i + 1) + ": " + e.rejection().reason());
                }
            }
            return new Parts(articles, errors);
        }
        throw new RejectedException(RejectionKind.MALFORMED,
                "the JSON document is a " + kind(root) + ", not an article object");
    }

    static Parts lines(String text) {
        List<ExtractedArticle> articles = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\n", -1)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node;
                try {
                    node = READER.readTree(line);
                } catch (JsonProcessingException e) {
                    throw new RejectedException(RejectionKind.MALFORMED, "malformed JSON: " + describe(e));
                }
                articles.add(article(node));
            } catch (RejectedException e) {
                errors.add("line " + number + ": " + e.rejection().reason());
            }
        }
        return new Parts(articles, errors);
    }

    private static ExtractedArticle article(JsonNode node) throws RejectedException {
        if (!node.isObject()) {
            throw new RejectedException(RejectionKind.MALFORMED, "a " + kind(node) + ", not an article object");
        }
        String text = first(node, TEXT_FIELDS);
        if (text.isBlank()) {
            throw new RejectedException(RejectionKind.NO_TEXT,
                    "the object has no article text (looked for the fields " + String.join(", ", TEXT_FIELDS) + ")");
        }
        if (MARKUP.matcher(text).find()) {
            text = HtmlArticleExtractor.extract(text, "").text();
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        put(metadata, "date", first(node, DATE_FIELDS));
        put(metadata, "modified", first(node, MODIFIED_FIELDS));
        put(metadata, "url", first(node, URL_FIELDS));
        put(metadata, "author", first(node, AUTHOR_FIELDS));
        put(metadata, "language", first(node, LANGUAGE_FIELDS));
        String title = first(node, TITLE_FIELDS);
        return new ExtractedArticle(title.isBlank() ? null : title.strip(), text.strip(), metadata);
    }

    /** The first field present as text; a person object gives its name, a list its items joined. */
    private static String first(JsonNode node, List<String> names) {
        for (String name : names) {
            String value = asText(node.get(name));
            if (!value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    private static String asText(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isValueNode()) {
            return value.asText();
        }
        if (value.isObject()) {
            return asText(value.get("name"));
        }
        if (value.isArray()) {
            StringJoiner joined = new StringJoiner(", ");
            value.forEach(item -> {
                String text = asText(item);
                if (!text.isBlank()) {
                    joined.add(text);
                }
            });
            return joined.toString();
        }
        return "";
    }

    private static void put(Map<String, String> metadata, String key, String value) {
        if (!value.isBlank()) {
            metadata.put(key, value.strip());
        }
    }

    private static String kind(JsonNode node) {
        if (node.isArray()) {
            return "list";
        }
        if (node.isTextual()) {
            return "string";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return node.isNull() ? "null" : "value";
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
        return e.getOriginalMessage() + where;
    }
}
