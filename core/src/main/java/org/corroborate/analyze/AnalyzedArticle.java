package org.corroborate.analyze;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.corroborate.clean.CleanedArticle;
import org.corroborate.extract.Extraction;
import org.corroborate.text.Language;
import org.corroborate.text.Sentence;

/**
 * An article after analysis: its cleaned text, language, sentences with tagged tokens, what extraction found
 * (entities, quotes, figures, time expressions), and the earlier article it duplicates, if any.
 *
 * @param notes what a reader of the result should know about this article (e.g. that it is not English)
 */
public record AnalyzedArticle(CleanedArticle cleaned, Language language, List<Sentence> sentences,
                              Extraction extraction, Optional<String> duplicateOf, List<String> notes) {
    public AnalyzedArticle {
        Objects.requireNonNull(cleaned, "cleaned");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(extraction, "extraction");
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        sentences = List.copyOf(sentences);
        notes = List.copyOf(notes);
    }

    public String id() {
        return cleaned.id();
    }

    public String text() {
        return cleaned.text();
    }

    public AnalyzedArticle withDuplicateOf(Optional<String> original) {
        return new AnalyzedArticle(cleaned, language, sentences, extraction, original, notes);
    }

    AnalyzedArticle withExtraction(Extraction newExtraction) {
        return new AnalyzedArticle(cleaned, language, sentences, newExtraction, duplicateOf, notes);
    }
}
