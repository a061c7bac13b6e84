package org.corroborate.flink;

/**
 * An article with the story it joined and the merges its arrival caused, as the store takes them in one
 * transaction.
 *
 * @param merges {from, into} story pairs, flattened, in the order they happened
 */
public record Assigned(Analysed article, long story, long[] merges) {
}
