package org.corroborate.flink;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.LocalStreamEnvironment;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.corroborate.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code corroborate flink}: the stages as a Flink job, in an embedded MiniCluster or submitted with flink run. */
@Command(name = "corroborate flink", mixinStandardHelpOptions = true, version = "corroborate flink 0.1.0",
        description = {"Reads, analyses, clusters and stores articles as an Apache Flink job, briefs",
                "included, into the store serve reads (serve --db on the same database shows the",
                "stories). Run by ./corroborate, it starts an embedded MiniCluster here; the job",
                "jar flink/target/corroborate-flink.jar takes the same options under flink run."},
        footer = {"", "Analysis runs on --parallelism tasks; duplicates, stories and the store on one.",
                "State is checkpointed every --checkpoint-ms: a failed task restarts from the last",
                "checkpoint, and articles already stored are not stored again. See docs/flink.md.",
                "Exit status 1 when an input is missing, 2 for bad options, 3 when the job failed."})
final class FlinkCommand implements Callable<Integer> {
    @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH", description = "Files or "
            + "directories (any format analyze reads; on HDFS or S3, JSON Lines and feeds).")
    List<String> inputs;

    @Option(names = "--db", required = true, paramLabel = "PATH|URL", description = "The store: an SQLite file or a "
            + "JDBC URL (jdbc:postgresql://... for a cluster), as for serve --db.")
    String db;

    @Option(names = "--parallelism", paramLabel = "N", description = "Analysis and brief tasks (default: the cores "
            + "here, or the cluster's default under flink run).")
    Integer parallelism;

    @Option(names = "--monitor", paramLabel = "SECONDS", description = "Watch the inputs for new files every SECONDS"
            + " and never end (briefs are rebuilt once a story is quiet for --debounce-ms).")
    Long monitorSeconds;

    @Option(names = "--checkpoint-ms", defaultValue = "10000", description = "Checkpoint interval (default: "
            + "${DEFAULT-VALUE}).")
    long checkpointMillis;

    @Option(names = "--checkpoint-dir", paramLabel = "URI", description = "Where checkpoints go (file:///..., "
            + "s3://..., hdfs://...; default: the cluster's execution.checkpointing.dir, or a temporary folder in "
            + "the MiniCluster).")
    String checkpointDir;

    @Option(names = "--batch", defaultValue = "" + JobConfig.DEFAULT_BATCH, description = "Articles analysed "
            + "together (default: ${DEFAULT-VALUE}, as analyze).")
    int batch;

    @Option(names = "--reorder", defaultValue = "" + JobConfig.DEFAULT_REORDER, description = "Articles buffered to "
            + "assign in order of publication, as for cluster (default: ${DEFAULT-VALUE}; lower it for live feeds).")
    int reorder;

    @Option(names = "--window-days", defaultValue = "30", description = "Days a story stays active without news "
            + "(default: ${DEFAULT-VALUE}).")
    double windowDays;

    @Option(names = "--no-briefs", description = "Store articles and stories only; serve builds the missing briefs "
            + "when it starts.")
    boolean noBriefs;

    @Option(names = "--debounce-ms", defaultValue = "2000", description = "With --monitor: how long a story is quiet "
            + "before its brief is rebuilt (default: ${DEFAULT-VALUE}).")
    long debounceMillis;

    @Option(names = "--restarts", defaultValue = "3", description = "Restarts from the last checkpoint before the "
            + "job fails (default: ${DEFAULT-VALUE}).")
    int restarts;

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new FlinkCommand());
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("corroborate: internal error: " + e);
            if (System.getenv("CORROBORATE_DEBUG") != null) {
                e.printStackTrace(command.getErr());
            }
            return 3;
        });
        return cli;
    }

    @Override
    public Integer call() throws Exception {
        if (parallelism != null && parallelism < 1 || monitorSeconds != null && monitorSeconds < 1 || restarts < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--parallelism, --monitor must be at least 1, --restarts at least 0");
        }
        List<String> present = new ArrayList<>();
        boolean missing = false;
        for (String input : inputs) {
            boolean local = !input.matches("^[a-zA-Z][a-zA-Z0-9+.-]+://.*");
            if (local && !Files.exists(Path.of(input))) {
                System.err.println("corroborate: " + input + ": error: no such file or directory");
                missing = true;
            } else {
                present.add(input);
            }
        }
        if (present.isEmpty()) {
            return 1;
        }
        JobConfig config;
        try {
            config = new JobConfig(present, db, Optional.ofNullable(monitorSeconds).map(Duration::ofSeconds),
                    checkpointMillis, batch, reorder, windowDays, !noBriefs, debounceMillis);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
        Configuration settings = new Configuration();
        settings.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        settings.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, restarts);
        settings.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(settings);
        Path temporary = null;
        if (checkpointDir == null && env instanceof LocalStreamEnvironment) {
            temporary = Files.createTempDirectory("corroborate-checkpoints");
            checkpointDir = temporary.toUri().toString();
        }
        if (checkpointDir != null) {
            // articles waiting for their turn outgrow the 5 MB a checkpoint may hold in the JobManager
            settings.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            settings.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, checkpointDir);
            env.configure(settings);
        }
        if (parallelism != null) {
            env.setParallelism(parallelism);
        }
        CorroborateJob.build(env, config);
        long before;
        try {
            before = count();
        } catch (IllegalArgumentException | org.corroborate.store.StoreException e) {
            // the store's message may quote the URL: no password on the terminal
            System.err.println(("corroborate: " + db + ": error: " + e.getMessage())
                    .replaceAll("(?i)(password=)[^&\\s]*", "$1***"));
            return 3;
        }
        long start = System.nanoTime();
        org.apache.flink.api.common.JobExecutionResult result;
        try {
            result = env.execute("corroborate " + String.join(" ", present));
        } catch (Exception e) {
            deleteQuietly(temporary);
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            System.err.println("corroborate: error: the job failed: " + cause);
            return 3;
        }
        deleteQuietly(temporary);
        double seconds = (System.nanoTime() - start) / 1e9;
        long stored = count() - before;
        double net = result.getNetRuntime() / 1e3;
        System.err.printf(Locale.ROOT, "corroborate: %d articles stored in %.1f s, %.1f articles/s (the job alone: "
                + "%.1f s, %.1f articles/s; parallelism %d)%n", stored, seconds, stored / seconds, net, stored / net,
                env.getParallelism());
        return missing ? 1 : 0;
    }

    /**
     * Removes the checkpoints of an embedded run: nothing can resume from them once the command ends. Flink may
     * still be removing old checkpoints itself when the job returns, so a file or folder that vanishes during the
     * walk is passed by, not an error.
     */
    static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file,
                                                               java.nio.file.attribute.BasicFileAttributes attributes)
                        throws java.io.IOException {
                    Files.deleteIfExists(file);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, java.io.IOException e)
                        throws java.io.IOException {
                    if (e instanceof java.nio.file.NoSuchFileException) {
                        return java.nio.file.FileVisitResult.CONTINUE; // removed by Flink meanwhile
                    }
                    throw e;
                }

                @Override
                public java.nio.file.FileVisitResult postVisitDirectory(Path dir, java.io.IOException e)
                        throws java.io.IOException {
                    if (e != null && !(e instanceof java.nio.file.NoSuchFileException)) {
                        throw e;
                    }
                    try {
                        Files.deleteIfExists(dir);
                    } catch (java.nio.file.DirectoryNotEmptyException refilled) {
                        // Flink wrote into it meanwhile: left for the temporary folder's cleaner
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (java.nio.file.NoSuchFileException gone) {
            // already removed
        } catch (java.io.IOException e) {
            System.err.println("corroborate: " + folder + ": warning: checkpoints not removed: " + e.getMessage());
        }
    }

    private long count() {
        Store store = SharedStores.acquire(db);
        try {
            return store.articleCount();
        } finally {
            SharedStores.release(db);
        }
    }
}
