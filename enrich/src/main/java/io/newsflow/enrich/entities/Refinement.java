package io.newsflow.enrich.entities;

/**
 * Corrections applied on top of the CRF's output, one per systematic fault, in this order. Each can be turned off
 * so that the evaluation measures what it adds; {@link EntityRecognizer#EntityRecognizer()} applies them all.
 */
enum Refinement {
    /** A pronoun is never a named mention. */
    PRONOUNS,
    /** Time-zone abbreviations ("16:00 UTC") are not organizations. */
    TIME_ZONES,
    /** A job title folded into a name is cut out: "CEO Steve Jobs" becomes the person "Steve Jobs". */
    TITLES,
    /**
     * A line break ends a sentence, so a headline or caption never runs into the next line. Measured after
     * {@link #TITLES}: a headline alone is where the CRF folds a title into a name ("Apple Inc. CEO Steve Jobs").
     */
    LINE_BREAKS,
    /** A name cut at a particle is joined: "Musaad bin Mohammad al-Aiban", "Mohammed bin Salman". */
    NAME_PARTICLES,
    /** A name ending in a facility word ("Diriyah Palace", "Changi International Airport") is a location. */
    FACILITIES,
    /** A nationality adjective ("Russian") is a location keyed by its place ("Russia"). */
    DEMONYMS,
    /** A known place typed as a person or misc ("Kyiv") is a location, unless it is part of a person's name here. */
    PLACES,
    /** One name has one type in one article: the majority type wins; a person's surname alone is that person. */
    CONSISTENCY,
    /** A person's surname alone that the CRF missed ("Jobs" after "Steve Jobs") is that person. */
    SURNAMES
}
