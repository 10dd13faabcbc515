package io.newsflow.enrich.entities;

import io.newsflow.model.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NameKeyTest {

    @ParameterizedTest
    @CsvSource({
            "Zelensky, Zelenskyy", "Zelensky, Zelenskiy", "Sergei Lavrov, Sergey Lavrov", "Dmitry, Dmitri",
            "Erdogan, Erdoğan", "al-Aiban, Al-Aiban", "U.S., US", "NATO, Nato"})
    void shouldGiveSpellingVariantsOneKey(String one, String other) {
        assertThat(NameKey.of(EntityType.PERSON, one)).isEqualTo(NameKey.of(EntityType.PERSON, other));
    }

    @ParameterizedTest
    @CsvSource({"Peskov, Putin", "Trump, Rubio", "Witkoff, Waltz", "EU, AU", "Bill, Paul", "Jean, John", "Lavrov, Lavrova"})
    void shouldKeepDifferentNamesApart(String one, String other) {
        assertThat(NameKey.of(EntityType.PERSON, one)).isNotEqualTo(NameKey.of(EntityType.PERSON, other));
    }

    @ParameterizedTest
    @CsvSource({"Erdoğan, erdogan", "Łódź, lodz", "Øresund, oresund", "Straße, strasse", "İzmir, izmir"})
    void shouldFoldAccentsAndCase(String name, String folded) {
        assertThat(NameKey.fold(name)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource({"Kyiv, LOCATION:KFe", "Kremlin, ORGANIZATION:KRMLNee"})
    void shouldPrefixTheType(String name, String key) {
        assertThat(NameKey.of(key.startsWith("LOCATION") ? EntityType.LOCATION : EntityType.ORGANIZATION, name))
                .isEqualTo(key);
    }
}
