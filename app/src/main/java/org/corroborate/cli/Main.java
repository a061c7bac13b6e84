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
    /** Exit status for bad arguments (picocli's own for what it finds when parsing). */
    static final int BAD_ARGUMENTS = 2;
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
        // whatever follows flink (its options are the Flink job's), the command says to run it through the launcher
        cli.getSubcommands().get("flink").setUnmatchedOptionsArePositionalParams(true);
        reflow(cli);
        versions(cli, new Version());
        cli.setParameterExceptionHandler(Main::badArguments);
        cli.setExecutionStrategy(parseResult -> {
            OutputFiles.check(parseResult);
            return new CommandLine.RunLast().execute(parseResult);
        });
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

    /**
     * Every command's -V/--version prints what {@code corroborate --version} prints (generate-completion's own
     * would be picocli's version).
     */
    static void versions(CommandLine command, CommandLine.IVersionProvider version) {
        command.getCommandSpec().versionProvider(version);
        command.getSubcommands().values().forEach(sub -> versions(sub, version));
    }

    /**
     * Bad arguments: the one-line error (with picocli's "did you mean" suggestions) and where help is, not the
     * whole help after it; exit status 2.
     */
    static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        java.io.PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(command.getColorScheme().errorText(name + ": " + e.getMessage()));
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + name + " --help' for more.");
        err.flush();
        return command.getExitCodeExceptionMapper() != null ? command.getExitCodeExceptionMapper().getExitCode(e)
                : command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * Joins the lines of each command's description and footer into paragraphs (an empty line, or one that starts
     * with "Example", starts a new one), so help is wrapped at its width once: the source keeps lines of a width
     * that suits code, and help printed them each wrapped again, with a short line after every long one.
     */
    static void reflow(CommandLine command) {
        Object user = command.getCommand();
        // picocli's own commands (help, generate-completion) lay their lines out as they mean them
        if (user != null && user.getClass().getName().startsWith("org.corroborate.")) {
            CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
            usage.description(summaryFirst(paragraphs(usage.description())));
            usage.footer(paragraphs(usage.footer()));
        }
        command.getSubcommands().values().forEach(Main::reflow);
    }

    /**
     * The first sentence of the description on a line of its own: a parent's list of commands shows a command's
     * first line, which is then a whole sentence, not a paragraph nor half a line.
     */
    static String[] summaryFirst(String[] paragraphs) {
        if (paragraphs.length == 0) {
            return paragraphs;
        }
        java.util.regex.Matcher end = java.util.regex.Pattern.compile("[.] (?=\\p{Lu})").matcher(paragraphs[0]);
        if (!end.find()) {
            return paragraphs;
        }
        java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of(paragraphs));
        lines.set(0, paragraphs[0].substring(end.end()));
        lines.add(0, paragraphs[0].substring(0, end.start() + 1));
        return lines.toArray(String[]::new);
    }

    static String[] paragraphs(String[] lines) {
        java.util.List<String> joined = new java.util.ArrayList<>();
        for (String line : lines) {
            // an indented line (a command to copy) stands as written, and so does the line after it
            String previous = joined.isEmpty() ? "" : joined.get(joined.size() - 1);
            boolean starts = joined.isEmpty() || line.isEmpty() || line.startsWith("Example")
                    || line.startsWith(" ") || previous.isEmpty() || previous.startsWith(" ");
            if (starts) {
                joined.add(line);
            } else {
                joined.set(joined.size() - 1, joined.get(joined.size() - 1) + " " + line.strip());
            }
        }
        return joined.toArray(String[]::new);
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
