package io.newsflow.enrich.published;

import io.newsflow.enrich.dates.TemporalTagger;
import io.newsflow.model.DateMention;
import io.newsflow.model.PublishedAt;
import io.newsflow.model.PublishedAt.Origin;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Source;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides when an article was published, from the strongest evidence it has: the date its source states
 * (metadata: a header line, a JSON field, the page markup, a date in the URL), then a dateline or full date near the
 * top of the text as read, then the file's modification time. A stated date that cannot be true (after the file
 * was received, or before 1990 without being stated in full) is passed over, and so is a date the text marks as an
 * update. Values are UTC date-times when the source stated a time in UTC, else the day the source published on as
 * a plain ISO date, even when it stated a local time with an offset (see {@link StatedDate#iso()}).
 * Thread-safe.
 */
public final class PublicationDateFinder {

    /** Metadata keys that state the publication date, strongest first. */
    private static final List<String> DATE_KEYS = List.of(
            "date", "datepublished", "published", "publishedat", "published_at", "pubdate", "created");

    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\\d|3[01])(?:/|[-_.]|$)");

    /** How far into the text a dateline or full date still counts as the article's own date. */
    private static final int TOP_OF_TEXT = 1500;

    private static final Pattern UPDATE_WORDS = Pattern.compile("updated|modified|edited|revised|last changed");

    private static final LocalDate EARLIEST_PLAUSIBLE = LocalDate.of(1990, 1, 1);

    private final TemporalTagger tagger;

    public PublicationDateFinder() {
        this(new TemporalTagger());
    }

    public PublicationDateFinder(TemporalTagger tagger) {
        this.tagger = tagger;
    }

    /** The publication date of {@code raw}, or null when neither the article nor its file says anything usable. */
    public PublishedAt find(RawArticle raw) {
        LocalDate received = received(raw.source());
        return fromMetadata(raw, received)
                .or(() -> fromText(raw.text(), received))
                .or(() -> fromFile(raw.source(), received))
                .orElse(null);
    }

    private Optional<PublishedAt> fromMetadata(RawArticle raw, LocalDate received) {
        for (String key : DATE_KEYS) {
            Optional<StatedDate> stated = StatedDate.parse(raw.metadata().get(key), tagger, received)
                    .filter(date -> plausible(date.day(), received, true));
            if (stated.isPresent()) {
                return stated.map(date -> new PublishedAt(date.iso(), Origin.METADATA));
            }
        }
        return fromUrl(raw.metadata().get("url"), received);
    }

    private static Optional<PublishedAt> fromUrl(String url, LocalDate received) {
        if (url == null) {
            return Optional.empty();
        }
        Matcher matcher = URL_DATE.matcher(url);
        if (!matcher.find()) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
            return plausible(day, received, false)
                    ? Optional.of(new PublishedAt(day.toString(), Origin.METADATA)) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<PublishedAt> fromText(String text, LocalDate received) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String top = text.substring(0, Math.min(text.length(), TOP_OF_TEXT));
        for (DateMention mention : tagger.tag(top, received)) {
            Optional<StatedDate> stated = StatedDate.inWords(mention.text(), tagger, received)
                    .filter(date -> plausible(date.day(), received, false));
            if (stated.isPresent() && !isUpdateStamp(top, mention.start())) {
                return Optional.of(new PublishedAt(stated.get().day().toString(), Origin.TEXT));
            }
        }
        return Optional.empty();
    }

    /** "Updated: March 3, 2020" on the same line before the date: the original date is elsewhere. */
    private static boolean isUpdateStamp(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        String before = text.substring(Math.max(lineStart, start - 40), start).toLowerCase(Locale.ROOT);
        return UPDATE_WORDS.matcher(before).find();
    }

    private Optional<PublishedAt> fromFile(Source source, LocalDate received) {
        if (source == null || source.modifiedAt() == null) {
            return Optional.empty();
        }
        return StatedDate.parse(source.modifiedAt(), tagger, received)
                .filter(date -> plausible(date.day(), received, false))
                .map(date -> new PublishedAt(date.iso(), Origin.FILE));
    }

    /**
     * A date no later than the day after receipt (time zones ahead of UTC), and from 1990 on unless the source
     * states it in full: older stated dates are rare but real (archives), older dates found in text are history.
     */
    private static boolean plausible(LocalDate day, LocalDate received, boolean statedInFull) {
        if (day.isAfter(received.plusDays(1))) {
            return false;
        }
        return statedInFull || !day.isBefore(EARLIEST_PLAUSIBLE);
    }

    /** The day the file was received; today when the source does not say, since nothing is published later. */
    private static LocalDate received(Source source) {
        if (source != null && source.receivedAt() != null) {
            try {
                return LocalDate.ofInstant(Instant.parse(source.receivedAt()), ZoneOffset.UTC);
            } catch (DateTimeException e) {
                return LocalDate.now(ZoneOffset.UTC);
            }
        }
        return LocalDate.now(ZoneOffset.UTC);
    }
}
