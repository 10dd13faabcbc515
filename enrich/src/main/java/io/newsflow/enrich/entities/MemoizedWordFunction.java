package io.newsflow.enrich.entities;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the model's word function (CoreNLP's Americanize for the English CRF): the feature factory applies it
 * each time it reads a word, several times per token and clique, and it was a tenth of the recognizer's time. Words
 * repeat across news, so a bounded memo answers most calls with one hash look-up and the same result.
 */
final class MemoizedWordFunction implements Function<String, String> {

    /** Beyond this many distinct words new ones are computed, not stored: heap stays bounded (a few MB). */
    private static final int MAX_WORDS = 100_000;

    private final Function<String, String> function;
    private final Map<String, String> memo = new ConcurrentHashMap<>();

    MemoizedWordFunction(Function<String, String> function) {
        this.function = function;
    }

    @Override
    public String apply(String word) {
        if (word == null) {
            return function.apply(null);
        }
        String known = memo.get(word);
        if (known != null) {
            return known;
        }
        String result = function.apply(word);
        if (result != null && memo.size() < MAX_WORDS) {
            memo.putIfAbsent(word, result);
        }
        return result;
    }
}
