package io.newsflow.runtime.ops;

/** What a process reports about itself to an orchestrator: whether to restart it, whether to send it work. */
public interface Health {

    /** False when the process cannot recover by itself and should be restarted. */
    boolean live();

    /** True when the process is doing its work (watching its folder, or its Streams client is RUNNING). */
    boolean ready();

    /** A short human-readable state, e.g. the Kafka Streams state or the watcher's. */
    String detail();
}
