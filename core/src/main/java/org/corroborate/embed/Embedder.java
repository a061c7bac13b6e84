package org.corroborate.embed;

import java.util.List;

/**
 * Turns texts into dense vectors whose cosine says how alike their meanings are. The model behind it (module
 * {@code corroborate-embed}) is the heaviest dependency, so core only knows this interface. Implementations are
 * thread-safe and load their model once.
 */
public interface Embedder {
    /** Unit-length vectors, one per text, in order. */
    List<float[]> embed(List<String> texts);

    int dimensions();

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
