package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.corroborate.internal.Models;
import org.junit.jupiter.api.Test;

/** The tokenizer with cached character features splits every run of text as OpenNLP's own does. */
class CachedCharFeaturesTest {
    @Test
    void theModelGetsTheCachingGenerator() {
        TokenizerModel model = CachedCharFeatures.model(Models.tokens());
        assertThat(model.getFactory()).isInstanceOf(CachingTokenizerFactory.class);
        assertThat(model.getFactory().getContextGenerator()).isInstanceOf(CachedCharFeatures.class);
    }

    @Test
    void splitsAsTheModelsOwnTokenizerOnNewsAndSeededRandomRuns() {
        TokenizerME plain = new TokenizerME(Models.tokens());
        TokenizerME cached = new TokenizerME(CachedCharFeatures.model(Models.tokens()));
        String news = "“We’ll see,” the U.S. envoy told Reuters on Jan. 27 (AP). Mrs. O'Neill's co-op paid "
                + "$1.5bn -- about 5% more -- at 3:30 p.m.; e.g. “don't” and ‘can’t’ … Ö'Neill, #vote @harbour";
        assertThat(cached.tokenizePos(news)).containsExactly(plain.tokenizePos(news));
        Random random = new Random(11);
        String alphabet = "aZ9.,;:'’“”\"()-$%&#@!?/é—";
        for (int k = 0; k < 5_000; k++) {
            StringBuilder run = new StringBuilder();
            int length = 2 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                run.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(cached.tokenizePos(run.toString())).as(run.toString())
                    .containsExactly(plain.tokenizePos(run.toString()));
        }
    }
}
