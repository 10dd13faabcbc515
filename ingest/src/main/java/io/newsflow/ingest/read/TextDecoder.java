package io.newsflow.ingest.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the bytes of a text file. The charset comes from, in order: a byte-order mark, a charset the document
 * declares (HTML {@code <meta charset>}, XML {@code encoding=}), strict UTF-8, and otherwise statistical detection.
 * Text that needed replacement characters is flagged; text that is mostly replacement or control characters is
 * refused as undecodable.
 */
final class TextDecoder {

    /** More bad characters than this share of the text and it is not text in any charset we tried. */
    private static final double MAX_BAD_SHARE = 0.05;
    private static final int DECLARATION_WINDOW = 4096;
    private static final int DETECTOR_MIN_CONFIDENCE = 20;
    private static final Charset FALLBACK = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final Pattern DECLARED = Pattern.compile(
            "(?:<meta[^>]+charset\\s*=\\s*[\"']?|<\\?xml[^>]+encoding\\s*=\\s*[\"'])([A-Za-z0-9._:-]+)",
            Pattern.CASE_INSENSITIVE);

    private TextDecoder() {
    }

    static DecodedText decode(byte[] bytes) throws RejectedException {
        List<String> warnings = new ArrayList<>();
        Optional<Bom> bom = Bom.of(bytes);
        if (bom.isPresent()) {
            Bom mark = bom.get();
            return finish(decodeReplacing(bytes, mark.length, mark.charset), mark.charset, warnings);
        }
        boolean plain = isPlainAscii(bytes);
        if (!plain && Binary.hasNul(bytes)) {
            throw new RejectedException(RejectionKind.BINARY,
                    "binary content: the file contains NUL bytes, which text never does (no byte-order mark says it"
                            + " is UTF-16 or UTF-32)");
        }
        Optional<Charset> declared = declaredCharset(bytes, warnings);
        if (declared.isPresent()) {
            Charset charset = declared.get();
            Optional<String> strict = decodeStrict(bytes, charset);
            if (strict.isPresent()) {
                return finish(new Decoding(strict.get(), 0), charset, warnings);
            }
            Optional<String> utf8 = decodeStrict(bytes, StandardCharsets.UTF_8);
            if (utf8.isPresent()) {
                warnings.add("the document declares charset " + charset.name()
                        + " but is valid UTF-8; decoded as UTF-8");
                return finish(new Decoding(utf8.get(), 0), StandardCharsets.UTF_8, warnings);
            }
            return finish(decodeReplacing(bytes, 0, charset), charset, warnings);
        }
        if (plain) {
            // what the strict UTF-8 branch below would give, without its checks: no byte can be invalid or a control
            return new DecodedText(new String(bytes, StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8.name(),
                    warnings);
        }
        Optional<String> utf8 = decodeStrict(bytes, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return finish(new Decoding(utf8.get(), 0), StandardCharsets.UTF_8, warnings);
        }
        Charset detected = detect(bytes);
        warnings.add("no charset stated and not valid UTF-8; detected " + detected.name());
        return finish(decodeReplacing(bytes, 0, detected), detected, warnings);
    }

    private static DecodedText finish(Decoding decoding, Charset charset, List<String> warnings)
            throws RejectedException {
        String text = decoding.text;
        int length = Math.max(1, text.length());
        long controls = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isStrayControl(text.charAt(i))) {
                controls++;
            }
        }
        double badShare = (double) (decoding.replaced + controls) / length;
        if (badShare > MAX_BAD_SHARE) {
            throw new RejectedException(RejectionKind.UNDECODABLE, String.format(Locale.ROOT,
                    "cannot be decoded as text: %.0f%% of the characters are invalid or control characters"
                            + " when read as %s", badShare * 100, charset.name()));
        }
        if (decoding.replaced > 0) {
            warnings.add(decoding.replaced + " byte sequence(s) invalid in " + charset.name()
                    + " were replaced with U+FFFD");
        }
        String normalized = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        return new DecodedText(normalized, charset.name(), warnings);
    }

    /**
     * Whether every byte is printable ASCII, a tab, a line feed or a form feed: text that decodes the same in UTF-8
     * and every ASCII-compatible charset, with no control character to count and no line end to rewrite. Most files
     * are, so this runs on every file: eight bytes at a time, looking closer only at words holding a byte below
     * 0x20, 0x7F or above (the borrow of the subtraction and the carry of the addition can flag a neighbour too,
     * never miss one).
     */
    static boolean isPlainAscii(byte[] bytes) {
        int i = 0;
        for (; i + Long.BYTES <= bytes.length; i += Long.BYTES) {
            long word = (long) LONGS.get(bytes, i);
            if (((word - 0x2020202020202020L | word | word + 0x0101010101010101L) & 0x8080808080808080L) != 0
                    && !isPlainAscii(bytes, i, i + Long.BYTES)) {
                return false;
            }
        }
        return isPlainAscii(bytes, i, bytes.length);
    }

    private static boolean isPlainAscii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if ((b < 0x20 || b == 0x7f) && b != '\n' && b != '\t' && b != '\f') {
                return false;
            }
        }
        return true;
    }

    private static boolean isStrayControl(int c) {
        return (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7f && c < 0xa0);
    }

    private static Optional<Charset> declaredCharset(byte[] bytes, List<String> warnings) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        if (head.indexOf('<') < 0) {
            // only markup declares a charset; most plain text is spared the pattern search
            return Optional.empty();
        }
        Matcher matcher = DECLARED.matcher(head);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String name = matcher.group(1);
        try {
            if (Charset.isSupported(name)) {
                Charset charset = Charset.forName(name);
                // a page cannot really be UTF-16 if we could read its declaration as single bytes
                return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")
                        ? Optional.of(StandardCharsets.UTF_8) : Optional.of(charset);
            }
        } catch (IllegalCharsetNameException e) {
            // fall through to the warning below: the name is as unusable as an unknown one
        }
        warnings.add("the document declares an unknown charset '" + name + "'; detected instead");
        return Optional.empty();
    }

    private static Charset detect(byte[] bytes) {
        CharsetMatch match = new CharsetDetector().setText(bytes).detect();
        if (match != null && match.getConfidence() >= DETECTOR_MIN_CONFIDENCE && Charset.isSupported(match.getName())) {
            return Charset.forName(match.getName());
        }
        return FALLBACK;
    }

    private static Optional<String> decodeStrict(byte[] bytes, Charset charset) {
        return decodeStrict(bytes, 0, charset);
    }

    private static Optional<String> decodeStrict(byte[] bytes, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // the JDK's own UTF-8 decoding is several times faster than a CharsetDecoder; it replaces every invalid
            // sequence with U+FFFD, so text without one is valid, and only text with one needs the strict check
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return Optional.of(text);
            }
        }
        try {
            CharBuffer chars = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Decoding decodeReplacing(byte[] bytes, int offset, Charset charset) {
        Optional<String> strict = decodeStrict(bytes, offset, charset);
        if (strict.isPresent()) {
            return new Decoding(strict.get(), 0);
        }
        String text = new String(bytes, offset, bytes.length - offset, charset);
        return new Decoding(text, (int) text.chars().filter(c -> c == '\uFFFD').count());
    }

    private record Decoding(String text, int replaced) {
    }

    /** A byte-order mark and the charset it announces; UTF-32 is tested first since its LE mark starts like UTF-16's. */
    private enum Bom {
        UTF32_BE(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, UTF_32BE),
        UTF32_LE(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, UTF_32LE),
        UTF8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
        UTF16_BE(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE),
        UTF16_LE(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE);

        private final byte[] mark;
        private final int length;
        private final Charset charset;

        Bom(byte[] mark, Charset charset) {
            this.mark = mark;
            this.length = mark.length;
            this.charset = charset;
        }

        static Optional<Bom> of(byte[] bytes) {
            for (Bom bom : values()) {
                if (Binary.startsWith(bytes, bom.mark)) {
                    return Optional.of(bom);
                }
            }
            return Optional.empty();
        }
    }
}
