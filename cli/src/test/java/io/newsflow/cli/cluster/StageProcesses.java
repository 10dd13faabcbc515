package io.newsflow.cli.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * Stage processes started the way the containers start them: {@code java -cp <the packaged jar>
 * io.newsflow.cli.Main <stage>}, configured only through {@code NEWSFLOW_*} and {@code KAFKA_*} environment variables.
 * Closing kills whatever is still running, so no process outlives its test.
 */
final class StageProcesses implements AutoCloseable {

    static final Path JAR = Path.of("target", "newsflow.jar");
    private static final String MAIN_CLASS = "io.newsflow.cli.Main";
    private static final Pattern OPS_URL = Pattern.compile("Serving /health and /metrics on (http://\\S+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path logs;
    private final List<Stage> started = new ArrayList<>();

    StageProcesses(Path logs) {
        this.logs = logs;
    }

    /** One running stage process, its output file and, once it logged it, its operations endpoint. */
    record Stage(String name, Process process, Path log) {

        String output() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        URI opsUrl() {
            Matcher matcher = OPS_URL.matcher(output());
            if (!matcher.find()) {
                throw new IllegalStateException(name + " has not logged its /health and /metrics address yet");
            }
            return URI.create(matcher.group(1));
        }

        int get(String path) throws IOException, InterruptedException {
            return fetch(path).statusCode();
        }

        String body(String path) throws IOException, InterruptedException {
            return fetch(path).body();
        }

        private HttpResponse<String> fetch(String path) throws IOException, InterruptedException {
            return HTTP.send(HttpRequest.newBuilder(opsUrl().resolve(path)).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** Waits until {@code /health/ready} answers 200, failing with the process output if it dies first. */
        void awaitReady(Duration timeout) {
            try {
                await(name + " ready").atMost(timeout).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                        .failFast(name + " exited", () -> !process.isAlive())
                        .until(() -> get("/health/ready") == 200);
            } catch (ConditionTimeoutException | TerminalFailureException e) {
                throw new AssertionError(e.getMessage() + "; its output ends:\n" + tail(), e);
            }
        }

        String tail() {
            List<String> lines = output().lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }

    Stage start(String name, Map<String, String> environment, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx640m",
                "-cp", JAR.toAbsolutePath().toString(), MAIN_CLASS));
        command.addAll(List.of(arguments));
        Path log = logs.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(logs.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // only what the test sets, as in a container: nothing inherited from the machine running the build
        builder.environment().keySet().removeIf(key -> key.startsWith("NEWSFLOW_") || key.startsWith("KAFKA_"));
        builder.environment().putAll(environment);
        Stage stage = new Stage(name, builder.start(), log);
        started.add(stage);
        return stage;
    }

    /** Runs a one-shot command to its end and returns its exit code. */
    int run(String name, Map<String, String> environment, Duration timeout, String... arguments)
            throws IOException, InterruptedException {
        Stage stage = start(name, environment, arguments);
        if (!stage.process().waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError(name + " did not finish in " + timeout + ":\n" + stage.tail());
        }
        return stage.process().exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        for (Stage stage : started) {
            stage.process().destroyForcibly();
        }
        for (Stage stage : started) {
            stage.process().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
