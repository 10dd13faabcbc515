package io.newsflow.enrich.language;

import java.util.Set;

/**
 * How {@link LanguageIdentifier} decides.
 *
 * @param languages              ISO 639-1 codes Lingua may choose from; empty for all 74 spoken ones
 * @param sampleChars            how much of the start of the text is read
 * @param shortTextChars         a sample shorter than this is a short text
 * @param shortTextMinConfidence a short text whose best language leads by less than this is {@code und}
 */
public record LanguageSettings(Set<String> languages, int sampleChars, int shortTextChars,
        double shortTextMinConfidence) {

    public LanguageSettings {
        languages = Set.copyOf(languages);
    }

    public static LanguageSettings defaults() {
        return new LanguageSettings(Set.of(), 1000, 200, 0.05);
    }
}
