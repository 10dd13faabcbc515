package io.newsflow.ingest;

/**
 * How far ingest has come since it started: files and bytes taken (published or set aside as failed) of all the
 * files it has found, plus the failures and re-dropped duplicates among them.
 *
 * @param filesDone         files published or moved to failed
 * @param filesTotal        files found so far (the start-up backlog plus arrivals)
 * @param bytesDone         bytes of the files done
 * @param bytesTotal        bytes of the files found
 * @param filesFailed       files set aside as failed
 * @param articlesPublished records acknowledged by the broker
 * @param duplicates        articles whose id had been published before (a re-dropped file)
 */
public record IngestProgress(long filesDone, long filesTotal, long bytesDone, long bytesTotal, long filesFailed,
        long articlesPublished, long duplicates) {

    public long filesWaiting() {
        return Math.max(0, filesTotal - filesDone);
    }
}
