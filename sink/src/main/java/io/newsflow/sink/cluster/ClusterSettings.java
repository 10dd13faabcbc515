package io.newsflow.sink.cluster;

/**
 * The knobs of the clustering decision, read once from the sink configuration.
 *
 * @param nearDuplicateContainment estimated shingle containment at or above which two articles are copies
 * @param joinThreshold            total score at or above which an article joins an event as related
 * @param mergeThreshold           similarity of two events (see {@link Scorer#similarity}) at or above which the
 *                                 event an article joined takes the other in
 * @param entityWeight             weight of an entity key against a content word in an article's vector
 * @param timeWeight               share by which conflicting dates lower a similarity
 * @param timeScaleDays            most days between two stated publication dates that still agree
 * @param lshRowsPerBand           MinHash values per LSH band
 * @param candidateKeys            rarest features of an article used to look up candidate events
 * @param candidateEvents          most candidate events scored per article
 * @param eventIdleMillis          an event idle this long leaves the indexes
 */
public record ClusterSettings(
        double nearDuplicateContainment,
        double joinThreshold,
        double mergeThreshold,
        double entityWeight,
        double timeWeight,
        int timeScaleDays,
        int lshRowsPerBand,
        int candidateKeys,
        int candidateEvents,
        long eventIdleMillis) {
}
