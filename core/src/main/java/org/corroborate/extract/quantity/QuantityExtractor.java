package org.corroborate.extract.quantity;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.internal.PatternScan;
import org.corroborate.extract.time.TimeExpression;
import org.corroborate.text.Sentence;
import org.corroborate.text.Token;

/**
 * Finds figures: amounts of money with their scale ($118 billion, $32bn, €4.5m, Rs 500 crore), counts (18,000,
 * 4.8 million, spelled-out numbers through ICU's English spell-out rules), percentages and measures, and fractions
 * (two-thirds). Each gets a value, a unit and the phrase saying what it counts, taken from the tagged tokens around
 * it. Years, dates, durations and ordinals are not quantities: spans of time expressions are skipped. Thread-safe.
 */
public final class QuantityExtractor {
    private static final String SCALE = "trillion|billion|million|thousand|crore|lakh|bn|tn|mn|m|k";
    private static final PatternScan MONEY = PatternScan.wordStart(
            "(?<![\\w$])(US\\$|A\\$|C\\$|NZ\\$|HK\\$|\\$|€|£|¥|₹|"
            + "Rs\\.?\\s?|USD\\s?|EUR\\s?|GBP\\s?|INR\\s?)(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s?(" + SCALE + ")\\b)?",
            "UACNH$€£¥₹REGI");
    private static final PatternScan NUMBER = PatternScan.wordStart(
            // not a part of a clock or a race time ("2:21:05", "8:30"), nor of a ratio; "Killed:40" is a count
            "(?<![\\w.,$€£¥₹-])(?<!\\d:)(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?!:\\d)"
            + "(?:\\s?(trillion|billion|million|thousand|crore|lakh|bn)\\b)?"
            + "(?:\\s?(%|per ?cent\\b|percent\\b|km\\b|kilometres?\\b|kilometers?\\b|miles?\\b|metres?\\b|meters?\\b|"
            + "cm\\b|centimetres?\\b|centimeters?\\b|kg\\b|kilograms?\\b|tonnes?\\b|tons?\\b|"
            + "dollars?\\b|euros?\\b|pounds?\\b|rupees?\\b)"
            // a speed: "30 km/hour", "60 miles per hour", "90 km an hour"
            + "(\\s?/\\s?h(?:ou)?r?\\b|\\s?/\\s?h\\b|\\s(?:per|an|a)\\shour\\b)?)?(?![\\w-])",
            "0123456789");
    /** Race times and lengths in primes ("5h 34' 28\"", "22' 10'", "6′ 2″"): no figures inside them. */
    private static final PatternScan PRIMES = PatternScan.wordStart(
            "(?<![\\w.,])(?:\\d+h\\s?)?\\d{1,3}['′]\\s?\\d{1,2}(?:[\"″'′]|(?![\\w\\d]))", "0123456789");
    /** Counted nouns that make a figure a duration, which is not a figure ("50 seconds", "three years"). */
    private static final Set<String> DURATIONS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades");
    /** Words before a bare number that make it a rank or a number in a list, not a count ("top 10", "No. 3"). */
    private static final Set<String> RANKS = Set.of("top", "bottom", "no.", "no", "number", "#");
    private static final PatternScan WORDS = PatternScan.wordStart(
            "(?i)(?<![\\w-])((?:(?:one|two|three|four|five|six|seven|"
            + "eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
            + "thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)(?:[\\s-]+(?:and\\s+)?"
            + "(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
            + "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
            + "thousand|million|billion)\\b))?)+)(?:\\s+(" + "million|billion" + "))?(?![\\w-])",
            "oOtTfFsSeEnNhHmMbB")
            .near(0, "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                    "thirteen", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                    "hundred", "thousand", "million", "billion");
    private static final PatternScan FRACTION = PatternScan.wordStart(
            "(?i)\\b(one|two|three|a)[\\s-](half|third|quarter|"
            + "fifth|tenth)s?\\b",
            "oOtTaA")
            .near(20, "half", "third", "quarter", "fifth", "tenth");
    private static final Map<String, Double> SCALES = Map.ofEntries(Map.entry("trillion", 1e12),
            Map.entry("tn", 1e12), Map.entry("billion", 1e9), Map.entry("bn", 1e9), Map.entry("million", 1e6),
            Map.entry("mn", 1e6), Map.entry("m", 1e6), Map.entry("thousand", 1e3), Map.entry("k", 1e3),
            Map.entry("crore", 1e7), Map.entry("lakh", 1e5));
    private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("$", "USD"),
            Map.entry("US$", "USD"), Map.entry("A$", "AUD"), Map.entry("C$", "CAD"), Map.entry("NZ$", "NZD"),
            Map.entry("HK$", "HKD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "JPY"),
            Map.entry("₹", "INR"), Map.entry("Rs", "INR"), Map.entry("Rs.", "INR"), Map.entry("USD", "USD"),
            Map.entry("EUR", "EUR"), Map.entry("GBP", "GBP"), Map.entry("INR", "INR"));
    private static final Set<String> PEOPLE = Set.of("people", "persons", "residents", "citizens", "nationals",
            "immigrants", "migrants", "refugees", "workers", "students", "commuters", "voters", "children", "adults",
            "women", "men", "patients", "employees", "staff", "soldiers", "troops", "civilians", "passengers",
            "visitors", "tourists", "members", "protesters", "population", "individuals", "inhabitants", "deaths",
            "casualties", "victims", "families", "households", "customers", "users", "viewers", "fans", "pupils",
            "teachers", "doctors", "nurses", "officers", "asylum-seekers", "seekers", "professionals", "speakers");
    private static final Set<String> NOUN_PHRASE = Set.of("ADJ", "NOUN", "PROPN", "NUM");

    private final ThreadLocal<RuleBasedNumberFormat> spellout = ThreadLocal.withInitial(
            () -> new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT));
    private final ThreadLocal<Map<String, Optional<Double>>> spelledOut =
            ThreadLocal.withInitial(java.util.HashMap::new);

