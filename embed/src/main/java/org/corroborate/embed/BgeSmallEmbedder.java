package org.corroborate.embed;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * BGE small English v1.5 (quantized, 384 dimensions, 512 tokens), run in-process by ONNX Runtime through
 * {@link BgeOnnx} (the vectors LangChain4j's model gives, at less cost); the weights ship inside LangChain4j's Maven
 * jar, so nothing is downloaded. The model loads once, on first use, and is shared by all threads; a text given twice
 * in one call is embedded once; it loads from a copy of the jar's files in a cache folder when one can be made
 * ({@link ModelFiles}), which is 0.7 s faster than from the jar.
 */
public final class BgeSmallEmbedder implements Embedder {
    private static final String MODEL_FILE = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER_FILE = "bge-small-en-v1.5-q-tokenizer.json";

    private static final class Holder {
        static final BgeOnnx MODEL = load();
    }

    /** The model from plain files when they can be had ({@link ModelFiles}), else straight from the jar. */
    private static BgeOnnx load() {
        ClassLoader loader = BgeSmallEnV15QuantizedEmbeddingModel.class.getClassLoader();
        Optional<Path> model = ModelFiles.file(loader, MODEL_FILE);
        Optional<Path> tokenizer = model.flatMap(m -> ModelFiles.file(loader, TOKENIZER_FILE));
        if (model.isPresent() && tokenizer.isPresent()) {
            try {
                return BgeOnnx.fromFiles(model.get(), tokenizer.get());
            } catch (RuntimeException e) {
                // a copy that cannot be read (another user's, a damaged disk): copied again next time
                ModelFiles.forget(model.get());
                ModelFiles.forget(tokenizer.get());
            }
        }
        InputStream weights = loader.getResourceAsStream(MODEL_FILE);
        InputStream vocabulary = loader.getResourceAsStream(TOKENIZER_FILE);
        if (weights == null || vocabulary == null) {
            throw new IllegalStateException("the embedding model " + MODEL_FILE + " is not on the class path");
        }
        return BgeOnnx.fromStreams(weights, vocabulary);
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        // each distinct text once: a wire copy repeats its original's sentences, and the model costs ~3 ms a sentence
        Map<String, Integer> slots = new HashMap<>();
        List<String> distinct = new ArrayList<>(texts.size());
        int[] slot = new int[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).isBlank() ? "-" : texts.get(i);
            slot[i] = slots.computeIfAbsent(text, t -> {
                distinct.add(t);
                return distinct.size() - 1;
            });
        }
        List<float[]> embedded = distinct.isEmpty() ? List.of() : Holder.MODEL.embed(distinct);
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int s : slot) {
            vectors.add(embedded.get(s));
        }
        return vectors;
    }

    @Override
    public int dimensions() {
        return 384;
    }
}
