package io.newsflow.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.testing.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class StabilityTrackerTest {

    private static final Instant NOW = Instant.parse("2025-02-18T10:00:00Z");
    private static final Duration MIN_AGE = Duration.ofSeconds(2);
    private static final Path FILE = Path.of("/inbox/a.txt");

    private final MutableClock clock = new MutableClock(NOW);
    private final StabilityTracker tracker = new StabilityTracker(clock, MIN_AGE);

    @Test
    void shouldTakeFileAtOnceGivenOldModificationTime() {
        tracker.observe(FILE, 10, NOW.minus(Duration.ofHours(1)));

        assertThat(tracker.takeStable()).containsExactly(FILE);
        assertThat(tracker.isTracked(FILE)).isFalse();
    }

    @Test
    void shouldWaitMinimumAgeGivenFreshlyWrittenFile() {
        tracker.observe(FILE, 10, NOW);
        assertThat(tracker.takeStable()).isEmpty();

        clock.advance(MIN_AGE);

        assertThat(tracker.takeStable()).containsExactly(FILE);
    }

    @Test
    void shouldRestartWaitGivenFileThatGrewEvenWithOldTime() {
        Instant preserved = NOW.minus(Duration.ofDays(3));
        tracker.observe(FILE, 10, preserved);
        assertThat(tracker.observe(FILE, 25, preserved)).isEqualTo(15);

        assertThat(tracker.takeStable()).isEmpty();
        clock.advance(MIN_AGE);
        assertThat(tracker.takeStable()).containsExactly(FILE);
    }

    @Test
    void shouldCountFromFirstLookGivenModificationTimeInFuture() {
        tracker.observe(FILE, 10, NOW.plus(Duration.ofDays(1)));

        clock.advance(MIN_AGE.minusMillis(1));
        assertThat(tracker.takeStable()).isEmpty();
        clock.advance(Duration.ofMillis(1));
        assertThat(tracker.takeStable()).containsExactly(FILE);
    }

    @Test
    void shouldReportOldestWaitingModificationTime() {
        tracker.observe(FILE, 1, NOW);
        tracker.observe(Path.of("/inbox/b.txt"), 1, NOW.plusSeconds(5));

        assertThat(tracker.oldestModified()).isEqualTo(NOW);
        assertThat(tracker.forget(FILE)).isEqualTo(1);
        assertThat(tracker.size()).isEqualTo(1);
    }
}
