package org.corroborate.extract.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.corroborate.extract.time.TimeExpression;
import org.corroborate.text.Sentence;
import org.corroborate.text.Token;

/**
 * Finds names in one article: runs of capitalised tokens (proper nouns by OpenNLP's UD tagger, joined over "of",
 * "of the" and hyphens), split into a title ("US President", "foreign minister", "Mr") and the name, and typed by
 * title (a person), by the gazetteer (countries, cities, regions, well-known organisations), by the last word
 * ("Institution", "Department", "News", "Bridge"), by a following descriptor ("alliance", "bloc"), by a common given
 * name opening it or an age in commas after it (a person: "Jamal Ostrander", "Tovin Raske, 27,"), or left for the
 * resolver, which sees all articles of the story. Thread-safe.
 */
public final class EntityRecognizer {
    /**
     * Ranks that are titles only before a given name and a surname ("Captain Jamal Ostrander"): the same words open
     * names of their own ("Captain America", "Sister Act", "Bishop Auckland", "Pastor Maldonado").
     */
    private static final List<String> RANK_TITLES = List.of("colonel", "col.", "captain", "capt.", "vice admiral",
            "rear admiral", "admiral", "adm.", "commander", "brigadier", "corporal", "reverend", "rev.", "pastor",
            "rabbi", "imam", "archbishop", "bishop", "sister");
    private static final Set<String> RANKS = Set.copyOf(RANK_TITLES);
    /** Titles, a longer one before any that opens it ("vice admiral" before "admiral"); the ranks last. */
    private static final List<String> TITLES = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            "vice president", "president-elect", "president",
            "prime minister", "pm", "foreign minister", "external affairs minister", "defence minister",
            "defense minister", "finance minister", "home minister", "interior minister", "minister",
            "secretary of state", "defense secretary", "defence secretary", "home secretary", "foreign secretary",
            "secretary-general", "secretary general", "secretary", "senator", "sen.", "rep.", "representative",
            "governor", "gov.", "mayor", "chancellor", "king", "queen", "prince", "princess", "pope", "general",
            "gen.", "judge", "justice", "ambassador", "spokesperson", "spokesman", "spokeswoman",
            "chief executive", "ceo", "chairman", "chairwoman", "chair", "director", "commissioner", "premier",
            "professor", "prof.", "lord", "lady", "sir", "dame", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr",
            "dr.", "leader", "chief", "envoy", "speaker", "sheikh", "emir", "crown prince", "attorney general",
            "district attorney", "city attorney", "attorney", "officer", "detective", "sergeant", "sgt.",
            "lieutenant colonel", "lieutenant", "lt.", "general manager", "manager", "coach", "head coach"),
            RANK_TITLES.stream()).toList();
    private static final Set<String> MODIFIERS = Set.of("us", "u.s.", "indian", "american", "british", "chinese",
            "russian", "french", "german", "japanese", "australian", "ukrainian", "israeli", "iranian", "pakistani",
            "former", "new", "then", "then-", "outgoing", "incoming", "acting", "deputy", "state", "federal",
            "the", "uk", "eu", "un", "canadian", "mexican", "brazilian", "italian", "spanish", "turkish", "saudi");
    private static final Set<String> ORG_CUES = Set.of("institution", "institute", "center", "centre", "ministry",
            "house", "news", "party", "department", "council", "commission", "agency", "bank", "university",
            "college", "school", "hospital", "assembly", "association", "union", "group", "corporation", "corp",
            "inc", "ltd", "company", "co", "times", "post", "journal", "herald", "telegraph", "guardian", "tribune",
            "gazette", "courier", "press", "foundation", "fund", "forum", "organisation", "organization",
            "authority", "court", "parliament", "congress", "senate", "committee", "board", "office", "service",
            "army", "navy", "police", "club", "league", "federation", "alliance", "lines", "airlines", "airways",
            "railways", "network", "reserve", "exchange", "administration", "bureau", "wire", "ledger", "standard",
            "express", "mail", "review", "magazine", "television", "tv", "radio", "records", "studios", "labs",
            "technologies", "systems", "motors", "industries", "holdings", "partners", "capital", "chemicals",
            "logistics", "energy", "pharmaceuticals", "foods", "enterprises", "shipping", "mining", "petroleum",
            "steel", "insurance", "securities", "resources", "manufacturing", "construction", "patrol", "guard");
    private static final Set<String> PLACE_CUES = Set.of("bridge", "street", "road", "avenue", "square",
            "airport", "station", "park", "river", "lake", "mountain", "mountains", "island", "islands", "bay",
            "harbour", "harbor", "city", "county", "province", "state", "valley", "district", "sea", "ocean",
            "strait", "peninsula", "desert", "forest", "canal", "coast", "hills", "heights", "hall", "palace",
            "stadium", "terminal", "port", "highlands", "lowlands", "midlands", "alps", "isles", "keys", "territories",
            "lakes", "dales", "plains", "counties", "countries", "region");
    private static final Set<String> PLACE_STARTS = Set.of("port", "mount", "lake", "fort", "saint", "st.",
            "san", "santa", "cape", "north", "south", "east", "west", "new");
    /**
     * Spanish articles (and "Río") opening a place of two words: "La Araucanía", "Los Ángeles". Not "El" ("El Chapo",
     * "El Niño") nor "Rio" ("Rio Ferdinand"), and not three words ("La Toya Jackson").
     */
    private static final Set<String> SPANISH_PLACE_STARTS = Set.of("la", "las", "los", "río");
    private static final Set<String> ORG_DESCRIPTORS = Set.of("alliance", "grouping", "bloc", "coalition",
            "party", "group", "movement", "militia", "network", "platform");
    private static final Set<String> NOT_NAMES = Set.of("GMT", "BST", "UTC", "EST", "EDT", "CST", "CDT", "MST",
            "MDT", "PST", "PDT", "CET", "CEST", "EET", "JST", "AEST", "AEDT", // time zones: "noon BST"
            "I", "The", "A", "An", "This", "That", "These", "Those",
            "It", "He", "She", "We", "They", "His", "Her", "Its", "Their", "Our", "My", "But", "And", "Or", "In",
            "On", "At", "For", "With", "As", "By", "From", "To", "Of", "If", "When", "While", "After", "Before",
            "Despite", "However", "Both", "Analysts", "Experts", "Officials", "Estimates", "Since", "During",
            "According", "Immigration", "Trade", "Read", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Delighted", "Congratulated", "Discussed", "Plans",
            "Ms", "Mr", "Mrs", "Dr", "PM", "File", "Additional", "Meanwhile", "Indian", "American", "Indians",
            "Americans", "Sikh", "Two", "One", "Three", "Some", "Many", "Most", "All", "No", "Yes", "Here", "There");
    /** Common given names (a resource written for this project): "Jamal" opens a name even tagged an adjective. */
    private static final Set<String> GIVEN_NAMES = givenNames();
    private final Gazetteer gazetteer = Gazetteer.get();

    /** Whether a capitalised word is a common given name ("Jamal", "Fiona"; given-names.txt). */
    public static boolean isGivenName(String word) {
        return GIVEN_NAMES.contains(word);
    }

    private static Set<String> givenNames() {
        try (java.io.InputStream in = EntityRecognizer.class.getResourceAsStream("given-names.txt")) {
            if (in == null) {
                throw new IllegalStateException("given-names.txt is missing from the class path");
            }
            Set<String> names = new java.util.HashSet<>();
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return Set.copyOf(names);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Names in the article; {@code sentences} must be POS-tagged; names inside time expressions are skipped. */
    public List<EntityCandidate> recognize(String text, List<Sentence> sentences, List<TimeExpression> times) {
        List<EntityCandidate> found = new ArrayList<>();
        Set<String> namesMidSentence = new java.util.HashSet<>();
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            for (int i = 1; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                // the first character before the word: most tokens are not capitalised, and need no string
                if (Character.isUpperCase(text.charAt(token.start())) && token.pos().equals("PROPN")
                        && !isOpening(tokens.get(i - 1).text(text))) {
                    namesMidSentence.add(token.text(text));
                }
            }
        }
        for (Sentence sentence : sentences) {
            List<Token> tokens = sentence.tokens();
            int i = dateline(text, tokens, found);
            while (i < tokens.size()) {
                if (!startsName(text, tokens, i, times, namesMidSentence)) {
                    i++;
                    continue;
                }
                int end = i + 1;
                while (end < tokens.size()) {
                    if (continuesName(text, tokens, end, times)) {
                        end++;
                    } else if (joins(text, tokens, end) && end + 1 < tokens.size()
                            && continuesName(text, tokens, end + 1, times)) {
                        end += 2;
                    } else if (tokens.get(end).text(text).equals("of") && end + 1 < tokens.size()
                            && continuesName(text, tokens, end + 1, times)) {
                        end += 2;
                    } else if (tokens.get(end).text(text).equals("of") && end + 2 < tokens.size()
                            && tokens.get(end + 1).text(text).equals("the")
                            && continuesName(text, tokens, end + 2, times)) {
                        end += 3;
                    } else {
                        break;
                    }
                }
                candidate(text, tokens, i, end).ifPresent(found::add);
                i = end;
            }
        }
        return found;
    }

    /**
     * A dateline opening a sentence ("PORT ALDER - Officials said") is a place, written in capitals; returns the
     * index of the first token after it (0 when there is none).
     */
    private static int dateline(String text, List<Token> tokens, List<EntityCandidate> found) {
        int i = 0;
        while (i < tokens.size() && isAllCaps(tokens.get(i).text(text))) {
            i++;
        }
        if (i == 0 || i >= tokens.size() || !Set.of("-", "—", "–", "(").contains(tokens.get(i).text(text))) {
            return 0;
        }
        int start = tokens.get(0).start();
        int end = tokens.get(i - 1).end();
        StringBuilder name = new StringBuilder();
        for (String word : text.substring(start, end).split(" ")) {
            name.append(name.length() > 0 ? " " : "").append(word.charAt(0))
                    .append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        found.add(new EntityCandidate(start, end, text.substring(start, end), name.toString(),
                Optional.of(EntityType.LOCATION), "", false, true));
        return i;
    }

    private static boolean isAllCaps(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isUpperCase) && !word.equals("US")
                && !word.equals("UK") && !word.equals("PM");
    }

    private Optional<EntityCandidate> candidate(String text, List<Token> tokens, int first, int end) {
        // "A Kraft Foods plant worker": the article opening the sentence is no part of the name
        while (first + 1 < end && (tokens.get(first).text(text).equals("A")
                || tokens.get(first).text(text).equals("An"))) {
            first++;
        }
        // Split off the title: modifiers ("US", "Indian") then title words ("Prime Minister").
        int nameStart = first;
        String title = "";
        int scan = first;
        while (scan < end) {
            int titleEnd = titleAt(text, tokens, scan, end);
            // "Coach Inc", "Officer Holdings": a title word opening a company's name is no title
            if (titleEnd > scan && !(titleEnd == end - 1 && ORG_CUES.contains(lower(tokens.get(end - 1).text(text))))
                    && (!RANKS.contains(lower(text.substring(tokens.get(scan).start(), tokens.get(titleEnd - 1).end())))
                    || titleEnd + 1 < end && GIVEN_NAMES.contains(tokens.get(titleEnd).text(text)))) {
                title = text.substring(tokens.get(first).start(), tokens.get(titleEnd - 1).end());
                scan = titleEnd;
                nameStart = titleEnd;
                continue;
            }
            if (MODIFIERS.contains(lower(tokens.get(scan).text(text))) && scan + 1 < end
                    && titleAt(text, tokens, scan + 1, end) > scan + 1) {
                scan++;
                continue;
            }
            break;
        }
        if (nameStart == first && end - first >= 3 && describesTheName(text, tokens, first)) {
            nameStart++; // "Vermonter Bernie Sanders", "Chargers Vincent Jackson": a word describing him, no name
        }
        if (title.isEmpty()) {
            title = lowercaseTitleBefore(text, tokens, first);
        }
        if (isTitleModifier(text, tokens, first, end)) {
            return Optional.empty(); // "Council leader Piet Brennan": part of his title, no organisation named
        }
        while (nameStart < end && Set.of("of", "the").contains(tokens.get(nameStart).text(text))) {
            nameStart++;
        }
        if (nameStart >= end) {
            return Optional.empty(); // a title alone ("the President") names nobody here
        }
        nameStart += knownNameBeforeGivenName(text, tokens, nameStart, end, nameStart > first);
        int start = tokens.get(nameStart).start();
        int stop = tokens.get(end - 1).end();
        String name = text.substring(start, stop);
        if (NOT_NAMES.contains(name) || name.length() < 2 && !name.equals("X")) {
            return Optional.empty();
        }
        if (name.contains("-") && java.util.Arrays.stream(name.split("-")).allMatch(
                part -> gazetteer.type(part).isPresent())) {
            return Optional.empty(); // "US-India ties": an adjective made of two names
        }
        boolean possessive = end < tokens.size() && (tokens.get(end).text(text).equals("’s")
                || tokens.get(end).text(text).equals("'s"));
        boolean placeContext = nameStart > 0 && Set.of("in", "at", "from", "to", "near", "across", "outside")
                .contains(lower(tokens.get(nameStart - 1).text(text)));
        String nextWord = end < tokens.size() ? lower(tokens.get(end).text(text)) : "";
        String previousWord = first > 0 ? lower(tokens.get(first - 1).text(text)) : "";
        Optional<EntityType> type = type(text, tokens, nameStart, end, name, !title.isEmpty(), nextWord,
                previousWord);
        if (type.isPresent() && type.get() == EntityType.ORGANIZATION && ORG_DESCRIPTORS.contains(nextWord)
                && gazetteer.isKnownOrganization(tokens.get(end - 1).text(text))) {
            name = tokens.get(end - 1).text(text);
        }
        if (end - nameStart > 1 && gazetteer.isKnownOrganization(tokens.get(end - 1).text(text))
                && gazetteer.type(text.substring(tokens.get(nameStart).start(), tokens.get(end - 3 >= nameStart
                ? end - 2 : nameStart).end())).filter(t -> t == EntityType.LOCATION).isPresent()) {
            name = tokens.get(end - 1).text(text); // "Indo-Pacific Quad" is the Quad
            type = Optional.of(EntityType.ORGANIZATION);
        }
        return Optional.of(new EntityCandidate(start, stop, text.substring(start, stop), gazetteer.canonical(name),
                type, title, possessive, placeContext));
    }

    /**
     * Whether the word at {@code i} describes the person whose given name follows, and is no part of the name: a
     * plural ("Chargers", "Senators", "Liberals": a consonant before the s, so not "Cyrus", "Tobias", "Moses"), a
     * demonym ("Kentuckian", "Mexican", "Korean", "Japanese", "Englishman", "Vermonter") or a job of the sports and
     * crime pages ("Kicker", "Linebacker", "Coroner"), before a given name ("Bernie"), the two no known name ("San
     * Diego"). Other capitalised words stay: "Hunter Thomas Smith" and "Cyrus Robert Vance" are whole names.
     */
    private boolean describesTheName(String text, List<Token> tokens, int i) {
        String word = tokens.get(i).text(text);
        String lower = lower(word);
        return isCapitalised(word) && word.chars().allMatch(Character::isLetter) && !GIVEN_NAMES.contains(word)
                && !GIVEN_NAMES_LIKE_DEMONYMS.contains(lower) && GIVEN_NAMES.contains(tokens.get(i + 1).text(text))
                && (PLURAL.matcher(lower).find() || DEMONYM.matcher(lower).find() || DESCRIBING_WORDS.contains(lower)
                    || POSITIONS.contains(word) || pluralWritten(text, word)) // the text scanned last
                && gazetteer.type(text.substring(tokens.get(i).start(), tokens.get(i + 1).end())).isEmpty();
    }

    /** Whether the text writes "the" and {@code word} alone, no capitalised word after it: "the Chiefs said". */
    private static boolean writtenAloneAfterThe(String text, String word) {
        return writtenAsWord(text, "the " + word, true) || writtenAsWord(text, "The " + word, true);
    }

    /**
     * Whether the text also writes {@code word} as a capitalised plural, a word of its own: a team's or a party's
     * member ("Charger Vincent Okafor" where the text names the Chargers).
     */
    private static boolean pluralWritten(String text, String word) {
        return writtenAsWord(text, word + "s", false);
    }

    /**
     * Whether the text holds {@code phrase} with no letter either side; with {@code alone}, not followed by a space
     * and a capitalised word either.
     */
    private static boolean writtenAsWord(String text, String phrase, boolean alone) {
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
            int after = at + phrase.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (after == text.length() || !Character.isLetter(text.charAt(after))
                    && !(alone && text.charAt(after) == ' ' && after + 1 < text.length()
                    && Character.isUpperCase(text.charAt(after + 1))))) {
                return true;
            }
        }
        return false;
    }

    /**
     * How many words at {@code from} name a known place or organisation that a given name and a surname follow
     * ("Prime Minister of the United Kingdom Tony Blair", "Microsoft Bill Gates"): they are the person's title or
     * employer, not his name. A single place word opening the run keeps its place unless a title came before it
     * ("Georgia Anne Smith"). 0 when none do.
     */
    private int knownNameBeforeGivenName(String text, List<Token> tokens, int from, int end, boolean titled) {
        for (int words = Math.min(3, end - from - 2); words >= 1; words--) {
            String given = tokens.get(from + words).text(text);
            Optional<EntityType> known = gazetteer.type(text.substring(tokens.get(from).start(),
                    tokens.get(from + words - 1).end()));
            if (words == 1 && !titled && known.filter(t -> t == EntityType.LOCATION).isPresent()) {
                continue; // "Georgia Anne Smith", "Jordan Peter Smith": one place word opening a name may be his own
            }
            if (GIVEN_NAMES.contains(given) && known.filter(t -> t != EntityType.PERSON).isPresent()) {
                return words;
            }
        }
        return 0;
    }

    private static final java.util.regex.Pattern PLURAL = java.util.regex.Pattern.compile("[^aeiouys]s$");
    /** A plural of people: "Republicans", "Democrats", "Fighters", "Officials" (not "Maps", "Teams"). */
    private static final java.util.regex.Pattern PEOPLE_PLURAL =
            java.util.regex.Pattern.compile("(?:ans|ats|ers|ors|ists|ents|als)$");
    /** A plural that may end a team's or a band's name: "Chiefs", "Yankees", "Lions", not "Cyrus" or "Ross". */
    private static final java.util.regex.Pattern TEAM_PLURAL = java.util.regex.Pattern.compile("^\\p{Lu}\\p{L}+[^aiosu]s$");

    /** Whether a word is a capitalised plural that may end a team's or a band's name ("Chiefs", "Yankees"). */
    static boolean isTeamPlural(String word) {
        return TEAM_PLURAL.matcher(word).find();
    }

    /**
     * Whether a name can be a team's: two words or more, no given name first, no "of", ending with a capitalised
     * plural that names no kind of body or place ("Kansas City Chiefs", not "Bloomberg News", "University of Athens"
     * or "Florida Keys").
     */
    static boolean isTeamName(String name) {
        String[] words = name.split(" ");
        if (words.length < 2 || lower(name).contains(" of ") || Gazetteer.get().type(name).isPresent()) {
            return false; // "Sisters Of Mercy", "United Nations"
        }
        String last = words[words.length - 1];
        return isTeamPlural(last) && !GIVEN_NAMES.contains(words[0]) && !ORG_CUES.contains(lower(last))
                && !PLACE_CUES.contains(lower(last));
    }

    /** Whether the words before a name's last open with a place: "New Orleans Saints", "Indianapolis Colts". */
    static boolean opensWithPlace(String name) {
        String[] words = name.split(" ");
        if (PLACE_STARTS.contains(lower(words[0]))) {
            return true;
        }
        Gazetteer gazetteer = Gazetteer.get();
        for (int n = words.length - 1; n >= 1; n--) {
            if (gazetteer.type(String.join(" ", java.util.Arrays.copyOf(words, n)))
                    .filter(t -> t == EntityType.LOCATION).isPresent()) {
                return true;
            }
        }
        return false;
    }
    private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile("(?:ian|ican|ean|ese)$");
    /** Given names that end as demonyms do ("Gillian", "Fabian"), beside those of given-names.txt. */
    private static final Set<String> GIVEN_NAMES_LIKE_DEMONYMS = Set.of("gillian", "jillian", "lillian", "marian",
            "fabian", "florian", "cyprian", "maximilian", "sebastian", "christian", "dean", "kean", "keegan");
    /** Positions of American football written before a player's name: "RB Pierre Okafor", "NT Jamal Smith". */
    private static final Set<String> POSITIONS = Set.of("QB", "RB", "FB", "WR", "TE", "OL", "OT", "OG", "DL",
            "DT", "NT", "DE", "LB", "CB", "DB", "FS", "SS");
    private static final Set<String> DESCRIBING_WORDS = Set.of("englishman", "frenchman", "irishman", "scotsman",
            "welshman", "dutchman", "vermonter", "marylander", "islander", "northerner", "southerner", "kicker",
            "linebacker", "quarterback", "receiver", "lineman", "defenseman", "defenceman", "goalkeeper", "goalie",
            "striker", "midfielder", "defender", "pitcher", "catcher", "shortstop", "coroner", "unabomber");

    private Optional<EntityType> type(String text, List<Token> tokens, int start, int end, String name,
                                      boolean titled, String nextWord, String previousWord) {
        if (name.startsWith("@")) {
            return Optional.empty();
        }
        if (titled) {
            return Optional.of(EntityType.PERSON);
        }
        if (name.contains("-") && java.util.Arrays.stream(name.split("-")).allMatch(
                part -> gazetteer.type(part).isPresent())) {
            return Optional.of(EntityType.OTHER); // "US-India ties": an adjective of two known names
        }
        Optional<EntityType> known = gazetteer.type(name);
        if (known.isPresent()) {
            return known;
        }
        if (name.equals("X") && (previousWord.equals("on") || nextWord.equals("("))) {
            return Optional.of(EntityType.ORGANIZATION); // the platform
        }
        String last = lower(tokens.get(end - 1).text(text));
        String firstWord = lower(tokens.get(start).text(text));
        int of = name.indexOf(" of ");
        String head = of > 0 ? lower(name.substring(name.lastIndexOf(' ', of - 1) + 1, of)) : "";
        if (ORG_CUES.contains(last) || ORG_DESCRIPTORS.contains(nextWord) || name.contains(" & ")
                || ORG_CUES.contains(head)) { // "Ministry of Fisheries", "Bank of Alder"
            return Optional.of(EntityType.ORGANIZATION);
        }
        if (PLACE_CUES.contains(last)) {
            return Optional.of(EntityType.LOCATION);
        }
        if (end - start == 2 && gazetteer.isKnownOrganization(tokens.get(start).text(text))
                && !GIVEN_NAMES.contains(tokens.get(start + 1).text(text))) {
            // "Microsoft Word", "Apple Watch": a company's product, no person; "Senate Republicans": a group of it
            return Optional.of(PEOPLE_PLURAL.matcher(last).find() ? EntityType.ORGANIZATION : EntityType.OTHER);
        }
        if (previousWord.equals("the") && end - start >= 2 && !nextWord.equals("of")
                && isTeamPlural(tokens.get(end - 1).text(text)) && !GIVEN_NAMES.contains(tokens.get(start).text(text))
                && writtenAloneAfterThe(text, tokens.get(end - 1).text(text))) {
            // "the Kansas City Chiefs" in a text that also writes "the Chiefs": a team, not "the Kwame Roberts case"
            return Optional.of(EntityType.ORGANIZATION);
        }
        if (end - start > 1 && PLACE_STARTS.contains(firstWord)
                || end - start == 2 && SPANISH_PLACE_STARTS.contains(firstWord)) {
            return Optional.of(EntityType.LOCATION);
        }
        if (name.length() >= 3 && name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().allMatch(
                c -> Character.isLetter(c) || c == '.')) {
            return Optional.of(EntityType.ORGANIZATION);
        }
        if (end - start >= 2 && end - start <= 3 && allCapitalisedWords(text, tokens, start, end)
                && (GIVEN_NAMES.contains(tokens.get(start).text(text)) || ageFollows(text, tokens, end))) {
            // "Jamal Williams" (a given name the tagger took for an adjective), "Dorian Kwabe, 25,": a person
            return Optional.of(EntityType.PERSON);
        }
        int words = 0;
        boolean allProper = true;
        for (int i = start; i < end; i++) {
            Token token = tokens.get(i);
            if (Character.isLetter(token.text(text).charAt(0))) {
                words++;
                allProper &= token.pos().equals("PROPN") && !token.text(text).chars().anyMatch(Character::isDigit);
            }
        }
        if (words >= 2 && words <= 3 && allProper) {
            return Optional.of(EntityType.PERSON);
        }
        return Optional.empty();
    }

    /** Whether every token of [start, end) is a capitalised word of letters (apostrophes and hyphens allowed). */
    private static boolean allCapitalisedWords(String text, List<Token> tokens, int start, int end) {
        for (int i = start; i < end; i++) {
            String word = tokens.get(i).text(text);
            if (!isCapitalised(word) || NOT_NAMES.contains(word) || isTitleWord(word)) {
                return false;
            }
            for (int k = 0; k < word.length(); k++) {
                char c = word.charAt(k);
                if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-') {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether an age in commas follows token {@code end - 1}: "Dorian Kwabe, 25, was arrested". */
    private static boolean ageFollows(String text, List<Token> tokens, int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end).text(text).equals(",")
                || !tokens.get(end + 2).text(text).equals(",")) {
            return false;
        }
        String age = tokens.get(end + 1).text(text);
        return age.length() <= 3 && age.chars().allMatch(Character::isDigit) && Integer.parseInt(age) > 0
                && Integer.parseInt(age) < 120;
    }

    /** The end of a title starting at token i (exclusive), or i when none starts there. */
    /** The titles by their first word, each as its words, in the order of {@link #TITLES}. */
    private static final Map<String, List<String[]>> TITLES_BY_FIRST_WORD = titlesByFirstWord();

    /** Whether a word (any case) opens a title: "Senator", "Gov.", "Prime". */
    static boolean isTitleWord(String word) {
        return TITLES_BY_FIRST_WORD.containsKey(word.toLowerCase(Locale.ROOT));
    }

    private static Map<String, List<String[]>> titlesByFirstWord() {
        Map<String, List<String[]>> byFirst = new java.util.HashMap<>();
        for (String title : TITLES) {
            String[] words = title.split(" ");
            byFirst.computeIfAbsent(words[0], k -> new java.util.ArrayList<>()).add(words);
        }
        return byFirst;
    }

    /**
     * Whether the run [first, end) is one common noun for a kind of organisation ("Council", "Union", "Police") that a
     * title in lower case and a name follow: "Council leader Piet Brennan", "Union secretary Amara Mensah". The word
     * says which body the person leads, capitalised as the sentence's first word or as the title's; it names no
     * organisation. A name the gazetteer knows ("Congress leader ...") stays a name.
     */
    private boolean isTitleModifier(String text, List<Token> tokens, int first, int end) {
        if (end - first != 1 || end + 1 >= tokens.size()) {
            return false;
        }
        String word = tokens.get(first).text(text);
        if (!ORG_CUES.contains(lower(word)) || gazetteer.type(word).isPresent()) {
            return false;
        }
        int titleEnd = titleAt(text, tokens, end, tokens.size());
        return titleEnd > end && Character.isLowerCase(tokens.get(end).text(text).charAt(0))
                && titleEnd < tokens.size() && isCapitalised(tokens.get(titleEnd).text(text));
    }

    /** Where a title that starts at token {@code i} ends (the first of {@link #TITLES} that fits), else {@code i}. */
    private static int titleAt(String text, List<Token> tokens, int i, int limit) {
        if (i >= limit) {
            return i;
        }
        List<String[]> candidates = TITLES_BY_FIRST_WORD.get(lower(tokens.get(i).text(text)));
        if (candidates == null) {
            return i;
        }
        for (String[] words : candidates) {
            if (i + words.length > limit) {
                continue;
            }
            boolean match = true;
            for (int w = 1; w < words.length && match; w++) {
                match = lower(tokens.get(i + w).text(text)).equals(words[w]);
            }
            if (match) {
                return i + words.length;
            }
        }
        return i;
    }

    /** A title in lower case just before the name: "foreign minister S Jaishankar". */
    private static String lowercaseTitleBefore(String text, List<Token> tokens, int first) {
        for (int span = 4; span >= 1; span--) {
            int from = first - span;
            if (from < 0) {
                continue;
            }
            if (titleAt(text, tokens, from, first) == first) {
                return text.substring(tokens.get(from).start(), tokens.get(first - 1).end());
            }
        }
        return "";
    }

    private boolean startsName(String text, List<Token> tokens, int i, List<TimeExpression> times,
                               Set<String> namesMidSentence) {
        Token token = tokens.get(i);
        char first = text.charAt(token.start());
        if (first != '@' && !Character.isUpperCase(first)) {
            return false; // neither a handle nor capitalised, told by the first character without the word's string
        }
        String word = token.text(text);
        if (word.startsWith("@") && word.length() > 1) {
            return true;
        }
        if (!isCapitalised(word) || insideTime(token, times)) {
            return false;
        }
        if (i == 0 || isOpening(tokens.get(i - 1).text(text))) {
            return token.pos().equals("PROPN") || gazetteer.type(word).isPresent()
                    || titleAt(text, tokens, i, tokens.size()) > i || namesMidSentence.contains(word)
                    || GIVEN_NAMES.contains(word) && i + 1 < tokens.size()
                    && isCapitalised(tokens.get(i + 1).text(text));
        }
        return !NOT_NAMES.contains(word);
    }

    private static boolean continuesName(String text, List<Token> tokens, int i, List<TimeExpression> times) {
        Token token = tokens.get(i);
        char first = text.charAt(token.start());
        if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
            return false;
        }
        String word = token.text(text);
        return (isCapitalised(word) || (Character.isDigit(word.charAt(0)) && tokens.get(i - 1).pos().equals("PROPN")
                && word.length() <= 3)) && !insideTime(token, times) && !word.startsWith("@");
    }

    /** A hyphen or ampersand that joins two parts of one name: "Indo-Pacific", "Brennan & Tait". */
    private static boolean joins(String text, List<Token> tokens, int i) {
        String word = tokens.get(i).text(text);
        if (word.equals("&")) {
            return true;
        }
        return word.equals("-") && i + 1 < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).start()
                && tokens.get(i + 1).start() == tokens.get(i).end();
    }

    private static boolean isOpening(String word) {
        return word.equals("“") || word.equals("\"") || word.equals("(") || word.equals("‘") || word.equals("'")
                || word.equals(":") || word.equals("—") || word.equals("-");
    }

    private static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static boolean insideTime(Token token, List<TimeExpression> times) {
        for (TimeExpression time : times) {
            if (token.start() < time.end() && time.start() < token.end()) {
                return true;
            }
        }
        return false;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
