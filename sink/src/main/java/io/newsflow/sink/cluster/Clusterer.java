package io.newsflow.sink.cluster;

import io.newsflow.model.EnrichedArticle;
import io.newsflow.model.Event;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places each new article: a copy of an article already held (near-duplicate), another story of an event held
 * (related), or the first of a new event; and merges events an article shows to be one. Candidates come from the
 * indexes (LSH bands for copies, rare entity keys and words for stories), so the work per article grows with the
 * candidates found, not with the events held.
 */
public final class Clusterer {

    /** Articles read per LSH band: a band shared by more is boilerplate, not evidence of a copy. */
    static final int BAND_LIMIT = 32;
    /** Events read per feature: the rarest features of an article are looked up first. */
    static final int FEATURE_LIMIT = 64;
    /** Words of each article under which its event is indexed, besides all its entity keys. */
    static final int INDEXED_TERMS = 10;

    private static final long DAY_MILLIS = 86_400_000L;
    /** The score of the article that opens an event: it is the event. */
    private static final Event.Score FOUNDER_SCORE = new Event.Score(1, 1, 1, 1);

    private final ClusterSettings settings;
    private final ClusterStore store;
    private final Scorer scorer;

    public Clusterer(ClusterSettings settings, ClusterStore store) {
        this.settings = settings;
        this.store = store;
        this.scorer = new Scorer(settings);
    }

    /**
     * Places one article and returns the event records to publish: none when the article is already held, else
     * the next version of its event, followed by a record for each event merged into it.
     */
    public List<Event> add(EnrichedArticle article, long timestampMillis) {
        if (store.eventOf(article.id()) != null) {
            return List.of();
        }
        long arrival = store.countArticle();
        Member incoming = Member.of(article, arrival);
        Set<String> features = FeatureKeys.of(incoming);
        store.incrementDocumentFrequencies(features);
        Idf idf = new Idf(store);

        Scorer.ArticleScorer scoring = scorer.forArticle(incoming, idf);

        Map<String, EventState> events = new HashMap<>();
        Map<String, Copy> copies = findCopies(incoming, events);
        Set<String> candidates = new LinkedHashSet<>(copies.keySet());
        candidates.addAll(lookUp(features, idf, events));

        Map<String, Event.Score> scores = new LinkedHashMap<>();
        for (String eventId : candidates) {
            Copy copy = copies.get(eventId);
            scores.put(eventId, scoring.score(events.get(eventId), copy == null ? 0 : copy.containment));
        }
        Copy bestCopy = copies.values().stream()
                .filter(copy -> copy.containment >= settings.nearDuplicateContainment())
                .max(Comparator.comparingDouble((Copy copy) -> copy.containment).thenComparing(copy -> copy.eventId))
                .orElse(null);
        String target = null;
        String copyOf = null;
        if (bestCopy != null) {
            target = bestCopy.eventId;
            copyOf = bestCopy.articleId;
        } else {
            for (Map.Entry<String, Event.Score> entry : scores.entrySet()) {
                if (entry.getValue().total() >= settings.joinThreshold()
                        && (target == null || entry.getValue().total() > scores.get(target).total())) {
                    target = entry.getKey();
                }
            }
        }

        String isoTime = Instant.ofEpochMilli(timestampMillis).toString();
        List<String> keys = indexKeys(incoming, idf);
        if (target == null) {
            Member founder = incoming.placed(FOUNDER_SCORE, null, keys, scoring.vector());
            return List.of(open(founder, timestampMillis, isoTime));
        }
        Member placed = incoming.placed(scores.get(target), copyOf, keys, scoring.vector());
        return join(placed, target, linked(placed, target, scores.keySet(), copies, events), events, timestampMillis,
                isoTime);
    }

    /**
     * The other candidate events the article shows to be the target's event: those holding a copy of it, and those
     * whose articles are, on average, as close to the target's articles and the new one as an article must be to
     * join. Checking event against event, not only the article against each, lets two halves of one story that
     * grew apart before the article came meet, whatever the order of arrival.
     */
    private List<String> linked(Member placed, String target, Set<String> candidates, Map<String, Copy> copies,
                                Map<String, EventState> events) {
        EventState grown = events.get(target).with(placed);
        List<String> linked = new ArrayList<>();
        for (String eventId : candidates) {
            if (eventId.equals(target)) {
                continue;
            }
            Copy copy = copies.get(eventId);
            if (copy != null && copy.containment >= settings.nearDuplicateContainment()
                    || scorer.similarity(grown, events.get(eventId)) >= settings.mergeThreshold()) {
                linked.add(eventId);
                grown = grown.with(events.get(eventId));
            }
        }
        return linked;
    }

    /** Takes idle events out of the indexes; they stay on the events topic as they were. Returns how many. */
    public int expire(long nowMillis) {
        long cutoff = nowMillis - settings.eventIdleMillis();
        int expired = 0;
        for (String eventId : store.activeUntil(Math.floorDiv(cutoff, DAY_MILLIS))) {
            EventState event = store.event(eventId);
            if (event == null) {
                continue;
            }
            if (event.lastActiveMillis() < cutoff) {
                List<Member> members = store.members(eventId);
                unindex(event, members);
                members.forEach(member -> store.deleteArticle(member.articleId()));
                store.deleteEvent(eventId);
                expired++;
            }
        }
        return expired;
    }

