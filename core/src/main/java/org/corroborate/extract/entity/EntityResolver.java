package org.corroborate.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves the names of the articles of one story together, so that every mention of an entity carries one
 * canonical name and one type: "Trump", "Mr Trump" and "@realDonaldTrump" become "Donald Trump" when the story names
 * him in full; "S Jaishankar" and "S. Jaishankar" become one; a bare "Washington" after "in" is a place; a single
 * capitalised word that resolves to nothing is dropped rather than guessed; a bare "Council" is the story's one
 * council ("Port Alder City Council") when it names only one. Stateless and thread-safe.
 */
public final class EntityResolver {
    /** Kinds of public body a story names once in full and then by the bare noun ("the Council"). */
    private static final java.util.Set<String> BODIES = java.util.Set.of("council", "ministry", "commission",
            "department", "committee", "authority", "agency", "board");
    private static final java.util.regex.Pattern NOT_LETTER = java.util.regex.Pattern.compile("[^\\p{L}]");
    private final Gazetteer gazetteer = Gazetteer.get();

    /** A person's full name with its letters and its surname's, as a handle ("@jsmith") is matched against them. */
    private record HandleKey(String person, String letters, String surnameLetters, boolean longSurname) {
        static HandleKey of(String person) {
            return new HandleKey(person, EntityResolver.letters(person), EntityResolver.letters(surname(person)),
                    surname(person).length() >= 4);
        }
    }

    /** Lower-case words a name may hold between its capitalised ones ("Charles de Gaulle", "Osama bin Laden"). */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("de", "da", "das", "do", "dos", "del",
            "della", "der", "den", "di", "du", "van", "von", "bin", "bint", "ibn", "al", "el", "la", "le", "y", "ter",
            "ten", "zu", "st.");
    /**
     * Capitalised words that are no part of a person's name but of a headline run into one ("John Roberts Did Not
     * Give Rise To ..."): function words and the commonest verbs of headlines.
     */
    private static final java.util.Set<String> HEADLINE_WORDS = java.util.Set.of("the", "a", "an", "of", "to", "in",
            "on", "at", "for", "with", "and", "or", "but", "not", "no", "is", "are", "was", "were", "be", "been", "did",
            "does", "do", "has", "have", "had", "would", "could", "should", "can", "says", "said", "say", "tells",
            "told", "by", "from", "as", "into", "over", "after", "about", "than", "that", "this", "his", "her",
            "their", "its", "who", "what", "why", "how", "just", "gave", "gives", "joins", "thinks");
    /** At most this many words of a person's name other than particles: a longer "name" is a headline. */
    private static final int MAX_NAME_WORDS = 4;

