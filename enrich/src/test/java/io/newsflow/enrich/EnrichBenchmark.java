package io.newsflow.enrich;

import io.newsflow.enrich.cleanup.TextCleaner;
import io.newsflow.enrich.dates.TemporalTagger;
import io.newsflow.enrich.entities.EntityRecognizer;
import io.newsflow.enrich.fingerprint.MinHasher;
import io.newsflow.enrich.language.LanguageIdentifier;
import io.newsflow.enrich.language.LanguageSettings;
import io.newsflow.enrich.published.PublicationDateFinder;
import io.newsflow.model.DateMention;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.EntityMention;
import io.newsflow.model.Fingerprint;
import io.newsflow.model.JsonSerde;
import io.newsflow.model.Language;
import io.newsflow.model.PublishedAt;
import io.newsflow.model.RawArticle;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Articles per second, on one thread, of each enrichment step and of the whole, over the seed articles (article
 * length, 400 to 900 words). One operation is one article. The baseline is what Kafka costs per record anyway:
 * reading a RawArticle from JSON and writing it back. Run it with
 * {@code mvn -B -pl enrich -am test -Pbenchmarks -DskipTests}; it is never part of {@code mvn verify}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx1g", "-XX:ActiveProcessorCount=1"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
public class EnrichBenchmark {

    /** Targets per core from the issue, by benchmark name. */
    private static final Map<String, Double> TARGETS = Map.of("whole", 30.0, "language", 1000.0, "dates", 1000.0);

    private final JsonSerde<RawArticle> serde = new JsonSerde<>(RawArticle.class);
    private TextCleaner cleaner;
    private LanguageIdentifier languages;
    private PublicationDateFinder publicationDates;
    private TemporalTagger tagger;
    private EntityRecognizer entities;
    private MinHasher minHasher;
    private Enricher enricher;

    private List<RawArticle> raws;
    private List<byte[]> rawJson;
    private List<String> cleaned;
    private int next;

    @Setup
    public void loadModelsAndSeeds() {
        cleaner = new TextCleaner();
        languages = new LanguageIdentifier(LanguageSettings.defaults());
        tagger = new TemporalTagger();
        publicationDates = new PublicationDateFinder(tagger);
        entities = new EntityRecognizer();
        minHasher = new MinHasher();
        enricher = new Enricher(cleaner, languages, publicationDates, tagger, entities, minHasher);
        raws = Seeds.all();
        rawJson = raws.stream().map(raw -> serde.serialize("news.raw", raw)).toList();
        cleaned = raws.stream().map(raw -> cleaner.clean(raw.text(), raw.title())).toList();
    }

    private int nextArticle() {
        next = (next + 1) % raws.size();
        return next;
    }

    @Benchmark
    public byte[] baseline() {
        byte[] json = rawJson.get(nextArticle());
        return serde.serialize("news.raw", serde.deserialize("news.raw", json));
    }

    @Benchmark
    public String cleanup() {
        RawArticle raw = raws.get(nextArticle());
        return cleaner.clean(raw.text(), raw.title());
    }

    @Benchmark
    public Language language() {
        return languages.identify(cleaned.get(nextArticle()));
    }

    @Benchmark
    public PublishedAt publication() {
        return publicationDates.find(raws.get(nextArticle()));
    }

    @Benchmark
    public List<DateMention> dates() {
        return tagger.tag(cleaned.get(nextArticle()), LocalDate.of(2025, 2, 18));
    }

    @Benchmark
    public List<EntityMention> entities() {
        return entities.find(cleaned.get(nextArticle()));
    }

    @Benchmark
    public Fingerprint fingerprint() {
        return minHasher.fingerprint(cleaned.get(nextArticle()));
    }

    @Benchmark
    public EnrichedArticle whole() {
        return enricher.enrich(raws.get(nextArticle()));
    }

    public static void main(String[] args) throws RunnerException {
        String include = args.length == 0 ? ".*" : String.join("|", args);
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(EnrichBenchmark.class.getName() + ".(baseline|" + include + ")$")
                .build()).run();
        double baseline = results.stream()
                .filter(result -> name(result).equals("baseline"))
                .mapToDouble(result -> result.getPrimaryResult().getScore())
                .findFirst().orElse(Double.NaN);
        System.out.println();
        System.out.println("Enrichment per article, one thread (seed articles; baseline = RawArticle JSON read+write)");
        System.out.printf(Locale.ROOT, "%-12s %12s %10s %16s %10s%n", "step", "articles/s", "± error",
                "× baseline time", "target");
        for (RunResult result : results) {
            String name = name(result);
            double score = result.getPrimaryResult().getScore();
            Double target = TARGETS.get(name);
            System.out.printf(Locale.ROOT, "%-12s %12.1f %10.1f %16.1f %10s%n", name, score,
                    result.getPrimaryResult().getScoreError(), baseline / score,
                    target == null ? "" : (score >= target ? ">= " : "MISS < ") + target.intValue());
        }
    }

    private static String name(RunResult result) {
        String label = result.getParams().getBenchmark();
        return label.substring(label.lastIndexOf('.') + 1);
    }
}