    private Map<String, Copy> findCopies(Member incoming, Map<String, EventState> events) {
        Map<String, Copy> copies = new HashMap<>();
        if (incoming.minHash().isEmpty()) {
            return copies;
        }
        Set<String> compared = new HashSet<>();
        for (String band : LshBands.keys(incoming.minHash(), settings.lshRowsPerBand())) {
            for (String articleId : store.articlesInBand(band, BAND_LIMIT)) {
                if (!compared.add(articleId)) {
                    continue;
                }
                String eventId = store.eventOf(articleId);
                EventState event = eventId == null ? null : events.computeIfAbsent(eventId, store::event);
                Member member = event == null ? null : store.member(eventId, articleId);
                if (member == null) {
                    continue;
                }
                double containment = MinHashSimilarity.containment(
                        incoming.minHash(), incoming.shingleCount(), member.minHash(), member.shingleCount());
                Copy best = copies.get(eventId);
                if (best == null || containment > best.containment) {
                    copies.put(eventId, new Copy(eventId, articleId, containment));
                }
            }
        }
        return copies;
    }

    private List<String> lookUp(Set<String> features, Idf idf, Map<String, EventState> events) {
        Map<String, Double> evidence = new HashMap<>();
        features.stream()
                .filter(feature -> store.documentFrequency(feature) > 1)
                .sorted(Comparator.comparingDouble((String feature) -> -idf.applyAsDouble(feature))
                        .thenComparing(feature -> feature))
                .limit(settings.candidateKeys())
                .forEach(feature -> {
                    double weight = idf.applyAsDouble(feature);
                    store.eventsWithFeature(feature, FEATURE_LIMIT)
                            .forEach(eventId -> evidence.merge(eventId, weight, Double::sum));
                });
        List<String> ranked = evidence.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(settings.candidateEvents())
                .map(Map.Entry::getKey)
                .toList();
        List<String> loaded = new ArrayList<>(ranked.size());
        for (String eventId : ranked) {
            if (events.computeIfAbsent(eventId, store::event) != null) {
                loaded.add(eventId);
            } else {
                events.remove(eventId);
            }
        }
        return loaded;
    }

    /** Entity keys and the rarest words: the features under which other stories of the event will look it up. */
    private static List<String> indexKeys(Member member, Idf idf) {
        List<String> keys = new ArrayList<>(FeatureKeys.entities(member));
        member.terms().keySet().stream()
                .map(FeatureKeys::term)
                .sorted(Comparator.comparingDouble((String feature) -> -idf.applyAsDouble(feature))
                        .thenComparing(feature -> feature))
                .limit(INDEXED_TERMS)
                .forEach(keys::add);
        return keys;
    }

    private Event open(Member founder, long timestampMillis, String isoTime) {
        String eventId = founder.articleId().substring(0, Math.min(24, founder.articleId().length()));
        EventState event = EventState.open(eventId, isoTime, timestampMillis, founder);
        index(founder, eventId);
        store.putArticle(founder.articleId(), eventId);
        store.addActivity(Math.floorDiv(timestampMillis, DAY_MILLIS), eventId);
        store.putEvent(event);
        store.addMember(eventId, founder);
        return EventRecords.toEvent(event, List.of(founder));
    }

    private List<Event> join(Member placed, String target, List<String> linked, Map<String, EventState> events,
                             long timestampMillis, String isoTime) {
        List<String> joined = new ArrayList<>();
        joined.add(target);
        joined.addAll(linked);
        EventState survivor = joined.stream()
                .map(events::get)
                .min(Comparator.comparingLong(EventState::createdArrival))
                .orElseThrow();
        List<Member> members = new ArrayList<>(store.members(survivor.eventId()));
        EventState merged = survivor;
        List<Event> emitted = new ArrayList<>();
        List<Event> absorbedRecords = new ArrayList<>();
        for (String eventId : joined) {
            EventState other = events.get(eventId);
            if (other == survivor) {
                continue;
            }
            List<Member> moved = store.members(other.eventId());
            unindex(other, moved);
            store.deleteEvent(other.eventId());
            for (Member member : moved) {
                members.add(member);
                store.addMember(survivor.eventId(), member);
                store.putArticle(member.articleId(), survivor.eventId());
                index(member, survivor.eventId());
            }
            merged = merged.with(other);
            absorbedRecords.add(EventRecords.absorbed(other.next(isoTime, timestampMillis), moved,
                    survivor.eventId()));
        }
        members.add(placed);
        index(placed, survivor.eventId());
        store.putArticle(placed.articleId(), survivor.eventId());
        store.addMember(survivor.eventId(), placed);
        store.removeActivity(Math.floorDiv(survivor.lastActiveMillis(), DAY_MILLIS), survivor.eventId());
        long lastActive = Math.max(survivor.lastActiveMillis(), timestampMillis);
        store.addActivity(Math.floorDiv(lastActive, DAY_MILLIS), survivor.eventId());
        EventState updated = merged.with(placed).next(isoTime, lastActive);
        store.putEvent(updated);
        emitted.add(EventRecords.toEvent(updated, members));
        emitted.addAll(absorbedRecords);
        return emitted;
    }

    private void index(Member member, String eventId) {
        store.addBands(LshBands.keys(member.minHash(), settings.lshRowsPerBand()), member.articleId());
        store.addFeatures(member.indexKeys(), eventId);
    }

    private void unindex(EventState event, List<Member> members) {
        for (Member member : members) {
            store.removeBands(LshBands.keys(member.minHash(), settings.lshRowsPerBand()), member.articleId());
            store.removeFeatures(member.indexKeys(), event.eventId());
        }
        store.removeActivity(Math.floorDiv(event.lastActiveMillis(), DAY_MILLIS), event.eventId());
    }

    private record Copy(String eventId, String articleId, double containment) {
    }
}
