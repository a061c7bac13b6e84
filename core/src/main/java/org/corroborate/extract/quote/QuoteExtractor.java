package org.corroborate.extract.quote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.clean.EmbeddedPost;
import org.corroborate.extract.entity.EntityMention;
import org.corroborate.extract.entity.EntityRecognizer;
import org.corroborate.extract.entity.EntityType;
import org.corroborate.text.Sentence;

/**
 * Finds quotes (curly and straight marks, the doubled apostrophes some wires write, single marks in a headline,
 * quotes interrupted by their speech verb, quotes over several paragraphs that reopen with the same kind of mark,
 * quotes nested in quotes, partial quotes inside a sentence, among them words a "that" brings into the writer's
 * sentence and a clause that finishes the writer's words after a comma, embedded posts; titles in quote marks, in
 * apposition after a comma or opening a headline, and markup attributes are no quotes; words a speech verb reports
 * whole, the part after an interrupting verb, a statement after a sentence that ends in a quote and a quote a sentence
 * opens with its speaker are direct however they begin) and their speakers:
 * the name or pronoun next to a speech verb just after the quote, also when the quote ends its own sentence ("...,”
 * Okafor stated"; "“... now.” Sen. Ines Okafor (D-Alder) said"; "“...,” Novak, who ..., told reporters"), a pull
 * quote's dash signature ("” ― Ines Okafor"), the name before the verb before it ("Amara Mensah ... told
 * reporters: “..."; "Said Okafor, “..."; "According to Okafor, “..."), a paragraph that introduces it with a colon,
 * "the wire quoted Okafor", a pronoun resolved to the latest person named as a subject, a role ("the council
 * leader") resolved to the person the article gives that title, an organisation a description names ("the ministry
 * said", "police said") resolved to the article's organisation of that kind, the subject of the sentence for a
 * partial quote ("Brennan called the offer “fair and affordable”"), and the speaker of the quote before for a quote that goes on.
 * Names the recogniser missed are taken from the capitalised words by the verb, titles left out and a surname
 * mapped to the person of the story. When the text does not say who spoke ("said one official"), the speaker is
 * empty rather than a guess, also for a quote that goes on after another. Thread-safe; linear in the text but for
 * per-quote look-ups in the sorted mentions.
 */
