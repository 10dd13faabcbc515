package io.newsflow.model;

import java.util.List;
import java.util.Map;

/** Realistic instances of the records, shaped like the seed articles, with every nested part filled. */
final class RecordSamples {

    static final String WIRE_TEXT = "Top US and Russian diplomats will meet in Saudi Arabia on Tuesday for talks on resetting"
            + " their countries' fractured relations and making a tentative start on trying to end the Ukraine war.\n\n"
            + "Ukrainian President Volodymyr Zelensky said Kyiv was not invited to the discussions in Riyadh, while"
            + " European leaders were gathering in Paris for emergency talks.\n\n"
            + "Trump is pushing for a swift resolution to the three-year conflict in Ukraine.";

    static final String REPORT_TEXT = "US and Russia agree to work towards ending Ukraine war\n"
            + "Top US and Russian diplomats met in Saudi Arabia on Tuesday for talks on resetting their fractured"
            + " relations. At Diriyah Palace in Riyadh, US Secretary of State Marco Rubio sat across from Russia's"
            + " Foreign Minister Sergei Lavrov.";

    private RecordSamples() {
    }

    /** The wire story as ingest publishes it: an inline date prefix became metadata, no title line. */
    static RawArticle wireRawArticle() {
        return new RawArticle(
                ArticleId.of(WIRE_TEXT),
                source("001_1d405d6aa1e26848.txt", "text/plain", 4211),
                null,
                WIRE_TEXT,
                Map.of("date", "2025-02-17"),
                List.of());
    }

    static EnrichedArticle wireEnrichedArticle() {
        RawArticle raw = wireRawArticle();
        return new EnrichedArticle(
                raw.id(), raw.source(), raw.title(), raw.text(), raw.metadata(), raw.warnings(),
                new Language("en", 0.97),
                new PublishedAt("2025-02-17", PublishedAt.Origin.METADATA),
                List.of(date(WIRE_TEXT, "Tuesday", "2025-02-18", "DATE"),
                        date(WIRE_TEXT, "three-year", "P3Y", "DURATION")),
                List.of(entity(WIRE_TEXT, "Saudi Arabia", EntityType.LOCATION, "saudi arabia"),
                        entity(WIRE_TEXT, "Volodymyr Zelensky", EntityType.PERSON, "zelensky"),
                        entity(WIRE_TEXT, "Kyiv", EntityType.LOCATION, "kyiv"),
                        entity(WIRE_TEXT, "Riyadh", EntityType.LOCATION, "riyadh"),
                        entity(WIRE_TEXT, "Trump", EntityType.PERSON, "trump")),
                new Fingerprint(5, 62, List.of(-2_093_857_331, 17, 2_147_483_647, -2_147_483_648)),
                67);
    }

    /** A report whose headline line stays in the text and is repeated as title; only the file gave its date. */
    static EnrichedArticle reportEnrichedArticle() {
        return new EnrichedArticle(
                ArticleId.of(REPORT_TEXT),
                source("000_aa0f16735758f05d.txt", "text/plain", 2875),
                "US and Russia agree to work towards ending Ukraine war",
                REPORT_TEXT,
                Map.of(),
                List.of("3 replacement characters in the decoded text"),
                new Language("en", 0.99),
                new PublishedAt("2025-02-18T14:05:09Z", PublishedAt.Origin.FILE),
                List.of(date(REPORT_TEXT, "Tuesday", "2025-02-18", "DATE")),
                List.of(entity(REPORT_TEXT, "Diriyah Palace", EntityType.LOCATION, "diriyah palace"),
                        entity(REPORT_TEXT, "Marco Rubio", EntityType.PERSON, "rubio"),
                        entity(REPORT_TEXT, "Sergei Lavrov", EntityType.PERSON, "lavrov")),
                new Fingerprint(5, 31, List.of(4, -5, 6)),
                41);
    }

    /** A live event of two articles: the wire story first, a second report related. */
    static Event liveEvent() {
        EnrichedArticle first = wireEnrichedArticle();
        EnrichedArticle second = reportEnrichedArticle();
        return new Event(
                "ev-" + first.id().substring(0, 16),
                3,
                "2025-02-18T14:05:11.204Z",
                "2025-02-18T14:05:12.877Z",
                second.title(),
                List.of("en"),
                List.of(new Event.EventDate("2025-02-18", 2)),
                List.of(new Event.EventEntity("riyadh", "Riyadh", EntityType.LOCATION, 2),
                        new Event.EventEntity("zelensky", "Volodymyr Zelensky", EntityType.PERSON, 1)),
                List.of(eventArticle(first, Event.Relation.FIRST, null, new Event.Score(1.0, 1.0, 1.0, 1.0)),
                        eventArticle(second, Event.Relation.RELATED, null, new Event.Score(0.31, 0.72, 0.95, 0.64))),
                2,
                null);
    }

    /** A near-duplicate joined the event: it names the copy it duplicates. */
    static Event eventWithNearDuplicate() {
        Event live = liveEvent();
        EnrichedArticle copy = reportEnrichedArticle();
        Event.EventArticle duplicate = eventArticle(copy, Event.Relation.NEAR_DUPLICATE,
                live.articles().get(0).articleId(), new Event.Score(0.42, 0.9, 1.0, 0.81));
        return new Event(live.eventId(), live.version() + 1, live.createdAt(), "2025-02-18T14:06:00Z",
                live.headline(), live.languages(), live.dates(), live.entities(),
                List.of(live.articles().get(0), duplicate), 2, null);
    }

    /** What the sink writes for an event absorbed by a merge: where its articles went. */
    static Event absorbedEvent() {
        return new Event(
                "ev-0b1c2d3e4f506172",
                2,
                "2025-02-18T14:05:10Z",
                "2025-02-18T14:05:12.877Z",
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                0,
                liveEvent().eventId());
    }

    private static Source source(String fileName, String contentType, long sizeBytes) {
        return new Source("2025/02/" + fileName, fileName, sizeBytes,
                "2025-02-18T14:05:09Z", "2025-02-18T14:05:10.512345Z", contentType, "UTF-8");
    }

    private static DateMention date(String text, String phrase, String value, String type) {
        int start = requireIn(text, phrase);
        return new DateMention(phrase, value, type, start, start + phrase.length());
    }

    private static EntityMention entity(String text, String name, EntityType type, String key) {
        int start = requireIn(text, name);
        return new EntityMention(name, type, key, start, start + name.length());
    }

    private static int requireIn(String text, String phrase) {
        int start = text.indexOf(phrase);
        if (start < 0) {
            throw new IllegalArgumentException("not in the sample text: " + phrase);
        }
        return start;
    }

    private static Event.EventArticle eventArticle(
            EnrichedArticle article, Event.Relation relation, String duplicateOf, Event.Score score) {
        return new Event.EventArticle(article.id(), article.title(), article.source(), article.publishedAt(),
                article.language(), relation, duplicateOf, score);
    }
}
