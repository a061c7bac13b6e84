package org.corroborate.flink;

/**
 * Consecutive articles of one input file, each as one line of the input schema (docs/input-jsonl.md, what
 * {@code ingest} sends and the store keeps), numbered in reading order once {@link Sequencer} has seen them.
 * A public record of strings so Flink serialises it as a POJO, not with Kryo.
 *
 * @param file the file as messages name it
 * @param first the sequence number of the first article; -1 before numbering
 * @param lines the articles
 */
public record ArticleBatch(String file, long first, String[] lines) {
    ArticleBatch numbered(long firstNumber) {
        return new ArticleBatch(file, firstNumber, lines);
    }
}
