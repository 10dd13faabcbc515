package io.newsflow.enrich.dates;

/** A temporal expression one rule found: a span of the text and its TIMEX3 value and type. */
record Candidate(int start, int end, String value, String type) {

    static final String DATE = "DATE";
    static final String TIME = "TIME";
    static final String DURATION = "DURATION";
    static final String SET = "SET";

    int length() {
        return end - start;
    }

    boolean overlaps(Candidate other) {
        return start < other.end && other.start < end;
    }

    Candidate withStart(int newStart) {
        return new Candidate(newStart, end, value, type);
    }
}
