package io.newsflow.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.model.DeadLetterHeaders;
import io.newsflow.model.RawArticle;
import io.newsflow.model.Topics;
import io.newsflow.runtime.config.CommonConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLetterHandlersTest {

    private static final Topics TOPICS = Topics.defaults();

    @TempDir
    Path stateDir;

    @Test
    void shouldDeadLetterRecordThatFailsProcessingWithStageHeaderAndKeepGoing() {
        try (TopologyTestDriver driver = new TopologyTestDriver(titleCopier(), settings())) {
            var raw = driver.createInputTopic(TOPICS.raw().name(), new StringSerializer(), new ByteArraySerializer());
            var out = driver.createOutputTopic("titles", new StringDeserializer(), new StringDeserializer());
            var dlq = driver.createOutputTopic(TOPICS.dlq().name(),
                    TOPICS.dlq().keySerde().deserializer(), TOPICS.dlq().valueSerde().deserializer());

            raw.pipeInput("boom", TOPICS.raw().valueSerde().serializer().serialize("t", article("boom", null)));
            raw.pipeInput("good", TOPICS.raw().valueSerde().serializer().serialize("t", article("good", "A title")));

            assertThat(out.readValuesToList()).containsExactly("A title");
            List<TestRecord<byte[], byte[]>> deadLetters = dlq.readRecordsToList();
            assertThat(deadLetters).hasSize(1);
            Headers headers = deadLetters.get(0).headers();
            assertThat(header(headers, DeadLetterHeaders.STAGE)).isEqualTo("test-stage");
            assertThat(header(headers, DeadLetterHeaders.EXCEPTION)).isEqualTo(IllegalArgumentException.class.getName());
            assertThat(header(headers, DeadLetterHeaders.MESSAGE)).contains("has no title");
            assertThat(header(headers, DeadLetterHeaders.TOPIC)).isEqualTo(TOPICS.raw().name());
            assertThat(header(headers, DeadLetterHeaders.OFFSET)).isEqualTo("0");
        }
    }

    private static Topology titleCopier() {
        return TitleCopier.topology(TOPICS, "titles");
    }

    private Properties settings() {
        AbstractConfig config = new AbstractConfig(CommonConfig.define(),
                Map.of(CommonConfig.BOOTSTRAP_SERVERS, "unused:9092"));
        return StreamsSettings.base(config, "dead-letter-test", "test-stage", stateDir);
    }

    private static RawArticle article(String id, String title) {
        return TitleCopier.article(id, title);
    }

    private static String header(Headers headers, String name) {
        return TitleCopier.header(headers, name);
    }
}
