package io.newsflow.runtime.streams;

import io.newsflow.model.RawArticle;
import io.newsflow.model.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/** A minimal stage for testing dead-lettering: copies the titles of raw articles and throws on a missing one. */
final class TitleCopier {

    private TitleCopier() {
    }

    static Topology topology(Topics topics, String outputTopic) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(topics.raw().name(), Consumed.with(topics.raw().keySerde(), topics.raw().valueSerde())
                        .withName("read-raw"))
                .mapValues(TitleCopier::titleOrThrow, Named.as("take-title"))
                .to(outputTopic, Produced.<String, String>as("write-titles")
                        .withKeySerde(Serdes.String())
                        .withValueSerde(Serdes.String()));
        return builder.build();
    }

    static RawArticle article(String id, String title) {
        return new RawArticle(id, null, title, "text", Map.of(), List.of());
    }

    static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static String titleOrThrow(RawArticle article) {
        if (article.title() == null) {
            throw new IllegalArgumentException("article " + article.id() + " has no title");
        }
        return article.title();
    }
}
