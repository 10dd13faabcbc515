package io.newsflow.sink.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Rarity of a feature over the articles seen so far, smoothed: ln((N+1)/(df+1)) + 1. Each value is read from the
 * store once per article.
 */
final class Idf implements ToDoubleFunction<String> {

    private final ClusterStore store;
    private final long articles;
    private final Map<String, Double> cache = new HashMap<>();

    Idf(ClusterStore store) {
        this.store = store;
        this.articles = store.articlesSeen();
    }

    @Override
    public double applyAsDouble(String feature) {
        return cache.computeIfAbsent(feature,
                key -> Math.log((articles + 1.0) / (store.documentFrequency(key) + 1.0)) + 1.0);
    }
}
