package org.corroborate.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Quotes and their speakers against attribution annotations (as PolNeAR's brat files give them): direct quotes
 * found (a gold direct quote is an attribution content that opens with a quotation mark), partial quotes that fall inside some gold attribution, and, for matched
 * direct quotes whose gold source names someone, whether the speaker found is that source (they share a name word).
 */
public record QuoteScores(int goldDirect, int foundDirect, int correctDirect, int recalledDirect, int foundPartial,
                          int partialInside, int namedDirect, int speakerRight, int speakerMissing) {
    /** A gold attribution: its content span and the text of its source, when it has one. */
    public record Attribution(int contentStart, int contentEnd, String content, Optional<String> source) {
    }

    /** A quote found: span, kind ("DIRECT", "PARTIAL", "EMBEDDED") and speaker. */
    public record Found(int start, int end, String kind, Optional<String> speaker) {
    }

    private static final Set<String> NOT_NAMES = Set.of("he", "she", "they", "it", "we", "i", "you", "the", "a", "an",
            "his", "her", "their", "its", "this", "that", "one", "some", "many", "officials", "sources", "source");
    private static final Set<String> TITLES = Set.of("the", "mr", "mrs", "ms", "dr", "rep", "sen", "gov", "president",
            "senator", "governor", "secretary", "former", "republican", "democratic", "candidate", "nominee", "and");

    public static QuoteScores score(List<Attribution> gold, List<Found> found) {
        List<Attribution> direct = gold.stream().filter(QuoteScores::isDirect).toList();
        List<Found> foundDirect = found.stream().filter(f -> f.kind().equals("DIRECT")).toList();
        // a found direct quote is right when it overlaps a gold direct quote (a long quote the annotators kept whole
        // may come as two pieces); a gold one is found when some found quote overlaps it
        int correct = (int) foundDirect.stream().filter(f -> direct.stream().anyMatch(g -> overlap(f, g))).count();
        int named = 0;
        int right = 0;
        int missing = 0;
        int recalled = 0;
        for (Attribution g : direct) {
            Optional<Found> match = foundDirect.stream().filter(f -> overlap(f, g)).findFirst();
            if (match.isEmpty()) {
                continue;
            }
            recalled++;
            if (g.source().isPresent() && isNamed(g.source().get())) {
                named++;
                Optional<String> speaker = match.get().speaker();
                if (speaker.isEmpty()) {
                    missing++;
                } else if (sameName(speaker.get(), g.source().get())) {
                    right++;
                }
            }
        }
        List<Found> partial = found.stream().filter(f -> f.kind().equals("PARTIAL")).toList();
        int inside = (int) partial.stream().filter(f -> gold.stream().anyMatch(g -> g.contentStart() <= f.start()
                && f.end() <= g.contentEnd())).count();
        return new QuoteScores(direct.size(), foundDirect.size(), correct, recalled, partial.size(), inside, named,
                right, missing);
    }

    public QuoteScores plus(QuoteScores o) {
        return new QuoteScores(goldDirect + o.goldDirect, foundDirect + o.foundDirect, correctDirect + o.correctDirect,
                recalledDirect + o.recalledDirect, foundPartial + o.foundPartial, partialInside + o.partialInside, namedDirect + o.namedDirect,
                speakerRight + o.speakerRight, speakerMissing + o.speakerMissing);
    }

    private static boolean overlap(Found f, Attribution g) {
        return f.start() < g.contentEnd() && g.contentStart() < f.end();
    }

    static boolean isDirect(Attribution a) {
        String content = a.content().strip();
        return !content.isEmpty() && "“\"‘'".indexOf(content.charAt(0)) >= 0;
    }

    /** A source that names someone: a capitalised word that is not a pronoun or an article. */
    static boolean isNamed(String source) {
        for (String word : source.split("[^\\p{L}'.-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two names share a word that is not a title ("Rep. Jim Clyburn" and "Jim Clyburn"). */
    static boolean sameName(String a, String b) {
        Set<String> words = words(a);
        words.retainAll(words(b));
        return !words.isEmpty();
    }

    private static Set<String> words(String name) {
        Set<String> words = new HashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() > 2 && !TITLES.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
