package io.newsflow.enrich.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import io.newsflow.model.EntityMention;
import io.newsflow.model.EntityType;
import io.newsflow.model.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

    /**
     * Distinct person names from the entities-dev gold and from what the recognizer finds in clustering-dev, grouped
     * by key: a group of names that differ beyond case and accents is a merge, to be read (printed) and kept rare.
     */
    @Test
    void shouldRarelyGiveDifferentPersonNamesOneKey() throws Exception {
        Set<String> names = new TreeSet<>();
        for (String line : Files.readAllLines(EVAL.resolve("entities-dev/gold.jsonl"), StandardCharsets.UTF_8)) {
            for (JsonNode entity : JSON.readTree(line).path("entities")) {
                if ("PER".equals(entity.path("type").asText()) && entity.path("named").asBoolean()) {
                    names.add(entity.path("text").asText().strip());
                }
            }
        }
        EntityRecognizer recognizer = new EntityRecognizer(crf, EnumSet.allOf(Refinement.class));
        for (Path file : texts(EVAL.resolve("clustering-dev"))) {
            for (EntityMention mention : recognizer.find(Files.readString(file, StandardCharsets.UTF_8))) {
                if (mention.type() == EntityType.PERSON) {
                    names.add(mention.text());
                }
            }
        }
        names.removeIf(name -> name.codePoints().noneMatch(Character::isLetter));
        Map<String, Set<String>> byKey = new TreeMap<>();
        Map<String, Set<String>> foldedByKey = new TreeMap<>();
        for (String name : names) {
            String key = NameKey.of(EntityType.PERSON, name);
            byKey.computeIfAbsent(key, k -> new TreeSet<>()).add(name);
            foldedByKey.computeIfAbsent(key, k -> new TreeSet<>()).add(NameKey.fold(name).replace(".", ""));
        }
        long merged = foldedByKey.values().stream().filter(folded -> folded.size() > 1).count();
        long namesInMerges = foldedByKey.values().stream().filter(f -> f.size() > 1).mapToLong(Set::size).sum();
        StringBuilder report = new StringBuilder(String.format(
                "%d distinct person names, %d keys; %d keys shared by names that differ beyond case and accents "
                        + "(%d names, %.1f%%):%n", names.size(), byKey.size(), merged, namesInMerges,
                100.0 * namesInMerges / names.size()));
        byKey.forEach((key, group) -> {
            if (foldedByKey.get(key).size() > 1) {
                report.append("  ").append(key).append("  ").append(group).append('\n');
            }
        });
        System.out.print(report);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("person-key-merges.txt"), report, StandardCharsets.UTF_8);
        assertThat((double) namesInMerges / names.size()).isLessThan(0.05);
    }

    /**
     * Whole-article throughput on one thread over clustering-dev (772 news articles, about 310 words each), for the
     * CRF alone and with every refinement, after a warm-up pass; and the heap a loaded model holds.
     */
    @Test
    void shouldMeasureThroughputAndModelHeap() throws Exception {
        List<String> articles = new ArrayList<>();
        for (Path file : texts(EVAL.resolve("clustering-dev"))) {
            articles.add(Files.readString(file, StandardCharsets.UTF_8));
        }
        long tokens = 0;
        for (String article : articles) {
            tokens += new Sentences(true).split(article).stream().mapToInt(List::size).sum();
        }
        EntityRecognizer crfAlone = new EntityRecognizer(crf, EnumSet.noneOf(Refinement.class));
        EntityRecognizer refined = new EntityRecognizer(crf, EnumSet.allOf(Refinement.class));
        articles.forEach(refined::find);
        double crfSeconds = seconds(crfAlone, articles);
        double refinedSeconds = seconds(refined, articles);
        String report = String.format("%d articles, %d tokens, one thread:%n"
                        + "  CRF alone        %.1f articles/s, %.0f tokens/s%n"
                        + "  all refinements  %.1f articles/s, %.0f tokens/s (%.2f x the CRF alone's time)%n"
                        + "  model heap       %d MB%n",
                articles.size(), tokens, articles.size() / crfSeconds, tokens / crfSeconds,
                articles.size() / refinedSeconds, tokens / refinedSeconds, refinedSeconds / crfSeconds,
                modelHeapBytes() >> 20);
        System.out.print(report);
        Files.createDirectories(OUT);
        Files.writeString(OUT.resolve("throughput.txt"), report, StandardCharsets.UTF_8);
        assertThat(articles.size() / refinedSeconds).isGreaterThan(30);
    }

    private static double seconds(EntityRecognizer recognizer, List<String> articles) {
        long start = System.nanoTime();
        articles.forEach(recognizer::find);
        return (System.nanoTime() - start) / 1e9;
    }

    /** Heap retained by a second copy of the model: used heap after a full collection, with and without it. */
    private static long modelHeapBytes() {
        long before = usedAfterGc();
        CRFClassifier<CoreLabel> copy = EntityRecognizer.loadModel();
        long after = usedAfterGc();
        assertThat(copy).isNotNull();
        return after - before;
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
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
