package io.newsflow.enrich.dates;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
    private final Map<String, Long> rulesByWord = new HashMap<>();
    private final long digitRules;
    private final int longestWord;

    Triggers(List<Rule> rules) {
        if (rules.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " rules, got " + rules.size());
        }
        this.triggers = rules.stream().map(Rule::trigger).toList();
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
    }

    /** The tokens of {@code text} that trigger any rule. */
    Index index(String text) {
        return new Index(text);
    }

    /** The triggering tokens of one text. */
    final class Index {

        private final int length;
        private int[] starts = new int[64];
        private int[] ends = new int[64];
        private long[] rules = new long[64];
        private int count;

        private Index(String text) {
            this.length = text.length();
            int i = 0;
            while (i < length) {
                char c = text.charAt(i);
                if (Character.isDigit(c)) {
                    int start = i;
                    do {
                        i++;
                    } while (i < length && Character.isDigit(text.charAt(i)));
                    add(start, i, digitRules);
                } else if (Character.isLetter(c)) {
                    int start = i;
                    do {
                        i++;
                    } while (i < length && Character.isLetter(text.charAt(i)));
                    long word = i - start > longestWord ? 0L
                            : rulesByWord.getOrDefault(text.substring(start, i).toLowerCase(Locale.ROOT), 0L);
                    add(start, i, word);
                } else {
                    i++;
                }
            }
        }

        /** Every token is kept, triggering or not, since the bounds of a stretch are counted in tokens. */
        private void add(int start, int end, long triggered) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
                rules = Arrays.copyOf(rules, count * 2);
            }
            starts[count] = start;
            ends[count] = end;
            rules[count] = triggered;
            count++;
        }

        /**
         * The stretches where rule number {@code rule} can match, as {@code [from, to)} pairs in text order, merged
         * where they meet. Each reaches from the gap before the first token the rule's bounds allow to the gap after
         * the last.
         */
        int[] stretches(int rule) {
            Rule.Trigger trigger = triggers.get(rule);
            long bit = 1L << rule;
            int[] pairs = new int[8];
            int size = 0;
            for (int t = 0; t < count; t++) {
                if ((rules[t] & bit) == 0) {
                    continue;
                }
                int first = t - trigger.before() - 1;
                int last = t + trigger.after() + 1;
                int from = first < 0 ? 0 : ends[first];
                int to = last >= count ? length : starts[last];
                if (size > 0 && from <= pairs[size - 1]) {
                    pairs[size - 1] = Math.max(pairs[size - 1], to);
                    continue;
                }
                if (size == pairs.length) {
                    pairs = Arrays.copyOf(pairs, size * 2);
                }
                pairs[size++] = from;
                pairs[size++] = to;
            }
            return Arrays.copyOf(pairs, size);
        }
    }
}
