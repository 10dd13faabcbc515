package io.newsflow.enrich.entities;

import io.newsflow.model.EntityMention;
import io.newsflow.model.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recognizer on the seed articles: golden files of every mention ({@code seeds/<file>.entities.tsv} under
 * the test resources; rewrite them with {@code -Dnewsflow.golden.update=true} and review the diff), and what a
 * reader checks by hand.
 */
class EntityRecognizerTest {

    private static final Path GOLDEN = Path.of("src/test/resources/io/newsflow/enrich/entities/seeds");

    private static EntityRecognizer recognizer;
    private static Map<String, List<EntityMention>> seeds;

    @BeforeAll
    static void recognizeSeeds() {
        recognizer = new EntityRecognizer();
        seeds = new HashMap<>();
        for (Path file : SeedNames.files()) {
            seeds.put(file.getFileName().toString(), recognizer.find(SeedNames.read(file)));
        }
    }

    @TestFactory
    Stream<DynamicTest> shouldFindTheGoldenMentionsInEachSeed() {
        return SeedNames.files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString();
            String actual = tsv(seeds.get(name));
            Path golden = GOLDEN.resolve(name.replaceFirst("\\.txt$", ".entities.tsv"));
            if (Boolean.getBoolean("newsflow.golden.update")) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }));
    }

    @Test
    void shouldFindEveryNameAReaderWouldListWithItsType() {
        List<EntityMention> all = seeds.values().stream().flatMap(List::stream).toList();
        SeedNames.EXPECTED.forEach((name, types) -> assertThat(all)
                .as("a mention of %s typed %s", name, types)
                .anyMatch(mention -> mention.text().contains(name) && types.contains(mention.type())));
    }

    @Test
    void shouldTypeNoPlaceAsPerson() {
        List<String> persons = seeds.values().stream().flatMap(List::stream)
                .filter(mention -> mention.type() == EntityType.PERSON).map(EntityMention::text).toList();
        assertThat(persons).noneMatch(SeedNames::isPlace);
    }

    @Test
    void shouldNeverRunAMentionAcrossALineBreak() {
        assertThat(seeds.values().stream().flatMap(List::stream)).noneMatch(m -> m.text().contains("\n"));
    }

    @Test
    void shouldGiveSpellingVariantsAcrossSeedsOneKey() {
        Map<String, Set<String>> keys = seeds.values().stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(EntityMention::text,
                        Collectors.mapping(EntityMention::key, Collectors.toSet())));
        assertThat(keys.get("Sergei Lavrov")).isEqualTo(keys.get("Sergey Lavrov")).hasSize(1);
        assertThat(keys.get("Volodymyr Zelensky")).isEqualTo(keys.get("Volodymyr Zelenskyy")).hasSize(1);
        assertThat(keys.get("Musaad bin Mohammad al-Aiban")).isEqualTo(keys.get("Mosaad bin Mohammad Al-Aiban"));
    }

    @Test
    void shouldGiveASurnameAloneTheKeyOfTheFullNameInTheArticle() {
        for (List<EntityMention> article : seeds.values()) {
            Map<String, String> keyByText = new HashMap<>();
            article.forEach(mention -> keyByText.putIfAbsent(mention.text(), mention.key()));
            if (keyByText.containsKey("Volodymyr Zelensky") && keyByText.containsKey("Zelensky")) {
                assertThat(keyByText.get("Zelensky")).isEqualTo(keyByText.get("Volodymyr Zelensky"));
            }
            if (keyByText.containsKey("Volodymyr Zelenskyy") && keyByText.containsKey("Zelenskyy")) {
                assertThat(keyByText.get("Zelenskyy")).isEqualTo(keyByText.get("Volodymyr Zelenskyy"));
            }
        }
        assertThat(seeds.values().stream().flatMap(List::stream))
                .filteredOn(mention -> mention.text().equals("Zelenskyy") || mention.text().equals("Zelensky"))
                .extracting(EntityMention::key).containsOnly(NameKey.of(EntityType.PERSON, "Volodymyr Zelensky"));
    }

    @Test
    void shouldPointOffsetsAtTheMentionText() {
        for (Path file : SeedNames.files()) {
            String text = SeedNames.read(file);
            for (EntityMention mention : seeds.get(file.getFileName().toString())) {
                assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.text());
            }
        }
    }

    @Test
    void shouldFindTheSameMentionsFromManyThreadsAtOnce() throws Exception {
        List<Path> files = SeedNames.files();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<EntityMention>>> results = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                for (Path file : files) {
                    results.add(pool.submit(() -> recognizer.find(SeedNames.read(file))));
                }
            }
            for (int i = 0; i < results.size(); i++) {
                String name = files.get(i % files.size()).getFileName().toString();
                assertThat(results.get(i).get()).as(name).isEqualTo(seeds.get(name));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldFindNothingInEmptyOrBlankText() {
        assertThat(recognizer.find("")).isEmpty();
        assertThat(recognizer.find("\n \n")).isEmpty();
    }

    private static String tsv(List<EntityMention> mentions) {
        StringBuilder tsv = new StringBuilder("start\tend\ttype\ttext\tkey\n");
        for (EntityMention m : mentions) {
            tsv.append(m.start()).append('\t').append(m.end()).append('\t').append(m.type()).append('\t')
                    .append(m.text()).append('\t').append(m.key()).append('\n');
        }
        return tsv.toString();
    }

}
