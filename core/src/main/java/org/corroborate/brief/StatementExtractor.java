package org.corroborate.brief;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.stemmer.PorterStemmer;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.extract.entity.EntityMention;
import org.corroborate.extract.quantity.Quantity;
import org.corroborate.extract.time.TimeExpression;
import org.corroborate.extract.time.TimexType;
import org.corroborate.text.Sentence;
import org.corroborate.text.Token;

/**
 * Cuts an analysed article into statements: whole sentences, each with what it claims. A dateline opening the
 * sentence ("PORT ALDER - ") is left out of its span; headings, datelines standing alone, list items and fragments
 * (no verb, no closing punctuation, a lower-case start) are not statements. A sentence that opens with a reference
 * to something before it ("He", "This", "But", "The company") or that continues a quote is kept as evidence but
 * marked not self-contained, so it is never shown on its own. Thread-safe.
 */
final class StatementExtractor {
    /**
     * "PORT ALDER - ", "NEW DELHI (Reuters) — ", "WASHINGTON, Jan 27 (AP) - ", or a date line the sentence splitter
     * joined to the lead ("Saturday, March 26, 2005 Up to four times ...").
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^(?:\\p{Lu}[\\p{Lu} .'’-]{2,}(?:,[^-–—()\\n]{1,30})?(?:\\s*\\([^)\\n]{1,30}\\))?\\s*[-–—]+\\s+"
            + "|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:January|February|March|April|May|June|July|"
            + "August|September|October|November|December)\\s+\\d{1,2},\\s+\\d{4}\\s+(?=\\p{Lu}))");
    private static final Set<String> OPENING_REFERENCES = Set.of("he", "she", "it", "they", "this", "that", "these",
            "those", "his", "her", "its", "their", "him", "them", "but", "and", "so", "or", "yet", "however", "also",
            "still", "instead", "then", "thus", "therefore", "moreover", "furthermore", "meanwhile", "nevertheless",
            "besides", "otherwise", "there", "here", "such", "both", "neither", "either", "another", "other",
            "others", "later", "afterwards", "earlier", "previously", "we", "i", "our", "my", "you", "us");
    /** "The company said ...": a noun that stands for someone named before. */
    private static final Pattern ANAPHORIC_SUBJECT = Pattern.compile("^(?:The|the)\\s+(?:company|firm|group|agency|"
            + "man|woman|boy|girl|couple|pair|victim|suspect|actor|actress|singer|star|player|team|club|move|"
            + "decision|deal|incident|attack|case|report|statement|comments|remarks|spokesman|spokeswoman|"
            + "official|minister|president|leader|country|nation|city|state|government|bank|organisation|"
            + "announcement|meeting|organization|body|department|ministry|court|police|officials|authorities|leaders|two|three|latter|"
            + "former|same)\\b");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "none", "nobody", "nothing",
            "neither", "nor", "without", "cannot");
    /** Modal verbs and adverbs that make a claim a possibility ("might visit", "is expected to visit"). */
    private static final Set<String> HEDGES = Set.of("might", "may", "could", "possibly", "probably", "likely",
            "unlikely", "perhaps", "expected", "apparently");
    /** Words that make a claim an announcement of what is to come ("will visit", "is set to visit"). */
    private static final Set<String> ANNOUNCEMENTS = Set.of("will", "'ll", "shall", "would");
    /** "is set to", "are due to", "plans to": an announcement when "to" follows. */
    private static final Set<String> ANNOUNCING_BEFORE_TO = Set.of("set", "going", "scheduled", "due", "plans",
            "intends", "is", "are");
    private static final Set<String> QUALIFIERS = Set.of("first", "last", "only", "since", "again", "record",
            "largest", "biggest", "highest", "lowest", "worst", "best", "ever", "sole", "unprecedented", "final",
            "until");
    /** Words that open a clause of its own after a comma. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("and", "but", "while", "whereas", "although", "though",
            "with", "as", "which", "who", "where", "when", "after", "before", "since", "because", "amid", "despite",
            "according");
    static final Set<String> STOPWORDS = Set.of("the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at",
            "for", "with", "by", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "that",
            "this", "these", "those", "their", "his", "her", "he", "she", "they", "we", "you", "i", "has", "have",
            "had", "will", "would", "said", "says", "say", "s", "also", "which", "who", "whom", "what", "when",
            "where", "there", "than", "then", "not", "no", "do", "does", "did", "so", "if", "into", "about", "after",
            "over", "more", "most", "some", "such", "can", "could", "may", "might", "mr", "ms", "mrs", "one", "all",
            "t", "up", "out", "our", "us", "him", "them", "my", "me", "just");
    private static final Pattern WORD_OR_BREAK = Pattern.compile("[\\p{L}\\p{N}']+|[,;]");
    private static final ThreadLocal<PorterStemmer> STEMMER = ThreadLocal.withInitial(PorterStemmer::new);

    List<Statement> statements(AnalyzedArticle article) {
        String root = article.duplicateOf().orElse(article.id());
        List<Statement> statements = new ArrayList<>();
        if (article.cleaned().article().headlineOnly() || article.sentences().isEmpty()) {
            article.cleaned().title().filter(t -> t.split("\\s+").length >= 4).ifPresent(title ->
                    statements.add(new Statement(article.id(), root, 0, title.length(), title, true, 0, true,
                            claim(title, Set.of(), Set.of(), Set.of(), Set.of(), List.of()))));
            return statements;
        }
        Set<String> previousEntities = Set.of();
        Set<String> all = figures(article, 0, article.text().length());
        for (Sentence sentence : article.sentences()) {
            int start = statementStart(article.text(), sentence);
            String sentenceText = article.text().substring(start, sentence.end());
            if (isStatement(sentenceText, article.sentences(), sentence, start)) {
                statements.add(statement(article, root, sentence, start, statements.size(), previousEntities, all));
            }
            previousEntities = entities(article, sentence.start(), sentence.end());
        }
        return statements;
    }

    /**
     * The sentence that holds (or lies within) a span, as a statement whether or not the brief would take it as
     * one: for tools that name sentences by offsets.
     */
    Optional<Statement> statementAt(AnalyzedArticle article, int start, int end) {
        String root = article.duplicateOf().orElse(article.id());
        Set<String> previousEntities = Set.of();
        int position = 0;
        for (Sentence sentence : article.sentences()) {
            if (sentence.start() <= start && end <= sentence.end() || start <= sentence.start()
                    && sentence.end() <= end) {
                return Optional.of(statement(article, root, sentence, statementStart(article.text(), sentence),
                        position, previousEntities, figures(article, 0, article.text().length())));
            }
            position++;
            previousEntities = entities(article, sentence.start(), sentence.end());
        }
        return Optional.empty();
    }

    /** Where the statement of a sentence starts: after its dateline, if it opens with one. */
    private static int statementStart(String text, Sentence sentence) {
        Matcher dateline = DATELINE.matcher(text).region(sentence.start(), sentence.end());
        if (dateline.lookingAt() && sentence.end() - dateline.end() > 20) {
            return dateline.end();
        }
        return sentence.start();
    }

    private static Statement statement(AnalyzedArticle article, String root, Sentence sentence, int start,
                                       int position, Set<String> previousEntities, Set<String> all) {
        int end = sentence.end();
        String sentenceText = article.text().substring(start, end);
        Optional<Statement.Clause> core = mainClauseEnd(article.text(), sentence, start).map(cut -> {
            String clause = cut.clause(article.text(), start);
            return new Statement.Clause(clause, claim(clause, entities(article, start, cut.end()), previousEntities,
                    figures(article, start, cut.end()), dates(article, start, cut.end()),
                    tokenWords(article.text(), sentence, start).subList(0, cut.tokens())).withArticleFigures(all));
        });
        return new Statement(article.id(), root, start, end, sentenceText, false, position,
                selfContained(sentenceText) && !insideQuote(article, start, end),
                claim(sentenceText, entities(article, start, end), previousEntities,
                figures(article, start, end), dates(article, start, end), tokenWords(article.text(), sentence,
                start)).withArticleFigures(all), core);
    }

    /**
     * Where a sentence's main clause ends when a participle phrase closes it ("..., highlighting discussions on
     * trade."): {@code end} is the offset before the comma, {@code closing} a closing quote mark the comma sat in
     * ("as “productive,” highlighting"), {@code tokens} how many of the statement's tokens the clause holds.
     */
    record Cut(int end, String closing, int tokens) {
        /** The main clause as a sentence: its closing quote mark kept, and a full stop unless it ends with one. */
        String clause(String text, int start) {
            String head = text.substring(start, end) + closing;
            return endsLikeSentence(head) ? head : head + "."; // "in Washington D.C." ends already
        }
    }

    private static final Set<String> CLOSING_QUOTES = Set.of("”", "\"", "’", "'");

    /**
     * Whether the participle phrase at {@code from} runs to the end of the sentence: not an aside that a comma and a
     * verb close ("the gunman, wearing body armour, opened fire").
     */
    private static boolean closesTheSentence(String text, List<Token> tokens, int from) {
        for (int k = from + 1; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).text(text).equals(",")) {
                Token after = tokens.get(k + 1);
                if ((after.pos().equals("VERB") || after.pos().equals("AUX")) && !after.text(text).endsWith("ing")) {
                    return false;
                }
            }
        }
        return true;
    }

    static Optional<Cut> mainClauseEnd(String text, Sentence sentence, int start) {
        List<Token> tokens = sentence.tokens().stream().filter(t -> t.start() >= start).toList();
        boolean verb = false;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token token = tokens.get(i);
            String word = token.text(text);
            if (i >= 5 && verb && word.equals(",")) {
                int next = i + 1;
                String closing = "";
                if (CLOSING_QUOTES.contains(tokens.get(next).text(text)) && next + 1 < tokens.size()) {
                    closing = tokens.get(next).text(text);
                    next++;
                }
                Token participle = tokens.get(next);
                String p = participle.text(text);
                if (participle.pos().equals("VERB") && p.length() > 4 && p.endsWith("ing")
                        && Character.isLowerCase(p.charAt(0)) && closesTheSentence(text, tokens, next)) {
                    String clause = text.substring(start, token.start()) + closing;
                    return selfContained(clause) ? Optional.of(new Cut(token.start(), closing, i)) : Optional.empty();
                }
                return Optional.empty(); // the first comma decides: a later one may close a nested clause
            }
            verb |= token.pos().equals("VERB") || token.pos().equals("AUX");
        }
        return Optional.empty();
    }

    /** A sentence that states something: a few words, a verb, a capital or quote at the start, closing punctuation. */
    static boolean isStatement(String text, List<Sentence> sentences, Sentence sentence, int start) {
        String stripped = text.strip();
        if (stripped.split("\\s+").length < 5) {
            return false;
        }
        char first = stripped.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "“\"‘'(".indexOf(first) >= 0)) {
            return false;
        }
        if (!endsLikeSentence(stripped)) {
            return false; // a heading, a caption or a list item
        }
        boolean verb = false;
        for (Token token : sentence.tokens()) {
            if (token.start() >= start && (token.pos().equals("VERB") || token.pos().equals("AUX"))) {
                verb = true;
                break;
            }
        }
        return verb || sentence.tokens().stream().allMatch(t -> t.pos().equals(Token.UNTAGGED));
    }

    static boolean endsLikeSentence(String text) {
        int i = text.length() - 1;
        while (i > 0 && "”\"’')]".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return ".!?".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Whether [start, end) lies within a quote of the article: a sentence in the middle of someone's long quote ("How
     * dare you presume ...") is theirs, shown with the quote and its speaker, never as the writer's fact.
     */
    private static boolean insideQuote(AnalyzedArticle article, int start, int end) {
        for (org.corroborate.extract.quote.Quote q : article.extraction().quotes()) {
            if (q.start() <= start && end <= q.end() + 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence reads on its own: no opening reference to what came before, quotes balanced. */
    static boolean selfContained(String text) {
        String stripped = text.strip();
        Matcher word = Pattern.compile("^[\"“‘']?([\\p{L}']+)").matcher(stripped);
        if (word.find() && OPENING_REFERENCES.contains(word.group(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (ANAPHORIC_SUBJECT.matcher(stripped).find()) {
            return false;
        }
        int open = 0;
        int close = 0;
        int straight = 0;
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == '“') {
                open++;
            } else if (c == '”') {
                close++;
            } else if (c == '"') {
                straight++;
            }
        }
        return open == close && straight % 2 == 0;
    }

    /** The canonical names in a span, each as "TYPE:name". */
    private static Set<String> entities(AnalyzedArticle article, int start, int end) {
        Set<String> names = new LinkedHashSet<>();
        for (EntityMention e : article.extraction().entities()) {
            if (e.start() >= start && e.end() <= end) {
                names.add(e.type().name() + ":" + e.canonical());
            }
        }
        return names;
    }

    /**
     * Figures a reader checks ({@link Quantity#checkable}) and numbers that name ("stage 13"), as
     * "unit:hundredths": "two nations" is not one, "three people" is.
     */
    private static Set<String> figures(AnalyzedArticle article, int start, int end) {
        Set<String> figures = new LinkedHashSet<>();
        for (Quantity q : article.extraction().quantities()) {
            if (q.start() >= start && q.end() <= end && (q.checkable() || q.names())) {
                figures.add(q.unit() + ":" + Math.round(q.value() * 100));
            }
        }
        return figures;
    }

    private static Set<String> dates(AnalyzedArticle article, int start, int end) {
        Set<String> dates = new LinkedHashSet<>();
        for (TimeExpression t : article.extraction().times()) {
            if (t.start() >= start && t.end() <= end && t.type() == TimexType.DATE && t.value().matches("\\d{4}.*")
                    && !t.value().contains("X") && !t.inferred()) {
                dates.add(t.value());
            } else if (t.start() >= start && t.end() <= end && t.type() == TimexType.DURATION
                    && t.value().matches("P\\d[\\d.]*[YMWDHS]|PT\\d[\\d.]*[HMS]")) {
                dates.add(t.value()); // "for a week", P1W: a duration, among the dates as "P..."
            }
        }
        return dates;
    }

    private static List<String> tokenWords(String text, Sentence sentence, int start) {
        List<String> words = new ArrayList<>();
        for (Token token : sentence.tokens()) {
            if (token.start() >= start) {
                words.add(token.text(text).toLowerCase(Locale.ROOT).replace('’', '\''));
            }
        }
        return words;
    }

    static Claim claim(String text, Set<String> entities, Set<String> previousEntities, Set<String> figures,
                       Set<String> dates, List<String> tokens) {
        List<String> words = tokens.isEmpty() ? words(text) : tokens; // a title has no tokens of its own
        boolean negated = false;
        boolean hedged = false;
        boolean announced = false;
        boolean mainClause = true;
        Set<String> qualifiers = new LinkedHashSet<>();
        Set<String> stems = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            // polarity and modality are those of the main clause: "India is set to host the summit, and analysts
            // say Trump may attend" announces the summit, it does not hedge it
            if (mainClause && i > 2 && (w.equals(";") || w.equals(",") && i + 1 < words.size()
                    && CLAUSE_OPENERS.contains(words.get(i + 1)))) {
                mainClause = false;
            }
            if (mainClause) {
                negated |= NEGATIONS.contains(w) || w.endsWith("n't");
                hedged |= HEDGES.contains(w);
                announced |= ANNOUNCEMENTS.contains(w) || ANNOUNCING_BEFORE_TO.contains(w) && i + 1 < words.size()
                        && words.get(i + 1).equals("to");
            }
            if (QUALIFIERS.contains(w)) {
                qualifiers.add(w);
            }
            String stem = stem(w);
            if (!stem.isEmpty()) {
                stems.add(stem);
            }
        }
        Modality modality = hedged ? Modality.HEDGED : announced ? Modality.ANNOUNCED : Modality.ASSERTED;
        return new Claim(entities, previousEntities, figures, dates, negated, modality, qualifiers, stems);
    }

    /** Lower-case words and clause breaks (commas, semicolons) of a text that has no tokens of its own. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD_OR_BREAK.matcher(text.toLowerCase(Locale.ROOT).replace('’', '\''));
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /** The content-word stems of a text that has no tokens of its own (a title). */
    static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : words(text)) {
            String stem = stem(word);
            if (!stem.isEmpty()) {
                stems.add(stem);
            }
        }
        return stems;
    }

    /** A content word's Porter stem, or "" for stopwords, punctuation and one-letter words. */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (w.length() < 2 || STOPWORDS.contains(w) || !Character.isLetterOrDigit(w.charAt(0))) {
            return "";
        }
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return STEMMER.get().stem(w);
    }
}
