package io.newsflow.cli.tail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.model.Json;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One Kafka record as one JSON object: {@code {"key", "headers", "value"}}. A value that is JSON is embedded as
 * JSON, other UTF-8 text as a string, and bytes that are not UTF-8 as base64 with {@code "valueEncoding":"base64"}
 * (likewise keys, and headers listed in {@code "base64Headers"}).
 */
public final class RecordJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RecordJson() {
    }

    public static ObjectNode of(ConsumerRecord<byte[], byte[]> record) {
        ObjectNode json = NODES.objectNode();
        putBytes(json, "key", record.key(), false);
        ObjectNode headers = json.putObject("headers");
        ArrayNode base64Headers = NODES.arrayNode();
        for (Header header : record.headers()) {
            Optional<String> text = utf8(header.value());
            if (text.isPresent()) {
                headers.put(header.key(), text.get());
            } else {
                headers.put(header.key(), Base64.getEncoder().encodeToString(header.value()));
                base64Headers.add(header.key());
            }
        }
        if (!base64Headers.isEmpty()) {
            json.set("base64Headers", base64Headers);
        }
        putBytes(json, "value", record.value(), true);
        return json;
    }

    public static String line(ConsumerRecord<byte[], byte[]> record) {
        try {
            return Json.mapper().writeValueAsString(of(record));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain JSON nodes always serializes", e);
        }
    }

    private static void putBytes(ObjectNode json, String field, byte[] bytes, boolean parseJson) {
        if (bytes == null) {
            json.putNull(field);
            return;
        }
        Optional<String> text = utf8(bytes);
        if (text.isEmpty()) {
            json.put(field, Base64.getEncoder().encodeToString(bytes));
            json.put(field + "Encoding", "base64");
            return;
        }
        Optional<JsonNode> parsed = parseJson ? parse(text.get()) : Optional.empty();
        if (parsed.isPresent()) {
            json.set(field, parsed.get());
        } else {
            json.put(field, text.get());
        }
    }

    private static Optional<JsonNode> parse(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readTree(trimmed));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