    /** The figures of the text; {@code sentences} must be POS-tagged, {@code times} are the spans to skip. */
    public List<Quantity> extract(String text, List<Sentence> sentences, List<TimeExpression> times) {
        List<Quantity> found = new ArrayList<>();
        for (Sentence sentence : sentences) {
            String s = sentence.text(text);
            int base = sentence.start();
            List<int[]> taken = new ArrayList<>();
            for (TimeExpression t : times) {
                if (t.start() < sentence.end() && t.end() > sentence.start()) {
                    taken.add(new int[] {t.start() - base, t.end() - base});
                }
            }
            for (PatternScan.Scan scan = PRIMES.scan(s); scan.find(); ) {
                taken.add(new int[] {scan.m.start(), scan.m.end()});
            }
            for (PatternScan.Scan scan = MONEY.scan(s); scan.find(); ) {
                Matcher m = scan.m;
                double value = number(m.group(2)) * scale(m.group(3));
                String symbol = m.group(1).strip();
                add(found, taken, text, sentence, base + m.start(), base + m.end(), value,
                        CURRENCIES.getOrDefault(symbol, symbol), true);
            }
            for (PatternScan.Scan scan = NUMBER.scan(s); scan.find(); ) {
                Matcher m = scan.m;
                String digits = m.group(1) + (m.group(2) == null ? "" : m.group(2));
                String measure = m.group(4);
                boolean bare = m.group(3) == null && measure == null && m.group(2) == null;
                if (bare && (isBareSmallOrCode(s, m) || AGE_OR_ADDRESS_AFTER.matcher(s).region(m.end(), s.length())
                        .lookingAt())) {
                    continue; // "26 year-old Faye Turney", "left 10 Downing Street.": an age or an address, no figure
                }
                double value = number(digits) * scale(m.group(3));
                Optional<String> names = bare ? namesOrRanks(text, sentence, base + m.start(), base + m.end())
                        : Optional.empty();
                if (names.isPresent()) { // "stage 13": no count, but what tells stage 13 from stage 20
                    add(found, taken, text, sentence, base + m.start(), base + m.end(), value, names.get(), true);
                    continue;
                }
                String unit = measure == null ? null : measureUnit(measure) + (m.group(5) == null ? "" : "/h");
                if (m.group(5) != null) { // "per hour" of a speed is no time expression of its own
                    taken.removeIf(span -> span[0] >= m.start(5) && span[1] <= m.end(5));
                }
                add(found, taken, text, sentence, base + m.start(), base + m.end(), value, unit, measure != null);
            }
            for (PatternScan.Scan scan = FRACTION.scan(s); scan.find(); ) {
                Matcher m = scan.m;
                double numerator = m.group(1).equalsIgnoreCase("a") || m.group(1).equalsIgnoreCase("one") ? 1
                        : m.group(1).equalsIgnoreCase("two") ? 2 : 3;
                double denominator = Map.of("half", 2.0, "third", 3.0, "quarter", 4.0, "fifth", 5.0, "tenth", 10.0)
                        .get(m.group(2).toLowerCase(Locale.ROOT));
                add(found, taken, text, sentence, base + m.start(), base + m.end(), numerator / denominator,
                        "fraction", true);
            }
            for (PatternScan.Scan scan = WORDS.scan(s); scan.find(); ) {
                Matcher m = scan.m;
                String words = m.group(1).strip();
                if ((Character.isUpperCase(words.charAt(0)) && m.start() > 0)
                        || (words.equalsIgnoreCase("one") && m.group(2) == null)) {
                    continue; // "Air Force One" is a name, and "one of them" a pronoun, not figures
                }
                Optional<String> names = m.group(2) == null ? namesOrRanks(text, sentence, base + m.start(),
                        base + m.end()) : Optional.empty(); // "stage three", "the top ten"
                Optional<Double> parsed = spelledOut(words.toLowerCase(Locale.ROOT).replace(" and ", " "));
                if (parsed.isEmpty() || parsed.get() == 0) {
                    continue;
                }
                double value = parsed.get() * (m.group(2) == null ? 1 : scale(m.group(2)));
                add(found, taken, text, sentence, base + m.start(), base + m.end(), value, names.orElse(null),
                        names.isPresent());
            }
        }
        found.sort(java.util.Comparator.comparingInt(Quantity::start));
        return found;
    }

