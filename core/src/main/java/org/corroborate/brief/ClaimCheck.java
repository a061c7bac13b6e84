package org.corroborate.brief;

import java.util.Objects;
import java.util.Set;
import org.corroborate.extract.quantity.QuantityExtractor;

/**
 * Decides whether a sentence of one source states what a statement of another claims. Alike meaning (embedding
 * cosine) is necessary but not enough: the source must also name the claim's people, organisations and places (in
 * the sentence or the one before it, where its pronouns point), give its figures and dates, share its polarity and
 * modality, and carry its qualifiers ("first", "only", "since"), and the two must share enough content words. A
 * source that passes the similarity but fails a check is related, never corroborating. Thread-safe.
 */
final class ClaimCheck {
    /** What a source does with a claim. */
    enum Support {
        STATES, RELATED, UNRELATED
    }

    /**
     * Thresholds.
     *
     * @param relatedSimilarity the least cosine for a source sentence to be about the claim at all
     * @param statesSimilarity the least cosine for a source sentence to state the claim
     * @param minimumCoverage the least share of the claim's content-word stems that the source sentence must contain
     */
    record Config(double relatedSimilarity, double statesSimilarity, double minimumCoverage) {
        static final Config DEFAULTS = new Config(0.72, 0.80, 0.25);
    }

    private final Config config;

