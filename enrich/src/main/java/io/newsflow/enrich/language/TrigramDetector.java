package io.newsflow.enrich.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lingua's low-accuracy detection, computed the way {@link LanguageDetector#computeLanguageConfidenceValues} does it
 * in Lingua 1.2.2 but with about a seventh of the CPU time, on the calling thread (Lingua hands every text to the
 * common fork-join pool and waits, which on a loaded two-core machine cost more than the work).
 *
 * <p>Lingua's own rules run unchanged (text clean-up, words, a language told by its alphabet or unique characters,
 * the candidates those leave); they are Kotlin-internal methods, public in the byte code, hence the {@code $lingua}
 * names, and a test checks this class against {@code computeLanguageConfidenceValues}. The n-gram part is where
 * Lingua spends its time: for each distinct trigram of letters it looks the trigram up in every candidate's hash
 * map (falling back to the bigram, then the unigram prefix) and sums the logarithms, on the common fork-join pool.
 * Here one {@link NgramTable} per length answers for all languages at once.
 */
final class TrigramDetector {

    /** The best language and its lead over the runner-up, {@code 1 - score(best) / score(second)} (log scores). */
    record Guess(Language language, double margin) {
    }

    private static final int TRIGRAM = 3;

    /** Rules only: Lingua's own models are never loaded, {@link NgramTable} holds the probabilities. */
    private final LanguageDetector rules;
    private final List<Language> languages;
    private final NgramTable unigrams;
    private final NgramTable bigrams;
    private final NgramTable trigrams;

    TrigramDetector(Set<Language> languages) {
        this.languages = languages.stream().sorted().toList();
        this.rules = LanguageDetectorBuilder.fromLanguages(this.languages.toArray(Language[]::new))
                .withLowAccuracyMode().build();
        this.unigrams = NgramTable.load(this.languages, 1);
        this.bigrams = NgramTable.load(this.languages, 2);
        this.trigrams = NgramTable.load(this.languages, TRIGRAM);
    }

    Optional<Guess> detect(String text) {
        String cleaned = rules.cleanUpInputText$lingua(text);
        if (cleaned.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        List<String> words = rules.splitTextIntoWords$lingua(cleaned);
        Language byRules = rules.detectLanguageWithRules$lingua(words);
        if (byRules != Language.UNKNOWN) {
            return Optional.of(new Guess(byRules, 1.0));
        }
        Set<Language> filtered = rules.filterLanguagesByRules$lingua(words);
        if (filtered.size() == 1) {
            return Optional.of(new Guess(filtered.iterator().next(), 1.0));
        }
        if (cleaned.length() < TRIGRAM) {
            return Optional.empty();
        }
        boolean[] candidate = new boolean[languages.size()];
        for (int i = 0; i < candidate.length; i++) {
            candidate[i] = filtered.contains(languages.get(i));
        }
        return best(sums(distinctTrigrams(cleaned), candidate), candidate);
    }

    /** Keys of the distinct three-letter slices of the text, as Lingua's test-data model collects them. */
    private static long[] distinctTrigrams(String cleaned) {
        long[] keys = new long[cleaned.length() - TRIGRAM + 1];
        int count = 0;
        for (int i = 0; i + TRIGRAM <= cleaned.length(); i++) {
            if (Character.isLetter(cleaned.charAt(i)) && Character.isLetter(cleaned.charAt(i + 1))
                    && Character.isLetter(cleaned.charAt(i + 2))) {
                keys[count++] = NgramTable.key(cleaned, i, TRIGRAM);
            }
        }
        Arrays.sort(keys, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[distinct++] = keys[i];
            }
        }
        return Arrays.copyOf(keys, distinct);
    }

    /**
     * Per language, the sum over trigrams of the log probability of the trigram, or of its longest prefix the
     * language knows; an n-gram unknown at every length adds nothing, as in Lingua.
     */
    private float[] sums(long[] trigramKeys, boolean[] candidate) {
        float[] sums = new float[languages.size()];
        int[] answeredFor = new int[languages.size()];
        int candidates = 0;
        for (boolean is : candidate) {
            candidates += is ? 1 : 0;
        }
        for (int n = 0; n < trigramKeys.length; n++) {
            int stamp = n + 1;
            long key = trigramKeys[n];
            int answered = add(trigrams, key, stamp, candidate, answeredFor, sums);
            if (answered < candidates) {
                answered += add(bigrams, key >>> 16, stamp, candidate, answeredFor, sums);
            }
            if (answered < candidates) {
                add(unigrams, key >>> 32, stamp, candidate, answeredFor, sums);
            }
        }
        return sums;
    }

    /** Adds the n-gram's log probability for every candidate not yet answered for this trigram; how many it added. */
    private static int add(NgramTable table, long key, int stamp, boolean[] candidate, int[] answeredFor,
            float[] sums) {
        int slot = table.find(key);
        if (slot < 0) {
            return 0;
        }
        int added = 0;
        for (int posting = table.postingStart(slot); posting < table.postingEnd(slot); posting++) {
            int language = table.language(posting);
            if (candidate[language] && answeredFor[language] != stamp) {
                answeredFor[language] = stamp;
                sums[language] += table.logProbability(posting);
                added++;
            }
        }
        return added;
    }

    /** Lingua keeps the languages with a negative sum and ranks them by it, ties by the language's order. */
    private Optional<Guess> best(float[] sums, boolean[] candidate) {
        int best = -1;
        int second = -1;
        for (int i = 0; i < sums.length; i++) {
            if (!candidate[i] || sums[i] >= 0) {
                continue;
            }
            if (best < 0 || sums[i] > sums[best]) {
                second = best;
                best = i;
            } else if (second < 0 || sums[i] > sums[second]) {
                second = i;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        double margin = second < 0 ? 1.0 : 1.0 - (double) sums[best] / sums[second];
        return Optional.of(new Guess(languages.get(best), margin));
    }
}
