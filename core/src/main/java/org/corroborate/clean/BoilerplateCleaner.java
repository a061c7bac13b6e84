package org.corroborate.clean;

import java.nio.file.Paths;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.ingest.Article;
import org.corroborate.ingest.Source;

/**
 * Removes boilerplate from an article's text, line by line: donation, subscription and paywall appeals; photo
 * captions; the attribution line of an embedded social post (the post stays, marked as an {@link EmbeddedPost});
 * "Read more", share and newsletter prompts; advertisement markers; agency credit lines; and lines the outlet repeats
 * under many articles. Every removed block is kept with its kind. Text is normalised to NFC with single spaces;
 * quote marks stay as written. Thread-safe: it holds only immutable patterns.
 */
public final class BoilerplateCleaner {
    private static final Appeal[] DONATION = compile(
            "\\byour support\\b", "\\bsupport (us|now|today)\\b", "\\bdonat(e|ion|ions|ing)\\b",
            "\\bcontribut(e|ion) (today|now|from)\\b", "\\bmake a (one-off |monthly )?contribution\\b",
            "\\bbecome a (member|supporter|patron)\\b", "\\bfrom as little as\\b", "\\bwe need your help\\b",
            "\\bkeep sending journalists\\b", "\\b(quality|independent) journalism\\b",
            "\\bsupport (our|independent|quality) (journalism|reporting)\\b", "\\bmakes? all the difference\\b");
    private static final Appeal[] SUBSCRIPTION = compile(
            "\\bsubscribe (now|today|to continue|for just|for only)\\b", "\\balready a subscriber\\b",
            "\\blog ?in to continue\\b", "\\bfree trial\\b", "\\bunlimited (digital )?access\\b",
            "\\bsubscribers? only\\b", "\\bbecome a subscriber\\b",
            "\\bsubscribe to\\b.{0,60}\\bfor (just|only|as little as)\\b");
    private static final Appeal[] PAYWALL = compile(
            "\\bpaywalls?\\b", "\\byou have reached your (limit|free article)", "\\bfree articles? (left|remaining)\\b",
            "\\bthis (article|content|story) is (only )?(available )?(for|to) (subscribers|members)\\b",
            "\\bto continue reading\\b", "\\block (\\w+ )?out of our (reporting|journalism)\\b");
    /** Words one of which every appeal pattern needs: lines without them skip the appeal patterns. */
    private static final String[] APPEAL_TRIGGERS = {"support", "donat", "contribut", "member", "supporter",
        "patron", "little as", "help", "journalis", "difference", "subscri", "log in", "login", "trial", "access",
        "paywall", "reached your", "free article", "continue reading", "out of our"};
    /** A line that speaks to the reader: "you", "now", or an imperative that opens it ("Subscribe to ..."). */
    private static final Pattern READER_ADDRESSED = Pattern.compile("(?i)\\b(your|you|us|now|today)\\b"
            + "|^(subscribe|donate|sign up|join us)\\b");
    private static final Pattern CAPTION_START = Pattern.compile("(?i)^(open image in gallery|image( caption)?:|"
            + "photo( credit)?:|photograph:|picture:|pictured:|caption:|file photo\\b|image (credit|source):|"
            + "click to enlarge|view gallery|expand image|\\(photo\\b|\\(image\\b)");
    private static final Pattern CAPTION_CREDIT = Pattern.compile("(?i)(\\(\\s*(reuters|afp|ap|getty( images)?|epa|"
            + "pa( wire| media)?|bloomberg|shutterstock|alamy|ani|pti|file|handout|[^()]{1,40}\\bvia\\b[^()]{1,40}|"
            + "photo:[^()]{1,60})\\s*\\)|/\\s*(getty images|afp|reuters|ap|epa|shutterstock|alamy))\\s*$");
    private static final Pattern READ_MORE = Pattern.compile("(?i)^(read more|read also|also read|read next|"
            + "recommended|related( stories| articles)?|see also|more on this( story)?|must read|trending)"
            + "\\b\\s*([:|\\-–—>»].*)?$");
    private static final Pattern SHARE = Pattern.compile("(?i)^(share( this)?( article| story| page)?"
            + "( on| via)?( facebook| twitter| x| whatsapp| linkedin| email)?|click to share\\b.*|"
            + "((facebook|twitter|x|whatsapp|linkedin|email|e-mail|reddit|telegram|copy link|print|comments?)"
            + "[\\s|·•,]*)+)$");
    private static final Pattern NEWSLETTER = Pattern.compile("(?i)(\\b(sign up|subscribe|register)\\b.{0,60}"
            + "\\bnewsletters?\\b|\\bnewsletters?\\b.{0,60}\\b(inbox|sign up|email address)\\b|"
            + "\\bget (our|the) [\\w\\s]{0,30}newsletter\\b|^follow us on\\b"
            // a writer's sign-off: "Follow Ines Okafor on Twitter @inesokafor."
            + "|^[\"“]?follow (?-i:\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}) on (twitter|x|facebook|instagram"
            + "|threads|bluesky)\\b.{0,60}$)");
    private static final Pattern ADVERTISEMENT = Pattern.compile("(?i)^(advertisement|advert|ad|sponsored( content)?"
            + "|story continues below( advertisement)?|continue reading (below|the main story)|skip advert(isement)?)"
            + "\\s*$");
    private static final Pattern CREDIT = Pattern.compile("(?i)^(\\(?\\s*(additional reporting by|reporting by|"
            + "with (additional )?(inputs?|reporting) from|written by|edited by|editing by|compiled by|"
            + "with agency inputs|this story has (not )?been (edited|published)|published from a wire)\\b.*|"
            + "[—–-]?\\s*(agencies|with agencies)\\s*|with (afp|reuters|ap|pti|ani|dpa)( and \\w+)?\\.?)\\s*$");
    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3}"
            + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,3})*$");
    private static final Pattern POST_ATTRIBUTION = Pattern.compile(
            "^(?:[—–―-]{1,2}\\s*|a post shared by\\s+)(\\S.{0,80}?)\\s*\\((@\\w{1,30})\\)\\s*(.{0,40})$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SELF_NAMED_OUTLET = Pattern.compile(
            "\\b(The\\s+[A-Z][\\w&'-]+(?:\\s+[A-Z][\\w&'-]+){0,2})\\s+(?:is|has|relies|needs|was|will)\\b");
    private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s*)?"
            + "([A-Z][\\w&'.-]*(?:\\s+[A-Z][\\w&'.-]*){0,3})");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u3000]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");

    /** Cleans an article with no knowledge of its outlet's other articles. */
    public CleanedArticle clean(Article article) {
        return clean(article, null);
    }

    /**
     * Cleans an article; lines that {@code repeated} has seen in many articles of the same outlet go too, unless
     * most of the article would go that way (then it is a copy of another article, for the duplicate detector).
     */
    public CleanedArticle clean(Article article, RepeatedLines repeated) {
        Objects.requireNonNull(article, "article");
        List<String> lines = new ArrayList<>();
        for (String raw : article.body().split("\n")) {
            String line = normalize(raw);
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        String outlet = article.source().map(Source::name).orElse(null);
        boolean useRepeated = repeated != null && outlet != null && !mostlyRepeated(lines, outlet, repeated);

        List<RemovedBlock> removed = new ArrayList<>(article.removedAtIngest());
        List<EmbeddedPost> posts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int lastStart = -1;
        boolean lastWasPost = false;
        for (String line : lines) {
            Matcher attribution = POST_ATTRIBUTION.matcher(line);
            if (attribution.matches() && lastStart >= 0 && !lastWasPost) {
                removed.add(new RemovedBlock(BoilerplateKind.EMBEDDED_POST_ATTRIBUTION, line));
                String date = attribution.group(3).strip();
                posts.add(new EmbeddedPost(lastStart, text.length(), attribution.group(1).strip(),
                        attribution.group(2), date.isEmpty() ? Optional.empty() : Optional.of(date)));
                lastWasPost = true;
                continue;
            }
            Optional<BoilerplateKind> kind = classify(line);
            if (kind.isEmpty() && useRepeated && repeated.isRepeated(outlet, line)) {
                kind = Optional.of(BoilerplateKind.REPEATED_LINE);
            }
            if (kind.isPresent()) {
                removed.add(new RemovedBlock(kind.get(), line));
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            lastStart = text.length();
            lastWasPost = false;
            text.append(line);
        }
        Source source = article.source()
                .or(() -> selfNamedOutlet(removed).map(name -> new Source(name, Source.Basis.TEXT)))
                .orElseGet(() -> new Source(fileStem(article), Source.Basis.FILE_NAME));
        return new CleanedArticle(article, source, article.title().map(BoilerplateCleaner::normalize),
                text.toString(), removed, posts);
    }

    private static boolean mostlyRepeated(List<String> lines, String outlet, RepeatedLines repeated) {
        long count = lines.stream().filter(l -> repeated.isRepeated(outlet, l)).count();
        return lines.size() >= 2 && count * 2 > lines.size();
    }

    /** The kind of boilerplate a whole line is, if it is any. */
    static Optional<BoilerplateKind> classify(String line) {
        int words = words(line);
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        boolean appealWords = containsAny(lower, APPEAL_TRIGGERS);
        int donation = appealWords ? count(DONATION, line, lower) : 0;
        int subscription = appealWords ? count(SUBSCRIPTION, line, lower) : 0;
        int paywall = appealWords ? count(PAYWALL, line, lower) : 0;
        int appeal = donation + subscription + paywall;
        if (appeal >= 2 || (appeal == 1 && words <= 12 && READER_ADDRESSED.matcher(line).find() && !hasQuote(line))) {
            if (donation >= subscription && donation >= paywall) {
                return Optional.of(BoilerplateKind.DONATION_APPEAL);
            }
            return Optional.of(paywall > subscription ? BoilerplateKind.PAYWALL
                    : BoilerplateKind.SUBSCRIPTION_APPEAL);
        }
        if (CAPTION_START.matcher(line).lookingAt()
                || (words <= 60 && (line.endsWith(")") || line.contains("/"))
                && CAPTION_CREDIT.matcher(line).find() && !hasQuote(line))) {
            return Optional.of(BoilerplateKind.PHOTO_CAPTION);
        }
        if (words <= 25 && READ_MORE.matcher(line).matches()) {
            return Optional.of(BoilerplateKind.READ_MORE);
        }
        if (words <= 12 && SHARE.matcher(line).matches()) {
            return Optional.of(BoilerplateKind.SHARE_PROMPT);
        }
        if (words <= 40 && (lower.contains("newsletter") || lower.startsWith("follow ") || lower.startsWith("\"follow ")
                || lower.startsWith("“follow "))
                && NEWSLETTER.matcher(line).find()) {
            return Optional.of(BoilerplateKind.NEWSLETTER_PROMPT);
        }
        if (ADVERTISEMENT.matcher(line).matches()) {
            return Optional.of(BoilerplateKind.ADVERTISEMENT);
        }
        if (words <= 12 && BYLINE.matcher(line).matches()) {
            return Optional.of(BoilerplateKind.BYLINE);
        }
        if (words <= 25 && CREDIT.matcher(line).matches()) {
            return Optional.of(BoilerplateKind.CREDIT_LINE);
        }
        return Optional.empty();
    }

    /** NFC, invisible characters dropped, runs of white space as one space. Quote marks stay as written. */
    static String normalize(String raw) {
        String text = Normalizer.isNormalized(raw, Normalizer.Form.NFC) ? raw
                : Normalizer.normalize(raw, Normalizer.Form.NFC);
        if (hasInvisible(text)) {
            text = INVISIBLE.matcher(text).replaceAll("");
        }
        if (hasSpaceToCollapse(text)) {
            text = SPACES.matcher(text).replaceAll(" ");
        }
        return text.strip();
    }

    /** Whether {@link #INVISIBLE} would remove anything: most lines have none, and replacing copies the line. */
    private static boolean hasInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #SPACES} would change anything: a run of its white space other than one plain space. Most
     * lines have none, and replacing every space between words by itself copies the line piece by piece.
     */
    private static boolean hasSpaceToCollapse(String text) {
        boolean previousSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                    || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\u3000';
            if (space && (c != ' ' || previousSpace)) {
                return true;
            }
            previousSpace = space;
        }
        return false;
    }

    /** The outlet's name where its own appeal or copyright line names it ("The Independent is trusted by ..."). */
    static Optional<String> selfNamedOutlet(List<RemovedBlock> removed) {
        for (RemovedBlock block : removed) {
            if (block.kind() == BoilerplateKind.DONATION_APPEAL || block.kind() == BoilerplateKind.SUBSCRIPTION_APPEAL
                    || block.kind() == BoilerplateKind.PAYWALL || block.kind() == BoilerplateKind.REPEATED_LINE) {
                Matcher m = SELF_NAMED_OUTLET.matcher(block.text());
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
            Matcher copyright = COPYRIGHT.matcher(block.text());
            if (copyright.find()) {
                return Optional.of(copyright.group(1).strip());
            }
        }
        return Optional.empty();
    }

    private static String fileStem(Article article) {
        String file = article.origin().file();
        int hash = file.indexOf('#');
        if (hash >= 0) {
            file = file.substring(0, hash);
        }
        String name = file.equals("-") ? "stdin" : Paths.get(file).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean containsAny(String lower, String[] needles) {
        for (String needle : needles) {
            if (lower.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasQuote(String line) {
        return line.indexOf('"') >= 0 || line.indexOf('“') >= 0 || line.indexOf('”') >= 0;
    }

    /** How many of {@code patterns} occur in {@code line}; {@code lower} is the line in lower case. */
    private static int count(Appeal[] patterns, String line, String lower) {
        int n = 0;
        for (Appeal p : patterns) {
            // a line without the words a pattern starts with cannot match it: most lines with a trigger word
            // ("support", "help") hold none of these phrases, and a search for one tries every position
            if (lower.contains(p.needle()) && p.pattern().matcher(line).find()) {
                n++;
            }
        }
        return n;
    }

    /** The words of a line as {@code line.split(" ").length} counts them, without making the array. */
    static int words(String line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--; // split drops trailing empty strings
        }
        if (end == 0) {
            return line.isEmpty() ? 1 : 0; // "" splits into one empty word, "  " into none
        }
        int n = 1;
        for (int i = 0; i < end; i++) {
            if (line.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /**
     * An appeal phrase, case-insensitive, with the lower-case text every match of it contains: the letters, spaces
     * and hyphens that open the pattern after its word boundary, less a last character that a {@code ?} makes optional.
     */
    record Appeal(String needle, Pattern pattern) {
        static Appeal of(String regex) {
            if (!regex.startsWith("\\b")) {
                throw new IllegalArgumentException("an appeal pattern opens with \\b: " + regex);
            }
            int i = 2;
            while (i < regex.length() && (Character.isLetter(regex.charAt(i)) || regex.charAt(i) == ' '
                    || regex.charAt(i) == '-')) {
                i++;
            }
            int end = i < regex.length() && "?*{".indexOf(regex.charAt(i)) >= 0 ? i - 1 : i;
            return new Appeal(regex.substring(2, end).toLowerCase(java.util.Locale.ROOT),
                    Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        }
    }

    private static Appeal[] compile(String... regexes) {
        Appeal[] patterns = new Appeal[regexes.length];
        for (int i = 0; i < regexes.length; i++) {
            patterns[i] = Appeal.of(regexes[i]);
        }
        return patterns;
    }
}
