package io.newsflow.sink.cluster;

import io.newsflow.model.Event;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * How well an article fits an event: the mean of its similarity to each article of the event (average linkage,
 * which neither a single close article nor the event's size decides).
 *
 * <p>Two articles are compared as unit vectors over their content words and entity keys, each weighed by its
 * rarity (a shared rare name or word counts far more than a shared "police"), entity keys {@code entityWeight}
 * times a word; a person's surname key is a feature too, so "Reid" meets "Tara Reid". Their cosine is the sum of
 * a text part (the words) and an entity part (the keys). Time then raises or lowers it by {@code timeWeight}: two
 * stated publication dates within {@code timeScaleDays} agree and further apart conflict; else the years the two
 * write out agree when they share one and conflict when they share none. Two stories of one kind of happening (two
 * earthquakes, two celebrities in rehab) share the words of that kind; their names and their years tell them
 * apart. A file modification time is no evidence, and a side without dates leaves the similarity as it is.
 *
 * <p>The parts of {@link Event.Score}: {@code text} and {@code entities} are the mean parts of the cosine,
 * {@code time} is the mean agreement (1 agree, 0.5 no evidence, 0 conflict) and {@code total} the mean similarity.
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

    /**
     * @param vector      the article's {@link #vector}
     * @param containment shingle containment of the article in its closest copy within the event, 0 if none; shown
     *                    as the text part when higher
     */
    public Event.Score score(Member article, Map<String, Double> vector, EventState event, double containment) {
        double text = 0;
        double entities = 0;
        double agreement = 0;
        double total = 0;
        for (Member member : event.members()) {
            Pair pair = pair(article, vector, member, member.weights());
            text += pair.text;
            entities += pair.entities;
            agreement += (pair.time + 1) / 2.0;
            total += pair.similarity(settings.timeWeight());
        }
        int size = Math.max(1, event.members().size());
        return new Event.Score(round(Math.max(containment, text / size)), round(entities / size),
                round(agreement / size), round(Math.min(1.0, total / size)));
    }

    /** The mean similarity over every pair of articles of two events: whether they tell one happening. */
    public double similarity(EventState a, EventState b) {
        double total = 0;
        for (Member x : a.members()) {
            for (Member y : b.members()) {
                total += pair(x, x.weights(), y, y.weights()).similarity(settings.timeWeight());
            }
        }
        long pairs = (long) a.members().size() * b.members().size();
        return pairs == 0 ? 0 : Math.min(1.0, total / pairs);
    }

    private Pair pair(Member a, Map<String, Double> va, Member b, Map<String, Double> vb) {
        Map<String, Double> small = va.size() <= vb.size() ? va : vb;
        Map<String, Double> large = small == va ? vb : va;
        double text = 0;
        double entities = 0;
        for (Map.Entry<String, Double> feature : small.entrySet()) {
            Double other = large.get(feature.getKey());
            if (other != null) {
                double product = feature.getValue() * other;
                if (FeatureKeys.isEntity(feature.getKey())) {
                    entities += product;
                } else {
                    text += product;
                }
            }
        }
        return new Pair(text, entities, time(a, b));
    }

    /** +1 when the two articles' dates agree, -1 when they conflict, 0 without evidence on both sides. */
    private int time(Member a, Member b) {
        if (a.publishedMillis() != null && b.publishedMillis() != null) {
            double gapDays = Math.abs(a.publishedMillis() - b.publishedMillis()) / DAY_MILLIS;
            return gapDays <= settings.timeScaleDays() ? 1 : -1;
        }
        if (a.years().isEmpty() || b.years().isEmpty()) {
            return 0;
        }
        return shareAny(a.years(), b.years()) ? 1 : -1;
    }

    private static boolean shareAny(List<String> a, List<String> b) {
        for (String value : a) {
            if (b.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private record Pair(double text, double entities, int time) {

        double similarity(double timeWeight) {
            return (text + entities) * (1 + timeWeight * time);
        }
    }
}
