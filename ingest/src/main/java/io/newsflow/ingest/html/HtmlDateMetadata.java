package io.newsflow.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Json;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the publication and modification dates a page states about itself, in the spirit of htmldate: JSON-LD,
 * meta tags, {@code itemprop} and {@code <time>} elements, the date in the page's canonical URL, and the dates
 * written in bylines and date elements near the headline. Values are normalized to ISO 8601 (a date, or a date-time
 * with the offset the page stated); enrich decides which date to believe.
 *
 * <p>Metadata keys written: {@code date} (the stated publication date), {@code modified} (the stated update date),
 * {@code date.origin} (which markup the publication date came from, e.g. {@code meta:article:published_time}).
 */
public final class HtmlDateMetadata {

    public static final String DATE = "date";
    public static final String MODIFIED = "modified";
    public static final String DATE_ORIGIN = "date.origin";

    /** Meta names and properties that state the original publication date, strongest first. */
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time", "og:published_time", "og:article:published_time", "article:published",
            "datepublished", "article.published", "article_date_original", "article.created",
            "rnews:datepublished", "publish-date", "publish_date", "publishdate", "published-date",
            "published_time", "publication_date", "publication-date", "originalpublicationdate",
            "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.created",
            "citation_publication_date", "citation_date", "parsely-pub-date", "sailthru.date", "pubdate",
            "pdate", "ptime", "displaydate", "date_published", "datecreated", "date_created", "created",
            "content_create_date", "article:post_date", "bt:pubdate", "cxenseparse:recs:publishtime",
            "mediator_published_time", "shareaholic:article_published_time", "twt-published-at",
            "vr:published_time", "weibo:article:create_at", "og:regdate", "uploaddate", "release_date",
            "video:release_date", "dcsext.articlefirstpublished", "gentime", "dc.date", "dcterms.date",
            "dc:date", "date", "doc_date", "timestamp", "article:published_date", "iso-8601-publish-date",
            "news_date", "publish-time", "dateline");

    private static final List<String> MODIFIED_META = List.of(
            "article:modified_time", "og:updated_time", "article:modified", "datemodified", "dc.modified",
            "dcterms.modified", "last-modified", "lastmod", "modified", "updated_time", "dateupdated",
            "article.updated", "lastupdate", "last-updated", "revised");

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
            "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "liveblogposting", "socialmediaposting",
            "videoobject", "webpage", "scholarlyarticle", "techarticle", "report", "creativework");

    private static final Pattern URL_DATE = Pattern.compile(
            "[/_-]((?:199|20[0-3])\\d)(?:[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])|(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01]))"
                    + "(?:[/_.-]|\\d{0,6}$|\\.html?)");

    /** Page furniture whose dates are today's date or other articles': navigation, top bars, footers, lists. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)\\b(?:nav|navbar|topbar|top-bar|header--topbar|menu|footer|sidebar|widget|related|popular|comment"
                    + "|weather|ticker|breaking)");

    /** How much text around the headline a date may be in and still be the article's. */
    private static final int HEADLINE_WINDOW = 500;

    /** The longest line that is still "a date line": a date with a time, a place or an author. */
    private static final int DATE_LINE_LENGTH = 60;

    /** How many elements after the headline a short date line may follow it. */
    private static final int DATE_LINE_REACH = 60;


    /** Class and id words of elements that hold a byline or a date. */
    private static final Pattern DATE_CLASS = Pattern.compile(
            "(?i)date|time|byline|posted|publish|pubdate|dateline|timestamp|entry-meta|article-info|meta-info"
                    + "|post-meta|article-meta|story-meta|info|datum|fecha|data|tarih|datetime");

    private static final Pattern UPDATED = Pattern.compile("(?i)updat|modif|edited|revis|aktualisiert|actualiz");

    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

    private HtmlDateMetadata() {
    }

    public static Map<String, String> extract(Document document) {
        boolean dayFirst = dayFirst(document);
        List<Found> published = new ArrayList<>();
        jsonLd(document, dayFirst, "datePublished").ifPresent(published::add);
        meta(document, PUBLISHED_META, dayFirst).ifPresent(published::add);
        itemprop(document, "datepublished", dayFirst).ifPresent(published::add);
        timeElement(document, dayFirst).ifPresent(published::add);
        urlDate(document).ifPresent(published::add);
        jsonLd(document, dayFirst, "dateCreated").ifPresent(published::add);
        dateElement(document, dayFirst).ifPresent(published::add);
        nearHeadline(document, dayFirst).ifPresent(published::add);

        Map<String, String> metadata = new LinkedHashMap<>();
        published.stream().findFirst().ifPresent(found -> {
            metadata.put(DATE, found.value());
            metadata.put(DATE_ORIGIN, found.origin());
        });
        jsonLd(document, dayFirst, "dateModified")
                .or(() -> meta(document, MODIFIED_META, dayFirst))
                .or(() -> itemprop(document, "datemodified", dayFirst))
                .ifPresent(found -> metadata.put(MODIFIED, found.value()));
        return metadata;
    }

    private record Found(String value, String origin) {
    }

    /** Whether "06/07/2020" means 6 July on this page: everywhere but in American English. */
    private static boolean dayFirst(Document document) {
        Element html = document.selectFirst("html");
        String lang = html == null ? "" : html.attr("lang").toLowerCase(Locale.ROOT);
        return !lang.equals("en-us") && !lang.equals("en_us");
    }

    private static Optional<Found> jsonLd(Document document, boolean dayFirst, String key) {
        for (Element script : document.select("script[type=application/ld+json]")) {
            String json = script.data();
            try {
                Optional<String> value = inJson(Json.mapper().readTree(json), key, false);
                Optional<Found> found = value.flatMap(v -> plausible(v, dayFirst))
                        .map(v -> new Found(v, "json-ld:" + key));
                if (found.isPresent()) {
                    return found;
                }
            } catch (JsonProcessingException e) {
                // Pages ship broken JSON-LD (trailing commas, raw newlines); the key is still readable as text.
                Matcher matcher = Pattern.compile("\"" + key + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
                if (matcher.find()) {
                    Optional<String> value = plausible(matcher.group(1), dayFirst);
                    if (value.isPresent()) {
                        return Optional.of(new Found(value.get(), "json-ld:" + key));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The key's value in the first article-like object, searching nested objects and @graph arrays. */
    private static Optional<String> inJson(JsonNode node, String key, boolean insideArticle) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                Optional<String> found = inJson(item, key, insideArticle);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        boolean article = insideArticle || isArticle(node.get("@type"));
        JsonNode value = node.get(key);
        if (value != null && value.isTextual() && (article || !node.has("@type"))) {
            return Optional.of(value.asText());
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                Optional<String> found = inJson(child, key, false);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode item : type) {
                if (isArticle(item)) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText().toLowerCase(Locale.ROOT));
    }

    private static Optional<Found> meta(Document document, List<String> names, boolean dayFirst) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (Element meta : document.select("meta[content]")) {
            String content = meta.attr("content").strip();
            for (String attribute : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty() && !content.isEmpty()) {
                    byName.putIfAbsent(key, content);
                }
            }
        }
        for (String name : names) {
            String content = byName.get(name);
            if (content != null) {
                Optional<String> value = plausible(content, dayFirst);
                if (value.isPresent()) {
                    return Optional.of(new Found(value.get(), "meta:" + name));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> itemprop(Document document, String name, boolean dayFirst) {
        for (Element element : document.select("[itemprop]")) {
            if (!element.attr("itemprop").equalsIgnoreCase(name) || element.tagName().equals("meta")) {
                continue;
            }
            String stated = firstNonBlank(element.attr("datetime"), element.attr("content"), element.attr("title"),
                    element.text());
            Optional<String> value = plausible(stated, dayFirst);
            if (value.isPresent()) {
                return Optional.of(new Found(value.get(), "itemprop:" + name));
            }
        }
        return Optional.empty();
    }

    /** The first {@code <time>} that is not an update stamp; one marked as the publication time wins. */
    private static Optional<Found> timeElement(Document document, boolean dayFirst) {
        Found first = null;
        for (Element time : document.select("time")) {
            String context = time.className() + " " + time.id() + " " + time.parent().className();
            if (UPDATED.matcher(context).find()) {
                continue;
            }
            Optional<String> value = plausible(firstNonBlank(time.attr("datetime"), time.text()), dayFirst);
            if (value.isEmpty()) {
                continue;
            }
            if (time.hasAttr("pubdate") || context.toLowerCase(Locale.ROOT).contains("publish")) {
                return Optional.of(new Found(value.get(), "time:published"));
            }
            if (first == null) {
                first = new Found(value.get(), "time");
            }
        }
        return Optional.ofNullable(first);
    }

    private static Optional<Found> urlDate(Document document) {
        for (String selector : new String[] {"link[rel=canonical]", "meta[property=og:url]"}) {
            Element element = document.selectFirst(selector);
            if (element == null) {
                continue;
            }
            String url = firstNonBlank(element.attr("href"), element.attr("content"));
            Matcher matcher = URL_DATE.matcher(url);
            if (matcher.find()) {
                String stated = matcher.group(2) != null
                        ? matcher.group(1) + "-" + matcher.group(2) + "-" + matcher.group(3)
                        : matcher.group(1) + "-" + matcher.group(4) + "-" + matcher.group(5);
                Optional<String> value = plausible(stated, true);
                if (value.isPresent()) {
                    return Optional.of(new Found(value.get(), "url"));
                }
            }
        }
        return Optional.empty();
    }

    /** A date written in a byline or date element, not marked as an update. */
    private static Optional<Found> dateElement(Document document, boolean dayFirst) {
        if (document.body() == null) {
            return Optional.empty();
        }
        for (Element element : document.body().select("[class], [id]")) {
            String names = element.className() + " " + element.id();
            if (!DATE_CLASS.matcher(names).find() || UPDATED.matcher(names).find() || isFurniture(element)) {
                continue;
            }
            String text = element.text();
            if (text.length() > 200 || text.isEmpty() || UPDATED.matcher(text).lookingAt()) {
                continue;
            }
            Optional<String> value = MarkupDate.find(text, dayFirst).flatMap(v -> plausible(v, dayFirst));
            if (value.isPresent()) {
                return Optional.of(new Found(value.get(), "text:" + element.tagName() + "." + names.strip()));
            }
        }
        return Optional.empty();
    }

    private static boolean isFurniture(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e.tagName().equals("nav") || e.tagName().equals("footer") || e.tagName().equals("aside")
                    || FURNITURE.matcher(e.className() + " " + e.id()).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A date written just before or after the headline: a dateline or a byline without telling markup. A short
     * line that is little more than a date wins over a date inside a sentence (a photo caption).
     */
    private static Optional<Found> nearHeadline(Document document, boolean dayFirst) {
        Element headline = firstWithText(document, "h1").or(() -> firstWithText(document, "h2")).orElse(null);
        if (headline == null) {
            return Optional.empty();
        }
        Optional<Found> line = dateLineAfter(headline, dayFirst);
        if (line.isPresent()) {
            return line;
        }
        for (Element container = headline.parent(); container != null && container != document.body().parent();
                container = container.parent()) {
            String text = container.text();
            int at = text.indexOf(headline.text());
            if (at < 0 || text.length() - headline.text().length() < 20 && container != document.body()) {
                continue;
            }
            String window = text.substring(at, Math.min(text.length(), at + headline.text().length() + HEADLINE_WINDOW));
            Optional<String> value = MarkupDate.find(window, dayFirst).flatMap(v -> plausible(v, dayFirst));
            if (value.isPresent()) {
                return Optional.of(new Found(value.get(), "text:headline"));
            }
            if (text.length() > 4 * HEADLINE_WINDOW) {
                break;
            }
        }
        return Optional.empty();
    }

    private static Optional<Element> firstWithText(Document document, String tag) {
        return document.select(tag).stream().filter(e -> !e.text().isBlank()).findFirst();
    }

    private static Optional<Found> dateLineAfter(Element headline, boolean dayFirst) {
        List<Element> all = headline.ownerDocument().getAllElements();
        int from = all.indexOf(headline);
        for (int i = from + 1; i < Math.min(all.size(), from + DATE_LINE_REACH); i++) {
            Element element = all.get(i);
            String own = element.ownText().strip();
            if (own.isEmpty() || own.length() > DATE_LINE_LENGTH || isFurniture(element)) {
                continue;
            }
            Optional<String> value = MarkupDate.find(own, dayFirst).flatMap(v -> plausible(v, dayFirst));
            if (value.isPresent()) {
                return Optional.of(new Found(value.get(), "text:dateline"));
            }
        }
        return Optional.empty();
    }

    /** The ISO form of a stated date, if it is one and could be a news page's: from 1995 up to tomorrow. */
    private static Optional<String> plausible(String stated, boolean dayFirst) {
        return MarkupDate.parse(stated, dayFirst).filter(iso -> {
            LocalDate day = LocalDate.parse(iso.substring(0, 10));
            return !day.isBefore(EARLIEST) && !day.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1));
        });
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return "";
    }
}
