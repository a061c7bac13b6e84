package org.corroborate.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code corroborate bench}: benchmarks to run and compare, never tests that pass or fail on time. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks on generated corpora: throughput, cost per article and heap.",
        subcommands = {BenchAnalyzeCommand.class, BenchClusterCommand.class, BenchBriefCommand.class,
            BenchServeCommand.class})
final class BenchCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
