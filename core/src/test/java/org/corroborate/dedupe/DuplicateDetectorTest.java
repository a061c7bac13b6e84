package org.corroborate.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
    private static final String[] WORDS = ("bridge council ferry mayor crack girder harbour city report traffic "
            + "commuters repair engineers inspection closed reopen month week said would could after before during "
            + "the a of to and in on with for from by at as is was were has had will").split(" ");

    /** Seeded random article text; the seed is in the failure message. */
    private static String randomText(SplittableRandom random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(i % 15 == 14 ? ". " : " ");
        }
        return text.toString();
    }

    private static String edit(SplittableRandom random, String text, int edits) {
        List<String> words = new ArrayList<>(List.of(text.split(" ")));
        for (int i = 0; i < edits; i++) {
            words.set(random.nextInt(words.size()), "edited" + i);
        }
        return String.join(" ", words);
    }

    @Test
    void exactCopyIsADuplicateOfTheFirst() {
        DuplicateDetector detector = new DuplicateDetector();
        String text = randomText(new SplittableRandom(1), 300);

        assertThat(detector.register("a", text)).isEmpty();
        assertThat(detector.register("b", "  " + text.toUpperCase() + " ")).contains("a");
    }

    @Test
    void lightlyEditedAndShortenedCopiesAreDuplicatesAndUnrelatedTextsAreNot() {
        for (long seed = 0; seed < 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            DuplicateDetector detector = new DuplicateDetector();
            String original = randomText(random, 400);
            String edited = edit(random, original, 8);
            String shortened = original.substring(0, original.length() * 2 / 3);
            String unrelated = randomText(random, 400);

            assertThat(detector.register("orig", original)).as("seed %d", seed).isEmpty();
            assertThat(detector.register("edited", edited)).as("edited copy, seed %d", seed).contains("orig");
            assertThat(detector.register("short", shortened)).as("shortened copy, seed %d", seed).contains("orig");
            assertThat(detector.register("other", unrelated)).as("unrelated, seed %d", seed).isEmpty();
        }
    }

    @Test
    void copiesOfACopyPointToTheFirstOfTheGroup() {
        SplittableRandom random = new SplittableRandom(7);
        DuplicateDetector detector = new DuplicateDetector();
        String original = randomText(random, 300);
        String copy = edit(random, original, 3);

        detector.register("first", original);
        detector.register("second", copy);

        assertThat(detector.register("third", edit(random, copy, 3))).contains("first");
    }

    @Test
    void headlinesMustMatchExactly() {
        DuplicateDetector detector = new DuplicateDetector();

        assertThat(detector.register("h1", "Bridge shut after crack found")).isEmpty();
        assertThat(detector.register("h2", "Bridge shut after crack is found")).isEmpty();
        assertThat(detector.register("h3", "bridge shut after crack found!")).contains("h1");
    }

    @Test
    void forgetsTheOldestArticlesBeyondItsCapacity() {
        DuplicateDetector detector = new DuplicateDetector(new DuplicateDetector.Config(96, 32, 4, 0.6, 0.85, 25, 2));
        SplittableRandom random = new SplittableRandom(3);
        String first = randomText(random, 200);
        detector.register("1", first);
        detector.register("2", randomText(random, 200));
        detector.register("3", randomText(random, 200));

        assertThat(detector.register("4", first)).isEqualTo(Optional.empty());
    }

    @Test
    void aLongStreamThroughASmallWindowFindsRecentCopiesAndForgetsOldOnes() {
        long seed = 11;
        SplittableRandom random = new SplittableRandom(seed);
        int window = 50;
        DuplicateDetector detector = new DuplicateDetector(
                new DuplicateDetector.Config(96, 32, 4, 0.6, 0.85, 25, window));
        List<String> originals = new ArrayList<>();
        int registrations = 0;
        List<Integer> registeredAt = new ArrayList<>();
        java.util.Set<Integer> copied = new java.util.HashSet<>();
        for (int i = 0; i < 600; i++) {
            String text = randomText(random, 120);
            originals.add(text);
            registeredAt.add(registrations++);
            assertThat(detector.register("a" + i, text)).as("seed %d, article %d", seed, i).isEmpty();
            if (i >= 60 && i % 7 == 0) {
                int recent = i - 1 - random.nextInt(35);
                int old = i - window - 3; // never probed twice, as i steps by 7
                assertThat(detector.register("copy" + i, edit(random, originals.get(recent), 2)))
                        .as("seed %d, copy of %d at %d", seed, recent, i).contains("a" + recent);
                registrations++;
                copied.add(recent);
                boolean forgotten = registrations - registeredAt.get(old) > window;
                if (!copied.contains(old)) { // else a copy of it may still be in the window
                    assertThat(detector.register("old" + i, originals.get(old)).isPresent())
                            .as("seed %d, copy of long-gone %d at %d", seed, old, i).isEqualTo(!forgotten);
                    registrations++;
                }
            }
        }
    }
}
