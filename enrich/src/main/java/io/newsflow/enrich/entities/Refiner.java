package io.newsflow.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsflow.model.EntityType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Applies the enabled {@link Refinement}s, in their declared order, to the CRF's mentions of one article. */
final class Refiner {

    private final Lexicon lexicon;
    private final Set<Refinement> enabled;

    Refiner(Lexicon lexicon, Set<Refinement> enabled) {
        this.lexicon = lexicon;
        this.enabled = enabled;
    }

    List<Span> refine(String text, List<List<CoreLabel>> sentences, List<Span> crfSpans) {
        List<Span> spans = crfSpans;
        if (enabled.contains(Refinement.PRONOUNS)) {
            spans = drop(spans, span -> lexicon.isPronoun(span.text(text)));
        }
        if (enabled.contains(Refinement.TIME_ZONES)) {
            spans = drop(spans, span -> lexicon.isTimeZone(span.text(text)));
        }
        if (enabled.contains(Refinement.TITLES)) {
            spans = cutTitles(text, spans);
        }
        if (enabled.contains(Refinement.NAME_PARTICLES)) {
            spans = joinNameParticles(sentences, spans);
        }
        if (enabled.contains(Refinement.FACILITIES)) {
            spans = facilitiesToLocations(spans);
        }
        if (enabled.contains(Refinement.DEMONYMS)) {
            spans = demonymsToPlaces(text, spans);
        }
        if (enabled.contains(Refinement.PLACES)) {
            spans = placesToLocations(text, spans);
        }
        if (enabled.contains(Refinement.CONSISTENCY)) {
            spans = surnamesToPersons(text, majorityTypes(text, cutOutKnownPersons(spans)));
        }
        if (enabled.contains(Refinement.SURNAMES)) {
            spans = addMissedSurnames(sentences, spans);
        }
        return spans;
    }

    private static List<Span> drop(List<Span> spans, Predicate<Span> unwanted) {
        return spans.stream().filter(unwanted.negate()).toList();
    }

    private List<Span> cutTitles(String text, List<Span> spans) {
        List<Span> result = new ArrayList<>();
        for (Span span : spans) {
            if (span.type() == EntityType.ORGANIZATION || span.type() == EntityType.MISC) {
                result.addAll(cutTitle(text, span));
            } else {
                result.add(span);
            }
        }
        return result;
    }

    /**
     * "U.S. National Security Advisor Mike Waltz": the title run is cut out, what follows it is a person and
     * what precedes it keeps its type, or becomes a location when it is a place or a nationality.
     */
    private List<Span> cutTitle(String text, Span span) {
        List<CoreLabel> tokens = span.tokens();
        int title = -1;
        for (int i = 0; i < tokens.size() && title < 0; i++) {
            if (lexicon.isTitle(tokens.get(i).word())) {
                title = i;
            }
        }
        if (title < 0) {
            return List.of(span);
        }
        int first = title;
        while (first > 0 && lexicon.isTitleModifier(tokens.get(first - 1).word())) {
            first--;
        }
        int after = title + 1;
        while (after < tokens.size() && isTitleWord(tokens.get(after).word())) {
            after++;
        }
        List<Span> parts = new ArrayList<>(2);
        if (first > 0) {
            Span before = new Span(tokens.subList(0, first), span.type());
            parts.add(demonymOrPlace(text, before));
        }
        // "Chief Executive Officer of General Motors": after "of" comes the organization, not a person.
        boolean ofOrganization = after + 1 < tokens.size() && "of".equals(tokens.get(after).word());
        List<CoreLabel> name = tokens.subList(ofOrganization ? after + 1 : after, tokens.size());
        if (!name.isEmpty() && name.stream().allMatch(token -> Character.isUpperCase(token.word().charAt(0)))) {
            parts.add(new Span(name, ofOrganization ? span.type() : EntityType.PERSON));
        }
        return parts;
    }

    private boolean isTitleWord(String word) {
        return lexicon.isTitle(word) || lexicon.isTitleModifier(word);
    }

    private Span demonymOrPlace(String text, Span span) {
        String name = span.text(text);
        String place = lexicon.placeOfDemonym(name);
        if (place != null) {
            return new Span(span.tokens(), EntityType.LOCATION, place);
        }
        return lexicon.isPlace(name) ? span.withType(EntityType.LOCATION) : span;
    }

