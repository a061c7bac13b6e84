package org.corroborate.flink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An article with the story it joined and the merges its arrival caused, as the store takes them in one
 * transaction, and the related stories the briefs of the stories it touched list now.
 *
 * @param merges {from, into} story pairs, flattened, in the order they happened
 * @param listed each listing made for the article: the story, how many related stories, then those stories
 *     (biggest first), flattened; the article's story first, then the stories its listing prompted (flat, as Flink
 *     serialises a primitive array without Kryo); empty when the job builds no briefs
 */
public record Assigned(Analysed article, long story, long[] merges, long[] listed) {
    /** The listings of {@link #listed}, in their order. */
    List<StoryListing> listings() {
        List<StoryListing> listings = new ArrayList<>();
        for (int i = 0; i + 1 < listed.length; ) {
            int count = Math.toIntExact(listed[i + 1]);
            listings.add(new StoryListing(listed[i], Arrays.copyOfRange(listed, i + 2, i + 2 + count)));
            i += 2 + count;
        }
        return listings;
    }
}
