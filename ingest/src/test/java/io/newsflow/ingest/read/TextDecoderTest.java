package io.newsflow.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    /** The bytes the eight-at-a-time check must single out, at every position of a word and beside each other. */
    private static final byte[] ALPHABET = {'a', ' ', '~', '\n', '\t', '\f', '\r', 0, 0x1f, 0x20, 0x7e, 0x7f,
        (byte) 0x80, (byte) 0xc3, (byte) 0xfe, (byte) 0xff, 0x01};

    @Test
    void shouldTellPlainAsciiExactlyAsAByteByByteCheckDoes() {
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[random.nextInt(40)];
            for (int i = 0; i < bytes.length; i++) {
                // mostly letters, so that long plain runs with one odd byte somewhere are common
                bytes[i] = random.nextInt(4) == 0 ? ALPHABET[random.nextInt(ALPHABET.length)] : (byte) 'x';
            }
            assertThat(TextDecoder.isPlainAscii(bytes)).as("%s", Arrays.toString(bytes))
                    .isEqualTo(plainByteByByte(bytes));
        }
    }

    @Test
    void shouldDecodePlainAsciiAsUtf8WithoutWarnings() throws RejectedException {
        DecodedText decoded = TextDecoder.decode("Title\n\nSome text,\tplain.\f~".getBytes(StandardCharsets.US_ASCII));
        assertThat(decoded.text()).isEqualTo("Title\n\nSome text,\tplain.\f~");
        assertThat(decoded.charset()).isEqualTo("UTF-8");
        assertThat(decoded.warnings()).isEmpty();
    }

    private static boolean plainByteByByte(byte[] bytes) {
        for (byte b : bytes) {
            int c = b & 0xff;
            boolean printable = c >= 0x20 && c <= 0x7e;
            if (!printable && c != '\n' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }
}
