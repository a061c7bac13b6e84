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
 * capitalised word that resolves to nothing is dropped rather than guessed. Stateless and thread-safe.
 */
public final class EntityResolver {
    private final Gazetteer gazetteer = Gazetteer.get();

    public List<List<EntityMention>> resolve(List<List<EntityCandidate>> articles) {
        Map<String, List<String>> fullNamesBySurname = new HashMap<>();
        Map<String, Integer> frequency = new HashMap<>();
        Map<String, EnumMap<EntityType, Integer>> typeVotes = new HashMap<>();
        for (List<EntityCandidate> article : articles) {
            for (EntityCandidate c : article) {
                String[] words = c.name().split("\\s+");
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
                .max(Comparator.<String>comparingInt(n -> n.split("\\s+").length)
                        .thenComparing(n -> n.contains("."))
                        .thenComparingInt(n -> frequency.getOrDefault(n, 0))
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow()));

        List<List<EntityMention>> resolved = new ArrayList<>();
        for (List<EntityCandidate> article : articles) {
            List<EntityMention> mentions = new ArrayList<>();
            for (EntityCandidate c : article) {
                resolve(c, canonicalBySurname, typeVotes).ifPresent(mentions::add);
            }
            resolved.add(mentions);
        }
        return resolved;
    }

    private Optional<EntityMention> resolve(EntityCandidate c, Map<String, String> canonicalBySurname,
                                            Map<String, EnumMap<EntityType, Integer>> typeVotes) {
        String name = c.name();
        if (name.startsWith("@")) {
            String handle = letters(name);
            for (String person : canonicalBySurname.values()) {
                if (handle.contains(letters(person)) || (surname(person).length() >= 4
                        && handle.contains(letters(surname(person))))) {
                    return Optional.of(mention(c, person, EntityType.PERSON));
                }
            }
            return Optional.of(mention(c, name, EntityType.OTHER));
        }
        Optional<EntityType> type = c.type().isPresent() ? majority(typeVotes.get(name)) : Optional.empty();
        String[] words = name.split("\\s+");
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
        String[] a = name.split("\\s+");
        String[] b = full.split("\\s+");
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
        String[] words = name.split("\\s+");
        return words[words.length - 1].toLowerCase(Locale.ROOT);
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }
}
