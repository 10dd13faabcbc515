package io.newsflow.sink.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Locality-sensitive hashing over a MinHash signature: the signature is cut into bands of a few values and each
 * band becomes an index key, so two texts share a key with probability 1-(1-J^r)^b for Jaccard J, r rows and b
 * bands. With 128 values in 64 bands of 2 a pair at J=0.3 shares a band with probability above 0.99 and a pair at
 * J=0.02 below 0.03: copies are found without comparing against every article held.
 */
public final class LshBands {

    private LshBands() {
    }

    /** One key per complete band; a trailing partial band is left out. */
    public static List<String> keys(List<Integer> minHash, int rowsPerBand) {
        int bands = minHash.size() / rowsPerBand;
        List<String> keys = new ArrayList<>(bands);
        for (int band = 0; band < bands; band++) {
            long hash = 1125899906842597L;
            for (int row = 0; row < rowsPerBand; row++) {
                hash = 31 * hash + minHash.get(band * rowsPerBand + row);
                hash ^= hash >>> 29;
            }
            keys.add(Integer.toString(band, 36) + ':' + Long.toHexString(hash));
        }
        return keys;
    }
}
