package org.corroborate.cli;

import java.util.function.Consumer;
import org.corroborate.ingest.InputProblem;

/** Prints every input problem to standard error as it comes and counts the inputs rejected. */
final class ProblemReport implements Consumer<InputProblem> {
    private int rejected;

    @Override
    public void accept(InputProblem problem) {
        rejected += problem.rejected() ? 1 : 0;
        System.err.println("corroborate: " + problem);
    }

    int rejected() {
        return rejected;
    }
}
