package io.newsflow.cli.health;

import io.newsflow.cli.ConfigOptions;
import io.newsflow.runtime.ops.OpsConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsflow health}: asks a stage's operations endpoint whether it is ready; exit code 0 when it answers 200.
 * Container health checks use it because the slim JRE image carries no curl; without a URL it asks the stage of the
 * same container, at the port and address its own configuration ({@code NEWSFLOW_OPS_*}) names.
 */
@Command(name = "health", mixinStandardHelpOptions = true,
        description = "Check a stage's /health/ready (or another URL): exit 0 when it answers 200, 1 otherwise.")
public final class HealthCommand implements Callable<Integer> {

    static final String DEFAULT_PATH = "/health/ready";
    private static final int NOT_HEALTHY = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Parameters(arity = "0..1", paramLabel = "URL",
            description = "Endpoint to ask; default http://127.0.0.1:<ops.port>" + DEFAULT_PATH + ".")
    URI url;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5",
            description = "How long to wait for the answer (default ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Override
    public Integer call() throws InterruptedException {
        URI target = url != null ? url : localEndpoint(config.values(Map.of()));
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).build();
        HttpRequest request = HttpRequest.newBuilder(target).timeout(timeout).GET().build();
        try {
            HttpResponse<String> response = client.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            spec.commandLine().getOut().println(response.statusCode() + " " + response.body());
            return response.statusCode() == 200 ? 0 : NOT_HEALTHY;
        } catch (IOException e) {
            spec.commandLine().getErr().println("newsflow: health: no answer from " + target + ": " + e);
            return NOT_HEALTHY;
        }
    }

    static URI localEndpoint(Map<String, String> values) {
        AbstractConfig ops = new AbstractConfig(OpsConfig.define(new ConfigDef()), values);
        int port = OpsConfig.port(ops);
        if (port <= 0) {
            throw new ConfigException(OpsConfig.PORT, port,
                    "no fixed port to ask: give the URL or set NEWSFLOW_OPS_PORT as the stage has it");
        }
        String bound = OpsConfig.bindAddress(ops);
        // a wildcard bind answers on loopback too; a specific address answers only there
        String host = bound.equals("0.0.0.0") || bound.equals("::") ? "127.0.0.1" : bound;
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + DEFAULT_PATH);
    }
}
