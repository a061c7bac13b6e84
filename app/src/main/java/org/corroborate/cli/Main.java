package org.corroborate.cli;

import org.corroborate.Corroborate;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code corroborate} command line. */
@Command(name = "corroborate",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns many news reports of the same events into one cross-checked account.",
        subcommands = {BriefCommand.class, AnalyzeCommand.class, ClusterCommand.class, ServeCommand.class, IngestCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class, FlinkPointer.class, AutoComplete.GenerateCompletion.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit status: 0 success; 1 some input was rejected; 2 bad arguments; 3 internal error."})
public final class Main implements Runnable {
    /** Exit status when any input was rejected. */
    static final int INPUT_REJECTED = 1;
    /** Exit status for an unexpected failure. */
    static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        cli.setExecutionExceptionHandler((e, command, parseResult) -> {
            command.getErr().println("corroborate: internal error: " + e
                    + " (please report it with the command that caused it; CORROBORATE_DEBUG=1 shows where)");
            if (System.getenv("CORROBORATE_DEBUG") != null) {
                e.printStackTrace(command.getErr());
            }
            return INTERNAL_ERROR;
        });
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"corroborate " + Corroborate.version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
