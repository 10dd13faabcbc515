package io.newsflow.sink;

/**
 * A Bloom filter over strings: answers "perhaps filed" or "certainly not", about 1% false positives up to its
 * capacity. It lets the clustering task skip store look-ups that would find nothing.
 */
final class KeyFilter {

    private static final int BITS_PER_KEY = 10;
    private static final int PROBES = 7;

    private final long[] words;
    private final long bits;
    private final long capacity;
    private long added;

    KeyFilter(long capacity) {
        this.capacity = capacity;
        this.bits = Math.max(64, capacity * BITS_PER_KEY);
        this.words = new long[(int) ((bits + 63) / 64)];
    }

    void add(String key) {
        long hash = hash(key);
        long first = hash >>> 32;
        long second = hash & 0xFFFFFFFFL;
        for (int i = 0; i < PROBES; i++) {
            long bit = (first + i * second) % bits;
            words[(int) (bit >>> 6)] |= 1L << bit;
        }
        added++;
    }

    boolean mightContain(String key) {
        long hash = hash(key);
        long first = hash >>> 32;
        long second = hash & 0xFFFFFFFFL;
        for (int i = 0; i < PROBES; i++) {
            long bit = (first + i * second) % bits;
            if ((words[(int) (bit >>> 6)] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    /** More keys were added than it was sized for: its false positive rate is climbing. */
    boolean full() {
        return added > capacity;
    }

    long capacity() {
        return capacity;
    }

    long sizeInBytes() {
        return words.length * 8L;
    }

    /** FNV-1a over the characters, then mixed so that both halves of the hash are usable. */
    private static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash;
    }
}
