package org.corroborate.ingest;

/** Receives what readers produce: articles, and problems with inputs that could not (fully) be read. */
public interface ArticleSink {
    void article(Article article);

    void problem(InputProblem problem);

    /** A sink made of two callbacks: what to do with each article, and with each problem. */
    static ArticleSink of(java.util.function.Consumer<Article> articles,
                          java.util.function.Consumer<InputProblem> problems) {
        return new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.accept(article);
            }

            @Override
            public void problem(InputProblem problem) {
                problems.accept(problem);
            }
        };
    }
}
