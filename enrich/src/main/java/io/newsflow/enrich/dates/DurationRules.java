package io.newsflow.enrich.dates;

import static io.newsflow.enrich.dates.Lexicon.NUMBER;
import static io.newsflow.enrich.dates.Lexicon.NUMBER_TOKENS;
import static io.newsflow.enrich.dates.Lexicon.UNIT;
import static io.newsflow.enrich.dates.Lexicon.UNIT_WORDS;
import static io.newsflow.enrich.dates.Rule.Trigger.onWords;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;

/** Lengths of time ("three years", "a three-year conflict", "the past nine days") and repetitions ("annual"). */
final class DurationRules {

    /** Modifiers TIMEX3 keeps inside a duration's extent (as its "mod"); "just", "within", "more than" stay out. */
    private static final String MODIFIER = "(?:about|around|some|nearly|almost|over|roughly|approximately"
            + "|close\\s+to|upwards\\s+of)";

    private DurationRules() {
    }

    static List<Rule> rules() {
        return List.of(
                Rule.of("duration", onWords(UNIT_WORDS, 5 + NUMBER_TOKENS + 3 + 1, 1),
                        "\\b(?:" + MODIFIER + "\\s+(?!the\\b))?(?:the\\s+(?:past|last|next|previous|first"
                        + "|coming|following|final|latest|recent|initial|remaining)\\s+)?("
                        + NUMBER + ")(\\s+and\\s+a\\s+half)?(?:\\s+|-)(?:(?:straight|consecutive|trading|business"
                        + "|working|full|long|more|additional|further|extra|calendar)\\s+)?(" + UNIT + ")(s)?\\b"
                        + "(?:-long)?", DurationRules::duration),
                Rule.of("vague-duration", onWords(2, 0, "years", "decades", "months", "weeks"),
                        "\\b(?:over\\s+the|in\\s+recent|for|recent)\\s+(years|decades|months|weeks)\\b",
                        DurationRules::vague),
                Rule.of("set", onWords(1, 0, "annual", "annually", "yearly", "monthly", "weekly", "daily", "quarterly",
                        "hourly", "nightly", "biannual", "day", "week", "month", "year", "quarter"),
                        "\\b(annual|annually|yearly|monthly|weekly|daily|quarterly|hourly|nightly|biannual"
                        + "|every\\s+(?:day|week|month|year|quarter)|each\\s+(?:day|week|month|year)"
                        + "|per\\s+(?:day|week|month|year))\\b", DurationRules::set));
    }

    private static Optional<Candidate> duration(Matcher m, Scan scan) {
        String number = Lexicon.lower(m.group(1)).replaceAll("\\s+", " ");
        String unit = Lexicon.lower(m.group(3));
        boolean plural = m.group(4) != null;
        boolean article = number.equals("a") || number.equals("an");
        // "a second term", "a quarter of the staff", "one day he said": ordinals and fractions, not lengths of time.
        if (unit.equals("second") && (article || !plural)) {
            return Optional.empty();
        }
        if (unit.equals("quarter") && !plural && article) {
            return Optional.empty();
        }
        if (article && scan.wordAfter(m.end()).equalsIgnoreCase("of")) {
            return Optional.empty();
        }

        OptionalDouble amount = Lexicon.number(number);
        if (amount.isPresent() && m.group(2) != null) {
            amount = OptionalDouble.of(amount.getAsDouble() + 0.5);
        }
        return Optional.of(scan.candidate(m, value(amount, unit), Candidate.DURATION));
    }

    /** The ISO 8601 duration of an amount of a unit, {@code X} standing for an unknown amount. */
    static String value(OptionalDouble amount, String unit) {
        double multiplier = switch (unit) {
            case "decade" -> 10;
            case "century", "centurie" -> 100;
            case "fortnight" -> 2;
            default -> 1;
        };
        String count = amount.isPresent() ? format(amount.getAsDouble() * multiplier) : "X";
        return switch (unit) {
            case "second" -> "PT" + count + "S";
            case "minute" -> "PT" + count + "M";
            case "hour" -> "PT" + count + "H";
            case "day", "night" -> "P" + count + "D";
            case "week", "fortnight" -> "P" + count + "W";
            case "month" -> "P" + count + "M";
            case "quarter" -> "P" + count + "Q";
            case "decade" -> amount.isPresent() ? "P" + count + "Y" : "PXDE";
            case "century", "centurie" -> amount.isPresent() ? "P" + count + "Y" : "PXCE";
            default -> "P" + count + "Y";
        };
    }

    private static String format(double amount) {
        return amount == Math.rint(amount) ? String.valueOf((long) amount) : String.valueOf(amount);
    }

    private static Optional<Candidate> vague(Matcher m, Scan scan) {
        String unit = Lexicon.lower(m.group(1));
        String value = value(OptionalDouble.empty(), unit.substring(0, unit.length() - 1));
        String phrase = Lexicon.lower(m.group());
        int start = phrase.startsWith("for") ? m.start(1) : m.start();
        if (phrase.startsWith("in recent")) {
            start = m.start() + 3;
        }
        return Optional.of(new Candidate(start, m.end(), value, Candidate.DURATION));
    }

    private static Optional<Candidate> set(Matcher m, Scan scan) {
        String word = m.group(1);
        if (Lexicon.capitalized(word) && !scan.startsLine(m.start()) && !isSentenceStart(scan, m.start())) {
            return Optional.empty();
        }
        String lower = Lexicon.lower(word);
        String value;
        if (lower.startsWith("annual") || lower.equals("yearly") || lower.endsWith("year")) {
            value = "P1Y";
        } else if (lower.equals("biannual")) {
            value = "P6M";
        } else if (lower.startsWith("month") || lower.endsWith("month")) {
            value = "P1M";
        } else if (lower.startsWith("week") || lower.endsWith("week")) {
            value = "P1W";
        } else if (lower.startsWith("quarter") || lower.endsWith("quarter")) {
            value = "P1Q";
        } else if (lower.equals("hourly")) {
            value = "PT1H";
        } else {
            value = "P1D";
        }
        return Optional.of(scan.candidate(m, value, Candidate.SET));
    }

    private static boolean isSentenceStart(Scan scan, int index) {
        String before = scan.text().substring(0, index).stripTrailing();
        return before.isEmpty() || before.endsWith(".") || before.endsWith("\"");
    }
}
