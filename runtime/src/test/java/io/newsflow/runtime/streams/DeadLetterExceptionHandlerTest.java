package io.newsflow.runtime.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.model.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.IntegerSerializer;
import org.apache.kafka.common.serialization.IntegerDeserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadLetterExceptionHandlerTest {

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> input;
    private TestOutputTopic<String, Integer> output;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    /** Divides 100 by integers: three bytes cannot be read as one, and 0 cannot be processed. */
    @BeforeEach
    void startDriver() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.Integer()).withName("source"))
                .mapValues(value -> 100 / value, Named.as("divide"))
                .to("out", Produced.with(Serdes.String(), Serdes.Integer()).withName("sink"));
        Topology topology = builder.build();
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "dead-letter-test");
        DeadLetterExceptionHandler.install(props, "dlq", "test-stage");
        driver = new TopologyTestDriver(topology, props);
        input = driver.createInputTopic("in", new StringSerializer(), new ByteArraySerializer());
        output = driver.createOutputTopic("out", new StringDeserializer(), new IntegerDeserializer());
        deadLetters = driver.createOutputTopic("dlq", new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    @Test
    void shouldSendUnreadableRecordToDeadLettersAndGoOn() {
        input.pipeInput("k1", "abc".getBytes(StandardCharsets.UTF_8));
        pipeInteger("k2", 4);

        TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
        assertThat(text(letter.key())).isEqualTo("k1");
        assertThat(text(letter.value())).isEqualTo("abc");
        assertThat(header(letter.headers(), DeadLetterHeaders.STAGE)).isEqualTo("test-stage");
        assertThat(header(letter.headers(), DeadLetterHeaders.EXCEPTION))
                .isEqualTo("org.apache.kafka.common.errors.SerializationException");
        assertThat(header(letter.headers(), DeadLetterHeaders.TOPIC)).isEqualTo("in");
        assertThat(header(letter.headers(), DeadLetterHeaders.PARTITION)).isEqualTo("0");
        assertThat(header(letter.headers(), DeadLetterHeaders.OFFSET)).isEqualTo("0");
        assertThat(output.readKeyValue().value).isEqualTo(25);
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldSendRecordThatFailsToDeadLettersWithItsOriginalBytesAndHeaders() {
        Headers sourceHeaders = new RecordHeaders().add("trace", "t-1".getBytes(StandardCharsets.UTF_8));
        input.pipeInput(new TestRecord<>("k1", integer(0), sourceHeaders));
        pipeInteger("k2", 50);

        TestRecord<byte[], byte[]> letter = deadLetters.readRecord();
        assertThat(letter.value()).isEqualTo(integer(0));
        assertThat(header(letter.headers(), "trace")).isEqualTo("t-1");
        assertThat(header(letter.headers(), DeadLetterHeaders.STAGE)).isEqualTo("test-stage");
        assertThat(header(letter.headers(), DeadLetterHeaders.EXCEPTION)).isEqualTo("java.lang.ArithmeticException");
        assertThat(header(letter.headers(), DeadLetterHeaders.MESSAGE)).isEqualTo("/ by zero");
        assertThat(header(letter.headers(), DeadLetterHeaders.STACKTRACE)).contains("ArithmeticException", "at ");
        assertThat(header(letter.headers(), DeadLetterHeaders.OFFSET)).isEqualTo("0");
        assertThat(output.readKeyValue().value).isEqualTo(2);
    }

    @Test
    void shouldRefuseToStartWithoutStage() {
        DeadLetterExceptionHandler handler = new DeadLetterExceptionHandler();

        ConfigException error = assertThrows(ConfigException.class,
                () -> handler.configure(Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "dlq")));

        assertThat(error.getMessage()).contains(DeadLetterExceptionHandler.STAGE_CONFIG);
    }

    private void pipeInteger(String key, int value) {
        input.pipeInput(key, integer(value));
    }

    private static byte[] integer(int value) {
        try (IntegerSerializer serializer = new IntegerSerializer()) {
            return serializer.serialize("in", value);
        }
    }

    private static String header(Headers headers, String name) {
        return text(headers.lastHeader(name).value());
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
