package org.corroborate.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corroborate.extract.entity.EntityMention;
import org.corroborate.extract.entity.EntityType;
import org.corroborate.ingest.Article;
import org.junit.jupiter.api.Test;

/**
 * A batch of the analysis holds unrelated articles: names are resolved across them only when unambiguous, and again
 * across the articles of one story once stories are known (as briefs do). Invented names and text.
 */
class StoryNamesTest {
    private static final String FIRST = "Prime Minister Ravindra Varma opened the new harbour bridge in Port Alder on "
            + "Monday. Ravindra Varma said the bridge would carry ten thousand cars a day.";
    private static final String SECOND = "The bridge in Port Alder opened on Monday. Varma told reporters that the "
            + "toll would be lifted next year, and Varma thanked the builders.";
    private static final String OTHER = "Police arrested the singer Kiran Varma in Lowmoor on Saturday. Kiran Varma "
            + "was released on bail the same evening.";

    private static List<String> persons(AnalyzedArticle article) {
        return article.extraction().entities().stream().filter(m -> m.type() == EntityType.PERSON)
                .map(EntityMention::canonical).distinct().toList();
    }

    @Test
    void aSurnameStaysAsItIsAmongUnrelatedArticlesAndMergesWithinItsStory() {
        ArticleAnalyzer analyzer = new ArticleAnalyzer();
        List<AnalyzedArticle> batch = analyzer.analyze(List.of(Article.of("first", FIRST),
                Article.of("second", SECOND), Article.of("other", OTHER)));
        assertThat(persons(batch.get(0))).containsExactly("Ravindra Varma");
        assertThat(persons(batch.get(1))).containsExactly("Varma"); // two Varmas in the batch: no guess
        assertThat(persons(batch.get(2))).containsExactly("Kiran Varma");

        List<AnalyzedArticle> story = analyzer.reextractStory(List.of(batch.get(0), batch.get(1)));
        assertThat(persons(story.get(0))).containsExactly("Ravindra Varma");
        assertThat(persons(story.get(1))).containsExactly("Ravindra Varma");
        assertThat(story.get(1).extraction().times()).isEqualTo(batch.get(1).extraction().times());
    }

    @Test
    void withoutAnotherPersonOfThatSurnameTheBatchMergesToo() {
        List<AnalyzedArticle> batch = new ArticleAnalyzer().analyze(List.of(Article.of("first", FIRST),
                Article.of("second", SECOND)));
        assertThat(persons(batch.get(1))).containsExactly("Ravindra Varma");
    }
}
