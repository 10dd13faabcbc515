package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;

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
}
