package org.corroborate.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * Lists {@code flink} among the commands. The launcher script runs the Flink job itself, on the flink module's class
 * path (Flink stays off this one); this class only answers when the command line is started without the launcher.
 */
@Command(name = "flink", description = {"Runs the same stages as an Apache Flink job: in an embedded MiniCluster",
        "(./corroborate flink --input PATH --db URL [--parallelism N]) or as flink/target/corroborate-flink.jar",
        "on a Flink cluster (docs/flink.md). Options: ./corroborate flink --help."})
final class FlinkPointer implements Callable<Integer> {
    @Parameters(hidden = true)
    List<String> ignored = List.of();

    @Override
    public Integer call() {
        System.err.println("corroborate: flink runs through the launcher script, on the flink module's class path: "
                + "./corroborate flink --help (docs/flink.md)");
        return 2;
    }
}
