package io.newsflow.enrich.dates;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tense of the clause around an expression, read from the nearest verb-like word: enough to tell whether
 * "Tuesday" lies before or after the day the article was written.
 */
enum Tense {
    PAST, FUTURE, UNKNOWN;

    private static final Pattern WORD = Pattern.compile("[A-Za-z']+");

    private static final Set<String> FUTURE_WORDS = Set.of(
            "will", "'ll", "shall", "won't", "wo", "going", "scheduled", "expected", "expects", "expect", "plans",
            "plan", "planning", "due", "upcoming", "intends", "intend", "set", "slated", "next", "tomorrow",
            "until", "till", "await", "awaiting", "ahead", "coming");

    private static final Set<String> PAST_WORDS = Set.of(
            "was", "were", "had", "did", "been", "ago", "said", "met", "told", "took", "began", "made", "came",
            "went", "saw", "gave", "rose", "fell", "sold", "bought", "won", "lost", "left", "held", "became",
            "brought", "ran", "got", "led", "paid", "spent", "struck", "wrote", "spoke", "hit", "cut", "knew",
            "found", "thought", "sent", "kept", "fled", "grew", "drew", "flew", "chose", "broke", "stood", "fought",
            "caught", "slid", "sank", "shrank", "swung", "last", "yesterday", "earlier", "since", "previous",
            "wasn't", "weren't", "didn't", "hadn't");

    /** Words ending in -ed that are not past forms, or that point forward. */
    private static final Set<String> NOT_PAST = Set.of(
            "need", "needed", "indeed", "speed", "feed", "proceed", "exceed", "succeed", "red", "bed", "seed",
            "breed", "united", "limited", "based", "related", "so-called", "planned", "scheduled", "expected",
            "proposed", "supposed", "hundred", "detailed", "advanced", "concerned", "involved", "interested");

    /** The tense of the sentence around [start, end): the nearest marker before the expression, else after it. */
    static Tense around(String text, int start, int end) {
        int sentenceStart = start;
        while (sentenceStart > 0 && !isSentenceEnd(text, sentenceStart - 1)) {
            sentenceStart--;
        }
        int sentenceEnd = end;
        while (sentenceEnd < text.length() && !isSentenceEnd(text, sentenceEnd)) {
            sentenceEnd++;
        }
        Tense before = lastMarker(text.substring(sentenceStart, start));
        return before != UNKNOWN ? before : firstMarker(text.substring(end, sentenceEnd));
    }

    private static boolean isSentenceEnd(String text, int index) {
        char c = text.charAt(index);
        if (c == '\n' || c == '!' || c == '?' || c == ';') {
            return true;
        }
        // A full stop ends a sentence only before white space and a capital: "U.S." and "p.m." do not.
        return c == '.' && index + 2 < text.length() && Character.isWhitespace(text.charAt(index + 1))
                && Character.isUpperCase(text.charAt(index + 2)) && !(index > 0 && text.charAt(index - 2) == '.');
    }

    private static Tense lastMarker(String span) {
        Tense found = UNKNOWN;
        Matcher words = WORD.matcher(span);
        while (words.find()) {
            Tense tense = of(Lexicon.lower(words.group()));
            if (tense != UNKNOWN) {
                found = tense;
            }
        }
        return found;
    }

    private static Tense firstMarker(String span) {
        Matcher words = WORD.matcher(span);
        while (words.find()) {
            Tense tense = of(Lexicon.lower(words.group()));
            if (tense != UNKNOWN) {
                return tense;
            }
        }
        return UNKNOWN;
    }

    static Tense of(String word) {
        if (FUTURE_WORDS.contains(word) || word.endsWith("'ll")) {
            return FUTURE;
        }
        if (PAST_WORDS.contains(word)) {
            return PAST;
        }
        if (word.length() > 4 && word.endsWith("ed") && !NOT_PAST.contains(word)) {
            return PAST;
        }
        return UNKNOWN;
    }
}
