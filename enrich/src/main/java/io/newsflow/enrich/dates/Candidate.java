package io.newsflow.enrich.dates;

/**
 * A temporal expression one rule found: a span of the text and its TIMEX3 value and type.
 *
 * @param anaphoric true for "the day", whose value is the day last named before it, known only once all rules ran
 */
record Candidate(int start, int end, String value, String type, boolean anaphoric) {

    static final String DATE = "DATE";
    static final String TIME = "TIME";
    static final String DURATION = "DURATION";
    static final String SET = "SET";

    Candidate(int start, int end, String value, String type) {
        this(start, end, value, type, false);
    }

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }

    Candidate withStart(int newStart) {
        return new Candidate(newStart, end, value, type, anaphoric);
    }

    Candidate withValue(String newValue) {
        return new Candidate(start, end, newValue, type, false);
    }
}
