package org.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.corroborate.eval.QuoteScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the gold attributions of a brat file become the direct quotes that {@code eval quotes} scores. */
class EvalQuotesCommandTest {
    @TempDir
    Path dir;

    private List<QuoteScores.Attribution> read(String text, String... lines) throws IOException {
        Path ann = dir.resolve("doc_0001.ann");
        Files.writeString(ann, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return EvalQuotesCommand.readAnn(ann, text);
    }

    private static String span(String text, String words) {
        int start = text.indexOf(words);
        return start + " " + (start + words.length());
    }

    /** The brat lines of one attribution: its source (T1), its cue (T2), a content of the pieces (T3), E1. */
    private static String[] attribution(String text, String source, String cue, String... pieces) {
        return new String[] {"T1\tSource " + span(text, source) + "\t" + source,
            "T2\tCue " + span(text, cue) + "\t" + cue,
            "T3\tContent " + String.join(";", java.util.Arrays.stream(pieces).map(p -> span(text, p)).toList())
                    + "\t" + String.join(" ", pieces),
            "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1"};
    }

    /** The lines, then more. */
    private static String[] plus(String[] lines, String... more) {
        String[] all = java.util.Arrays.copyOf(lines, lines.length + more.length);
        System.arraycopy(more, 0, all, lines.length, more.length);
        return all;
    }

    @Test
    void aTranscriptTurnQuotedWithItsLabelIsADirectQuoteOfTheWordsAfterTheLabel() throws IOException {
        String text = "Part of the interview:\n\n\"HOST: Will the ferry run on Sunday?\n\n\"OKAFOR: Every hour, from six.";
        String words = "Every hour, from six.";
        List<QuoteScores.Attribution> gold = read(text,
                "T1\tSource " + span(text, "OKAFOR") + "\tOKAFOR",
                "T2\tCue " + (text.indexOf("OKAFOR") + 6) + " " + (text.indexOf("OKAFOR") + 7) + "\t:",
                "T3\tContent " + span(text, words) + "\t" + words,
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1");

        assertThat(gold).hasSize(1);
        assertThat(gold.get(0).quoted()).extracting(QuoteScores.Fragment::words).containsExactly(words);
    }

    @Test
    void aLabelWithNoQuoteMarkBeforeItIsNoQuote() throws IOException {
        String text = "HOST: Will the ferry run on Sunday?";
        String words = "Will the ferry run on Sunday?";
        List<QuoteScores.Attribution> gold = read(text,
                "T1\tSource 0 4\tHOST", "T2\tCue 4 5\t:", "T3\tContent " + span(text, words) + "\t" + words,
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1");

        assertThat(gold.get(0).quoted()).isEmpty();
    }

    @Test
    void theSpeakersOwnSentenceThatTheAnnotatorsJoinedToAParaphraseIsADirectQuote() throws IOException {
        String text = "Ferries would run again soon, Okafor said on Friday. “We have fixed the pier.”";
        String paraphrase = "Ferries would run again soon";
        String quote = "“We have fixed the pier.”";
        List<QuoteScores.Attribution> gold = read(text, attribution(text, "Okafor", "said", paraphrase, quote));

        assertThat(gold.get(0).contentStart()).isZero();
        assertThat(gold.get(0).quoted()).extracting(QuoteScores.Fragment::words).containsExactly(quote);
    }

    @Test
    void wordsInMarksThatFinishTheWritersSentenceStayPartOfTheParaphrase() throws IOException {
        String text = "The repair, which Okafor called “long overdue,” starts on Monday.";
        String thing = "The repair";
        String quote = "“long overdue,”";
        List<QuoteScores.Attribution> gold = read(text, attribution(text, "Okafor", "called", thing, quote));

        assertThat(gold.get(0).quoted()).isEmpty();
    }

    @Test
    void aQuoteInterruptedByItsVerbKeepsBothPieces() throws IOException {
        String text = "“The pier is fixed,” Okafor said, “and the ferries run.”";
        String first = "“The pier is fixed,”";
        String second = "“and the ferries run.”";
        List<QuoteScores.Attribution> gold = read(text, attribution(text, "Okafor", "said", first, second));

        assertThat(gold.get(0).quoted()).extracting(QuoteScores.Fragment::words).containsExactly(first, second);
    }

    @Test
    void aQuotationCutIntoOnePieceASentenceKeepsEveryPieceUntilItCloses() throws IOException {
        String text = "“We fixed the pier. It took a year. The ferries run again,” Okafor said. She smiled.";
        String[] pieces = {"“We fixed the pier.", "It took a year.", "The ferries run again,”", "She smiled."};
        List<QuoteScores.Attribution> gold = read(text, attribution(text, "Okafor", "said", pieces));

        assertThat(gold.get(0).quoted()).extracting(QuoteScores.Fragment::words)
                .containsExactly(pieces[0], pieces[1], pieces[2]);
    }

    @Test
    void aContentTwoAttributionsShareIsOneGoldQuote() throws IOException {
        String text = "“The pier is fixed,” Okafor said.";
        String words = "“The pier is fixed,”";
        List<QuoteScores.Attribution> gold = read(text, plus(attribution(text, "Okafor", "said", words),
                "E2\tAttribution:T2 Content:T3 Cue:T2 Source:T1"));

        assertThat(gold).hasSize(1);
    }

    @Test
    void aLongQuotesNextParagraphIsQuotedThoughTheAnnotatorsLeftItsMarkOut() throws IOException {
        String text = "“We fixed the pier,” Okafor said. “It took a year.\n\n“The ferries run again.”";
        String first = "“It took a year.";
        String next = "The ferries run again.”";
        List<QuoteScores.Attribution> gold = read(text, plus(attribution(text, "Okafor", "said", first, next),
                "T4\tContent " + span(text, next) + "\t" + next, "E2\tAttribution:T2 Content:T4 Cue:T2 Source:T1"));

        assertThat(gold.get(0).quoted()).extracting(QuoteScores.Fragment::words).containsExactly(first, next);
        assertThat(gold.get(1).quoted()).extracting(QuoteScores.Fragment::words).containsExactly(next);
    }

    @Test
    void aQuoteResumedAfterItsVerbIsQuotedThoughTheAnnotatorsLeftItsMarkOut() throws IOException {
        String text = "“We fixed the pier,” Okafor said. “The ferries run again.”";
        String first = "“We fixed the pier,”";
        String next = "The ferries run again.”";
        List<QuoteScores.Attribution> gold = read(text, attribution(text, "Okafor", "said", first, next));

        assertThat(gold.get(0).quoted()).extracting(QuoteScores.Fragment::words).containsExactly(first, next);
    }

    @Test
    void aFragmentThatEndsBeforeItStartsRejectsTheFile() {
        String text = "“We fixed the pier,” Okafor said.";

        assertThatThrownBy(() -> read(text, "T1\tContent 10 5;12 20\tx", "E1\tAttribution:T1 Content:T1"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
