package io.newsflow.sink.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LshBandsTest {

    private static final List<Integer> SIGNATURE = IntStream.range(0, 128).map(i -> i * 7919).boxed().toList();

    @Test
    void shouldCutTheSignatureIntoBandsOfTheGivenRows() {
        assertThat(LshBands.keys(SIGNATURE, 2)).hasSize(64).doesNotHaveDuplicates();
        assertThat(LshBands.keys(SIGNATURE, 3)).hasSize(42);
    }

    @Test
    void shouldChangeOnlyTheBandOfAChangedValue() {
        List<Integer> changed = new ArrayList<>(SIGNATURE);
        changed.set(5, -1);
        List<String> before = LshBands.keys(SIGNATURE, 2);
        List<String> after = LshBands.keys(changed, 2);
        List<Integer> differing = IntStream.range(0, before.size())
                .filter(band -> !before.get(band).equals(after.get(band))).boxed().toList();
        assertThat(differing).containsExactly(2);
    }
}
