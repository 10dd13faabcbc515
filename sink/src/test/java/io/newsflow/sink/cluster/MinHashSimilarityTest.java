package io.newsflow.sink.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.model.Fingerprint;
import io.newsflow.sink.fixtures.FixtureArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashSimilarityTest {

    @Test
    void shouldEstimateJaccardAsShareOfEqualPositions() {
        assertThat(MinHashSimilarity.jaccard(List.of(1, 2, 3, 4), List.of(1, 2, 9, 9))).isEqualTo(0.5);
        assertThat(MinHashSimilarity.jaccard(List.of(), List.of())).isZero();
    }

    @Test
    void shouldEstimateContainmentOfTheSmallerSetGivenJaccardAndSizes() {
        // |A|=100 inside |B|=300: J = 100/300, so the intersection is the whole of A
        List<Integer> a = List.of(1, 2, 3, 4, 5, 6);
        List<Integer> b = List.of(1, 2, 7, 8, 9, 10);
        assertThat(MinHashSimilarity.containment(a, 100, b, 300)).isCloseTo(1.0, within(1e-9));
        assertThat(MinHashSimilarity.containment(a, 0, b, 300)).isZero();
    }

    @Test
    void shouldFindTheWireCopiesContainedThoughTheirJaccardIsLow() {
        Fingerprint first = FixtureArticles.named("001").fingerprint();
        Fingerprint copy = FixtureArticles.named("003").fingerprint();
        Fingerprint other = FixtureArticles.named("000").fingerprint();

        assertThat(MinHashSimilarity.jaccard(first.minHash(), copy.minHash())).isLessThan(0.5);
        assertThat(MinHashSimilarity.containment(first.minHash(), first.shingleCount(), copy.minHash(),
                copy.shingleCount())).isGreaterThanOrEqualTo(0.55);
        assertThat(MinHashSimilarity.containment(first.minHash(), first.shingleCount(), other.minHash(),
                other.shingleCount())).isLessThan(0.45);
    }
}
