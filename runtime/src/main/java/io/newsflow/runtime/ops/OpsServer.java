package io.newsflow.runtime.ops;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves {@code /health} (with {@code /health/live} and {@code /health/ready}: 200 or 503) and {@code /metrics} in
 * the Prometheus text format, on the JDK's own HTTP server so a stage carries no web framework.
 */
public final class OpsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private static final int OK = 200;
    private static final int UNAVAILABLE = 503;

    private final HttpServer server;

    private OpsServer(HttpServer server) {
        this.server = server;
    }

    /** Starts serving; {@code port} 0 picks a free port. */
    public static OpsServer start(String bindAddress, int port, Health health, PrometheusMeterRegistry registry) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(bindAddress, port), 0);
            server.createContext("/health/live", exchange -> respondHealth(exchange, health, health.live()));
            server.createContext("/health/ready", exchange -> respondHealth(exchange, health, health.ready()));
            server.createContext("/health", exchange -> respondHealth(exchange, health, health.live() && health.ready()));
            server.createContext("/metrics", exchange ->
                    respond(exchange, OK, "text/plain; version=0.0.4; charset=utf-8", registry.scrape()));
            server.setExecutor(null);
            server.start();
            OpsServer ops = new OpsServer(server);
            LOG.info("Serving /health and /metrics on http://{}:{}", bindAddress, ops.port());
            return ops;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve /health and /metrics on " + bindAddress + ":" + port, e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void respondHealth(HttpExchange exchange, Health health, boolean up) throws IOException {
        String body = io.newsflow.model.Json.mapper().writeValueAsString(Map.of(
                "status", up ? "UP" : "DOWN",
                "live", health.live(),
                "ready", health.ready(),
                "detail", health.detail()));
        respond(exchange, up ? OK : UNAVAILABLE, "application/json", body);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
