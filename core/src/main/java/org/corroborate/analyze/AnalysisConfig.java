package org.corroborate.analyze;

import java.util.Objects;
import org.corroborate.dedupe.DuplicateDetector;
import org.corroborate.ingest.ReaderConfig;

/**
 * How articles are read and analysed.
 *
 * @param batchSize articles cleaned and split together; lines an outlet repeats are found within and across batches
 * @param threads worker threads for cleaning and sentence splitting
 */
public record AnalysisConfig(ReaderConfig reader, DuplicateDetector.Config dedupe, int batchSize, int threads) {
    public static final AnalysisConfig DEFAULTS = new AnalysisConfig(ReaderConfig.DEFAULTS,
            DuplicateDetector.Config.DEFAULTS, 256, Runtime.getRuntime().availableProcessors());

    public AnalysisConfig {
        Objects.requireNonNull(reader, "reader");
        Objects.requireNonNull(dedupe, "dedupe");
        if (batchSize < 1 || threads < 1) {
            throw new IllegalArgumentException("batchSize and threads must be positive");
        }
    }

    public AnalysisConfig withReader(ReaderConfig newReader) {
        return new AnalysisConfig(newReader, dedupe, batchSize, threads);
    }

    public AnalysisConfig withThreads(int newThreads) {
        return new AnalysisConfig(reader, dedupe, batchSize, newThreads);
    }

    public AnalysisConfig withBatchSize(int newBatchSize) {
        return new AnalysisConfig(reader, dedupe, newBatchSize, threads);
    }
}
