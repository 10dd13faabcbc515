package io.newsflow.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Golden pages under {@code html-dates/}: each row of {@code expected.tsv} names a page and the keys it must give. */
class HtmlDateMetadataTest {

    @TestFactory
    Stream<DynamicTest> shouldReadStatedDatesOfGoldenPages() throws IOException {
        String table = resource("expected.tsv");
        return Arrays.stream(table.split("\n")).skip(1).filter(line -> !line.isBlank()).map(line -> {
            String[] columns = Arrays.copyOf(line.split("\t", -1), 4);
            return DynamicTest.dynamicTest(columns[0], () -> {
                Map<String, String> metadata = HtmlDateMetadata.extract(Jsoup.parse(resource(columns[0])));

                assertThat(metadata.getOrDefault(HtmlDateMetadata.DATE, "")).isEqualTo(columns[1]);
                assertThat(metadata.getOrDefault(HtmlDateMetadata.DATE_ORIGIN, "")).isEqualTo(columns[2]);
                assertThat(metadata.getOrDefault(HtmlDateMetadata.MODIFIED, "")).isEqualTo(columns[3]);
            });
        });
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/html-dates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
