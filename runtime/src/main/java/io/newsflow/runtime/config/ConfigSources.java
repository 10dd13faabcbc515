package io.newsflow.runtime.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.apache.kafka.common.config.ConfigException;

/**
 * Gathers raw configuration from a properties file, the environment and command-line flags, in rising precedence:
 * flags override the environment, which overrides the file. Typed parsing and validation are left to each stage's
 * {@link org.apache.kafka.common.config.AbstractConfig}, so an error names the key and the bad value.
 *
 * <p>Environment names map to keys by lower-casing and turning {@code _} into {@code .}:
 * {@code NEWSFLOW_INGEST_INBOX_DIR} is {@code ingest.inbox.dir}; {@code KAFKA_SASL_MECHANISM} is
 * {@code kafka.sasl.mechanism}, which {@link CommonConfig#kafkaClientProperties} hands to the Kafka clients as
 * {@code sasl.mechanism}.
 */
public final class ConfigSources {

    public static final String ENV_PREFIX = "NEWSFLOW_";
    public static final String KAFKA_ENV_PREFIX = "KAFKA_";

    private ConfigSources() {
    }

    public static Map<String, String> merge(Path file, Map<String, String> environment, Map<String, String> flags) {
        Map<String, String> merged = new TreeMap<>();
        if (file != null) {
            merged.putAll(readFile(file));
        }
        merged.putAll(fromEnvironment(environment));
        merged.putAll(flags);
        return merged;
    }

    public static Map<String, String> readFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("config", file.toString(), "the configuration file does not exist");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read configuration file " + file, e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name).strip()));
        return values;
    }

    public static Map<String, String> fromEnvironment(Map<String, String> environment) {
        Map<String, String> values = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                values.put(toKey(name.substring(ENV_PREFIX.length())), value);
            } else if (name.startsWith(KAFKA_ENV_PREFIX) && name.length() > KAFKA_ENV_PREFIX.length()) {
                values.put(CommonConfig.KAFKA_CLIENT_PREFIX + toKey(name.substring(KAFKA_ENV_PREFIX.length())), value);
            }
        });
        return values;
    }

    /** The environment variable that sets a key: {@code ingest.inbox.dir} is {@code NEWSFLOW_INGEST_INBOX_DIR}. */
    public static String environmentName(String key) {
        return ENV_PREFIX + key.replace('.', '_').toUpperCase(Locale.ROOT);
    }

    private static String toKey(String environmentSuffix) {
        return environmentSuffix.toLowerCase(Locale.ROOT).replace('_', '.');
    }
}
