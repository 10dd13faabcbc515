package io.newsflow.runtime.ops;

import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;

/** Keys of the operations endpoint every long-running stage serves. */
public final class OpsConfig {

    public static final String GROUP = "Operations";
    public static final String PORT = "ops.port";
    public static final String BIND_ADDRESS = "ops.bind.address";

    private OpsConfig() {
    }

    /** Adds the operations keys to a stage's definition. */
    public static ConfigDef define(ConfigDef def) {
        return def
                .define(PORT, Type.INT, 0, ConfigDef.Range.between(-1, 65535), Importance.MEDIUM,
                        "Port of the /health and /metrics endpoint; 0 picks a free port, -1 serves none.",
                        GROUP, 1, Width.SHORT, "Ops port")
                .define(BIND_ADDRESS, Type.STRING, "127.0.0.1", new ConfigDef.NonEmptyString(), Importance.LOW,
                        "Address the /health and /metrics endpoint binds to; 0.0.0.0 in containers.",
                        GROUP, 2, Width.MEDIUM, "Ops bind address");
    }

    public static int port(AbstractConfig config) {
        return config.getInt(PORT);
    }

    public static String bindAddress(AbstractConfig config) {
        return config.getString(BIND_ADDRESS);
    }
}
