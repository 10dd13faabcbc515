package io.newsflow.ingest.read;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Recognises bytes that are not text: the magic numbers of common binary formats, and NUL bytes. */
final class Binary {

    private static final int NUL_WINDOW = 8192;

    private record Magic(byte[] prefix, String what) {
    }

    private static final List<Magic> MAGICS = List.of(
            magic("%PDF-", "a PDF document"),
            magic(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "a PNG image"),
            magic(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "a JPEG image"),
            magic("GIF8", "a GIF image"),
            magic(new byte[] {'P', 'K', 3, 4}, "a ZIP archive (or an Office document)"),
            magic(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "an old Microsoft Office document"),
            magic(new byte[] {0x7F, 'E', 'L', 'F'}, "an executable program"),
            magic(new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF}, "a 7-Zip archive"),
            magic("Rar!", "a RAR archive"),
            magic(new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE}, "a Java class file"),
            magic(new byte[] {'B', 'Z', 'h'}, "a bzip2 archive"),
            magic(new byte[] {(byte) 0xFD, '7', 'z', 'X', 'Z', 0}, "an xz archive"),
            magic(new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD}, "a zstd archive"),
            magic("ID3", "an MP3 audio file"),
            magic("RIFF", "a RIFF media file (WAV, AVI or WebP)"));

    private Binary() {
    }

    /** What binary format the bytes start with, if a known one. */
    static Optional<String> knownFormat(byte[] bytes) {
        for (Magic magic : MAGICS) {
            if (startsWith(bytes, magic.prefix)) {
                return Optional.of(magic.what);
            }
        }
        return Optional.empty();
    }

    static boolean hasNul(byte[] bytes) {
        int end = Math.min(bytes.length, NUL_WINDOW);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Magic magic(String prefix, String what) {
        return new Magic(prefix.getBytes(StandardCharsets.US_ASCII), what);
    }

    private static Magic magic(byte[] prefix, String what) {
        return new Magic(prefix, what);
    }
}
