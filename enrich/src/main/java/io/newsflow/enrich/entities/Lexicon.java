package io.newsflow.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The word lists the refinements consult, read once from the class path; immutable afterwards. */
final class Lexicon {

    private final Set<String> places;
    private final Map<String, String> demonyms;
    private final Set<String> titles;
    private final Set<String> titleModifiers;
    private final Set<String> pronouns;
    private final Set<String> timeZones;
    private final Set<String> facilities;
    private final Set<String> nameParticles;

    private Lexicon(Set<String> places, Map<String, String> demonyms, Set<String> titles,
                    Set<String> titleModifiers, Set<String> pronouns, Set<String> timeZones,
                    Set<String> facilities, Set<String> nameParticles) {
        this.places = places;
        this.demonyms = demonyms;
        this.titles = titles;
        this.titleModifiers = titleModifiers;
        this.pronouns = pronouns;
        this.timeZones = timeZones;
        this.facilities = facilities;
        this.nameParticles = nameParticles;
    }

    static Lexicon load() {
        Set<String> titles = new HashSet<>();
        Set<String> modifiers = new HashSet<>();
        for (String line : lines("titles.txt")) {
            if (line.startsWith("+")) {
                modifiers.add(line.substring(1));
            } else {
                titles.add(line);
            }
        }
        Map<String, String> demonyms = new HashMap<>();
        for (String line : lines("demonyms.tsv")) {
            String[] fields = line.split("\t");
            if (fields.length != 2) {
                throw new IllegalStateException("demonyms.tsv: expected adjective<TAB>place, got: " + line);
            }
            demonyms.put(fields[0], fields[1]);
        }
        return new Lexicon(Set.copyOf(lines("places.txt")), Map.copyOf(demonyms), Set.copyOf(titles),
                Set.copyOf(modifiers), Set.copyOf(lines("pronouns.txt")), Set.copyOf(lines("time-zones.txt")),
                Set.copyOf(lines("facilities.txt")), Set.copyOf(lines("name-particles.txt")));
    }

    boolean isPlace(String name) {
        return places.contains(name);
    }

    /** The place a nationality adjective refers to ({@code Russian} -> {@code Russia}), or null. */
    String placeOfDemonym(String word) {
        return demonyms.get(word);
    }

    boolean isTitle(String word) {
        return titles.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isTitleModifier(String word) {
        return titleModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** {@code he}, {@code He}, not {@code US}: a pronoun is written in lower case or capitalized. */
    boolean isPronoun(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return pronouns.contains(lower)
                && (text.equals(lower) || text.substring(1).equals(lower.substring(1)));
    }

    boolean isTimeZone(String text) {
        return timeZones.contains(text);
    }

    /** "Palace" in "Diriyah Palace": a last word that makes a name a place. */
    boolean isFacility(String lastWord) {
        return facilities.contains(lastWord);
    }

    /** "bin", "von", "al": written in lower case inside a personal name. */
    boolean isNameParticle(String word) {
        return nameParticles.contains(word);
    }

    private static Set<String> lines(String name) {
        InputStream in = Lexicon.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("word list " + name + " is not on the class path");
        }
        Set<String> lines = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    lines.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
        return lines;
    }
}
