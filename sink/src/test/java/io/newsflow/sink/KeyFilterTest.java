package io.newsflow.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyFilterTest {

    @Test
    void shouldFindEveryKeyAddedAndFewOthersGivenItIsWithinCapacity() {
        KeyFilter filter = new KeyFilter(10_000);
        IntStream.range(0, 10_000).forEach(i -> filter.add("1f:" + Long.toHexString(i * 0x9E3779B97F4A7C15L)));

        assertThat(IntStream.range(0, 10_000))
                .allMatch(i -> filter.mightContain("1f:" + Long.toHexString(i * 0x9E3779B97F4A7C15L)));
        long falsePositives = IntStream.range(0, 10_000)
                .filter(i -> filter.mightContain("20:" + Long.toHexString(i * 0x9E3779B97F4A7C15L)))
                .count();
        assertThat(falsePositives).isLessThan(300);
        assertThat(filter.full()).isFalse();
    }

    @Test
    void shouldReportFullGivenMoreKeysThanItWasSizedFor() {
        KeyFilter filter = new KeyFilter(10);
        IntStream.range(0, 11).forEach(i -> filter.add("k" + i));

        assertThat(filter.full()).isTrue();
    }
}
