package org.corroborate.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Generates a seeded corpus of news-like English articles as JSON Lines, for benchmarks: sentences of mixed length
 * with titles ("Mr."), initials, "U.S.", quotes and figures, some paragraphs of boilerplate, and now and then a
 * near-duplicate of an earlier article. The same seed gives the same corpus.
 */
public final class CorpusGenerator {
    private static final String[] FUNCTION = {"the", "of", "and", "to", "in", "a", "that", "for", "on", "with", "as",
        "by", "at", "from", "was", "is", "has", "will", "their", "its", "after", "over", "this", "which", "but"};
    private static final String[] NOUNS = {"government", "minister", "council", "officials", "report", "court",
        "company", "market", "bridge", "harbour", "city", "region", "election", "budget", "talks", "agreement",
        "workers", "union", "police", "residents", "hospital", "school", "plan", "deal", "policy", "tariffs",
        "trade", "energy", "prices", "investigation", "statement", "committee", "senator", "spokesperson",
        "inspectors", "engineers", "commuters", "ferry", "storm", "flood", "vaccine", "study", "researchers"};
    private static final String[] VERBS = {"said", "announced", "confirmed", "rejected", "approved", "reported",
        "warned", "expected", "discussed", "proposed", "delayed", "reviewed", "criticised", "welcomed", "opened",
        "closed", "increased", "reduced", "signed", "denied"};
    private static final String[] ADJECTIVES = {"new", "local", "national", "former", "senior", "early", "final",
        "public", "major", "temporary", "independent", "regional", "annual", "urgent", "official"};
    private static final String[] NAMES = {"Alder", "Brennan", "Okafor", "Lindqvist", "Moreau", "Tanaka", "Novak",
        "Castillo", "Haddad", "Fischer", "Mensah", "Kowalski", "Rahman", "Duarte", "Ivanova"};
    private static final String[] OUTLETS = {"Northern Ledger", "Harbour Times", "Daily Meridian", "Coastal Post",
        "Evening Standardbearer", "Valley Courier"};
    private static final String[] BOILERPLATE = {"Sign up to our free newsletter for the latest news",
        "open image in gallery Commuters wait at the ferry terminal ( Reuters )", "Read more: The week in review",
        "Additional reporting by agencies", "Advertisement"};

    private final SplittableRandom random;

    public CorpusGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Writes {@code articles} articles of about {@code words} words each; returns the bytes written. */
    public void write(OutputStream out, int articles, int words) throws IOException {
        String[] previous = new String[64];
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            for (int i = 0; i < articles; i++) {
                String body;
                if (i > 0 && random.nextInt(50) == 0 && previous[random.nextInt(64)] != null) {
                    body = edit(previous[random.nextInt(64)]);
                } else {
                    body = article(words);
                }
                if (body == null) {
                    body = article(words);
                }
                previous[i % 64] = body;
                json.writeStartObject();
                json.writeStringField("id", "gen-" + i);
                json.writeStringField("source", OUTLETS[random.nextInt(OUTLETS.length)]);
                json.writeStringField("title", capitalise(sentenceWords(8)));
                json.writeStringField("published", LocalDate.of(2025, 1, 1).plusDays(i / 200).toString());
                json.writeStringField("text", body);
                json.writeEndObject();
                json.writeRaw('\n');
            }
        }
    }

    String article(int words) {
        StringBuilder text = new StringBuilder();
        int written = 0;
        while (written < words) {
            if (random.nextInt(12) == 0) {
                text.append(BOILERPLATE[random.nextInt(BOILERPLATE.length)]).append('\n');
            }
            int sentences = 2 + random.nextInt(3);
            for (int s = 0; s < sentences && written < words; s++) {
                int length = 8 + random.nextInt(22);
                text.append(sentence(length)).append(' ');
                written += length;
            }
            text.setLength(text.length() - 1);
            text.append('\n');
        }
        return text.toString();
    }

    private String sentence(int length) {
        switch (random.nextInt(6)) {
            case 0:
                return "Mr. " + pick(NAMES) + " " + pick(VERBS) + " that " + sentenceWords(length - 4) + ".";
            case 1:
                return "“" + capitalise(sentenceWords(length - 3)) + ",” " + pick(NAMES) + " " + "said.";
            case 2:
                return "The U.S. " + pick(NOUNS) + " " + pick(VERBS) + " " + (1 + random.nextInt(900)) + ","
                        + String.format("%03d", random.nextInt(1000)) + " " + sentenceWords(length - 6) + ".";
            case 3:
                return capitalise(sentenceWords(length)) + " on Jan. " + (1 + random.nextInt(28)) + ".";
            default:
                return capitalise(sentenceWords(length)) + ".";
        }
    }

    private String sentenceWords(int length) {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < Math.max(3, length); i++) {
            if (i > 0) {
                words.append(' ');
            }
            int kind = i % 4;
            words.append(kind == 0 ? pick(FUNCTION) : kind == 1 ? pick(ADJECTIVES) : kind == 2 ? pick(NOUNS)
                    : pick(VERBS));
        }
        return words.toString();
    }

    private String edit(String body) {
        String[] words = body.split(" ");
        for (int i = 0; i < 5; i++) {
            words[random.nextInt(words.length)] = pick(NOUNS);
        }
        return String.join(" ", words);
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
