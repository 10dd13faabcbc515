package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleIdTest {

    @Test
    void shouldGiveTheSameIdToTextThatDiffersOnlyInWhiteSpaceAndUnicodeComposition() {
        String composed = "Erdo\u011fan met Lavrov";
        String decomposed = "  Erdog\u0306an\tmet\r\n\n Lavrov \n";
        assertThat(ArticleId.of(decomposed)).isEqualTo(ArticleId.of(composed));
        assertThat(ArticleId.normalize(decomposed)).isEqualTo(composed);
    }

    @Test
    void shouldGiveDifferentIdsToDifferentWords() {
        assertThat(ArticleId.of("Lavrov met Rubio")).isNotEqualTo(ArticleId.of("Rubio met Lavrov"));
    }

    @Test
    void shouldBeSixtyFourLowercaseHexCharacters() {
        assertThat(ArticleId.of("text")).matches("[0-9a-f]{64}")
                .isEqualTo("982d9e3eb996f559e633f4d194def3761d909f5a3b647d1a851fead67c32c9d1");
    }

    @Test
    void shouldKeepNonBreakingSpaceInsideTheTextAsTheRegexDefinitionDid() {
        assertThat(ArticleId.normalize("a\u00a0 b")).isEqualTo("a\u00a0 b");
    }

    @Test
    void shouldNormalizeExactlyAsTheRegexDefinitionOnMixedText() {
        compareWithRegexDefinition("ab \t\n\r\f\u000B\u00a0\u2003\u001c\u0301e\u00e9\u2019\ud83d\ude00\u0915\u093f");
    }

    @Test
    void shouldNormalizeExactlyAsTheRegexDefinitionOnAsciiText() {
        compareWithRegexDefinition("ab. \t\n\r\f\u000B\u001c\u001f\u0001");
    }

    private static void compareWithRegexDefinition(String alphabet) {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                int at = random.nextInt(alphabet.length());
                text.append(alphabet.charAt(at));
                if (Character.isHighSurrogate(alphabet.charAt(at))) {
                    text.append(alphabet.charAt(at + 1));
                }
            }
            String input = text.toString();
            String expected = Normalizer.normalize(input, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
            assertThat(ArticleId.normalize(input)).as("normalize(%s)", input.codePoints().boxed().toList())
                    .isEqualTo(expected);
            assertThat(ArticleId.of(input)).as("of(%s)", input.codePoints().boxed().toList())
                    .isEqualTo(sha256Hex(expected));
        }
    }

    private static String sha256Hex(String normalized) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
