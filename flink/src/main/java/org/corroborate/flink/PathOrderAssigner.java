package org.corroborate.flink;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.assigners.FileSplitAssigner;

/**
 * Hands out files in path order, as {@code cluster} reads a directory, so articles are numbered in the same order
 * and clustering, which depends on order, decides the same. (Flink's default assigner favours locality instead.)
 */
final class PathOrderAssigner implements FileSplitAssigner {
    private final TreeSet<FileSourceSplit> splits = new TreeSet<>(
            Comparator.comparing((FileSourceSplit s) -> s.path().toString()).thenComparing(FileSourceSplit::splitId));

    PathOrderAssigner(Collection<FileSourceSplit> initial) {
        splits.addAll(initial);
    }

    /** The provider a FileSource takes; serialisable with the job. */
    static Provider provider() {
        return PathOrderAssigner::new;
    }

    @Override
    public Optional<FileSourceSplit> getNext(String hostname) {
        return Optional.ofNullable(splits.pollFirst());
    }

    @Override
    public void addSplits(Collection<FileSourceSplit> more) {
        splits.addAll(more);
    }

    @Override
    public Collection<FileSourceSplit> remainingSplits() {
        List<FileSourceSplit> remaining = new ArrayList<>(splits);
        return remaining;
    }
}
