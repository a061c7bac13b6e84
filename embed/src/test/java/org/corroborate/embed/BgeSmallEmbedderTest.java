package org.corroborate.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BgeSmallEmbedderTest {
    @Test
    void paraphrasesAreCloserThanUnrelatedHeadlines() {
        List<float[]> v = new BgeSmallEmbedder().embed(List.of(
                "Port Alder closes Kestrel Bridge after inspectors find crack",
                "Crack in girder shuts Port Alder's Kestrel Bridge",
                "Central bank holds interest rates as inflation cools"));

        assertThat(v).allSatisfy(vector -> assertThat(vector).hasSize(384));
        assertThat(Embedder.cosine(v.get(0), v.get(1))).isGreaterThan(Embedder.cosine(v.get(0), v.get(2)) + 0.2);
    }
}
