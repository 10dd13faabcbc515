package io.newsflow.enrich.dates;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One pattern of the tagger and how a match of it becomes a TIMEX3 value. */
record Rule(String name, Pattern pattern, Resolver resolver) {

    static Rule of(String name, String regex, Resolver resolver) {
        return new Rule(name, Pattern.compile(regex, Pattern.CASE_INSENSITIVE), resolver);
    }

    @FunctionalInterface
    interface Resolver {
        /** The expression the match stands for, or empty when the words are not temporal here ("may", "sat"). */
        Optional<Candidate> resolve(Matcher match, Scan scan);
    }
}