    /**
     * The value of a spelled-out number by ICU's rules, empty when they read none. The same few words recur across
     * articles ("two", "three hundred"), and parsing by the rules is slow: each thread keeps the values it read.
     */
    private Optional<Double> spelledOut(String words) {
        Map<String, Optional<Double>> known = spelledOut.get();
        Optional<Double> value = known.get(words);
        if (value == null) {
            Number parsed = spellout.get().parse(words, new ParsePosition(0));
            value = parsed == null ? Optional.empty() : Optional.of(parsed.doubleValue());
            if (known.size() >= 10_000) {
                known.clear();
            }
            known.put(words, value);
        }
        return value;
    }

    /**
     * The unit of a bare number at {@code start} that names or ranks something instead of counting it, "no. " and
     * the word before it: right after a singular noun or a name ("stage 13" is "no. stage", "Route 52", "Flight
     * 370", "Windows 7") or after "top" or "No." ("the top 10"). A count is led by a verb, a preposition or nothing
     * ("numbering 18,000", "of 1,200"). Such a number is no figure a reader checks ({@link Quantity#checkable}),
     * but it tells two claims apart ("won stage 13", "won stage 20").
     */
    private static Optional<String> namesOrRanks(String text, Sentence sentence, int start, int end) {
        Token previous = null;
        Token next = null;
        for (Token t : sentence.tokens()) {
            if (t.end() <= start) {
                previous = t;
            } else if (t.start() >= end) {
                next = t;
                break;
            }
        }
        if (previous == null || start - previous.end() > 1) {
            return Optional.empty();
        }
        String word = previous.text(text);
        String lower = word.toLowerCase(Locale.ROOT);
        if (next != null && countable(next.text(text), next.pos()) || TIME_WORDS.contains(lower)) {
            return Optional.empty(); // "In the attack 12 soldiers", "This year 40 people", "On Monday 12 ...": counts
        }
        boolean names = RANKS.contains(lower)
                || (previous.pos().equals("NOUN") && !lower.endsWith("s") && !PEOPLE.contains(lower))
                || (previous.pos().equals("PROPN") && Character.isUpperCase(word.charAt(0))
                && !word.matches("\\p{Lu}\\p{L}+(ans|ese|is)"));
        return names ? Optional.of(NUMBERED + lower) : Optional.empty();
    }

    /** Words of time after which a number starts a count, not a name ("This year 40 people died"). */
    private static final Set<String> TIME_WORDS = Set.of("year", "month", "week", "day", "today", "yesterday",
            "tomorrow", "night", "morning", "evening", "afternoon", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "weekend", "time", "total", "all");

