package org.corroborate.testing;

import java.util.ArrayList;
import java.util.List;
import org.corroborate.analyze.AnalysisListener;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.ingest.Article;
import org.corroborate.ingest.ArticleSink;
import org.corroborate.ingest.InputProblem;

/** Collects what a reader or analyzer produces, for assertions. */
public final class Collected implements ArticleSink, AnalysisListener {
    public final List<Article> articles = new ArrayList<>();
    public final List<AnalyzedArticle> analyzed = new ArrayList<>();
    public final List<InputProblem> problems = new ArrayList<>();

    @Override
    public void article(Article article) {
        articles.add(article);
    }

    @Override
    public void article(AnalyzedArticle article) {
        analyzed.add(article);
    }

    @Override
    public void problem(InputProblem problem) {
        problems.add(problem);
    }

    public List<InputProblem> errors() {
        return problems.stream().filter(InputProblem::rejected).toList();
    }
}
