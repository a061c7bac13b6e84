package org.corroborate.embed;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * BGE small English v1.5 (quantized, 384 dimensions, 512 tokens), run in-process by ONNX Runtime through
 * LangChain4j; the weights ship inside the Maven jar, so nothing is downloaded. The model loads once, on first use,
 * and is shared by all threads.
 */
public final class BgeSmallEmbedder implements Embedder {
    private static final class Holder {
        static final BgeSmallEnV15QuantizedEmbeddingModel MODEL = new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String text : texts) {
            segments.add(TextSegment.from(text.isBlank() ? "-" : text));
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        Holder.MODEL.embedAll(segments).content().forEach(e -> vectors.add(e.vector()));
        return vectors;
    }

    @Override
    public int dimensions() {
        return 384;
    }
}
