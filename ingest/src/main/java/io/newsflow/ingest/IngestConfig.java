package io.newsflow.ingest;

import io.newsflow.ingest.after.AfterPolicy;
import io.newsflow.runtime.config.CommonConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigDef.Width;
import org.apache.kafka.common.config.ConfigException;

/** The ingest stage's configuration: the shared keys of {@link CommonConfig} plus the watched-folder keys. */
public final class IngestConfig extends AbstractConfig {

    public static final String GROUP = "Ingest";

    public static final String INBOX_DIR = "ingest.inbox.dir";
    public static final String PROCESSED_DIR = "ingest.processed.dir";
    public static final String FAILED_DIR = "ingest.failed.dir";
    public static final String DATA_DIR = "ingest.data.dir";
    public static final String AFTER_POLICY = "ingest.after.policy";
    public static final String PROCESSED_DATE_SUBFOLDER = "ingest.processed.date.subfolder";
    public static final String MIN_FILE_AGE_MS = "ingest.min.file.age.ms";
    public static final String MAX_FILE_BYTES = "ingest.max.file.bytes";
    public static final String RESCAN_INTERVAL_MS = "ingest.rescan.interval.ms";
    public static final String STABILITY_CHECK_INTERVAL_MS = "ingest.stability.check.interval.ms";
    public static final String IGNORE_SUFFIXES = "ingest.ignore.suffixes";
    public static final String PROGRESS_INTERVAL_MS = "ingest.progress.interval.ms";
    public static final String STARTUP_TIMEOUT_MS = "ingest.startup.timeout.ms";
    public static final String MAX_IN_FLIGHT_FILES = "ingest.max.in.flight.files";
    public static final String READER_THREADS = "ingest.reader.threads";

    public static final long DEFAULT_MAX_FILE_BYTES = 10L * 1024 * 1024;
    public static final List<String> DEFAULT_IGNORE_SUFFIXES = List.of(
            ".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".filepart", ".swp", ".swx", "~",
            ".lock");

    public static final ConfigDef CONFIG_DEF = define();

    public IngestConfig(Map<?, ?> originals) {
        super(CONFIG_DEF, originals, false);
        if (inboxDir().startsWith(processedDir()) || inboxDir().startsWith(failedDir())) {
            throw new ConfigException(PROCESSED_DIR, processedDir().toString(),
                    "the processed and failed folders must not contain the inbox");
        }
    }

    public static ConfigDef configDef() {
        return CONFIG_DEF;
    }

