package io.newsflow.sink.cluster;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Names of the features counted for rarity and indexed for look-up: entity keys and content words apart. */
public final class FeatureKeys {

    private static final String PERSON = "PERSON:";

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

    /**
     * The key a person's surname has when written alone ({@code PERSON:TR RT} -> {@code PERSON:RT}), or null for a
     * one-word key or another type. Enrich gives a lone surname the full name's key only within one article, so
     * "Reid" in one story and "Tara Reid" in another meet through this key.
     */
    public static String surname(String key) {
        if (!key.startsWith(PERSON)) {
            return null;
        }
        int space = key.lastIndexOf(' ');
        return space < PERSON.length() ? null : PERSON + key.substring(space + 1);
    }

    /** The entity features of an article: its keys and the surname keys of its people, each once. */
    public static Set<String> entities(Member article) {
        return entities(article.entities());
    }

    /** The entity features of entity names: their keys and the surname keys of people, each once. */
    public static Set<String> entities(List<Member.EntityName> entities) {
        Set<String> features = new LinkedHashSet<>();
        entities.forEach(entity -> {
            features.add(entity(entity.key()));
            String surname = surname(entity.key());
            if (surname != null) {
                features.add(entity(surname));
            }
        });
        return features;
    }

    /** Every feature of an article, each once: what its document frequency counts. */
    public static Set<String> of(Member article) {
        Set<String> features = entities(article);
        article.terms().keySet().forEach(word -> features.add(term(word)));
        return features;
    }
}
