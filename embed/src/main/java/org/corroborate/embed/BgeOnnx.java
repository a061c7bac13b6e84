package org.corroborate.embed;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A BERT encoder with CLS pooling run straight on ONNX Runtime, giving the vectors LangChain4j's
 * {@code OnnxEmbeddingModel} gives (the same tokenizer, model, pooling and normalisation; a text over
 * {@value #MAX_TOKENS} word pieces is cut at word starts into parts whose vectors are averaged by their lengths, as
 * LangChain4j does) at less cost:
 * <ul>
 *   <li>a text is tokenised once, where LangChain4j tokenises it three times (to split it, to rebuild each part's
 *       text and check it, then to encode it);</li>
 *   <li>ONNX Runtime runs each text on one thread, and the texts of one call are spread over the cores, where
 *       LangChain4j runs as many texts at once as there are cores, each on ONNX Runtime's pool of as many threads
 *       again, so four threads share two cores.</li>
 * </ul>
 * Thread-safe.
 */
final class BgeOnnx {
    /** Word pieces one pass of the model reads, without its two markers. */
    static final int MAX_TOKENS = 510;

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final ExecutorService LANES = Executors.newFixedThreadPool(Math.max(1, CORES - 1), runnable -> {
        Thread thread = new Thread(runnable, "corroborate-embed-" + LaneNames.NEXT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private static final class LaneNames {
        static final AtomicInteger NEXT = new AtomicInteger();
    }

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    private BgeOnnx(OrtEnvironment environment, OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    static BgeOnnx fromFiles(Path model, Path tokenizer) {
        try {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            return new BgeOnnx(environment, environment.createSession(model.toString(), options()),
                    HuggingFaceTokenizer.newInstance(tokenizer, Map.of("padding", "false")));
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load " + model + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BgeOnnx fromStreams(InputStream model, InputStream tokenizer) {
        try (model; tokenizer) {
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            return new BgeOnnx(environment, environment.createSession(model.readAllBytes(), options()),
                    HuggingFaceTokenizer.newInstance(tokenizer, Map.of("padding", "false")));
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load the embedding model: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OrtSession.SessionOptions options() throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        // one thread a text: the texts of a call, or the server's requests, keep the cores busy instead
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        return options;
    }

    /** Unit vectors of the texts (none blank), in order; several texts are embedded on several cores at once. */
    List<float[]> embed(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        int lanes = Math.min(CORES, texts.size());
        List<Future<?>> others = new ArrayList<>(lanes);
        for (int lane = 1; lane < lanes; lane++) {
            int first = lane;
            others.add(LANES.submit(() -> embedLane(texts, first, lanes, vectors)));
        }
        embedLane(texts, 0, Math.max(1, lanes), vectors);
        for (Future<?> other : others) {
            try {
                other.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while embedding", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException(e.getCause());
            }
        }
        return List.of(vectors);
    }

    private void embedLane(List<String> texts, int first, int step, float[][] vectors) {
        for (int i = first; i < texts.size(); i += step) {
            vectors[i] = embed(texts.get(i));
        }
    }

    float[] embed(String text) {
        Encoding encoding = tokenizer.encode(text);
        if (encoding.getIds().length - 2 <= MAX_TOKENS) {
            return normalize(run(encoding));
        }
        // as LangChain4j: parts of at most MAX_TOKENS word pieces, cut where a word starts
        List<String> tokens = tokenizer.tokenize(text);
        List<float[]> vectors = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (List<String> part : partition(tokens)) {
            vectors.add(run(tokenizer.encode(text(part))));
            weights.add(part.size());
        }
        return normalize(weightedAverage(vectors, weights));
    }

    /** The word pieces between the markers in runs of at most MAX_TOKENS, each run ending before a word start. */
    static List<List<String>> partition(List<String> tokens) {
        List<List<String>> parts = new ArrayList<>();
        int from = 1;
        while (from < tokens.size() - 1) {
            int to = from + MAX_TOKENS;
            if (to >= tokens.size() - 1) {
                to = tokens.size() - 1;
            } else {
                while (to > from && tokens.get(to).startsWith("##")) {
                    to--;
                }
                if (to == from) {
                    to = from + MAX_TOKENS;
                }
            }
            parts.add(tokens.subList(from, to));
            from = to;
        }
        return parts;
    }

    /** A part's text: the tokenizer's sentence of it when that tokenizes back to the part, else its pieces joined. */
    private String text(List<String> part) {
        String sentence = tokenizer.buildSentence(part);
        List<String> again = new ArrayList<>(tokenizer.tokenize(sentence));
        again.remove(0);
        again.remove(again.size() - 1);
        return again.equals(part) ? sentence : String.join("", part);
    }

    private float[] run(Encoding encoding) {
        long[] ids = encoding.getIds();
        long[] shape = {1, ids.length};
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment,
                     LongBuffer.wrap(encoding.getAttentionMask()), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(encoding.getTypeIds()),
                     shape)) {
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (typeIds) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                return hidden[0][0];
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed: " + e.getMessage(), e);
        }
    }

    private static float[] weightedAverage(List<float[]> vectors, List<Integer> weights) {
        if (vectors.size() == 1) {
            return vectors.get(0);
        }
        float[] sum = new float[vectors.get(0).length];
        int total = 0;
        for (int v = 0; v < vectors.size(); v++) {
            int weight = weights.get(v);
            total += weight;
            for (int i = 0; i < sum.length; i++) {
                sum[i] += vectors.get(v)[i] * weight;
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= total;
        }
        return sum;
    }

    /** In float arithmetic, summed in order, as LangChain4j normalises. */
    private static float[] normalize(float[] vector) {
        float squares = 0;
        for (float value : vector) {
            squares += value * value;
        }
        float norm = (float) Math.sqrt(squares);
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = vector[i] / norm;
        }
        return unit;
    }
}
