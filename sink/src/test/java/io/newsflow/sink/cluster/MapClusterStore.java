package io.newsflow.sink.cluster;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The clustering state in plain maps, so the decision can be tested without a Streams task. */
final class MapClusterStore implements ClusterStore {

    final Map<String, EventState> events = new HashMap<>();
    final Map<String, Map<String, Member>> members = new HashMap<>();
    final Map<String, String> articleEvents = new HashMap<>();
    final NavigableSet<String> bands = new TreeSet<>();
    final NavigableSet<String> features = new TreeSet<>();
    final Map<String, Long> frequencies = new HashMap<>();
    final TreeMap<Long, TreeSet<String>> activity = new TreeMap<>();
    long articles;

    @Override
    public EventState event(String eventId) {
        return events.get(eventId);
    }

    @Override
    public void putEvent(EventState event) {
        events.put(event.eventId(), event);
    }

    @Override
    public void deleteEvent(String eventId) {
        events.remove(eventId);
        members.remove(eventId);
    }

    @Override
    public List<Member> members(String eventId) {
        List<Member> found = new ArrayList<>(members.getOrDefault(eventId, Map.of()).values());
        found.sort(Comparator.comparingLong(Member::arrival));
        return found;
    }

    @Override
    public Member member(String eventId, String articleId) {
        return members.getOrDefault(eventId, Map.of()).get(articleId);
    }

    @Override
    public void addMember(String eventId, Member member) {
        members.computeIfAbsent(eventId, id -> new HashMap<>()).put(member.articleId(), member);
    }

    @Override
    public String eventOf(String articleId) {
        return articleEvents.get(articleId);
    }

    @Override
    public void putArticle(String articleId, String eventId) {
        articleEvents.put(articleId, eventId);
    }

    @Override
    public void deleteArticle(String articleId) {
        articleEvents.remove(articleId);
    }

    @Override
    public List<String> articlesInBand(String band, int limit) {
        return withPrefix(bands, band, limit);
    }

    @Override
    public void addBands(List<String> keys, String articleId) {
        keys.forEach(band -> bands.add(band + '\u001f' + articleId));
    }

    @Override
    public void removeBands(List<String> keys, String articleId) {
        keys.forEach(band -> bands.remove(band + '\u001f' + articleId));
    }

    @Override
    public List<String> eventsWithFeature(String feature, int limit) {
        return withPrefix(features, feature, limit);
    }

    @Override
    public void addFeatures(List<String> keys, String eventId) {
        keys.forEach(feature -> features.add(feature + '\u001f' + eventId));
    }

    @Override
    public void removeFeatures(List<String> keys, String eventId) {
        keys.forEach(feature -> features.remove(feature + '\u001f' + eventId));
    }

    @Override
    public long documentFrequency(String feature) {
        return frequencies.getOrDefault(feature, 0L);
    }

    @Override
    public void incrementDocumentFrequencies(Collection<String> keys) {
        keys.forEach(feature -> frequencies.merge(feature, 1L, Long::sum));
    }

    @Override
    public long articlesSeen() {
        return articles;
    }

    @Override
    public long countArticle() {
        return ++articles;
    }

    @Override
    public void addActivity(long epochDay, String eventId) {
        activity.computeIfAbsent(epochDay, day -> new TreeSet<>()).add(eventId);
    }

    @Override
    public void removeActivity(long epochDay, String eventId) {
        TreeSet<String> ids = activity.get(epochDay);
        if (ids != null) {
            ids.remove(eventId);
        }
    }

    @Override
    public List<String> activeUntil(long epochDay) {
        List<String> ids = new ArrayList<>();
        activity.headMap(epochDay, true).values().forEach(ids::addAll);
        return ids;
    }

    private static List<String> withPrefix(NavigableSet<String> index, String key, int limit) {
        String prefix = key + '\u001f';
        List<String> found = new ArrayList<>();
        for (String entry : index.tailSet(prefix, true)) {
            if (!entry.startsWith(prefix) || found.size() >= limit) {
                break;
            }
            found.add(entry.substring(prefix.length()));
        }
        return found;
    }
}
