package io.newsflow.enrich;

import io.newsflow.enrich.language.LanguageSettings;

/** One enricher for all tests of a JVM: its models take seconds and some 90 MB to load. */
final class SharedEnricher {

    private static final class Holder {
        private static final Enricher ENRICHER = Enricher.create(LanguageSettings.defaults());
    }

    private SharedEnricher() {
    }

    static Enricher get() {
        return Holder.ENRICHER;
    }
}
