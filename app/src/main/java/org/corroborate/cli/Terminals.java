package org.corroborate.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether the standard streams are terminals, for deciding on a progress bar. */
final class Terminals {
    private Terminals() {
    }

    /** True when file descriptor {@code fd} is a terminal; false when unknown. */
    static boolean isTerminal(int fd) {
        Path link = Path.of("/proc/self/fd/" + fd);
        try {
            String target = Files.readSymbolicLink(link).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }

    /**
     * A progress bar goes to standard error when it is a terminal and the results go elsewhere (a file or a pipe):
     * never in logs, pipes or CI, and never mixed into results printed on the same screen.
     */
    static boolean wantProgress() {
        return System.getenv("CI") == null && isTerminal(2) && !isTerminal(1);
    }
}
