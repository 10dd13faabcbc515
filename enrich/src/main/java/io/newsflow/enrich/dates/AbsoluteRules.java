package io.newsflow.enrich.dates;

import static io.newsflow.enrich.dates.Lexicon.MONTH;
import static io.newsflow.enrich.dates.Lexicon.MONTH_FULL;
import static io.newsflow.enrich.dates.Lexicon.MONTH_FULL_WORDS;
import static io.newsflow.enrich.dates.Lexicon.MONTH_WORDS;
import static io.newsflow.enrich.dates.Rule.Trigger.onDigits;
import static io.newsflow.enrich.dates.Rule.Trigger.onWords;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates written out in full or in part: "February 18, 2025", "18 Feb", "2025-02-18", "February 2022", "1998". */
final class AbsoluteRules {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** Words before a bare "May" or "March" that make it the month, not the verb or the walk. */
    private static final Set<String> MONTH_CONTEXT = Set.of(
            "in", "since", "until", "till", "by", "during", "from", "through", "last", "next", "this", "early",
            "late", "mid", "of", "before", "after", "between", "and", "or", "to", "end", "beginning", "start",
            "middle", "throughout", "past", "coming");

    /** Nouns that make a four-digit number a quantity rather than a year: "2000 people". */
    private static final Set<String> QUANTITY_NOUNS = Set.of(
            "people", "persons", "jobs", "workers", "employees", "units", "cars", "vehicles", "shares", "points",
            "planes", "aircraft", "jets", "tonnes", "tons", "barrels", "km", "kilometres", "kilometers", "miles",
            "metres", "meters", "feet", "dollars", "euros", "pounds", "yen", "homes", "stores", "staff", "troops",
            "soldiers", "votes", "seats", "copies", "pages", "words", "members", "customers", "users", "songs",
            "times", "percent", "hp", "mph", "kg", "acres", "hectares", "lbs", "models", "devices", "phones",
            "machines", "computers", "orders", "positions", "cases", "deaths", "patients", "students", "children",
            "families", "residents", "passengers", "flights", "sites", "locations", "branches", "dealers",
            "dealerships", "plants", "factories", "companies", "firms", "others");

    private static final Pattern MONTH_WORD = Pattern.compile(MONTH, Pattern.CASE_INSENSITIVE);

    /** Characters before a four-digit number that make it an amount, a code or part of a larger number. */
    private static final String NOT_BEFORE_YEAR = "$€£#.,/'";

    private static final Set<String> DECADE_CONTEXT = Set.of("the", "and", "or", "early", "late", "mid");

