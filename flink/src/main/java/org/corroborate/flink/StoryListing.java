package org.corroborate.flink;

/**
 * A story to rebuild the brief of, because it grew or because a story newly related to it lists it, with the
 * related stories its brief lists now ({@link org.corroborate.cluster.RelatedStories}, as the server lists them).
 *
 * @param related story numbers, biggest story first, then those that list this one back
 */
public record StoryListing(long story, long[] related) {
}
