package io.newsflow.sink.cluster;

import java.util.List;

/**
 * Set similarity of two texts estimated from their MinHash signatures over word shingles.
 *
 * <p>A syndicated copy with a new headline, cut paragraphs or a boilerplate tail has a low Jaccard similarity to
 * the original (each holds text the other lacks) but most of the shorter one is inside the longer one, so copies
 * are judged by containment: |A∩B| / min(|A|,|B|), with |A∩B| ≈ J·(|A|+|B|)/(1+J).
 */
public final class MinHashSimilarity {

    private MinHashSimilarity() {
    }

    /** Share of equal positions: an unbiased estimate of the Jaccard similarity of the two shingle sets. */
    public static double jaccard(List<Integer> a, List<Integer> b) {
        int length = Math.min(a.size(), b.size());
        if (length == 0) {
            return 0.0;
        }
        int equal = 0;
        for (int i = 0; i < length; i++) {
            if (a.get(i).intValue() == b.get(i).intValue()) {
                equal++;
            }
        }
        return (double) equal / length;
    }

    /** Estimated share of the smaller shingle set that is found in the other, between 0 and 1. */
    public static double containment(List<Integer> a, int shinglesA, List<Integer> b, int shinglesB) {
        int smaller = Math.min(shinglesA, shinglesB);
        if (smaller <= 0) {
            return 0.0;
        }
        double jaccard = jaccard(a, b);
        double intersection = jaccard * (shinglesA + shinglesB) / (1.0 + jaccard);
        return Math.min(1.0, intersection / smaller);
    }
}
