package io.newsflow.sink.cluster;

import io.newsflow.model.Event;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Turns the clustering state of an event into the record consumers read: who came first, which articles copy
 * which, the headline and the summaries of entities and dates.
 */
public final class EventRecords {

    /** Most entities and dates listed on an event: the summary, not an index. */
    static final int SUMMARY_LIMIT = 30;

    /**
     * Earliest first: articles that state their publication date, by that date, before those with only a file
     * time; ties and file-only dates by arrival.
     */
    static final Comparator<Member> EARLIEST_FIRST = Comparator
            .comparing((Member member) -> member.publishedMillis() == null)
            .thenComparing(member -> member.publishedMillis() == null ? 0L : member.publishedMillis())
            .thenComparingLong(Member::arrival);

    private EventRecords() {
    }

    public static Event toEvent(EventState state, List<Member> members) {
        List<Member> ordered = new ArrayList<>(members);
        ordered.sort(EARLIEST_FIRST);
        Map<String, String> original = originals(ordered);
        List<Event.EventArticle> articles = new ArrayList<>();
        boolean firstTaken = false;
        for (Member member : ordered) {
            String copyOf = original.get(member.articleId());
            Event.Relation relation;
            if (!copyOf.equals(member.articleId())) {
                relation = Event.Relation.NEAR_DUPLICATE;
            } else if (!firstTaken) {
                relation = Event.Relation.FIRST;
                firstTaken = true;
            } else {
                relation = Event.Relation.RELATED;
            }
            articles.add(new Event.EventArticle(member.articleId(), member.title(), member.source(),
                    member.publishedAt(), member.language(), relation,
                    relation == Event.Relation.NEAR_DUPLICATE ? copyOf : null, member.score()));
        }
        TreeSet<String> languages = new TreeSet<>();
        ordered.forEach(member -> {
            if (member.language() != null && member.language().code() != null) {
                languages.add(member.language().code());
            }
        });
        return new Event(state.eventId(), state.version(), state.createdAt(), state.updatedAt(),
                ordered.isEmpty() ? null : ordered.get(0).title(), new ArrayList<>(languages), dates(ordered),
                entities(ordered), articles, articles.size(), null);
    }

    /** The record of an event whose articles moved to {@code survivorId}: it lists none so none is counted twice. */
    public static Event absorbed(EventState state, List<Member> members, String survivorId) {
        Event last = toEvent(state, members);
        return new Event(state.eventId(), state.version(), state.createdAt(), state.updatedAt(), last.headline(),
                last.languages(), List.of(), List.of(), List.of(), 0, survivorId);
    }

    /** For each article the earliest article of its chain of copies (itself when it copies nothing). */
    private static Map<String, String> originals(List<Member> ordered) {
        Map<String, String> parent = new HashMap<>();
        ordered.forEach(member -> parent.put(member.articleId(), member.articleId()));
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            rank.put(ordered.get(i).articleId(), i);
        }
        for (Member member : ordered) {
            if (member.nearDuplicateOf() != null && parent.containsKey(member.nearDuplicateOf())) {
                String a = root(parent, member.articleId());
                String b = root(parent, member.nearDuplicateOf());
                if (!a.equals(b)) {
                    // the earlier article roots the group, so every copy points at the earliest
                    if (rank.get(a) < rank.get(b)) {
                        parent.put(b, a);
                    } else {
                        parent.put(a, b);
                    }
                }
            }
        }
        Map<String, String> original = new HashMap<>();
        ordered.forEach(member -> original.put(member.articleId(), root(parent, member.articleId())));
        return original;
    }

    private static String root(Map<String, String> parent, String id) {
        String current = id;
        while (!parent.get(current).equals(current)) {
            current = parent.get(current);
        }
        return current;
    }

    private static List<Event.EventEntity> entities(List<Member> ordered) {
        Map<String, Member.EntityName> first = new LinkedHashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Member member : ordered) {
            for (Member.EntityName entity : member.entities()) {
                first.putIfAbsent(entity.key(), entity);
                counts.merge(entity.key(), 1, Integer::sum);
            }
        }
        return first.values().stream()
                .sorted(Comparator.comparing((Member.EntityName entity) -> -counts.get(entity.key()))
                        .thenComparing(Member.EntityName::key))
                .limit(SUMMARY_LIMIT)
                .map(entity -> new Event.EventEntity(entity.key(), entity.name(), entity.type(),
                        counts.get(entity.key())))
                .toList();
    }

    private static List<Event.EventDate> dates(List<Member> ordered) {
        Map<String, Integer> counts = new HashMap<>();
        ordered.forEach(member -> member.dateValues().forEach(value -> counts.merge(value, 1, Integer::sum)));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(SUMMARY_LIMIT)
                .map(entry -> new Event.EventDate(entry.getKey(), entry.getValue()))
                .toList();
    }
}
