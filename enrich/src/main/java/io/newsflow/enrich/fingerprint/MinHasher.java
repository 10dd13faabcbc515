package io.newsflow.enrich.fingerprint;

import io.newsflow.model.Fingerprint;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MinHash signature of a text's word shingles, so the sink can tell copies and near-copies without the text.
 *
 * <h2>Exact definition (the sink and any other consumer rely on it)</h2>
 * <ol>
 *   <li>Words are maximal runs of letters and digits ({@code [\p{L}\p{N}]+}), lower-cased with
 *       {@link Locale#ROOT}. Punctuation, quotes and line breaks are ignored.</li>
 *   <li>A shingle is {@link #SHINGLE_SIZE} consecutive words joined by single spaces; a text with fewer words has
 *       one shingle of all its words, and a text with no word none. {@code shingleCount} is the number of
 *       <em>distinct</em> shingles.</li>
 *   <li>Each shingle's base hash is {@code h = fmix64(fnv1a64(utf8(shingle)))}: 64-bit FNV-1a over the UTF-8
 *       bytes (offset basis {@code 0xcbf29ce484222325}, prime {@code 0x100000001b3}), then MurmurHash3's
 *       {@code fmix64} finalizer.</li>
 *   <li>Hash function {@code i} ({@code 0 <= i <} {@link #HASHES}) is {@code (int) (fmix64(h ^ seed[i]) >>> 32)}
 *       with {@code seed[i] = fmix64(0x9E3779B97F4A7C15L * (i + 1))}; {@code minHash[i]} is its smallest value over
 *       all shingles, compared as <em>signed</em> 32-bit ints. A text with no shingle has an empty signature.</li>
 * </ol>
 *
 * <h2>Using it</h2>
 * <ul>
 *   <li>Jaccard similarity of the shingle sets A and B: {@code J ≈ (number of i with a[i] == b[i]) / 128}, only
 *       between signatures of equal shingle size and length. Standard error about {@code sqrt(J(1-J)/128)}, so
 *       ±0.04 near J = 0.5.</li>
 *   <li>Shared shingles: {@code |A∩B| ≈ J / (1 + J) * (|A| + |B|)} with {@code |A|}, {@code |B|} the
 *       {@code shingleCount}s; containment of A in B (a short wire story inside a longer rewrite) is
 *       {@code |A∩B| / |A|}.</li>
 *   <li>Candidate pairs without comparing every pair: LSH with {@code b} bands of {@code r} rows
 *       ({@code b * r = 128}); two texts whose values agree on all rows of any band are candidates. 32 bands of 4
 *       rows catch pairs from about J = 0.42 ({@code (1/b)^(1/r)}); 16 bands of 8 rows from about J = 0.71.</li>
 * </ul>
 */
public final class MinHasher {

    public static final int SHINGLE_SIZE = 5;
    public static final int HASHES = 128;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = seeds();

    public Fingerprint fingerprint(String text) {
        List<String> words = words(text);
        long[] shingles = distinctShingleHashes(words);
        int[] minHash = new int[shingles.length == 0 ? 0 : HASHES];
        Arrays.fill(minHash, Integer.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < minHash.length; i++) {
                int value = (int) (fmix64(shingle ^ SEEDS[i]) >>> 32);
                if (value < minHash[i]) {
                    minHash[i] = value;
                }
            }
        }
        return new Fingerprint(SHINGLE_SIZE, shingles.length, Arrays.stream(minHash).boxed().toList());
    }

    /** The share of equal positions: the estimate of the Jaccard similarity of two signatures' shingle sets. */
    public static double jaccard(Fingerprint a, Fingerprint b) {
        if (a.minHash().isEmpty() || a.minHash().size() != b.minHash().size() || a.shingleSize() != b.shingleSize()) {
            return 0.0;
        }
        int equal = 0;
        for (int i = 0; i < a.minHash().size(); i++) {
            if (a.minHash().get(i).equals(b.minHash().get(i))) {
                equal++;
            }
        }
        return (double) equal / a.minHash().size();
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(matcher.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static long[] distinctShingleHashes(List<String> words) {
        if (words.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, words.size() - SHINGLE_SIZE + 1);
        long[] hashes = new long[count];
        for (int start = 0; start < count; start++) {
            String shingle = String.join(" ", words.subList(start, Math.min(words.size(), start + SHINGLE_SIZE)));
            hashes[start] = shingleHash(shingle);
        }
        return Arrays.stream(hashes).distinct().toArray();
    }

    static long shingleHash(String shingle) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : shingle.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return fmix64(hash);
    }

    /** MurmurHash3's 64-bit finalizer: a bijection that spreads every input bit over the output. */
    static long fmix64(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static long[] seeds() {
        long[] seeds = new long[HASHES];
        for (int i = 0; i < HASHES; i++) {
            seeds[i] = fmix64(0x9E3779B97F4A7C15L * (i + 1));
        }
        return seeds;
    }
}