public final class QuoteExtractor {
    // patterns of the checks below, compiled once (String.split and String.matches compile theirs at every call)
    private static final Pattern AND_FEW_WORDS = Pattern.compile("and(\\s+[\\p{L}.-]+){0,3}");
    private static final Pattern AND_REST = Pattern.compile("(?s)\\s+and\\s+.*");
    private static final Pattern BLANKS = Pattern.compile("[ \\u00A0]+");
    private static final Pattern BRACKETS_AND_QUOTED_NAMES =
            Pattern.compile("\\([^()]{1,40}\\)|[“\"]\\p{Lu}[\\p{L}.’'-]*[”\"]");
    private static final Pattern EDGE_NON_ALNUM = Pattern.compile("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$");
    private static final Pattern ELLIPSIS_THEN_WORDS = Pattern.compile("(?s)(?:…|\\.\\.\\.).*\\p{L}.*");
    private static final Pattern LABEL = Pattern.compile("\\p{L}+:");
    private static final Pattern LEADING_ELLIPSIS = Pattern.compile("^(?:\\[|…\\s*|\\.\\.\\.\\s*)");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,.!?;:]*");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACES_OR_NBSP = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.’'-]+$");
    private static final Pattern HE_OR_SHE = Pattern.compile("\\b([Hh]e|[Ss]he)\\b");
    /** Those who speak for someone else ("a spokeswoman for", "an aide to", "Ridley's lawyer"). */
    private static final String AGENTS_PLURAL = "spokes(?:men|women|people)|aides|advis[eo]rs|lawyers|attorneys"
            + "|representatives|assistants|friends|relatives|cousins|colleagues|deputies|staffers|publicists|agents"
            + "|allies|associates|sources|officials|sons|daughters|brothers|sisters|families|managers";
    private static final String AGENTS = "(?i:spokes(?:man|woman|person)|aide|advis[eo]r|lawyer|attorney|counsel"
            + "|representative|assistant|friend|relative|cousin|colleague|deputy|staffer|publicist|agent|ally"
            + "|associate|source|official|press[ \\u00A0]+secretary|chief[ \\u00A0]+of[ \\u00A0]+staff"
            + "|campaign[ \\u00A0]+manager|manager|campaign|office|wife|husband|son|daughter|brother|sister|mother"
            + "|father|family|" + AGENTS_PLURAL + ")";
    private static final String VERBS = "said|says|say|told|tells|stated|states|wrote|writes|posted|posts|added|adds"
            + "|noted|notes|asked|replied|declared|announced|tweeted|explained|insisted|warned|argued|claimed"
            + "|commented|remarked|continued|recalled|acknowledged|conceded|urged|emphasised|emphasized|stressed"
            + "|described|called|quoted|according|demanded|wondered|responded|answered|countered|admitted"
            + "|predicted|observed|boasted|joked|quipped|scolded|cautioned|complained|lamented|mused|shouted"
            + "|yelled|testified|suggested|agreed|concluded|promised|vowed|pledged|stated|maintained|contended"
            + "|asserted|reiterated|tweets|texted|emailed|recounted|conceded|retorted|snapped|pleaded|saying|asks"
            + "|answers|questioned|charged|assured|reacted|responds|explains|argues|insists|warns|claims|recalls"
            + "|acknowledges|concludes|continues|replies|shot back|fired back|exclaimed|elaborated|reasoned|sings|sang"
            + "|interjected|interjecting|echoed|echoing|chanted|chanting";
    private static final Pattern VERB = Pattern.compile("(?i)\\b(" + VERBS + ")\\b"); // headlines: "Okafor Says"
    private static final Pattern QUOTED = Pattern.compile("\\bquoted\\b");
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(?:the|an?|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?("
            + "president|prime minister|minister|foreign minister|secretary of state|secretary|mayor|spokesperson|"
            + "spokesman|spokeswoman|chancellor|governor|leader|official|envoy|ambassador|king|queen|ceo)\\b");
    /** Nouns for a kind of organisation, as news names a body it has named or need not name ("the ministry"). */
    private static final String ORGANISATION_NOUNS = "council|ministry|department|government|company|firm|union"
            + "|police|agency|commission|committee|authority|board|campaign|administration|office|party|court|bank"
            + "|embassy|operator|airline|regulator|watchdog|university|hospital|school|club|army|military|navy"
            + "|group|organisation|organization|corporation|charity|federation|association|league|assembly";
    /**
     * An organisation as a definite description ("the council", "the city's transport department", "police") that a
     * speech verb follows, perhaps after an auxiliary or an adverb: the body spoke ("The ministry said ..."). Police
     * and prosecutors need no article.
     */
    private static final Pattern ORGANISATION_SPEAKING = Pattern.compile("(?i)\\b(?:the[ \\u00A0]+(?:[\\p{L}’'-]+"
            + "[ \\u00A0]+){0,2}?(" + ORGANISATION_NOUNS + ")|(police|prosecutors))(?=[ \\u00A0]+(?:(?:has|had|have"
            + "|also|later|then|again|previously|earlier)[ \\u00A0]+){0,2}(?:" + VERBS + ")\\b)");
    /**
     * The same description after a speech verb, where it ends its phrase: "said the ministry", "according to police,"
     * (not "said the council leader" nor "the company's chief").
     */
    private static final Pattern ORGANISATION_AFTER_VERB = Pattern.compile("(?i)[ \\u00A0]*(?:the[ \\u00A0]+"
            + "(?:[\\p{L}’'-]+[ \\u00A0]+){0,2}?(" + ORGANISATION_NOUNS + ")|(police|prosecutors))(?=[ \\u00A0]*"
            + "(?:[,.;:!?)]|$)|[ \\u00A0]+(?:in|on|at|this|last|late|early|after|before|when|which|that|yesterday"
            + "|today)\\b)");
    private static final Pattern SPEAKING_PLACE = Pattern.compile("(?:,[^“\"”]{0,120}?,)?\\s+(?:" + VERBS + ")\\b");
    private static final Set<String> PRONOUNS = Set.of("he", "she");
    private static final Set<String> TITLE_SMALL_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on",
            "for", "to", "with", "at", "by", "from", "vs", "de", "la", "is");
    private static final Pattern SPOKEN_BEFORE = Pattern.compile("\\b(?:" + VERBS + "|dubbed|chanted|chanting|"
            + "shouted|shouting|yelled|read|reads|reading|sang|sings|singing|saying|calling|called)\\b"
            + "[^.!?;\\p{Lu}]{0,15}$");
    private static final Set<String> PARTY_WORDS = Set.of("republican", "democratic", "democrat", "gop",
            "conservative", "liberal", "labour", "tory");
    private static final Pattern DESCRIPTION = Pattern.compile("\\s*(?:a|an|one|another|some|several|two|three"
            + "|many|other)\\s");
    /** A name of one to three capitalised words in quote marks that ends its line: a quote's signature. */
    private static final Pattern SIGNATURE = Pattern.compile("[\"“]([\\p{Lu}][\\p{L}.'’-]*(?:[ \\u00A0][\\p{Lu}]"
            + "[\\p{L}.'’-]*){0,2})[\"”][ \\u00A0]*(?:\\n|$)");
    private static final Pattern SIGNED_AFTER = Pattern.compile("['’”\"]*[ \\u00A0]*[-–—―]{1,2}[ \\u00A0]*[\"“]"
            + "\\p{Lu}");
    private static final Pattern SIGNED_AFTER_QUOTE = Pattern.compile("[\"”'’][ \\u00A0]*[-–—―]{1,2}[ \\u00A0]*$");
    private static final Pattern DASH = Pattern.compile("[―—–-]{1,2}[\\s\\u00A0]*");
    private static final String NAME_WORD = "(?:[\\p{Lu}][\\p{L}’'.-]*|[\\p{Lu}]\\.)";
    /** A name's words, perhaps with a nickname in marks between them: Marcia "Cia" Price. */
    private static final Pattern NAME_RUN = Pattern.compile(NAME_WORD + "(?:[ \\u00A0](?:[\"“]" + NAME_WORD
            + "[\"”][ \\u00A0])?" + NAME_WORD + "){0,5}");
    private static final Pattern NAME_RUN_AT_END = Pattern.compile(NAME_WORD + "(?:[ \\u00A0]" + NAME_WORD
            + "){0,5}(?=[\\s,]*$)");
    private static final Pattern APPOSITIVE = Pattern.compile("\\s*" + NAME_WORD + "(?:[ \\u00A0]" + NAME_WORD
            + "){0,5}(?:\\s*\\([^()]{1,30}\\))?,");
    private static final Set<String> TITLE_WORDS = Set.of("rep", "sen", "del", "gov", "lt", "mr", "mrs", "ms", "dr",
            "president", "senator", "secretary", "governor", "mayor", "commissioner", "justice", "judge", "chairman",
            "chairwoman", "leader", "director", "spokesman", "spokeswoman", "spokesperson", "speaker",
            "representative", "rev", "gen", "adm", "sgt", "col", "capt", "chief", "minister", "ceo", "attorney",
            "general", "prof", "professor", "former", "sir", "lord", "lady", "dame");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I",
            "You", "This", "That", "These", "Those", "But", "And", "Or", "In", "On", "At", "For", "With", "As", "By",
            "From", "To", "Of", "If", "When", "While", "After", "Before", "His", "Her", "Its", "Their", "Our", "My",
            "Your", "There", "Here", "So", "Yet", "Then", "Now", "Some", "Many", "Most", "One", "Two", "Both", "All",
            "Officials", "Sources", "Experts", "Analysts", "Critics", "Monday", "Tuesday", "Wednesday", "Thursday",
            "Friday", "Saturday", "Sunday", "Asked", "According", "Yes", "No");
    private static final int NEAR = 60;
    /** A transcript's speaker label: one to three words in capitals and a colon ("PENCE:", "SEN. KAINE:"). */
    private static final Pattern TRANSCRIPT_LABEL = Pattern.compile(
            "(\\p{Lu}[\\p{Lu}.’'-]+(?:[ \\u00A0]\\p{Lu}[\\p{Lu}.’'-]*){0,2}):[ \\u00A0]+(?=\\S)");
    /** Labels in capitals that name no speaker. */
    private static final Set<String> NOT_SPEAKER_LABELS = Set.of("NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "UPDATE",
            "CORRECTION", "WATCH", "READ", "BREAKING", "WARNING", "PS", "P.S.", "Q", "A", "FAQ", "TL;DR", "RELATED");
    /** Words in brackets alone, as transcripts mark what happened: "(CROSSTALK.)", "[applause]". */
    private static final Pattern STAGE_DIRECTION = Pattern.compile("[(\\[][^()\\[\\]]{1,40}[)\\]]\\.?");
    /** Words that say the writer reports or names words (a speech verb, "called", "dubbed", "so-called"). */
    private static final Pattern SPEECH_NEAR = Pattern.compile("(?i)\\b(?:" + VERBS + "|dubbed|dubs|calls|calling"
            + "|labeled|labelled|labels|termed|terms|branded|brands|chanted|chanting|shouted|shouting|read|reads"
            + "|so-called|words?|phrase|term|quote|quoting|put it|in (?:his|her|their) (?:words|view)|referred to"
            + "|refers to|refer to|expressed|expresses|spoke|speaks|speaking|in an? (?:post|statement|tweet|message"
            + "|letter|interview|speech|release|email))\\b");

    /** "that" just before a quote mark, perhaps with a comma: "said that “...", "wrote that, “...". */
    private static final Pattern THAT_BEFORE = Pattern.compile("\\bthat,?[ \\u00A0]*$");

    /** A quote before its speaker is known; {@code open} and {@code close} are the offsets of its marks. */
    record Span(int open, int width, int close, boolean paragraphStart, boolean continues) {
    }

    public List<Quote> extract(String text, List<Sentence> sentences, List<EntityMention> mentions,
                               List<EmbeddedPost> posts) {
        List<EntityMention> entities = mentions.stream()
                .sorted(java.util.Comparator.comparingInt(EntityMention::start)).toList();
        List<Quote> quotes = new ArrayList<>();
        Optional<String> previousSpeaker = Optional.empty();
        int previousEnd = -1;
        QuoteKind previousKind = QuoteKind.PARTIAL;
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
            if (isNickname(text, span, words) || namesAWork(text, span.open())
                    || isTitle(words) && NAMED_BY_THE_WRITER.matcher(text).region(Math.max(0, span.open() - 60),
                    span.open()).useTransparentBounds(true).find()) {
                continue; // Robert C. “Bobby” Scott; his book, “Make Your Kid a Millionaire”: no one's words
            }
            if (SIGNATURE.matcher(text).region(span.open(), text.length()).lookingAt()
                    && SIGNED_AFTER_QUOTE.matcher(text).region(Math.max(0, span.open() - 8), span.open()).find()) {
                continue; // “...” - “Fiona”: who signed the quote before, not words of their own
            }
            if (isPageLabel(text, span, words)) {
                continue; // "Related:" alone in its paragraph: the page's label for the links that follow
            }
            if (isCrosshead(text, span, words)) {
                continue; // “DIVISIVE, STUPID AND WRONG” alone in its paragraph: a wire's subheading
            }
            if (STAGE_DIRECTION.matcher(words).matches()) {
                continue; // "(CROSSTALK)", "[applause]": what happened, not words anyone spoke
            }
            // a transcript's turn, "PENCE: Well, look ...": the words after the label, spoken by whom it names
            Optional<String> turnOf = Optional.empty();
            Matcher label = TRANSCRIPT_LABEL.matcher(words);
            if (label.lookingAt() && label.end() < words.length()
                    && !NOT_SPEAKER_LABELS.contains(label.group(1).toUpperCase(Locale.ROOT))) {
                turnOf = Optional.of(labelled(label.group(1), entities));
                start += label.end();
                words = text.substring(start, end);
            }
            // "said that “...”": words the writer's own sentence takes in, a partial quote however whole
            boolean integrated = turnOf.isEmpty() && THAT_BEFORE.matcher(text.substring(Math.max(0, span.open() - 8),
                    span.open())).find();
            boolean resumes = previousKind == QuoteKind.DIRECT && previousEnd >= 0
                    && resumesAfterItsVerb(text, previousEnd, span.open());
            QuoteKind kind = turnOf.isPresent() || resumes || !integrated && !namesInHeadline(text, span, words)
                    && !isSubjectOfWritersSentence(text, span, words) && (isDirect(text, span.open(), words)
                    || spokenInHeadline(text, span.open(), words)
                    || isObjectOfSpeechVerb(text, span.open()) || openedBySpeaker(text, span.open())
                    || reportedByParticiple(text, span.open(), words)
                    || isWholeClause(text, sentences, span, start, end, words)) ? QuoteKind.DIRECT : QuoteKind.PARTIAL;
            if (kind == QuoteKind.PARTIAL && isTitle(words) && !spokenBefore(text, span.open())) {
                continue; // the name of a show, book, law or event (“Face the Nation”), not words someone spoke
            }
            if (kind == QuoteKind.PARTIAL && isScareQuote(text, sentences, span, words)) {
                continue; // a term the writer holds at arm's length (a “philanthropub”), not words someone spoke
            }
            Optional<String> speaker = turnOf.isPresent() ? turnOf
                    : speaker(text, sentences, entities, span).map(QuoteExtractor::withoutVerb)
                    .filter(name -> looksLikeASpeaker(name, entities));
            if (speaker.isEmpty() && spokenInHeadline(text, span.open(), words)) {
                Matcher verb = HEADLINE_SPOKEN.matcher(text.substring(0, span.open()));
                speaker = verb.find() ? nameBefore(text, entities, verb.start()) : speaker; // Okafor Speaks ‘...’
            }
            if (speaker.isEmpty() && kind == QuoteKind.DIRECT && !span.paragraphStart() && !span.continues()
                    && !attributedToNobodyNamed(text, span.close())) {
                speaker = reportedJustBefore(text, sentences, entities, span.open(), span.close(), quotes);
            }
            // a quote goes on with the last speaker in its paragraph, or when it opens the next paragraph; a
            // quote inside a later paragraph's sentence is that sentence's, not the last speaker's
            boolean goesOn = span.continues() || (kind == QuoteKind.DIRECT && previousEnd >= 0
                    && sameOrNextParagraph(text, previousEnd, span.open())
                    && (span.paragraphStart() || text.substring(Math.min(previousEnd + 1, span.open()), span.open())
                    .indexOf('\n') < 0));
            if (speaker.isEmpty() && goesOn && !attributedToNobodyNamed(text, span.close())) {
                speaker = previousSpeaker;
            }
            quotes.add(new Quote(start, end, words, kind, speaker));
            previousSpeaker = speaker;
            previousEnd = span.close();
            previousKind = kind;
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
        List<Span> spans = doubleMarkSpans(text);
        List<Span> headline = headlineSpans(text);
        if (headline.isEmpty()) {
            return spans;
        }
        List<Span> all = new ArrayList<>(spans);
        for (Span h : headline) {
            if (spans.stream().noneMatch(d -> d.open() <= h.close() && h.open() <= d.close())) {
                all.add(h);
            }
        }
        all.sort(java.util.Comparator.comparingInt(Span::open));
        return all;
    }

    /**
     * Quotes in single marks in a headline (the first line, when a line break follows it), as headlines write them:
     * Okafor: ‘We Will Rebuild the Pier’. A mark inside a word is an apostrophe; one after a word that no letter
     * follows closes.
     */
    private static List<Span> headlineSpans(String text) {
        int lineEnd = text.indexOf('\n');
        List<Span> spans = new ArrayList<>();
        if (lineEnd < 0 || lineEnd > 200) {
            return spans;
        }
        int open = -1;
        for (int i = 0; i < lineEnd; i++) {
            char c = text.charAt(i);
            if (c != '‘' && c != '’' && c != '\'') {
                continue;
            }
            boolean before = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean after = i + 1 < lineEnd && Character.isLetterOrDigit(text.charAt(i + 1));
            if (open < 0 && c != '’' && !before && after) {
                open = i;
            } else if (open >= 0 && c != '‘' && i > open + 1 && !Character.isWhitespace(text.charAt(i - 1))
                    && !after) {
                spans.add(new Span(open, 1, i, open == 0, false));
                open = -1;
            }
        }
        return spans;
    }

    private static List<Span> doubleMarkSpans(String text) {
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
                // a long quote reopens each paragraph with the kind of mark it opened with; a straight mark left
                // open before a curly one (or the other way round) marks a block of text, no quote
                boolean goesOn = next < text.length() && openingMark(text, next) > 0
                        && markKind(text.charAt(open)) == markKind(text.charAt(next));
                if (goesOn) {
                    spans.add(new Span(open, width, i, paragraphStart(text, open), continued));
                    continued = true;
                    open = -1;
                } else {
                    // an unbalanced mark opens no quote; the quotes after it in the paragraph are read again without
                    // it ("Trump walked on, chanting “U-S-A!” with a stray mark first)
                    continued = false;
                    i = open + width - 1;
                    open = -1;
                }
            }
        }
        return spans;
    }

    /**
     * Whether a quote is a subheading, as wires set one between paragraphs: two words or more in capitals, no
     * lower-case letter, that make up their paragraph alone.
     */
    private static boolean isCrosshead(String text, Span span, String words) {
        if (!span.paragraphStart() || span.continues() || words.chars().anyMatch(Character::isLowerCase)
                || SPACES_OR_NBSP.split(words.strip()).length < 2) {
            return false;
        }
        int after = span.close();
        while (after < text.length() && "'’”\"".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        return after >= text.length() || text.charAt(after) == '\n';
    }

    /** Whether a quote is one word and a colon alone in its paragraph ("Related:", “Watch:”): a page's label. */
    static boolean isPageLabel(String text, Span span, String words) {
        if (!span.paragraphStart() || span.continues() || !LABEL.matcher(words.strip()).matches()) {
            return false;
        }
        int after = span.close();
        while (after < text.length() && "'’”\"".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        return after >= text.length() || text.charAt(after) == '\n';
    }

    /** The kind of a quote mark: 0 straight ("), 1 curly (“ or ” either way round), 2 apostrophes (''). */
    private static int markKind(char mark) {
        return mark == '"' ? 0 : mark == '\'' ? 2 : 1;
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
            // typed the wrong way round: after a space, before a word; at the start of a line, where nothing can
            // close, before anything ("” … and then we left,” she said)
            int before = i - 1;
            while (before >= 0 && Character.getType(text.charAt(before)) == Character.FORMAT) {
                before--; // invisible direction marks some pages put first: \u202A”Like this”
            }
            if (before < 0 || text.charAt(before) == '\n') {
                return i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))
                        || i + 2 < text.length() && text.charAt(i + 1) == ' ' && !Character.isWhitespace(text.charAt(i + 2))
                        ? 1 : 0;
            }
            return Character.isWhitespace(text.charAt(before)) && i + 1 < text.length()
                    && Character.isLetter(text.charAt(i + 1)) ? 1 : 0;
        }
        if (c == '\'' && wordStart && i + 2 < text.length() && text.charAt(i + 1) == '\''
                && text.charAt(i + 2) != '\'') {
            return 2; // ''Like this,'' said the wire
        }
        if (c == '\'' && (i == 0 || Character.isWhitespace(text.charAt(i - 1))) && i + 1 < text.length()
                && Character.isUpperCase(text.charAt(i + 1))) {
            // a single mark that a doubled one closes ('Like this,'') is a slip of the same style
            // searched within the paragraph only, so that many such marks cost no more than one pass each
            for (int j = i + 1; j + 1 < text.length() && !text.startsWith("\n\n", j); j++) {
                if (text.charAt(j) == '\'' && text.charAt(j + 1) == '\'') {
                    return 1;
                }
                if (text.charAt(j) == '\'' && text.charAt(j + 1) == ' ') {
                    return 0; // a single closing mark comes first
                }
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
        int end = text.substring(j, Math.min(text.length(), i + 2000)).indexOf('>');
        end = end < 0 ? -1 : j + end;
        if (text.charAt(j) != ' ' || end < 0 || !text.substring(j, end).contains("=\"")) {
            return i; // a tag has attributes: name="value"
        }
        return end + 1;
    }

    private static boolean paragraphStart(String text, int open) {
        return open == 0 || text.charAt(open - 1) == '\n';
    }

    /** Words in title case, as names of shows, books, laws and events are written: “State of the Union”. */
    static boolean isTitle(String words) {
        String[] parts = SPACES_OR_NBSP.split(words.strip());
        if (parts.length > 8 || words.isBlank()) {
            return false;
        }
        boolean capital = false;
        for (String part : parts) {
            String word = EDGE_NON_ALNUM.matcher(part).replaceAll("");
            if (word.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0))) {
                capital = true;
            } else if (!TITLE_SMALL_WORDS.contains(word)) {
                return false;
            }
        }
        return capital && Character.isUpperCase(words.strip().codePointAt(0))
                || Character.isDigit(words.strip().charAt(0));
    }

    /** A nickname between the parts of a name: Robert C. “Bobby” Scott. */
    private static boolean isNickname(String text, Span span, String words) {
        if (SPACES_OR_NBSP.split(words.strip()).length > 2 || !Character.isUpperCase(words.codePointAt(0))
                || span.close() + 2 >= text.length()) {
            return false;
        }
        String before = text.substring(Math.max(0, span.open() - 30), span.open());
        return NAME_PART_BEFORE.matcher(before).find() && NAME_PART_AFTER.matcher(text)
                .region(span.close() + 1, Math.min(text.length(), span.close() + 30)).lookingAt();
    }

    /**
     * Where a nickname in marks that opens at {@code open} between the parts of a name (Marcia "Cia" Price) ends: its
     * closing mark; else {@code open}.
     */
    private static int nicknameEnd(String text, int open) {
        Matcher m = NICKNAME.matcher(text).region(open, Math.min(text.length(), open + 40));
        if (!m.lookingAt() || !NAME_PART_BEFORE.matcher(text.substring(Math.max(0, open - 30), open)).find()) {
            return open;
        }
        return open + m.group(1).length();
    }

    private static final Pattern NICKNAME = Pattern.compile("([“\"]\\p{Lu}[\\p{L}.’'-]*(?:[ \\u00A0]\\p{Lu}"
            + "[\\p{L}.’'-]*)?)[”\"][ \\u00A0]\\p{Lu}\\p{Ll}");
    private static final Pattern NAME_PART_BEFORE = Pattern.compile("(?:^|[\\s(])\\p{Lu}[\\p{L}.’'-]*[ \\u00A0]$");
    private static final Pattern NAME_PART_AFTER = Pattern.compile("['’”\"]?[ \\u00A0]\\p{Lu}\\p{Ll}");

    /**
     * Whether the quote mark at {@code open} follows a word that names a work ("his book, “...”", "the show
     * “...”", "titled “...”"): the title of the work, not words someone spoke.
     */
    private static boolean namesAWork(String text, int open) {
        return WORK_BEFORE.matcher(text.substring(Math.max(0, open - 40), open)).find();
    }

    /**
     * A thing the writer names with "called" or "named" after its noun: a play called “...”, an account named “...”,
     * a blog, called the “...”. Words in title case there are the thing's name, not words anyone spoke (unlike
     * "called him “...”", where someone called him so).
     */
    private static final Pattern NAMED_BY_THE_WRITER = Pattern.compile("\\b(?i:an?|the|its|his|her|their)[ \\u00A0]+"
            + "(?:[\\p{L}’'-]+[ \\u00A0]+){0,3}?\\p{Ll}[\\p{L}’'-]*,?[ \\u00A0]+(?:called|named|titled|known as)"
            + "(?:[ \\u00A0]+the)?[ \\u00A0]*$");

    private static final Pattern WORK_BEFORE = Pattern.compile("(?i)(?:\\b(?:his|her|their|its|the|a|an|my|our"
            + "|your|[\\p{L}.-]+['’]s?)[ \\u00A0]+(?:[\\p{L}\\p{N}’'-]+[ \\u00A0]+){0,2}?(?:book|novel|memoir|show|program|programme|series"
            + "|film|movie|documentary|song|album|musical|podcast|column|op-ed|commentary|essay|editorial)[,:]?"
            + "|\\b(?:titled|entitled|headlined))[ \\u00A0]*$");

    /**
     * A scare quote: one or two words in marks in a sentence where nothing says anyone spoke (no speech verb, no
     * "called", "dubbed" or "so-called"): a term the writer uses at arm's length, not a quote.
     */
    private static boolean isScareQuote(String text, List<Sentence> sentences, Span span, String words) {
        if (span.continues() || SPACES_OR_NBSP.split(words.strip()).length > 2) {
            return false;
        }
        // near: the quote's sentence and the next one in its paragraph, where the attribution often comes ("...
        // a “productive call”. According to the White House, ...")
        int index = lastStartingAtOrBefore(sentences, span.open());
        Sentence sentence = index >= 0 && span.open() < sentences.get(index).end() ? sentences.get(index) : null;
        int from = sentence == null ? lineStart(text, span.open()) : sentence.start();
        int to = sentence == null ? text.indexOf('\n', span.close()) : sentence.end();
        if (sentence != null && index + 1 < sentences.size()
                && text.substring(sentence.end(), sentences.get(index + 1).start()).indexOf('\n') < 0) {
            to = sentences.get(index + 1).end();
        }
        to = to < 0 ? text.length() : Math.max(to, Math.min(text.length(), span.close() + 1));
        // the sentence without the quoted words themselves: a quoted "said" is no speech verb
        String around = text.substring(Math.min(from, span.open()), span.open()) + " "
                + text.substring(Math.min(text.length(), span.close() + 1), Math.max(to, span.close() + 1));
        return !SPEECH_NEAR.matcher(around).find();
    }

    /** A transcript label ("PENCE", "SEN. KAINE") as a speaker: the person of the story with that surname. */
    private static String labelled(String label, List<EntityMention> entities) {
        String[] words = BLANKS.split(label.strip());
        String surname = TRAILING_MARKS.matcher(words[words.length - 1]).replaceAll("");
        for (EntityMention e : entities) {
            String canonical = e.canonical();
            int space = canonical.lastIndexOf(' ');
            if (e.type() == EntityType.PERSON && canonical.substring(space + 1).equalsIgnoreCase(surname)) {
                return canonical;
            }
        }
        StringBuilder name = new StringBuilder();
        for (String w : words) {
            if (TITLE_WORDS.contains(w.toLowerCase(Locale.ROOT).replace(".", ""))) {
                continue;
            }
            name.append(name.length() > 0 ? " " : "").append(w.charAt(0))
                    .append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.length() > 0 ? name.toString() : label;
    }

    /**
     * A quote in the headline (the first line) right after a speech verb, which headlines capitalise and write with
     * no comma: Okafor Speaks ‘Directly To The Ferry Crews’. Headlines write every word in capitals, so such a quote
     * is no title.
     */
    private static boolean spokenInHeadline(String text, int open, String words) {
        int lineEnd = text.indexOf('\n');
        if (lineEnd >= 0 && open > lineEnd || words.isEmpty() || !Character.isUpperCase(words.codePointAt(0))) {
            return false;
        }
        return HEADLINE_SPOKEN.matcher(text.substring(0, open)).find();
    }

    private static final Pattern HEADLINE_SPOKEN = Pattern.compile("(?i)\\b(?:" + VERBS + "|speaks|spoke|speak)"
            + "[ \\u00A0]*$");

    /**
     * Whether a quote opens the headline (the first line) with at most three words and the headline's own words go
     * on after it: ‘Harbour Lights’ Wins Again, 'Unsafe' Pier Closes. Such a quote is the subject's name or a term
     * held at arm's length, not a statement; one before a colon (Okafor: ‘We Rebuild’) is left alone.
     */
    private static boolean namesInHeadline(String text, Span span, String words) {
        if (span.open() != 0 || SPACES_OR_NBSP.split(words.strip()).length > 3) {
            return false;
        }
        int lineEnd = text.indexOf('\n');
        int after = span.close() + 1;
        while (after < text.length() && "'’”\"".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        return (lineEnd < 0 || after < lineEnd) && after + 1 < text.length() && text.charAt(after) == ' '
                && Character.isLetterOrDigit(text.charAt(after + 1));
    }

    /**
     * Whether a quote that opens its sentence is the subject of the writer's sentence rather than a statement: a few
     * words with no punctuation of their own that the sentence goes on from in lower case (“Harbour Lights” star Ines
     * Okafor ...; "Containment" has been the policy since ...), or a title and a comma that a description follows
     * (''Harbour Lights,'' which opens in May, ...), with no speech verb in the rest of the sentence. Such a quote
     * names a show, a term or a slogan; a statement ends in its own punctuation, or its speaker follows it.
     */
    static boolean isSubjectOfWritersSentence(String text, Span span, String words) {
        if (span.continues() || words.isBlank() || SPACES_OR_NBSP.split(words.strip()).length > 6) {
            return false;
        }
        int i = span.open() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        if (i >= 0 && text.charAt(i) != '\n' && ".?!".indexOf(text.charAt(i)) < 0 && !closesQuotedSentence(text, i)) {
            return false; // the quote does not open its sentence
        }
        String inner = text.substring(span.open() + span.width(), span.close()).strip();
        char last = inner.isEmpty() ? ' ' : inner.charAt(inner.length() - 1);
        // a title may end in its own brackets: “Harbour Lights (Live at the Pier)” was recorded in ...
        boolean bare = Character.isLetterOrDigit(last) || last == ')' && isTitle(words);
        if (!bare && !(last == ',' && isTitle(words))) {
            return false;
        }
        int after = span.close();
        while (after < text.length() && "'’”\"".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        int sentenceEnd = after;
        while (sentenceEnd < text.length() && sentenceEnd < after + 200 && ".?!\n".indexOf(text.charAt(sentenceEnd)) < 0) {
            sentenceEnd++;
        }
        String rest = text.substring(after, sentenceEnd);
        Matcher next = (bare ? WRITER_GOES_ON : DESCRIPTION_GOES_ON).matcher(rest);
        return next.lookingAt() && !PRONOUN_OR_DETERMINER.contains(next.group(1).toLowerCase(Locale.ROOT))
                && !speechVerbOfItsOwn(rest);
    }

    /**
     * Whether a speech verb in the writer's words {@code rest} may report the quote before them: one that leads into
     * a quote of its own ("... is based on a play called “Low Tide”", "described as a “born leader”") reports that
     * one, not the quote before.
     */
    private static boolean speechVerbOfItsOwn(String rest) {
        Matcher verb = VERB.matcher(rest);
        while (verb.find()) {
            if (!LEADS_INTO_QUOTE.matcher(rest).region(verb.end(), rest.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** A speech verb's object that opens with a quote mark: ' called “', ' described as a “'. */
    private static final Pattern LEADS_INTO_QUOTE = Pattern.compile("[ \\u00A0]+(?:(?:as|an?|the|it|him|her|them"
            + ")[ \\u00A0]+){0,2}(?:[“\"]|'')");

    /** The writer's sentence going on in lower case after a quote (“...” star ..., “...” (a term) is ...). */
    private static final Pattern WRITER_GOES_ON = Pattern.compile("[ \\u00A0]+(?:\\([^()]{1,60}\\)[ \\u00A0]+)?"
            + "(\\p{Ll}[\\p{L}’'-]*)");
    /** A description after a title and a comma: ''...,'' which opens ...; ''...,'' an HBO series, ... */
    private static final Pattern DESCRIPTION_GOES_ON = Pattern.compile("[ \\u00A0]+(which|whose|an?)\\b");
    /** Words that may begin an attribution after a quote: “...” he said, “...” the mayor said. */
    private static final Set<String> PRONOUN_OR_DETERMINER = Set.of("he", "she", "they", "it", "we", "i", "you",
            "the", "one", "another", "his", "her", "their", "its", "our", "and", "or", "but", "says", "said");

    /** Whether a speech verb (or "called", "dubbed") comes just before the quote mark at {@code open}. */
    private static boolean spokenBefore(String text, int open) {
        String before = text.substring(Math.max(0, open - 40), open);
        return SPOKEN_BEFORE.matcher(before).find();
    }

    /**
     * Whether a quote is a whole statement rather than a few words inside the writer's sentence: it opens a
     * paragraph or follows a colon, comma or dash, starting with a capital ("[W]e", "… And" count as one); or it is
     * a whole sentence, from a capital to its own full stop, question or exclamation mark, right after a speech
     * verb (protesters chanted “What curfew?”).
     */
    private static boolean isDirect(String text, int open, String words) {
        if (words.isEmpty()) {
            return false;
        }
        int i = open - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0'
                || Character.getType(text.charAt(i)) == Character.FORMAT)) {
            i--;
        }
        if (i == 0 && "\"“”".indexOf(text.charAt(i)) >= 0 || i > 0 && text.charAt(i - 1) == '\n'
                && "\"“”".indexOf(text.charAt(i)) >= 0) {
            i--; // a stray mark that opens the paragraph and closes nothing: "“If I was ...
        }
        // a quote may also follow a sentence that ends in a quote of its own: ... on “Meet the Press.” “I mean ...
        boolean afterQuotedSentence = i >= 0 && closesQuotedSentence(text, i);
        boolean afterBreak = i < 0 || text.charAt(i) == '\n' || ":,.?!—-―".indexOf(text.charAt(i)) >= 0
                || afterQuotedSentence;
        if ((i < 0 || text.charAt(i) == '\n' || text.charAt(i) == ':')
                && ELLIPSIS_THEN_WORDS.matcher(words).matches()) {
            return true; // a statement taken up in its middle: “… overall, I think ...”
        }
        String opening = LEADING_ELLIPSIS.matcher(words).replaceFirst("");
        // a numeral opens a sentence too: ''27 companies reported ...''
        boolean capital = !opening.isEmpty() && (Character.isUpperCase(opening.codePointAt(0))
                || Character.isDigit(opening.charAt(0)));
        if (capital && afterBreak) {
            // words in title case after a comma or another quote name something (“Harbour Lights”) unless spoken
            return i < 0 || text.charAt(i) != ',' && !afterQuotedSentence || !isTitle(words)
                    || spokenInSentence(text, i);
        }
        char last = words.charAt(words.length() - 1);
        boolean wholeSentence = (last == '.' || last == '?' || last == '!') && !words.endsWith("..");
        if (!wholeSentence) {
            return false;
        }
        int wordCount = SPACES.split(words.strip()).length;
        return capital && wordCount >= 2 && SPOKEN_BEFORE.matcher(text.substring(Math.max(0, open - 40), open))
                .find();
    }

    /**
     * Whether the quote that closes at {@code close} is attributed to someone the text does not name (“...,” said one
     * official; “...,” a council official said): its speaker stays unknown, not the speaker of the quote before.
     */
    private static boolean attributedToNobodyNamed(String text, int close) {
        int from = Math.min(text.length(), close + 1);
        int to = Math.min(text.length(), close + 1 + NEAR);
        return NOBODY_NAMED.matcher(text).region(from, to).lookingAt()
                || AGENT_NAMED_NOT.matcher(text).region(from, to).lookingAt()
                || SIGNED_AFTER.matcher(text).region(from, to).lookingAt(); // “...” - “Pauline”: signed, if unknown
    }

    /** What opens an attribution after a quote: the closing marks, a comma and perhaps the verb (“...,” said). */
    private static final String ATTRIBUTION_OPENING = "['’”\"]*[ \\u00A0]*,?[ \\u00A0]*(?:(?:" + VERBS
            + ")[ \\u00A0]+)?";
    /**
     * “...,” said the lawyer for Ines Okafor; “...,” his spokesman said; “...,” the lawyer said: one who speaks for
     * another, unnamed. "The official said" alone is often someone named before, so it is not counted here.
     */
    private static final Pattern AGENT_NAMED_NOT = Pattern.compile(ATTRIBUTION_OPENING + "(?:(?i:the|his|her|their"
            + "|its)[ \\u00A0]+(?:[\\p{L}-]+[ \\u00A0]+){0,2}?" + AGENTS + "[ \\u00A0]+(?:for|to|of)\\b"
            + "|(?:(?i:his|her|their|its)|(?i:the)(?![ \\u00A0]+(?i:officials?)\\b))[ \\u00A0]+"
            + "(?:[\\p{L}-]+[ \\u00A0]+){0,2}?" + AGENTS + "[ \\u00A0]+(?:" + VERBS + ")\\b)");

    private static final Pattern NOBODY_NAMED = Pattern.compile(ATTRIBUTION_OPENING
            + "(?:a|an|one|another|some|several|two|three|many|other)[ \\u00A0]");

    /**
     * Whether the character at {@code i} is a closing quote mark (”, ", '', ’) after a full stop, question or
     * exclamation mark: the end of a sentence that ends in a quote (on “Meet the Press.”).
     */
    private static boolean closesQuotedSentence(String text, int i) {
        int j = i;
        while (j >= 0 && "”\"'’".indexOf(text.charAt(j)) >= 0 && i - j < 3) {
            j--;
        }
        return j < i && j >= 0 && ".?!".indexOf(text.charAt(j)) >= 0;
    }

    /**
     * Whether the quote at {@code open} is all a speech verb reports, the verb right before its mark with no comma or
     * "that" between (Okafor said “the pier is safe”, the crowd chanting “four more years”): the words said, as they
     * were said, however they begin. In a relative clause ("a plan which he declared “a disaster”") the verb names
     * the writer's noun and the quote stays partial.
     */
    static boolean isObjectOfSpeechVerb(String text, int open) {
        Matcher verb = VERB_BEFORE_OBJECT.matcher(text).region(Math.max(0, open - 40), open)
                .useTransparentBounds(true);
        if (!verb.find()) {
            return false;
        }
        String[] words = SPACES_OR_NBSP.split(text.substring(Math.max(0, verb.start() - 25), verb.start()).strip());
        for (int w = Math.max(1, words.length - 3); w < words.length; w++) {
            if (RELATIVE_WORDS.contains(words[w].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the sentence opens with the speaker and the speech verb, a comma and then the quote: Okafor said, “the
     * pier is safe,” or He added, “and so is the ferry.” Nothing of the writer's comes before, so the quote is all
     * the sentence reports, however it begins. One after the writer's own clause ("When it opens, she said, “it will
     * ...") is left as it is: the writer's words and the quote make one statement.
     */
    static boolean openedBySpeaker(String text, int open) {
        Matcher verb = VERB_AND_COMMA.matcher(text).region(Math.max(0, open - 30), open).useTransparentBounds(true);
        if (!verb.find()) {
            return false;
        }
        int i = verb.start();
        int words = 0;
        while (i > 0 && text.charAt(i - 1) == ' ' && words < 6) {
            int wordEnd = i - 1;
            int wordStart = wordEnd;
            while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1))
                    || ".’'-".indexOf(text.charAt(wordStart - 1)) >= 0)) {
                wordStart--;
            }
            if (wordStart == wordEnd) {
                break;
            }
            words++;
            i = wordStart;
            String word = text.substring(wordStart, wordEnd);
            if (word.endsWith(".") && word.length() > 2 && !Character.isUpperCase(word.charAt(0))) {
                return words > 1; // the word ends the sentence before ("... the vote. Okafor said, “")
            }
        }
        if (i == 0 || text.charAt(i - 1) == '\n') {
            return true;
        }
        // after the sentence before: its full stop, question or exclamation mark, perhaps with a closing quote mark
        int j = i - 1;
        while (j >= 0 && text.charAt(j) == ' ') {
            j--;
        }
        // a connective and its comma may open the sentence first: "But, Okafor said, “...", "Still, she added, “..."
        Matcher connective = CONNECTIVE_BEFORE.matcher(text).region(Math.max(0, j - 12), j + 1)
                .useTransparentBounds(true);
        if (j > 0 && text.charAt(j) == ',' && connective.find()) {
            if (!endsItsSentence(text, open)) {
                return false; // But, he said, “there was never a doubt” and left: the writer's sentence goes on
            }
            j = connective.start() - 1;
            if (j < 0 || text.charAt(j) == '\n') {
                return true;
            }
            while (j >= 0 && text.charAt(j) == ' ') {
                j--;
            }
        }
        while (j >= 0 && "”\"'’".indexOf(text.charAt(j)) >= 0) {
            j--;
        }
        return j >= 1 && j < i - 1 && ".?!".indexOf(text.charAt(j)) >= 0
                && Character.isLetterOrDigit(text.charAt(j - 1)) && !Character.isUpperCase(text.charAt(j - 1));
    }

    /**
     * Whether a whole sentence in marks follows a speech verb's participle and its comma after the writer's clause:
     * The mayor closed the pier, saying, “the ferry will not sail this week.” The participle reports the words as
     * they were said, however they begin.
     */
    static boolean reportedByParticiple(String text, int open, String words) {
        String w = words.strip();
        if (w.isEmpty() || ".?!".indexOf(w.charAt(w.length() - 1)) < 0 || w.endsWith("..")
                || SPACES_OR_NBSP.split(w).length < 3) {
            return false;
        }
        return PARTICIPLE_AND_COMMA.matcher(text).region(Math.max(0, open - 40), open).useTransparentBounds(true)
                .find();
    }

    private static final Pattern PARTICIPLE_AND_COMMA = Pattern.compile(",[ \\u00A0]+(?:saying|adding|explaining"
            + "|noting|writing|telling (?:reporters|them|us|me|him|her|(?:his|her|their|the) \\p{Ll}+)),[ \\u00A0]*$");

    private static final Pattern VERB_AND_COMMA = Pattern.compile("\\b(?:said|says|added|adds|wrote|writes"
            + "|continued|continues|explained|explains|noted|notes|told (?:reporters|them|us|me|him|her"
            + "|(?:his|her|their|the) \\p{Ll}+))"
            + ",[ \\u00A0]*$");
    /** Whether the quote that opens at {@code open} ends in a full stop, question or exclamation mark of its own. */
    private static boolean endsItsSentence(String text, int open) {
        int width = openingMark(text, open);
        for (int i = open + Math.max(1, width); i < text.length() && i < open + 2000 && text.charAt(i) != '\n'; i++) {
            if (closingMark(text, i, width) > 0) {
                int k = i - 1;
                while (k > open && Character.isWhitespace(text.charAt(k))) {
                    k--;
                }
                return ".?!".indexOf(text.charAt(k)) >= 0;
            }
        }
        return false;
    }

    /** A word that may open a sentence before its speaker, with a comma of its own: "But,", "Still,", "Later,". */
    private static final Pattern CONNECTIVE_BEFORE = Pattern.compile("\\b(?:But|And|Still|Yet|However|Later|Again"
            + "|Instead|Indeed|Meanwhile|Then|Now|Finally|Moreover|Afterwards|Afterward),$");

    private static final Pattern VERB_BEFORE_OBJECT = Pattern.compile("\\b(?:said|says|say|saying|wrote|writes"
            + "|writing|added|adds|adding|tweeted|tweets|tweeting|chanted|chants|chanting|shouted|shouts|shouting"
            + "|yelled|yells|yelling|screamed|screaming|read|reads|reading|sang|sings|singing|asked|asks|asking|replied"
            + "|replies|admitted|admits"
            + "|announced|announces|explained|explains|declared|declares)[ \\u00A0]*$");
    private static final Set<String> RELATIVE_WORDS = Set.of("which", "that", "what", "who", "whom");

    /**
     * Whether a speech verb comes in the sentence before {@code at}, within its line. Without one, words in title
     * case after a comma are a name in apposition ("his new play, “Harbour Lights,” opens"), not a quote.
     */
    private static boolean spokenInSentence(String text, int at) {
        int from = Math.max(lineStart(text, at), at - 200);
        String before = text.substring(from, at);
        int sentenceEnd = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("? "),
                before.lastIndexOf("! ")));
        return VERB.matcher(before).region(sentenceEnd + 1, before.length()).find();
    }

    /**
     * Whether a quote that does not open its sentence is still a whole statement: a clause of four words or more,
     * with a verb, that a speech verb, a colon, a paragraph start or an opening bracket introduces and that its
     * attribution follows (Okafor added: “broadening the base involves some paperwork,” her office said; (“I want my
     * dues back,” wrote one member)). After the writer's own words and a comma ("As for cost, “broadening the base
     * involves some paperwork,” said Okafor") the quote finishes the writer's sentence: a partial quote, as
     * attribution annotations (PolNeAR) mostly take the writer's words into its content. One that ends the writer's
     * sentence (Okafor said “the base is broad.”) is left partial: the writer may have framed it.
     */
    private static boolean isWholeClause(String text, List<Sentence> sentences, Span span, int start, int end,
                                         String words) {
        if (SPACES_OR_NBSP.split(words.strip()).length < 4) {
            return false;
        }
        int i = span.open() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0'
                || Character.getType(text.charAt(i)) == Character.FORMAT)) {
            i--;
        }
        boolean introduced = i < 0 || ":(\n".indexOf(text.charAt(i)) >= 0
                || SPOKEN_BEFORE.matcher(text.substring(Math.max(0, span.open() - 40), span.open())).find();
        if (!introduced) {
            return false;
        }
        int after = Math.min(text.length(), span.close() + 1);
        while (after < text.length() && "'’”\"".indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        String rest = text.substring(after, Math.min(text.length(), after + NEAR));
        return ATTRIBUTION_AFTER.matcher(rest).lookingAt() && hasVerb(sentences, start, end);
    }

    private static final Pattern ATTRIBUTION_AFTER = Pattern.compile("[ \\u00A0]*,?[ \\u00A0]*(?:" + NAME_WORD
            + "(?:[ \\u00A0]" + NAME_WORD + "){0,4}[ \\u00A0]+|he[ \\u00A0]+|she[ \\u00A0]+|they[ \\u00A0]+)?(?:"
            + VERBS + ")\\b");

    /**
     * Whether the quote that opens at {@code open} resumes the direct quote that closed at {@code previousClose},
     * its speech verb between the two parts: “The bridge is safe,” Okafor said, “but it needs work.” The second part
     * is the same statement, direct however it begins. Only an attribution may stand between the marks: the first
     * part ends in a comma, no sentence ends, and a speech verb and a comma lead into the second.
     */
    static boolean resumesAfterItsVerb(String text, int previousClose, int open) {
        if (open - previousClose > 200 || previousClose < 1) {
            return false;
        }
        Matcher between = RESUMED.matcher(text).region(previousClose, open);
        return between.matches() && (text.charAt(previousClose - 1) == ',' || between.group(1) != null);
    }

    /** Anything but a line or sentence end or a quote mark; an abbreviation's full stop ("Mr.", "Sen.") is kept. */
    private static final String ATTRIBUTION_PART = "(?:[^\\n.!?“”\"]|(?<=\\b\\p{Lu}\\p{Ll}{0,3})\\.)";
    private static final Pattern RESUMED = Pattern.compile("(?:''|[”\"“'])(,)?[ \\u00A0]*" + ATTRIBUTION_PART
            + "{0,80}?\\b(?:" + VERBS + ")\\b" + ATTRIBUTION_PART + "{0,100}?,[ \\u00A0]*");

    /** Whether a verb (or auxiliary) is tagged in [start, end). */
    private static boolean hasVerb(List<Sentence> sentences, int start, int end) {
        int index = Math.max(0, lastStartingAtOrBefore(sentences, start));
        for (int s = index; s < sentences.size() && sentences.get(s).start() < end; s++) {
            for (org.corroborate.text.Token t : sentences.get(s).tokens()) {
                if (t.start() >= start && t.end() <= end && (t.pos().equals("VERB") || t.pos().equals("AUX"))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean sameOrNextParagraph(String text, int previousEnd, int open) {
        String between = text.substring(Math.min(previousEnd + 1, open), open);
        return between.chars().filter(c -> c == '\n').count() <= 2 && between.length() < 400;
    }

    private Optional<String> speaker(String text, List<Sentence> sentences, List<EntityMention> entities,
                                     Span span) {
        Sentence sentence = sentenceAt(sentences, span.open());
        int sentenceStart = sentence == null ? lineStart(text, span.open()) : sentence.start();
        int paragraphStart = text.lastIndexOf("\n\n", span.open());
        paragraphStart = paragraphStart < 0 ? 0 : paragraphStart + 2;
        // 1. Just after the quote: “...,” NAME said / said NAME / X quoted NAME / according to NAME / — NAME. The
        // attribution may follow a quote that ends its own sentence (“... now.” NAME said), so the window runs to
        // the end of the sentence after the closing mark, within the paragraph and before the next quote.
        int afterStart = Math.min(text.length(), span.close() + 1);
        while (afterStart < text.length() && "'’”\"".indexOf(text.charAt(afterStart)) >= 0) {
            afterStart++;
        }
        int afterEnd = afterEnd(text, sentences, afterStart);
        String after = text.substring(afterStart, afterEnd);
        Optional<String> found = afterQuote(text, sentences, entities, afterStart, after);
        if (found.isPresent()) {
            return found;
        }
        // 2. Just before it: NAME ..., told Reuters: “... ; or, for a quote that opens its paragraph, a paragraph
        // before that introduces it (“Okafor added:”).
        sentenceStart = Math.min(sentenceStart, span.open());
        String before = text.substring(sentenceStart, span.open());
        Matcher verb = lastVerb(before);
        if (verb != null && before.substring(verb.end()).strip().length() < 40) {
            int verbAt = sentenceStart + verb.start();
            // a name right before the verb is its subject ("..., Okafor said: “"), else the sentence's subject
            found = verbAt > 0 && text.charAt(verbAt - 1) == ' ' && verbAt - 2 >= 0
                    && Character.isLetter(text.charAt(verbAt - 2)) ? nameBefore(text, entities, verbAt)
                    : Optional.empty();
            if (found.isEmpty()) {
                found = agentJustBefore(text, entities, sentenceStart, verbAt);
            }
            if (found.isEmpty()) {
                found = subject(text, sentences, entities, sentenceStart, verbAt, true);
            }
            if (found.isEmpty()) {
                // "Said Okafor, “...": the name follows the verb; "Okafor later told the radio: “...": it opens
                // the sentence. Whoever the verb addresses ("told the radio") is no speaker.
                int verbEnd = sentenceStart + verb.end();
                if (verb.group(1).equalsIgnoreCase("according") && text.startsWith(" to ", verbEnd)) {
                    Optional<String> named = nameAt(text, entities, verbEnd + 4); // According to Okafor, “...
                    return named.isPresent() ? named : organisationAt(text, entities, verbEnd + 3);
                }
                found = text.substring(sentenceStart, verbAt).isBlank() ? nameAt(text, entities, verbEnd)
                        : sentence != null && opensWithProperNoun(text, sentence) ? nameAt(text, entities,
                        sentenceStart) : Optional.empty();
                return found.isPresent() ? found : agentFor(text, entities, sentenceStart, verbAt);
            }
            return found;
        }
        if (span.paragraphStart() && !span.continues()) {
            Optional<String> introduced = introduced(text, sentences, entities, span.open());
            if (introduced.isPresent()) {
                return introduced;
            }
        }
        // 3. A partial quote belongs to the subject of its sentence; so does a quote that a colon introduces
        // ("Okafor on the pier: “...”"), the name that opens the sentence when nothing else is named.
        found = subject(text, sentences, entities, sentenceStart, span.open(), false);
        if (found.isEmpty() && text.substring(sentenceStart, span.open()).strip().endsWith(":")) {
            found = nameAt(text, entities, sentenceStart);
        }
        return found;
    }

    /**
     * The end of the text after a quote that may name its speaker: the end of the sentence that holds the first
     * word after the quote, within the paragraph and before the next quote mark, at most {@code 3 * NEAR} on.
     */
    private static int afterEnd(String text, List<Sentence> sentences, int afterStart) {
        int probe = afterStart;
        while (probe < text.length() && text.charAt(probe) == ' ') {
            probe++;
        }
        int index = lastStartingAtOrBefore(sentences, probe);
        int end = index < 0 || sentences.get(index).end() <= probe ? text.length()
                : sentences.get(index).end();
        // a sentence the splitter ended too soon ("Rep. Ines Okafor (D-Alder.) | said Friday") goes on
        while (index >= 0 && index + 1 < sentences.size() && end < afterStart + 3 * NEAR
                && sentences.get(index + 1).start() < text.length()
                && Character.isLowerCase(text.charAt(sentences.get(index + 1).start()))) {
            index++;
            end = sentences.get(index).end();
        }
        end = Math.min(end, afterStart + 3 * NEAR);
        int paragraph = text.indexOf('\n', afterStart);
        if (paragraph >= 0 && paragraph < end) {
            end = paragraph;
        }
        for (int i = afterStart; i < end; i++) {
            char c = text.charAt(i);
            if (c == '“' || (c == '"' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))))
                    || text.startsWith(" ''", i - 1)) {
                int nickname = nicknameEnd(text, i);
                if (nickname > i) {
                    i = nickname; // the speaker's nickname: state Del. Marcia "Cia" Price said
                    continue;
                }
                return i;
            }
        }
        return Math.min(text.length(), Math.max(end, afterStart));
    }

    /** A name with a nickname in marks, after a comma, that ends the words before a speech verb. */
    private static final Pattern DESCRIBED_NAME = Pattern.compile(",[ \\u00A0]+(?:\\p{Ll}+[ \\u00A0]+)?("
            + "(?:" + NAME_WORD + "[ \\u00A0])*[\"“]" + NAME_WORD + "[\"”][ \\u00A0]" + NAME_WORD + ")"
            + "(?:[ \\u00A0]*\\([^()]{1,40}\\))?,?[ \\u00A0]*$");

    private Optional<String> afterQuote(String text, List<Sentence> sentences, List<EntityMention> entities,
                                        int offset, String after) {
        String trimmed = LEADING_PUNCTUATION.matcher(after).replaceFirst("");
        int base = offset + (after.length() - trimmed.length());
        Matcher dash = DASH.matcher(trimmed);
        if (dash.lookingAt()) {
            // a pull quote signed with a dash: “...” ― Ines Okafor
            Optional<String> signed = nameAt(text, entities, base + dash.end());
            if (signed.isPresent()) {
                return signed;
            }
            Matcher inMarks = SIGNATURE.matcher(text).region(base + dash.end(), text.length());
            if (inMarks.lookingAt()) {
                // “...” - “Fiona”: a first name, a person or a paper in marks; not a word ("Exhausted")
                for (EntityMention e : mentionsIn(entities, inMarks.start(1), inMarks.end(1))) {
                    if (e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) {
                        return Optional.of(e.canonical());
                    }
                }
                if (EntityRecognizer.isGivenName(SPACES.split(inMarks.group(1))[0])) {
                    return Optional.of(inMarks.group(1));
                }
            }
        }
        Matcher verb = VERB.matcher(trimmed);
        boolean found = verb.find();
        while (found && insideName(entities, base + verb.start(), base + verb.end())) {
            found = verb.find(); // "between India and the United States": a name, not "states"
        }
        if (!found) {
            return Optional.empty();
        }
        String head = trimmed.substring(0, verb.start());
        // “...,” NAME, a long description of who that is, said
        boolean appositive = APPOSITIVE.matcher(head).lookingAt() && !head.contains("“") && !head.contains("\"");
        // a party and state in brackets and a nickname in marks add nothing to the distance: "state Del. Marcia
        // “Cia” Price (D-Alder) shouted"
        int distance = BRACKETS_AND_QUOTED_NAMES.matcher(head).replaceAll("").length();
        if (distance > (appositive ? 3 * NEAR : NEAR)) {
            return Optional.empty();
        }
        if (QUOTED.matcher(trimmed.substring(verb.start(), verb.end())).matches()) {
            return firstMention(text, entities, base + verb.end(), base + Math.min(trimmed.length(), verb.end() + NEAR));
        }
        if (head.isBlank()) {
            // said NAME / said the mayor
            String tail = trimmed.substring(verb.end());
            Optional<String> named = personAfterEmployer(text, entities, base + verb.end(),
                    base + verb.end() + Math.min(tail.length(), 2 * NEAR));
            named = named.isPresent() ? named : firstMention(text, entities, base + verb.end(), base + verb.end()
                    + Math.min(tail.length(), 40));
            if (named.isPresent() && continuesAsName(text, entities, base + verb.end(), base + verb.end() + 40)) {
                // "said Rep. G.K. Butterfield": the recogniser named initials alone; the whole run names the speaker
                Optional<String> whole = nameAt(text, entities, base + verb.end());
                named = whole.isPresent() ? whole : named;
            }
            if (named.isEmpty()) {
                Optional<String> agent = agentFor(text, entities, base + verb.end(), base + verb.end()
                        + Math.min(tail.length(), 2 * NEAR)); // said a spokesman for Ines Okafor
                if (agent.isPresent()) {
                    return agent;
                }
            }
            if (DESCRIPTION.matcher(tail).lookingAt()) {
                return Optional.empty(); // said one official / said a source close to ...: nobody named
            }
            if (named.isEmpty() && !tail.isEmpty() && !ROLE.matcher(tail).lookingAt()) {
                named = nameAt(text, entities, base + verb.end());
            }
            if (named.isEmpty()) {
                named = organisationAt(text, entities, base + verb.end()); // said the ministry
            }
            return named.isPresent() ? named : role(entities, tail.substring(0, Math.min(tail.length(), 40)));
        }
        String firstWord = SPACES.split(head.strip())[0].toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(firstWord)) {
            return latestPersonSubject(text, sentences, entities, offset, firstWord);
        }
        int headEnd = base + (appositive ? head.indexOf(',') : verb.start());
        // a name (perhaps with a nickname in marks) that a description leads to and the verb follows, perhaps after
        // a bracket: “...” Novak's cousin, state Del. Marit “Mimi” Solberg (D-Alder), shouted
        Matcher described = DESCRIBED_NAME.matcher(head);
        Optional<String> named = !appositive && described.find()
                ? asName(text, entities, base + described.start(1), base + described.end(1)) : Optional.empty();
        if (named.isEmpty()) {
            named = appositive ? firstPerson(entities, base, headEnd)
                    : lastPerson(text, entities, base, headEnd); // the one nearest the verb is its subject
        }
        if (named.isEmpty() && !appositive) {
            OrganisationSpeaker organisation = organisationSpeaking(text, entities, base, base + verb.start());
            named = organisation == null ? named : Optional.of(organisation.name()); // “...,” the ministry said
        }
        if (named.isEmpty() && !ROLE.matcher(head).lookingAt()) {
            named = nameAt(text, entities, base);
        }
        if (named.isEmpty()) {
            named = firstMention(text, entities, base, headEnd);
        }
        named = named.isPresent() ? named : role(entities, head);
        return named.isPresent() ? named : agentFor(text, entities, base, headEnd);
    }

    /**
     * Whether the span lies inside the name of a place or an organisation ("United States"); a person's name that
     * runs on into a headline's verb ("Ines Okafor Says") is the recogniser's error, not a name.
     */
    private static boolean insideName(List<EntityMention> entities, int start, int end) {
        for (EntityMention e : entities) {
            if (e.type() != EntityType.PERSON && e.start() <= start && end <= e.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The speaker a paragraph introduces for the quote that opens the next one: its last sentence ends with a colon
     * ("Okafor continued:") or, when the quote stands alone, says that someone spoke or wrote ("The mayor rejected
     * the offer in a letter on Monday.").
     */
    private Optional<String> introduced(String text, List<Sentence> sentences, List<EntityMention> entities,
                                        int open) {
        Sentence previous = sentenceBefore(sentences, open);
        if (previous == null || text.substring(previous.end(), open).chars().filter(c -> c == '\n').count() > 2) {
            return Optional.empty();
        }
        String last = text.substring(previous.start(), previous.end()).strip();
        if (!last.endsWith(":")) {
            return Optional.empty();
        }
        Optional<String> found = subject(text, sentences, entities, previous.start(), previous.end(), true);
        return found.isPresent() ? found : nameBefore(text, entities, previous.end() - 1);
    }

    /**
     * The speaker of a quote that opens a sentence inside a paragraph and names no one: the subject of the sentence
     * before it, which reports what the same person said or did ("Okafor said the pier would open soon. “We fixed
     * it.”"; "The pier opens in May, Okafor said. “We fixed it.”"), unless that sentence holds a quote of its own,
     * asks a question (whoever asked is not who answers), or the quote goes on to its own attribution (“He is
     * innocent,” his lawyer said: a speaker the text does not name, not the man arrested in the sentence before).
     */
    private Optional<String> reportedJustBefore(String text, List<Sentence> sentences, List<EntityMention> entities,
                                                int open, int close, List<Quote> quotes) {
        if (!standsAlone(text, close)) {
            return Optional.empty();
        }
        int i = open - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        while (i >= 0 && "”\"’')".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0 || ".!?".indexOf(text.charAt(i)) < 0) {
            return Optional.empty();
        }
        Sentence previous = sentenceBefore(sentences, i + 1);
        if (previous == null || text.substring(previous.start(), open).indexOf('\n') >= 0
                || quotes.stream().anyMatch(q -> q.end() > previous.start() && q.start() < open)) {
            return Optional.empty();
        }
        if (ASKED.matcher(text).region(previous.start(), previous.end()).find()) {
            return Optional.empty();
        }
        // "..., Schiff said.": the name just before the sentence's last speech verb; else the subject before it
        Matcher verb = lastVerb(text.substring(previous.start(), previous.end()));
        if (verb == null) {
            return subject(text, sentences, entities, previous.start(), previous.end(), true);
        }
        int verbAt = previous.start() + verb.start();
        Optional<String> named = verbAt >= 2 && text.charAt(verbAt - 1) == ' '
                && Character.isLetter(text.charAt(verbAt - 2)) ? nameBefore(text, entities, verbAt) : Optional.empty();
        return named.isPresent() ? named : subject(text, sentences, entities, previous.start(), verbAt, true);
    }

    private static final Pattern ASKED = Pattern.compile("\\b(?:asked|asking|asks|questioned|wondered|wonders)\\b");

    /**
     * Whether the quote closing at {@code close} ends a sentence of its own with nothing after it that attributes it:
     * its words end in a full stop, question or exclamation mark, and the closing mark is followed by the end of the
     * text, a line break or a new sentence (“We fixed it.” Then...), not by ", X said" or "X said".
     */
    private static boolean standsAlone(String text, int close) {
        int i = close - 1;
        while (i >= 0 && "”\"’'".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0 || ".!?".indexOf(text.charAt(i)) < 0) {
            return false;
        }
        int j = close + 1;
        while (j < text.length() && "”\"’'".indexOf(text.charAt(j)) >= 0) {
            j++;
        }
        while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u00A0')) {
            j++;
        }
        if (j >= text.length() || text.charAt(j) == '\n' || text.charAt(j) == '\r') {
            return true;
        }
        char next = text.charAt(j);
        return Character.isUpperCase(next) && !lastVerbSoon(text, j) || "“\"‘".indexOf(next) >= 0;
    }

    /** Whether a speech verb follows within a few words of {@code at} ("Okafor said.", "The mayor added"). */
    private static boolean lastVerbSoon(String text, int at) {
        int end = Math.min(text.length(), at + 40);
        int stop = text.indexOf('.', at);
        if (stop >= 0 && stop < end) {
            end = stop + 1;
        }
        return end - at < 40 && VERB.matcher(text).region(at, end).find();
    }

    /** The name (an entity if one is there, else capitalised words, titles left out) that starts at {@code at}. */
    private static Optional<String> nameAt(String text, List<EntityMention> entities, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        Matcher m = NAME_RUN.matcher(text).region(i, Math.min(text.length(), i + 80));
        if (!m.lookingAt() || spokenFor(text, m.start(), m.end())) {
            return Optional.empty();
        }
        return asName(text, entities, m.start(), m.end());
    }

    /** The name that ends just before {@code at} ("O'Neill said"), or empty. */
    private static Optional<String> nameBefore(String text, List<EntityMention> entities, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        Matcher adverb = ADVERB_BEFORE_VERB.matcher(text).region(Math.max(0, i - 14), i).useTransparentBounds(true);
        if (adverb.find()) {
            i = adverb.start(); // "Okafor often says", "the crews also said": the name before the adverb
        }
        int from = Math.max(0, i - 60);
        Matcher m = NAME_RUN_AT_END.matcher(text).region(from, i);
        if (!m.find() || spokenFor(text, m.start(), m.end())) {
            return Optional.empty();
        }
        int start = m.start();
        int stop = m.end() - 2;
        while (stop >= start && !text.startsWith(". ", stop)) {
            stop--; // within the run only: no scan back through the text on every speaker looked for
        }
        if (stop >= start) {
            start = stop + 2; // "The award went to Ines Okafor. She said": the run ends its sentence there
            if (NOT_NAMES.contains(text.substring(start, m.end()).strip())) {
                return Optional.empty();
            }
        }
        return asName(text, entities, start, m.end());
    }

    /**
     * Whether the name at [start, end) is someone another speaks for: the object of "a spokeswoman for", "an aide
     * to", "a lawyer for", "a source close to" (titles may come between: "a spokeswoman for Mayor Alan Ridley"), or
     * the owner of one ("Ridley's spokeswoman"). The speaker is then the one described, who is not named there.
     */
    private static boolean spokenFor(String text, int start, int end) {
        return agentMatch(text, start, end) != null;
    }

    /**
     * The words that make the name at [start, end) someone another speaks for (groups {@code agent}, and {@code to}
     * when the agent comes first), or null.
     */
    private static Matcher agentMatch(String text, int start, int end) {
        if (end - start > 2 && (text.startsWith("'s", end - 2) || text.startsWith("’s", end - 2))) {
            end -= 2; // a run of capitalised words takes the possessive in: "Ridley's"
        }
        Matcher before = AGENT_BEFORE.matcher(text).region(Math.max(0, start - 80), start)
                .useTransparentBounds(true);
        if (before.find()) {
            return before;
        }
        Matcher after = AGENT_AFTER.matcher(text).region(end, Math.min(text.length(), end + 40))
                .useTransparentBounds(true);
        return after.lookingAt() ? after : null;
    }

    /**
     * "a spokeswoman for (Mayor)", "an aide to", "the lawyer for", "aides to", "sources close to": an agent, perhaps
     * after a determiner (a plural needs none), its preposition, perhaps titles, then the name's start.
     */
    private static final Pattern AGENT_BEFORE = Pattern.compile("(?<![\\p{L}])(?:(?i:a|an|the|one|another|his|her"
            + "|their|its|two|three|several|some)[ \\u00A0]+(?:[\\p{L}-]+[ \\u00A0]+){0,2}?(?<agent>" + AGENTS
            + ")|(?<plural>(?i:" + AGENTS_PLURAL + ")))[ \\u00A0]+(?<to>(?i:for|to|of|close[ \\u00A0]+to|with))"
            + "[ \\u00A0]+(?:(?i:the|former)[ \\u00A0]+)?(?:\\p{Lu}[\\p{L}.’'-]*[ \\u00A0]+){0,3}$");
    private static final Pattern AGENT_AFTER = Pattern.compile("['’]s[ \\u00A0]+(?:\\p{Ll}[\\p{L}-]*[ \\u00A0]+)?"
            + "(?<agent>" + AGENTS + ")\\b");

    private static final Pattern SPEAKS_OFFICIALLY = Pattern.compile("(?i)spokes\\p{L}+|representatives?|officials?"
            + "|office");

    /**
     * One who speaks for someone named in [from, to), as the speaker: "a spokeswoman for Mayor Alan Ridley" is
     * "spokeswoman for Alan Ridley", "Ridley's lawyer" is "Alan Ridley's lawyer"; the words are theirs, not his.
     */
    private static Optional<String> agentFor(String text, List<EntityMention> entities, int from, int to) {
        for (EntityMention e : mentionsIn(entities, from, to)) {
            Optional<String> agent = e.end() <= to ? agentOf(text, e) : Optional.empty();
            if (agent.isPresent()) {
                return agent;
            }
        }
        return Optional.empty();
    }

    /**
     * The one who speaks for the person or body whose name ends right before a speech verb at {@code verbAt}
     * ("Speaking at the hall, a spokesman for Mayor Ridley said", "Ridley's lawyer said"), else empty.
     */
    private static Optional<String> agentJustBefore(String text, List<EntityMention> entities, int from,
                                                    int verbAt) {
        List<EntityMention> near = mentionsIn(entities, Math.max(from, verbAt - 120), verbAt);
        for (int k = near.size() - 1; k >= 0; k--) {
            EntityMention e = near.get(k);
            if (e.end() <= verbAt && AGENT_THEN_VERB.matcher(text).region(e.end(), verbAt).matches()) {
                return agentOf(text, e);
            }
        }
        return Optional.empty();
    }

    /** What may lie between a name spoken for and the verb: its agent, when a possessive ("'s lawyer"). */
    private static final Pattern AGENT_THEN_VERB = Pattern.compile("(?:['’]s[ \\u00A0]+(?:\\p{Ll}[\\p{L}-]*"
            + "[ \\u00A0]+)?" + AGENTS + ")?[ \\u00A0,]*");

    /** The one who speaks for a person or body named at {@code e} ("spokeswoman for Alan Ridley"), else empty. */
    private static Optional<String> agentOf(String text, EntityMention e) {
        if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
            return Optional.empty();
        }
        Matcher m = agentMatch(text, e.start(), e.end());
        if (m == null) {
            return Optional.empty();
        }
        boolean first = m.pattern() == AGENT_BEFORE;
        String agent = first && m.group("agent") == null ? m.group("plural") : m.group("agent");
        agent = SPACES_OR_NBSP.matcher(agent).replaceAll(" ").toLowerCase(Locale.ROOT);
        if (e.type() == EntityType.ORGANIZATION && SPEAKS_OFFICIALLY.matcher(agent).matches()) {
            return Optional.of(e.canonical()); // a spokesman for the ministry, Google's spokesman: the body said
        }
        return Optional.of(first ? agent + " " + SPACES_OR_NBSP.matcher(m.group("to")).replaceAll(" ")
                .toLowerCase(Locale.ROOT) + " " + e.canonical() : e.canonical() + "’s " + agent);
    }

    /** An adverb between a speaker and the speech verb, after a capitalised word: "Okafor often" (says). */
    private static final Pattern ADVERB_BEFORE_VERB = Pattern.compile("(?<=\\p{L})[ \\u00A0]+(?:often|also|later"
            + "|then|once|always|repeatedly|frequently|sometimes|recently|previously|again|still|never|usually)$");

    /** Capitalised words as a speaker: the entity they are part of, else the words after any title. */
    private static Optional<String> asName(String text, List<EntityMention> entities, int start, int end) {
        int surnameAt = end;
        while (surnameAt > start && !Character.isWhitespace(text.charAt(surnameAt - 1))) {
            surnameAt--;
        }
        for (EntityMention e : mentionsIn(entities, start - 40, end)) {
            // the mention that holds the last word (the surname; "G.K." alone is no name)
            if (e.start() < end && surnameAt < e.end() && e.type() != EntityType.OTHER
                    && e.type() != EntityType.LOCATION && speakerLike(e)) {
                return Optional.of(e.canonical());
            }
        }
        String[] words = java.util.Arrays.stream(SPACES_OR_NBSP.split(text.substring(start, end).strip()))
                .filter(w -> "\"“".indexOf(w.charAt(0)) < 0).toArray(String[]::new); // no nickname
        String lastWord = words[words.length - 1];
        if (lastWord.length() > 2 && lastWord.endsWith(".")) {
            words[words.length - 1] = lastWord.substring(0, lastWord.length() - 1); // the sentence's full stop
        }
        int first = 0;
        for (int w = 0; w < words.length; w++) {
            if (TITLE_WORDS.contains(words[w].toLowerCase(Locale.ROOT).replace(".", ""))) {
                first = w + 1;
            }
        }
        if (first >= words.length) {
            return opensWithPerson(words, entities);
        }
        String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
        if (NOT_NAMES.contains(words[first]) || name.length() < 2
                || PARTY_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) {
            return Optional.empty(); // "the Alder Republican": a state and a party name nobody
        }
        String surname = words[words.length - 1];
        for (EntityMention e : entities) {
            if (e.type() == EntityType.PERSON && (e.canonical().endsWith(" " + surname)
                    || e.canonical().equals(surname))) {
                return Optional.of(e.canonical());
            }
        }
        return opensWithPerson(words, entities).or(() -> Optional.of(name));
    }

    /**
     * A long run of capitalised words, as a headline writes every word ("Okafor Hammers Harbour Bank CEO: ‘...’"),
     * that opens with the name of a person of the story, whole or by surname: that person.
     */
    private static Optional<String> opensWithPerson(String[] words, List<EntityMention> entities) {
        if (words.length <= 3 || PARTY_WORDS.contains(words[0].toLowerCase(Locale.ROOT))
                || TITLE_WORDS.contains(words[0].toLowerCase(Locale.ROOT).replace(".", ""))) {
            return Optional.empty();
        }
        String run = String.join(" ", words);
        for (EntityMention e : entities) {
            String canonical = e.canonical();
            if (e.type() == EntityType.PERSON && speakerLike(e) && canonical.indexOf(' ') > 0
                    && (run.startsWith(canonical + " ")
                    || words[0].equals(canonical.substring(canonical.lastIndexOf(' ') + 1)))) {
                return Optional.of(canonical);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a mention can name a speaker: not a title or party word the recogniser left on its own ("U.S. Sen",
     * "Wisconsin Republican").
     */
    private static boolean speakerLike(EntityMention e) {
        String canonical = e.canonical();
        String last = canonical.substring(canonical.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT).replace(".", "");
        return !TITLE_WORDS.contains(last) && !PARTY_WORDS.contains(last)
                && !(e.type() != EntityType.PERSON && VENUE_WORDS.contains(last));
    }

    /** The last word of a venue's name ("Harbour Stadium", "Alder Square"): a place where people spoke, no speaker. */
    private static final Set<String> VENUE_WORDS = Set.of("stadium", "arena", "airport", "square", "hotel",
            "coliseum", "ballpark", "speedway", "racecourse");

    private static boolean opensWithProperNoun(String text, Sentence sentence) {
        return !sentence.tokens().isEmpty() && sentence.tokens().get(0).pos().equals("PROPN");
    }

    /**
     * Whether a speaker found is a name at all, not a crosshead in capitals ("IOWA POLLS NOT NECESSARILY WRONG"), a
     * dateline ("WASHINGTON", or a shorter one the text also names as a place), a run cut at a dash ("Sharon
     * Statement—the") or a piece of a word ("Co" of "Co-anchor"). A person the recogniser found keeps a short name
     * ("Xi" of Xi Jinping); capitals of up to eight letters stay speakers ("CNN", "UNICEF", "CENTCOM").
     */
    static boolean looksLikeASpeaker(String name, List<EntityMention> entities) {
        if (name.indexOf('—') >= 0 || name.indexOf('–') >= 0) {
            return false;
        }
        boolean capitals = name.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (capitals && name.indexOf(' ') >= 0) {
            return false;
        }
        for (EntityMention e : entities) {
            if (e.type() == EntityType.PERSON && (e.canonical().equals(name) || e.text().equals(name)
                    || Arrays.asList(SPACES.split(e.canonical())).contains(name))) {
                return true; // "Xi" of Xi Jinping
            }
            if (capitals && e.type() == EntityType.LOCATION && e.canonical().equalsIgnoreCase(name)) {
                return false; // "LONDON" (AP), where the text speaks of London
            }
        }
        return name.length() >= 3 && (!capitals || name.length() <= 8);
    }

    /** A name without the speech verb a headline's capitals joined to it ("Ines Okafor Says"). */
    private static String withoutVerb(String name) {
        int space = name.lastIndexOf(' ');
        if (space > 0 && VERB.matcher(name.substring(space + 1)).matches()) {
            return name.substring(0, space);
        }
        return name;
    }

    /** An organisation named by a description at {@code start} ("the council"), as a speaker. */
    private record OrganisationSpeaker(int start, String name) {
    }

    /**
     * The first organisation in [from, to) that a description names and a speech verb follows ("The ministry
     * said"), or null.
     */
    private static OrganisationSpeaker organisationSpeaking(String text, List<EntityMention> entities, int from,
                                                            int to) {
        Matcher m = ORGANISATION_SPEAKING.matcher(text).region(from, to).useTransparentBounds(true);
        return m.find() ? new OrganisationSpeaker(m.start(), organisation(text, entities, m)) : null;
    }

    /** The organisation a description right at {@code at} names ("said the ministry."), or empty. */
    private static Optional<String> organisationAt(String text, List<EntityMention> entities, int at) {
        Matcher m = ORGANISATION_AFTER_VERB.matcher(text).region(at, Math.min(text.length(), at + 80))
                .useTransparentBounds(true);
        return m.lookingAt() ? Optional.of(organisation(text, entities, m)) : Optional.empty();
    }

    /**
     * The organisation a matched description stands for: the organisation of the article whose name holds its noun
     * ("the council" is "Port Alder City Council"), the latest named before it, else the first named after; when the
     * article names none, the description as written ("The council").
     */
    private static String organisation(String text, List<EntityMention> entities, Matcher description) {
        String noun = (description.group(1) != null ? description.group(1) : description.group(2))
                .toLowerCase(Locale.ROOT);
        String written = SPACES.matcher(text.substring(description.start(), description.end()).strip())
                .replaceAll(" ");
        // the words that qualify the noun must be in the name too: "the rights group" is not the "Wagner Group"
        List<String> qualifiers = new ArrayList<>(java.util.Arrays.asList(
                NOT_LETTERS.split(written.toLowerCase(Locale.ROOT))));
        qualifiers.removeIf(w -> w.isEmpty() || w.equals("the") || w.equals(noun));
        String named = null;
        java.util.Set<String> candidates = new java.util.HashSet<>();
        for (EntityMention e : entities) {
            List<String> words = java.util.Arrays.asList(NOT_LETTERS.split(e.canonical().toLowerCase(Locale.ROOT)));
            if (e.type() != EntityType.ORGANIZATION || !words.contains(noun) || !words.containsAll(qualifiers)) {
                continue;
            }
            candidates.add(e.canonical());
            if (named == null || e.start() < description.start()) {
                named = e.canonical();
            }
        }
        if (named != null && candidates.size() == 1) {
            return named; // two councils named: which one "the council" is, the text does not say
        }
        return Character.toUpperCase(written.charAt(0)) + written.substring(1);
    }

    /** The last person named in [from, to). */
    private static Optional<String> lastPerson(String text, List<EntityMention> entities, int from, int to) {
        Optional<String> last = Optional.empty();
        for (EntityMention e : mentionsIn(entities, from, to)) {
            // a party and state tag in brackets, "(D-Alder)", names nobody
            if (e.type() == EntityType.PERSON && speakerLike(e) && !(e.start() > 0
                    && text.charAt(e.start() - 1) == '(') && !spokenFor(text, e.start(), e.end())) {
                last = Optional.of(e.canonical());
            }
        }
        return last;
    }

    /** The first person named in [from, to). */
    private static Optional<String> firstPerson(List<EntityMention> entities, int from, int to) {
        for (EntityMention e : mentionsIn(entities, from, to)) {
            if (e.type() == EntityType.PERSON && speakerLike(e)) {
                return Optional.of(e.canonical());
            }
        }
        return Optional.empty();
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
        // "The council said ... and called the walkout “...”": the body is the subject, whoever is named after it
        OrganisationSpeaker organisation = organisationSpeaking(text, entities, from, limit);
        EntityMention prepositional = null;
        boolean spokenFor = false;
        boolean first = true;
        for (EntityMention e : mentionsIn(entities, from, limit)) {
            if (e.end() > limit) {
                continue;
            }
            if (pronoun >= 0 && from + pronoun < e.start()
                    || organisation != null && organisation.start() <= e.start()) {
                break;
            }
            if (first && e.type() == EntityType.LOCATION && SPEAKING_PLACE.matcher(text.substring(e.end(), limit))
                    .lookingAt()) {
                return Optional.of(e.canonical()); // "India, seen as a partner of the US, said ..."
            }
            first = false;
            if (inRelativeClause(text, from, e.start(), limit)) {
                continue; // "protesters marched near the stadium, where the Rovers played, chanting"
            }
            if (spokenFor(text, e.start(), e.end())) {
                spokenFor = true; // "a spokeswoman for Mayor Ridley said", "Ridley's campaign said"
                continue;
            }
            boolean isPossessive = text.startsWith("’s", e.end()) || text.startsWith("'s", e.end());
            if ((e.type() == EntityType.PERSON || e.type() == EntityType.ORGANIZATION) && speakerLike(e)) {
                if (isPossessive) {
                    possessive = possessive == null ? e : possessive;
                    continue;
                }
                if (afterPreposition(text, e.start())) {
                    // "With leaders worried about Clinton, Obama is ...": the object of a preposition is no subject
                    // while the subject may come later
                    prepositional = prepositional == null ? e : prepositional;
                    continue;
                }
                String rest = text.substring(e.end(), Math.min(limit, e.end() + 30));
                if (AND_REST.matcher(rest).matches() && nextPersonAfterAnd(entities, e, text)) {
                    return Optional.empty();
                }
                return Optional.of(e.canonical());
            }
            if (e.type() == EntityType.LOCATION && place == null && !isPossessive && !afterPreposition(text, e.start())
                    && (beforeVerb || VERB.matcher(text.substring(e.end(), limit)).find())) {
                place = e;
            }
        }
        if (spokenFor) {
            return agentFor(text, entities, from, limit); // "a spokesman for Mayor Ridley said", before "At X, ..."
        }
        if (prepositional != null) {
            return Optional.of(prepositional.canonical());
        }
        if (organisation != null && (pronoun < 0 || organisation.start() < from + pronoun)) {
            return Optional.of(organisation.name());
        }
        if (pronoun >= 0) {
            return latestPersonSubject(text, sentences, entities, from,
                    prefix.substring(pronoun, pronoun + (prefix.charAt(pronoun) == 'H' || prefix.charAt(pronoun) == 'h'
                            ? 2 : 3)).toLowerCase(Locale.ROOT));
        }
        if (place != null) {
            return Optional.of(place.canonical());
        }
        if (possessive != null) {
            return Optional.of(possessive.canonical());
        }
        return role(entities, prefix);
    }

    /**
     * Whether {@code at} lies in a relative clause that a comma or dash opened after {@code from} and that closes
     * before {@code limit}, where the speech is ("protesters marched near the stadium - where the Harbour Rovers
     * played - chanting"): no subject of the sentence. A clause that runs on to the speech holds its speaker, and
     * "when" opens no relative clause here ("on Monday, when Angela Merkel, in Berlin, called the plan “a
     * disgrace”").
     */
    private static boolean inRelativeClause(String text, int from, int at, int limit) {
        Matcher m = RELATIVE_OPENING.matcher(text).region(from, at);
        int opened = -1;
        while (m.find()) {
            opened = m.end();
        }
        return opened >= 0 && !CLAUSE_CLOSING.matcher(text).region(opened, at).find()
                && CLAUSE_CLOSING.matcher(text).region(at, limit).find();
    }

    private static final Pattern RELATIVE_OPENING = Pattern.compile("(?:,|[ \\u00A0][-–—])[ \\u00A0]+(?:where|which"
            + "|who|whom|whose)\\b");
    private static final Pattern CLAUSE_CLOSING = Pattern.compile(",|[ \\u00A0][-–—][ \\u00A0]");

    /** Prepositions after which a place is the source: "according to", "by", "from", "the government of". */
    private static final Pattern ACCORDING_TO_BEFORE = Pattern.compile("(?:(?i:according)[ \\u00A0]+to|\\bby|\\bfrom"
            + "|(?i:government|ministry|embassy|parliament|people|authorities|state)[ \\u00A0]+of)[ \\u00A0]+$");

    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("\\s*(He|She)\\b");

    /** Whether the word before {@code at} is a preposition ("for Clinton", "about Okafor"). */
    private static boolean afterPreposition(String text, int at) {
        return PREPOSITION_BEFORE.matcher(text).region(Math.max(0, at - 12), at).find();
    }

    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("\\b(?:for|of|about|with|against|toward|towards"
            + "|among|than|like|from|to|by|near|at|in|outside|inside|across|around|along|through|past|behind"
            + "|beside)[ \\u00A0]+$");

    private static boolean nextPersonAfterAnd(List<EntityMention> entities, EntityMention first, String text) {
        for (EntityMention e : mentionsIn(entities, first.end() + 1, first.end() + 80)) {
            if (e.type() == EntityType.PERSON) {
                return AND_FEW_WORDS.matcher(text.substring(first.end(), e.start()).strip()).matches();
            }
        }
        return false;
    }

    private static int firstPronoun(String prefix) {
        Matcher m = HE_OR_SHE.matcher(prefix);
        return m.find() ? m.start() : -1;
    }

    /**
     * The person a pronoun stands for: the first person named in the nearest sentence, not as a possessive, one after a
     * preposition only when the sentence names no other ("at the end of Sizdah Bedar, Ahmadinejad said"; "The award
     * went to Ines Okafor. She said"), passing over earlier sentences opened by the same pronoun ("He presented their
     * commander, Captain Amangah, with a medal. He added").
     */
    private static Optional<String> latestPersonSubject(String text, List<Sentence> sentences,
                                                        List<EntityMention> entities, int offset, String pronoun) {
        int index = lastStartingAtOrBefore(sentences, offset);
        for (int i = index; i >= 0; i--) {
            Sentence s = sentences.get(i);
            int limit = Math.min(s.end(), offset);
            Matcher opening = PRONOUN_SUBJECT.matcher(text).region(s.start(), limit);
            if (i < index && opening.lookingAt() && opening.group(1).equalsIgnoreCase(pronoun)) {
                // "He presented their commander, Captain Amangah, ... He added": the same "he" goes on, the
                // captain is no subject; "She said Novak would go. He called it ...": he is Novak
                continue;
            }
            EntityMention objectOfPreposition = null;
            for (EntityMention e : mentionsIn(entities, s.start(), limit)) {
                if (e.end() <= limit && e.type() == EntityType.PERSON && speakerLike(e)
                        && !text.startsWith("’s", e.end()) && !text.startsWith("'s", e.end())) {
                    if (!afterPreposition(text, e.start()) || ACCORDING_TO_BEFORE.matcher(text)
                            .region(Math.max(0, e.start() - 20), e.start()).find()) {
                        return Optional.of(e.canonical());
                    }
                    objectOfPreposition = objectOfPreposition == null ? e : objectOfPreposition;
                }
            }
            if (objectOfPreposition != null) {
                return Optional.of(objectOfPreposition.canonical()); // "The award went to Ines Okafor. She said"
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

    /** Whether the first mention in [from, to) goes on in capitalised words that no mention holds ("G.K. Butterfield"). */
    private static boolean continuesAsName(String text, List<EntityMention> entities, int from, int to) {
        for (EntityMention e : mentionsIn(entities, from, to)) {
            if (e.type() != EntityType.OTHER && speakerLike(e)) {
                return NAME_GOES_ON.matcher(text).region(e.end(), Math.min(text.length(), e.end() + 30)).lookingAt()
                        && mentionsIn(entities, e.end(), e.end() + 3).isEmpty();
            }
        }
        return false;
    }

    private static final Pattern NAME_GOES_ON = Pattern.compile("\\.?[ \\u00A0]+\\p{Lu}\\p{Ll}+\\b(?![ \\u00A0]+(?:said|says))");

    /**
     * The person named after a team or body and a role in lower case that open [from, to): "said Bishop Auckland
     * manager Tony Smith", "said Harbour Board chair Ines Okafor" give the person, not the body.
     */
    private static Optional<String> personAfterEmployer(String text, List<EntityMention> entities, int from, int to) {
        List<EntityMention> near = mentionsIn(entities, from, to);
        if (near.size() < 2 || !text.substring(from, near.get(0).start()).isBlank()) {
            return Optional.empty();
        }
        EntityMention person = near.get(1);
        return person.type() == EntityType.PERSON && speakerLike(person) && ROLE_BETWEEN.matcher(text)
                .region(near.get(0).end(), person.start()).matches() ? Optional.of(person.canonical()) : Optional.empty();
    }

    /** One to three words in lower case, none a preposition or "and": "manager", "defensive coordinator". */
    private static final Pattern ROLE_BETWEEN = Pattern.compile("[ \\u00A0]+(?:(?!(?:for|of|to|at|with|and|or|in"
            + "|on|from|by|about|as|the|a|an)[ \\u00A0])\\p{Ll}[\\p{L}-]*[ \\u00A0]+){1,3}");

    private static Optional<String> firstMention(String text, List<EntityMention> entities, int from, int to) {
        for (EntityMention e : mentionsIn(entities, from, to)) {
            if (e.type() != EntityType.OTHER && speakerLike(e) && !spokenFor(text, e.start(), e.end())
                    && !(e.type() == EntityType.LOCATION && afterPreposition(text, e.start())
                    && !ACCORDING_TO_BEFORE.matcher(text).region(Math.max(0, e.start() - 20), e.start()).find())) {
                // not "the Minister for London": a place after a preposition is where, not who
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

    /** The sentence that holds {@code offset}, or null; sentences are in text order (binary search). */
    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        int i = lastStartingAtOrBefore(sentences, offset);
        return i >= 0 && offset < sentences.get(i).end() ? sentences.get(i) : null;
    }

    /** The last sentence that ends at or before {@code offset}, or null. */
    private static Sentence sentenceBefore(List<Sentence> sentences, int offset) {
        int i = lastStartingAtOrBefore(sentences, offset);
        while (i >= 0 && sentences.get(i).end() > offset) {
            i--;
        }
        return i >= 0 ? sentences.get(i) : null;
    }

    private static int lastStartingAtOrBefore(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The mentions that start in [from, to): entities are in text order, so a binary search finds the first. */
    private static List<EntityMention> mentionsIn(List<EntityMention> entities, int from, int to) {
        int lo = 0;
        int hi = entities.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (entities.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int end = lo;
        while (end < entities.size() && entities.get(end).start() < to) {
            end++;
        }
        return entities.subList(lo, end);
    }

    private static int lineStart(String text, int offset) {
        int i = text.lastIndexOf('\n', Math.max(0, offset - 1));
        return i < 0 ? 0 : i + 1;
    }
}
