package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.corroborate.extract.time.TimeExtractor;
import org.corroborate.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Time expressions on TempEval-3's training documents (TBAQ), scored as TempEval-3 does; figures are printed. */
class TempEvalTrainingTest {
    @Test
    void tbaqRelaxedSpanAndValue() throws IOException {
        Optional<Path> shared = SharedData.find();
        Assumptions.assumeTrue(shared.isPresent(), "../shared is absent: skipping TempEval-3 TBAQ");
        Path dir = shared.get().resolve("data/tempeval3-train");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".tml")).sorted().toList();
        }
        TimeExtractor extractor = new TimeExtractor();
        TimexScores total = new TimexScores(0, 0, 0, 0, 0, 0);
        for (Path file : files) {
            TimeMlDocument doc;
            try (InputStream in = Files.newInputStream(file)) {
                doc = TimeMlDocument.read(in, file.toString());
            }
            total = total.plus(TimexScores.score(doc.goldSpans(), doc.foundSpans(extractor)));
        }
        System.out.printf("TBAQ (%d documents): relaxed span F1 %.4f, value F1 %.4f, strict span F1 %.4f%n",
                files.size(), total.f1(total.relaxed()), total.f1(total.valueCorrect()), total.f1(total.strict()));
        // today's figures (0.9476 and 0.8433; issue 11 asks for 0.90 and 0.85): a guard against losing ground
        assertThat(total.f1(total.relaxed())).isGreaterThan(0.947);
        assertThat(total.f1(total.valueCorrect())).isGreaterThan(0.842);
    }
}
