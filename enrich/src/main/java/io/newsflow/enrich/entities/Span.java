package io.newsflow.enrich.entities;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsflow.model.EntityType;

import java.util.List;

/**
 * A mention while it is being refined: its tokens (offsets into the whole text), its type, and the name its key
 * is made from, which is the mention itself except for a nationality adjective (keyed by its place).
 */
record Span(List<CoreLabel> tokens, EntityType type, String keyName) {

    Span(List<CoreLabel> tokens, EntityType type) {
        this(tokens, type, null);
    }

    int start() {
        return tokens.get(0).beginPosition();
    }

    int end() {
        return tokens.get(tokens.size() - 1).endPosition();
    }

    String text(String document) {
        return document.substring(start(), end());
    }

    String nameForKey(String document) {
        return keyName != null ? keyName : text(document);
    }

    Span withType(EntityType newType) {
        return new Span(tokens, newType, keyName);
    }
}
