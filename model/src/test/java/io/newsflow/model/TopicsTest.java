package io.newsflow.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.kafka.common.serialization.Serdes;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void shouldUseTheDocumentedNamesGivenDefaults() {
        assertThat(Topics.defaults().names()).containsExactly("news.raw", "news.articles", "news.events", "news.dlq");
    }

    @Test
    void shouldUseConfiguredNamesGivenOverrides() {
        Topics topics = Topics.named(new TopicNames("t.raw", "t.articles", "t.events", "t.dlq"));

        assertThat(topics.names()).containsExactly("t.raw", "t.articles", "t.events", "t.dlq");
        assertThat(topics.events().name()).isEqualTo("t.events");
        assertThat(topics.events()).hasToString("t.events");
    }

    @Test
    void shouldPairEachTopicWithTheSerdeOfItsRecordGivenDefaults() {
        Topics topics = Topics.defaults();

        assertThat(((JsonSerde<?>) topics.raw().valueSerde()).type()).isEqualTo(RawArticle.class);
        assertThat(((JsonSerde<?>) topics.articles().valueSerde()).type()).isEqualTo(EnrichedArticle.class);
        assertThat(((JsonSerde<?>) topics.events().valueSerde()).type()).isEqualTo(Event.class);
        assertThat(topics.events().keySerde().serializer().serialize("news.events", "e1"))
                .isEqualTo(Serdes.String().serializer().serialize("news.events", "e1"));
    }

    @Test
    void shouldRoundTripAnEventGivenTheEventsTopicSerdes() {
        Topic<String, Event> events = Topics.defaults().events();
        Event event = RecordSamples.liveEvent();

        byte[] bytes = events.valueSerde().serializer().serialize(events.name(), event);

        assertThat(events.valueSerde().deserializer().deserialize(events.name(), bytes)).isEqualTo(event);
    }

    @Test
    void shouldRejectBlankNameGivenOverride() {
        TopicNames names = new TopicNames("news.raw", "  ", "news.events", "news.dlq");

        assertThatThrownBy(() -> Topics.named(names))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blank");
    }

    @Test
    void shouldRejectMissingNameGivenOverride() {
        TopicNames names = new TopicNames("news.raw", "news.articles", null, "news.dlq");

        assertThatThrownBy(() -> Topics.named(names))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
    }
}
