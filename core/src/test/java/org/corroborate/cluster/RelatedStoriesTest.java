package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The listing a brief makes of its related stories: listed back, prompted once a pair, restored as kept. */
class RelatedStoriesTest {
    @Test
    void aStoryNamedByAnotherListsItBackAndIsPromptedOnce() {
        RelatedStories listings = new RelatedStories();
        assertThat(listings.list(1, List.of())).isEqualTo(new RelatedStories.Listing(List.of(), List.of()));

        // story 3's lookup finds 1, whose own lookup does not find 3: 1 is to be listed again
        RelatedStories.Listing third = listings.list(3, List.of(1L));
        assertThat(third.related()).containsExactly(1L);
        assertThat(third.prompted()).containsExactly(1L);
        RelatedStories.Listing first = listings.list(1, List.of());
        assertThat(first.related()).as("listed back").containsExactly(3L);
        assertThat(first.prompted()).as("3 lists 1 already").isEmpty();

        // the clusterer's stories first (biggest first, as found), then those listing it back; itself never
        RelatedStories.Listing fourth = listings.list(4, List.of(2L, 4L));
        assertThat(fourth.related()).containsExactly(2L);
        assertThat(listings.list(2, List.of(5L)).related()).containsExactly(5L, 4L);
        assertThat(listings.list(4, List.of(2L)).prompted()).as("2 lists 4 already").isEmpty();
    }

    @Test
    void aPairPromptsOnlyOnceEvenWhenTheOtherNeverListsItBack() {
        RelatedStories listings = new RelatedStories();
        assertThat(listings.list(1, List.of(2L)).prompted()).containsExactly(2L);
        // 2's listing is made without 1 (as a writer that has not heard of the prompt yet would): no prompt again
        listings.restoreListing(2, Set.of());
        assertThat(listings.list(1, List.of(2L)).prompted()).isEmpty();
    }

    @Test
    void restoringWhatWasKeptGivesTheSameListings() {
        RelatedStories before = new RelatedStories();
        before.list(1, List.of());
        before.list(3, List.of(1L));
        before.list(7, List.of(3L));
        Map<Long, Set<Long>> kept = new LinkedHashMap<>();
        before.forEachListing(kept::put);
        List<Long> prompts = new ArrayList<>();
        before.forEachPrompt(prompts::add);

        RelatedStories after = new RelatedStories();
        kept.forEach(after::restoreListing);
        prompts.forEach(after::restorePrompt);
        assertThat(after.list(1, List.of())).isEqualTo(before.list(1, List.of()));
        assertThat(after.list(3, List.of(1L))).isEqualTo(before.list(3, List.of(1L)));
    }
}
