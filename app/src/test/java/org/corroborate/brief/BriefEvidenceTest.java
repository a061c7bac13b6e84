package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.embed.BgeSmallEmbedder;
import org.corroborate.testing.SharedData;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every citation of a brief carries the sentence that backs it, at offsets into the analysed text; summaries are
 * whole sentences that read on their own. On the project's examples, the seeds and the MultiLing topics.
 */
class BriefEvidenceTest {
    /** How a sentence that refers to something before it opens; the brief must not show one on its own. */
    private static final Pattern UNRESOLVED_OPENING = Pattern.compile("^[\"“]?(He|She|It|They|This|These|Those|"
            + "His|Her|Their|Its|But|And|So|However|Also|We|I)\\b");

    private static final Briefs BRIEFS = new Briefs(new BgeSmallEmbedder(), BriefBuilder.Config.DEFAULTS);

    private static List<AnalyzedArticle> analyze(Path path) {
        return new ArticleAnalyzer().analyzeAll(List.of(path.toString()), problem -> { });
    }

    private static void assertEvidenceMatchesTheAnalysedText(List<AnalyzedArticle> articles, List<StoryBrief> briefs) {
        Map<String, AnalyzedArticle> byId = new LinkedHashMap<>();
        articles.forEach(a -> byId.put(a.id(), a));
        int checked = 0;
        for (StoryBrief brief : briefs) {
            List<Object[]> cited = new ArrayList<>();
            brief.summary().forEach(s -> cited.add(new Object[] {s.sources(), s.evidence()}));
            brief.facts().forEach(f -> cited.add(new Object[] {f.sources(), f.evidence()}));
            brief.quotes().forEach(q -> cited.add(new Object[] {q.sources(), q.evidence()}));
            brief.figures().forEach(f -> cited.add(new Object[] {f.sources(), f.evidence()}));
            brief.timeline().forEach(e -> cited.add(new Object[] {e.sources(), e.evidence()}));
            brief.conflicts().forEach(c -> c.values().forEach(v -> cited.add(new Object[] {v.sources(),
                    v.evidence()})));
            for (Object[] item : cited) {
                @SuppressWarnings("unchecked")
                List<String> sources = (List<String>) item[0];
                @SuppressWarnings("unchecked")
                List<Evidence> evidence = (List<Evidence>) item[1];
                assertThat(evidence).extracting(Evidence::article).containsExactlyInAnyOrderElementsOf(sources);
                for (Evidence e : evidence) {
                    AnalyzedArticle article = byId.get(e.article());
                    String text = e.inTitle() ? article.cleaned().title().orElseThrow() : article.text();
                    assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
                    checked++;
                }
            }
        }
        // a timeline event is cited only to sources that state its sentence; the others only give its date
        for (StoryBrief brief : briefs) {
            for (StoryBrief.Event e : brief.timeline()) {
                assertThat(e.statedBy()).as("%s is stated by someone", e.date()).isNotEmpty();
                assertThat(e.sources()).containsAll(e.statedBy());
                for (String source : e.statedBy()) {
                    assertThat(BriefBuilder.statedSentences(byId.get(source)))
                            .as("%s cited for '%s'", source, e.event()).contains(BriefBuilder.normalize(e.event()));
                    checked++;
                }
            }
        }
        System.out.println("brief evidence: " + checked + " citations, each with its sentence at its offsets");
        assertThat(checked).isPositive();
    }

    private static void assertSummariesAreWholeSentences(List<StoryBrief> briefs, int words) {
        for (StoryBrief brief : briefs) {
            int total = 0;
            for (StoryBrief.Sentence s : brief.summary()) {
                String text = s.text().strip();
                assertThat(text).as("starts like a sentence").matches("^[\"“‘'(\\p{Lu}\\p{N}].*");
                assertThat(text).as("ends like a sentence").matches("(?s).*[.!?][\"”’')]*$");
                assertThat(text).as("reads on its own").doesNotMatch(UNRESOLVED_OPENING + ".*");
                assertThat(text).doesNotContain("…");
                total += text.split("\\s+").length;
            }
            if (brief.summary().size() > 1) {
                assertThat(total).isLessThanOrEqualTo(words); // one sentence alone may be longer: never cut
            }
            assertThat(brief.headline()).doesNotEndWith("…");
        }
    }

    @Test
    void aTimelineEventIsNotCitedToASentenceThatOnlyHoldsItsWords(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("flood.jsonl");
        Files.writeString(file, String.join("\n",
                "{\"id\":\"a\",\"source\":\"Harbour Times\",\"text\":\"40 people died in the flood on 5 May 2024. "
                        + "Officials denied that the mayor resigned on 7 May 2024.\"}",
                "{\"id\":\"b\",\"source\":\"Bay Radio\",\"text\":\"140 people died in the flood on 5 May 2024. "
                        + "The mayor resigned on 7 May 2024.\"}"));
        List<AnalyzedArticle> articles = analyze(file);
        StoryBrief brief = BRIEFS.briefs(articles, true).get(0);
        assertThat(brief.timeline()).extracting(StoryBrief.Event::date).contains("2024-05-05", "2024-05-07");
        for (StoryBrief.Event e : brief.timeline()) {
            // each sentence is one outlet's: "140 died" does not state "40 died", nor a denial the resignation
            assertThat(e.statedBy()).as(e.event()).hasSize(1);
            assertThat(e.alsoDated()).as(e.event()).hasSize(1);
        }
    }

    @Test
    void examples() {
        List<AnalyzedArticle> articles = analyze(SharedData.repositoryRoot().resolve("examples"));
        List<StoryBrief> briefs = BRIEFS.briefs(articles, false);

        assertEvidenceMatchesTheAnalysedText(articles, briefs);
        assertSummariesAreWholeSentences(briefs, BriefBuilder.Config.DEFAULTS.summaryWords());
    }

    @Test
    void seeds() {
        List<AnalyzedArticle> articles = analyze(SharedData.seeds());
        List<StoryBrief> briefs = BRIEFS.briefs(articles, true);

        assertEvidenceMatchesTheAnalysedText(articles, briefs);
        assertSummariesAreWholeSentences(briefs, BriefBuilder.Config.DEFAULTS.summaryWords());
    }

    @Test
    void multilingTopicsAt250Words() throws IOException {
        Optional<Path> shared = SharedData.find();
        Assumptions.assumeTrue(shared.isPresent(), "../shared is absent: skipping the MultiLing summaries");
        Path sources = shared.get().resolve("data/multiling2011-en/sources");
        Briefs briefs = new Briefs(new BgeSmallEmbedder(), BriefBuilder.Config.DEFAULTS.withSummaryWords(250));
        List<String> topics;
        try (Stream<Path> files = Files.list(sources)) {
            topics = files.map(f -> f.getFileName().toString().substring(0, 4)).distinct().sorted().toList();
        }
        for (String topic : topics) {
            List<AnalyzedArticle> articles = new ArticleAnalyzer().analyzeAll(List.of(sources.toString()),
                    problem -> { }).stream().filter(a -> a.id().startsWith(topic)).toList();
            List<StoryBrief> brief = briefs.briefs(articles, true);
            assertSummariesAreWholeSentences(brief, 250);
            assertEvidenceMatchesTheAnalysedText(articles, brief);
        }
    }
}
