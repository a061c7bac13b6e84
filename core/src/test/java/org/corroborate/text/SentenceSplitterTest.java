package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void titlesInitialsMonthsAndCountryAbbreviationsDoNotEndSentences() {
        String text = "Mr. Smith met Dr. Jones on Jan. 27 in Washington. Council leader P. Brennan spoke "
                + "after the U.S. President arrived. The talks ended at 5 p.m. on Monday.";

        assertThat(sentences(text)).containsExactly(
                "Mr. Smith met Dr. Jones on Jan. 27 in Washington.",
                "Council leader P. Brennan spoke after the U.S. President arrived.",
                "The talks ended at 5 p.m. on Monday.");
    }

    @Test
    void noSentenceEndsWithACommaEvenAfterASpacedAbbreviation() {
        // tokenised copies of wire text space their abbreviations ("1: 30 a. m.,")
        String text = "Novak, 32, was driving west about 1: 30 a. m., Officer Marit Solberg said. He was alone.";

        assertThat(sentences(text)).containsExactly(
                "Novak, 32, was driving west about 1: 30 a. m., Officer Marit Solberg said.", "He was alone.");
    }

    @Test
    void quotesThatCloseAfterTheFullStopBelongToTheSentence() {
        String text = "He said: “We will go home.” Then he left. She replied, \"It is over.\" The end.";

        assertThat(sentences(text)).containsExactly("He said: “We will go home.”", "Then he left.",
                "She replied, \"It is over.\"", "The end.");
    }

    @Test
    void sentencesNeverCrossParagraphsAndOffsetsPointIntoTheText() {
        String text = "A headline without a stop\n\nThe first sentence. The second one.";

        List<Sentence> split = splitter.split(text);

        assertThat(split).extracting(s -> s.text(text))
                .containsExactly("A headline without a stop", "The first sentence.", "The second one.");
        Sentence second = split.get(1);
        assertThat(second.start()).isEqualTo(text.indexOf("The first"));
        assertThat(second.tokens()).extracting(t -> t.text(text))
                .containsExactly("The", "first", "sentence", ".");
    }

    @Test
    void usAtTheEndOfASentenceStillEndsIt() {
        String text = "The envoy flew to the U.S. The talks begin on Friday.";

        assertThat(sentences(text)).containsExactly("The envoy flew to the U.S.", "The talks begin on Friday.");
    }
}
