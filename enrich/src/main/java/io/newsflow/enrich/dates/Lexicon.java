package io.newsflow.enrich.dates;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;

/** The English words the tagger's rules are made of, and how to read them. */
final class Lexicon {

    /** Month names and their usual abbreviations; capitalization is checked by the rules, not here. */
    static final String MONTH = "(?:jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?"
            + "|aug(?:ust|\\.)?|sep(?:tember|t\\.?|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?)";

    /** Full month names only: a bare abbreviation is too often a name or a word. */
    static final String MONTH_FULL = "(?:january|february|march|april|may|june|july|august|september|october"
            + "|november|december)";

    static final String WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

    static final String PART_OF_DAY = "(?:morning|afternoon|evening|night)";

    private static final String SMALL = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";

    private static final String TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";

    /** A cardinal written in digits or words, or a vague quantity ("several"). */
    static final String NUMBER = "(?:\\d+(?:\\.\\d+)?|" + TENS + "(?:[- ]" + SMALL + ")?|" + SMALL
            + "|a\\s+hundred|a\\s+dozen|a\\s+couple\\s+of|a\\s+few|an?|single|several|few|many|some|multiple"
            + "|dozens\\s+of)";

    static final String UNIT = "(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century"
            + "|centurie)";

    /** The letter runs a {@link #MONTH} match starts with. */
    static final Set<String> MONTH_WORDS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct",
            "october", "nov", "november", "dec", "december");

    static final Set<String> MONTH_FULL_WORDS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    static final Set<String> WEEKDAY_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /** The letter runs a {@link #UNIT} match, plural or not, is made of. */
    static final Set<String> UNIT_WORDS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day",
            "days", "night", "nights", "week", "weeks", "fortnight", "fortnights", "month", "months", "quarter",
            "quarters", "year", "years", "decade", "decades", "century", "centuries");

    /** The most tokens (runs of letters or digits) a {@link #NUMBER} match holds: "a couple of", "2.5". */
    static final int NUMBER_TOKENS = 3;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Pattern NUMBER_PARTS = Pattern.compile("[- ]");

    private static final Map<String, Integer> WORD_VALUES = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("a", 1), Map.entry("an", 1), Map.entry("hundred", 100),
            Map.entry("dozen", 12), Map.entry("couple", 2), Map.entry("single", 1));

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);

    private static final String[] MONTH_PREFIXES =
            {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

    private Lexicon() {
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }

    /** 1 to 12 for a month name or abbreviation matched by {@link #MONTH}. */
    static int month(String name) {
        String prefix = lower(name).substring(0, 3);
        for (int i = 0; i < MONTH_PREFIXES.length; i++) {
            if (MONTH_PREFIXES[i].equals(prefix)) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    static DayOfWeek weekday(String name) {
        return WEEKDAYS.get(lower(name));
    }

    /** The quantity a {@link #NUMBER} match stands for, empty when it is vague ("several"). */
    static OptionalDouble number(String written) {
        String text = spaced(written);
        if (Character.isDigit(text.charAt(0))) {
            return OptionalDouble.of(Double.parseDouble(text));
        }
        if (text.equals("a couple of")) {
            return OptionalDouble.of(2);
        }
        int total = 0;
        for (String part : NUMBER_PARTS.split(text)) {
            Integer value = WORD_VALUES.get(part);
            if (value == null) {
                return OptionalDouble.empty();
            }
            total = part.equals("hundred") || part.equals("dozen") ? Math.max(total, 1) * value : total + value;
        }
        return OptionalDouble.of(total);
    }

    /** Lowercased, runs of white space made one space, stripped. */
    static String spaced(String written) {
        return SPACES.matcher(lower(written)).replaceAll(" ").strip();
    }

    /** True when the word starts with a capital letter, as month and weekday names must. */
    static boolean capitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
