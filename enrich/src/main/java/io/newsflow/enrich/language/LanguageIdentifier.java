package io.newsflow.enrich.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.newsflow.model.Language;
import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Tells the language of a text as an ISO 639-1 code, or {@code und}.
 *
 * <p>Lingua decides among its 74 spoken languages (Latin left out: it drew German news in trials) in low-accuracy mode (trigram models, about 70 MB of heap for all of
 * them, preloaded so the first article is not slow) on the first {@link LanguageSettings#sampleChars()} characters;
 * its high-accuracy models would cost 1.4 GB. Its scores are relative, so the confidence reported is the margin over
 * the runner-up, {@code 1 - score(second) / score(best)}: 0 is a tie, 1 means no other candidate (a script only one
 * known language uses). Short texts are where low accuracy errs, so below {@link LanguageSettings#shortTextChars()}
 * a margin under {@link LanguageSettings#shortTextMinConfidence()} gives {@code und} rather than a guess.
 *
 * <p>Some languages Lingua does not know write in a script of their own: Sinhala, Khmer, Lao, Burmese, Kannada,
 * Malayalam, Odia, Tibetan, Dhivehi. Those are told by the script alone. Ethiopic is shared by Amharic, Tigrinya and
 * others, so it gives {@code und}, as does any text Lingua finds no candidate for.
 */
public final class LanguageIdentifier {

    private static final Map<UnicodeScript, String> SCRIPT_LANGUAGES = scriptLanguages();

    /** Fewer letters than this say nothing about a language. */
    private static final int MIN_LETTERS = 3;

    private final LanguageSettings settings;
    private final LanguageDetector detector;

    public LanguageIdentifier(LanguageSettings settings) {
        this.settings = settings;
        LanguageDetectorBuilder builder = settings.languages().isEmpty()
                ? LanguageDetectorBuilder.fromAllSpokenLanguages()
                : LanguageDetectorBuilder.fromIsoCodes639_1(isoCodes(settings.languages()));
        this.detector = builder.withLowAccuracyMode().withPreloadedLanguageModels().build();
    }

    public Language identify(String text) {
        String sample = sample(text);
        Map<UnicodeScript, Integer> scripts = letterScripts(sample);
        int letters = scripts.values().stream().mapToInt(Integer::intValue).sum();
        if (letters < MIN_LETTERS) {
            return Language.undetermined();
        }
        UnicodeScript main = mainScript(scripts);
        if (main == UnicodeScript.ETHIOPIC) {
            return Language.undetermined();
        }
        String scriptLanguage = SCRIPT_LANGUAGES.get(main);
        if (scriptLanguage != null) {
            return new Language(scriptLanguage, round((double) scripts.get(main) / letters));
        }
        return fromLingua(sample);
    }

    private Language fromLingua(String sample) {
        SortedMap<com.github.pemistahl.lingua.api.Language, Double> scores =
                detector.computeLanguageConfidenceValues(sample);
        Iterator<Map.Entry<com.github.pemistahl.lingua.api.Language, Double>> ranked = scores.entrySet().iterator();
        if (!ranked.hasNext()) {
            return Language.undetermined();
        }
        Map.Entry<com.github.pemistahl.lingua.api.Language, Double> best = ranked.next();
        double runnerUp = ranked.hasNext() ? ranked.next().getValue() : 0.0;
        double margin = best.getValue() > 0 ? 1.0 - runnerUp / best.getValue() : 0.0;
        boolean shortText = sample.length() < settings.shortTextChars();
        if (shortText && margin < settings.shortTextMinConfidence()) {
            return Language.undetermined();
        }
        return new Language(best.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT), round(margin));
    }

    /** The first characters, cut at a space so that no word is broken. */
    private String sample(String text) {
        if (text.length() <= settings.sampleChars()) {
            return text;
        }
        int cut = text.lastIndexOf(' ', settings.sampleChars());
        return text.substring(0, cut > settings.sampleChars() / 2 ? cut : settings.sampleChars());
    }

    private static Map<UnicodeScript, Integer> letterScripts(String text) {
        Map<UnicodeScript, Integer> counts = new EnumMap<>(UnicodeScript.class);
        text.codePoints()
                .filter(Character::isLetter)
                .forEach(codePoint -> counts.merge(UnicodeScript.of(codePoint), 1, Integer::sum));
        return counts;
    }

    private static UnicodeScript mainScript(Map<UnicodeScript, Integer> scripts) {
        return scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static IsoCode639_1[] isoCodes(Set<String> codes) {
        return codes.stream()
                .map(code -> IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)))
                .toArray(IsoCode639_1[]::new);
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
