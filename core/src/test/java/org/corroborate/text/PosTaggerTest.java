package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.postag.POSTaggerME;
import org.corroborate.internal.Models;
import org.junit.jupiter.api.Test;

/**
 * The greedy tagger gives the tags OpenNLP's own tagger gives with the same model, word for word. More text to
 * check: {@code -Dcorroborate.posCheck=FILE,...} (plain text, or JSON Lines with a "text" field).
 */
class PosTaggerTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void contextsArePutTogetherFromWordFeaturesForTheShippedModel() {
        PosTagger.GreedyTagger tagger = new PosTagger.GreedyTagger(Models.partsOfSpeech());
        assertThat(tagger.fastContexts()).isTrue();
        // probabilities summed from the model's parameters, checked to the bit against its own eval when made
        assertThat(tagger.directEval()).isTrue();
    }

    @Test
    void greedyTagsAreOpenNlpsTagsOnTheExamples() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("../examples"))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                texts.addAll(org.corroborate.testing.SharedData.texts(file));
            }
        }
        texts.add("\"We'll see,\" she told CNN's reporter at 3:30 p.m. on Tuesday -- a 51-49 vote. Stop! "
                + "The U.S. Senate's 2025-26 budget (about $1.2bn) was cut by 3% in Q3, per @reuters #news.");
        assertSameTags(texts);
    }

    @Test
    void greedyTagsAreOpenNlpsTagsOnMoreText() throws IOException {
        String files = System.getProperty("corroborate.posCheck", "");
        List<String> texts = new ArrayList<>();
        for (String file : files.split(",")) {
            if (!file.isBlank()) {
                texts.addAll(org.corroborate.testing.SharedData.texts(Path.of(file)));
            }
        }
        assertSameTags(texts);
    }

    private void assertSameTags(List<String> texts) {
        PosTagger.GreedyTagger greedy = new PosTagger.GreedyTagger(Models.partsOfSpeech());
        POSTaggerME reference = new POSTaggerME(Models.partsOfSpeech());
        long words = 0;
        for (String text : texts) {
            for (Sentence sentence : splitter.split(text)) {
                String[] tokens = sentence.tokens().stream().map(t -> t.text(text)).toArray(String[]::new);
                String[] expected = reference.tag(tokens);
                assertThat(greedy.tagGreedy(tokens)).as(String.join(" ", tokens)).containsExactly(expected);
                words += tokens.length;
            }
        }
        System.out.println("PosTaggerTest: " + words + " words tagged the same");
    }
}
