package io.newsflow.enrich.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import io.newsflow.model.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores the recognizer on entities-dev (MEANTIME) with the shared scorer, once for the CRF alone and once more
 * after each refinement, and fails if a refinement lowers exact-span or overlap F1. Tagged {@code eval}: excluded
 * from the default build; run with
 * {@code mvn -B -pl enrich -am test -Deval.tag=none -Dgroups=eval -Dtest=EntityEvaluationTest
 * -Dsurefire.failIfNoSpecifiedTests=false}. The predictions are left in {@code enrich/target/eval/}.
 */
@Tag("eval")
class EntityEvaluationTest {

    static final Path EVAL = Path.of(System.getProperty("newsflow.eval.dir", "/work/shared/eval"));
    static final Path OUT = Path.of("target", "eval");
    private static final ObjectMapper JSON = Json.mapper();

    private static CRFClassifier<CoreLabel> crf;

    @BeforeAll
    static void loadModel() {
        crf = EntityRecognizer.loadModel();
    }

    /**
     * Scores the CRF alone, then adds the refinements one at a time, then takes each one out of the full set.
     * Fails if the full set scores below the CRF alone or if taking a refinement out raises exact or overlap F1.
     */
    @Test
    void shouldScoreHigherWithEachRefinement() throws Exception {
        Map<String, JsonNode> scores = new LinkedHashMap<>();
        Map<String, String> seeds = new LinkedHashMap<>();
        EnumSet<Refinement> applied = EnumSet.noneOf(Refinement.class);
        evaluate("crf", applied, scores, seeds);
        for (Refinement refinement : Refinement.values()) {
            applied.add(refinement);
            evaluate("+" + name(refinement), applied, scores, seeds);
        }
        for (Refinement refinement : Refinement.values()) {
            EnumSet<Refinement> others = EnumSet.complementOf(EnumSet.of(refinement));
            evaluate("all-" + name(refinement), others, scores, seeds);
        }
        StringBuilder report = new StringBuilder("entities-dev (named mentions), P/R/F1, exact span | overlap\n");
        for (Map.Entry<String, JsonNode> step : scores.entrySet()) {
            report.append(String.format("%-18s %s | %s%n", step.getKey(),
                    prf(step.getValue().path("exact").path("micro")),
                    prf(step.getValue().path("overlap").path("micro"))));
            for (String type : List.of("PER", "ORG", "LOC")) {
                report.append(String.format("    %-14s %s | %s%n", type,
                        prf(step.getValue().path("exact").path(type)),
                        prf(step.getValue().path("overlap").path(type))));
            }
            report.append("    seeds          ").append(seeds.get(step.getKey())).append('\n');
        }
        System.out.print(report);
        Files.writeString(OUT.resolve("entities-dev-scores.txt"), report, StandardCharsets.UTF_8);

        JsonNode all = scores.get("+" + name(Refinement.values()[Refinement.values().length - 1]));
        for (String match : List.of("exact", "overlap")) {
            assertThat(f1(all, match)).as("%s F1 of all refinements over the CRF alone", match)
                    .isGreaterThan(f1(scores.get("crf"), match));
            for (Refinement refinement : Refinement.values()) {
                assertThat(f1(all, match)).as("%s F1 with %s over without it", match, refinement)
                        .isGreaterThanOrEqualTo(f1(scores.get("all-" + name(refinement)), match));
            }
        }
    }

    private void evaluate(String name, EnumSet<Refinement> refinements, Map<String, JsonNode> scores,
                          Map<String, String> seeds) throws Exception {
        Path corpus = EVAL.resolve("entities-dev");
        EntityRecognizer recognizer = new EntityRecognizer(crf, refinements);
        scores.put(name, score(recognizer, corpus, name));
        seeds.put(name, SeedNames.summary(recognizer));
    }

    private static String name(Refinement refinement) {
        return refinement.name().toLowerCase(Locale.ROOT);
    }

    private JsonNode score(EntityRecognizer recognizer, Path corpus, String name) throws Exception {
        Path predictions = OUT.resolve("entities-dev" + name + ".jsonl");
        writePredictions(recognizer, corpus, predictions);
        Process scorer = new ProcessBuilder("python3", EVAL.resolve("score.py").toString(), "entities", "--json",
                corpus.resolve("gold.jsonl").toString(), predictions.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        JsonNode result = JSON.readTree(scorer.getInputStream().readAllBytes());
        assertThat(scorer.waitFor()).as("score.py exit code").isZero();
        return result;
    }

    /** One line per document: {@code {source:{fileName}, text, entities:[{text,type,key,start,end}]}}. */
    static void writePredictions(EntityRecognizer recognizer, Path corpus, Path predictions) throws IOException {
        Files.createDirectories(predictions.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(predictions, StandardCharsets.UTF_8)) {
            for (Path file : texts(corpus)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("source", Map.of("fileName", file.getFileName().toString()));
                record.put("text", text);
                record.put("entities", recognizer.find(text));
                out.write(JSON.writeValueAsString(record));
                out.newLine();
            }
        }
    }

    static List<Path> texts(Path corpus) throws IOException {
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static double f1(JsonNode score, String match) {
        return score.path(match).path("micro").path("f1").asDouble();
    }

    private static String prf(JsonNode counts) {
        return String.format("P %.3f R %.3f F1 %.3f", counts.path("precision").asDouble(), counts.path("recall").asDouble(),
                counts.path("f1").asDouble());
    }

}
