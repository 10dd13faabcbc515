package io.newsflow.cli.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Short English news articles on different topics, one per index: place, subject, people and figures vary with the
 * index, so every article has its own text (and article id) and its own entities.
 */
final class GeneratedArticles {

    static final String PREFIX = "generated-";

    private static final String[] PLACES = {"Lisbon", "Nairobi", "Osaka", "Quito", "Tromso", "Adelaide", "Krakow",
        "Cusco", "Hanoi", "Accra", "Tbilisi", "Halifax", "Dakar"};
    private static final String[] SUBJECTS = {"tram line", "grain harvest", "chess tournament", "museum reopening",
        "water shortage", "bridge repair", "film festival", "vaccination drive", "port strike", "solar farm",
        "city marathon"};
    private static final String[] PEOPLE = {"Amara Okafor", "Lukas Brenner", "Sofia Marquez", "Kenji Watanabe",
        "Ingrid Solberg", "Tomasz Nowak", "Leila Haddad"};
    private static final String[] ORGANIZATIONS = {"Harbour Authority", "Greenfield Cooperative", "National Rail Board",
        "Aurora Laboratories", "Riverside Hospital", "Meridian Bank", "Coastal Fisheries Union", "Summit University",
        "Northwind Energy"};
    private static final String[] MONTHS = {"January", "March", "April", "June", "September", "October", "November"};

    private GeneratedArticles() {
    }

    static String text(int index) {
        String place = PLACES[index % PLACES.length];
        String subject = SUBJECTS[index % SUBJECTS.length];
        String person = PEOPLE[index % PEOPLE.length];
        String organization = ORGANIZATIONS[index % ORGANIZATIONS.length];
        String month = MONTHS[index % MONTHS.length];
        int day = 1 + index % 27;
        int figure = 1_200 + index * 317;
        return place + " " + subject + " draws attention from " + organization + "\n"
                + "The " + subject + " in " + place + " became the talk of the region on " + month + " " + day
                + ", 2024, when " + person + " of the " + organization + " said that " + figure
                + " people had taken part so far. " + person + " told reporters in " + place + " that the "
                + organization + " expected another " + (figure / 3) + " by the end of " + month + ". Critics in "
                + place + " asked whether the " + subject + " was worth " + (index + 3) + " million euros, while "
                + "supporters of the " + organization + " pointed to " + (index % 5 + 2) + " earlier projects led by "
                + person + ".\n";
    }

    /** Writes articles {@code from} (inclusive) to {@code to} (exclusive) into the folder, each file complete. */
    static List<Path> write(Path folder, int from, int to) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int index = from; index < to; index++) {
            Path partial = folder.resolve(PREFIX + index + ".txt.part");
            Files.writeString(partial, text(index), StandardCharsets.UTF_8);
            files.add(Files.move(partial, folder.resolve(PREFIX + index + ".txt")));
        }
        return files;
    }
}
