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
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Articles per second, on one thread, of each enrichment step and of the whole, over the seed articles (article
 * length, 400 to 900 words). One operation is one article. The baseline is what Kafka costs per record anyway:
 * reading a RawArticle from JSON and writing it back. Targets (per core) are judged on articles per CPU-second of the
 * benchmark thread, which a loaded machine does not distort as it does wall-clock throughput. Run it with
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
    public byte[] baseline(CpuClock clock) {
        clock.articles++;
        byte[] json = rawJson.get(nextArticle());
        return serde.serialize("news.raw", serde.deserialize("news.raw", json));
    }

    @Benchmark
    public String cleanup(CpuClock clock) {
        clock.articles++;
        RawArticle raw = raws.get(nextArticle());
        return cleaner.clean(raw.text(), raw.title());
    }

    @Benchmark
    public Language language(CpuClock clock) {
        clock.articles++;
        return languages.identify(cleaned.get(nextArticle()));
    }

    @Benchmark
    public PublishedAt publication(CpuClock clock) {
        clock.articles++;
        return publicationDates.find(raws.get(nextArticle()));
    }

    @Benchmark
    public List<DateMention> dates(CpuClock clock) {
        clock.articles++;
        return tagger.tag(cleaned.get(nextArticle()), LocalDate.of(2025, 2, 18));
    }

    @Benchmark
    public List<EntityMention> entities(CpuClock clock) {
        clock.articles++;
        return entities.find(cleaned.get(nextArticle()));
    }

    @Benchmark
    public Fingerprint fingerprint(CpuClock clock) {
        clock.articles++;
        return minHasher.fingerprint(cleaned.get(nextArticle()));
    }

    @Benchmark
    public EnrichedArticle whole(CpuClock clock) {
        clock.articles++;
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
        double baselineCpu = results.stream()
                .filter(result -> name(result).equals("baseline"))
                .mapToDouble(EnrichBenchmark::perCpuSecond)
                .findFirst().orElse(Double.NaN);
        System.out.println();
        System.out.println("Enrichment per article, one thread (seed articles; baseline = RawArticle JSON "
                + "read+write);");
        System.out.println("articles/s is wall-clock, articles/cpu-s per second of the thread's CPU time (per core)");
        System.out.printf(Locale.ROOT, "%-12s %12s %10s %16s %14s %16s %10s%n", "step", "articles/s", "± error",
                "× baseline time", "articles/cpu-s", "× baseline cpu", "target");
        for (RunResult result : results) {
            String name = name(result);
            double score = result.getPrimaryResult().getScore();
            double perCpu = perCpuSecond(result);
            Double target = TARGETS.get(name);
            System.out.printf(Locale.ROOT, "%-12s %12.1f %10.1f %16.1f %14.1f %16.1f %10s%n", name, score,
                    result.getPrimaryResult().getScoreError(), baseline / score, perCpu, baselineCpu / perCpu,
                    target == null ? "" : (perCpu >= target ? ">= " : "MISS < ") + target.intValue());
        }
    }

    /**
     * CPU time of the benchmark thread over each measured iteration, next to the article count, so that articles per
     * CPU-second can be given: on a shared machine wall-clock throughput says more about the neighbours than about
     * the code. Enrichment runs on the calling thread alone, so this is its cost per core.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuClock {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        public long articles;
        public long cpuNanos;
        private long start;

        @Setup(Level.Iteration)
        public void start() {
            articles = 0;
            cpuNanos = 0;
            start = THREADS.getCurrentThreadCpuTime();
        }

        @TearDown(Level.Iteration)
        public void stop() {
            cpuNanos = THREADS.getCurrentThreadCpuTime() - start;
        }
    }

    private static double perCpuSecond(RunResult result) {
        double articles = result.getSecondaryResults().get("articles").getScore();
        double cpuNanos = result.getSecondaryResults().get("cpuNanos").getScore();
        return articles / (cpuNanos / 1e9);
    }

    private static String name(RunResult result) {
        String label = result.getParams().getBenchmark();
        return label.substring(label.lastIndexOf('.') + 1);
    }
}
