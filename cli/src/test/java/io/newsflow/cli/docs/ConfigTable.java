package io.newsflow.cli.docs;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.runtime.config.CommonConfig;
import io.newsflow.runtime.config.ConfigSources;
import io.newsflow.runtime.ops.OpsConfig;
import io.newsflow.sink.SinkConfig;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.ConfigKey;

/**
 * The README's table of every configuration key, rendered from the declarations themselves: key, environment
 * variable, default, the commands that read it, and its documentation.
 */
final class ConfigTable {

    static final String BEGIN = "<!-- config-table:begin -->";
    static final String END = "<!-- config-table:end -->";

    /** The definitions in the order the table lists them, each with the commands that read it. */
    private static final Map<String, ConfigDef> DEFINITIONS = definitions();

    private static final String TMPDIR = System.getProperty("java.io.tmpdir");

    private ConfigTable() {
    }

    private static Map<String, ConfigDef> definitions() {
        Map<String, ConfigDef> definitions = new LinkedHashMap<>();
        definitions.put("all", CommonConfig.define());
        definitions.put("ingest, enrich, sink, health", OpsConfig.define(new ConfigDef()));
        definitions.put("ingest, run", IngestConfig.CONFIG_DEF);
        definitions.put("enrich, run", EnrichConfig.CONFIG_DEF);
        definitions.put("sink, run", SinkConfig.CONFIG_DEF);
        return definitions;
    }

    /** Every declared key once, in declaration order, shared keys first. */
    static Map<String, Row> rows() {
        Map<String, Row> rows = new LinkedHashMap<>();
        DEFINITIONS.forEach((commands, def) -> def.configKeys().values()
                .forEach(key -> rows.putIfAbsent(key.name, new Row(key, commands))));
        return rows;
    }

    /** The delimited README section, markers included. */
    static String section() {
        List<String> lines = new ArrayList<>();
        lines.add(BEGIN);
        lines.add("<!-- generated from the config declarations by cli/src/test/java/io/newsflow/cli/docs/ConfigTable.java;"
                + " refresh: mvn -pl cli -am test -Dtest=ReadmeConfigTableTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dnewsflow.readme.update=true -->");
        lines.add("");
        lines.add("| key | environment variable | default | read by | meaning |");
        lines.add("|---|---|---|---|---|");
        rows().values().forEach(row -> lines.add(row.markdown()));
        lines.add("| `kafka.*` | `KAFKA_*` | | all | any Kafka client setting with the prefix removed: "
                + "`KAFKA_SECURITY_PROTOCOL=SASL_SSL` is `security.protocol` |");
        lines.add("");
        lines.add(END);
        return String.join("\n", lines);
    }

    record Row(ConfigKey key, String commands) {

        String markdown() {
            return "| `" + key.name + "` | `" + ConfigSources.environmentName(key.name) + "` | " + defaultValue()
                    + " | " + commands + " | " + cell(key.documentation) + " |";
        }

        private String defaultValue() {
            if (key.defaultValue == ConfigDef.NO_DEFAULT_VALUE) {
                return "(required)";
            }
            String value = ConfigDef.convertToString(key.defaultValue, key.type);
            if (value == null || value.isEmpty()) {
                return "(empty)";
            }
            // a default under the temp folder differs from machine to machine; the table names the folder instead
            if (value.startsWith(TMPDIR)) {
                value = "<java.io.tmpdir>" + value.substring(TMPDIR.length());
            }
            return "`" + cell(value) + "`";
        }

        private static String cell(String text) {
            return text.lines().map(String::strip).collect(Collectors.joining(" ")).replace("|", "\\|");
        }
    }
}
