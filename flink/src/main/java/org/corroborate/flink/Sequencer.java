package org.corroborate.flink;

import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;

/**
 * Numbers articles in reading order (0, 1, 2, ...) right after the source, at parallelism 1, so clustering can put
 * them back in that order after parallel analysis. The next number is checkpointed with the source's position, so
 * a replay gives every article the number it had.
 */
final class Sequencer extends RichMapFunction<ArticleBatch, ArticleBatch> implements CheckpointedFunction {
    private static final long serialVersionUID = 1L;
    private transient ListState<Long> checkpointed;
    private long next;

    @Override
    public ArticleBatch map(ArticleBatch batch) {
        ArticleBatch numbered = batch.numbered(next);
        next += batch.lines().length;
        return numbered;
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        checkpointed.update(java.util.List.of(next));
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpointed = context.getOperatorStateStore().getListState(new ListStateDescriptor<>("next", Long.class));
        for (Long value : checkpointed.get()) {
            next = value;
        }
    }
}
