package io.newsflow.ingest.after;

import java.util.Arrays;
import java.util.Locale;

/** What happens to a file once the broker has acknowledged every record read from it. */
public enum AfterPolicy {
    /** Move it to the processed folder (the default). */
    MOVE,
    /** Delete it. */
    DELETE,
    /** Leave it where it is; the ledger records it so it is not taken again. */
    KEEP;

    public String configValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AfterPolicy parse(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }

    public static String[] configValues() {
        return Arrays.stream(values()).map(AfterPolicy::configValue).toArray(String[]::new);
    }
}
