package io.newsflow.runtime.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OpsServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldReportReadinessAsItChangesAndServePrometheusMetrics() throws Exception {
        AtomicBoolean ready = new AtomicBoolean(false);
        Health health = new Health() {
            @Override
            public boolean live() {
                return true;
            }

            @Override
            public boolean ready() {
                return ready.get();
            }

            @Override
            public String detail() {
                return ready.get() ? "RUNNING" : "REBALANCING";
            }
        };
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.counter("newsflow.test.files").increment(3);

        try (OpsServer server = OpsServer.start("127.0.0.1", 0, health, registry)) {
            assertThat(get(server, "/health/live").statusCode()).isEqualTo(200);
            HttpResponse<String> notReady = get(server, "/health/ready");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).contains("REBALANCING").contains("\"DOWN\"");

            ready.set(true);
            assertThat(get(server, "/health").statusCode()).isEqualTo(200);
            assertThat(get(server, "/metrics").body()).contains("newsflow_test_files_total 3.0");
        }
    }

    private HttpResponse<String> get(OpsServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
