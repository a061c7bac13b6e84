package org.corroborate.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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
    }

    public List<List<EntityMention>> resolve(List<List<EntityCandidate>> articles) {
        Map<String, List<String>> fullNamesBySurname = new HashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, EnumMap<EntityType, Integer>> typeVotes = new HashMap<>();
        for (List<EntityCandidate> article : articles) {
            for (EntityCandidate c : article) {
                String[] words = words(c.name());
                if (c.type().filter(t -> t == EntityType.PERSON).isPresent() && words.length >= 2) {
                    fullNamesBySurname.computeIfAbsent(surname(c.name()), k -> new ArrayList<>()).add(c.name());
                    frequency.merge(c.name(), 1, Integer::sum);
                }
                c.type().ifPresent(t -> typeVotes.computeIfAbsent(c.name(), k -> new EnumMap<>(EntityType.class))
                        .merge(t, 1, Integer::sum));
            }
        }
        Map<String, String> canonicalBySurname = new HashMap<>();
        fullNamesBySurname.forEach((surname, names) -> canonicalBySurname.put(surname, names.stream()
                .max(Comparator.<String>comparingInt(n -> words(n).length)
                        .thenComparing(n -> n.contains("."))
                        .thenComparingInt(n -> frequency.getOrDefault(n, 0))
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow()));

        // "the Council" after "Port Alder City Council": a bare noun for a kind of body is the one body of that kind
        Map<String, String> organisationByNoun = new HashMap<>();
        Map<String, Integer> organisationsWithNoun = new HashMap<>();
        typeVotes.forEach((name, votes) -> {
            String[] words = words(name);
            if (words.length >= 2 && majority(votes).filter(t -> t == EntityType.ORGANIZATION).isPresent()) {
                // the head of the name only: "Port Alder City Council", "Ministry of Fisheries"; a "House" is not
                // the "White House", nor a "Union" the "European Union"
                String head = (words.length > 2 && words[1].equalsIgnoreCase("of") ? words[0]
                        : words[words.length - 1]).toLowerCase(Locale.ROOT);
                if (BODIES.contains(head)) {
                    organisationByNoun.put(head, name);
                    organisationsWithNoun.merge(head, 1, Integer::sum);
                }
            }
        });
        organisationsWithNoun.forEach((noun, count) -> {
            if (count > 1) {
                organisationByNoun.remove(noun); // two councils: which one the bare word means is unknown
            }
        });
        // what handles are compared with, made once (in the map's order, which decides between two that match)
        List<HandleKey> handleKeys = new ArrayList<>();
        for (String person : canonicalBySurname.values()) {
            handleKeys.add(new HandleKey(person, letters(person), letters(surname(person)),
                    surname(person).length() >= 4));
        }
        List<List<EntityMention>> resolved = new ArrayList<>();
        for (List<EntityCandidate> article : articles) {
            List<EntityMention> mentions = new ArrayList<>();
            for (EntityCandidate c : article) {
                resolve(c, canonicalBySurname, handleKeys, typeVotes)
                        .map(m -> m.type() == EntityType.ORGANIZATION && organisationByNoun.containsKey(
                                m.canonical().toLowerCase(Locale.ROOT)) ? m.withCanonical(organisationByNoun.get(
                                m.canonical().toLowerCase(Locale.ROOT)), EntityType.ORGANIZATION) : m)
                        .ifPresent(mentions::add);
            }
            resolved.add(mentions);
        }
        return resolved;
    }

    private Optional<EntityMention> resolve(EntityCandidate c, Map<String, String> canonicalBySurname,
                                            List<HandleKey> handleKeys,
                                            Map<String, EnumMap<EntityType, Integer>> typeVotes) {
        String name = c.name();
        if (name.startsWith("@")) {
            String handle = letters(name);
            for (HandleKey key : handleKeys) {
                if (handle.contains(key.letters()) || (key.longSurname() && handle.contains(key.surnameLetters()))) {
                    return Optional.of(mention(c, key.person(), EntityType.PERSON));
                }
            }
            return Optional.of(mention(c, name, EntityType.OTHER));
        }
        Optional<EntityType> type = c.type().isPresent() ? majority(typeVotes.get(name)) : Optional.empty();
        String[] words = words(name);
        String fullPerson = canonicalBySurname.get(surname(name));
        boolean personLike = type.isEmpty() || type.get() == EntityType.PERSON;
        if (fullPerson != null && personLike && compatible(name, fullPerson)) {
            return Optional.of(mention(c, fullPerson, EntityType.PERSON));
        }
        if (type.isPresent()) {
            return Optional.of(mention(c, gazetteer.canonical(name), type.get()));
        }
        if (c.placeContext() && words.length <= 3) {
            return Optional.of(mention(c, name, EntityType.LOCATION));
        }
        if (!c.title().isEmpty()) {
            return Optional.of(mention(c, name, EntityType.PERSON));
        }
        return Optional.empty();
    }

    /** Whether a shorter form can be the full name: same surname, and first names equal or one an initial. */
    private static boolean compatible(String name, String full) {
        String[] a = words(name);
        String[] b = words(full);
        if (a.length == 1) {
            return true;
        }
        String firstA = a[0].replace(".", "");
        String firstB = b[0].replace(".", "");
        return firstA.equalsIgnoreCase(firstB) || (firstA.length() == 1 && firstB.startsWith(firstA))
                || (firstB.length() == 1 && firstA.startsWith(firstB));
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
