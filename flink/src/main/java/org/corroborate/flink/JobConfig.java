package org.corroborate.flink;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the job reads, where it writes, and how it runs; shipped to every task with the job graph.
 *
 * @param inputs files and directories (local paths or any URI Flink's file systems read)
 * @param db the store: an SQLite file or a JDBC URL, as {@code serve --db} takes it
 * @param monitor when present, inputs are watched for new files at this interval and the job never ends
 * @param checkpointMillis how often state is checkpointed
 * @param batch articles analysed together (names are resolved and reference dates inferred within a batch)
 * @param reorder articles held back to assign in order of publication, as {@code cluster --reorder}
 * @param windowDays how long a story stays active without news, as {@code cluster --window-days}
 * @param briefs whether briefs are built (else {@code serve} builds them when it starts)
 * @param briefDebounceMillis with {@code monitor}: how long a story stays quiet before its brief is rebuilt
 */
record JobConfig(List<String> inputs, String db, Optional<Duration> monitor, long checkpointMillis, int batch,
                 int reorder, double windowDays, boolean briefs, long briefDebounceMillis) implements Serializable {
    static final int DEFAULT_BATCH = 256;
    static final int DEFAULT_REORDER = 10_000;

    JobConfig {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(monitor, "monitor");
        if (inputs.isEmpty() || checkpointMillis < 10 || batch < 1 || reorder < 0 || !(windowDays > 0)
                || briefDebounceMillis < 0) {
            throw new IllegalArgumentException("give at least one input, checkpoints at least 10 ms apart, a batch of "
                    + "at least 1, --reorder at least 0 and --window-days above 0");
        }
    }

    /** Bounded inputs, checkpoints every 10 s, batches and buffers as {@code analyze} and {@code cluster} use. */
    static JobConfig of(List<String> inputs, String db) {
        return new JobConfig(inputs, db, Optional.empty(), 10_000, DEFAULT_BATCH, DEFAULT_REORDER, 30, true, 2_000);
    }

    JobConfig withCheckpointMillis(long value) {
        return new JobConfig(inputs, db, monitor, value, batch, reorder, windowDays, briefs, briefDebounceMillis);
    }

    JobConfig withBatch(int value) {
        return new JobConfig(inputs, db, monitor, checkpointMillis, value, reorder, windowDays, briefs,
                briefDebounceMillis);
    }

    JobConfig withReorder(int value) {
        return new JobConfig(inputs, db, monitor, checkpointMillis, batch, value, windowDays, briefs,
                briefDebounceMillis);
    }

    JobConfig withBriefs(boolean value) {
        return new JobConfig(inputs, db, monitor, checkpointMillis, batch, reorder, windowDays, value,
                briefDebounceMillis);
    }
}
