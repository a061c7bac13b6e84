package org.corroborate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimexScoresTest {
    @Test
    void relaxedStrictTypeAndValueByHand() {
        List<TimexScores.Span> gold = List.of(
                new TimexScores.Span(0, 6, "DATE", "2026-03-09"),      // "Monday"
                new TimexScores.Span(20, 34, "DATE", "2026-03"),        // "early March"
                new TimexScores.Span(50, 57, "DURATION", "P3D"));       // missed
        List<TimexScores.Span> found = List.of(
                new TimexScores.Span(0, 6, "DATE", "2026-03-09"),       // strict, right value
                new TimexScores.Span(26, 34, "DATE", "2026-03-XX"),     // relaxed only, wrong value
                new TimexScores.Span(70, 75, "TIME", "2026-03-09T15"),  // spurious
                new TimexScores.Span(80, 84, "DATE", "2026"));          // spurious

        TimexScores s = TimexScores.score(gold, found);

        assertThat(s).isEqualTo(new TimexScores(3, 4, 2, 1, 2, 1));
        // relaxed: P 2/4, R 2/3, F1 = 2PR/(P+R) = 4/7
        assertThat(s.f1(s.relaxed())).isCloseTo(4.0 / 7, offset(1e-9));
        // value: P 1/4, R 1/3, F1 = 2/7
        assertThat(s.f1(s.valueCorrect())).isCloseTo(2.0 / 7, offset(1e-9));
    }

    @Test
    void oneFoundExpressionMatchesOneGoldOne() {
        List<TimexScores.Span> gold = List.of(new TimexScores.Span(0, 5, "DATE", "a"),
                new TimexScores.Span(6, 10, "DATE", "b"));
        List<TimexScores.Span> found = List.of(new TimexScores.Span(0, 10, "DATE", "a"));

        assertThat(TimexScores.score(gold, found).relaxed()).isEqualTo(1);
    }

    @Test
    void readsTextAndSpansOfATimeMlDocument() throws IOException {
        String tml = "<?xml version=\"1.0\" ?><TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2026-03-10\">"
                + "2026-03-10</TIMEX3></DCT><TEXT>The bridge <EVENT eid=\"e1\">closed</EVENT> on <TIMEX3 tid=\"t1\" "
                + "type=\"DATE\" value=\"2026-03-09\">Monday</TIMEX3> &amp; reopens <TIMEX3 tid=\"t2\" type=\"DATE\" "
                + "value=\"2026-04\">next month</TIMEX3>.</TEXT></TimeML>";
        TimeMlDocument doc = TimeMlDocument.read(new ByteArrayInputStream(tml.getBytes(StandardCharsets.UTF_8)),
                "bridge.tml");

        assertThat(doc.creationTime()).contains("2026-03-10");
        assertThat(doc.text()).isEqualTo("The bridge closed on Monday & reopens next month.");
        assertThat(doc.timexes()).extracting(t -> doc.text().substring(t.start(), t.end()))
                .containsExactly("Monday", "next month");
        assertThat(doc.timexes()).extracting(TimeMlDocument.Timex::value).containsExactly("2026-03-09", "2026-04");
        assertThatThrownBy(() -> TimeMlDocument.read(new ByteArrayInputStream("<TimeML><TEXT>".getBytes(
                StandardCharsets.UTF_8)), "broken.tml")).hasMessageStartingWith("broken.tml:");
    }
}
