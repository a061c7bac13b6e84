package org.corroborate.analyze;

import org.corroborate.ingest.InputProblem;

/** Receives analysed articles in input order, and problems as they are found. */
public interface AnalysisListener {
    void article(AnalyzedArticle article);

    void problem(InputProblem problem);
}
