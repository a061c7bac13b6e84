package org.corroborate.cli;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/** Checks, before a command runs, that every {@link OutputFile} option names a file that can be written. */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Throws a ParameterException (exit status 2) naming the option, the path and why it cannot be written. */
    static void check(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.isUsageHelpRequested() || p.isVersionHelpRequested()) {
                return; // help is printed whatever else is on the line
            }
        }
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            for (OptionSpec option : p.commandSpec().options()) {
                if (option.userObject() instanceof Field field && field.isAnnotationPresent(OutputFile.class)
                        && option.getValue() instanceof Path path) {
                    String why = whyNotWritable(path);
                    if (why != null) {
                        throw new CommandLine.ParameterException(p.commandSpec().commandLine(),
                                "cannot write " + option.longestName() + " " + path + ": " + why);
                    }
                }
            }
        }
    }

    /** Why the file cannot be written (no such directory, not writable, is a directory), or null when it can. */
    static String whyNotWritable(Path path) {
        if (Files.isDirectory(path)) {
            return "it is a directory";
        }
        if (Files.exists(path)) {
            return Files.isWritable(path) ? null : "the file is not writable";
        }
        Path parent = path.toAbsolutePath().normalize().getParent();
        if (parent == null) {
            return null;
        }
        if (!Files.exists(parent)) {
            return "no such directory " + parent;
        }
        if (!Files.isDirectory(parent)) {
            return parent + " is not a directory";
        }
        return Files.isWritable(parent) ? null : "the directory " + parent + " is not writable";
    }
}
