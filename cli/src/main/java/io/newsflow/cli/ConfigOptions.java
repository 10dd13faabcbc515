package io.newsflow.cli;

import io.newsflow.runtime.config.CommonConfig;
import io.newsflow.runtime.config.ConfigSources;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every command shares: a configuration file, the brokers, and {@code --set key=value} for any key.
 * Flags override the environment, which overrides the file.
 */
public final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with configuration keys.")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]",
            description = "Kafka brokers (key bootstrap.servers; env NEWSFLOW_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Set any configuration key.")
    Map<String, String> settings = new LinkedHashMap<>();

    /** All configuration as raw values: file, then environment, then these flags, then the command's own flags. */
    public Map<String, String> values(Map<String, String> commandFlags) {
        Map<String, String> flags = new LinkedHashMap<>(settings);
        if (bootstrapServers != null) {
            flags.put(CommonConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        flags.putAll(commandFlags);
        return ConfigSources.merge(configFile, System.getenv(), flags);
    }
}
