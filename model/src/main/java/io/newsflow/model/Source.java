package io.newsflow.model;

/**
 * Where an article came from: the file as ingest found it.
 *
 * @param path        path relative to the watched folder, with {@code /} separators
 * @param fileName    base name of the file
 * @param sizeBytes   size of the file in bytes as read
 * @param modifiedAt  the file's modification time, ISO-8601 UTC
 * @param receivedAt  when ingest read the file, ISO-8601 UTC
 * @param contentType detected content type, e.g. {@code text/plain}, {@code text/html}, {@code application/json}
 * @param charset     the charset the bytes were decoded with
 */
public record Source(
        String path,
        String fileName,
        long sizeBytes,
        String modifiedAt,
        String receivedAt,
        String contentType,
        String charset) {
}
