package io.newsflow.ingest.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Takes the article out of a web page: drops page furniture (navigation, header and footer, ads, share bars,
 * "related stories" and comment blocks, link lists), finds the element that holds the article body and joins its
 * paragraphs. The page's own statements about its dates come from {@link HtmlDateMetadata}.
 */
public final class HtmlArticleExtractor {

    private static final String FURNITURE_TAGS = "script, style, noscript, template, nav, header, footer, aside, form,"
            + " iframe, svg, canvas, button, select, input, textarea, dialog, figure, object, embed, video, audio,"
            + " [role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search],"
            + " [role=dialog], [aria-hidden=true], [hidden]";

    /** Class and id words that mark furniture; matched as whole words of the attribute, so "header" != "head". */
    private static final Set<String> FURNITURE_WORDS = Set.of(
            "nav", "navbar", "navigation", "menu", "sidebar", "related", "share", "sharing", "social", "comment",
            "comments", "advert", "advertisement", "ad", "ads", "adsense", "sponsor", "sponsored", "promo",
            "newsletter", "subscribe", "subscription", "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs",
            "footer", "masthead", "popular", "trending", "recommended", "recommendations", "outbrain", "taboola",
            "paywall", "byline", "tags", "toolbar", "banner", "modal", "popup", "skip");

    private static final List<String> FURNITURE_PHRASES = List.of(
            "more-from", "most-read", "most-popular", "read-more", "also-read", "you-may-like", "more-stories");

    private static final Pattern WORD_SPLIT = Pattern.compile("[^a-z0-9]+");
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt";
    private static final int MIN_PARAGRAPH_CHARS = 25;
    private static final double MAX_LINK_SHARE = 0.5;

    private HtmlArticleExtractor() {
    }

    public static HtmlArticle extract(String html, String baseUri) {
        Document document = Jsoup.parse(html, baseUri);
        Map<String, String> metadata = new LinkedHashMap<>(HtmlDateMetadata.extract(document));
        putIfPresent(metadata, "url", canonicalUrl(document));
        putIfPresent(metadata, "author", author(document));
        putIfPresent(metadata, "language", document.select("html[lang]").attr("lang").strip());
        String title = title(document);
        removeFurniture(document);
        String text = paragraphs(mainElement(document));
        if (text.isBlank()) {
            text = lenientText(Jsoup.parse(html, baseUri), title);
        }
        return new HtmlArticle(title.isEmpty() ? null : title, text, metadata);
    }

    /**
     * The reading for pages the usual one finds nothing in, so that only a page with truly no text is refused: the
     * article body may sit in a wrapper whose name looks like furniture ({@code sr-body-share-wrapper}), or in plain
     * {@code <div>}s and {@code <span>}s rather than paragraphs. Only furniture elements are removed (no guessing
     * from class names); the text is the longer of the main element's paragraphs and the lines of the element
     * holding the most text of its own, else the summary the page gives of itself ({@code og:description},
     * {@code description}). On a page of several stories, the main element is the one headed by the page's title.
     */
    private static String lenientText(Document document, String title) {
        int pageText = paragraphTextLength(document.body());
        document.select(FURNITURE_TAGS).stream()
                .filter(element -> !holdsTheArticle(element, pageText))
                .forEach(Element::remove);
        Element main = titledArticle(document, title);
        String text = paragraphs(main != null ? main : mainElement(document));
        Element richest = richestInOwnText(main != null ? main : document.body());
        if (richest != null) {
            String own = lines(richest);
            text = own.length() > text.length() ? own : text;
        }
        if (!text.isBlank()) {
            return text;
        }
        String description = meta(document, "og:description");
        return description.isEmpty() ? meta(document, "description") : description;
    }

    private static Element titledArticle(Document document, String title) {
        if (title.isEmpty()) {
            return null;
        }
        for (Element article : document.select("article")) {
            Element heading = article.selectFirst("h1, h2, h3");
            if (heading != null && heading.text().strip().equals(title)) {
                return article;
            }
        }
        return null;
    }

