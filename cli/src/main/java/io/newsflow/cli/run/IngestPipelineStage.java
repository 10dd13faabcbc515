package io.newsflow.cli.run;

import io.newsflow.ingest.IngestStage;
import java.util.Optional;

/** The ingest stage inside {@code newsflow run}: caught up once every file present at start has been taken. */
final class IngestPipelineStage implements PipelineStage {

    private final IngestStage stage;

    IngestPipelineStage(IngestStage stage) {
        this.stage = stage;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public boolean caughtUp() {
        return stage.initialBacklogDone();
    }

    @Override
    public Optional<Throwable> failure() {
        return Optional.empty();
    }

    @Override
    public void close() {
        stage.close();
    }
}
