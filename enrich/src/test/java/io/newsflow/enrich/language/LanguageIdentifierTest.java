package io.newsflow.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class LanguageIdentifierTest {

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void loadModels() {
        identifier = new LanguageIdentifier(LanguageSettings.defaults());
    }

    @Test
    void shouldTellEverySeedIsEnglish() throws IOException {
        try (Stream<Path> seeds = Files.list(Path.of("../seeds"))) {
            for (Path seed : seeds.toList()) {
                Language language = identifier.identify(Files.readString(seed, StandardCharsets.UTF_8));
                assertThat(language.code()).as(seed.toString()).isEqualTo("en");
                assertThat(language.confidence()).isBetween(0.0, 1.0);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/langid/sentences.tsv", delimiter = '\t')
    void shouldTellLanguageOfArticleSentence(String expected, String text) {
        assertThat(identifier.identify(text).code()).isEqualTo(expected);
    }

    @Test
    void shouldSayUndeterminedForEthiopicShortAndEmptyText() {
        assertThat(identifier.identify("የኢትዮጵያ መንግስት አዲስ ህግ አፀደቀ።").code()).isEqualTo(Language.UNDETERMINED);
        assertThat(identifier.identify("").code()).isEqualTo(Language.UNDETERMINED);
        assertThat(identifier.identify("12:45 — ...").code()).isEqualTo(Language.UNDETERMINED);
    }

    @Test
    void shouldChooseOnlyAmongConfiguredLanguages() {
        LanguageIdentifier englishOrFrench =
                new LanguageIdentifier(new LanguageSettings(Set.of("en", "fr"), 1000, 200, 0.05));

        String code = englishOrFrench.identify(
                "Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen.")
                .code();

        assertThat(code).isNotEqualTo("de").isIn("en", "fr", Language.UNDETERMINED);
    }

    @Test
    void shouldKnowLinguaCodesOnly() {
        assertThat(LanguageIdentifier.isKnown("en")).isTrue();
        assertThat(LanguageIdentifier.isKnown("si")).isFalse();
        assertThat(LanguageIdentifier.isKnown("xx")).isFalse();
    }
}
