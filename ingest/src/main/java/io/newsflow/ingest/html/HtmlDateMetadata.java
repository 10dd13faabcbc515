package io.newsflow.ingest.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the publication and modification dates a page states about itself in its markup, as raw strings for the
 * article's metadata. Enrich decides which to believe; this class only collects what the page says.
 *
 * <p>Metadata keys written: {@code date} (the stated publication date), {@code modified} (the stated update date),
 * {@code date.origin} (which markup the publication date came from, e.g. {@code meta:article:published_time}).
 */
public final class HtmlDateMetadata {

    public static final String DATE = "date";
    public static final String MODIFIED = "modified";
    public static final String DATE_ORIGIN = "date.origin";

    /** Meta tag names and properties that state the publication date, strongest first. */
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:published_time", "datepublished", "publishdate", "pubdate",
            "date", "dc.date.issued", "dc.date", "dcterms.date", "sailthru.date", "parsely-pub-date");

    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:updated_time", "datemodified", "lastmod", "last-modified");

    private HtmlDateMetadata() {
    }

    public static Map<String, String> extract(Document document) {
        Map<String, String> metadata = new LinkedHashMap<>();
        firstMeta(document, PUBLISHED_META).ifPresent(found -> {
            metadata.put(DATE, found.getValue());
            metadata.put(DATE_ORIGIN, "meta:" + found.getKey());
        });
        firstMeta(document, MODIFIED_META).ifPresent(found -> metadata.put(MODIFIED, found.getValue()));
        if (!metadata.containsKey(DATE)) {
            Element time = document.selectFirst("time[datetime]");
            if (time != null && !time.attr("datetime").isBlank()) {
                metadata.put(DATE, time.attr("datetime").strip());
                metadata.put(DATE_ORIGIN, "time");
            }
        }
        return metadata;
    }

    private static java.util.Optional<Map.Entry<String, String>> firstMeta(Document document, List<String> names) {
        for (String name : names) {
            for (Element meta : document.select("meta[content]")) {
                String key = firstNonBlank(meta.attr("property"), meta.attr("name"), meta.attr("itemprop"));
                String content = meta.attr("content").strip();
                if (key.equalsIgnoreCase(name) && !content.isEmpty()) {
                    return java.util.Optional.of(Map.entry(name, content));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (!value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }
}
