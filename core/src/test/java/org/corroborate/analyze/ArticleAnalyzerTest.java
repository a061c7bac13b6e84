package org.corroborate.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.corroborate.Corroborate;
import org.corroborate.ingest.Article;
import org.corroborate.testing.Collected;
import org.corroborate.testing.SharedData;
import org.junit.jupiter.api.Test;

class ArticleAnalyzerTest {
    @Test
    void libraryFrontDoorCleansSplitsAndFindsDuplicatesInInputOrder() {
        String story = "The Kestrel Bridge closed on Monday after inspectors found a crack in a steel girder. "
                + "About 40,000 commuters use it every day, the transport department said. The mayor said it "
                + "would reopen next month if repairs go to plan, and the ferry will add crossings.";
        List<AnalyzedArticle> results = Corroborate.analyze(List.of(
                Article.of("one", story + "\nAdvertisement"),
                Article.of("two", "A different story entirely about the city budget vote on Tuesday night."),
                Article.of("three", story.replace("found", "discovered"))));

        assertThat(results).extracting(AnalyzedArticle::id).containsExactly("one", "two", "three");
        assertThat(results.get(0).sentences()).hasSize(3);
        assertThat(results.get(0).cleaned().removed()).hasSize(1);
        assertThat(results.get(1).duplicateOf()).isEmpty();
        assertThat(results.get(2).duplicateOf()).contains("one");
    }

    @Test
    void anArticleWhoseAnalysisFailsIsNamedAndTheOthersAreAnalysed(@org.junit.jupiter.api.io.TempDir
                                                                        java.nio.file.Path dir) throws Exception {
        java.nio.file.Path input = java.nio.file.Files.writeString(dir.resolve("in.jsonl"),
                "{\"id\":\"first\",\"text\":\"The ferry ran on time on Monday.\"}\n"
                + "{\"id\":\"broken\",\"text\":\"The bridge closed on Tuesday.\"}\n"
                + "{\"id\":\"third\",\"text\":\"The market opened on Wednesday.\"}\n");
        ArticleAnalyzer analyzer = new ArticleAnalyzer().beforeEach(cleaned -> {
            if (cleaned.article().id().equals("broken")) {
                throw new IllegalArgumentException("a fault standing for a bug");
            }
        });
        List<String> problems = new java.util.ArrayList<>();
        List<AnalyzedArticle> analyzed = analyzer.analyzeAll(List.of(input.toString()),
                problem -> problems.add(problem.toString()));

        assertThat(analyzed).extracting(AnalyzedArticle::id).containsExactly("first", "third");
        assertThat(problems).singleElement().asString()
                .contains("in.jsonl:2", "error", "'broken'", "could not be analysed", "a fault standing for a bug");
        assertThatThrownBy(() -> analyzer.analyze(List.of(Article.of("broken", "The bridge closed."))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("broken");
    }

    @Test
    void nonEnglishArticlesAreNotedInsteadOfSplit() {
        List<AnalyzedArticle> results = Corroborate.analyze(List.of(Article.of("fr", "Le pont a été fermé lundi "
                + "après que des inspecteurs ont découvert une fissure dans une poutre, a déclaré la mairie.")));

        assertThat(results.get(0).language().code()).isEqualTo("fra");
        assertThat(results.get(0).sentences()).isEmpty();
        assertThat(results.get(0).notes()).singleElement().asString().contains("not English");
    }

    @Test
    void resultsAreTheSameWhateverTheBatchSizeAndThreads() {
        String examples = SharedData.repositoryRoot().resolve("examples").toString();
        Collected one = new Collected();
        Collected many = new Collected();
        new ArticleAnalyzer(AnalysisConfig.DEFAULTS.withBatchSize(1).withThreads(1))
                .analyzePaths(List.of(examples), one);
        new ArticleAnalyzer(AnalysisConfig.DEFAULTS.withBatchSize(100).withThreads(2))
                .analyzePaths(List.of(examples), many);

        assertThat(many.analyzed).isEqualTo(one.analyzed);
        assertThat(one.analyzed).extracting(a -> a.duplicateOf().isPresent()).contains(true);
    }
}