    /**
     * Joins the persons of a sentence across name particles: "Musaad" "bin" "Mohammad" "al" "-" "Aiban" where the
     * CRF labelled only the capitalized words. A capitalized word before "bin X" joins too ("Mohammed bin Salman"),
     * and so does a capitalized "Al"/"El" with the next word after a person ("Faisal bin Farhan Al Saud").
     */
    private List<Span> joinNameParticles(List<List<CoreLabel>> sentences, List<Span> spans) {
        Map<CoreLabel, Span> owner = new IdentityHashMap<>();
        spans.forEach(span -> span.tokens().forEach(token -> owner.put(token, span)));
        List<Span> result = new ArrayList<>();
        for (List<CoreLabel> sentence : sentences) {
            Span[] person = new Span[sentence.size()];
            for (int i = 0; i < sentence.size(); i++) {
                Span span = owner.get(sentence.get(i));
                person[i] = span != null && span.type() == EntityType.PERSON ? span : null;
            }
            boolean joined = false;
            for (int i = 1; i < sentence.size() - 1; i++) {
                int next = afterParticle(sentence, i);
                if (next < 0 || next >= sentence.size()) {
                    continue;
                }
                CoreLabel left = sentence.get(i - 1);
                boolean leftName = person[i - 1] != null
                        || owner.get(left) == null && isCapitalized(left) && !lexicon.isTitle(left.word());
                Span right = owner.get(sentence.get(next));
                boolean rightName = person[next] != null || person[i - 1] != null
                        && (right == null || right.type() == EntityType.MISC) && isCapitalized(sentence.get(next));
                if (leftName && rightName) {
                    Span merged = new Span(List.of(), EntityType.PERSON);
                    int from = person[i - 1] != null ? firstOf(person, i - 1) : i - 1;
                    int to = person[next] != null ? lastOf(person, next) : next;
                    for (int k = from; k <= to; k++) {
                        person[k] = merged;
                    }
                    joined = true;
                }
            }
            if (joined) {
                result.addAll(rebuild(sentence, owner, person));
            }
        }
        if (result.isEmpty()) {
            return spans;
        }
        Set<CoreLabel> rebuilt = Collections.newSetFromMap(new IdentityHashMap<>());
        result.forEach(span -> rebuilt.addAll(span.tokens()));
        for (Span span : spans) {
            if (span.tokens().stream().noneMatch(rebuilt::contains)) {
                result.add(span);
            }
        }
        result.sort(Comparator.comparingInt(Span::start));
        return result;
    }

    /** The token after the particle at {@code i} ("bin", "al -", a capitalized "Al"), or -1 if none is there. */
    private int afterParticle(List<CoreLabel> sentence, int i) {
        String word = sentence.get(i).word();
        boolean capitalizedArticle = "Al".equals(word) || "El".equals(word);
        if (!capitalizedArticle && !lexicon.isNameParticle(word)) {
            return -1;
        }
        boolean hyphen = i + 1 < sentence.size() && "-".equals(sentence.get(i + 1).word())
                && sentence.get(i + 1).beginPosition() == sentence.get(i).endPosition();
        return hyphen ? i + 2 : i + 1;
    }

    private static boolean isCapitalized(CoreLabel token) {
        return Character.isUpperCase(token.word().charAt(0));
    }

    private static int firstOf(Span[] person, int i) {
        int first = i;
        while (first > 0 && person[first - 1] == person[i]) {
            first--;
        }
        return first;
    }

    private static int lastOf(Span[] person, int i) {
        int last = i;
        while (last + 1 < person.length && person[last + 1] == person[i]) {
            last++;
        }
        return last;
    }

