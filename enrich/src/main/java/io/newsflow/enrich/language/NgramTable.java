package io.newsflow.enrich.language;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.github.pemistahl.lingua.api.Language;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Lingua's n-gram probabilities of one length for many languages in one table: an n-gram is looked up once and
 * yields the natural logarithm of its probability in every language that has it. Lingua itself keeps one hash map per
 * language and looks each n-gram up in every candidate's map, which was nine tenths of its time.
 *
 * <p>Keys pack up to three UTF-16 chars into a long (Lingua's models hold BMP characters only); open addressing with
 * linear probing over a power-of-two table, so a lookup allocates nothing.
 */
final class NgramTable {

    private static final long EMPTY = -1L;

    private static final JsonFactory JSON_FACTORY = new JsonFactory();

    private static final String[] FILE_NAMES = {"", "unigrams", "bigrams", "trigrams"};

    private final long[] keys;
    /** Postings of the key in slot i are {@code postingStart[i]} (inclusive) to {@code postingStart[i] + count}. */
    private final int[] postingStart;
    private final byte[] postingCount;
    private final byte[] postingLanguage;
    private final float[] postingLogProbability;

    private NgramTable(long[] keys, int[] postingStart, byte[] postingCount, byte[] postingLanguage,
            float[] postingLogProbability) {
        this.keys = keys;
        this.postingStart = postingStart;
        this.postingCount = postingCount;
        this.postingLanguage = postingLanguage;
        this.postingLogProbability = postingLogProbability;
    }

    /**
     * Reads the models of {@code languages} (index in the list = language number in the postings) from Lingua's jar.
     */
    static NgramTable load(List<Language> languages, int length) {
        Builder builder = new Builder();
        for (int index = 0; index < languages.size(); index++) {
            String resource = "/language-models/" + languages.get(index).getIsoCode639_1().toString()
                    .toLowerCase(Locale.ROOT) + "/" + FILE_NAMES[length] + ".json";
            try (InputStream in = Language.class.getResourceAsStream(resource)) {
                // Lingua ships no bigram or trigram model for a few languages; like Lingua, they fall back
                if (in != null) {
                    builder.read(new BufferedInputStream(in, 1 << 16), index, resource);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read Lingua model " + resource, e);
            }
        }
        return builder.build();
    }

    /** The key of the n-gram {@code text[start, start + length)}, length 1 to 3. */
    static long key(CharSequence text, int start, int length) {
        long key = 0;
        for (int i = start; i < start + length; i++) {
            key = (key << 16) | text.charAt(i);
        }
        return key;
    }

    /** The slot of {@code key}, or -1 if no language has that n-gram. */
    int find(long key) {
        int mask = keys.length - 1;
        for (int slot = hash(key) & mask; ; slot = (slot + 1) & mask) {
            long stored = keys[slot];
            if (stored == key) {
                return slot;
            }
            if (stored == EMPTY) {
                return -1;
            }
        }
    }

    int postingStart(int slot) {
        return postingStart[slot];
    }

    int postingEnd(int slot) {
        return postingStart[slot] + (postingCount[slot] & 0xff);
    }

    int language(int posting) {
        return postingLanguage[posting] & 0xff;
    }

    float logProbability(int posting) {
        return postingLogProbability[posting];
    }

    private static int hash(long key) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed ^ (mixed >>> 32));
    }

    /** Collects (n-gram, language, probability) triples, then lays them out key by key. */
    private static final class Builder {

        private long[] ngrams = new long[1 << 16];
        private byte[] languages = new byte[1 << 16];
        private float[] logProbabilities = new float[1 << 16];
        private int size;

        void read(InputStream in, int language, String resource) throws IOException {
            try (JsonParser parser = JSON_FACTORY.createParser(in)) {
                while (parser.nextToken() != null) {
                    if (parser.currentToken() == JsonToken.FIELD_NAME && "ngrams".equals(parser.currentName())) {
                        readNgrams(parser, language, resource);
                    }
                }
            }
        }

        private void readNgrams(JsonParser parser, int language, String resource) throws IOException {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String fraction = parser.currentName();
                int slash = fraction.indexOf('/');
                if (slash < 0) {
                    throw new IllegalStateException("Lingua model " + resource + " has probability " + fraction);
                }
                float probability = (float) Integer.parseInt(fraction.substring(0, slash))
                        / Integer.parseInt(fraction.substring(slash + 1));
                float logProbability = (float) Math.log(probability);
                parser.nextToken();
                for (String ngram : parser.getText().split(" ")) {
                    add(key(ngram, 0, ngram.length()), language, logProbability);
                }
            }
        }

        private void add(long ngram, int language, float logProbability) {
            if (size == ngrams.length) {
                ngrams = Arrays.copyOf(ngrams, size * 2);
                languages = Arrays.copyOf(languages, size * 2);
                logProbabilities = Arrays.copyOf(logProbabilities, size * 2);
            }
            ngrams[size] = ngram;
            languages[size] = (byte) language;
            logProbabilities[size] = logProbability;
            size++;
        }

        NgramTable build() {
            Integer[] order = new Integer[size];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, (a, b) -> Long.compare(ngrams[a], ngrams[b]));
            int distinct = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || ngrams[order[i]] != ngrams[order[i - 1]]) {
                    distinct++;
                }
            }
            int capacity = Integer.highestOneBit(Math.max(distinct, 1) * 2) * 2;
            long[] keys = new long[capacity];
            Arrays.fill(keys, EMPTY);
            int[] starts = new int[capacity];
            byte[] counts = new byte[capacity];
            byte[] postingLanguages = new byte[size];
            float[] postingLogProbabilities = new float[size];
            int mask = capacity - 1;
            int i = 0;
            while (i < size) {
                long ngram = ngrams[order[i]];
                int slot = hash(ngram) & mask;
                while (keys[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = ngram;
                starts[slot] = i;
                int j = i;
                while (j < size && ngrams[order[j]] == ngram) {
                    postingLanguages[j] = languages[order[j]];
                    postingLogProbabilities[j] = logProbabilities[order[j]];
                    j++;
                }
                counts[slot] = (byte) (j - i);
                i = j;
            }
            return new NgramTable(keys, starts, counts, postingLanguages, postingLogProbabilities);
        }
    }
}