    /** How the unit of a number that names something begins: "no. stage". */
    public static final String NUMBERED = "no. ";

    /** People nouns that are not plurals in -s, after which a lone digit counts people ("7 men"). */
    private static final java.util.regex.Pattern PEOPLE_AFTER = java.util.regex.Pattern.compile(
            "\\s+(?:[a-z]+\\s+)?(?:people|men|women|children)\\b");

    /**
     * A lone number below 10 without unit or scale is not worth reporting ("at 5", "phase 2"), unless people
     * follow it ("7 people died", "3 young children").
     */
    private static final Pattern AGE_OR_ADDRESS_AFTER = Pattern.compile("[ \\u00A0]*-?[ \\u00A0]*(?i:years?)"
            + "[ \\u00A0-]+(?i:old)\\b|[ \\u00A0]+(?:\\p{Lu}[\\p{L}'’-]+[ \\u00A0]+){1,2}(?:Street|St\\.|Road|Rd\\."
            + "|Avenue|Ave\\.|Lane|Boulevard|Blvd\\.|Drive|Place|Square|Terrace|Way)\\b(?=[ \\u00A0]*(?:[.,;:!?)\"”’]|$"
            + "|(?:in|on|at|and|to|from|with|for|by|near|after|before|where|which|was|is|has)\\b))");

    private static boolean isBareSmallOrCode(String s, Matcher m) {
        String digits = m.group(1).replace(",", "");
        return digits.length() < 2 && !PEOPLE_AFTER.matcher(s).region(m.end(), s.length()).lookingAt();
    }

    private void add(List<Quantity> found, List<int[]> taken, String text, Sentence sentence, int start, int end,
                     double value, String unit, boolean unitFromSurface) {
        int base = sentence.start();
        for (int[] span : taken) {
            if (start - base < span[1] && span[0] < end - base) {
                return;
            }
        }
        taken.add(new int[] {start - base, end - base});
        Counted counted = counted(text, sentence, start, end);
        String finalUnit = unitFromSurface && unit != null ? unit
                : counted.noun.map(QuantityExtractor::unitOf).orElse(unit == null ? "count" : unit);
        if (DURATIONS.contains(finalUnit) && counted.phrase.map(p -> p.equalsIgnoreCase(counted.noun.get()))
                .orElse(false)) {
            return; // "8 minutes 50 seconds": a duration the time expressions did not take
        }
        found.add(new Quantity(start, end, text.substring(start, end), value, finalUnit, counted.phrase));
    }

    private record Counted(Optional<String> phrase, Optional<String> noun) {
    }

    /**
     * What the figure counts: the noun phrase right after it ("1,200 residents who live near the bridge"), else
     * the nearest plural noun phrase before it in the sentence ("commuters ..., numbering 4,000"), else the noun
     * phrase before the verb it follows ("ferry traffic surpassing 9,000 trips").
     */
    private static Counted counted(String text, Sentence sentence, int start, int end) {
        List<Token> tokens = sentence.tokens();
        int after = 0;
        while (after < tokens.size() && tokens.get(after).start() < end) {
            after++;
        }
        int head = -1;
        int lastNoun = -1;
        for (int i = after; i < tokens.size() && i - after <= 6 && inPhrase(text, tokens, i); i++) {
            String pos = tokens.get(i).pos();
            if (pos.equals("NOUN") || pos.equals("PROPN")) {
                lastNoun = i;
                if (head < 0 && countable(tokens.get(i).text(text), pos)) {
                    head = i;
                }
            }
        }
        head = head >= 0 ? head : lastNoun;
        if (head >= after) {
            return new Counted(Optional.of(text.substring(tokens.get(after).start(), extendClause(text, tokens, head))),
                    Optional.of(tokens.get(head).text(text)));
        }
        int before = 0;
        while (before < tokens.size() && tokens.get(before).end() <= start) {
            before++;
        }
        for (int i = before - 1; i >= 0; i--) {
            Token token = tokens.get(i);
            String word = token.text(text);
            boolean nearNoun = i >= before - 4 && token.pos().equals("NOUN");
            if (countable(word, token.pos()) || nearNoun) {
                int phraseStart = i;
                while (phraseStart > 0 && inPhrase(text, tokens, phraseStart - 1)) {
                    phraseStart--;
                }
                int phraseEnd = extendClause(text, tokens, i);
                if (phraseEnd > start) {
                    phraseEnd = token.end();
                }
                return new Counted(Optional.of(text.substring(tokens.get(phraseStart).start(), phraseEnd)),
                        Optional.of(word));
            }
        }
        return new Counted(Optional.empty(), Optional.empty());
    }

