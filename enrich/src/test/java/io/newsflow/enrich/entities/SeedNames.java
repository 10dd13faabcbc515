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

    /** Each name a reader would list, as written in at least one seed, with its type. */
    static final Map<String, EntityType> EXPECTED = Map.ofEntries(
            entry("Rubio", EntityType.PERSON), entry("Lavrov", EntityType.PERSON),
            entry("Waltz", EntityType.PERSON), entry("Witkoff", EntityType.PERSON),
            entry("Ushakov", EntityType.PERSON), entry("Peskov", EntityType.PERSON),
            entry("Zelensky", EntityType.PERSON), entry("Putin", EntityType.PERSON),
            entry("Trump", EntityType.PERSON), entry("Faisal bin Farhan", EntityType.PERSON),
            entry("Al-Aiban", EntityType.PERSON), entry("Dmitriev", EntityType.PERSON),
            entry("Tammy Bruce", EntityType.PERSON), entry("Erdogan", EntityType.PERSON),
            entry("Macron", EntityType.PERSON), entry("Mohammed bin Salman", EntityType.PERSON),
            entry("Riyadh", EntityType.LOCATION), entry("Diriyah Palace", EntityType.LOCATION),
            entry("Saudi Arabia", EntityType.LOCATION), entry("Ukraine", EntityType.LOCATION),
            entry("Russia", EntityType.LOCATION), entry("Kyiv", EntityType.LOCATION),
            entry("Paris", EntityType.LOCATION), entry("Beijing", EntityType.LOCATION),
            entry("Turkey", EntityType.LOCATION), entry("Moscow", EntityType.LOCATION),
            entry("Europe", EntityType.LOCATION), entry("NATO", EntityType.ORGANIZATION),
            entry("Kremlin", EntityType.ORGANIZATION), entry("European Union", EntityType.ORGANIZATION),
            entry("State Department", EntityType.ORGANIZATION), entry("Reuters", EntityType.ORGANIZATION));

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

    /** Expected names found with their type (a mention containing the name), places typed as persons, line merges. */
    static String summary(EntityRecognizer recognizer) {
        List<EntityMention> mentions = new ArrayList<>();
        files().forEach(file -> mentions.addAll(recognizer.find(read(file))));
        Set<String> found = new HashSet<>();
        int placesAsPersons = 0;
        int acrossLines = 0;
        for (EntityMention mention : mentions) {
            EXPECTED.forEach((name, type) -> {
                if (mention.type() == type && mention.text().contains(name)) {
                    found.add(name);
                }
            });
            if (mention.type() == EntityType.PERSON && EXPECTED.get(mention.text()) == EntityType.LOCATION) {
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
