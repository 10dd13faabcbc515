package io.newsflow.ingest.read;

import io.newsflow.model.RawArticle;
import java.util.List;
import java.util.Optional;

/**
 * What reading one file gave: the articles, the parts that could not be read (bad lines of a JSON Lines file), or
 * the rejection of the whole file. A file with articles and part errors is published and its errors reported.
 *
 * @param articles   the articles read, in file order; empty when rejected
 * @param partErrors one line per unreadable part, e.g. {@code line 3: malformed JSON: ...}
 * @param rejection  set only when the file gave no article at all
 */
public record ReadResult(List<RawArticle> articles, List<String> partErrors, Rejection rejection) {

    public ReadResult {
        articles = List.copyOf(articles);
        partErrors = List.copyOf(partErrors);
        if (rejection == null && articles.isEmpty()) {
            throw new IllegalArgumentException("a result without articles must carry its rejection");
        }
    }

    static ReadResult of(List<RawArticle> articles, List<String> partErrors) {
        return new ReadResult(articles, partErrors, null);
    }

    static ReadResult rejected(Rejection rejection) {
        return new ReadResult(List.of(), List.of(), rejection);
    }

    public boolean isRejected() {
        return rejection != null;
    }

    public Optional<Rejection> rejectionIfAny() {
        return Optional.ofNullable(rejection);
    }
}
