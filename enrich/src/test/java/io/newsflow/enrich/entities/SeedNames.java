package io.newsflow.enrich.entities;

import io.newsflow.model.EntityMention;
import io.newsflow.model.EntityType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/** What a reader would list from the seed articles, and how many of those names a recognizer gets right. */
final class SeedNames {

    static final Path SEEDS = Path.of(System.getProperty("newsflow.seeds.dir", "../seeds"));

    /** Each name a reader would list, as written in at least one seed, with its types ("the Kremlin" is both). */
    static final Map<String, Set<EntityType>> EXPECTED = Map.ofEntries(
            entry("Rubio", Set.of(EntityType.PERSON)), entry("Lavrov", Set.of(EntityType.PERSON)),
            entry("Waltz", Set.of(EntityType.PERSON)), entry("Witkoff", Set.of(EntityType.PERSON)),
            entry("Ushakov", Set.of(EntityType.PERSON)), entry("Peskov", Set.of(EntityType.PERSON)),
            entry("Zelensky", Set.of(EntityType.PERSON)), entry("Putin", Set.of(EntityType.PERSON)),
            entry("Trump", Set.of(EntityType.PERSON)), entry("Faisal bin Farhan", Set.of(EntityType.PERSON)),
            entry("Al-Aiban", Set.of(EntityType.PERSON)), entry("Dmitriev", Set.of(EntityType.PERSON)),
            entry("Tammy Bruce", Set.of(EntityType.PERSON)), entry("Erdogan", Set.of(EntityType.PERSON)),
            entry("Macron", Set.of(EntityType.PERSON)), entry("Mohammed bin Salman", Set.of(EntityType.PERSON)),
            entry("Riyadh", Set.of(EntityType.LOCATION)), entry("Diriyah Palace", Set.of(EntityType.LOCATION)),
            entry("Saudi Arabia", Set.of(EntityType.LOCATION)), entry("Ukraine", Set.of(EntityType.LOCATION)),
            entry("Russia", Set.of(EntityType.LOCATION)), entry("Kyiv", Set.of(EntityType.LOCATION)),
            entry("Paris", Set.of(EntityType.LOCATION)), entry("Beijing", Set.of(EntityType.LOCATION)),
            entry("Turkey", Set.of(EntityType.LOCATION)), entry("Moscow", Set.of(EntityType.LOCATION)),
            entry("Europe", Set.of(EntityType.LOCATION)), entry("NATO", Set.of(EntityType.ORGANIZATION)),
            entry("Kremlin", Set.of(EntityType.ORGANIZATION, EntityType.LOCATION)), entry("European Union", Set.of(EntityType.ORGANIZATION)),
            entry("State Department", Set.of(EntityType.ORGANIZATION)), entry("Reuters", Set.of(EntityType.ORGANIZATION)));

    private SeedNames() {
    }

    static List<Path> files() {
        try {
            return EntityEvaluationTest.texts(SEEDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean isPlace(String name) {
        return EXPECTED.getOrDefault(name, Set.of()).contains(EntityType.LOCATION);
    }

    /** Expected names found with their type (a mention containing the name), places typed as persons, line merges. */
    static String summary(EntityRecognizer recognizer) {
        List<EntityMention> mentions = new ArrayList<>();
        files().forEach(file -> mentions.addAll(recognizer.find(read(file))));
        Set<String> found = new HashSet<>();
        int placesAsPersons = 0;
        int acrossLines = 0;
        for (EntityMention mention : mentions) {
            EXPECTED.forEach((name, types) -> {
                if (types.contains(mention.type()) && mention.text().contains(name)) {
                    found.add(name);
                }
            });
            if (mention.type() == EntityType.PERSON && isPlace(mention.text())) {
                placesAsPersons++;
            }
            if (mention.text().indexOf('\n') >= 0) {
                acrossLines++;
            }
        }
        List<String> missing = EXPECTED.keySet().stream().filter(name -> !found.contains(name)).sorted().toList();
        return String.format("%d/%d names with their type, %d places typed PERSON, %d mentions across lines; missing %s",
                found.size(), EXPECTED.size(), placesAsPersons, acrossLines, missing);
    }
}
