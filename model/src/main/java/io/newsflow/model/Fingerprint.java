package io.newsflow.model;

import java.util.List;

/**
 * What the sink's dedup needs, computed once by enrich.
 *
 * @param shingleSize  words per shingle
 * @param shingleCount number of distinct shingles in the text
 * @param minHash      MinHash signature over the shingles, one value per hash function
 */
public record Fingerprint(int shingleSize, int shingleCount, List<Integer> minHash) {

    public Fingerprint {
        minHash = minHash == null ? List.of() : List.copyOf(minHash);
    }
}
