package io.newsflow.sink.cluster;

import io.newsflow.model.Event;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How well an article fits an event: the mean of its similarity to each article of the event (average linkage,
 * which neither a single close article nor the event's size decides).
 *
 * <p>Two articles are compared as unit vectors over their content words and entity keys, each weighed by its
 * rarity (a shared rare name or word counts far more than a shared "police"), entity keys {@code entityWeight}
 * times a word; a person's surname key is a feature too, so "Reid" meets "Tara Reid". Their cosine is the sum of
 * a text part (the words) and an entity part (the keys). The mean cosine to an event's articles is the article's
 * vector times the sum of theirs over their number, so it is read from the event summary alone
 * ({@link EventState#features()}). Dates can only lower it, by {@code timeWeight}, when they conflict with the
 * event's: stated publication dates further than {@code timeScaleDays} from the event's span, else written years
 * none of which the event writes. Two stories of one kind of happening (two earthquakes, two celebrities in rehab)
 * share the words of that kind; their names and their years tell them apart. A file modification time is no
 * evidence.
 *
 * <p>The parts of {@link Event.Score}: {@code text} and {@code entities} are the mean parts of the cosine,
 * {@code time} the agreement of dates (1 agree, 0.5 no evidence, 0 conflict) and {@code total} the similarity.
 */
public final class Scorer {

    private static final double DAY_MILLIS = 86_400_000.0;

    private final ClusterSettings settings;

    public Scorer(ClusterSettings settings) {
        this.settings = settings;
    }

    /** The article's features weighed by rarity, entity keys {@code entityWeight} times a word, of unit length. */
    public Map<String, Double> vector(Member article, ToDoubleFunction<String> idf) {
        Map<String, Double> vector = new HashMap<>();
        FeatureKeys.entities(article).forEach(feature ->
                vector.put(feature, settings.entityWeight() * idf.applyAsDouble(feature)));
        article.terms().keySet().forEach(word -> {
            String feature = FeatureKeys.term(word);
            vector.put(feature, idf.applyAsDouble(feature));
        });
        double norm = Math.sqrt(vector.values().stream().mapToDouble(value -> value * value).sum());
        if (norm > 0) {
            vector.replaceAll((feature, value) -> Math.round(value / norm * 1e5) / 1e5);
        }
        return vector;
    }

    /** Scores one article against any number of events; what depends on the article alone is worked out once. */
    public ArticleScorer forArticle(Member article, ToDoubleFunction<String> idf) {
        return new ArticleScorer(article, vector(article, idf));
    }

    /** One article, its {@link #vector} laid out for reading against each candidate event's summary. */
    public final class ArticleScorer {

        private final Member article;
        private final Map<String, Double> vector;
        /** The vector's features, weights and kinds, in the vector's own order so that sums come out the same. */
        private final String[] features;
        private final double[] weights;
        private final boolean[] entity;

        private ArticleScorer(Member article, Map<String, Double> vector) {
            this.article = article;
            this.vector = vector;
            this.features = new String[vector.size()];
            this.weights = new double[vector.size()];
            this.entity = new boolean[vector.size()];
            int i = 0;
            for (Map.Entry<String, Double> feature : vector.entrySet()) {
                features[i] = feature.getKey();
                weights[i] = feature.getValue();
                entity[i] = FeatureKeys.isEntity(feature.getKey());
                i++;
            }
        }

        /** The article's {@link Scorer#vector}, as its event summary will add it. */
        public Map<String, Double> vector() {
            return vector;
        }

        /**
         * @param containment shingle containment of the article in its closest copy within the event, 0 if none;
         *                    shown as the text part when higher
         */
        public Event.Score score(EventState event, double containment) {
            int size = Math.max(1, event.size());
            Map<String, Double> summed = event.features();
            double text = 0;
            double entities = 0;
            for (int i = 0; i < features.length; i++) {
                Double sum = summed.get(features[i]);
                if (sum != null) {
                    if (entity[i]) {
                        entities += weights[i] * sum;
                    } else {
                        text += weights[i] * sum;
                    }
                }
            }
            text /= size;
            entities /= size;
            int time = time(article.publishedMillis(), article.publishedMillis(), article.years(),
                    event.earliestPublished(), event.latestPublished(), event.years());
            return new Event.Score(round(Math.max(containment, text)), round(entities), round((time + 1) / 2.0),
                    round(Math.min(1.0, (text + entities) * factor(time))));
        }
    }

    /** The mean similarity over every pair of articles of two events: whether they tell one happening. */
    public double similarity(EventState a, EventState b) {
        Map<String, Double> small = a.features().size() <= b.features().size() ? a.features() : b.features();
        Map<String, Double> large = small == a.features() ? b.features() : a.features();
        double dot = 0;
        for (Map.Entry<String, Double> feature : small.entrySet()) {
            Double other = large.get(feature.getKey());
            if (other != null) {
                dot += feature.getValue() * other;
            }
        }
        long pairs = (long) a.size() * b.size();
        int time = time(a.earliestPublished(), a.latestPublished(), a.years(),
                b.earliestPublished(), b.latestPublished(), b.years());
        return pairs == 0 ? 0 : Math.min(1.0, dot / pairs * factor(time));
    }

    /**
     * +1 when two sides' dates agree, -1 when they conflict, 0 without evidence on both: stated publication dates
     * agree when their spans come within {@code timeScaleDays}, else written years when the two share one.
     */
    private int time(Long earliestA, Long latestA, Collection<String> yearsA, Long earliestB, Long latestB,
                     Collection<String> yearsB) {
        if (earliestA != null && earliestB != null) {
            double gapDays = Math.max(0, Math.max(earliestA - latestB, earliestB - latestA)) / DAY_MILLIS;
            return gapDays <= settings.timeScaleDays() ? 1 : -1;
        }
        if (yearsA.isEmpty() || yearsB.isEmpty()) {
            return 0;
        }
        for (String year : yearsA) {
            if (yearsB.contains(year)) {
                return 1;
            }
        }
        return -1;
    }

    /**
     * Conflicting dates lower a similarity; agreeing ones leave it as it is: stories of one week all share their
     * year and dates, so agreement tells little, while a story of another year is another happening.
     */
    private double factor(int time) {
        return time < 0 ? 1 - settings.timeWeight() : 1;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
