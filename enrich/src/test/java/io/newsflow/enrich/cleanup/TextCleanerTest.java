package io.newsflow.enrich.cleanup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class TextCleanerTest {

    private static final Path GOLDEN = Path.of("src/test/resources/cleanup");
    private static final Path SEED_003 = Path.of("../seeds/003_c9c436f39f886739.txt");

    private final TextCleaner cleaner = new TextCleaner();

    @Test
    void shouldRemoveNavigationTailCreditAndRepeatedSubheadingFromSeed003() {
        String cleaned = cleaner.clean(read(SEED_003), "US, Russian officials begin meeting in Riyadh");

        assertThat(cleaned).isEqualTo(read(GOLDEN.resolve("seed-003.expected.txt")));
        assertThat(cleaned).doesNotContain("Popular", "Spotlight", "More from World", "Comments", "Netanyahu",
                "\nReuters\n");
        assertThat(cleaned).endsWith("long criticized by Trump.");
    }

    @TestFactory
    Stream<DynamicTest> shouldCleanEachGoldenInputToItsExpectedText() throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(path -> path.getFileName().toString().endsWith(".input.txt"))
                    .sorted()
                    .toList()
                    .stream()
                    .map(input -> {
                        String name = input.getFileName().toString().replace(".input.txt", "");
                        return DynamicTest.dynamicTest(name, () -> assertThat(
                                cleaner.clean(read(input), read(GOLDEN.resolve(name + ".title.txt"))))
                                .isEqualTo(read(GOLDEN.resolve(name + ".expected.txt"))));
                    });
        }
    }

    @Test
    void shouldKeepTheHeadlineLineThatOpensTheBody() {
        String cleaned = cleaner.clean("Talks open\n\nTalks open in Riyadh today.", "Talks open");

        assertThat(cleaned).isEqualTo("Talks open\n\nTalks open in Riyadh today.");
    }

    @Test
    void shouldLeaveCleanTextUnchanged() {
        String clean = read(GOLDEN.resolve("seed-003.expected.txt"));

        assertThat(cleaner.clean(clean, null)).isEqualTo(clean);
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
