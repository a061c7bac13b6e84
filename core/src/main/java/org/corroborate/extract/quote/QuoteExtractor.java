package org.corroborate.extract.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.clean.EmbeddedPost;
import org.corroborate.extract.entity.EntityMention;
import org.corroborate.extract.entity.EntityType;
import org.corroborate.text.Sentence;

/**
 * Finds quotes (straight and curly marks, quotes interrupted by their speech verb, quotes over several paragraphs,
 * partial quotes inside a sentence, embedded posts) and their speakers: the name or pronoun next to a speech verb
 * just after or just before the quote ("...,” Okafor stated"; "Amara Mensah ... told reporters: “..."; "the wire
 * quoted Okafor"), a pronoun resolved to the latest person named as a subject, a role ("the council leader")
 * resolved to the person the article gives that title, the subject of the sentence for a partial quote ("Brennan
 * called the offer “fair and affordable”"), and the speaker of the quote before for a quote that goes on. When the text does not
 * say who spoke, the speaker is empty rather than a guess. Thread-safe.
 */
public final class QuoteExtractor {
    private static final String VERBS = "said|says|say|told|tells|stated|states|wrote|writes|posted|posts|added|adds"
            + "|noted|notes|asked|replied|declared|announced|tweeted|explained|insisted|warned|argued|claimed"
            + "|commented|remarked|continued|recalled|acknowledged|conceded|urged|emphasised|emphasized|stressed"
            + "|described|called|quoted|according";
    private static final Pattern VERB = Pattern.compile("\\b(" + VERBS + ")\\b");
    private static final Pattern QUOTED = Pattern.compile("\\bquoted\\b");
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(?:the|an?|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?("
            + "president|prime minister|minister|foreign minister|secretary of state|secretary|mayor|spokesperson|"
            + "spokesman|spokeswoman|chancellor|governor|leader|official|envoy|ambassador|king|queen|ceo)\\b");
    private static final Pattern SPEAKING_PLACE = Pattern.compile("(?:,[^“\"”]{0,120}?,)?\\s+(?:" + VERBS + ")\\b");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final int NEAR = 60;

    /** A quote before its speaker is known; {@code open} and {@code close} are the offsets of its marks. */
    record Span(int open, int width, int close, boolean paragraphStart, boolean continues) {
    }

    public List<Quote> extract(String text, List<Sentence> sentences, List<EntityMention> entities,
                               List<EmbeddedPost> posts) {
        List<Quote> quotes = new ArrayList<>();
        Optional<String> previousSpeaker = Optional.empty();
        int previousEnd = -1;
        for (Span span : spans(text)) {
            int start = span.open() + span.width();
            int end = span.close();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
                end--;
            }
            if (end <= start) {
                continue;
            }
            String words = text.substring(start, end);
            QuoteKind kind = isDirect(text, span.open(), words) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
            Optional<String> speaker = speaker(text, sentences, entities, span);
            boolean goesOn = span.continues() || (kind == QuoteKind.DIRECT && previousEnd >= 0
                    && sameOrNextParagraph(text, previousEnd, span.open()));
            if (speaker.isEmpty() && goesOn) {
                speaker = previousSpeaker;
            }
            quotes.add(new Quote(start, end, words, kind, speaker));
            previousSpeaker = speaker;
            previousEnd = span.close();
        }
        for (EmbeddedPost post : posts) {
            Optional<String> author = entities.stream()
                    .filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION)
                    .filter(e -> e.text().equalsIgnoreCase(post.author()) || e.canonical().equalsIgnoreCase(
                            post.author()))
                    .map(EntityMention::canonical).findFirst();
            quotes.add(new Quote(post.start(), post.end(), text.substring(post.start(), post.end()),
                    QuoteKind.EMBEDDED, Optional.of(author.orElse(post.author()))));
        }
        quotes.sort(java.util.Comparator.comparingInt(Quote::start));
        return quotes;
    }

    /**
     * Quote spans: an opening mark (“, ", or the doubled apostrophe '' some wires write) to its closing mark, within a
     * paragraph; a paragraph that ends inside a quote goes on in the next when that one opens with a quote mark, as
     * news writes long quotes. A curly quote inside a quote nests (“He said “no” twice”); marks typed the wrong way
     * round still open and close (a ” that starts a paragraph, a “ that ends one); marks inside markup tags
     * ({@code <tweet id="...">}) are no quotes.
     */
    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        int width = 1;
        int depth = 0;
        boolean continued = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                int tagEnd = tagEnd(text, i);
                if (tagEnd > i) {
                    i = tagEnd - 1;
                    continue;
                }
            }
            boolean paragraphEnd = c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (open < 0) {
                int mark = openingMark(text, i);
                if (mark > 0) {
                    open = i;
                    width = mark;
                    depth = 0;
                    i += mark - 1;
                }
                continue;
            }
            int closing = closingMark(text, i, width);
            if (c == '“' && closing == 0) {
                depth++; // a quote inside the quote
            } else if (closing > 0 && c == '”' && depth > 0) {
                depth--;
            } else if (closing > 0) {
                spans.add(new Span(open, width, i, paragraphStart(text, open), continued));
                open = -1;
                continued = false;
                i += closing - 1;
            } else if (paragraphEnd) {
                int next = i + 2;
                boolean goesOn = next < text.length() && openingMark(text, next) > 0;
                if (goesOn) {
                    spans.add(new Span(open, width, i, paragraphStart(text, open), continued));
                    continued = true;
                } else {
                    continued = false; // an unbalanced mark: no quote
                }
                open = -1;
            }
        }
        return spans;
    }

    /** The width of a quote mark that opens at {@code i} (0 when none does). */
    private static int openingMark(String text, int i) {
        char c = text.charAt(i);
        if (c == '“') {
            return 1;
        }
        boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        if (c == '"') {
            return wordStart ? 1 : 0;
        }
        if (c == '”') {
            // typed the wrong way round: at the start of a line or after a space, before a word
            return (i == 0 || Character.isWhitespace(text.charAt(i - 1))) && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1)) ? 1 : 0;
        }
        if (c == '\'' && wordStart && i + 2 < text.length() && text.charAt(i + 1) == '\''
                && text.charAt(i + 2) != '\'') {
            return 2; // ''Like this,'' said the wire
        }
        if (c == '\'' && (i == 0 || Character.isWhitespace(text.charAt(i - 1))) && i + 1 < text.length()
                && Character.isUpperCase(text.charAt(i + 1))) {
            // a single mark that a doubled one closes ('Like this,'') is a slip of the same style
            int close = text.indexOf("''", i + 1);
            int paragraph = text.indexOf("\n\n", i);
            if (close > 0 && (paragraph < 0 || close < paragraph) && text.indexOf("' ", i + 1) >= close) {
                return 1;
            }
        }
        return 0;
    }

    /** The width of a mark that closes a quote opened with a mark of {@code openWidth} at {@code i}, else 0. */
    private static int closingMark(String text, int i, int openWidth) {
        char c = text.charAt(i);
        if (c == '”' || c == '"') {
            return 1;
        }
        if (c == '“') {
            // a closing mark typed the wrong way round: no word follows it
            return i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)) ? 1 : 0;
        }
        if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'' && (i + 2 >= text.length()
                || !Character.isLetterOrDigit(text.charAt(i + 2)))) {
            return 2;
        }
        return 0;
    }

    /** The end of a markup tag that starts at {@code i} ({@code <tweet id="1">}, {@code </tweet>}), else i. */
    private static int tagEnd(String text, int i) {
        int j = i + 1;
        if (j < text.length() && text.charAt(j) == '/') {
            j++;
        }
        int nameStart = j;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-')) {
            j++;
        }
        if (j == nameStart || j >= text.length() || !Character.isLetter(text.charAt(nameStart))) {
            return i;
        }
        if (text.charAt(j) == '>') {
            return j + 1;
        }
        if (text.startsWith("/>", j)) {
            return j + 2;
        }
        int end = text.indexOf('>', j);
        if (text.charAt(j) != ' ' || end < 0 || end - i > 2000 || !text.substring(j, end).contains("=\"")) {
            return i; // a tag has attributes: name="value"
        }
        return end + 1;
    }

    private static boolean paragraphStart(String text, int open) {
        return open == 0 || text.charAt(open - 1) == '\n';
    }

    private static boolean isDirect(String text, int open, String words) {
        if (words.isEmpty() || !Character.isUpperCase(words.codePointAt(0))) {
            return false;
        }
        int i = open - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || ":,.—-".indexOf(text.charAt(i)) >= 0;
    }

    private static boolean sameOrNextParagraph(String text, int previousEnd, int open) {
        String between = text.substring(Math.min(previousEnd + 1, open), open);
        return between.chars().filter(c -> c == '\n').count() <= 2 && between.length() < 400;
    }

    private Optional<String> speaker(String text, List<Sentence> sentences, List<EntityMention> entities,
                                     Span span) {
        Sentence sentence = sentenceAt(sentences, span.open());
        int sentenceStart = sentence == null ? lineStart(text, span.open()) : sentence.start();
        Sentence closing = sentenceAt(sentences, span.close());
        int sentenceEnd = closing == null ? text.length() : closing.end();
        sentenceEnd = Math.max(sentenceEnd, Math.min(text.length(), span.close() + 1));
        int paragraphEnd = text.indexOf("\n\n", span.close());
        if (paragraphEnd >= 0 && paragraphEnd < sentenceEnd) {
            sentenceEnd = paragraphEnd;
        }
        // 1. Just after the quote: “...,” NAME said / said NAME / X quoted NAME / according to NAME.
        int afterStart = Math.min(text.length(), span.close() + 1);
        String after = text.substring(afterStart, Math.max(afterStart, Math.min(sentenceEnd,
                afterStart + NEAR * 2)));
        Optional<String> found = afterQuote(text, sentences, entities, afterStart, after);
        if (found.isPresent()) {
            return found;
        }
        // 2. Just before it: NAME ..., told Reuters: “...
        sentenceStart = Math.min(sentenceStart, span.open());
        String before = text.substring(sentenceStart, span.open());
        Matcher verb = lastVerb(before);
        if (verb != null && before.substring(verb.end()).strip().length() < 40) {
            found = subject(text, sentences, entities, sentenceStart, sentenceStart + verb.start(), true);
            if (found.isPresent()) {
                return found;
            }
        }
        // 3. A partial quote belongs to the subject of its sentence.
        return subject(text, sentences, entities, sentenceStart, span.open(), false);
    }

    private Optional<String> afterQuote(String text, List<Sentence> sentences, List<EntityMention> entities,
                                        int offset, String after) {
        String trimmed = after.replaceFirst("^[\\s,.!?;:]*", "");
        int base = offset + (after.length() - trimmed.length());
        Matcher verb = VERB.matcher(trimmed);
        if (!verb.find() || verb.start() > NEAR) {
            return Optional.empty();
        }
        if (QUOTED.matcher(trimmed.substring(verb.start(), verb.end())).matches()) {
            return firstMention(entities, base + verb.end(), base + Math.min(trimmed.length(), verb.end() + NEAR));
        }
        String head = trimmed.substring(0, verb.start());
        if (head.isBlank()) {
            // said NAME / said the mayor
            String tail = trimmed.substring(verb.end());
            Optional<String> named = firstMention(entities, base + verb.end(), base + verb.end()
                    + Math.min(tail.length(), 40));
            return named.isPresent() ? named : role(entities, tail.substring(0, Math.min(tail.length(), 40)));
        }
        String firstWord = head.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(firstWord)) {
            return latestPersonSubject(text, sentences, entities, offset);
        }
        Optional<String> named = firstMention(entities, base, base + verb.start());
        return named.isPresent() ? named : role(entities, head);
    }

    /**
     * The subject before {@code limit} in the sentence: the first person or organisation named there that is not a
     * possessive, else a possessive one ("the mayor's warning of a “grave risk”"), else a place that
     * speaks ("India ... said"). Two people joined by "and" are no single speaker.
     */
    private Optional<String> subject(String text, List<Sentence> sentences, List<EntityMention> entities,
                                     int from, int limit, boolean beforeVerb) {
        EntityMention possessive = null;
        EntityMention place = null;
        String prefix = text.substring(from, limit);
        int pronoun = firstPronoun(prefix);
        boolean first = true;
        for (EntityMention e : entities) {
            if (e.start() < from || e.end() > limit) {
                continue;
            }
            if (pronoun >= 0 && from + pronoun < e.start()) {
                break;
            }
            if (first && e.type() == EntityType.LOCATION && SPEAKING_PLACE.matcher(text.substring(e.end(), limit))
                    .lookingAt()) {
                return Optional.of(e.canonical()); // "India, seen as a partner of the US, said ..."
            }
            first = false;
            boolean isPossessive = text.startsWith("’s", e.end()) || text.startsWith("'s", e.end());
            if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
                if (isPossessive) {
                    possessive = possessive == null ? e : possessive;
                    continue;
                }
                String rest = text.substring(e.end(), Math.min(limit, e.end() + 30));
                if (rest.matches("(?s)\\s+and\\s+.*") && nextPersonAfterAnd(entities, e, text)) {
                    return Optional.empty();
                }
                return Optional.of(e.canonical());
            }
            if (e.type() == EntityType.LOCATION && place == null && !isPossessive
                    && (beforeVerb || VERB.matcher(text.substring(e.end(), limit)).find())) {
                place = e;
            }
        }
        if (pronoun >= 0) {
            return latestPersonSubject(text, sentences, entities, from);
        }
        if (place != null) {
            return Optional.of(place.canonical());
        }
        if (possessive != null) {
            return Optional.of(possessive.canonical());
        }
        return role(entities, prefix);
    }

    private static boolean nextPersonAfterAnd(List<EntityMention> entities, EntityMention first, String text) {
        for (EntityMention e : entities) {
            if (e.start() > first.end() && e.type() == EntityType.PERSON) {
                return text.substring(first.end(), e.start()).strip().matches("and(\\s+[\\p{L}.-]+){0,3}");
            }
        }
        return false;
    }

    private static int firstPronoun(String prefix) {
        Matcher m = Pattern.compile("\\b([Hh]e|[Ss]he)\\b").matcher(prefix);
        return m.find() ? m.start() : -1;
    }

    /** The person a pronoun stands for: the first person named (not as a possessive) in the nearest sentence. */
    private static Optional<String> latestPersonSubject(String text, List<Sentence> sentences,
                                                        List<EntityMention> entities, int offset) {
        Sentence current = sentenceAt(sentences, offset);
        int index = current == null ? sentences.size() - 1 : sentences.indexOf(current);
        for (int i = index; i >= 0; i--) {
            Sentence s = sentences.get(i);
            int limit = Math.min(s.end(), offset);
            for (EntityMention e : entities) {
                if (e.start() >= s.start() && e.end() <= limit && e.type() == EntityType.PERSON
                        && !text.startsWith("’s", e.end()) && !text.startsWith("'s", e.end())) {
                    return Optional.of(e.canonical());
                }
            }
        }
        return Optional.empty();
    }

    /** A role named in the text ("the Indian prime minister") resolved to the person given that title. */
    private static Optional<String> role(List<EntityMention> entities, String phrase) {
        Matcher m = ROLE.matcher(phrase);
        if (!m.find()) {
            return Optional.empty();
        }
        String role = m.group(1).toLowerCase(Locale.ROOT);
        return entities.stream()
                .filter(e -> e.type() == EntityType.PERSON && e.title().toLowerCase(Locale.ROOT).endsWith(role))
                .map(EntityMention::canonical).findFirst();
    }

    private static Optional<String> firstMention(List<EntityMention> entities, int from, int to) {
        for (EntityMention e : entities) {
            if (e.start() >= from && e.start() < to && e.type() != EntityType.OTHER) {
                return Optional.of(e.canonical());
            }
        }
        return Optional.empty();
    }

    private static Matcher lastVerb(String before) {
        Matcher m = VERB.matcher(before);
        Matcher last = null;
        int position = -1;
        while (m.find()) {
            position = m.start();
        }
        if (position < 0) {
            return null;
        }
        last = VERB.matcher(before);
        last.find(position);
        return last;
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    private static int lineStart(String text, int offset) {
        int i = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return i < 0 ? 0 : i + 1;
    }
}
