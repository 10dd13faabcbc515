package io.newsflow.enrich.dates;

import io.newsflow.model.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the temporal expressions of an English text and normalizes them in TIMEX3 style, resolving relative ones
 * ("on Tuesday", "last month", "three days ago") against a reference date, in the spirit of HeidelTime and chrono.
 *
 * <p>Rules propose candidates; where candidates overlap the longest wins, earlier rules breaking ties. Then modifiers
 * ("early", "the end of") join the expression they qualify, and clock times take the day named in their sentence.
 * Instances are immutable and thread-safe.
 */
public final class TemporalTagger {

    /** Words in front of an expression that narrow it without changing its TIMEX3 value. */
    private static final Pattern LEADING_MODIFIER = Pattern.compile(
            "(?i)(?:\\b(?:early|late|mid|the\\s+(?:beginning|start|end|middle|close|turn|rest|remainder)\\s+of"
                    + "|the\\s+(?:early|late)\\s+part\\s+of)[\\s-]+)$");

    private static final Pattern SAME_DAY_GAP = Pattern.compile("(?i)\\s+(?:on\\s+)?");

    private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static final Pattern CLOCK_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d");

    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?]\\s+[A-Z]");

    private final List<Rule> rules;

    private final Triggers triggers;

    public TemporalTagger() {
        this.rules = rules();
        this.triggers = new Triggers(rules);
    }

    /** Every rule, in the order that breaks ties between candidates of one length. */
    static List<Rule> rules() {
        return Stream.of(AbsoluteRules.rules(), RelativeRules.rules(), DurationRules.rules())
                .flatMap(List::stream)
                .toList();
    }

    /**
     * The temporal expressions of {@code text}, in text order, with offsets into it.
     *
     * @param text      the text to tag
     * @param reference the date relative expressions are resolved against, normally the publication date
     */
    public List<DateMention> tag(String text, LocalDate reference) {
        Objects.requireNonNull(reference, "reference");
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Scan scan = new Scan(text, reference);
        List<Candidate> selected = select(candidates(scan));
        List<Candidate> modified = resolveAnaphora(selected.stream().map(c -> withModifier(text, c)).toList());
        return anchorTimes(scan, modified).stream()
                .map(c -> new DateMention(text.substring(c.start(), c.end()), c.value(), c.type(), c.start(), c.end()))
                .toList();
    }

    /** What each rule finds, tried only where its triggers allow a match, as a scan of the whole text would. */
    private List<Candidate> candidates(Scan scan) {
        List<Candidate> found = new ArrayList<>();
        Triggers.Index index = triggers.index(scan.text());
        for (int order = 0; order < rules.size(); order++) {
            if (!index.triggers(order)) {
                continue;
            }
            Rule rule = rules.get(order);
            Matcher matcher = rule.pattern().matcher(scan.text()).useTransparentBounds(true)
                    .useAnchoringBounds(false);
            index.forEachStart(order, (start, reachEnd) -> {
                if (!matcher.region(start, reachEnd).lookingAt()) {
                    return -1;
                }
                rule.resolver().resolve(matcher, scan).ifPresent(found::add);
                return matcher.end();
            });
        }
        return found;
    }

    /** The longest candidates that do not overlap, in text order; a stable sort keeps rule order among equals. */
    private static List<Candidate> select(List<Candidate> candidates) {
        List<Candidate> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.comparingInt(Candidate::length).reversed());
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate candidate : byLength) {
            if (chosen.stream().noneMatch(candidate::overlaps)) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        return chosen;
    }

    private static Candidate withModifier(String text, Candidate candidate) {
        if (!candidate.type().equals(Candidate.DATE) || candidate.value().endsWith("_REF")) {
            return candidate;
        }
        Matcher modifier = LEADING_MODIFIER.matcher(text.substring(Math.max(0, candidate.start() - 40),
                candidate.start()));
        if (modifier.find()) {
            return candidate.withStart(candidate.start() - (modifier.end() - modifier.start()));
        }
        return candidate;
    }

    /** "The day" is the day last named before it, or the reference day when none was. */
    private static List<Candidate> resolveAnaphora(List<Candidate> mentions) {
        List<Candidate> result = new ArrayList<>(mentions.size());
        String lastDay = null;
        for (Candidate mention : mentions) {
            if (mention.anaphoric()) {
                result.add(lastDay == null ? mention.withValue(mention.value()) : mention.withValue(lastDay));
                continue;
            }
            if (isDay(mention)) {
                lastDay = mention.value();
            }
            result.add(mention);
        }
        return result;
    }

    /**
     * A clock time belongs to the day named next to it ("12:00 UTC Monday") or else in its sentence; with no such
     * day it is read on the reference date the rules gave it.
     */
    private static List<Candidate> anchorTimes(Scan scan, List<Candidate> mentions) {
        List<Candidate> result = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            Candidate current = mentions.get(i);
            if (!isClockTime(current)) {
                result.add(current);
                continue;
            }
            Candidate next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            Candidate previous = result.isEmpty() ? null : result.get(result.size() - 1);
            if (next != null && isDay(next) && adjacent(scan, current, next)) {
                result.add(new Candidate(current.start(), next.end(), onDay(current, next), Candidate.TIME));
                i++;
            } else if (previous != null && isDay(previous) && adjacent(scan, previous, current)) {
                result.set(result.size() - 1,
                        new Candidate(previous.start(), current.end(), onDay(current, previous), Candidate.TIME));
            } else {
                Candidate day = dayInSentence(scan, mentions, current);
                result.add(day == null ? current
                        : new Candidate(current.start(), current.end(), onDay(current, day), Candidate.TIME));
            }
        }
        return result;
    }

    private static boolean isClockTime(Candidate candidate) {
        return candidate.type().equals(Candidate.TIME) && CLOCK_VALUE.matcher(candidate.value()).lookingAt();
    }

    private static boolean isDay(Candidate candidate) {
        return candidate.type().equals(Candidate.DATE) && DAY_VALUE.matcher(candidate.value()).matches();
    }

    private static boolean adjacent(Scan scan, Candidate first, Candidate second) {
        return SAME_DAY_GAP.matcher(scan.text().substring(first.end(), second.start())).matches();
    }

    private static String onDay(Candidate time, Candidate day) {
        return day.value() + time.value().substring(10);
    }

    private static Candidate dayInSentence(Scan scan, List<Candidate> mentions, Candidate time) {
        Candidate nearest = null;
        for (Candidate mention : mentions) {
            if (isDay(mention) && sameSentence(scan.text(), mention, time)
                    && (nearest == null || distance(mention, time) < distance(nearest, time))) {
                nearest = mention;
            }
        }
        return nearest;
    }

    private static boolean sameSentence(String text, Candidate a, Candidate b) {
        int from = Math.min(a.end(), b.end());
        int to = Math.max(a.start(), b.start());
        if (from >= to) {
            return true;
        }
        String between = text.substring(from, to);
        return !between.contains("\n") && !SENTENCE_BREAK.matcher(between).find();
    }

    private static int distance(Candidate a, Candidate b) {
        return Math.abs(a.start() - b.start());
    }
}
