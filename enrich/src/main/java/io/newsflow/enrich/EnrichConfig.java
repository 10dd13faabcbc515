package io.newsflow.enrich;

import io.newsflow.enrich.language.LanguageIdentifier;
import io.newsflow.enrich.language.LanguageSettings;
import io.newsflow.runtime.config.CommonConfig;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/** The enrich stage's configuration: the shared keys of {@link CommonConfig} plus its own. */
public final class EnrichConfig extends AbstractConfig {

    public static final String GROUP = "Enrich";

    public static final String APPLICATION_ID = "enrich.application.id";
    private static final String APPLICATION_ID_DOC = "Kafka Streams application id: the consumer group and the "
            + "prefix of the transactional ids. Every instance of one enrich deployment shares it.";

    public static final String STATE_DIR = "enrich.state.dir";
    private static final String STATE_DIR_DOC = "Directory for Kafka Streams' local files. Enrich keeps no state "
            + "store, but Streams still locks its task directories here.";

    public static final String THREADS = "enrich.threads";
    private static final String THREADS_DOC = "Stream threads per instance; 0 for one per core the JVM sees (its "
            + "container's CPU limit). Enrichment is CPU-bound, so one per core; beyond the partition count of the "
            + "raw topic threads sit idle.";

    public static final String LANGUAGE_CODES = "enrich.language.codes";
    private static final String LANGUAGE_CODES_DOC = "ISO 639-1 codes of the languages the detector chooses from, "
            + "comma-separated; empty for all 74 spoken languages Lingua knows. Fewer languages are faster and "
            + "never err into a language outside the list.";

    public static final String LANGUAGE_SAMPLE_CHARS = "enrich.language.sample.chars";
    private static final String LANGUAGE_SAMPLE_CHARS_DOC = "How many characters from the start of the text the "
            + "language is told from.";

    public static final String LANGUAGE_SHORT_CHARS = "enrich.language.short.text.chars";
    private static final String LANGUAGE_SHORT_CHARS_DOC = "Texts shorter than this need "
            + "enrich.language.short.text.min.confidence, else their language is und.";

    public static final String LANGUAGE_SHORT_MIN_CONFIDENCE = "enrich.language.short.text.min.confidence";
    private static final String LANGUAGE_SHORT_MIN_CONFIDENCE_DOC = "Lead of the best language over the runner-up "
            + "(0 to 1) a short text needs to be labelled.";

    public static final ConfigDef CONFIG_DEF = define();

    public EnrichConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals);
    }

    private static ConfigDef define() {
        LanguageSettings language = LanguageSettings.defaults();
        int order = 0;
        return CommonConfig.define()
                .define(APPLICATION_ID, Type.STRING, "newsflow-enrich", new ConfigDef.NonEmptyString(),
                        Importance.HIGH, APPLICATION_ID_DOC, GROUP, ++order, Width.MEDIUM, "Application id")
                .define(STATE_DIR, Type.STRING, Path.of(System.getProperty("java.io.tmpdir"), "newsflow-enrich")
                                .toString(), new ConfigDef.NonEmptyString(), Importance.LOW, STATE_DIR_DOC, GROUP,
                        ++order, Width.LONG, "State directory")
                .define(THREADS, Type.INT, 0, Range.between(0, 64), Importance.MEDIUM, THREADS_DOC, GROUP, ++order,
                        Width.SHORT, "Stream threads")
                .define(LANGUAGE_CODES, Type.LIST, "", EnrichConfig::validateLanguageCodes, Importance.LOW,
                        LANGUAGE_CODES_DOC, GROUP, ++order, Width.LONG, "Languages")
                .define(LANGUAGE_SAMPLE_CHARS, Type.INT, language.sampleChars(), Range.between(50, 100_000),
                        Importance.LOW, LANGUAGE_SAMPLE_CHARS_DOC, GROUP, ++order, Width.SHORT, "Language sample")
                .define(LANGUAGE_SHORT_CHARS, Type.INT, language.shortTextChars(), Range.between(0, 100_000),
                        Importance.LOW, LANGUAGE_SHORT_CHARS_DOC, GROUP, ++order, Width.SHORT, "Short text")
                .define(LANGUAGE_SHORT_MIN_CONFIDENCE, Type.DOUBLE, language.shortTextMinConfidence(),
                        Range.between(0.0, 1.0), Importance.LOW, LANGUAGE_SHORT_MIN_CONFIDENCE_DOC, GROUP, ++order,
                        Width.SHORT, "Short text confidence");
    }

    private static void validateLanguageCodes(String key, Object value) {
        for (Object code : (List<?>) value) {
            if (!LanguageIdentifier.isKnown(code.toString())) {
                throw new ConfigException(key, value, "Lingua knows no language with ISO 639-1 code '" + code + "'");
            }
        }
    }

    public String applicationId() {
        return getString(APPLICATION_ID);
    }

    public String stateDir() {
        return getString(STATE_DIR);
    }

    /** The configured stream threads, or one per available core when 0 is configured. */
    public int threads() {
        int configured = getInt(THREADS);
        return configured > 0 ? configured : Math.min(64, Runtime.getRuntime().availableProcessors());
    }

    public LanguageSettings languageSettings() {
        return new LanguageSettings(new HashSet<>(getList(LANGUAGE_CODES)), getInt(LANGUAGE_SAMPLE_CHARS),
                getInt(LANGUAGE_SHORT_CHARS), getDouble(LANGUAGE_SHORT_MIN_CONFIDENCE));
    }
}
