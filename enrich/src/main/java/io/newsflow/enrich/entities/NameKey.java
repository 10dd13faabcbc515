package io.newsflow.enrich.entities;

import io.newsflow.model.EntityType;
import org.apache.commons.codec.language.DoubleMetaphone;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalized key of a name: its type, then one sound-alike code per word (Double Metaphone followed by the
 * word's vowel classes), so that transliteration variants ({@code Zelensky}, {@code Zelenskyy}, {@code Zelenskiy})
 * and accents ({@code Erdoğan}) meet.
 * Words of up to three letters are kept as written (case-folded): their codes are too short to tell names apart.
 */
final class NameKey {

    private static final int SHORT_WORD = 3;
    private static final int CODE_LENGTH = 12;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Dots and apostrophes join: {@code U.S.} is {@code US}, {@code N'Djamena} one word. */
    private static final Pattern JOINERS = Pattern.compile("[.'\u2019]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    static String of(EntityType type, String name) {
        return of(type, codes(name));
    }

    static String of(EntityType type, List<String> codes) {
        return type.name() + ":" + String.join(" ", codes);
    }

    /** The sound-alike code of each word of {@code name}. */
    static List<String> codes(String name) {
        DoubleMetaphone metaphone = new DoubleMetaphone();
        metaphone.setMaxCodeLen(CODE_LENGTH);
        List<String> codes = new ArrayList<>();
        for (String word : SEPARATORS.split(JOINERS.matcher(fold(name)).replaceAll(""))) {
            if (word.isEmpty()) {
                continue;
            }
            String code = word.length() <= SHORT_WORD ? "" : metaphone.doubleMetaphone(word);
            codes.add(code == null || code.isEmpty() ? word : code + vowels(word));
        }
        return codes;
    }

    /**
     * One letter per run of vowels: {@code a}, {@code o} for o/u, {@code e} for e/i/y. Double Metaphone drops
     * vowels, which merges Bill, Bell and Paul; vowel classes keep them apart while transliterations
     * (Zelensky, Zelenskyy, Zelenskiy: {@code eee}) still meet.
     */
    static String vowels(String word) {
        StringBuilder classes = new StringBuilder();
        boolean inRun = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char vowelClass = switch (c) {
                case 'a' -> 'a';
                case 'o', 'u' -> 'o';
                case 'e', 'i' -> 'e';
                case 'y' -> i == 0 ? 0 : 'e';
                default -> 0;
            };
            if (vowelClass != 0 && !inRun) {
                classes.append(vowelClass);
            }
            inRun = vowelClass != 0;
        }
        return classes.toString();
    }

    /** Lower case without accents; letters that do not decompose into a base letter and a mark are spelled out. */
    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        StringBuilder folded = new StringBuilder(stripped.length());
        for (char c : stripped.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'ı' -> folded.append('i');
                case 'ø' -> folded.append('o');
                case 'ł' -> folded.append('l');
                case 'đ', 'ð' -> folded.append('d');
                case 'ß' -> folded.append("ss");
                case 'æ' -> folded.append("ae");
                case 'œ' -> folded.append("oe");
                case 'þ' -> folded.append("th");
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }
}
