package org.corroborate.flink;

import java.util.Locale;

/**
 * Counts what a task did and how long it was busy doing it, and prints that to standard error when the task ends:
 * the per-article cost of each stage, measured where it runs, which docs/flink.md sizes a cluster from. Not
 * thread-safe: one per task.
 */
final class BusyTime {
    private final String stage;
    private long count;
    private long nanos;

    BusyTime(String stage) {
        this.stage = stage;
    }

    /** Adds {@code items} done since {@code startNanos} (a System.nanoTime value). */
    void add(long items, long startNanos) {
        count += items;
        nanos += System.nanoTime() - startNanos;
    }

    /** Prints the totals, naming the task (its index of the parallel instances). */
    void report(int task, int tasks) {
        if (count > 0) {
            System.err.printf(Locale.ROOT, "corroborate: %s, task %d/%d: %d in %.1f s busy (%.3f ms each)%n", stage,
                    task + 1, tasks, count, nanos / 1e9, nanos / 1e6 / count);
        }
    }
}
