package org.corroborate.ingest;

/** Receives what readers produce: articles, and problems with inputs that could not (fully) be read. */
public interface ArticleSink {
    void article(Article article);

    void problem(InputProblem problem);
}
