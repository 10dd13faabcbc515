package io.newsflow.sink.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.model.Event;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.fixtures.FixtureArticles;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class StateSerdesTest {

    private static final String TOPIC = "sink-events-changelog";

    private static Member placed(String seed, long arrival, String copyOf) {
        Member member = Member.of(FixtureArticles.named(seed), arrival);
        return member.placed(new Event.Score(0.5, 0.25, 0, 0.375), copyOf,
                List.of(FeatureKeys.entity("riyadh"), "t:not-its-own-word"),
                new Scorer(new SinkConfig(Map.of()).clusterSettings()).vector(member, feature -> feature.length() / 3.0));
    }

    private static <T> T roundTrip(Serde<T> serde, T value) {
        return serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, value));
    }

    @Test
    void shouldReadBackEveryFieldOfAMember() {
        Member member = placed("001", 7, "an-earlier-copy");

        assertThat(roundTrip(StateSerdes.members(), member)).isEqualTo(member);
    }

    @Test
    void shouldReadBackAMemberWithoutOptionalParts() {
        Member bare = new Member("id", null, null, null, null, 1, null, null, null, null, null, null, null, 0, null,
                null, null);

        assertThat(roundTrip(StateSerdes.members(), bare)).isEqualTo(bare);
    }

    @Test
    void shouldReadBackTheSummedEvidenceOfAnEvent() {
        EventState event = EventState.open("e1", "2025-02-17T09:00:00Z", 1_000, placed("000", 1, null))
                .with(placed("001", 2, null))
                .with(EventState.open("e2", "2025-02-17T10:00:00Z", 2_000, placed("003", 3, null)))
                .next("2025-02-17T11:00:00Z", 3_000);

        EventState read = roundTrip(StateSerdes.events(), event);

        assertThat(read).isEqualTo(event);
        assertThat(read.size()).isEqualTo(3);
        assertThat(read.version()).isEqualTo(2);
    }

    @Test
    void shouldStoreAMemberInAFractionOfItsJson() {
        Member member = placed("001", 7, null);

        int binary = StateSerdes.members().serializer().serialize(TOPIC, member).length;
        int json = new io.newsflow.model.JsonSerde<>(Member.class).serializer().serialize(TOPIC, member).length;

        assertThat(binary).isLessThan(json / 2);
    }

    @Test
    void shouldNameTheStoreGivenACorruptValue() {
        byte[] bytes = StateSerdes.members().serializer().serialize(TOPIC, placed("001", 7, null));
        byte[] cut = Arrays.copyOf(bytes, bytes.length / 2);

        assertThatThrownBy(() -> StateSerdes.members().deserializer().deserialize(TOPIC, cut))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining(TOPIC);
    }
}
