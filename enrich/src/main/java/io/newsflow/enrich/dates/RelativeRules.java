package io.newsflow.enrich.dates;

import static io.newsflow.enrich.dates.Lexicon.MONTH_FULL;
import static io.newsflow.enrich.dates.Lexicon.MONTH_FULL_WORDS;
import static io.newsflow.enrich.dates.Lexicon.NUMBER_TOKENS;
import static io.newsflow.enrich.dates.Lexicon.NUMBER;
import static io.newsflow.enrich.dates.Lexicon.PART_OF_DAY;
import static io.newsflow.enrich.dates.Lexicon.UNIT;
import static io.newsflow.enrich.dates.Lexicon.WEEKDAY;
import static io.newsflow.enrich.dates.Lexicon.WEEKDAY_WORDS;
import static io.newsflow.enrich.dates.Rule.Trigger.onDigits;
import static io.newsflow.enrich.dates.Rule.Trigger.onWords;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;

/** Expressions read against the reference date: "yesterday", "on Tuesday", "last month", "three days ago". */
final class RelativeRules {

    private static final Map<String, String> PARTS_OF_DAY = Map.of(
            "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI");

    /** Capitalized words that turn a weekday into a named day: "Black Monday", "Super Tuesday". */
    private static final Set<String> NAMED_DAY_PREFIXES = Set.of(
            "black", "super", "good", "ash", "holy", "cyber", "bloody", "maundy", "easter", "palm", "shrove",
            "giving", "blue");

    private static final List<String> SEASONS = List.of("WI", "SP", "SU", "FA");

