package io.newsflow.enrich.dates;

import java.util.ArrayList;
import java.util.List;
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

    private static final Set<String> BE = Set.of("be", "been", "being", "is", "are");

    private static final Set<String> AUXILIARIES = Set.of(
            "was", "were", "had", "did", "wasn't", "weren't", "didn't", "hadn't");

    private static final Set<String> FUTURE_WORDS = Set.of(
            "will", "'ll", "shall", "won't", "wo", "going", "scheduled", "expected", "expects", "expect", "plans",
            "plan", "planning", "due", "upcoming", "intends", "intend", "slated", "next", "tomorrow", "until",
            "till", "await", "awaiting", "ahead", "coming", "should", "could", "might", "must");

    private static final Set<String> PAST_WORDS = Set.of(
            "was", "were", "had", "did", "ago", "said", "met", "told", "took", "began", "made", "came",
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
        List<String> before = words(text.substring(sentenceStart, start));
        for (int i = before.size() - 1; i >= 0; i--) {
            Tense tense = at(before, i);
            if (tense != UNKNOWN) {
                return tense;
            }
        }
        List<String> after = words(text.substring(end, sentenceEnd));
        for (int i = 0; i < after.size(); i++) {
            Tense tense = at(after, i);
            if (tense != UNKNOWN) {
                return tense;
            }
        }
        return UNKNOWN;
    }

    private static boolean isSentenceEnd(String text, int index) {
        char c = text.charAt(index);
        if (c == '\n' || c == '!' || c == '?' || c == ';') {
            return true;
        }
        // A full stop ends a sentence only before white space and a capital: "U.S." and "p.m." do not.
        return c == '.' && index + 2 < text.length() && Character.isWhitespace(text.charAt(index + 1))
                && Character.isUpperCase(text.charAt(index + 2)) && !(index > 1 && text.charAt(index - 2) == '.');
    }

    private static List<String> words(String span) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(span);
        while (matcher.find()) {
            words.add(Lexicon.lower(matcher.group()));
        }
        return words;
    }

    /**
     * The tense word {@code i} marks. A participle after "be" is passive and says nothing by itself ("will be
     * held", "is to be finalized"): the auxiliary before it decides, and "to be" points forward.
     */
    private static Tense at(List<String> words, int i) {
        String word = words.get(i);
        if (word.equals("be") && i > 0 && words.get(i - 1).equals("to")) {
            return FUTURE;
        }
        Tense tense = of(word);
        if (tense == PAST && !AUXILIARIES.contains(word) && isAfterBe(words, i)) {
            return UNKNOWN;
        }
        return tense;
    }

    private static boolean isAfterBe(List<String> words, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 2); j--) {
            String previous = words.get(j);
            if (BE.contains(previous)) {
                return true;
            }
            if (!previous.endsWith("ly")) {
                return false;
            }
        }
        return false;
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