    /** The element whose children hold the most text of their own (a parent scores it fully, a grandparent half). */
    private static Element richestInOwnText(Element root) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element element : root.getAllElements()) {
            int length = element.ownText().strip().length();
            if (length < MIN_PARAGRAPH_CHARS || element.is("a")) {
                continue;
            }
            Element parent = element.parent();
            if (parent != null) {
                scores.merge(parent, (double) length, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2.0, Double::sum);
                }
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static String lines(Element root) {
        return root.wholeText().lines().map(String::strip).filter(line -> !line.isEmpty())
                .reduce((a, b) -> a + "\n\n" + b).orElse("");
    }

    private static String title(Document document) {
        String og = meta(document, "og:title");
        if (!og.isEmpty()) {
            return og;
        }
        Element h1 = document.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return h1.text().strip();
        }
        return document.title().strip();
    }

    private static String canonicalUrl(Document document) {
        Element canonical = document.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            String url = canonical.absUrl("href");
            return url.isEmpty() ? canonical.attr("href").strip() : url;
        }
        return meta(document, "og:url");
    }

    private static String author(Document document) {
        String author = meta(document, "author");
        if (author.isEmpty()) {
            String articleAuthor = meta(document, "article:author");
            author = articleAuthor.startsWith("http") ? "" : articleAuthor;
        }
        if (author.isEmpty()) {
            Element element = document.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author], [rel=author]");
            if (element != null) {
                author = element.hasAttr("content") ? element.attr("content") : element.text();
            }
        }
        return author.strip();
    }

    private static String meta(Document document, String name) {
        for (Element meta : document.select("meta[content]")) {
            if (name.equalsIgnoreCase(meta.attr("property")) || name.equalsIgnoreCase(meta.attr("name"))) {
                String content = meta.attr("content").strip();
                if (!content.isEmpty()) {
                    return content;
                }
            }
        }
        return "";
    }

    private static void removeFurniture(Document document) {
        int pageText = paragraphTextLength(document.body());
        document.select(FURNITURE_TAGS).stream()
                .filter(element -> !holdsTheArticle(element, pageText))
                .forEach(Element::remove);
        List<Element> marked = new ArrayList<>();
        for (Element element : document.body().getAllElements()) {
            if (element != document.body() && isFurniture(element.className() + " " + element.id())
                    && !holdsTheArticle(element, pageText)) {
                marked.add(element);
            }
        }
        marked.forEach(Element::remove);
    }

    /**
     * Page wrappers often carry words like "has-sidebar" or a stray {@code <header>} around everything: an element
     * holding an article element or most of the page's paragraph text is layout, not furniture.
     */
    private static boolean holdsTheArticle(Element element, int pageText) {
        if (element.is("script, style, noscript, template, svg")) {
            return false;
        }
        if (!element.select("article, main, [itemprop=articleBody]").isEmpty()) {
            return true;
        }
        return pageText > 0 && paragraphTextLength(element) * 2 > pageText;
    }

    private static boolean isFurniture(String classAndId) {
        String lower = classAndId.toLowerCase(Locale.ROOT);
        if (lower.isBlank()) {
            return false;
        }
        for (String word : WORD_SPLIT.split(lower)) {
            if (FURNITURE_WORDS.contains(word)) {
                return true;
            }
        }
        for (String phrase : FURNITURE_PHRASES) {
            if (lower.contains(phrase) || lower.contains(phrase.replace('-', '_'))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The element that holds the article: a marked article body, else the longest {@code <article>}, else the element
     * whose paragraphs hold the most text (a parent scores a paragraph fully, a grandparent half).
     */
    private static Element mainElement(Document document) {
        Element marked = document.selectFirst("[itemprop=articleBody]");
        if (marked != null && paragraphTextLength(marked) > 0) {
            return marked;
        }
        Element best = null;
        int bestLength = 0;
        for (Element article : document.select("article, main, [role=main]")) {
            int length = paragraphTextLength(article);
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        if (best != null) {
            return best;
        }
        Map<Element, Double> scores = new HashMap<>();
        for (Element paragraph : document.body().select("p")) {
            int length = paragraph.text().length();
            if (length < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, (double) length, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2.0, Double::sum);
                }
            }
        }
        return scores.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(document.body());
    }

    private static int paragraphTextLength(Element element) {
        return element.select("p").stream().mapToInt(p -> p.text().length()).sum();
    }

    private static String paragraphs(Element root) {
        Elements blocks = root.select(BLOCKS);
        if (blocks.isEmpty()) {
            return lines(root);
        }
        StringBuilder text = new StringBuilder();
        for (Element block : blocks) {
            if (hasBlockAncestorWithin(block, root) || isLinkList(block)) {
                continue;
            }
            String line = block.text().strip();
            if (!line.isEmpty()) {
                if (text.length() > 0) {
                    text.append("\n\n");
                }
                text.append(line);
            }
        }
        return text.toString();
    }

    private static boolean hasBlockAncestorWithin(Element block, Element root) {
        for (Element parent = block.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (parent.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    /** A block that is mostly links is a list of other stories, not article text. */
    private static boolean isLinkList(Element block) {
        int length = block.text().length();
        if (length == 0) {
            return true;
        }
        int linked = block.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return (double) linked / length > MAX_LINK_SHARE;
    }

    private static void putIfPresent(Map<String, String> metadata, String key, String value) {
        if (value != null && !value.isBlank()) {
            metadata.putIfAbsent(key, value.strip());
        }
    }
}
