package io.newsflow.sink.cluster;

import java.util.LinkedHashSet;
import java.util.Set;

/** Names of the features counted for rarity and indexed for look-up: entity keys and content words apart. */
public final class FeatureKeys {

    private FeatureKeys() {
    }

    public static String entity(String key) {
        return "e:" + key;
    }

    public static String term(String word) {
        return "t:" + word;
    }

    public static boolean isEntity(String feature) {
        return feature.startsWith("e:");
    }

    public static boolean isTerm(String feature) {
        return feature.startsWith("t:");
    }

    /** Every feature of an article, each once: what its document frequency counts. */
    public static Set<String> of(Member article) {
        Set<String> features = new LinkedHashSet<>();
        article.entities().forEach(entity -> features.add(entity(entity.key())));
        article.terms().keySet().forEach(word -> features.add(term(word)));
        return features;
    }
}
