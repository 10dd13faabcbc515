package io.newsflow.cli.analyze;

import io.newsflow.cli.ConfigOptions;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.Enricher;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.read.ArticleReader;
import io.newsflow.ingest.read.ReadResult;
import io.newsflow.ingest.watch.FileFilter;
import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsflow analyze}: reads files exactly as ingest does and enriches them exactly as enrich does, without
 * Kafka, printing one {@code EnrichedArticle} JSON per line in the order of the files. A file that cannot be read is
 * an outcome, not a failure: its reason goes to standard error, as beside a failed file in the inbox.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Read files or folders as ingest would, enrich them, print one EnrichedArticle JSON per line.")
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Reference date for articles with no date of their own; never overrides one found in a file.")
    LocalDate published;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (folders are read recursively).")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        Map<String, String> values = config.values(Map.of());
        IngestConfig ingest = new IngestConfig(values);
        Enricher enricher = Enricher.create(new EnrichConfig(values));
        ArticleReader reader = new ArticleReader(ingest.maxFileBytes(), Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();

        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> outcomes = new ArrayList<>();
            for (Path root : paths) {
                for (Path file : files(root, ingest.ignoreSuffixes())) {
                    outcomes.add(pool.submit(() -> analyze(reader, enricher, root, file)));
                }
            }
            for (Future<Outcome> future : outcomes) {
                Outcome outcome = future.get();
                for (EnrichedArticle article : outcome.articles()) {
                    out.println(Json.mapper().writeValueAsString(article));
                }
                outcome.problems().forEach(problem -> err.println(outcome.file() + ": " + problem));
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("analysis failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
            out.flush();
        }
        return 0;
    }

    private Outcome analyze(ArticleReader reader, Enricher enricher, Path root, Path file) {
        Path base = Files.isDirectory(root) ? root : file.getParent();
        ReadResult result = reader.read(base.toAbsolutePath(), file.toAbsolutePath());
        if (result.isRejected()) {
            return new Outcome(file, List.of(), List.of("not analyzed: " + result.rejection()));
        }
        List<EnrichedArticle> articles = result.articles().stream()
                .map(raw -> published == null ? enricher.enrich(raw) : enricher.enrich(raw, published))
                .toList();
        return new Outcome(file, articles, result.partErrors());
    }

    private static List<Path> files(Path root, List<String> ignoredSuffixes) {
        if (!Files.isDirectory(root)) {
            return List.of(root);
        }
        Path folder = root.toAbsolutePath().normalize();
        FileFilter filter = new FileFilter(folder, Set.of(), ignoredSuffixes);
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(filter::accepts).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    private record Outcome(Path file, List<EnrichedArticle> articles, List<String> problems) {
    }
}
