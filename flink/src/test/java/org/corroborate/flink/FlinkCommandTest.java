package org.corroborate.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line's answers that need no job: a missing input, bad options. */
class FlinkCommandTest {
    @TempDir
    Path temp;

    private int run(ByteArrayOutputStream err, String... args) {
        PrintStream saved = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return FlinkCommand.commandLine().execute(args);
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void aMissingInputIsNamedAndNothingRuns() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String missing = temp.resolve("no-such.jsonl").toString();
        int status = run(err, "--input", missing, "--db", temp.resolve("x.db").toString());
        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("corroborate: " + missing + ": error: no such file or directory");
        assertThat(temp.resolve("x.db")).doesNotExist();
    }

    @Test
    void badOptionsAreRefusedBeforeAnythingStarts() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String examples = org.corroborate.testing.SharedData.repositoryRoot().resolve("examples").toString();
        assertThat(run(err, "--input", examples, "--db", temp.resolve("x.db").toString(), "--batch", "0"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("a batch of at least 1");
        assertThat(run(new ByteArrayOutputStream(), "--input", examples)).isEqualTo(2);
        assertThat(temp.resolve("x.db")).doesNotExist();
    }

    @Test
    void checkpointsAreRemovedAndAFolderAlreadyGoneIsNoError() throws Exception {
        Path checkpoints = java.nio.file.Files.createDirectories(temp.resolve("chk").resolve("job").resolve("chk-6"));
        java.nio.file.Files.writeString(checkpoints.resolve("_metadata"), "state");
        FlinkCommand.deleteQuietly(temp.resolve("chk"));
        assertThat(temp.resolve("chk")).doesNotExist();
        java.io.PrintStream before = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            FlinkCommand.deleteQuietly(temp.resolve("chk")); // Flink's own cleanup got there first
        } finally {
            System.setErr(before);
        }
        assertThat(temp.resolve("chk")).doesNotExist();
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