    /**
     * The names of a batch of articles (or of one story), one list per article, each resolved to a canonical name
     * and a type. A mention takes the full name its own article gives it ("Williams" after "Jamal Williams"); one
     * whose article gives none takes the full name another article gives only when the articles name one person
     * with that surname ("Modi" in one report, "Narendra Modi" in the next), and stays as it is when they name
     * several ("Roy Williams" in one article, "Jamal Williams" in another). A full name becomes the fullest form the
     * articles give of it ("S Jaishankar", "S. Jaishankar"). Only what looks like a person's name is canonical: a
     * few capitalised words, particles allowed, never a headline.
     */
    public List<List<EntityMention>> resolve(List<List<EntityCandidate>> articles) {
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, EnumMap<EntityType, Integer>> typeVotes = new HashMap<>();
        // full names by surname: of each article, and of all of them (in input order)
        List<Map<String, java.util.Set<String>>> ownBySurname = new ArrayList<>();
        Map<String, java.util.Set<String>> allBySurname = new LinkedHashMap<>();
        java.util.Set<String> teamNames = teamNames(articles);
        for (List<EntityCandidate> article : articles) {
            Map<String, java.util.Set<String>> own = new LinkedHashMap<>();
            for (EntityCandidate c : article) {
                if (teamNames.contains(c.name())) {
                    typeVotes.computeIfAbsent(c.name(), k -> new EnumMap<>(EntityType.class))
                            .merge(EntityType.ORGANIZATION, 1, Integer::sum);
                    continue;
                }
                if (c.type().filter(t -> t == EntityType.PERSON).isPresent()) {
                    String person = personPart(c.name());
                    if (words(person).length >= 2 && nameLike(person)) {
                        own.computeIfAbsent(surname(person), k -> new LinkedHashSet<>()).add(person);
                        allBySurname.computeIfAbsent(surname(person), k -> new LinkedHashSet<>()).add(person);
                        frequency.merge(person, 1, Integer::sum);
                    }
                }
                c.type().ifPresent(t -> typeVotes.computeIfAbsent(c.name(), k -> new EnumMap<>(EntityType.class))
                        .merge(t, 1, Integer::sum));
            }
            ownBySurname.add(own);
        }
        Names names = new Names(allBySurname, frequency);

        // "the Council" after "Port Alder City Council": a bare noun for a kind of body is the one body of that kind
        // its article names, or, when its article names none, the one body of that kind all the articles name
        List<Map<String, java.util.Set<String>>> ownBodies = new ArrayList<>();
        Map<String, java.util.Set<String>> allBodies = new HashMap<>();
        Map<String, Optional<String>> bodyNoun = new HashMap<>();
        List<Map<String, String>> teams = new ArrayList<>();
        for (List<EntityCandidate> article : articles) {
            Map<String, java.util.Set<String>> own = new HashMap<>();
            for (EntityCandidate c : article) {
                if (c.type().isEmpty()) {
                    continue;
                }
                bodyNoun.computeIfAbsent(c.name(), n -> bodyNoun(n, typeVotes.get(n))).ifPresent(head -> {
                    own.computeIfAbsent(head, k -> new LinkedHashSet<>()).add(c.name());
                    allBodies.computeIfAbsent(head, k -> new LinkedHashSet<>()).add(c.name());
                });
            }
            ownBodies.add(own);
            teams.add(teams(article, typeVotes));
        }
        List<List<EntityMention>> resolved = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Map<String, java.util.Set<String>> own = ownBySurname.get(i);
            Map<String, java.util.Set<String>> bodies = ownBodies.get(i);
            List<HandleKey> ownHandles = null;
            List<EntityMention> mentions = new ArrayList<>();
            for (EntityCandidate c : articles.get(i)) {
                if (c.name().startsWith("@") && ownHandles == null) {
                    ownHandles = new ArrayList<>();
                    for (java.util.Set<String> persons : own.values()) {
                        for (String person : persons) {
                            ownHandles.add(HandleKey.of(names.lift(person)));
                        }
                    }
                }
                Optional<EntityMention> mention = resolve(c, own, names, ownHandles, typeVotes)
                        .map(m -> m.type() == EntityType.ORGANIZATION ? body(m, bodies, allBodies) : m);
                String team = team(c, mention, teams.get(i));
                if (team != null) {
                    mention = Optional.of(mention(c, team, EntityType.ORGANIZATION));
                }
                mention.ifPresent(mentions::add);
            }
            resolved.add(mentions);
        }
        return resolved;
    }

    /**
     * The names of teams that are teams in every article of the input: a team's name ({@link
     * EntityRecognizer#isTeamName}) the recogniser typed as an organisation in one article at least ("the Kansas City
     * Chiefs" where its text also says "the Chiefs") and that opens with a place ({@link
     * EntityRecognizer#opensWithPlace}), whatever the recogniser made of it where the text gave no such sign (a
     * headline's "Kansas City Chiefs beat ..."). "Kendall Rivers" of "the Kendall Rivers trail" opens with no place,
     * and stays a person elsewhere.
     */
    private static java.util.Set<String> teamNames(List<List<EntityCandidate>> articles) {
        java.util.Set<String> teams = new java.util.HashSet<>();
        for (List<EntityCandidate> article : articles) {
            for (EntityCandidate c : article) {
                if (c.type().filter(t -> t == EntityType.ORGANIZATION).isPresent()
                        && EntityRecognizer.isTeamName(c.name()) && EntityRecognizer.opensWithPlace(c.name())) {
                    teams.add(c.name());
                }
            }
        }
        return teams;
    }

    /**
     * An article's teams by the plural that ends their names ("Colts" to "Indianapolis Colts"), each plural that ends
     * the name of one organisation only.
     */
    private static Map<String, String> teams(List<EntityCandidate> article,
                                             Map<String, EnumMap<EntityType, Integer>> typeVotes) {
        Map<String, java.util.Set<String>> byPlural = new HashMap<>();
        for (EntityCandidate c : article) {
            String[] words = words(c.name());
            if (EntityRecognizer.isTeamName(c.name()) && c.type().isPresent()
                    && majority(typeVotes.get(c.name())).filter(t -> t == EntityType.ORGANIZATION).isPresent()) {
                byPlural.computeIfAbsent(words[words.length - 1], k -> new java.util.HashSet<>()).add(c.name());
            }
        }
        Map<String, String> teams = new HashMap<>();
        byPlural.forEach((plural, names) -> {
            if (names.size() == 1) {
                teams.put(plural, names.iterator().next());
            }
        });
        return teams;
    }

    /** The head noun of an organisation's name when it names a kind of public body ("council"), else empty. */
    private static Optional<String> bodyNoun(String name, EnumMap<EntityType, Integer> votes) {
        String[] words = words(name);
        if (words.length < 2 || majority(votes).filter(t -> t == EntityType.ORGANIZATION).isEmpty()) {
            return Optional.empty();
        }
        // the head of the name only: "Port Alder City Council", "Ministry of Fisheries"; a "House" is not the
        // "White House", nor a "Union" the "European Union"
        String head = (words.length > 2 && words[1].equalsIgnoreCase("of") ? words[0]
                : words[words.length - 1]).toLowerCase(Locale.ROOT);
        return BODIES.contains(head) ? Optional.of(head) : Optional.empty();
    }

    /**
     * The team a bare plural of its article names ("the Colts", "Colts quarterback" where the article names the
     * Indianapolis Colts): when the word, untitled, is unresolved or resolved to no more than itself and the article
     * names one organisation ending with it; null else. Only its own article's: another article's "Stones were
     * thrown" is no band. A surname resolved to a person stays the person, and a place known by name ("Athens")
     * stays the place.
     */
    private static String team(EntityCandidate c, Optional<EntityMention> resolved, Map<String, String> teams) {
        if (!c.title().isEmpty() || c.name().indexOf(' ') >= 0 || !EntityRecognizer.isTeamPlural(c.name())
                || resolved.filter(m -> !m.canonical().equals(c.name())).isPresent()
                || Gazetteer.get().type(c.name()).isPresent()) {
            return null;
        }
        return teams.get(c.name());
    }

    /** An organisation named by a bare noun ("Council") as the one body of that kind named, else as it is. */
    private static EntityMention body(EntityMention m, Map<String, java.util.Set<String>> own,
                                      Map<String, java.util.Set<String>> all) {
        String noun = m.canonical().toLowerCase(Locale.ROOT);
        if (!BODIES.contains(noun)) {
            return m;
        }
        java.util.Set<String> bodies = own.containsKey(noun) ? own.get(noun) : all.get(noun);
        // two councils: which one the bare word means is unknown
        return bodies != null && bodies.size() == 1
                ? m.withCanonical(bodies.iterator().next(), EntityType.ORGANIZATION) : m;
    }

    /** The persons' full names of all the articles resolved together, and what each resolves to. */
    private static final class Names {
        private final Map<String, java.util.Set<String>> bySurname;
        private final Map<String, Integer> frequency;
        private final Map<String, String> lifted = new HashMap<>();
        private List<HandleKey> handles;

        Names(Map<String, java.util.Set<String>> bySurname, Map<String, Integer> frequency) {
            this.bySurname = bySurname;
            this.frequency = frequency;
        }

        java.util.Set<String> withSurname(String surname) {
            return bySurname.get(surname);
        }

        /**
         * The fullest form of a name among the full names given ({@code pool}): the one with most words (then with
         * initials written with a full stop, then the most frequent) among those it can be, when these can all be
         * one person; null when there are none, or several persons ("Williams" with "Roy" and "Jamal Williams").
         */
        String canonical(String name, java.util.Set<String> pool) {
            if (pool == null) {
                return null;
            }
            List<String> candidates = new ArrayList<>(2);
            for (String full : pool) {
                if (compatible(name, full)) {
                    candidates.add(full);
                }
            }
            // "Democrat Bernie Sanders", "Doctor Regina Benjamin": a word before a full name is a description
            if (candidates.size() > 1) {
                List<String> described = new ArrayList<>();
                for (String c : candidates) {
                    for (String other : candidates) {
                        if (other.length() < c.length() && endsWithName(c, other) && describes(c, other)) {
                            described.add(c);
                            break;
                        }
                    }
                }
                candidates.removeAll(described);
            }
            for (int a = 0; a < candidates.size(); a++) {
                for (int b = a + 1; b < candidates.size(); b++) {
                    if (!compatible(candidates.get(a), candidates.get(b))) {
                        return null;
                    }
                }
            }
            return candidates.stream().max(Comparator.<String>comparingInt(n -> words(n).length)
                    .thenComparing(n -> n.contains("."))
                    .thenComparingInt(n -> frequency.getOrDefault(n, 0))
                    .thenComparing(Comparator.reverseOrder())).orElse(null);
        }

        /** A full name as all the articles give it: "S Jaishankar" becomes "S. Jaishankar" where one writes that. */
        String lift(String full) {
            return lifted.computeIfAbsent(full, f -> {
                // to the fullest form: "Democrat Hillary Clinton" to "Hillary Clinton" to "Hillary Rodham Clinton"
                String name = f;
                for (int step = 0; step < 4; step++) {
                    String next = canonical(name, bySurname.get(surname(name)));
                    if (next == null || next.equals(name)) {
                        break;
                    }
                    name = next;
                }
                return name;
            });
        }

        /** Each person once, as handles are matched against them (in input order, which decides between two). */
        List<HandleKey> handles() {
            if (handles == null) {
                java.util.Set<String> persons = new LinkedHashSet<>();
                bySurname.values().forEach(names -> names.forEach(n -> persons.add(lift(n))));
                handles = persons.stream().map(HandleKey::of).toList();
            }
            return handles;
        }

        /** Whether all the articles name one person with this surname. */
        boolean onePerson(String surname) {
            java.util.Set<String> names = bySurname.get(surname);
            return names != null && canonical(surname, names) != null;
        }
    }

    private Optional<EntityMention> resolve(EntityCandidate c, Map<String, java.util.Set<String>> own, Names names,
                                            List<HandleKey> ownHandles,
                                            Map<String, EnumMap<EntityType, Integer>> typeVotes) {
        String name = c.name();
        if (name.startsWith("@")) {
            String handle = letters(name);
            // the whole name in the handle ("@realDonaldTrump"): a person of its own article first, then of any
            for (List<HandleKey> keys : List.of(ownHandles, names.handles())) {
                for (HandleKey key : keys) {
                    if (handle.contains(key.letters())) {
                        return Optional.of(mention(c, names.lift(key.person()), EntityType.PERSON));
                    }
                }
            }
            // the surname only ("@jsmith"): a person of its own article, or the one person of that surname
            for (List<HandleKey> keys : List.of(ownHandles, names.handles())) {
                for (HandleKey key : keys) {
                    if (key.longSurname() && handle.contains(key.surnameLetters())
                            && (keys == ownHandles || names.onePerson(surname(key.person())))) {
                        return Optional.of(mention(c, names.lift(key.person()), EntityType.PERSON));
                    }
                }
            }
            return Optional.of(mention(c, name, EntityType.OTHER));
        }
        Optional<EntityType> type = c.type().isPresent() ? majority(typeVotes.get(name)) : Optional.empty();
        boolean personLike = type.isEmpty() || type.get() == EntityType.PERSON;
        boolean ambiguous = false;
        if (personLike) {
            String person = type.isPresent() ? personPart(name) : name;
            if (type.isPresent() && words(person).length >= 2 && !nameLike(person)) {
                return Optional.empty(); // a headline or sentence taken for a name: no person's name
            }
            String surname = surname(person);
            // a full name of its own article, else the one person of that surname the articles name
            String full = names.canonical(person, own.get(surname));
            if (full == null) {
                full = names.canonical(person, names.withSurname(surname));
            }
            ambiguous = full == null && names.withSurname(surname) != null && words(person).length == 1;
            if (full != null) {
                return Optional.of(mention(c, names.lift(full), EntityType.PERSON));
            }
            if (type.isPresent() && !person.equals(name)) {
                return Optional.of(mention(c, person, EntityType.PERSON)); // "Ginsburg of the Supreme Court"
            }
        }
        if (type.isPresent()) {
            return Optional.of(mention(c, gazetteer.canonical(name), type.get()));
        }
        if (c.placeContext() && words(name).length <= 3) {
            return Optional.of(mention(c, name, EntityType.LOCATION));
        }
        if (!c.title().isEmpty() || ambiguous) {
            // "Williams" where the articles name several: the surname as it is rather than a guess between them
            return Optional.of(mention(c, name, EntityType.PERSON));
        }
        return Optional.empty();
    }

    /**
     * A person's name as the canonical name takes it: without a place after " of " ("Terry E. Branstad of Iowa", "Dana
     * Ollerby of New Hampshire": one to three capitalised words) and without punctuation run into its end
     * ("Clinton:", "Sanders’"); the name as it stands else.
     */
    static String personPart(String name) {
        String[] words = words(name);
        for (int i = 1; i < words.length - 1; i++) {
            if (words[i].equals("of") && words.length - i - 1 <= 3 && capitalised(words, i + 1)) {
                return trimEnd(String.join(" ", java.util.Arrays.copyOf(words, i)));
            }
        }
        return trimEnd(name);
    }

    private static boolean capitalised(String[] words, int from) {
        for (int i = from; i < words.length; i++) {
            if (words[i].isEmpty() || !Character.isUpperCase(words[i].charAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** Without the characters at its end that are neither letters nor full stops. */
    private static String trimEnd(String name) {
        int end = name.length();
        while (end > 0 && !Character.isLetter(name.charAt(end - 1)) && name.charAt(end - 1) != '.') {
            end--;
        }
        return end == name.length() || end == 0 ? name : name.substring(0, end);
    }

    /**
     * Whether a name can be a person's canonical name: capitalised words without digits (initials, hyphens and
     * apostrophes allowed) with lower-case particles between them ("Charles de Gaulle"), at most {@value #MAX_NAME_WORDS} besides
     * the particles, and none a function word or verb of a headline ("Paul Ryan Joins Growing List of ...").
     */
    static boolean nameLike(String name) {
        String[] words = words(name);
        if (words.length == 0 || words.length > MAX_NAME_WORDS + 2) {
            return false;
        }
        int core = 0;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.isEmpty()) {
                return false;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (i > 0 && i < words.length - 1 && PARTICLES.contains(lower)) {
                continue;
            }
            // a headline's verbs and function words; a name of two words may hold one ("Edward Said", "Can
            // Dündar", "Do Kwon"), a headline taken for a name has more words
            if (!Character.isUpperCase(word.charAt(0)) || words.length > 2 && HEADLINE_WORDS.contains(lower)) {
                return false;
            }
            for (int k = 1; k < word.length(); k++) {
                if (Character.isDigit(word.charAt(k))) {
                    return false;
                }
            }
            core++;
        }
        return core <= MAX_NAME_WORDS;
    }

    /**
     * Whether a shorter form can be the full name: same surname, and first names equal or one an initial, or the one
     * name the other's last words ("Bernie Sanders" in "Democrat Bernie Sanders").
     */
    private static boolean compatible(String name, String full) {
        String[] a = words(name);
        String[] b = words(full);
        if (a.length == 1) {
            return true;
        }
        String firstA = a[0].replace(".", "");
        String firstB = b[0].replace(".", "");
        return firstA.equalsIgnoreCase(firstB) || (firstA.length() == 1 && firstB.startsWith(firstA))
                || (firstB.length() == 1 && firstA.startsWith(firstB)) || endsWithName(name, full)
                || endsWithName(full, name);
    }

    /** Whether the longer name ends with all the words of the shorter one, two or more. */
    /** Parties a writer puts before a name as a description ("Democrat Bernie Sanders"). */
    private static final java.util.Set<String> PARTIES = java.util.Set.of("democrat", "democratic", "republican",
            "gop", "conservative", "labour", "liberal", "independent", "socialist", "tory", "progressive",
            "libertarian", "green");

    /**
     * Whether the words {@code longer} puts before {@code shorter} describe the person (a title or a party:
     * "Democrat Bernie Sanders", "Senator Ines Okafor") rather than being more of the name ("Andrés Manuel López
     * Obrador" is not "López Obrador" described).
     */
    private static boolean describes(String longer, String shorter) {
        String[] l = words(longer);
        int extra = l.length - words(shorter).length;
        for (int i = 0; i < extra; i++) {
            String word = l[i].toLowerCase(Locale.ROOT);
            if (!PARTIES.contains(word) && !EntityRecognizer.isTitleWord(word)) {
                return false;
            }
        }
        return extra > 0;
    }

    /** Whether the longer name ends with all the words of the shorter one, two or more. */
    private static boolean endsWithName(String longer, String shorter) {
        String[] l = words(longer);
        String[] s = words(shorter);
        if (s.length < 2 || s.length >= l.length) {
            return false;
        }
        for (int i = 1; i <= s.length; i++) {
            if (!l[l.length - i].equalsIgnoreCase(s[s.length - i])) {
                return false;
            }
        }
        return true;
    }

    private static EntityMention mention(EntityCandidate c, String canonical, EntityType type) {
        return new EntityMention(c.start(), c.end(), c.text(), type, canonical, c.title());
    }

    private static Optional<EntityType> majority(EnumMap<EntityType, Integer> votes) {
        if (votes == null || votes.isEmpty()) {
            return Optional.empty();
        }
        return votes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private static String surname(String name) {
        String[] words = words(name);
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    private static String letters(String s) {
        return NOT_LETTER.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * The name's words, as {@code Pattern.compile("\\s+").split(name)} gives them (an empty first word when the name
     * opens with white space, none at its end), without the regular expression: names are split several times each.
     */
    static String[] words(String name) {
        List<String> words = null;
        int from = 0;
        int n = name.length();
        for (int i = 0; i < n; ) {
            if (space(name.charAt(i))) {
                int end = i + 1;
                while (end < n && space(name.charAt(end))) {
                    end++;
                }
                if (words == null) {
                    words = new ArrayList<>(4);
                }
                words.add(name.substring(from, i));
                from = end;
                i = end;
            } else {
                i++;
            }
        }
        if (words == null) {
            return new String[] {name};
        }
        words.add(name.substring(from));
        int size = words.size();
        while (size > 0 && words.get(size - 1).isEmpty()) {
            size--;
        }
        return words.subList(0, size).toArray(new String[0]);
    }

    /** White space as {@code \\s} has it: {@code [ \\t\\n\\x0B\\f\\r]}. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
