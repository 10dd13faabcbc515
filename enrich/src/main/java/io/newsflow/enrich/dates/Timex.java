package io.newsflow.enrich.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** TIMEX3 values, and the calendar arithmetic that resolves an expression against the reference date. */
final class Timex {

    private Timex() {
    }

    static String year(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    static String month(int year, int month) {
        return YearMonth.of(year, month).toString();
    }

    static String week(LocalDate day) {
        return String.format(Locale.ROOT, "%04d-W%02d",
                day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    static String quarter(int year, int quarter) {
        return year(year) + "-Q" + quarter;
    }

    static int quarterOf(LocalDate day) {
        return (day.getMonthValue() - 1) / 3 + 1;
    }

    /** The weekday nearest the reference in the direction the tense points to; the reference itself if it is that day. */
    static LocalDate weekday(LocalDate reference, DayOfWeek day, Tense tense) {
        if (tense == Tense.FUTURE) {
            return reference.with(TemporalAdjusters.nextOrSame(day));
        }
        return reference.with(TemporalAdjusters.previousOrSame(day));
    }

    /**
     * The year of a month (and day) written without one: the same year as the reference unless the tense says the
     * date lies on the other side of it, or, without a tense, the year that puts it nearest the reference.
     */
    static int yearOf(LocalDate reference, int month, int day, Tense tense) {
        int year = reference.getYear();
        LocalDate same = safeDate(year, month, day);
        switch (tense) {
            case FUTURE:
                return same.isBefore(reference.minusDays(7)) ? year + 1 : year;
            case PAST:
                return same.isAfter(reference.plusDays(7)) ? year - 1 : year;
            default:
                long distance = Math.abs(same.toEpochDay() - reference.toEpochDay());
                if (distance <= 183) {
                    return year;
                }
                return same.isBefore(reference) ? year + 1 : year - 1;
        }
    }

    /** A date, with 29 February moved to the 28th in a year that has no such day. */
    static LocalDate safeDate(int year, int month, int day) {
        YearMonth yearMonth = YearMonth.of(year, month);
        return yearMonth.atDay(Math.min(day, yearMonth.lengthOfMonth()));
    }

    /** A two-digit year read as the one nearest the reference within a century. */
    static int fullYear(int twoDigits, LocalDate reference) {
        int century = reference.getYear() / 100 * 100;
        int year = century + twoDigits;
        if (year > reference.getYear() + 20) {
            year -= 100;
        }
        return year;
    }
}
