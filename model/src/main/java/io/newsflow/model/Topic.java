package io.newsflow.model;

import java.util.Objects;
import org.apache.kafka.common.serialization.Serde;

/** A topic: its name and the serdes of its keys and values, defined together so they cannot disagree. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keySerde, "keySerde");
        Objects.requireNonNull(valueSerde, "valueSerde");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a topic name must not be blank");
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
