package io.newsflow.cli.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.model.Event;
import io.newsflow.model.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The five seed articles through the packaged command, as a user runs it: one event holding all five, the two wire
 * copies marked, and the same files dropped again on the same data adding nothing.
 */
@Tag("integration")
class SeedsEndToEndIT {

    private static final Path JAR = Path.of("target", "newsflow.jar");
    private static final Path SEEDS = Path.of("..", "seeds");

    @TempDir
    Path work;

    @Test
    void shouldGroupTheSeedsIntoOneEventAndAddNothingWhenTheyAreDroppedAgain() throws Exception {
        Path data = work.resolve("data");

        Event first = onlyLiveEvent(run(data, "first"));

        assertThat(first.articleCount()).isEqualTo(5);
        Map<String, Event.EventArticle> bySeed = new HashMap<>();
        first.articles().forEach(article -> bySeed.put(article.source().fileName().substring(0, 3), article));
        assertThat(bySeed).containsOnlyKeys("000", "001", "002", "003", "004");
        assertThat(List.of(bySeed.get("001"), bySeed.get("003")))
                .extracting(Event.EventArticle::relation, Event.EventArticle::duplicateOf)
                .containsExactly(
                        tuple(Event.Relation.FIRST, null),
                        tuple(Event.Relation.NEAR_DUPLICATE, bySeed.get("001").articleId()));
        assertThat(first.articles().indexOf(bySeed.get("001")))
                .isLessThan(first.articles().indexOf(bySeed.get("003")));
        assertThat(List.of("000", "002", "004")).allSatisfy(
                seed -> assertThat(bySeed.get(seed).relation()).isEqualTo(Event.Relation.RELATED));

        Path again = run(data, "again");
        Event second = onlyLiveEvent(again);

        assertThat(lines(again.resolve("news.articles.jsonl"))).as("the copies reached the sink").hasSize(10);
        assertThat(second.eventId()).isEqualTo(first.eventId());
        assertThat(second.version()).isEqualTo(first.version());
        assertThat(second.articles()).extracting(Event.EventArticle::articleId)
                .containsExactlyElementsOf(first.articles().stream().map(Event.EventArticle::articleId).toList());
    }

    /** Copies the seeds into a fresh inbox, runs until idle and returns the export folder. */
    private Path run(Path data, String name) throws IOException, InterruptedException {
        Path inbox = Files.createDirectories(work.resolve(name).resolve("inbox"));
        try (Stream<Path> seeds = Files.list(SEEDS)) {
            for (Path seed : seeds.filter(file -> file.toString().endsWith(".txt")).sorted().toList()) {
                Files.copy(seed, inbox.resolve(seed.getFileName()));
            }
        }
        Path out = work.resolve(name).resolve("out");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar",
                JAR.toAbsolutePath().toString(), "run", "--inbox", inbox.toString(), "--data", data.toString(),
                "--exit-when-idle", "--export", out.toString()));
        Path log = work.resolve(name).resolve("newsflow.log");
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(4, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("newsflow run did not finish:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
        assertThat(process.exitValue()).as(Files.readString(log, StandardCharsets.UTF_8)).isZero();
        return out;
    }

    private static Event onlyLiveEvent(Path out) throws IOException {
        List<String> events = lines(out.resolve("news.events.jsonl"));
        assertThat(events).as("live events").hasSize(1);
        JsonNode record = Json.mapper().readTree(events.get(0));
        return Json.mapper().treeToValue(record.path("value"), Event.class);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
    }
}
