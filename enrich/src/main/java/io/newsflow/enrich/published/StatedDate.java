package io.newsflow.enrich.published;

import io.newsflow.enrich.dates.TemporalTagger;
import io.newsflow.model.DateMention;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a source states it: a day, and the moment when the source also gave a time with its zone.
 *
 * @param day  the day as the source wrote it (its local day, not shifted to UTC)
 * @param time the moment with the offset the source stated, when it gave a time and a zone
 */
record StatedDate(LocalDate day, Optional<OffsetDateTime> time) {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*"
                    + "(Z|UTC|GMT|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?(Z)?)?");
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    private static final Pattern FULL_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    /**
     * The value to publish, a UTC date-time or a plain date as the record contract has it. A time stated in UTC is
     * kept whole. A time stated with another offset gives the source's own calendar day as a plain date rather than
     * the instant in UTC: shifted to UTC, an article of 01:59 in Kyiv would fall on the day before, and the day the
     * outlet published on is what readers, dedup and the reference date of the tagger go by.
     */
    String iso() {
        return time.filter(t -> t.getOffset().equals(ZoneOffset.UTC))
                .map(t -> t.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .orElse(day.toString());
    }

    /** Reads a stated date string: ISO 8601 and its variants, RFC 1123, epoch seconds or millis, or English words. */
    static Optional<StatedDate> parse(String value, TemporalTagger tagger, LocalDate reference) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            Matcher iso = ISO.matcher(text);
            if (iso.lookingAt()) {
                return Optional.of(fromParts(iso));
            }
            Matcher compact = COMPACT.matcher(text);
            if (compact.matches()) {
                return Optional.of(fromParts(compact));
            }
            if (EPOCH.matcher(text).matches()) {
                long number = Long.parseLong(text);
                Instant instant = text.length() == 13 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
                return Optional.of(new StatedDate(LocalDate.ofInstant(instant, ZoneOffset.UTC),
                        Optional.of(instant.atOffset(ZoneOffset.UTC))));
            }
            ZonedDateTime rfc = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Optional.of(new StatedDate(rfc.toLocalDate(), Optional.of(rfc.toOffsetDateTime())));
        } catch (DateTimeException e) {
            return inWords(text, tagger, reference);
        }
    }

    /** The first full day written with its year in {@code text}, as the tagger reads it. */
    static Optional<StatedDate> inWords(String text, TemporalTagger tagger, LocalDate reference) {
        for (DateMention mention : tagger.tag(text, reference)) {
            if (FULL_DAY.matcher(mention.value()).matches() && FOUR_DIGIT_YEAR.matcher(mention.text()).find()) {
                return Optional.of(new StatedDate(LocalDate.parse(mention.value()), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private static StatedDate fromParts(Matcher m) {
        LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        if (m.group(4) == null || m.group(7) == null) {
            return new StatedDate(day, Optional.empty());
        }
        LocalDateTime local = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
        String zone = m.group(7);
        ZoneOffset offset = zone.equals("Z") || zone.equals("UTC") || zone.equals("GMT") ? ZoneOffset.UTC
                : ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":" + zone.substring(3) : zone);
        return new StatedDate(day, Optional.of(OffsetDateTime.of(local, offset)));
    }
}