    private AbsoluteRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of("iso", onDigits(0, 10),
                        "\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?"
                        + "(Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d:])", AbsoluteRules::iso),
                Rule.of("month-day-year", onWords(MONTH_WORDS, 0, 3),
                        "\\b(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s*(\\d{4})\\b)?",
                        AbsoluteRules::monthDayYear),
                Rule.of("day-month-year", onWords(MONTH_WORDS, 4, 1),
                        "\\b(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTH
                        + ")(?![a-z])(?:,?\\s+(\\d{4})\\b)?", AbsoluteRules::dayMonthYear),
                Rule.of("month-year", onWords(MONTH_WORDS, 0, 4),
                        "\\b(" + MONTH + ")(?:,)?\\s+(?:of\\s+)?(?:(\\d{4})\\b|(?:the\\s+)?(this|last|next"
                        + "|following|previous)\\s+year\\b)", AbsoluteRules::monthYear),
                Rule.of("month", onWords(MONTH_FULL_WORDS, 0, 0), "\\b(" + MONTH_FULL + ")\\b", AbsoluteRules::month),
                Rule.of("numeric-us", onDigits(0, 2),
                        "(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])", AbsoluteRules::slashed),
                Rule.of("numeric-dotted", onDigits(0, 2),
                        "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d.])", AbsoluteRules::dotted),
                Rule.of("year", onDigits(0, 0), "\\b(1[89]\\d{2}|20\\d{2})(?![\\d%]|,\\d|\\.\\d)", AbsoluteRules::year),
                Rule.of("decade", onDigits(1, 1), "\\b(?:the\\s+)?(1[89]|20)(\\d)0'?s\\b", AbsoluteRules::decade),
                Rule.of("short-decade", onDigits(0, 1), "['’]?\\b(\\d)0s\\b", AbsoluteRules::shortDecade),
                Rule.of("short-year", onDigits(0, 0), "['’](\\d{2})\\b(?!s)", AbsoluteRules::shortYear));
    }

    private static Optional<Candidate> iso(Matcher m, Scan scan) {
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(scan.date(m, day.toString()));
            }
            LocalDateTime time = day.atTime(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)));
            String zone = m.group(6);
            if (zone == null) {
                return Optional.of(scan.candidate(m, time.format(MINUTES), Candidate.TIME));
            }
            LocalDateTime utc = zone.equals("Z") ? time
                    : OffsetDateTime.of(time, ZoneOffset.of(zone.length() == 5 ? zone.substring(0, 3) + ":"
                            + zone.substring(3) : zone)).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
            return Optional.of(scan.candidate(m, utc.format(MINUTES) + "Z", Candidate.TIME));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Candidate> monthDayYear(Matcher m, Scan scan) {
        if (!Lexicon.capitalized(m.group(1))) {
            return Optional.empty();
        }
        return day(m, scan, m.group(3), Lexicon.month(m.group(1)), Integer.parseInt(m.group(2)));
    }

    private static Optional<Candidate> dayMonthYear(Matcher m, Scan scan) {
        if (!Lexicon.capitalized(m.group(2))) {
            return Optional.empty();
        }
        return day(m, scan, m.group(3), Lexicon.month(m.group(2)), Integer.parseInt(m.group(1)));
    }

    private static Optional<Candidate> day(Matcher m, Scan scan, String writtenYear, int month, int day) {
        if (day < 1 || day > 31) {
            return Optional.empty();
        }
        int year = writtenYear != null ? Integer.parseInt(writtenYear)
                : Timex.yearOf(scan.reference(), month, day, scan.tense(m));
        try {
            return Optional.of(scan.date(m, LocalDate.of(year, month, day).toString()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Candidate> monthYear(Matcher m, Scan scan) {
        if (!Lexicon.capitalized(m.group(1))) {
            return Optional.empty();
        }
        int year = m.group(2) != null ? Integer.parseInt(m.group(2))
                : scan.reference().getYear() + switch (Lexicon.lower(m.group(3))) {
                    case "last", "previous" -> -1;
                    case "next", "following" -> 1;
                    default -> 0;
                };
        return Optional.of(scan.date(m, Timex.month(year, Lexicon.month(m.group(1)))));
    }

    private static Optional<Candidate> month(Matcher m, Scan scan) {
        String name = m.group(1);
        if (!Lexicon.capitalized(name)) {
            return Optional.empty();
        }
        String lower = Lexicon.lower(name);
        boolean ambiguous = lower.equals("may") || lower.equals("march");
        if (ambiguous && !MONTH_CONTEXT.contains(scan.wordBefore(m.start()))) {
            return Optional.empty();
        }
        // "June Carter", "August Rush": a capitalized word after a month name makes it part of a name.
        String next = scan.wordAfter(m.end());
        if (Lexicon.capitalized(next) && !scan.text().startsWith("\n", m.end())
                && !Character.isDigit(next.charAt(0)) && scan.text().charAt(m.end()) == ' ') {
            return Optional.empty();
        }
        int month = Lexicon.month(name);
        int year = Timex.yearOf(scan.reference(), month, 15, scan.tense(m));
        return Optional.of(scan.date(m, Timex.month(year, month)));
    }

    private static Optional<Candidate> slashed(Matcher m, Scan scan) {
        int first = Integer.parseInt(m.group(1));
        int second = Integer.parseInt(m.group(2));
        // Month first as in American usage, unless the first number cannot be a month.
        return numeric(m, scan, first > 12 ? first : second, first > 12 ? second : first, m.group(3));
    }

    private static Optional<Candidate> dotted(Matcher m, Scan scan) {
        return numeric(m, scan, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
    }

    private static Optional<Candidate> numeric(Matcher m, Scan scan, int day, int month, String writtenYear) {
        int year = Integer.parseInt(writtenYear);
        if (writtenYear.length() == 2) {
            year = Timex.fullYear(year, scan.reference());
        }
        try {
            return Optional.of(scan.date(m, LocalDate.of(year, month, day).toString()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Candidate> year(Matcher m, Scan scan) {
        if (m.start() > 0 && NOT_BEFORE_YEAR.indexOf(scan.text().charAt(m.start() - 1)) >= 0) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        String before = scan.wordBefore(m.start());
        if (QUANTITY_NOUNS.contains(Lexicon.lower(scan.wordAfter(m.end())))
                || before.equals("no") || before.equals("number") || before.equals("flight")
                || before.equals("route") || before.equals("model") || before.equals("version")) {
            return Optional.empty();
        }
        if (year < 1900 && !Set.of("in", "since", "of", "from", "until", "by", "before", "after").contains(before)) {
            return Optional.empty();
        }
        if (year > scan.reference().getYear() + 50) {
            return Optional.empty();
        }
        // "Russell 2000 Index", "Windows 2000 Server": a number inside a run of capitalized words is a name.
        String previous = previousWord(scan, m.start());
        if (hasCapital(previous) && !isSentenceStart(scan, m.start() - previous.length() - 1)
                && !isMonth(previous) && Lexicon.capitalized(scan.wordAfter(m.end()))) {
            return Optional.empty();
        }
        return Optional.of(scan.date(m, Timex.year(year)));
    }

    private static Optional<Candidate> decade(Matcher m, Scan scan) {
        return Optional.of(scan.date(m, m.group(1) + m.group(2)));
    }

    private static Optional<Candidate> shortDecade(Matcher m, Scan scan) {
        // "the 80s", "'70s and '80s"; "in their 80s" is an age.
        char first = scan.text().charAt(m.start());
        if (first != '\'' && first != '’' && !DECADE_CONTEXT.contains(scan.wordBefore(m.start()))) {
            return Optional.empty();
        }
        // The last decade of that name that has begun: "the 80s" in 2007 are the 1980s, "the 00s" the 2000s.
        int year = scan.reference().getYear() / 100 * 100 + Integer.parseInt(m.group(1)) * 10;
        if (year > scan.reference().getYear()) {
            year -= 100;
        }
        return Optional.of(scan.date(m, String.valueOf(year / 10)));
    }

    private static Optional<Candidate> shortYear(Matcher m, Scan scan) {
        if (m.start() > 0 && Character.isLetterOrDigit(scan.text().charAt(m.start() - 1))) {
            return Optional.empty();
        }
        // "iLife '11", "Windows '98": after a name, a short year is a product version.
        if (hasCapital(previousWord(scan, m.start()))) {
            return Optional.empty();
        }
        return Optional.of(scan.date(m, Timex.year(Timex.fullYear(Integer.parseInt(m.group(1)), scan.reference()))));
    }

    private static String previousWord(Scan scan, int index) {
        int end = index;
        while (end > 0 && scan.text().charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(scan.text().charAt(start - 1))) {
            start--;
        }
        return scan.text().substring(start, end);
    }

    private static boolean hasCapital(String word) {
        return word.chars().anyMatch(Character::isUpperCase);
    }

    private static boolean isMonth(String word) {
        return MONTH_WORD.matcher(word).matches();
    }

    private static boolean isSentenceStart(Scan scan, int index) {
        int i = Math.min(index, scan.text().length());
        while (i > 0 && scan.text().charAt(i - 1) == ' ') {
            i--;
        }
        return i == 0 || ".!?\n\"“".indexOf(scan.text().charAt(i - 1)) >= 0;
    }
}
