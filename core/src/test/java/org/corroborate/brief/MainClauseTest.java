package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.text.Sentence;
import org.corroborate.text.Token;
import org.junit.jupiter.api.Test;

/** Where a sentence's main clause ends, on sentences written for the test with parts of speech set by hand. */
class MainClauseTest {
    private static final Map<String, String> POS = Map.of("called", "VERB", "highlighting", "VERB", "said",
            "VERB", "including", "VERB", "is", "AUX", "opening", "VERB", "wearing", "VERB", "opened", "VERB");

    private static Optional<String> mainClause(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("[\\p{L}\\p{N}']+|[^\\s\\p{L}\\p{N}]").matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.start(), m.end(), POS.getOrDefault(m.group(), "NOUN")));
        }
        Sentence sentence = new Sentence(0, text.length(), tokens);
        return StatementExtractor.mainClauseEnd(text, sentence, 0)
                .map(cut -> cut.clause(text, 0));
    }

    @Test
    void aClosingParticiplePhraseIsCutOff() {
        assertThat(mainClause("The Harrowgate council called the ferry timetable a success, highlighting shorter "
                + "queues.")).contains("The Harrowgate council called the ferry timetable a success.");
        // a clause that ends in an abbreviation gets no second full stop
        assertThat(mainClause("The Harrowgate council called the new timetable a success in Washington D.C., "
                + "highlighting shorter queues.")).contains("The Harrowgate council called the new timetable a "
                + "success in Washington D.C.");
        // the comma inside a closing quote mark keeps the mark
        assertThat(mainClause("The Harrowgate council called the timetable “a success,” highlighting shorter "
                + "queues.")).contains("The Harrowgate council called the timetable “a success”.");
    }

    @Test
    void otherCommasAndOpeningPhrasesAreLeftAlone() {
        // the first comma after the verb is not a participle phrase: the sentence stays whole
        assertThat(mainClause("The council called the timetable a success, and the mayor said so too.")).isEmpty();
        // a participle before the main verb opens the sentence; it does not close it
        assertThat(mainClause("Opening the pier, the council called it a success.")).isEmpty();
        // an aside that the sentence goes on after is not a closing phrase
        assertThat(mainClause("Police in the harbour town said the gunman, wearing body armour, opened fire.")).isEmpty();
        // what is left must read on its own
        assertThat(mainClause("He called the timetable a great success, highlighting shorter queues.")).isEmpty();
    }
}
