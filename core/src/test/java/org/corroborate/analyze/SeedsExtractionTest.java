package org.corroborate.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.corroborate.extract.entity.EntityMention;
import org.corroborate.extract.quantity.Quantity;
import org.corroborate.extract.quote.Quote;
import org.corroborate.extract.quote.QuoteKind;
import org.corroborate.extract.time.TimeExpression;
import org.corroborate.testing.Collected;
import org.corroborate.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Extraction on the real seeds, measured against gold.json; the figures are printed. */
class SeedsExtractionTest {
    private static JsonNode gold;
    private static List<AnalyzedArticle> articles;

    @BeforeAll
    static void analyzeSeeds() throws IOException {
        var seeds = SharedData.seeds();
        gold = new ObjectMapper().readTree(seeds.resolve("gold.json").toFile());
        Collected collected = new Collected();
        new ArticleAnalyzer().analyzePaths(List.of(seeds.toString()), collected);
        articles = collected.analyzed;
    }

    private static AnalyzedArticle byPrefix(String prefix) {
        return articles.stream().filter(a -> a.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    @Test
    void everyMondayAboutTheCallIsTheTwentySeventhAndInferredDatesSaySo() {
        int mondays = 0;
        for (AnalyzedArticle article : articles) {
            boolean published = article.cleaned().article().published().isPresent();
            for (TimeExpression time : article.extraction().times()) {
                if (time.text().startsWith("Monday")) {
                    mondays++;
                    assertThat(time.value()).as(article.id()).startsWith("2025-01-27");
                    boolean explicit = time.text().contains("2025");
                    assertThat(time.inferred()).as(article.id()).isEqualTo(!published && !explicit);
                }
            }
        }
        long inferred = articles.stream().filter(a -> a.extraction().reference().orElseThrow().inferred()).count();
        System.out.printf("seeds: %d mentions of Monday, all 2025-01-27; %d articles with an inferred date%n",
                mondays, inferred);
        assertThat(inferred).isEqualTo(4); // only 003 has a date line
        assertThat(byPrefix("004").extraction().times()).extracting(TimeExpression::value)
                .contains("2025-02", "2025-01-20", "2025", "2024-09");
    }

    @Test
    void allGoldQuantitiesWithValueAndUnit() {
        int found = 0;
        for (JsonNode q : gold.get("quantities")) {
            double value = q.get("value").asDouble();
            String unit = q.get("unit").asText();
            for (JsonNode file : q.get("files")) {
                AnalyzedArticle article = byPrefix(file.asText());
                assertThat(article.extraction().quantities()).as("%s in %s", value, article.id())
                        .anySatisfy(quantity -> {
                            assertThat(quantity.value()).isEqualTo(value);
                            assertThat(quantity.unit()).isEqualTo(unit);
                        });
                found++;
            }
        }
        System.out.printf("seeds: %d of %d gold quantity mentions found with value and unit%n", found, found);
        // What a figure counts is a phrase of the article that shares the gold description's main words.
        JsonNode goldFigure = null;
        for (JsonNode q : gold.get("quantities")) {
            if (q.get("value").asLong() == 18000) {
                goldFigure = q;
            }
        }
        java.util.Set<String> goldWords = new java.util.HashSet<>(List.of(goldFigure.get("counts").asText()
                .toLowerCase(java.util.Locale.ROOT).split("\\W+")));
        AnalyzedArticle article = byPrefix("003");
        assertThat(article.extraction().quantities()).filteredOn(q -> q.value() == 18000).singleElement()
                .satisfies(q -> {
                    String counts = q.counts().orElseThrow();
                    assertThat(article.text()).contains(counts);
                    assertThat(java.util.Arrays.stream(counts.toLowerCase(java.util.Locale.ROOT).split("\\W+"))
                            .filter(w -> w.length() > 2 && goldWords.contains(w)).distinct().count())
                            .as("words shared with the gold description of %s", counts).isGreaterThanOrEqualTo(3);
                });
    }

    @Test
    void entityPrecisionAndRecallAgainstGold() {
        Map<String, String> goldByName = new HashMap<>(); // any gold name or alias -> canonical
        Map<String, String> goldType = new HashMap<>();
        Set<String> removedByCleaning = new HashSet<>();
        for (JsonNode entity : gold.get("entities")) {
            String canonical = entity.get("canonical").asText();
            goldType.put(canonical, entity.get("type").asText());
            goldByName.put(key(canonical), canonical);
            entity.get("aliases").forEach(a -> goldByName.put(key(a.asText()), canonical));
            if (entity.has("note") && entity.get("note").asText().contains("remove")) {
                removedByCleaning.add(canonical);
            }
        }
        Set<String> acceptable = new HashSet<>();
        gold.get("acceptable_extra_entities").forEach(a -> acceptable.add(key(a.asText())));

        Map<String, String> predicted = new HashMap<>(); // canonical -> type
        for (AnalyzedArticle article : articles) {
            for (EntityMention mention : article.extraction().entities()) {
                predicted.put(mention.canonical(), mention.type().name());
            }
        }
        Set<String> matchedGold = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        int correct = 0;
        int counted = 0;
        for (Map.Entry<String, String> entity : predicted.entrySet()) {
            String goldName = goldByName.get(key(entity.getKey()));
            if (goldName == null && acceptable.contains(key(entity.getKey()))) {
                continue; // neither right nor wrong
            }
            counted++;
            if (goldName != null && goldType.get(goldName).equals(entity.getValue())) {
                correct++;
                matchedGold.add(goldName);
            } else {
                wrong.add(entity.getKey() + "/" + entity.getValue());
            }
        }
        Set<String> expected = new HashSet<>(goldType.keySet());
        expected.removeAll(removedByCleaning);
        Set<String> missed = new HashSet<>(expected);
        missed.removeAll(matchedGold);
        double precision = correct / (double) counted;
        double recall = (expected.size() - missed.size()) / (double) expected.size();
        System.out.printf("seeds entities (canonical and type): precision %.3f (%d/%d), recall %.3f (%d/%d); "
                + "wrong %s; missed %s%n", precision, correct, counted, recall, expected.size() - missed.size(),
                expected.size(), wrong, missed);
        assertThat(precision).isGreaterThanOrEqualTo(0.9);
        assertThat(recall).isGreaterThanOrEqualTo(0.9);
        assertThat(removedByCleaning).as("entities only in removed boilerplate").doesNotContainAnyElementsOf(
                predicted.keySet());
    }

    @Test
    void aliasesMergeAsInGold() {
        Map<String, Set<String>> surfaces = new HashMap<>();
        for (AnalyzedArticle article : articles) {
            for (EntityMention m : article.extraction().entities()) {
                surfaces.computeIfAbsent(m.canonical(), k -> new HashSet<>()).add(m.text());
            }
        }
        assertThat(surfaces.get("Donald Trump")).contains("Trump", "Donald Trump", "@realDonaldTrump");
        assertThat(surfaces.get("Narendra Modi")).contains("Modi", "Narendra Modi");
        assertThat(surfaces.get("S. Jaishankar")).contains("Jaishankar", "S Jaishankar", "S. Jaishankar");
        assertThat(surfaces.get("United States")).contains("US", "United States");
    }

    @Test
    void goldQuotesAreFoundWithTheirSpeakers() {
        int expected = 0;
        int found = 0;
        int rightSpeaker = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode gq : gold.get("quotes")) {
            String fragment = gq.get("fragment").asText();
            String speaker = gq.get("speaker").asText();
            for (JsonNode file : gq.get("files")) {
                expected++;
                AnalyzedArticle article = byPrefix(file.asText());
                List<Quote> matching = article.extraction().quotes().stream()
                        .filter(q -> fold(q.text()).contains(fragment)).toList();
                if (matching.isEmpty()) {
                    misses.add(file.asText() + " not found: " + fragment);
                    continue;
                }
                found++;
                if (matching.stream().anyMatch(q -> q.speaker().filter(speaker::equals).isPresent())) {
                    rightSpeaker++;
                } else {
                    misses.add(file.asText() + " speaker " + matching.get(0).speaker().orElse("none") + " for "
                            + fragment + " (gold " + speaker + ")");
                }
            }
        }
        System.out.printf("seeds quotes: %d of %d gold quotes found (%.1f%%), %d with the gold speaker (%.1f%%); "
                + "misses %s%n", found, expected, 100.0 * found / expected, rightSpeaker,
                100.0 * rightSpeaker / expected, misses);
        assertThat(found).isGreaterThanOrEqualTo((int) Math.ceil(0.95 * expected));
        assertThat(rightSpeaker).isGreaterThanOrEqualTo((int) Math.ceil(0.90 * expected));
    }

    @Test
    void embeddedPostIsAQuoteOfItsAuthor() {
        assertThat(byPrefix("002").extraction().quotes()).filteredOn(q -> q.kind() == QuoteKind.EMBEDDED)
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker()).contains("Narendra Modi");
                    // the gold fragment that only 002 reports, and only in the embedded post
                    String fragment = null;
                    for (JsonNode quote : gold.get("quotes")) {
                        if (quote.get("files").size() == 1 && quote.get("files").get(0).asText().equals("002")
                                && quote.get("speaker").asText().equals("Narendra Modi")) {
                            fragment = quote.get("fragment").asText();
                        }
                    }
                    assertThat(fold(q.text())).contains(fold(fragment));
                });
    }

    private static String fold(String text) {
        return text.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
