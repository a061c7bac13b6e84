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
        // the first is dated; the third is not, so its "Wednesday" rests on the batch's dates: it must still
        String first = "{\"id\":\"first\",\"published\":\"2025-11-03\",\"text\":\"The ferry ran on time on "
                + "Monday.\"}\n";
        String third = "{\"id\":\"third\",\"text\":\"The market opened on Wednesday.\"}\n";
        java.nio.file.Path input = java.nio.file.Files.writeString(dir.resolve("in.jsonl"), first
                + "{\"id\":\"broken\",\"text\":\"The bridge closed on Tuesday.\"}\n" + third);
        java.nio.file.Path without = java.nio.file.Files.writeString(dir.resolve("without.jsonl"), first + third);
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
        List<AnalyzedArticle> clean = new ArticleAnalyzer().analyzeAll(List.of(without.toString()), p -> { });
        assertThat(analyzed).extracting(a -> a.extraction().times())
                .as("the others as analysed without the faulty one").isEqualTo(clean.stream()
                        .map(a -> a.extraction().times()).toList());
        assertThat(analyzed.get(1).extraction().times()).extracting(t -> t.value()).as("resolved by the batch's date").containsExactly("2025-10-29");
        List<String> faults = new java.util.ArrayList<>();
        assertThat(analyzer.analyze(List.of(Article.of("fine", "The ferry ran."), Article.of("broken", "No.")),
                f -> faults.add(f.toString()))).extracting(AnalyzedArticle::id).containsExactly("fine");
        assertThat(faults).singleElement().asString().contains("'broken'");
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
