package io.newsflow.model;

/**
 * A temporal expression found in the text, normalized in TIMEX3 style.
 *
 * @param text  the expression as written
 * @param value normalized value: {@code 2025-02-18}, {@code 2022-02}, {@code 2025-W09}, {@code P3Y}, {@code PRESENT_REF}
 * @param type  TIMEX3 type: DATE, TIME, DURATION or SET
 * @param start offset into the published text, inclusive
 * @param end   offset into the published text, exclusive
 */
public record DateMention(String text, String value, String type, int start, int end) {
}
