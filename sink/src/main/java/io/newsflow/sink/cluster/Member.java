package io.newsflow.sink.cluster;

import io.newsflow.model.DateMention;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.EntityMention;
import io.newsflow.model.EntityType;
import io.newsflow.model.Event;
import io.newsflow.model.Fingerprint;
import io.newsflow.model.Language;
import io.newsflow.model.PublishedAt;
import io.newsflow.model.Source;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One article of an event as the clustering state keeps it: what the event record shows of it, and the evidence
 * later articles are compared with (terms, entity keys, dates, MinHash signature).
 *
 * @param arrival         position in the order the clustering task received articles, from 1
 * @param publishedMillis publication instant when the article states its own date; null for a file time
 * @param nearDuplicateOf the article of the event this one was found to copy, or null
 * @param terms           its most frequent content words with counts
 * @param years           years it writes out in its dates ("May 2, 2013", "in 2008"), ascending
 * @param dateValues      every date value it mentions, for the event summary
 * @param indexKeys       the features under which its event was indexed when it joined
 * @param weights         its feature vector (see {@link FeatureKeys}, {@link Scorer#vector}) as weighed by rarity
 *                        when it joined, of unit length
 */
public record Member(
        String articleId,
        String title,
        Source source,
        PublishedAt publishedAt,
        Language language,
        long arrival,
        Long publishedMillis,
        String nearDuplicateOf,
        Event.Score score,
        Map<String, Integer> terms,
        List<EntityName> entities,
        List<String> years,
        List<String> dateValues,
        int shingleCount,
        List<Integer> minHash,
        List<String> indexKeys,
        Map<String, Double> weights) {

    /** Terms kept per article: enough to overlap with a story told in other words, small enough to store. */
    public static final int TERMS_PER_ARTICLE = 50;

    private static final Pattern WRITTEN_YEAR = Pattern.compile("(?<!\\d)[12]\\d{3}(?!\\d)");
    private static final Pattern DATE_VALUE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    public Member {
        terms = terms == null ? Map.of() : new LinkedHashMap<>(terms);
        entities = entities == null ? List.of() : List.copyOf(entities);
        years = years == null ? List.of() : List.copyOf(years);
        dateValues = dateValues == null ? List.of() : List.copyOf(dateValues);
        minHash = minHash == null ? List.of() : List.copyOf(minHash);
        indexKeys = indexKeys == null ? List.of() : List.copyOf(indexKeys);
        weights = weights == null ? Map.of() : new LinkedHashMap<>(weights);
    }

    /** An entity key of the article with the first name and type it was written with. */
    public record EntityName(String key, String name, EntityType type) {
    }

    /** The evidence of a new article, before it is placed. */
    public static Member of(EnrichedArticle article, long arrival) {
        Map<String, EntityName> entities = new LinkedHashMap<>();
        for (EntityMention mention : article.entities()) {
            if (mention.key() != null && !mention.key().isBlank()) {
                entities.putIfAbsent(mention.key(), new EntityName(mention.key(), mention.text(), mention.type()));
            }
        }
        TreeSet<String> years = new TreeSet<>();
        TreeSet<String> values = new TreeSet<>();
        for (DateMention date : article.dates()) {
            String value = date.value();
            if (value == null || !DATE_VALUE.matcher(value).matches()) {
                continue;
            }
            values.add(value);
            // "Tuesday" resolved against a file's modification time names a year nobody wrote: only written years count
            if (date.text() != null && writesYear(date.text(), value.substring(0, 4))) {
                years.add(value.substring(0, 4));
            }
        }
        Fingerprint fingerprint = article.fingerprint();
        return new Member(
                article.id(),
                article.title(),
                article.source(),
                article.publishedAt(),
                article.language(),
                arrival,
                statedMillis(article.publishedAt()),
                null,
                null,
                Terms.top(article.text() == null ? "" : article.text(), TERMS_PER_ARTICLE),
                new ArrayList<>(entities.values()),
                new ArrayList<>(years),
                new ArrayList<>(values),
                fingerprint == null ? 0 : fingerprint.shingleCount(),
                fingerprint == null ? List.of() : fingerprint.minHash(),
                List.of(),
                Map.of());
    }

    /** The article as held once placed: how it joined, the keys its event is indexed under and its vector. */
    public Member placed(Event.Score joinScore, String copyOf, List<String> keys, Map<String, Double> vector) {
        return new Member(articleId, title, source, publishedAt, language, arrival, publishedMillis, copyOf,
                joinScore, terms, entities, years, dateValues, shingleCount, minHash, keys, vector);
    }

    private static boolean writesYear(String text, String year) {
        Matcher matcher = WRITTEN_YEAR.matcher(text);
        while (matcher.find()) {
            if (matcher.group().equals(year)) {
                return true;
            }
        }
        return false;
    }

    /** The publication instant, unless it is only a file's modification time or cannot be read. */
    static Long statedMillis(PublishedAt publishedAt) {
        if (publishedAt == null || publishedAt.value() == null || publishedAt.origin() == PublishedAt.Origin.FILE) {
            return null;
        }
        String value = publishedAt.value();
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            }
            return OffsetDateTime.parse(value).toInstant().toEpochMilli();
        } catch (DateTimeParseException notOffset) {
            try {
                return Instant.parse(value).toEpochMilli();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
