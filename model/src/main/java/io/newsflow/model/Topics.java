package io.newsflow.model;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The four topics of the pipeline as typed descriptors. Keys are article ids ({@code raw}, {@code articles}) and
 * event ids ({@code events}); the dead-letter topic keeps the original bytes of whatever could not be processed.
 */
public record Topics(
        Topic<String, RawArticle> raw,
        Topic<String, EnrichedArticle> articles,
        Topic<String, Event> events,
        Topic<byte[], byte[]> dlq) {

    public static Topics named(TopicNames names) {
        return new Topics(
                new Topic<>(names.raw(), Serdes.String(), new JsonSerde<>(RawArticle.class)),
                new Topic<>(names.articles(), Serdes.String(), new JsonSerde<>(EnrichedArticle.class)),
                new Topic<>(names.events(), Serdes.String(), new JsonSerde<>(Event.class)),
                new Topic<>(names.dlq(), Serdes.ByteArray(), Serdes.ByteArray()));
    }

    public static Topics defaults() {
        return named(TopicNames.defaults());
    }

    public List<String> names() {
        return List.of(raw.name(), articles.name(), events.name(), dlq.name());
    }
}
