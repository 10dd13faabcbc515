package io.newsflow.ingest.watch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides when a file is complete: its size and modification time must have stayed the same for the minimum age.
 * A file first seen with an old modification time is stable since then (every write moves the time forward); a
 * file whose size or time changes between looks is stable only from the look that saw the change, measured on the
 * injected clock; a modification time in the future (clock skew) counts from when it was seen.
 */
public final class StabilityTracker {

    private final Clock clock;
    private final Duration minAge;
    private final Map<Path, Seen> seen = new HashMap<>();

    public StabilityTracker(Clock clock, Duration minAge) {
        this.clock = clock;
        this.minAge = minAge;
    }

    private record Seen(long size, Instant modified, Instant stableSince) {
    }

    /**
     * Records a look at a file.
     *
     * @return the change in size since the last look, or the size if the file is new here
     */
    public long observe(Path file, long size, Instant modified) {
        Instant now = clock.instant();
        Seen before = seen.get(file);
        if (before != null && before.size == size && before.modified.equals(modified)) {
            return 0;
        }
        Instant stableSince = before == null && !modified.isAfter(now) ? modified : now;
        seen.put(file, new Seen(size, modified, stableSince));
        return before == null ? size : size - before.size;
    }

    /** The files stable for at least the minimum age, which stop being tracked here. */
    public List<Path> takeStable() {
        Instant threshold = clock.instant().minus(minAge);
        List<Path> stable = new ArrayList<>();
        seen.entrySet().removeIf(entry -> {
            if (!entry.getValue().stableSince.isAfter(threshold)) {
                stable.add(entry.getKey());
                return true;
            }
            return false;
        });
        return stable;
    }

    public boolean isTracked(Path file) {
        return seen.containsKey(file);
    }

    /** Forgets a file, e.g. one that disappeared before it was stable; returns its last size, or 0. */
    public long forget(Path file) {
        Seen removed = seen.remove(file);
        return removed == null ? 0 : removed.size;
    }

    public List<Path> tracked() {
        return List.copyOf(seen.keySet());
    }

    /** Modification time of the oldest file waiting, for the backlog-age gauge. */
    public Instant oldestModified() {
        return seen.values().stream().map(Seen::modified).min(Instant::compareTo).orElse(null);
    }

    public int size() {
        return seen.size();
    }
}
