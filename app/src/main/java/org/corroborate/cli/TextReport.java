package org.corroborate.cli;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.stream.Collectors;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.clean.BoilerplateKind;
import org.corroborate.clean.CleanedArticle;
import org.corroborate.clean.RemovedBlock;
import org.corroborate.extract.Extraction;
import org.corroborate.extract.entity.EntityMention;
import org.corroborate.extract.quantity.Quantity;
import org.corroborate.extract.quote.Quote;
import org.corroborate.json.JsonSupport;
import org.corroborate.ingest.Article;
import org.corroborate.ingest.Published;
import org.corroborate.text.Sentence;

/**
 * The readable form of {@code analyze}: one block per article with what extraction found, then the sentences
 * numbered one per line. Values marked * rest on an inferred publication date.
 */
final class TextReport {
    private final PrintStream out;
    private final boolean showRemoved;
    private int count;

    TextReport(PrintStream out, boolean showRemoved) {
        this.out = out;
        this.showRemoved = showRemoved;
    }

    void article(AnalyzedArticle analyzed) {
        CleanedArticle cleaned = analyzed.cleaned();
        Article article = cleaned.article();
        count++;
        if (count > 1) {
            out.println();
        }
        out.printf("[%d] %s%n", count, article.id());
        out.printf("    source:     %s (from %s)%n", cleaned.source().name(), cleaned.source().basis().label());
        cleaned.title().ifPresent(t -> out.printf("    title:      %s%n", t));
        out.printf("    published:  %s%n", article.published().map(Published::iso).orElse("unknown"));
        out.printf("    format:     %s, language %s, %d sentences%n", article.format().label(),
                analyzed.language().code(), analyzed.sentences().size());
        analyzed.duplicateOf().ifPresent(d -> out.printf("    duplicate of: %s%n", d));
        for (String note : analyzed.notes()) {
            out.printf("    note:       %s%n", note);
        }
        if (!cleaned.removed().isEmpty()) {
            Map<BoilerplateKind, Long> kinds = cleaned.removed().stream().collect(Collectors.groupingBy(
                    RemovedBlock::kind, () -> new EnumMap<>(BoilerplateKind.class), Collectors.counting()));
            out.printf("    removed:    %s%n", kinds.entrySet().stream()
                    .map(e -> e.getKey().label() + " " + e.getValue()).collect(Collectors.joining(", ")));
            if (showRemoved) {
                for (RemovedBlock block : cleaned.removed()) {
                    out.printf("      - %s: %s%n", block.kind().label(), shorten(block.text(), 160));
                }
            }
        }
        cleaned.embeddedPosts().forEach(p -> out.printf("    embedded post by %s (%s)%n", p.author(), p.handle()));
        extraction(analyzed.extraction());
        int n = 0;
        for (Sentence sentence : analyzed.sentences()) {
            out.printf("  %3d  %s%n", ++n, sentence.text(cleaned.text()));
        }
    }

    private void extraction(Extraction extraction) {
        extraction.reference().ifPresent(r -> out.printf("    dates:      relative to %s%s%n", r.date(),
                r.inferred() ? " (inferred: " + r.basis().label() + ")" : ""));
        Map<String, Set<String>> entities = new LinkedHashMap<>();
        for (EntityMention e : extraction.entities()) {
            entities.computeIfAbsent(e.canonical() + " (" + e.type().name().toLowerCase(Locale.ROOT) + ")",
                    k -> new LinkedHashSet<>()).add(e.text());
        }
        if (!entities.isEmpty()) {
            out.printf("    entities:   %s%n", entities.entrySet().stream()
                    .map(e -> e.getKey() + (e.getValue().size() > 1 || !e.getKey().startsWith(
                            e.getValue().iterator().next() + " ") ? " as " + String.join(", ", e.getValue()) : ""))
                    .collect(Collectors.joining("; ")));
        }
        for (Quote quote : extraction.quotes()) {
            out.printf("    quote:      %s — %s (%s)%n", shorten(quote.text(), 100), quote.speaker().orElse("speaker "
                    + "unknown"), quote.kind().name().toLowerCase(Locale.ROOT));
        }
        for (Quantity q : extraction.quantities()) {
            out.printf("    figure:     %s = %s %s%s%n", q.text(), JsonSupport.readable(q.value()), q.unit(),
                    q.counts().map(c -> " (" + c + ")").orElse(""));
        }
        if (!extraction.times().isEmpty()) {
            out.printf("    times:      %s%n", extraction.times().stream()
                    .map(t -> t.text() + " = " + t.value() + (t.inferred() ? "*" : ""))
                    .collect(Collectors.joining("; ")));
        }
    }


    void flush() {
        out.flush();
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
