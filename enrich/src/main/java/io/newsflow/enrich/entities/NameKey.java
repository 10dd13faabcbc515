package io.newsflow.enrich.entities;

import io.newsflow.model.EntityType;
import org.apache.commons.codec.language.DoubleMetaphone;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The normalized key of a name: its type, then one sound-alike code per word, so that transliteration variants
 * ({@code Zelensky}, {@code Zelenskyy}, {@code Zelenskiy}) and accents ({@code Erdoğan}) meet.
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
            codes.add(code == null || code.isEmpty() ? word : code);
        }
        return codes;
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
