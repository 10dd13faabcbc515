package io.newsflow.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;

/** The article id: SHA-256 of the text in Unicode NFC with runs of white space collapsed to one space. */
public final class ArticleId {

    /** The first combining mark: text made only of characters below it is NFC already and composes with nothing. */
    private static final char FIRST_COMBINING = '\u0300';

    /** Every white space run that normalizing changes contains one of these; a lone space between words does not. */
    private static final String[] CHANGING_RUNS = {"\n", "  ", "\t", "\r", "\f", "\u000B"};

    private static final int NOT_SEARCHED = -2;
    private static final int NONE = -1;

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
        // the JDK encodes ASCII to UTF-8 as a plain copy after a vectorized check; any other character takes 2 bytes
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length == text.length()) {
            hashAscii(text, utf8, sha256);
        } else {
            sha256.update(normalize(text).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * Most articles: ASCII, whose normalized form is its bytes with white space collapsed. A single space between
     * words stays as it is, so only the runs that change (a line break, a tab, two spaces) are looked for, with the
     * JDK's vectorized {@code indexOf}; the text between them moves over the gaps in whole pieces, and no byte is
     * looked at one by one.
     */
    private static void hashAscii(String text, byte[] bytes, MessageDigest sha256) {
        // stripping the ends first gives what stripping after the collapse does: the ends are white space either way
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        // where each kind of run next occurs: NOT_SEARCHED until looked for, NONE once none is left
        int[] next = new int[CHANGING_RUNS.length];
        Arrays.fill(next, NOT_SEARCHED);
        int from = start;
        int piece = start;
        // the normalized text is built in place: each piece moves left over the gaps the collapsed runs left
        int length = start;
        while (true) {
            int at = end;
            for (int k = 0; k < next.length; k++) {
                if (next[k] != NONE && next[k] < from) {
                    // ends are not white space, so a run never reaches past end: searching to the string's end is fine
                    int found = text.indexOf(CHANGING_RUNS[k], from);
                    next[k] = found < 0 || found >= end ? NONE : found;
                }
                if (next[k] != NONE && next[k] < at) {
                    at = next[k];
                }
            }
            if (at == end) {
                System.arraycopy(bytes, piece, bytes, length, end - piece);
                length += end - piece;
                sha256.update(bytes, start, length - start);
                return;
            }
            int runStart = at;
            while (runStart > piece && isCollapsed(bytes[runStart - 1])) {
                runStart--;
            }
            int runEnd = at + 1;
            while (runEnd < end && isCollapsed(bytes[runEnd])) {
                runEnd++;
            }
            System.arraycopy(bytes, piece, bytes, length, runStart - piece);
            length += runStart - piece;
            bytes[length++] = ' ';
            piece = runEnd;
            from = runEnd;
        }
    }

    /** The white space of the id's definition ({@code \s}: space, tab, line feed, vertical tab, form feed, return). */
    private static boolean isCollapsed(int c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
