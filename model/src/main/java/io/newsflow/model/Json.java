package io.newsflow.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The one JSON mapping every stage and consumer uses, so records look the same on every topic. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            // consumers must tolerate fields added after they were built: the contract only adds fields
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Json() {
    }

    /** A shared, fully configured mapper; ObjectMapper is thread-safe once configured, so do not reconfigure it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
