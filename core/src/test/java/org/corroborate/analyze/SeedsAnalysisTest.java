package org.corroborate.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corroborate.clean.BoilerplateKind;
import org.corroborate.clean.RemovedBlock;
import org.corroborate.testing.Collected;
import org.corroborate.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real seed articles in ../shared/seeds against the hand annotation in gold.json. */
class SeedsAnalysisTest {
    private static Path seeds;
    private static JsonNode gold;
    private static Map<String, AnalyzedArticle> byFile;
    private static Collected collected;

    @BeforeAll
    static void analyzeSeeds() throws IOException {
        seeds = SharedData.seeds();
        gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
        collected = new Collected();
        new ArticleAnalyzer().analyzePaths(List.of(seeds.toString()), collected);
        byFile = collected.analyzed.stream().collect(Collectors.toMap(AnalyzedArticle::id, Function.identity()));
    }

    /** Gold fragments fold curly quotes to straight ones. */
    private static String fold(String text) {
        return text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    }

    @Test
    void fiveArticlesWithNothingRejected() {
        assertThat(collected.analyzed).hasSize(5);
        assertThat(collected.errors()).isEmpty();
        assertThat(collected.analyzed).allSatisfy(a -> assertThat(a.duplicateOf()).isEmpty());
    }

    @Test
    void publicationDateAndOutletsAsAnnotated() {
        gold.get("articles").fields().forEachRemaining(entry -> {
            AnalyzedArticle article = byFile.get(entry.getKey());
            JsonNode published = entry.getValue().get("published");
            if (!published.isNull()) {
                assertThat(article.cleaned().article().published().orElseThrow().date())
                        .as(entry.getKey()).hasToString(published.asText());
            }
            JsonNode outlet = entry.getValue().get("outlet");
            if (!outlet.isNull()) {
                assertThat(article.cleaned().source().name()).as(entry.getKey()).isEqualTo(outlet.asText());
            }
        });
    }

    @Test
    void everyGoldBoilerplateFragmentIsRemovedWithItsKind() {
        int found = 0;
        for (JsonNode item : gold.get("boilerplate")) {
            AnalyzedArticle article = byFile.get(item.get("file").asText());
            String fragment = item.get("fragment").asText();
            String kind = item.get("kind").asText();
            assertThat(fold(article.text())).as("cleaned text of %s", article.id()).doesNotContain(fragment);
            assertThat(article.cleaned().removed())
                    .as("%s lists '%s' as %s", article.id(), fragment, kind)
                    .anySatisfy(block -> {
                        assertThat(fold(block.text())).contains(fragment);
                        assertThat(block.kind().label()).isEqualTo(kind);
                    });
            found++;
        }
        System.out.printf("seeds: %d of %d gold boilerplate fragments removed with their kind%n", found,
                gold.get("boilerplate").size());
    }

    @Test
    void nothingButBoilerplateAndMetadataIsRemoved() {
        List<String> fragments = gold.get("boilerplate").findValuesAsText("fragment");
        for (AnalyzedArticle article : collected.analyzed) {
            for (RemovedBlock block : article.cleaned().removed()) {
                if (block.kind() == BoilerplateKind.METADATA) {
                    assertThat(block.text()).matches("date \\d{4}-\\d{2}-\\d{2}");
                    continue;
                }
                assertThat(fragments).as("removed from %s: %s", article.id(), block.text())
                        .anySatisfy(f -> assertThat(fold(block.text())).contains(f));
            }
        }
    }

    @Test
    void everyLineOfNewsContentSurvivesInTheCleanedText() throws IOException {
        List<String> fragments = gold.get("boilerplate").findValuesAsText("fragment");
        for (AnalyzedArticle article : collected.analyzed) {
            String original = Files.readString(seeds.resolve(article.id()));
            String cleaned = article.text();
            for (String line : original.split("\n")) {
                String content = line.strip().replaceAll("\\s+", " ");
                if (content.isEmpty() || fragments.stream().anyMatch(f -> fold(content).contains(f))) {
                    continue;
                }
                assertThat(cleaned).as("%s keeps its line", article.id()).contains(content);
            }
        }
    }

    @Test
    void embeddedPostIsKeptAsAnEmbeddedQuoteOfItsAuthor() {
        AnalyzedArticle article = byFile.get("002_49acccabc25c2743.txt");
        assertThat(article.cleaned().embeddedPosts()).singleElement().satisfies(post -> {
            assertThat(post.author()).isEqualTo("Narendra Modi");
            assertThat(post.handle()).isEqualTo("@narendramodi");
            assertThat(article.text().substring(post.start(), post.end())).startsWith("Delighted to speak");
        });
    }

    @Test
    void sentencesCoverTheTextWithValidOffsets() {
        for (AnalyzedArticle article : collected.analyzed) {
            assertThat(article.sentences()).as(article.id()).isNotEmpty();
            int previousEnd = 0;
            for (var sentence : article.sentences()) {
                assertThat(sentence.start()).isGreaterThanOrEqualTo(previousEnd);
                assertThat(article.text().substring(previousEnd, sentence.start())).isBlank();
                previousEnd = sentence.end();
            }
            assertThat(article.text().substring(previousEnd)).isBlank();
        }
    }
}
