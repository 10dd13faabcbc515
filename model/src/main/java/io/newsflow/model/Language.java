package io.newsflow.model;

/**
 * The language of an article.
 *
 * @param code       ISO 639-1 code, or {@code und} when it cannot be told
 * @param confidence between 0 and 1
 */
public record Language(String code, double confidence) {

    public static final String UNDETERMINED = "und";

    public static Language undetermined() {
        return new Language(UNDETERMINED, 0.0);
    }
}
