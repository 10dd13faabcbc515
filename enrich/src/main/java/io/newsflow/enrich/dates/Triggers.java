package io.newsflow.enrich.dates;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which rules each token of a text can trigger, so that one pass over the text tells every rule where to look.
 * A token is a run of letters or a run of digits; a rule is tried only on the stretches around its triggering
 * tokens (see {@link Rule.Trigger}), never over the whole text. Because every match of a rule contains one of its
 * triggers and reaches no further than the trigger's bounds, matching on those stretches (with transparent
 * bounds, so look-arounds and word boundaries see past them) finds exactly what a scan of the whole text would.
 * Immutable and thread-safe.
 */
final class Triggers {

    private final List<Rule.Trigger> triggers;
    private final long digitRules;
    private final int longestWord;

    /** An open-addressing table from trigger word to its rules, probed without making a string per token. */
    private final String[] words;
    private final long[] wordRules;

    Triggers(List<Rule> rules) {
        if (rules.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " rules, got " + rules.size());
        }
        this.triggers = rules.stream().map(Rule::trigger).toList();
        Map<String, Long> rulesByWord = new LinkedHashMap<>();
        long digits = 0;
        for (int i = 0; i < triggers.size(); i++) {
            long bit = 1L << i;
            triggers.get(i).words().forEach(word -> rulesByWord.merge(word, bit, (a, b) -> a | b));
            if (triggers.get(i).digits()) {
                digits |= bit;
            }
        }
        this.digitRules = digits;
        this.longestWord = rulesByWord.keySet().stream().mapToInt(String::length).max().orElse(0);
        int capacity = Integer.highestOneBit(Math.max(4, rulesByWord.size() * 4) - 1) << 1;
        this.words = new String[capacity];
        this.wordRules = new long[capacity];
        rulesByWord.forEach((word, bits) -> {
            int slot = slot(word.hashCode());
            while (words[slot] != null) {
                slot = (slot + 1) & (capacity - 1);
            }
            words[slot] = word;
            wordRules[slot] = bits;
        });
    }

    /** The tokens of {@code text} that trigger any rule. */
    Index index(String text) {
        return new Index(text);
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (words.length - 1);
    }

    /**
     * The rules the letters {@code text[start, end)} trigger; {@code hash} is the {@link String#hashCode()} of
     * those letters lowercased, so a trigger word matches whatever its capitalization.
     */
    private long rulesOfWord(String text, int start, int end, int hash) {
        int length = end - start;
        for (int slot = slot(hash); words[slot] != null; slot = (slot + 1) & (words.length - 1)) {
            String word = words[slot];
            if (word.length() == length && text.regionMatches(true, start, word, 0, length)) {
                return wordRules[slot];
            }
        }
        return 0L;
    }

    private static boolean isLetter(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    private static boolean isDigit(char c) {
        return c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** The tokens of one text, and for each rule the tokens that trigger it. */
    final class Index {

        private final String text;
        private final int length;
        private int[] starts = new int[128];
        private int[] ends = new int[128];
        private int count;
        private final int[][] triggering = new int[triggers.size()][];
        private final int[] triggeringCount = new int[triggers.size()];

        private Index(String text) {
            this.text = text;
            this.length = text.length();
            int i = 0;
            while (i < length) {
                char c = text.charAt(i);
                int start = i;
                long triggered;
                if (isDigit(c)) {
                    do {
                        i++;
                    } while (i < length && isDigit(text.charAt(i)));
                    triggered = digitRules;
                } else if (isLetter(c)) {
                    int hash = 0;
                    boolean ascii = true;
                    do {
                        char letter = text.charAt(i);
                        ascii &= letter < 128;
                        hash = 31 * hash + (letter | 0x20);
                        i++;
                    } while (i < length && isLetter(text.charAt(i)));
                    // Trigger words are ASCII, and the rules' case-insensitive matching is ASCII-only too.
                    triggered = ascii && i - start <= longestWord ? rulesOfWord(text, start, i, hash) : 0L;
                } else {
                    i++;
                    continue;
                }
                add(start, i, triggered);
            }
        }

        /** Every token is kept, triggering or not, since the bounds of a stretch are counted in tokens. */
        private void add(int start, int end, long triggered) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            for (long rest = triggered; rest != 0; rest &= rest - 1) {
                int rule = Long.numberOfTrailingZeros(rest);
                int[] tokens = triggering[rule];
                if (tokens == null) {
                    tokens = new int[8];
                } else if (triggeringCount[rule] == tokens.length) {
                    tokens = Arrays.copyOf(tokens, tokens.length * 2);
                }
                tokens[triggeringCount[rule]++] = count;
                triggering[rule] = tokens;
            }
            count++;
        }

        boolean triggers(int rule) {
            return triggeringCount[rule] > 0;
        }

        /**
         * Tries rule number {@code rule} at each place a match of it can start, in text order: the start of each
         * token within the rule's reach before a triggering token, and the character before it when that is neither
         * a letter, a digit nor white space (an apostrophe, a bracket), since some rules begin there. Places before
         * the end of the last match are skipped, as a scan of the whole text would. Each attempt may reach as far as
         * the gap after the last token that any triggering token whose reach holds the start allows.
         */
        void forEachStart(int rule, Attempt attempt) {
            int anchors = triggeringCount[rule];
            int[] tokens = triggering[rule];
            int before = triggers.get(rule).before();
            int after = triggers.get(rule).after();
            int matchedTo = 0;
            int nextToken = 0;
            int reaching = 0;
            int reachEnd = 0;
            for (int a = 0; a < anchors; a++) {
                for (int t = Math.max(tokens[a] - before, nextToken); t <= tokens[a]; t++) {
                    while (reaching < anchors && tokens[reaching] - before <= t) {
                        int last = tokens[reaching] + after + 1;
                        reachEnd = Math.max(reachEnd, last >= count ? length : starts[last]);
                        reaching++;
                    }
                    int start = starts[t];
                    if (start > matchedTo && isOpening(text.charAt(start - 1))) {
                        int end = attempt.at(start - 1, reachEnd);
                        if (end >= 0) {
                            matchedTo = end;
                            continue;
                        }
                    }
                    if (start >= matchedTo) {
                        int end = attempt.at(start, reachEnd);
                        if (end >= 0) {
                            matchedTo = end;
                        }
                    }
                }
                nextToken = tokens[a] + 1;
            }
        }
    }

    /** A character a match can begin with although it is not part of a token: "'80s", "(GMT)". */
    private static boolean isOpening(char c) {
        return !Character.isWhitespace(c) && !isLetter(c) && !isDigit(c);
    }

    /** One try of a rule at one place. */
    @FunctionalInterface
    interface Attempt {
        /** The end of the match starting at {@code start} and ending by {@code reachEnd}, or -1 for none. */
        int at(int start, int reachEnd);
    }
}