    ClaimCheck(Config config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    /** What {@code source} does with {@code claim}, given the cosine of their embeddings. */
    Support support(Claim claim, Claim source, double cosine) {
        if (cosine < config.relatedSimilarity()) {
            return Support.UNRELATED;
        }
        return cosine >= config.statesSimilarity() && agrees(claim, source) ? Support.STATES : Support.RELATED;
    }

    /** Whether the source gives every part of the claim that would change it. */
    boolean agrees(Claim claim, Claim source) {
        if (claim.negated() != source.negated() || !backs(source.modality(), claim.modality())) {
            return false;
        }
        if (source.modality() != claim.modality()
                && coverage(claim.stems(), source.stems()) < ENTAILED_COVERAGE) {
            return false; // "will X" backs "might X" only when it says X: nearly all of the claim's words
        }
        if (entitiesConflict(claim, source)) {
            return false;
        }
        if (figuresConflict(claim, source) || figuresNeverGiven(claim, source)) {
            return false;
        }
        if (datesConflict(claim, source)) {
            return false; // a source that gives no date is judged by its words
        }
        for (String qualifier : claim.qualifiers()) {
            if (!source.stems().contains(StatementExtractor.stem(qualifier))) {
                return false;
            }
        }
        return coverage(claim.stems(), source.stems()) >= config.minimumCoverage();
    }

    /**
     * The share of a hedged claim's content words an announcing source must contain to back it: entailment from
     * "will" to "might" holds only for the same proposition, not for a related one that shares a few names.
     */
    static final double ENTAILED_COVERAGE = 0.75;

    /**
     * Whether a source of one modality backs a claim of another: the same modality does, and so does an announced
     * future for a hedged one ("will visit in February" entails that a visit in February is possible or expected),
     * never the other way round, and never across tense ("visited" is no evidence of "might visit").
     */
    static boolean backs(Modality source, Modality claim) {
        return source == claim || (claim == Modality.HEDGED && source == Modality.ANNOUNCED);
    }

    /**
     * Whether the two name different people, organisations or places in the same slot: for some type, the claim
     * names some, the source (with the sentence before it) none of them, and the source names others of that type
     * ("the earthquake in Chile" against "the earthquake in Peru"). A name the source leaves out without naming
     * another is no conflict: the source may say "the prime minister" or "he".
     */
    static boolean entitiesConflict(Claim claim, Claim source) {
        for (String name : claim.entities()) {
            if (named(name, source.entities()) || named(name, source.contextEntities())) {
                continue;
            }
            String type = name.substring(0, name.indexOf(':') + 1);
            boolean sharesOne = claim.entities().stream().anyMatch(n -> n.startsWith(type)
                    && (named(n, source.entities()) || named(n, source.contextEntities())));
            boolean namesOther = source.entities().stream().anyMatch(n -> n.startsWith(type)
                    && !named(n, claim.entities()));
            if (!sharesOne && namesOther) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code names} hold {@code name} or, for an organisation, a longer or shorter form of it
     * ({@link #longerForm}).
     */
    static boolean named(String name, Set<String> names) {
        if (names.contains(name)) {
            return true;
        }
        String type = name.substring(0, name.indexOf(':') + 1);
        if (!type.equals("ORGANIZATION:")) {
            return false; // "Sudan" is not "South Sudan", nor "York" "New York"
        }
        for (String other : names) {
            if (other.startsWith(type) && (longerForm(name.substring(type.length()), other.substring(type.length()))
                    || longerForm(other.substring(type.length()), name.substring(type.length())))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code longer} names the organisation {@code shorter} names in more words: the shorter has two words
     * or more, the longer starts with its first and holds all of them ("Central Commission", "Central Elections
     * Commission of Turkmenistan"; not "Commission" and "European Commission").
     */
    private static boolean longerForm(String shorter, String longer) {
        java.util.List<String> few = java.util.Arrays.asList(shorter.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        java.util.List<String> many = java.util.Arrays.asList(longer.toLowerCase(java.util.Locale.ROOT).split("\\s+"));
        return few.size() >= 2 && many.size() > few.size() && many.get(0).equals(few.get(0)) && many.containsAll(few);
    }

    /**
     * Whether both give days and none of the claim's agrees with one of the source's ("2026-03" covers its days), or
     * both give durations and none agrees.
     */
    static boolean datesConflict(Claim claim, Claim source) {
        // days and durations ("P1W") apart: "closed for a week" against "for a month" conflicts whatever the day
        return conflict(claim.dates().stream().filter(d -> !d.startsWith("P")).toList(),
                source.dates().stream().filter(d -> !d.startsWith("P")).toList())
                || conflict(claim.dates().stream().filter(d -> d.startsWith("P")).toList(),
                source.dates().stream().filter(d -> d.startsWith("P")).toList());
    }

    private static boolean conflict(java.util.List<String> claimed, java.util.List<String> given) {
        return !claimed.isEmpty() && !given.isEmpty() && claimed.stream().noneMatch(date ->
                given.stream().anyMatch(d -> d.startsWith(date) || date.startsWith(d) || sameLength(d, date)));
    }

    /** Whether two durations last as long, within 5%: "a week" P1W and "seven days" P7D, P1Y and P12M. */
    static boolean sameLength(String a, String b) {
        double x = days(a);
        double y = days(b);
        return x > 0 && y > 0 && Math.abs(x - y) <= 0.05 * Math.max(x, y);
    }

    private static final java.util.regex.Pattern DURATION = java.util.regex.Pattern.compile(
            "P(T?)(\\d+(?:\\.\\d+)?)([YMWDHS])");

    private static double days(String duration) {
        java.util.regex.Matcher m = DURATION.matcher(duration);
        if (!m.matches()) {
            return -1;
        }
        double n = Double.parseDouble(m.group(2));
        boolean time = !m.group(1).isEmpty();
        return switch (m.group(3)) {
            case "Y" -> n * 365;
            case "M" -> time ? n / 1440 : n * 30.4;
            case "W" -> n * 7;
            case "D" -> n;
            case "H" -> n / 24;
            default -> n / 86400;
        };
    }

    /** Whether, for some unit, the claim gives a figure and the source gives others of that unit but not it. */
    static boolean figuresConflict(Claim claim, Claim source) {
        for (String figure : claim.figures()) {
            String unit = figure.substring(0, figure.lastIndexOf(':') + 1);
            if (!source.figures().contains(figure) && source.figures().stream().anyMatch(f -> f.startsWith(unit))
                    && claim.figures().stream().noneMatch(f -> f.startsWith(unit) && source.figures().contains(f))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the claim gives a figure its source's article gives nowhere: "78% backed the strike on a turnout of
     * 64%" is not stated by a report that never mentions 64, though it gives the 78%.
     */
    static boolean figuresNeverGiven(Claim claim, Claim source) {
        // by value alone: what a figure counts is read from the words around it, which sources word differently;
        // a number that names ("Flight 447") only tells claims apart where both give one: a report may leave it out
        return claim.figures().stream().filter(f -> !f.startsWith(QuantityExtractor.NUMBERED))
                .anyMatch(f -> !source.articleValues().contains(Claim.value(f)));
    }

    /** Names of {@link #features}, in order. */
    static final java.util.List<String> FEATURES = java.util.List.of("cosine", "coverage", "reverseCoverage",
            "negationDiffers", "hedgeDiffers", "announcementDiffers", "entitiesConflict", "entityShare",
            "figuresConflict", "figuresMissing", "datesConflict", "datesMissing", "qualifierMissing",
            "lengthRatio");

    /** What the check looks at, as numbers: for learning and measuring how much each part weighs. */
    static double[] features(Claim claim, Claim source, double cosine) {
        long sharedNames = claim.entities().stream().filter(n -> source.entities().contains(n)
                || source.contextEntities().contains(n)).count();
        boolean hedged = claim.modality() == Modality.HEDGED;
        boolean otherHedged = source.modality() == Modality.HEDGED;
        return new double[] {
            cosine,
            coverage(claim.stems(), source.stems()),
            coverage(source.stems(), claim.stems()),
            claim.negated() != source.negated() ? 1 : 0,
            hedged != otherHedged ? 1 : 0,
            !hedged && !otherHedged && claim.modality() != source.modality() ? 1 : 0,
            entitiesConflict(claim, source) ? 1 : 0,
            claim.entities().isEmpty() ? 1 : sharedNames / (double) claim.entities().size(),
            figuresConflict(claim, source) ? 1 : 0,
            source.figures().containsAll(claim.figures()) ? 0 : 1,
            datesConflict(claim, source) ? 1 : 0,
            claim.dates().isEmpty() || !source.dates().isEmpty() ? 0 : 1,
            claim.qualifiers().stream().allMatch(q -> source.stems().contains(StatementExtractor.stem(q))) ? 0 : 1,
            Math.log((1.0 + source.stems().size()) / (1.0 + claim.stems().size())),
        };
    }

    /** The parts of the check, for a person reading a wrong decision ({@code eval statements --errors}). */
    String why(Claim claim, Claim source) {
        return "neg " + claim.negated() + "/" + source.negated() + " mod " + claim.modality() + "/" + source.modality()
                + " ent " + claim.entities() + "/" + source.entities() + "+" + source.contextEntities() + " fig "
                + claim.figures() + "/" + source.figures() + " dates " + claim.dates() + "/" + source.dates() + " q "
                + claim.qualifiers() + " cov " + String.format("%.2f", coverage(claim.stems(), source.stems()));
    }

    /** Whether a source holds enough of one part of a claim (its content-word stems), as it must of the whole. */
    boolean carries(Set<String> part, Claim source) {
        return coverage(part, source.stems()) >= config.minimumCoverage();
    }

    /** The share of the claim's stems that the source has. */
    static double coverage(Set<String> claim, Set<String> source) {
        if (claim.isEmpty()) {
            return 1;
        }
        long found = claim.stream().filter(source::contains).count();
        return found / (double) claim.size();
    }
}
