package io.newsflow.cli.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.cli.Main;
import io.newsflow.runtime.ops.Health;
import io.newsflow.runtime.ops.OpsServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class HealthCommandTest {

    @Test
    void shouldExitZeroGivenAReadyStage() {
        try (OpsServer server = serve(true)) {
            assertThat(health("http://127.0.0.1:" + server.port() + "/health/ready")).isZero();
        }
    }

    @Test
    void shouldExitOneGivenAStageThatIsNotReady() {
        try (OpsServer server = serve(false)) {
            assertThat(health("http://127.0.0.1:" + server.port() + "/health/ready")).isEqualTo(1);
        }
    }

    @Test
    void shouldExitOneGivenNothingListening() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        assertThat(health("http://127.0.0.1:" + port + "/health/ready")).isEqualTo(1);
    }

    @Test
    void shouldAskTheConfiguredPortOnLoopbackGivenAWildcardBindAddress() {
        assertThat(HealthCommand.localEndpoint(Map.of("ops.port", "8080", "ops.bind.address", "0.0.0.0")))
                .hasToString("http://127.0.0.1:8080/health/ready");
        assertThat(HealthCommand.localEndpoint(Map.of("ops.port", "9000", "ops.bind.address", "10.1.2.3")))
                .hasToString("http://10.1.2.3:9000/health/ready");
    }

    @Test
    void shouldRejectAConfigurationWithoutAFixedPortNamingTheKey() {
        StringWriter err = new StringWriter();
        CommandLine command = Main.commandLine();
        command.setErr(new PrintWriter(err));
        assertThat(command.execute("health", "--set", "ops.port=0")).isEqualTo(2);
        assertThat(err.toString()).contains("ops.port");
    }

    private static int health(String url) {
        CommandLine command = Main.commandLine();
        command.setOut(new PrintWriter(new StringWriter()));
        command.setErr(new PrintWriter(new StringWriter()));
        return command.execute("health", "--timeout", "2", url);
    }

    private static OpsServer serve(boolean ready) {
        Health health = new Health() {
            @Override
            public boolean live() {
                return true;
            }

            @Override
            public boolean ready() {
                return ready;
            }

            @Override
            public String detail() {
                return ready ? "RUNNING" : "REBALANCING";
            }
        };
        return OpsServer.start("127.0.0.1", 0, health, new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }
}
