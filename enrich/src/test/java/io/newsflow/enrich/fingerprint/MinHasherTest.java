package io.newsflow.enrich.fingerprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.model.Fingerprint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MinHasherTest {

    private final MinHasher hasher = new MinHasher();

    @Test
    void shouldGiveTheSameSignatureForTheSameWordsWhateverCaseAndPunctuation() {
        Fingerprint a = hasher.fingerprint("Top US and Russian diplomats met in Saudi Arabia on Tuesday.");
        Fingerprint b = hasher.fingerprint("top US, and Russian diplomats -- met in \"Saudi Arabia\"\non Tuesday");

        assertThat(a).isEqualTo(b);
        assertThat(a.shingleSize()).isEqualTo(5);
        assertThat(a.shingleCount()).isEqualTo(7);
        assertThat(a.minHash()).hasSize(MinHasher.HASHES);
    }

    @Test
    void shouldPinTheHashSoConsumersCanReimplementIt() {
        assertThat(MinHasher.shingleHash("top us and russian diplomats")).isEqualTo(
                MinHasher.fmix64(fnv1a64("top us and russian diplomats")));
        assertThat(hasher.fingerprint("one").minHash().get(0))
                .isEqualTo((int) (MinHasher.fmix64(MinHasher.shingleHash("one") ^ MinHasher.fmix64(0x9E3779B97F4A7C15L)) >>> 32));
    }

    @Test
    void shouldEstimateJaccardOfOverlappingTexts() throws IOException {
        String seed = Files.readString(Path.of("../seeds/001_1d405d6aa1e26848.txt"), StandardCharsets.UTF_8);
        String half = seed.substring(0, seed.length() / 2);

        Fingerprint whole = hasher.fingerprint(seed);
        Fingerprint firstHalf = hasher.fingerprint(half);
        double trueJaccard = (double) firstHalf.shingleCount() / whole.shingleCount();

        assertThat(MinHasher.jaccard(whole, firstHalf)).isCloseTo(trueJaccard, within(0.15));
        assertThat(MinHasher.jaccard(whole, whole)).isEqualTo(1.0);
    }

    @Test
    void shouldGiveEmptySignatureForTextWithoutWords() {
        Fingerprint empty = hasher.fingerprint(" -- ... ");

        assertThat(empty.shingleCount()).isZero();
        assertThat(empty.minHash()).isEmpty();
        assertThat(MinHasher.jaccard(empty, empty)).isZero();
    }

    @Test
    void shouldTellUnrelatedSeedsApart() throws IOException {
        Fingerprint a = hasher.fingerprint(Files.readString(Path.of("../seeds/001_1d405d6aa1e26848.txt"), StandardCharsets.UTF_8));
        Fingerprint b = hasher.fingerprint(Files.readString(Path.of("../seeds/004_6760d9dcaeaa817a.txt"), StandardCharsets.UTF_8));

        assertThat(MinHasher.jaccard(a, b)).isLessThan(0.1);
    }

    private static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return hash;
    }
}
