package org.corroborate.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Quotes and their speakers against attribution annotations (as PolNeAR's brat files give them): direct quotes
 * found (a gold direct quote is an attribution content's quoted fragments: see {@link Attribution}), partial quotes that fall inside some gold attribution, and, for matched
 * direct quotes whose gold source names someone, whether the speaker found is that source (they share a name word).
 */
public record QuoteScores(int goldDirect, int foundDirect, int correctDirect, int recalledDirect, int foundPartial,
                          int partialInside, int namedDirect, int speakerRight, int speakerMissing) {
    /**
     * A gold attribution: its content span (from the first fragment's start to the last one's end), the text of its
     * source when it has one, and its direct quotes: the content's fragments that are quoted words (brat writes a
     * content the writer interrupts as several fragments, "Both parties “agreed,” said Novak. “We shook hands.”",
     * and the annotators often join the writer's paraphrase and the speaker's words in one content like that).
     */
    public record Attribution(int contentStart, int contentEnd, String content, Optional<String> source,
                              List<Fragment> quoted) {
        public Attribution {
            quoted = List.copyOf(quoted);
        }

        /** A content of one fragment, direct when it opens with a quote mark. */
        public Attribution(int contentStart, int contentEnd, String content, Optional<String> source) {
            this(contentStart, contentEnd, content, source, opensWithMark(content)
                    ? List.of(new Fragment(contentStart, contentEnd, content)) : List.of());
        }
    }

    /** A fragment of a gold content that is a direct quote: its span and words. */
    public record Fragment(int start, int end, String words) {
    }

    /** A quote found: span, kind ("DIRECT", "PARTIAL", "EMBEDDED") and speaker. */
    public record Found(int start, int end, String kind, Optional<String> speaker) {
    }

    private static final Set<String> NOT_NAMES = Set.of("he", "she", "they", "it", "we", "i", "you", "the", "a", "an",
            "his", "her", "their", "its", "this", "that", "one", "some", "many", "officials", "sources", "source");
    private static final Set<String> TITLES = Set.of("the", "mr", "mrs", "ms", "dr", "rep", "sen", "gov", "president",
            "senator", "governor", "secretary", "former", "republican", "democratic", "candidate", "nominee", "and");

    public static QuoteScores score(List<Attribution> gold, List<Found> found) {
        List<Attribution> direct = direct(gold);
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

    /**
     * The errors behind the scores, one line each, for choosing what to fix: gold direct quotes missed, direct quotes
     * found that no gold direct quote overlaps, partial quotes outside every attribution, and wrong or missing
     * speakers of direct quotes whose gold source names someone. Each line starts with its kind and the offsets in
     * {@code text}, where the quotes are.
     */
    public static List<String> errors(List<Attribution> gold, List<Found> found, String text) {
        List<String> lines = new java.util.ArrayList<>();
        List<Attribution> direct = direct(gold);
        List<Found> foundDirect = found.stream().filter(f -> f.kind().equals("DIRECT")).toList();
        for (Attribution g : direct) {
            Optional<Found> match = foundDirect.stream().filter(f -> overlap(f, g)).findFirst();
            String source = g.source().orElse("-");
            if (match.isEmpty()) {
                String as = found.stream().filter(f -> overlap(f, g)).map(Found::kind).findFirst()
                        .map(k -> " (found as " + k + ")").orElse("");
                lines.add(String.format(Locale.ROOT, "missed %d-%d%s [%s]: %s", g.contentStart(), g.contentEnd(), as,
                        source, excerpt(text, g.contentStart(), g.contentEnd())));
            } else if (g.source().isPresent() && isNamed(source)) {
                Optional<String> speaker = match.get().speaker();
                if (speaker.isEmpty() || !sameName(speaker.get(), source)) {
                    lines.add(String.format(Locale.ROOT, "%s %d-%d gold [%s] found [%s]: %s",
                            speaker.isEmpty() ? "no-speaker" : "wrong-speaker", g.contentStart(), g.contentEnd(),
                            source, speaker.orElse(""), excerpt(text, g.contentStart(), g.contentEnd())));
                }
            }
        }
        for (Found f : foundDirect) {
            if (direct.stream().noneMatch(g -> overlap(f, g))) {
                String in = gold.stream().filter(g -> overlap(f, g)).findFirst().map(g -> " (in a gold content)")
                        .orElse("");
                lines.add(String.format(Locale.ROOT, "spurious %d-%d%s [%s]: %s", f.start(), f.end(), in,
                        f.speaker().orElse(""), excerpt(text, f.start(), f.end())));
            }
        }
        for (Found f : found) {
            if (f.kind().equals("PARTIAL") && gold.stream().noneMatch(g -> g.contentStart() <= f.start()
                    && f.end() <= g.contentEnd())) {
                lines.add(String.format(Locale.ROOT, "partial-outside %d-%d [%s]: %s", f.start(), f.end(),
                        f.speaker().orElse(""), excerpt(text, Math.max(0, f.start() - 40), Math.min(text.length(),
                                f.end() + 40))));
            }
        }
        return lines;
    }

    private static String excerpt(String text, int start, int end) {
        String s = text.substring(Math.max(0, Math.min(start, text.length())), Math.max(0, Math.min(end,
                text.length()))).replaceAll("\\s+", " ");
        return s.length() <= 160 ? s : s.substring(0, 100) + " … " + s.substring(s.length() - 50);
    }

    public QuoteScores plus(QuoteScores o) {
        return new QuoteScores(goldDirect + o.goldDirect, foundDirect + o.foundDirect, correctDirect + o.correctDirect,
                recalledDirect + o.recalledDirect, foundPartial + o.foundPartial, partialInside + o.partialInside, namedDirect + o.namedDirect,
                speakerRight + o.speakerRight, speakerMissing + o.speakerMissing);
    }

    private static boolean overlap(Found f, Attribution g) {
        return f.start() < g.contentEnd() && g.contentStart() < f.end();
    }

    /**
     * The gold direct quotes: of each content with quoted fragments, the words from its first quoted fragment to the
     * end of its last, with the content's source (a content of paraphrase and quote is scored on its quote; a quote
     * the writer interrupts stays one, as the annotators kept it).
     */
    static List<Attribution> direct(List<Attribution> gold) {
        List<Attribution> direct = new java.util.ArrayList<>();
        for (Attribution a : gold) {
            if (a.quoted().isEmpty()) {
                continue;
            }
            int start = a.quoted().stream().mapToInt(Fragment::start).min().orElseThrow();
            int end = a.quoted().stream().mapToInt(Fragment::end).max().orElseThrow();
            String words = String.join(" ", a.quoted().stream().map(Fragment::words).toList());
            direct.add(new Attribution(start, end, words, a.source(), a.quoted()));
        }
        return direct;
    }

    /** Whether an attribution has a direct quote among its content's fragments. */
    static boolean isDirect(Attribution a) {
        return !a.quoted().isEmpty();
    }

    /**
     * Words that open with a quotation mark, whichever way round it was typed: writers and converters often open
     * a paragraph's quote with a closing mark (”Like this.”), and it is a quote all the same.
     */
    public static boolean opensWithMark(String words) {
        String content = words.strip();
        return !content.isEmpty() && "“”\"‘'".indexOf(content.charAt(0)) >= 0;
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
