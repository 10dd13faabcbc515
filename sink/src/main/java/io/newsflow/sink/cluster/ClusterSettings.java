package io.newsflow.sink.cluster;

/**
 * The knobs of the clustering decision, read once from the sink configuration.
 *
 * @param nearDuplicateContainment estimated shingle containment at or above which two articles are copies
 * @param joinThreshold            total score at or above which an article joins an event as related
 * @param mergeThreshold           total score at or above which an article also pulls a second event in
 * @param textWeight               weight of the text score
 * @param entityWeight             weight of the entity score
 * @param timeWeight               weight of the time score, used only when there is time evidence
 * @param timeScaleDays            days between publication dates at which the time score reaches zero
 * @param lshRowsPerBand           MinHash values per LSH band
 * @param candidateKeys            rarest features of an article used to look up candidate events
 * @param candidateEvents          most candidate events scored per article
 * @param eventIdleMillis          an event idle this long leaves the indexes
 */
public record ClusterSettings(
        double nearDuplicateContainment,
        double joinThreshold,
        double mergeThreshold,
        double textWeight,
        double entityWeight,
        double timeWeight,
        int timeScaleDays,
        int lshRowsPerBand,
        int candidateKeys,
        int candidateEvents,
        long eventIdleMillis) {
}
