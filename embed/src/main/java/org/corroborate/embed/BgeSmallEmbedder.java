package org.corroborate.embed;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ArrayList;
import java.util.List;

/**
 * BGE small English v1.5 (quantized, 384 dimensions, 512 tokens), run in-process by ONNX Runtime through
 * LangChain4j; the weights ship inside the Maven jar, so nothing is downloaded. The model loads once, on first use,
 * and is shared by all threads; a text given twice in one call is embedded once; it loads from a copy of the jar's files in a cache folder when one can be made
 * ({@link ModelFiles}), which is 0.7 s faster than from the jar.
 */
public final class BgeSmallEmbedder implements Embedder {
    private static final String MODEL_FILE = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER_FILE = "bge-small-en-v1.5-q-tokenizer.json";

    private static final class Holder {
        static final EmbeddingModel MODEL = load();
    }

    /** The model from plain files when they can be had ({@link ModelFiles}), else from the jar as LangChain4j does. */
    private static EmbeddingModel load() {
        ClassLoader loader = BgeSmallEnV15QuantizedEmbeddingModel.class.getClassLoader();
        Optional<Path> model = ModelFiles.file(loader, MODEL_FILE);
        Optional<Path> tokenizer = model.flatMap(m -> ModelFiles.file(loader, TOKENIZER_FILE));
        if (model.isPresent() && tokenizer.isPresent()) {
            try {
                return new OnnxEmbeddingModel(model.get(), tokenizer.get(), PoolingMode.CLS);
            } catch (RuntimeException e) {
                // a copy that cannot be read (another user's, a damaged disk): copied again next time
                ModelFiles.forget(model.get());
                ModelFiles.forget(tokenizer.get());
            }
        }
        return new BgeSmallEnV15QuantizedEmbeddingModel();
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        // each distinct text once: a wire copy repeats its original's sentences, and the model costs ~3 ms a sentence
        java.util.Map<String, Integer> slots = new java.util.HashMap<>();
        List<TextSegment> segments = new ArrayList<>(texts.size());
        int[] slot = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).isBlank() ? "-" : texts.get(i);
            slot[i] = slots.computeIfAbsent(text, t -> {
                segments.add(TextSegment.from(t));
                return segments.size() - 1;
            });
        }
        List<float[]> distinct = new ArrayList<>(segments.size());
        if (!segments.isEmpty()) {
            Holder.MODEL.embedAll(segments).content().forEach(e -> distinct.add(e.vector()));
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int s : slot) {
            vectors.add(distinct.get(s));
        }
        return vectors;
    }

    @Override
    public int dimensions() {
        return 384;
    }
}
