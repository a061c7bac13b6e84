package org.corroborate.flink;

import java.util.function.UnaryOperator;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * Corroborate as an Apache Flink job: the stages of {@code serve}'s ingest, unchanged, as operators.
 *
 * <pre>
 * files (FileSource, path order) -> number (p=1) -> rebalance -> analyse + embed + fingerprint (p=N)
 *   -> duplicates + stories + related stories (p=1, checkpointed) -> store (p=1, idempotent) -> keyBy(story)
 *   -> briefs, listing the related stories (p=N)
 * </pre>
 *
 * Analysis is the cost and scales with N; clustering and storing are cheap and run once, so every article sees
 * every story, as on one machine. {@link FlinkCommand} is the command line; {@code main} lets {@code flink run}
 * submit the job jar.
 */
public final class CorroborateJob {
    private CorroborateJob() {
    }

    /** {@code flink run corroborate-flink.jar --input PATH --db URL ...}: the options of {@code corroborate flink}. */
    public static void main(String[] args) {
        System.exit(FlinkCommand.commandLine().execute(args));
    }

    /** Adds the job to an environment: checkpoints, sources, operators and sinks. */
    static void build(StreamExecutionEnvironment env, JobConfig config) {
        build(env, config, UnaryOperator.identity());
    }

    /**
     * As {@link #build(StreamExecutionEnvironment, JobConfig)}, with {@code tap} between analysis and clustering
     * (tests inject a failure there).
     */
    static void build(StreamExecutionEnvironment env, JobConfig config, UnaryOperator<DataStream<Analysed>> tap) {
        env.enableCheckpointing(config.checkpointMillis(), CheckpointingMode.EXACTLY_ONCE);
        // analysis is slow and the source fast: aligned barriers would wait behind every queued batch, so a
        // checkpoint would complete only when analysis caught up; unaligned ones pass them and store them instead
        env.getCheckpointConfig().enableUnalignedCheckpoints();
        Path[] inputs = config.inputs().stream().map(Path::new).toArray(Path[]::new);
        FileSource.FileSourceBuilder<ArticleBatch> files = FileSource.forBulkFileFormat(
                new ArticleFileFormat(config.inputs(), config.batch()), inputs);
        files.setSplitAssigner(PathOrderAssigner.provider());
        config.monitor().ifPresent(files::monitorContinuously);
        DataStream<ArticleBatch> batches = env.fromSource(files.build(), WatermarkStrategy.noWatermarks(), "files")
                .setParallelism(1).uid("files")
                .map(new Sequencer()).setParallelism(1).uid("number").name("number articles");
        DataStream<Analysed> analysed = batches.rebalance()
                .flatMap(new Analyser()).uid("analyse").name("analyse, embed, fingerprint");
        DataStream<StoryListing> grown = tap.apply(analysed)
                .keyBy(a -> 0, Types.INT)
                .process(new StoryAssigner(config.db(), config.reorder(), config.windowDays(), config.briefs()))
                .setParallelism(1).setMaxParallelism(1)
                .uid("stories").name("duplicates and stories")
                .flatMap(new StoreWriter(config.db())).setParallelism(1).uid("store").name("store articles");
        if (config.briefs()) {
            grown.keyBy(StoryListing::story, Types.LONG)
                    .process(new BriefWriter(config.db(), config.monitor().isPresent(), config.briefDebounceMillis()))
                    .uid("briefs").name("briefs")
                    .sinkTo(new DiscardingSink<>()).name("done");
        } else {
            grown.sinkTo(new DiscardingSink<>()).setParallelism(1).name("done");
        }
    }
}
