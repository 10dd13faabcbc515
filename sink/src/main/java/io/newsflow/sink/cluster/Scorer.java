package io.newsflow.sink.cluster;

import io.newsflow.model.Event;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How well an article fits an event, each part between 0 and 1.
 *
 * <ul>
 *   <li>text: the article's content words, weighted by count and rarity, found in the event, each counted by the
 *   share of the event's articles that use it; or, for a copy, the shingle containment if that is higher;</li>
 *   <li>entities: the same over entity keys, so a shared rare name counts far more than a shared "United States";</li>
 *   <li>time: closeness of stated publication dates, or the share of written dates also written in the event. When
 *   neither side states a date the part is absent and the total is taken over text and entities alone: a file
 *   modification time must not keep apart articles whose text and entities agree.</li>
 * </ul>
 */
public final class Scorer {

    private static final double DAY_MILLIS = 86_400_000.0;

    private final ClusterSettings settings;

    public Scorer(ClusterSettings settings) {
        this.settings = settings;
    }

    /**
     * @param idf         rarity of a feature (see {@link FeatureKeys}), higher for rarer
     * @param containment shingle containment of the article in its closest copy within the event, 0 if none
     */
    public Event.Score score(Member article, EventState event, ToDoubleFunction<String> idf, double containment) {
        return forArticle(article, idf).score(event, containment);
    }

    /** Scores one article against any number of events; what depends on the article alone is worked out once. */
    public ArticleScorer forArticle(Member article, ToDoubleFunction<String> idf) {
        return new ArticleScorer(article, idf);
    }

    /** One article, ready to be scored against its candidate events. */
    public final class ArticleScorer {

        private final Member article;
        private final Map<String, Double> termWeights = new HashMap<>();
        private final Map<String, Double> entityWeights = new HashMap<>();
        private final List<String> terms = new ArrayList<>();
        private final List<String> entities = new ArrayList<>();

        private ArticleScorer(Member article, ToDoubleFunction<String> idf) {
            this.article = article;
            article.terms().forEach((word, count) -> termWeights.put(FeatureKeys.term(word),
                    Member.termWeight(count, idf, word)));
            article.entities().forEach(entity -> entityWeights.put(FeatureKeys.entity(entity.key()),
                    idf.applyAsDouble(FeatureKeys.entity(entity.key()))));
            for (String feature : FeatureKeys.of(article)) {
                if (FeatureKeys.isTerm(feature)) {
                    terms.add(feature);
                } else if (FeatureKeys.isEntity(feature)) {
                    entities.add(feature);
                }
            }
        }

        /** @param containment shingle containment of the article in its closest copy within the event, 0 if none */
        public Event.Score score(EventState event, double containment) {
            int size = event.size();
            double text = Math.max(containment, both(covered(termWeights, event, size),
                    coverage(event, terms, event.termWeight())));
            double shared = both(covered(entityWeights, event, size),
                    coverage(event, entities, event.entityWeight()));

            Double time = time(article, event);
            double weights = settings.textWeight() + settings.entityWeight()
                    + (time == null ? 0 : settings.timeWeight());
            double total = (settings.textWeight() * text + settings.entityWeight() * shared
                    + (time == null ? 0 : settings.timeWeight() * time)) / weights;
            return new Event.Score(round(text), round(shared), time == null ? 0 : round(time), round(total));
        }
    }

    /** The mean of both directions, so a short article and a long event neither favours nor hurts the match. */
    private static double both(double articleCovered, double eventCovered) {
        return (articleCovered + eventCovered) / 2;
    }

    /** Weighted share of the article's features found in the event, each by the share of its articles using it. */
    private static double covered(Map<String, Double> weights, EventState event, int size) {
        double total = 0;
        double found = 0;
        for (Map.Entry<String, Double> feature : weights.entrySet()) {
            total += feature.getValue();
            found += feature.getValue() * event.articlesWith(feature.getKey()) / size;
        }
        return total == 0 ? 0 : found / total;
    }

    /**
     * Weighted share of the event's features, as weighed when each article joined, that the article has.
     *
     * @param features the article's features of one kind
     * @param total    the weight of all the event's features of that kind
     */
    private static double coverage(EventState event, List<String> features, double total) {
        double found = 0;
        for (String feature : features) {
            found += event.weightOf(feature);
        }
        return total == 0 ? 0 : found / total;
    }

    private Double time(Member article, EventState event) {
        Double closeness = null;
        Set<String> eventDays = event.days();
        if (article.publishedMillis() != null && event.earliestPublished() != null) {
            long at = article.publishedMillis();
            long earliest = event.earliestPublished();
            long latest = event.latestPublished();
            double gapDays = at < earliest ? (earliest - at) / DAY_MILLIS : at > latest ? (at - latest) / DAY_MILLIS : 0;
            closeness = Math.max(0, 1 - Math.max(0, gapDays - 1) / settings.timeScaleDays());
        }
        Double shared = null;
        if (!article.days().isEmpty() && !eventDays.isEmpty()) {
            long common = article.days().stream().filter(eventDays::contains).count();
            shared = (double) common / article.days().size();
        }
        if (closeness == null) {
            return shared;
        }
        return shared == null ? closeness : Math.max(closeness, shared);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
