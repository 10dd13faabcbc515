package io.newsflow.sink.cluster;

import java.util.List;

/**
 * An event as the clustering task holds it between articles.
 *
 * @param version          the version last emitted
 * @param createdArrival   arrival number of the article that opened it: the older of two merged events survives
 * @param lastActiveMillis stream time of the last article it took
 */
public record EventState(
        String eventId,
        long version,
        String createdAt,
        String updatedAt,
        long createdArrival,
        long lastActiveMillis,
        List<Member> members) {

    public EventState {
        members = members == null ? List.of() : List.copyOf(members);
    }

    public Member member(String articleId) {
        for (Member member : members) {
            if (member.articleId().equals(articleId)) {
                return member;
            }
        }
        return null;
    }
}
