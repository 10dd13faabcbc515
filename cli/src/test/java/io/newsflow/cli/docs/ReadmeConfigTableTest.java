package io.newsflow.cli.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's configuration table true to the declarations. Run with {@code -Dnewsflow.readme.update=true}
 * to rewrite the delimited section from them.
 */
class ReadmeConfigTableTest {

    private static final Path README = Path.of("..", "README.md");

    @Test
    void shouldDocumentEveryDeclaredKeyWithItsEnvironmentVariableInTheReadme() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        List<String> missing = ConfigTable.rows().keySet().stream()
                .filter(key -> !readme.contains("`" + key + "`"))
                .toList();
        assertThat(missing).as("keys missing from %s", README.toAbsolutePath().normalize()).isEmpty();
    }

    @Test
    void shouldHoldTheTableGeneratedFromTheDeclarationsBetweenTheMarkers() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int begin = readme.indexOf(ConfigTable.BEGIN);
        int end = readme.indexOf(ConfigTable.END);
        String generated = ConfigTable.section();
        if (Boolean.getBoolean("newsflow.readme.update") && begin >= 0 && end > begin) {
            readme = readme.substring(0, begin) + generated + readme.substring(end + ConfigTable.END.length());
            Files.writeString(README, readme, StandardCharsets.UTF_8);
            end = begin + generated.length() - ConfigTable.END.length();
        }
        assertThat(begin).as("%s and %s in README.md", ConfigTable.BEGIN, ConfigTable.END).isNotNegative();
        assertThat(readme.substring(begin, end + ConfigTable.END.length()))
                .as("README table out of date; rerun with -Dnewsflow.readme.update=true")
                .isEqualTo(generated);
    }
}
