package org.corroborate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.corroborate.extract.quantity.QuantityExtractor;
import org.corroborate.extract.time.TimeExtractor;
import org.junit.jupiter.api.Test;

/**
 * Every {@link PatternScan} of the extractors finds what {@link Matcher#find()} finds with its pattern: the same
 * matches with the same groups, on the examples, on seeded random text made of the words the patterns look for,
 * and on {@code -Dcorroborate.scanCheck=FILE,...} (plain text, or JSON Lines with a "text" field).
 */
class PatternScanTest {
    private static final String[] WORDS = {"January", "Jan.", "Feb.", "March", "May", "may", "June", "Sept.", "Dec.",
        "Monday", "Tuesday", "Fridays", "Sunday", "every", "each", "Each", "last", "Last", "next", "this", "This",
        "the", "The", "that", "same", "following", "previous", "early", "mid", "late", "mid-", "year", "years",
        "year-end", "year-earlier", "month", "months", "week", "weekend", "day", "days", "today", "Today",
        "tonight", "yesterday", "tomorrow", "night", "morning", "evening", "hour", "hours", "minute", "decade",
        "century", "quarter", "half", "third", "first", "second", "fourth", "fiscal", "1990s", "'80s", "’90s",
        "2025", "1999", "2024-01-27", "27", "3rd", "21st", "12", "1", "5", "10:30", "a.m.", "pm", "GMT", "noon",
        "midnight", "ago", "earlier", "later", "before", "after", "from", "now", "recently", "currently",
        "current", "future", "past", "near", "coming", "recent", "spring", "fall", "winter", "summer", "Christmas",
        "Day", "Eve", "New", "Year's", "Thanksgiving", "Election", "one", "two", "three", "twenty", "twenty-one",
        "a", "an", "few", "several", "couple", "of", "and", "or", "to", "in", "on", "by", "since", "will", "would",
        "he", "she", "they", "nineteen", "ninety-six", "two thousand", "thousand", "million", "billion", "bn",
        "$", "US$", "€", "£", "Rs.", "USD", "3.5", "1,200", "%", "per cent", "percent", "km", "miles", "tonnes",
        "dollars", "euros", "hundred", "forty", "-long", "four-week", "16-hour", "daily", "weekly", "annually",
        "per", "it's", "world's", ",", ".", ";", "-", "—", "–", "(", ")", "\"", "“", "”", "'", "’", "\n", "x1",
        "A4", "abc", "_", "Oct", "Nov", "Apr", "August", "Jul", "OCTOBER",
        // every keyword a scan is tried near, so that each scan's shortcut meets its words
        "April", "February", "July", "September", "October", "November", "December", "Wednesday", "Thursday",
        "Friday", "Saturday", "Good Friday", "Easter", "Halloween", "Valentine", "Independence Day", "Labor Day",
        "Memorial Day", "Veterans Day", "New Year", "autumn", "fortnight", "weeks", "minutes", "decades",
        "centuries", "quarters", "period", "term", "ties", "fifth", "tenth", "early-", "late-", "pre-", "post-",
        "0s", "0's", "0’s", "one day", "the day", "the week of", "the morning", "the afternoon", "the evening",
        "this morning", "this afternoon", "last night", "these days", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fifteen", "thirty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};

    private static List<PatternScan> scans() throws IllegalAccessException {
        List<PatternScan> scans = new ArrayList<>();
        for (Class<?> type : List.of(TimeExtractor.class, QuantityExtractor.class)) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && field.getType() == PatternScan.class) {
                    field.setAccessible(true);
                    scans.add((PatternScan) field.get(null));
                }
            }
        }
        return scans;
    }

    private static List<String> matches(Matcher m) {
        List<String> found = new ArrayList<>();
        StringBuilder match = new StringBuilder().append(m.start()).append('-').append(m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            match.append('|').append(m.start(g)).append(':').append(m.group(g));
        }
        found.add(match.toString());
        return found;
    }

    private static void assertSameMatches(List<PatternScan> scans, String text, String what) {
        for (PatternScan scan : scans) {
            List<String> expected = new ArrayList<>();
            for (Matcher m = scan.pattern().matcher(text); m.find(); ) {
                expected.addAll(matches(m));
            }
            List<String> actual = new ArrayList<>();
            for (PatternScan.Scan s = scan.scan(text); s.find(); ) {
                actual.addAll(matches(s.m));
            }
            assertThat(actual).as(scan.pattern() + " on " + what).isEqualTo(expected);
        }
    }

    @Test
    void extractorsDeclareTheirScans() throws IllegalAccessException {
        assertThat(scans()).hasSizeGreaterThan(40);
    }

    private static List<String> found(PatternScan scan, String text) {
        List<String> found = new ArrayList<>();
        for (PatternScan.Scan s = scan.scan(text); s.find(); ) {
            found.add(s.m.start() + ":" + s.m.group());
        }
        return found;
    }

    @Test
    void keywordsAsWrittenAndOccurrenceTestsNarrowWhereAPatternIsTried() {
        // the pattern ignores case, the keyword does not: only "May" is a place to try
        PatternScan cased = PatternScan.wordStart("(?i)\\bmay\\b", "mM").nearCased(0, "May");
        assertThat(found(cased, "may May MAY")).containsExactly("4:May");
        // an occurrence test passes by the "day" of "Monday" and "today", whole or not
        PatternScan whole = PatternScan.wordStart("(?i)\\b(?:mon|to)?day\\b", "mMtTdD")
                .near(3, (text, start, end) -> start == 0 || text.charAt(start - 1) == ' ', "day");
        assertThat(found(whole, "Monday today day")).containsExactly("13:day");
        assertThat(found(whole.near(3, "day"), "Monday today day")).containsExactly("0:Monday", "7:today", "13:day");
    }

    @Test
    void scansFindWhatFindFindsOnRandomText() throws IllegalAccessException {
        List<PatternScan> scans = scans();
        long seed = System.nanoTime();
        Random random = new Random(seed);
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 80; w++) {
                text.append(WORDS[random.nextInt(WORDS.length)]);
                int gap = random.nextInt(10);
                text.append(gap < 7 ? " " : gap < 8 ? "" : gap < 9 ? "  " : "-");
            }
            assertSameMatches(scans, text.toString(), "random text of seed " + seed + ", text " + n);
        }
    }

    @Test
    void scansFindWhatFindFindsOnTheExamplesAndMoreText() throws IOException, IllegalAccessException {
        List<PatternScan> scans = scans();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> examples = Files.walk(Path.of("../examples"))) {
            examples.filter(Files::isRegularFile).forEach(files::add);
        }
        try (Stream<Path> timeml = Files.walk(Path.of("src/test/resources/timeml"))) {
            timeml.filter(Files::isRegularFile).forEach(files::add);
        }
        for (String file : System.getProperty("corroborate.scanCheck", "").split(",")) {
            if (!file.isBlank()) {
                files.add(Path.of(file));
            }
        }
        int texts = 0;
        for (Path file : files) {
            for (String text : org.corroborate.testing.SharedData.texts(file)) {
                assertSameMatches(scans, text, file.toString());
                texts++;
            }
        }
        System.out.println("PatternScanTest: " + texts + " texts, " + scans.size() + " patterns, same matches");
    }
}
