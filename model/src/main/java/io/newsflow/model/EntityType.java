package io.newsflow.model;

/** Kinds of named entities. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC
}
