package io.newsflow.cli.run;

import java.util.Optional;

/** One stage started by {@code newsflow run}, as the run command watches it. */
interface PipelineStage extends AutoCloseable {

    String name();

    /** Whether everything the stage was given so far has been handled. */
    boolean caughtUp();

    /** What stopped the stage, if it stopped by failing. */
    Optional<Throwable> failure();

    @Override
    void close();
}