    /** A plural noun, a people noun or a demonym ("Indians"): what a count usually counts. */
    private static boolean countable(String word, String pos) {
        String lower = word.toLowerCase(Locale.ROOT);
        return (pos.equals("NOUN") && (PEOPLE.contains(lower) || (lower.endsWith("s") && !lower.endsWith("ss"))))
                || (pos.equals("PROPN") && word.matches("\\p{Lu}\\p{L}+(ans|ese|is)"));
    }

    /** Whether token i belongs in a noun phrase: a noun, adjective or number, or a hyphen joining two of them. */
    private static boolean inPhrase(String text, List<Token> tokens, int i) {
        Token token = tokens.get(i);
        if (NOUN_PHRASE.contains(token.pos())) {
            return true;
        }
        return token.text(text).equals("-") && i > 0 && i + 1 < tokens.size()
                && tokens.get(i - 1).end() == token.start() && tokens.get(i + 1).start() == token.end();
    }

    /**
     * Extends a noun phrase over a relative clause (up to a comma or full stop) or one prepositional phrase up to
     * its noun ("trade surplus with the US").
     */
    private static int extendClause(String text, List<Token> tokens, int last) {
        int end = tokens.get(last).end();
        if (last + 1 >= tokens.size()) {
            return end;
        }
        String next = tokens.get(last + 1).text(text).toLowerCase(Locale.ROOT);
        boolean clause = next.equals("who") || next.equals("that") || next.equals("which");
        boolean preposition = tokens.get(last + 1).pos().equals("ADP") && !next.equals("as");
        if (clause) {
            for (int i = last + 1; i < tokens.size() && i <= last + 12; i++) {
                if (tokens.get(i).pos().equals("PUNCT") && !tokens.get(i).text(text).equals("-")) {
                    break;
                }
                end = tokens.get(i).end();
            }
        } else if (preposition) {
            for (int i = last + 2; i < tokens.size() && i <= last + 5; i++) {
                String pos = tokens.get(i).pos();
                if (pos.equals("NOUN") || pos.equals("PROPN")) {
                    while (i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("PROPN")) {
                        i++; // the whole name: "in Port Alder"
                    }
                    return tokens.get(i).end();
                }
                if (!pos.equals("DET") && !pos.equals("ADJ") && !pos.equals("NUM")) {
                    break;
                }
            }
        }
        return end;
    }

    private static String unitOf(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        if (PEOPLE.contains(lower) || noun.matches("\\p{Lu}\\p{L}+(ans|ese|is)")) {
            return "people";
        }
        return lower;
    }

    private static String measureUnit(String measure) {
        String lower = measure.toLowerCase(Locale.ROOT).replace(" ", "");
        if (lower.equals("%") || lower.startsWith("percent") || lower.startsWith("percent")) {
            return "percent";
        }
        if (lower.startsWith("kilomet") || lower.equals("km")) {
            return "km";
        }
        if (lower.startsWith("mile")) {
            return "mi";
        }
        if (lower.startsWith("centimet") || lower.equals("cm")) {
            return "cm";
        }
        if (lower.startsWith("met")) {
            return "m";
        }
        if (lower.startsWith("kilogram") || lower.equals("kg")) {
            return "kg";
        }
        if (lower.startsWith("tonne") || lower.startsWith("ton")) {
            return "t";
        }
        if (lower.startsWith("dollar")) {
            return "USD";
        }
        if (lower.startsWith("euro")) {
            return "EUR";
        }
        if (lower.startsWith("pound")) {
            return "GBP";
        }
        return lower.startsWith("rupee") ? "INR" : lower;
    }

    private static double number(String digits) {
        return Double.parseDouble(digits.replace(",", ""));
    }

    private static double scale(String word) {
        return word == null ? 1 : SCALES.getOrDefault(word.toLowerCase(Locale.ROOT), 1.0);
    }
}
