package io.newsflow.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.cli.tail.RecordJson;
import io.newsflow.cli.tail.TopicReader;
import io.newsflow.model.Json;
import io.newsflow.model.Topics;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the final contents of each topic as JSON lines, one {@code {key, headers, value}} object per record:
 * {@code <topic>.jsonl}. The events file holds the latest version of every live event: absorbed events, whose
 * {@code mergedInto} is set, are left out.
 */
final class TopicExport {

    private TopicExport() {
    }

    static void write(Map<String, Object> clientProperties, Topics topics, Path folder) {
        try {
            Files.createDirectories(folder);
            for (String topic : new String[] {topics.raw().name(), topics.articles().name(), topics.dlq().name()}) {
                try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(topic + ".jsonl"), StandardCharsets.UTF_8);
                     TopicReader reader = new TopicReader(clientProperties, topic, true)) {
                    reader.readToEnd(record -> writeLine(out, RecordJson.line(record)));
                }
            }
            writeLiveEvents(clientProperties, topics.events().name(), folder.resolve(topics.events().name() + ".jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export to " + folder, e);
        }
    }

    private static void writeLiveEvents(Map<String, Object> clientProperties, String topic, Path file) throws IOException {
        Map<String, ObjectNode> latest = new LinkedHashMap<>();
        try (TopicReader reader = new TopicReader(clientProperties, topic, true)) {
            reader.readToEnd(record -> {
                ObjectNode json = RecordJson.of(record);
                String key = json.path("key").asText();
                ObjectNode previous = latest.get(key);
                if (previous == null || version(json) >= version(previous)) {
                    latest.put(key, json);
                }
            });
        }
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (ObjectNode event : latest.values()) {
                JsonNode value = event.path("value");
                boolean absorbed = value.hasNonNull("mergedInto");
                if (!value.isNull() && !absorbed) {
                    writeLine(out, Json.mapper().writeValueAsString(event));
                }
            }
        }
    }

    private static long version(ObjectNode record) {
        return record.path("value").path("version").asLong(-1);
    }

    private static void writeLine(BufferedWriter out, String line) {
        try {
            out.write(line);
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
