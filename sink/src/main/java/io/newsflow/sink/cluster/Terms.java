package io.newsflow.sink.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The content words of a text with their counts: lower-cased runs of letters and digits of three characters or
 * more, less English function words, keeping the most frequent. Two stories of one happening share its rare words
 * (places, names, numbers, the kind of incident) even when they share no sentence.
 */
public final class Terms {

    private static final Set<String> STOPWORDS = load("stopwords-en.txt");

    private Terms() {
    }

    /** The {@code limit} most frequent content words, most frequent first, ties in alphabetical order. */
    public static Map<String, Integer> top(String text, int limit) {
        Map<String, Integer> counts = new HashMap<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < length && Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i - start >= 3) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (!STOPWORDS.contains(word)) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        Map<String, Integer> top = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(limit)
                .forEach(entry -> top.put(entry.getKey(), entry.getValue()));
        return top;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = Terms.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " next to " + Terms.class.getName());
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
                    .filter(word -> !word.isEmpty())
                    .forEach(words::add);
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