    /** The sentence's spans after joining: runs of one person, and the other spans as they were. */
    private static List<Span> rebuild(List<CoreLabel> sentence, Map<CoreLabel, Span> owner, Span[] person) {
        List<Span> spans = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            if (person[i] != null) {
                int end = lastOf(person, i);
                spans.add(new Span(sentence.subList(i, end + 1), EntityType.PERSON));
                i = end + 1;
            } else {
                Span other = owner.get(sentence.get(i));
                if (other != null && other.tokens().get(0) == sentence.get(i)) {
                    spans.add(other);
                }
                i++;
            }
        }
        return spans;
    }

    private List<Span> facilitiesToLocations(List<Span> spans) {
        List<Span> result = new ArrayList<>(spans.size());
        for (Span span : spans) {
            String last = span.tokens().get(span.tokens().size() - 1).word();
            boolean facility = span.tokens().size() > 1 && span.type() != EntityType.LOCATION
                    && lexicon.isFacility(last);
            result.add(facility ? span.withType(EntityType.LOCATION) : span);
        }
        return result;
    }

    private List<Span> demonymsToPlaces(String text, List<Span> spans) {
        List<Span> result = new ArrayList<>(spans.size());
        for (Span span : spans) {
            String place = span.type() == EntityType.MISC ? lexicon.placeOfDemonym(span.text(text)) : null;
            result.add(place == null ? span : new Span(span.tokens(), EntityType.LOCATION, place));
        }
        return result;
    }

    private List<Span> placesToLocations(String text, List<Span> spans) {
        Set<String> nameWords = personNameWords(spans);
        List<Span> result = new ArrayList<>(spans.size());
        for (Span span : spans) {
            String name = span.text(text);
            boolean misTyped = span.type() == EntityType.PERSON || span.type() == EntityType.MISC;
            if (misTyped && lexicon.isPlace(name) && !nameWords.contains(name)) {
                result.add(span.withType(EntityType.LOCATION));
            } else {
                result.add(span);
            }
        }
        return result;
    }

    /** Every word of every person name of two or more words in the article ("Jordan" in "Michael Jordan"). */
    private static Set<String> personNameWords(List<Span> spans) {
        Set<String> words = new HashSet<>();
        for (Span span : spans) {
            if (span.type() == EntityType.PERSON && span.tokens().size() > 1) {
                span.tokens().forEach(token -> words.add(token.word()));
            }
        }
        return words;
    }

    /** The surname of every person named with two or more words in the article. */
    private static Set<String> surnames(List<Span> spans) {
        Set<String> surnames = new HashSet<>();
        for (Span span : spans) {
            if (span.type() == EntityType.PERSON && span.tokens().size() > 1) {
                surnames.add(span.tokens().get(span.tokens().size() - 1).word());
            }
        }
        return surnames;
    }

    /**
     * "President of the United States Barack Obama" typed as one location: a person named in full elsewhere in the
     * article that ends a longer mention of another type is cut out of it.
     */
    private static List<Span> cutOutKnownPersons(List<Span> spans) {
        Set<List<String>> persons = new HashSet<>();
        for (Span span : spans) {
            if (span.type() == EntityType.PERSON && span.tokens().size() > 1) {
                persons.add(words(span.tokens()));
            }
        }
        List<Span> result = new ArrayList<>(spans.size());
        for (Span span : spans) {
            int cut = span.type() == EntityType.PERSON ? -1 : personSuffix(span.tokens(), persons);
            if (cut > 0) {
                result.add(new Span(span.tokens().subList(0, cut), span.type()));
                result.add(new Span(span.tokens().subList(cut, span.tokens().size()), EntityType.PERSON));
            } else {
                result.add(span);
            }
        }
        return result;
    }

    private static int personSuffix(List<CoreLabel> tokens, Set<List<String>> persons) {
        List<String> words = words(tokens);
        for (int cut = 1; cut <= words.size() - 2; cut++) {
            if (persons.contains(words.subList(cut, words.size()))) {
                return cut;
            }
        }
        return -1;
    }

    private static List<String> words(List<CoreLabel> tokens) {
        return tokens.stream().map(CoreLabel::word).toList();
    }

    /** The type a name has most often in the article wins over its other types (MISC never wins). */
    private static List<Span> majorityTypes(String text, List<Span> spans) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (Span span : spans) {
            if (span.type() != EntityType.MISC && span.keyName() == null) {
                votes.computeIfAbsent(span.text(text), name -> new EnumMap<>(EntityType.class))
                        .merge(span.type(), 1, Integer::sum);
            }
        }
        List<Span> result = new ArrayList<>(spans.size());
        for (Span span : spans) {
            EntityType winner = span.keyName() == null ? winner(votes.get(span.text(text))) : null;
            result.add(winner == null ? span : span.withType(winner));
        }
        return result;
    }

    private static EntityType winner(Map<EntityType, Integer> votes) {
        if (votes == null) {
            return null;
        }
        int best = votes.values().stream().max(Integer::compare).orElse(0);
        List<EntityType> leaders = votes.entrySet().stream()
                .filter(vote -> vote.getValue() == best).map(Map.Entry::getKey).toList();
        return leaders.size() == 1 ? leaders.get(0) : null;
    }

    private static List<Span> surnamesToPersons(String text, List<Span> spans) {
        Set<String> surnames = surnames(spans);
        List<Span> result = new ArrayList<>(spans.size());
        for (Span span : spans) {
            boolean surname = span.tokens().size() == 1 && span.keyName() == null
                    && surnames.contains(span.text(text));
            result.add(surname ? span.withType(EntityType.PERSON) : span);
        }
        return result;
    }

    private static List<Span> addMissedSurnames(List<List<CoreLabel>> sentences, List<Span> spans) {
        Set<String> surnames = surnames(spans);
        if (surnames.isEmpty()) {
            return spans;
        }
        Set<Integer> covered = new HashSet<>();
        for (Span span : spans) {
            span.tokens().forEach(token -> covered.add(token.beginPosition()));
        }
        List<Span> result = new ArrayList<>(spans);
        for (List<CoreLabel> sentence : sentences) {
            for (CoreLabel token : sentence) {
                if (surnames.contains(token.word()) && !covered.contains(token.beginPosition())) {
                    result.add(new Span(List.of(token), EntityType.PERSON));
                }
            }
        }
        result.sort(Comparator.comparingInt(Span::start));
        return result;
    }
}
