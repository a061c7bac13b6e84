package org.corroborate.flink;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.corroborate.analyze.AnalysisConfig;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.cluster.ArticleProfile;
import org.corroborate.cluster.FeatureExtractor;
import org.corroborate.cluster.ProfileJson;
import org.corroborate.dedupe.DuplicateDetector;
import org.corroborate.embed.BgeSmallEmbedder;
import org.corroborate.embed.Embedder;
import org.corroborate.ingest.Article;
import org.corroborate.ingest.ArticleReader;
import org.corroborate.ingest.ArticleSink;
import org.corroborate.json.AnalysisJsonWriter;

/**
 * The costly, stateless part, run in parallel: analyses a batch as the server does (clean, language, sentences, tags,
 * times, figures, names resolved across the batch, quotes), embeds title and lead, makes the clustering profile and
 * the duplicate fingerprint. Which article copies which is left to {@link StoryAssigner}, which sees them all in
 * order. Models load once per task, in {@link #open}. Emits exactly one record per input line (a placeholder for a
 * line that gives no article), so numbering downstream never waits.
 */
final class Analyser extends RichFlatMapFunction<ArticleBatch, Analysed> {
    private static final long serialVersionUID = 1L;
    private transient ArticleAnalyzer analyzer;
    private transient Embedder embedder;
    private transient FeatureExtractor extractor;
    private transient DuplicateDetector fingerprints;
    private transient ArticleReader reader;
    private transient BusyTime busy;

    @Override
    public void open(OpenContext context) {
        // Flink runs one task per slot: the analyser's own pool would only compete with the other tasks for cores
        analyzer = new ArticleAnalyzer(AnalysisConfig.DEFAULTS.withThreads(1));
        embedder = new BgeSmallEmbedder();
        extractor = new FeatureExtractor();
        fingerprints = new DuplicateDetector();
        reader = new ArticleReader();
        busy = new BusyTime("analyse, embed, fingerprint (articles)");
    }

    @Override
    public void close() {
        busy.report(getRuntimeContext().getTaskInfo().getIndexOfThisSubtask(),
                getRuntimeContext().getTaskInfo().getNumberOfParallelSubtasks());
    }

    @Override
    public void flatMap(ArticleBatch batch, Collector<Analysed> out) {
        long start = System.nanoTime();
        List<Article> articles = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < batch.lines().length; i++) {
            Optional<Article> article = read(batch.file(), batch.lines()[i]);
            if (article.isPresent()) {
                articles.add(article.get());
                positions.add(i);
            }
        }
        List<AnalyzedArticle> analyzed = articles.isEmpty() ? List.of() : analyzer.analyze(articles);
        if (analyzed.size() != articles.size()) {
            throw new IllegalStateException(batch.file() + ": " + articles.size() + " articles gave "
                    + analyzed.size() + " analyses");
        }
        // duplicates are found across the whole input by the clusterer, not within a batch
        List<AnalyzedArticle> plain = analyzed.stream().map(a -> a.withDuplicateOf(Optional.empty())).toList();
        List<ArticleProfile> profiles = extractor.profiles(plain, embedder);
        Analysed[] results = new Analysed[batch.lines().length];
        for (int k = 0; k < plain.size(); k++) {
            int i = positions.get(k);
            results[i] = analysed(batch.first() + i, batch.lines()[i], articles.get(k), plain.get(k),
                    profiles.get(k));
        }
        busy.add(batch.lines().length, start);
        for (int i = 0; i < results.length; i++) {
            out.collect(results[i] != null ? results[i] : Analysed.placeholder(batch.first() + i));
        }
    }

    private Analysed analysed(long seq, String line, Article article, AnalyzedArticle a, ArticleProfile profile) {
        DuplicateDetector.Fingerprint fingerprint = fingerprints.fingerprint(
                a.cleaned().title().orElse("") + "\n" + a.text());
        return new Analysed(seq, article.id(), profile.time(), line, AnalysisJsonWriter.line(a), ProfileJson.write(profile),
                a.cleaned().title().orElse(null), a.cleaned().source().name(), article.url().orElse(null),
                article.published().map(p -> p.iso()).orElse(null), article.contentHash(),
                fingerprint.exactHash(), fingerprint.signature(), fingerprint.shingles(), null);
    }

    /** The article of one line the reader wrote; empty (the reason printed) in the unlikely case it is refused. */
    private Optional<Article> read(String file, String line) {
        List<Article> found = new ArrayList<>(1);
        reader.readJsonLines(file, new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)),
                ArticleSink.of(found::add, problem -> System.err.println("corroborate: " + problem)));
        return found.stream().findFirst();
    }
}
