package org.corroborate.cli;

/** Counts in summaries with their nouns in the right number: "1 article", "2 stories", "0 inputs". */
final class Plural {
    private Plural() {
    }

    /** The count and the noun, plural unless the count is 1 (English rules: story, stories; box, boxes). */
    static String count(long n, String noun) {
        if (n == 1) {
            return n + " " + noun;
        }
        if (noun.matches(".*[^aeiou]y")) {
            return n + " " + noun.substring(0, noun.length() - 1) + "ies";
        }
        return n + " " + noun + (noun.matches(".*(s|x|z|ch|sh)") ? "es" : "s");
    }
}
