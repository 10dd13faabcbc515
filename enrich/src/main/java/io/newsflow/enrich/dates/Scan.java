package io.newsflow.enrich.dates;

import java.time.LocalDate;
import java.util.regex.Matcher;

/** One text being tagged and the date its relative expressions are resolved against. */
record Scan(String text, LocalDate reference) {

    Tense tense(Matcher match) {
        return Tense.around(text, match.start(), match.end());
    }

    /** The word before offset {@code index}, lowercased, or "" at the start of the text. */
    String wordBefore(int index) {
        int end = index;
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
            start--;
        }
        return Lexicon.lower(text.substring(start, end));
    }

    /** The word after offset {@code index}, as written, or "" at the end of the text. */
    String wordAfter(int index) {
        int start = index;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /** True when only white space lies between the start of the line and {@code index}. */
    boolean startsLine(int index) {
        int i = index;
        while (i > 0 && text.charAt(i - 1) != '\n') {
            if (!Character.isWhitespace(text.charAt(i - 1))) {
                return false;
            }
            i--;
        }
        return true;
    }

    Candidate date(Matcher match, String value) {
        return new Candidate(match.start(), match.end(), value, Candidate.DATE);
    }

    Candidate candidate(Matcher match, String value, String type) {
        return new Candidate(match.start(), match.end(), value, type);
    }
}
