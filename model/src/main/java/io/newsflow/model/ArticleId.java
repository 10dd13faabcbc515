package io.newsflow.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/** The article id: SHA-256 of the text in Unicode NFC with runs of white space collapsed to one space. */
public final class ArticleId {

    /** The first combining mark: text made only of characters below it is NFC already and composes with nothing. */
    private static final char FIRST_COMBINING = '\u0300';

    private ArticleId() {
    }

    /**
     * The text the id is computed from: NFC, each run of ASCII white space ({@code \s}) replaced by one space, and
     * leading and trailing white space ({@link String#strip()}) removed. One pass over a char array, as this runs
     * on every file ingest reads.
     */
    public static String normalize(String text) {
        String nfc = isSurelyNfc(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC)
                ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        char[] chars = nfc.toCharArray();
        int length = 0;
        boolean inRun = false;
        for (char c : chars) {
            boolean space = c <= ' ' && (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'
                    || c == '\u000B');
            if (!space) {
                chars[length++] = c;
            } else if (!inRun) {
                chars[length++] = ' ';
            }
            inRun = space;
        }
        // white space is never a surrogate, so testing single chars strips exactly what String.strip() would
        int start = 0;
        while (start < length && Character.isWhitespace(chars[start])) {
            start++;
        }
        int end = length;
        while (end > start && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        return new String(chars, start, end - start);
    }

    private static boolean isSurelyNfc(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= FIRST_COMBINING) {
                return false;
            }
        }
        return true;
    }

    public static String of(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest(normalize(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
