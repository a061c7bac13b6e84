package org.corroborate.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.embed.Embedder;
import org.corroborate.extract.quantity.Quantity;

/**
 * Figures merged across sources, and the conflicts between them: the same unit, values that differ by more than 5%,
 * and "counts" phrases whose embeddings are close, so they measure the same thing. Both values are kept with their
 * basis and sources; none is picked.
 */
final class Figures {
    /** A merged figure and every phrase its sources used for what it counts. */
    record Merged(StoryBrief.Figure figure, List<String> phrases) {
    }

    private Figures() {
    }

    static List<Merged> merge(List<AnalyzedArticle> story) {
        Map<String, double[]> values = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        Map<String, Map<String, Evidence>> sources = new LinkedHashMap<>();
        Map<String, List<String>> phrases = new LinkedHashMap<>();
        for (AnalyzedArticle article : story) {
            for (Quantity q : article.extraction().quantities()) {
                if (q.unit().equals("count") || (q.value() < 10 && !q.unit().equals("percent"))) {
                    continue; // "two leaders": not a figure a reader checks
                }
                String key = q.unit() + "|" + q.value();
                values.putIfAbsent(key, new double[] {q.value()});
                units.putIfAbsent(key, q.unit());
                sources.computeIfAbsent(key, k -> new LinkedHashMap<>()).putIfAbsent(article.id(),
                        BriefBuilder.evidence(article, q.start(), q.end()));
                List<String> counted = phrases.computeIfAbsent(key, k -> new ArrayList<>());
                q.counts().filter(c -> !counted.contains(c)).ifPresent(counted::add);
            }
        }
        List<Merged> merged = new ArrayList<>();
        for (String key : values.keySet()) {
            List<String> counted = phrases.get(key);
            Optional<String> counts = counted.stream().max(Comparator.comparingInt(String::length));
            merged.add(new Merged(new StoryBrief.Figure(values.get(key)[0], units.get(key), counts,
                    List.copyOf(sources.get(key).keySet()), List.copyOf(sources.get(key).values())),
                    List.copyOf(counted)));
        }
        return merged;
    }

    static List<StoryBrief.Conflict> conflicts(List<Merged> figures, Embedder embedder, double similarity) {
        // every "counts" phrase embedded once, in one batch
        List<String> phrases = figures.stream().flatMap(f -> f.phrases().stream()).distinct().toList();
        Map<String, float[]> vectors = new LinkedHashMap<>();
        if (!phrases.isEmpty()) {
            List<float[]> embedded = embedder.embed(phrases);
            for (int i = 0; i < phrases.size(); i++) {
                vectors.put(phrases.get(i), embedded.get(i));
            }
        }
        List<StoryBrief.Conflict> conflicts = new ArrayList<>();
        Set<Integer> used = new LinkedHashSet<>();
        for (int i = 0; i < figures.size(); i++) {
            for (int j = i + 1; j < figures.size(); j++) {
                StoryBrief.Figure a = figures.get(i).figure();
                StoryBrief.Figure b = figures.get(j).figure();
                if (!a.unit().equals(b.unit()) || a.counts().isEmpty() || b.counts().isEmpty()
                        || Math.abs(a.value() - b.value()) <= 0.05 * Math.max(a.value(), b.value())
                        || used.contains(i) || used.contains(j)) {
                    continue;
                }
                if (sameMeasure(figures.get(i).phrases(), figures.get(j).phrases(), vectors, similarity)) {
                    used.add(i);
                    used.add(j);
                    conflicts.add(new StoryBrief.Conflict(a.counts().get().length() <= b.counts().get().length()
                            ? a.counts().get() : b.counts().get(), List.of(
                            new StoryBrief.Conflict.Value(a.value(), a.unit(), a.counts().get(), a.sources(),
                                    a.evidence()),
                            new StoryBrief.Conflict.Value(b.value(), b.unit(), b.counts().get(), b.sources(),
                                    b.evidence()))));
                }
            }
        }
        return conflicts;
    }

    private static boolean sameMeasure(List<String> a, List<String> b, Map<String, float[]> vectors,
                                       double similarity) {
        for (String x : a) {
            for (String y : b) {
                if (Embedder.cosine(vectors.get(x), vectors.get(y)) >= similarity) {
                    return true;
                }
            }
        }
        return false;
    }
}
