package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.Corroborate;
import org.corroborate.ingest.Article;
import org.junit.jupiter.api.Test;

/** The library's front door gives the same brief as the command line, as records. */
class LibraryBriefTest {
    @Test
    void briefOfArticlesInMemory() {
        StoryBrief brief = Corroborate.brief(List.of(
                Article.of("a", "The Kestrel Bridge closed on Monday after inspectors found a crack in a girder. "
                        + "Mayor Ines Okafor said the city “will not gamble with lives”."),
                Article.of("b", "Inspectors found a crack in a girder and the Kestrel Bridge was closed on Monday. "
                        + "The ferry will add four crossings a day."),
                Article.of("c", "The Kestrel Bridge closed on Monday after inspectors found a crack in a girder. "
                        + "Mayor Ines Okafor said the city “will not gamble with lives”.")));

        assertThat(brief.articles()).extracting(StoryBrief.Article::id).containsExactly("a", "b", "c");
        assertThat(brief.facts()).anySatisfy(f -> {
            assertThat(f.text()).contains("crack");
            assertThat(f.sources()).containsExactlyInAnyOrder("a", "b", "c");
            assertThat(f.corroborated()).isTrue();
        });
        // c is a copy of a: what only a and c say is one source, not corroborated
        assertThat(brief.facts()).anySatisfy(f -> {
            assertThat(f.text()).contains("gamble");
            assertThat(f.corroborated()).isFalse();
        });
        assertThat(brief.facts()).anySatisfy(f -> {
            assertThat(f.text()).contains("ferry");
            assertThat(f.sources()).containsExactly("b");
        });
        assertThat(brief.quotes()).singleElement().satisfies(q -> {
            assertThat(q.speaker()).contains("Ines Okafor");
            assertThat(q.sources()).containsExactly("a", "c");
        });
    }
}
