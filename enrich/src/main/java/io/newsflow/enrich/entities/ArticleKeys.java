package io.newsflow.enrich.entities;

import io.newsflow.model.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives each mention of one article its key. A person named by one word takes the key of the nearest person
 * named in full earlier in the article whose surname sounds the same ("Zelensky" after "Volodymyr Zelensky"),
 * else of the first one named later (a headline names people by surname before the body names them in full).
 */
final class ArticleKeys {

    private ArticleKeys() {
    }

    static List<String> of(String text, List<Span> spans) {
        List<String> keys = new ArrayList<>(spans.size());
        List<List<String>> codes = new ArrayList<>(spans.size());
        for (Span span : spans) {
            List<String> nameCodes = NameKey.codes(span.nameForKey(text));
            codes.add(nameCodes);
            keys.add(NameKey.of(span.type(), nameCodes));
        }
        for (int i = 0; i < spans.size(); i++) {
            if (spans.get(i).type() == EntityType.PERSON && codes.get(i).size() == 1) {
                int fullName = fullNameFor(spans, codes, i);
                if (fullName >= 0) {
                    keys.set(i, keys.get(fullName));
                }
            }
        }
        return keys;
    }

    private static int fullNameFor(List<Span> spans, List<List<String>> codes, int surname) {
        for (int i = surname - 1; i >= 0; i--) {
            if (isFullNameWithSurname(spans.get(i), codes.get(i), codes.get(surname).get(0))) {
                return i;
            }
        }
        for (int i = surname + 1; i < spans.size(); i++) {
            if (isFullNameWithSurname(spans.get(i), codes.get(i), codes.get(surname).get(0))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isFullNameWithSurname(Span span, List<String> codes, String surname) {
        return span.type() == EntityType.PERSON && codes.size() > 1 && codes.get(codes.size() - 1).equals(surname);
    }
}
