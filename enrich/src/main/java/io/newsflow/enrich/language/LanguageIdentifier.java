package io.newsflow.enrich.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import io.newsflow.model.Language;
import java.lang.Character.UnicodeScript;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells the language of a text as an ISO 639-1 code, or {@code und}.
 *
 * <p>Lingua decides among its 74 spoken languages (Latin left out: it drew German news in trials) in low-accuracy mode
 * (trigram models with bigram and unigram fall-back) on the first {@link LanguageSettings#sampleChars()} characters;
 * its high-accuracy models would cost 1.4 GB. {@link TrigramDetector} gives Lingua's answer from one table of all
 * languages' probabilities (17 MB of heap against Lingua's 61 MB, loaded at construction so the first article is not
 * slow) with about a seventh of Lingua's CPU time per article and no thread hand-off. A shorter sample was measured
 * and rejected: at 400 or 500 characters a Tagalog page opening with English turns English. Its scores are relative,
 * so the confidence reported is the margin over the runner-up, {@code 1 - score(second) / score(best)}: 0 is a tie,
 * 1 means no other candidate (a script only one known language uses). Short texts are where low accuracy errs, so
 * below {@link LanguageSettings#shortTextChars()} a margin under {@link LanguageSettings#shortTextMinConfidence()}
 * gives {@code und} rather than a guess.
 *
 * <p>Some languages Lingua does not know write in a script of their own: Sinhala, Khmer, Lao, Burmese, Kannada,
 * Malayalam, Odia, Tibetan, Dhivehi. Those are told by the script alone. Ethiopic is shared by Amharic, Tigrinya and
 * others, so it gives {@code und}, as does any text Lingua finds no candidate for.
 */
public final class LanguageIdentifier {

    private static final Map<UnicodeScript, String> SCRIPT_LANGUAGES = scriptLanguages();

    private static final UnicodeScript[] SCRIPTS = UnicodeScript.values();

    /** Fewer letters than this say nothing about a language. */
    private static final int MIN_LETTERS = 3;

    private final LanguageSettings settings;
    private final TrigramDetector detector;

    public LanguageIdentifier(LanguageSettings settings) {
        this.settings = settings;
        this.detector = new TrigramDetector(settings.languages().isEmpty()
                ? Set.copyOf(com.github.pemistahl.lingua.api.Language.allSpokenOnes())
                : linguaLanguages(settings.languages()));
    }

    public Language identify(String text) {
        String sample = sample(text);
        int[] scripts = letterScripts(sample);
        int letters = Arrays.stream(scripts).sum();
        if (letters < MIN_LETTERS) {
            return Language.undetermined();
        }
        UnicodeScript main = mainScript(scripts);
        if (main == UnicodeScript.ETHIOPIC) {
            return Language.undetermined();
        }
        String scriptLanguage = SCRIPT_LANGUAGES.get(main);
        if (scriptLanguage != null) {
            return new Language(scriptLanguage, round((double) scripts[main.ordinal()] / letters));
        }
        return fromLingua(sample);
    }

    private Language fromLingua(String sample) {
        Optional<TrigramDetector.Guess> guess = detector.detect(sample);
        if (guess.isEmpty()) {
            return Language.undetermined();
        }
        double margin = guess.get().margin();
        boolean shortText = sample.length() < settings.shortTextChars();
        if (shortText && margin < settings.shortTextMinConfidence()) {
            return Language.undetermined();
        }
        return new Language(guess.get().language().getIsoCode639_1().toString().toLowerCase(Locale.ROOT),
                round(margin));
    }

    /** The first characters, cut at a space so that no word is broken. */
    private String sample(String text) {
        if (text.length() <= settings.sampleChars()) {
            return text;
        }
        int cut = text.lastIndexOf(' ', settings.sampleChars());
        return text.substring(0, cut > settings.sampleChars() / 2 ? cut : settings.sampleChars());
    }

    /** Letters per script, by {@link UnicodeScript} ordinal; ASCII letters skip the script table look-up. */
    private static int[] letterScripts(String text) {
        int[] counts = new int[SCRIPTS.length];
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint < 0x80) {
                int lower = codePoint | 0x20;
                counts[UnicodeScript.LATIN.ordinal()] += lower >= 'a' && lower <= 'z' ? 1 : 0;
            } else if (Character.isLetter(codePoint)) {
                counts[UnicodeScript.of(codePoint).ordinal()]++;
            }
        }
        return counts;
    }

    private static UnicodeScript mainScript(int[] scripts) {
        int main = 0;
        for (int i = 1; i < scripts.length; i++) {
            if (scripts[i] > scripts[main]) {
                main = i;
            }
        }
        return SCRIPTS[main];
    }

    private static Set<com.github.pemistahl.lingua.api.Language> linguaLanguages(Set<String> codes) {
        return codes.stream()
                .map(code -> com.github.pemistahl.lingua.api.Language.getByIsoCode639_1(
                        IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT))))
                .collect(Collectors.toSet());
    }

    /** Whether Lingua knows the ISO 639-1 code, for validating configuration. */
    public static boolean isKnown(String code) {
        try {
            IsoCode639_1 iso = IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT));
            return com.github.pemistahl.lingua.api.Language.all().stream()
                    .anyMatch(language -> language.getIsoCode639_1() == iso);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static double round(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }

    private static Map<UnicodeScript, String> scriptLanguages() {
        Map<UnicodeScript, String> languages = new EnumMap<>(UnicodeScript.class);
        languages.put(UnicodeScript.SINHALA, "si");
        languages.put(UnicodeScript.KHMER, "km");
        languages.put(UnicodeScript.LAO, "lo");
        languages.put(UnicodeScript.MYANMAR, "my");
        languages.put(UnicodeScript.KANNADA, "kn");
        languages.put(UnicodeScript.MALAYALAM, "ml");
        languages.put(UnicodeScript.ORIYA, "or");
        languages.put(UnicodeScript.TIBETAN, "bo");
        languages.put(UnicodeScript.THAANA, "dv");
        return languages;
    }
}
