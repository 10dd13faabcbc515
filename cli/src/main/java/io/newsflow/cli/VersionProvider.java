package io.newsflow.cli;

import picocli.CommandLine.IVersionProvider;

/** The version stamped into the jar manifest at build time. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"newsflow " + (version == null ? "(development build)" : version),
                "Kafka " + org.apache.kafka.common.utils.AppInfoParser.getVersion()
                        + ", Java " + System.getProperty("java.version")};
    }
}
