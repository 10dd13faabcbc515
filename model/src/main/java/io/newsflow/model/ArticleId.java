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
        MessageDigest sha256 = sha256();
        if (isAscii(text)) {
            // most articles: the normalized text is the ASCII bytes with white space collapsed, done in place
            byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
            int length = 0;
            boolean inRun = false;
            for (byte b : bytes) {
                boolean space = b <= ' ' && (b == ' ' || b == '\n' || b == '\t' || b == '\r' || b == '\f' || b == 0x0B);
                if (!space) {
                    bytes[length++] = b;
                } else if (!inRun) {
                    bytes[length++] = ' ';
                }
                inRun = space;
            }
            int start = 0;
            while (start < length && Character.isWhitespace(bytes[start])) {
                start++;
            }
            int end = length;
            while (end > start && Character.isWhitespace(bytes[end - 1])) {
                end--;
            }
            sha256.update(bytes, start, end - start);
        } else {
            sha256.update(normalize(text).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
