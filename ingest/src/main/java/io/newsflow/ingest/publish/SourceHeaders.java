package io.newsflow.ingest.publish;

import io.newsflow.model.Source;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Headers every {@code news.raw} record carries about its file, UTF-8 strings, so tools can route without parsing. */
public final class SourceHeaders {

    public static final String FILE_NAME = "newsflow.source.file";
    public static final String PATH = "newsflow.source.path";
    public static final String SIZE = "newsflow.source.size";
    public static final String MODIFIED_AT = "newsflow.source.mtime";

    private SourceHeaders() {
    }

    public static Headers of(Source source) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(FILE_NAME, utf8(source.fileName()));
        headers.add(PATH, utf8(source.path()));
        headers.add(SIZE, utf8(Long.toString(source.sizeBytes())));
        headers.add(MODIFIED_AT, utf8(source.modifiedAt()));
        return headers;
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