    private RelativeRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of("deictic-day", onWords(1, 1, "today", "tonight", "yesterday", "tomorrow"),
                        "\\b(?:(earlier|later)\\s+)?(today|tonight|yesterday|tomorrow)(?:\\s+("
                        + PART_OF_DAY + "))?\\b", RelativeRules::deicticDay),
                Rule.of("this-part-of-day", onWords(1, 0, "morning", "afternoon", "evening"),
                        "\\bthis\\s+(morning|afternoon|evening)\\b", RelativeRules::thisPartOfDay),
                Rule.of("weekday", onWords(WEEKDAY_WORDS, 1, 1),
                        "\\b(?:(last|next|this|coming|past)\\s+)?(" + WEEKDAY + ")(?:\\s+("
                        + PART_OF_DAY + "))?\\b", RelativeRules::weekday),
                Rule.of("relative-unit", onWords(5, 0, "week", "weekend", "month", "year", "quarter", "decade"),
                        "\\b(?:(earlier|later)\\s+(?:in\\s+)?)?(?:the\\s+)?(this|last|next|previous"
                        + "|past|coming|current|following|upcoming)\\s+(week|weekend|month|year|quarter|decade)\\b",
                        RelativeRules::relativeUnit),
                Rule.of("the-unit", onWords(6, 0, "week", "weekend", "month", "year"),
                        "\\b(?:(?:earlier|later)\\s+(?:in\\s+)?)?the\\s+(?:(?:beginning|start|end|middle"
                        + "|rest|close|remainder)\\s+of\\s+the\\s+)?(week|weekend|month|year)\\b(?!\\s+(?:before|after"
                        + "|earlier|later|ago|to|of|in|when|that|which|'s))", RelativeRules::theUnit),
                Rule.of("week-of-month", onWords(2, 3, "week"),
                        "\\b(?:the\\s+)?(first|second|third|fourth|last|final)\\s+week\\s+(?:of|in)\\s+("
                        + MONTH_FULL + ")\\b(?:,?\\s+(\\d{4})\\b)?", RelativeRules::weekOfMonth),
                Rule.of("anaphoric-day", onWords(4, 0, "day"),
                        "\\b(?:(?:earlier|later|late|early)\\s+in\\s+)?(?:the|that)\\s+(?:same\\s+|very\\s+)?"
                        + "day\\b(?!\\s+(?:after|before|of|when|that|which|and|or|to)\\b|-|')", RelativeRules::anaphoricDay),
                Rule.of("relative-month", onWords(MONTH_FULL_WORDS, 1, 0),
                        "\\b(last|next|this|past|coming)\\s+(" + MONTH_FULL + ")\\b",
                        RelativeRules::relativeMonth),
                Rule.of("ago", onWords(3 + NUMBER_TOKENS + 1, 0, "ago", "now", "hence"),
                        "\\b(?:(?:about|around|some|nearly|almost|over|more\\s+than|less\\s+than|roughly"
                        + "|approximately|just|only|barely)\\s+)?(" + NUMBER + ")(?:\\s+|-)(" + UNIT
                        + ")s?\\s+(ago|from\\s+now|hence)\\b", RelativeRules::ago),
                Rule.of("quarter", onWords(4, 5, "quarter"),
                        "\\b(?:the\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)(?:\\s+|-)"
                        + "(?:fiscal\\s+|calendar\\s+)?quarter\\b(?:\\s+(?:of\\s+)?(?:(?:fiscal\\s+)?(\\d{4})|(?:the\\s+)?"
                        + "(this|last|next|previous|current|same)\\s+(?:fiscal\\s+)?year))?", RelativeRules::quarter),
                Rule.of("q-quarter", onWords(0, 2, "q"),
                        "\\bQ([1-4])(?:\\s*|-|/)?(\\d{4}|\\d{2})?\\b", RelativeRules::qQuarter),
                Rule.of("half", onWords(2, 4, "half"),
                        "\\b(?:the\\s+)?(first|second)(?:\\s+|-)half\\s+(?:of\\s+)?(?:(\\d{4})|(?:the\\s+)?"
                        + "(this|last|next|previous|current)\\s+year)\\b", RelativeRules::half),
                Rule.of("season", onWords(1, 2, "spring", "summer", "autumn", "fall", "winter"),
                        "\\b(?:(this|last|next|the|early|late|mid|in|during|by|until|since|over)[\\s-]+)?"
                        + "(spring|summer|autumn|fall|winter)\\b(?:\\s+(?:of\\s+)?(\\d{4})\\b)?", RelativeRules::season),
                Rule.of("reference", onWords(3, 1, "now", "currently", "nowadays", "present", "recently",
                        "lately", "recent", "later", "past", "future", "soon", "days", "far"),
                        "\\b(now|currently|nowadays|at\\s+present|(?:more\\s+)?recently|lately|recent|later"
                        + "|(?:in\\s+)?the\\s+(?:recent\\s+|distant\\s+)?past|(?:in\\s+)?the\\s+(?:near\\s+|distant"
                        + "\\s+)?future|(?:very\\s+)?soon|these\\s+days|so\\s+far)\\b", RelativeRules::reference),
                Rule.of("clock", onDigits(0, 6),
                        "\\b(?:(\\d{1,2}):(\\d{2})|(\\d{1,2})(?=\\s*[ap]\\.?m\\b)|([01]\\d|2[0-3])([0-5]\\d)(?=\\s*"
                        + "(?:UTC|GMT)\\b))(?:\\s*([ap])\\.?m\\b\\.?)?(?:\\s*\\(?(UTC|GMT|Z)\\b(?:\\s*([+-]\\d{1,2})(?::?(\\d{2}))?\\b)?\\)?)?",
                        RelativeRules::clock),
                Rule.of("noon", onWords(0, 0, "noon", "midday", "midnight"),
                        "\\b(noon|midday|midnight)\\b", RelativeRules::noon));
    }

    private static Optional<Candidate> deicticDay(Matcher m, Scan scan) {
        LocalDate reference = scan.reference();
        String word = Lexicon.lower(m.group(2));
        LocalDate day = switch (word) {
            case "yesterday" -> reference.minusDays(1);
            case "tomorrow" -> reference.plusDays(1);
            default -> reference;
        };
        String part = word.equals("tonight") ? "night" : m.group(3);
        if (part != null) {
            return Optional.of(scan.candidate(m, day + "T" + PARTS_OF_DAY.get(Lexicon.lower(part)), Candidate.TIME));
        }
        return Optional.of(scan.date(m, day.toString()));
    }

    private static Optional<Candidate> thisPartOfDay(Matcher m, Scan scan) {
        return Optional.of(scan.candidate(m, scan.reference() + "T" + PARTS_OF_DAY.get(Lexicon.lower(m.group(1))),
                Candidate.TIME));
    }

    private static Optional<Candidate> weekday(Matcher m, Scan scan) {
        String name = m.group(2);
        String previous = previousWordAsWritten(scan, m.start());
        if (!Lexicon.capitalized(name)
                || Lexicon.capitalized(previous) && NAMED_DAY_PREFIXES.contains(Lexicon.lower(previous))) {
            return Optional.empty();
        }
        DayOfWeek day = Lexicon.weekday(name);
        LocalDate reference = scan.reference();
        String modifier = m.group(1) == null ? "" : Lexicon.lower(m.group(1));
        LocalDate resolved = switch (modifier) {
            case "last", "past" -> reference.with(TemporalAdjusters.previous(day));
            case "next", "coming" -> reference.with(TemporalAdjusters.next(day));
            default -> Timex.weekday(reference, day, scan.tense(m));
        };
        if (m.group(3) != null) {
            return Optional.of(scan.candidate(m, resolved + "T" + PARTS_OF_DAY.get(Lexicon.lower(m.group(3))),
                    Candidate.TIME));
        }
        return Optional.of(scan.date(m, resolved.toString()));
    }

    private static String previousWordAsWritten(Scan scan, int index) {
        String before = scan.text().substring(0, index).stripTrailing();
        int start = before.length();
        while (start > 0 && Character.isLetter(before.charAt(start - 1))) {
            start--;
        }
        return before.substring(start);
    }

    private static Optional<Candidate> relativeUnit(Matcher m, Scan scan) {
        String direction = Lexicon.lower(m.group(2));
        String unit = Lexicon.lower(m.group(3));
        int step = switch (direction) {
            case "last", "previous", "past" -> -1;
            case "next", "coming", "following", "upcoming" -> 1;
            default -> 0;
        };
        // "the past year" is the year up to now, a duration; "last year" is the calendar year before this one.
        if (direction.equals("past") && m.group(1) == null) {
            String code = switch (unit) {
                case "week", "weekend" -> "P1W";
                case "month" -> "P1M";
                case "quarter" -> "P1Q";
                case "decade" -> "P10Y";
                default -> "P1Y";
            };
            return Optional.of(scan.candidate(m, code, Candidate.DURATION));
        }
        return Optional.of(scan.date(m, shifted(scan.reference(), unit, step)));
    }

    private static Optional<Candidate> theUnit(Matcher m, Scan scan) {
        String unit = Lexicon.lower(m.group(1));
        // A bare "the year" or "the week" is too often generic ("car of the year"); a frame around it is not.
        String matched = Lexicon.lower(m.group());
        boolean framed = matched.contains(" of the ") || matched.startsWith("earlier") || matched.startsWith("later");
        if (!framed && !unit.equals("weekend")) {
            return Optional.empty();
        }
        return Optional.of(scan.date(m, shifted(scan.reference(), unit, 0)));
    }

    /** The calendar unit around the reference, moved by {@code step} units. */
    static String shifted(LocalDate reference, String unit, int step) {
        return switch (unit) {
            case "week" -> Timex.week(reference.plusWeeks(step));
            case "weekend" -> Timex.week(reference.plusWeeks(step)) + "-WE";
            case "month" -> YearMonth.from(reference).plusMonths(step).toString();
            case "quarter" -> {
                LocalDate day = reference.plusMonths(3L * step);
                yield Timex.quarter(day.getYear(), Timex.quarterOf(day));
            }
            case "decade" -> String.valueOf(reference.getYear() / 10 + step);
            default -> Timex.year(reference.getYear() + step);
        };
    }

    private static Optional<Candidate> relativeMonth(Matcher m, Scan scan) {
        if (!Lexicon.capitalized(m.group(2))) {
            return Optional.empty();
        }
        int month = Lexicon.month(m.group(2));
        YearMonth reference = YearMonth.from(scan.reference());
        YearMonth same = reference.withMonth(month);
        YearMonth resolved = switch (Lexicon.lower(m.group(1))) {
            case "last", "past" -> same.isBefore(reference) ? same : same.minusYears(1);
            case "next", "coming" -> same.isAfter(reference) ? same : same.plusYears(1);
            default -> same;
        };
        return Optional.of(scan.date(m, resolved.toString()));
    }

    private static Optional<Candidate> ago(Matcher m, Scan scan) {
        OptionalDouble amount = Lexicon.number(m.group(1));
        String unit = Lexicon.lower(m.group(2));
        int sign = Lexicon.lower(m.group(3)).equals("ago") ? -1 : 1;
        if (amount.isEmpty() || amount.getAsDouble() != Math.rint(amount.getAsDouble())) {
            return Optional.of(scan.date(m, sign < 0 ? "PAST_REF" : "FUTURE_REF"));
        }
        long n = sign * (long) amount.getAsDouble();
        LocalDate reference = scan.reference();
        String value = switch (unit) {
            case "second", "minute", "hour" -> reference.toString();
            case "day", "night" -> reference.plusDays(n).toString();
            case "week", "fortnight" -> reference.plusWeeks(unit.equals("week") ? n : 2 * n).toString();
            case "month" -> YearMonth.from(reference).plusMonths(n).toString();
            case "quarter" -> shifted(reference, "quarter", (int) n);
            case "decade" -> Timex.year(reference.getYear() + 10 * (int) n);
            case "century", "centurie" -> Timex.year(reference.getYear() + 100 * (int) n);
            default -> Timex.year(reference.getYear() + (int) n);
        };
        return Optional.of(scan.date(m, value));
    }

    private static Optional<Candidate> quarter(Matcher m, Scan scan) {
        String ordinal = Lexicon.lower(m.group(1));
        LocalDate reference = scan.reference();
        int current = Timex.quarterOf(reference);
        boolean hasYear = m.group(2) != null || m.group(3) != null;
        if (ordinal.equals("last") && !hasYear) {
            return Optional.of(scan.date(m, shifted(reference, "quarter", -1)));
        }
        int quarter = switch (ordinal) {
            case "first", "1st" -> 1;
            case "second", "2nd" -> 2;
            case "third", "3rd" -> 3;
            default -> 4;
        };
        int year;
        if (m.group(2) != null) {
            year = Integer.parseInt(m.group(2));
        } else if (m.group(3) != null) {
            year = reference.getYear() + switch (Lexicon.lower(m.group(3))) {
                case "last", "previous" -> -1;
                case "next" -> 1;
                default -> 0;
            };
        } else {
            // A quarter not yet begun is last year's, unless the sentence speaks of the future.
            year = quarter > current && scan.tense(m) != Tense.FUTURE ? reference.getYear() - 1 : reference.getYear();
        }
        return Optional.of(scan.date(m, Timex.quarter(year, quarter)));
    }

    private static Optional<Candidate> qQuarter(Matcher m, Scan scan) {
        int quarter = Integer.parseInt(m.group(1));
        int year;
        if (m.group(2) == null) {
            year = scan.reference().getYear();
        } else {
            year = Integer.parseInt(m.group(2));
            if (m.group(2).length() == 2) {
                year = Timex.fullYear(year, scan.reference());
            }
        }
        return Optional.of(scan.date(m, Timex.quarter(year, quarter)));
    }

    private static Optional<Candidate> half(Matcher m, Scan scan) {
        int year;
        if (m.group(2) != null) {
            year = Integer.parseInt(m.group(2));
        } else {
            year = scan.reference().getYear() + switch (Lexicon.lower(m.group(3))) {
                case "last", "previous" -> -1;
                case "next" -> 1;
                default -> 0;
            };
        }
        return Optional.of(scan.date(m, Timex.year(year) + "-H" + (Lexicon.lower(m.group(1)).equals("first") ? 1 : 2)));
    }

    private static Optional<Candidate> season(Matcher m, Scan scan) {
        String modifier = m.group(1) == null ? "" : Lexicon.lower(m.group(1));
        String name = Lexicon.lower(m.group(2));
        String year = m.group(3);
        boolean framed = !modifier.isEmpty() || year != null;
        // A bare season is the season when written in lower case; capitalized mid-sentence it is a name.
        if (!framed && (name.equals("fall") || Lexicon.capitalized(m.group(2)))) {
            return Optional.empty();
        }
        // "the fall of Kabul", "the fall in prices": the verb and noun "fall" are far more common than the season.
        if (name.equals("fall") && year == null && !Set.of("this", "last", "next", "early", "late", "mid", "in",
                "during", "by", "until", "since", "over").contains(modifier)) {
            return Optional.empty();
        }
        if (name.equals("fall") && year == null && isFollowedByNoun(scan, m.end())) {
            return Optional.empty();
        }
        String code = switch (name) {
            case "spring" -> "SP";
            case "summer" -> "SU";
            case "winter" -> "WI";
            default -> "FA";
        };
        int start = Set.of("in", "during", "by", "until", "since", "over", "the").contains(modifier)
                ? m.start(2) : m.start();
        if (modifier.equals("the") && !(scan.text().length() > m.end()
                && isOfOrYear(scan.wordAfter(m.end())) || year != null)) {
            start = m.start(2);
        }
        int resolvedYear = year != null ? Integer.parseInt(year) : seasonYear(scan, m, modifier, code);
        return Optional.of(new Candidate(start, m.end(), Timex.year(resolvedYear) + "-" + code, Candidate.DATE));
    }

    private static boolean isOfOrYear(String word) {
        return word.equalsIgnoreCase("of") || word.length() == 4 && word.chars().allMatch(Character::isDigit);
    }

    private static boolean isFollowedByNoun(Scan scan, int end) {
        String next = Lexicon.lower(scan.wordAfter(end));
        return next.equals("in") || next.equals("of") || next.equals("from");
    }

    private static int seasonYear(Scan scan, Matcher m, String modifier, String code) {
        LocalDate reference = scan.reference();
        int season = SEASONS.indexOf(code);
        int current = (reference.getMonthValue() % 12) / 3;
        int year = reference.getYear();
        return switch (modifier) {
            case "last" -> season < current ? year : year - 1;
            case "next" -> season > current ? year : year + 1;
            case "this" -> year;
            default -> {
                Tense tense = scan.tense(m);
                if (tense == Tense.FUTURE && season < current) {
                    yield year + 1;
                }
                yield tense == Tense.PAST && season > current ? year - 1 : year;
            }
        };
    }

    private static Optional<Candidate> reference(Matcher m, Scan scan) {
        String phrase = Lexicon.lower(m.group(1)).replaceAll("\\s+", " ");
        String value;
        if (phrase.contains("past") || phrase.contains("recent") || phrase.equals("lately")
                || phrase.equals("so far")) {
            value = "PAST_REF";
        } else if (phrase.contains("future") || phrase.endsWith("soon") || phrase.equals("later")) {
            value = "FUTURE_REF";
        } else {
            value = "PRESENT_REF";
        }
        int start = phrase.startsWith("in ") ? m.start(1) + 3 : m.start(1);
        while (start < m.end() && Character.isWhitespace(scan.text().charAt(start))) {
            start++;
        }
        return Optional.of(new Candidate(start, m.end(), value, Candidate.DATE));
    }

    private static Optional<Candidate> clock(Matcher m, Scan scan) {
        int hour;
        int minute;
        if (m.group(1) != null) {
            hour = Integer.parseInt(m.group(1));
            minute = Integer.parseInt(m.group(2));
        } else if (m.group(3) != null) {
            hour = Integer.parseInt(m.group(3));
            minute = 0;
        } else {
            hour = Integer.parseInt(m.group(4));
            minute = Integer.parseInt(m.group(5));
        }
        String meridiem = m.group(6);
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                return Optional.empty();
            }
            hour = hour % 12 + (Lexicon.lower(meridiem).equals("p") ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || (meridiem == null && m.group(7) == null && !isAtClockWord(scan, m))) {
            return Optional.empty();
        }
        if (m.group(7) == null) {
            return Optional.of(scan.candidate(m,
                    String.format(Locale.ROOT, "%sT%02d:%02d", scan.reference(), hour, minute), Candidate.TIME));
        }
        // "6:40 p.m. (GMT +8)" is 10:40 UTC, possibly on another day.
        int offsetMinutes = m.group(8) == null ? 0 : Integer.parseInt(m.group(8)) * 60
                + Integer.signum(Integer.parseInt(m.group(8) + "1")) * (m.group(9) == null ? 0 : Integer.parseInt(m.group(9)));
        LocalDateTime utc = scan.reference().atTime(hour, minute).minusMinutes(offsetMinutes);
        return Optional.of(scan.candidate(m, String.format(Locale.ROOT, "%sT%02d:%02dZ", utc.toLocalDate(),
                utc.getHour(), utc.getMinute()), Candidate.TIME));
    }

    /** A bare "10:30" is a time only after a word that introduces one. */
    private static boolean isAtClockWord(Scan scan, Matcher m) {
        return Set.of("at", "by", "from", "until", "till", "to", "around", "about", "before", "after", "since")
                .contains(scan.wordBefore(m.start()));
    }

    private static Optional<Candidate> noon(Matcher m, Scan scan) {
        String word = Lexicon.lower(m.group(1));
        String time = word.equals("midnight") ? "T24:00" : "T12:00";
        return Optional.of(scan.candidate(m, scan.reference() + time, Candidate.TIME));
    }

    private static Optional<Candidate> weekOfMonth(Matcher m, Scan scan) {
        if (!Lexicon.capitalized(m.group(2))) {
            return Optional.empty();
        }
        int month = Lexicon.month(m.group(2));
        int year = m.group(3) != null ? Integer.parseInt(m.group(3))
                : Timex.yearOf(scan.reference(), month, 15, scan.tense(m));
        YearMonth yearMonth = YearMonth.of(year, month);
        // A week belongs to the month that holds its Thursday, as ISO weeks belong to years.
        LocalDate thursday = switch (Lexicon.lower(m.group(1))) {
            case "first" -> yearMonth.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
            case "second" -> yearMonth.atDay(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
            case "third" -> yearMonth.atDay(15).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
            case "fourth" -> yearMonth.atDay(22).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
            default -> yearMonth.atEndOfMonth().with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
        };
        return Optional.of(scan.date(m, Timex.week(thursday)));
    }

    private static Optional<Candidate> anaphoricDay(Matcher m, Scan scan) {
        return Optional.of(new Candidate(m.start(), m.end(), scan.reference().toString(), Candidate.DATE, true));
    }
}
