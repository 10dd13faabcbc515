package io.newsflow.enrich;

import io.newsflow.enrich.cleanup.TextCleaner;
import io.newsflow.enrich.dates.TemporalTagger;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.fingerprint.MinHasher;
import io.newsflow.enrich.language.LanguageIdentifier;
import io.newsflow.enrich.language.LanguageSettings;
import io.newsflow.enrich.published.PublicationDateFinder;
import io.newsflow.model.DateMention;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.PublishedAt;
import io.newsflow.model.RawArticle;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a {@link RawArticle} into an {@link EnrichedArticle}: no Kafka, no clock, no I/O once built, so the Streams
 * topology and {@code newsflow analyze} give the same answer for the same article.
 *
 * <p>Order matters: the publication date is read from the text as it arrived (a date in a photo caption counts),
 * everything else from the cleaned text that is published, so every offset refers to that text. Relative dates
 * ("on Tuesday") are resolved against the publication date.
 *
 * <p>Thread-safe; building one loads about 90 MB of models and takes a few seconds, so a process builds one.
 */
public final class Enricher {

    /** A word for {@code wordCount}: a run of non-space characters holding a letter or a digit. */
    private static final Pattern WORD = Pattern.compile("[^\\s\\p{L}\\p{N}]*[\\p{L}\\p{N}]\\S*");

    static final String NO_REFERENCE_DATE =
            "no publication or receipt date: relative dates were not resolved and no date was tagged";

    private final TextCleaner cleaner;
    private final LanguageIdentifier languages;
    private final PublicationDateFinder publicationDates;
    private final TemporalTagger tagger;
    private final EntityRecognizer entities;
    private final MinHasher minHasher;

    public Enricher(TextCleaner cleaner, LanguageIdentifier languages, PublicationDateFinder publicationDates,
            TemporalTagger tagger, EntityRecognizer entities, MinHasher minHasher) {
        this.cleaner = cleaner;
        this.languages = languages;
        this.publicationDates = publicationDates;
        this.tagger = tagger;
        this.entities = entities;
        this.minHasher = minHasher;
    }

    public static Enricher create(LanguageSettings languageSettings) {
        TemporalTagger tagger = new TemporalTagger();
        return new Enricher(new TextCleaner(), new LanguageIdentifier(languageSettings),
                new PublicationDateFinder(tagger), tagger, new EntityRecognizer(), new MinHasher());
    }

    public static Enricher create(EnrichConfig config) {
        return create(config.languageSettings());
    }

    public EnrichedArticle enrich(RawArticle raw) {
        return enrich(raw, null);
    }

    /**
     * Enriches an article; {@code fallbackReference}, if given, resolves relative dates of an article that states
     * no date of its own (none in metadata or text), in place of its file's modification time. It never changes
     * {@code publishedAt}.
     */
    public EnrichedArticle enrich(RawArticle raw, LocalDate fallbackReference) {
        if (raw.text() == null) {
            throw new IllegalArgumentException("article " + raw.id() + " has no text");
        }
        PublishedAt publishedAt = publicationDates.find(raw);
        String text = cleaner.clean(raw.text(), raw.title());
        List<String> warnings = new ArrayList<>(raw.warnings());
        Optional<LocalDate> reference = reference(raw, publishedAt, fallbackReference);
        List<DateMention> dates = reference.map(day -> tagger.tag(text, day)).orElse(List.of());
        if (reference.isEmpty()) {
            warnings.add(NO_REFERENCE_DATE);
        }
        return new EnrichedArticle(raw.id(), raw.source(), raw.title(), text, raw.metadata(), warnings,
                languages.identify(text), publishedAt, dates, entities.find(text), minHasher.fingerprint(text),
                wordCount(text));
    }

    private static Optional<LocalDate> reference(RawArticle raw, PublishedAt publishedAt, LocalDate fallback) {
        boolean stated = publishedAt != null && publishedAt.origin() != PublishedAt.Origin.FILE;
        if (stated || fallback == null) {
            Optional<LocalDate> published = Optional.ofNullable(publishedAt).flatMap(at -> day(at.value()));
            return published.or(() -> Optional.ofNullable(raw.source()).flatMap(source -> day(source.receivedAt())));
        }
        return Optional.of(fallback);
    }

    private static Optional<LocalDate> day(String isoDateOrDateTime) {
        if (isoDateOrDateTime == null || isoDateOrDateTime.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(isoDateOrDateTime.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static int wordCount(String text) {
        return (int) WORD.matcher(text).results().count();
    }
}
