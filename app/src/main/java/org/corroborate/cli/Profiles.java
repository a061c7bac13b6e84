package org.corroborate.cli;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.analyze.AnalysisListener;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.cluster.ArticleProfile;
import org.corroborate.cluster.FeatureExtractor;
import org.corroborate.embed.Embedder;
import org.corroborate.ingest.InputProblem;

/** Reads and analyses input into archive-clustering profiles, each with the embedding of its title and lead. */
final class Profiles {
    /** A profile and what the output names of its article. */
    record Read(ArticleProfile profile, String title, String source, String published) {
    }

    private Profiles() {
    }

    /** Every article of the paths, in input order; problems go to {@code problems} as they come. */
    static List<Read> read(List<String> paths, Embedder embedder, java.util.function.Consumer<InputProblem> problems) {
        FeatureExtractor extractor = new FeatureExtractor();
        List<Read> read = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        new ArticleAnalyzer().analyzePaths(paths, new AnalysisListener() {
            @Override
            public void article(AnalyzedArticle article) {
                String published = article.cleaned().article().published().map(p -> p.dateTime()
                        .map(t -> t.toInstant().toString()).orElse(p.date().toString())).orElse(null);
                read.add(new Read(extractor.profile(article), article.cleaned().title().orElse(""),
                        article.cleaned().source().name(), published));
                texts.add(FeatureExtractor.embeddingText(article));
            }

            @Override
            public void problem(InputProblem problem) {
                problems.accept(problem);
            }
        });
        List<Read> embedded = new ArrayList<>(read.size());
        for (int from = 0; from < read.size(); from += 256) {
            int to = Math.min(read.size(), from + 256);
            List<float[]> vectors = embedder.embed(texts.subList(from, to));
            for (int i = from; i < to; i++) {
                Read r = read.get(i);
                embedded.add(new Read(r.profile().withEmbedding(vectors.get(i - from)), r.title(), r.source(),
                        r.published()));
            }
        }
        return embedded;
    }
}
