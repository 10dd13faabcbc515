package io.newsflow.enrich.cleanup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes the page furniture ingest could not recognise and normalizes the text every later step reads; the
 * result is the published {@code text}, so all offsets refer to it.
 *
 * <p>What goes: a navigation block at the end (a line such as "Popular", "More from World" or "Comments" and
 * whatever short headline-like lines follow it), navigation lines at the start ("Skip to content", "Advertisement"),
 * photo-credit lines ("Reuters", "Photo: AFP/Getty Images"), and a short line that repeats an earlier line or the
 * title (subheadings echoing a summary list). What changes: Unicode NFC, curly quotes to straight ones, every kind of
 * space to a plain space, runs of spaces to one, at most one blank line between paragraphs. Sentences are never
 * rewritten, so an entity or a date reads as it did on the page.
 */
public final class TextCleaner {

    /** Lines that only ever label navigation, compared lower-case without trailing punctuation. */
    private static final Set<String> NAVIGATION_LABELS = Set.of(
            "popular", "most popular", "most read", "most viewed", "trending", "trending now", "spotlight",
            "recommended", "recommended for you", "related", "related articles", "related stories",
            "related content", "read more", "read next", "more stories", "more news", "latest news", "latest",
            "top stories", "editor's picks", "editors' picks", "you may also like", "you might also like",
            "comments", "comment", "leave a comment", "see what people are discussing", "join the conversation",
            "share", "share this article", "share this", "advertisement", "sponsored", "skip to content",
            "skip to main content", "menu", "home", "subscribe", "sign up", "sign in", "log in", "newsletter",
            "sign up for our newsletter", "follow us", "back to top", "watch", "listen", "print");

    /** "More from World", "More in Business", "More on this story". */
    private static final Pattern MORE_FROM = Pattern.compile("(?i)^more (?:from|in|on|about) \\p{L}[\\p{L} &'-]{0,40}$");

    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?i)^(?:\\(?(?:photo|photograph|picture|image|file photo|credit|foto)s?\\s*(?:credit)?\\s*(?::|by|/)"
                    + "\\s*[^.!?]{1,80}\\)?"
                    + "|(?:reuters|ap|afp|epa|getty images|ap photo|afp via getty images|anadolu|xinhua|tass"
                    + "|ria novosti|sputnik|shutterstock|dpa|ansa|efe|upi|pool)"
                    + "(?:\\s*/\\s*[\\p{L} .'-]{1,40}){0,2})$");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s:.…»>|-]+$");

    /** A line longer than this many words is prose, never a headline in a navigation list. */
    private static final int MAX_HEADLINE_WORDS = 20;
    private static final int MAX_REPEATED_LINE_WORDS = 12;

    public String clean(String text, String title) {
        List<String> lines = lines(normalize(text));
        lines = dropTrailingNavigation(lines);
        lines = dropLeadingNavigation(lines);
        lines = dropCreditsAndRepeats(lines, title == null ? null : key(normalize(title)));
        return join(lines);
    }

    /** One pass over the characters: the regular-expression version cost more than the rest of the clean-up. */
    static String normalize(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean inSpace = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (isHorizontalSpace(c)) {
                if (!inSpace) {
                    out.append(' ');
                }
                inSpace = true;
                continue;
            }
            if (isInvisible(c)) {
                continue;
            }
            inSpace = false;
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\u2028', '\u2029', '\u0085' -> out.append('\n');
                case '\u2018', '\u2019', '\u201A', '\u201B' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F' -> out.append('"');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0' || c == '\u1680'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.strip());
        }
        return lines;
    }

    /**
     * Walks up from the end over navigation labels and the short headline-like lines they introduce, and cuts at
     * the highest label reached; prose (a long line, or one ending a sentence) stops the walk.
     */
    private static List<String> dropTrailingNavigation(List<String> lines) {
        int cut = lines.size();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            if (isNavigation(line)) {
                cut = i;
            } else if (!isHeadlineLike(line)) {
                break;
            }
        }
        return lines.subList(0, cut);
    }

    private static List<String> dropLeadingNavigation(List<String> lines) {
        int start = 0;
        while (start < lines.size() && (lines.get(start).isEmpty() || isNavigation(lines.get(start)))) {
            start++;
        }
        return lines.subList(start, lines.size());
    }

    private static List<String> dropCreditsAndRepeats(List<String> lines, String titleKey) {
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean titleSeen = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                kept.add(line);
                continue;
            }
            if (PHOTO_CREDIT.matcher(line).matches()) {
                continue;
            }
            String key = key(line);
            boolean isTitle = key.equals(titleKey);
            boolean repeated = isTitle ? titleSeen : seen.contains(key) && words(line) <= MAX_REPEATED_LINE_WORDS;
            if (repeated) {
                continue;
            }
            titleSeen |= isTitle;
            seen.add(key);
            kept.add(line);
        }
        return kept;
    }

    private static boolean isNavigation(String line) {
        String label = TRAILING_PUNCTUATION.matcher(line.toLowerCase(Locale.ROOT)).replaceAll("");
        return NAVIGATION_LABELS.contains(label) || MORE_FROM.matcher(label).matches();
    }

    /** A teaser headline: short, and not ending like a sentence of prose. */
    private static boolean isHeadlineLike(String line) {
        char last = line.charAt(line.length() - 1);
        boolean endsSentence = last == '.' || last == '!' || last == '?' || last == '"' || last == ':';
        return !endsSentence && words(line) <= MAX_HEADLINE_WORDS;
    }

    private static int words(String line) {
        return line.split(" ").length;
    }

    private static String key(String line) {
        return line.strip().toLowerCase(Locale.ROOT);
    }

    private static String join(List<String> lines) {
        StringBuilder text = new StringBuilder();
        boolean blankPending = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                blankPending = text.length() > 0;
                continue;
            }
            if (text.length() > 0) {
                text.append(blankPending ? "\n\n" : "\n");
            }
            text.append(line);
            blankPending = false;
        }
        return text.toString();
    }
}
