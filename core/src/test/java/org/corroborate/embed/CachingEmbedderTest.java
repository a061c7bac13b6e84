package org.corroborate.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CachingEmbedderTest {
    /** An embedder that records what it was asked to embed; a text's vector is its length. */
    private static final class Counting implements Embedder {
        final List<String> asked = new ArrayList<>();

        @Override
        public List<float[]> embed(List<String> texts) {
            asked.addAll(texts);
            return texts.stream().map(t -> new float[] {t.length()}).toList();
        }

        @Override
        public int dimensions() {
            return 1;
        }
    }

    @Test
    void aTextIsEmbeddedOnceAndVectorsComeBackInOrder() {
        Counting inner = new Counting();
        CachingEmbedder cache = new CachingEmbedder(inner, 10);

        assertThat(cache.embed(List.of("a", "bb"))).extracting(v -> v[0]).containsExactly(1f, 2f);
        assertThat(cache.embed(List.of("ccc", "a", "bb", "ccc"))).extracting(v -> v[0])
                .containsExactly(3f, 1f, 2f, 3f);

        assertThat(inner.asked).containsExactly("a", "bb", "ccc");
        assertThat(cache.counts()).containsExactly(2, 3);
    }

    @Test
    void theLeastRecentlyUsedTextLeavesFirst() {
        Counting inner = new Counting();
        CachingEmbedder cache = new CachingEmbedder(inner, 2);
        cache.embed(List.of("a", "bb"));
        cache.embed(List.of("a")); // "bb" is now the least recently used
        cache.embed(List.of("ccc"));

        cache.embed(List.of("a", "bb"));

        assertThat(inner.asked).containsExactly("a", "bb", "ccc", "bb");
        assertThatThrownBy(() -> new CachingEmbedder(inner, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVeryLongTextIsEmbeddedEachTimeNotKept() {
        Counting inner = new Counting();
        CachingEmbedder cache = new CachingEmbedder(inner, 10);
        String longText = "x".repeat(CachingEmbedder.LONGEST + 1);

        cache.embed(List.of(longText));
        cache.embed(List.of(longText));

        assertThat(inner.asked).hasSize(2);
    }
}