    private static ConfigDef define() {
        ConfigDef def = CommonConfig.define();
        int order = 0;
        def.define(INBOX_DIR, Type.STRING, "inbox", new ConfigDef.NonEmptyString(), Importance.HIGH,
                "The watched folder: every file dropped into it or its subfolders becomes one article (or several,"
                        + " for JSON Lines). It must exist and be writable.",
                GROUP, ++order, Width.LONG, "Inbox folder");
        def.define(AFTER_POLICY, Type.STRING, AfterPolicy.MOVE.configValue(),
                ConfigDef.CaseInsensitiveValidString.in(AfterPolicy.configValues()), Importance.HIGH,
                "What happens to a file once the broker acknowledged all its records: `move` to the processed"
                        + " folder, `delete` it, or `keep` it in place (the ledger in the data folder remembers it"
                        + " so it is not taken again).",
                GROUP, ++order, Width.SHORT, "After-policy");
        def.define(PROCESSED_DIR, Type.STRING, "", Importance.MEDIUM,
                "Where published files are moved (policy `move`), keeping their path relative to the inbox."
                        + " Empty means `processed` inside the inbox, which the watcher ignores.",
                GROUP, ++order, Width.LONG, "Processed folder");
        def.define(FAILED_DIR, Type.STRING, "", Importance.MEDIUM,
                "Where files that cannot be turned into an article are moved, with `<name>.error.txt` beside"
                        + " each saying why. Empty means `failed` inside the inbox, which the watcher ignores.",
                GROUP, ++order, Width.LONG, "Failed folder");
        def.define(DATA_DIR, Type.STRING, "", Importance.MEDIUM,
                "Where ingest keeps its ledger of published files (path, size, mtime, article ids). Empty means"
                        + " `.newsflow` inside the inbox (hidden, so the watcher ignores it).",
                GROUP, ++order, Width.LONG, "Data folder");
        def.define(PROCESSED_DATE_SUBFOLDER, Type.BOOLEAN, false, Importance.LOW,
                "Move published files into a subfolder per day (UTC) of the processed folder, e.g."
                        + " `processed/2025-02-18/a.txt`.",
                GROUP, ++order, Width.SHORT, "Date subfolder");
        def.define(MIN_FILE_AGE_MS, Type.LONG, 1000L, Range.atLeast(0), Importance.MEDIUM,
                "A file is taken only after its size and modification time have been stable for this long, so a"
                        + " file still being written is never read half-way.",
                GROUP, ++order, Width.SHORT, "Minimum file age (ms)");
        def.define(MAX_FILE_BYTES, Type.LONG, DEFAULT_MAX_FILE_BYTES, Range.atLeast(1), Importance.MEDIUM,
                "Files larger than this (and gzip files that unpack to more) go to the failed folder.",
                GROUP, ++order, Width.SHORT, "Maximum file size (bytes)");
        def.define(IGNORE_SUFFIXES, Type.LIST, DEFAULT_IGNORE_SUFFIXES, Importance.LOW,
                "Name endings of temporary files that are never taken (hidden files, whose names start with a"
                        + " dot, are never taken either).",
                GROUP, ++order, Width.LONG, "Ignored name endings");
        def.define(RESCAN_INTERVAL_MS, Type.LONG, 10_000L, Range.atLeast(100), Importance.LOW,
                "How often the whole inbox is walked as a safety net for file-system events that were lost.",
                GROUP, ++order, Width.SHORT, "Rescan interval (ms)");
        def.define(STABILITY_CHECK_INTERVAL_MS, Type.LONG, 250L, Range.atLeast(10), Importance.LOW,
                "How often files seen but not yet stable are looked at again.",
                GROUP, ++order, Width.SHORT, "Stability check interval (ms)");
        def.define(PROGRESS_INTERVAL_MS, Type.LONG, 5_000L, Range.atLeast(100), Importance.LOW,
                "How often a progress line (files and bytes done of total, rate, ETA) is logged while files are"
                        + " waiting.",
                GROUP, ++order, Width.SHORT, "Progress interval (ms)");
        def.define(MAX_IN_FLIGHT_FILES, Type.INT, 5_000, Range.atLeast(1), Importance.LOW,
                "How many files may be read and sent but not yet acknowledged by the broker.",
                GROUP, ++order, Width.SHORT, "Files in flight");
        def.define(READER_THREADS, Type.INT, 2, Range.between(1, 64), Importance.LOW,
                "How many threads read, extract and send files in parallel. Files are handed out oldest first.",
                GROUP, ++order, Width.SHORT, "Reader threads");
        def.define(STARTUP_TIMEOUT_MS, Type.LONG, 30_000L, Range.atLeast(1), Importance.LOW,
                "How long start-up waits for the broker to answer before it fails.",
                GROUP, ++order, Width.SHORT, "Start-up timeout (ms)");
        return def;
    }

    public Path inboxDir() {
        return Path.of(getString(INBOX_DIR)).toAbsolutePath().normalize();
    }

    public Path processedDir() {
        return folderOrInside(PROCESSED_DIR, "processed");
    }

    public Path failedDir() {
        return folderOrInside(FAILED_DIR, "failed");
    }

    public Path dataDir() {
        return folderOrInside(DATA_DIR, ".newsflow");
    }

    public AfterPolicy afterPolicy() {
        return AfterPolicy.parse(getString(AFTER_POLICY));
    }

    public boolean processedDateSubfolder() {
        return getBoolean(PROCESSED_DATE_SUBFOLDER);
    }

    public Duration minFileAge() {
        return Duration.ofMillis(getLong(MIN_FILE_AGE_MS));
    }

    public long maxFileBytes() {
        return getLong(MAX_FILE_BYTES);
    }

    public List<String> ignoreSuffixes() {
        return getList(IGNORE_SUFFIXES);
    }

    public Duration rescanInterval() {
        return Duration.ofMillis(getLong(RESCAN_INTERVAL_MS));
    }

    public Duration stabilityCheckInterval() {
        return Duration.ofMillis(getLong(STABILITY_CHECK_INTERVAL_MS));
    }

    public Duration progressInterval() {
        return Duration.ofMillis(getLong(PROGRESS_INTERVAL_MS));
    }

    public int maxInFlightFiles() {
        return getInt(MAX_IN_FLIGHT_FILES);
    }

    public int readerThreads() {
        return getInt(READER_THREADS);
    }

    public Duration startupTimeout() {
        return Duration.ofMillis(getLong(STARTUP_TIMEOUT_MS));
    }

    private Path folderOrInside(String key, String defaultName) {
        String value = getString(key);
        return value == null || value.isBlank()
                ? inboxDir().resolve(defaultName)
                : Path.of(value).toAbsolutePath().normalize();
    }
}
