package io.newsflow.enrich.dates;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pattern of the tagger, the words every match of it contains, and how a match becomes a TIMEX3 value.
 *
 * @param trigger where in a text the pattern can match at all, so that it is tried only there
 */
record Rule(String name, Trigger trigger, Pattern pattern, Resolver resolver) {

    static Rule of(String name, Trigger trigger, String regex, Resolver resolver) {
        return new Rule(name, trigger, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), resolver);
    }

    @FunctionalInterface
    interface Resolver {
        /** The expression the match stands for, or empty when the words are not temporal here ("may", "sat"). */
        Optional<Candidate> resolve(Matcher match, Scan scan);
    }

    /**
     * The tokens (runs of letters, or runs of digits) one of which every match of a rule contains, and how many
     * tokens a match can reach before and after that one. The tagger tries the rule only on those stretches.
     *
     * @param words  lowercase letter runs that trigger the rule
     * @param digits true when any run of digits triggers it
     * @param before the most tokens a match holds before the triggering one
     * @param after  the most tokens a match holds after it
     */
    record Trigger(Set<String> words, boolean digits, int before, int after) {

        static Trigger onWords(Set<String> words, int before, int after) {
            return new Trigger(Set.copyOf(words), false, before, after);
        }

        static Trigger onWords(int before, int after, String... words) {
            return onWords(Set.of(words), before, after);
        }

        static Trigger onDigits(int before, int after) {
            return new Trigger(Set.of(), true, before, after);
        }
    }
}
