package io.newsflow.model;

/**
 * A named entity found in the text.
 *
 * @param text  the name as written
 * @param type  what kind of entity
 * @param key   normalized key, shared by spelling variants of one name ({@code Zelensky}, {@code Zelenskyy})
 * @param start offset into the published text, inclusive
 * @param end   offset into the published text, exclusive
 */
public record EntityMention(String text, EntityType type, String key, int start, int end) {
}
