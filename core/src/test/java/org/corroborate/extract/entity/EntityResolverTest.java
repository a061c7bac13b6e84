package org.corroborate.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Names resolved across articles: a mention takes its own article's full name, another article's only when the
 * articles name one person with that surname, and only names that look like names are canonical. Invented names.
 */
class EntityResolverTest {
    private final EntityResolver resolver = new EntityResolver();

    private static EntityCandidate person(String name) {
        return new EntityCandidate(0, name.length(), name, name, Optional.of(EntityType.PERSON), "", false, false);
    }

    private static EntityCandidate untyped(String name) {
        return new EntityCandidate(0, name.length(), name, name, Optional.empty(), "", false, false);
    }

    private static EntityCandidate organisation(String name) {
        return new EntityCandidate(0, name.length(), name, name, Optional.of(EntityType.ORGANIZATION), "", false,
                false);
    }

    @SafeVarargs
    private List<List<String>> canonical(List<EntityCandidate>... articles) {
        List<List<String>> out = new ArrayList<>();
        for (List<EntityMention> article : resolver.resolve(List.of(articles))) {
            out.add(article.stream().map(m -> m.type() + ":" + m.canonical()).toList());
        }
        return out;
    }

    @Test
    void twoUnrelatedArticlesWithDifferentWilliamsesKeepTheirOwn() {
        // a quarterback's arrest, and a coach's retirement in another article of the same batch
        List<List<String>> out = canonical(
                List.of(person("Brannoc Williams"), untyped("Williams"), person("Williams")),
                List.of(person("Tovin Williams"), person("Williams")));
        assertThat(out.get(0)).containsExactly("PERSON:Brannoc Williams", "PERSON:Brannoc Williams",
                "PERSON:Brannoc Williams");
        assertThat(out.get(1)).containsExactly("PERSON:Tovin Williams", "PERSON:Tovin Williams");
    }

    @Test
    void twoWordNamesThatAreAlsoWordsOfHeadlinesStay() {
        // a scholar whose surname is a verb, a journalist whose given name is one
        List<List<String>> out = canonical(List.of(person("Edmund Said"), person("Said")),
                List.of(person("Can Yelmaz"), person("Yelmaz")));
        assertThat(out.get(0)).containsExactly("PERSON:Edmund Said", "PERSON:Edmund Said");
        assertThat(out.get(1)).containsExactly("PERSON:Can Yelmaz", "PERSON:Can Yelmaz");
    }

    @Test
    void moreOfTheNameIsNoDescriptionButATitleOrPartyIs() {
        List<List<String>> out = canonical(
                List.of(person("Rosa Maria Ibarra Leon"), person("Ibarra Leon"), untyped("Leon")),
                List.of(person("Senator Tavi Orrin"), person("Tavi Orrin"), person("Orrin")));
        assertThat(out.get(0)).containsOnly("PERSON:Rosa Maria Ibarra Leon");
        assertThat(out.get(1)).containsOnly("PERSON:Tavi Orrin");
    }

    @Test
    void aBareSurnameIsLeftAsItIsWhenTheArticlesNameTwoPersonsWithIt() {
        List<List<String>> out = canonical(
                List.of(person("Brannoc Williams")),
                List.of(person("Tovin Williams")),
                List.of(person("Williams"), untyped("Williams")));
        assertThat(out.get(2)).containsExactly("PERSON:Williams", "PERSON:Williams");
    }

    @Test
    void ownArticlesFullNameIsPreferredToAnotherArticles() {
        List<List<String>> out = canonical(
                List.of(person("Orla Quenby"), untyped("Quenby")),
                List.of(person("Dervla Quenby"), untyped("Quenby"), person("Quenby")));
        assertThat(out.get(0)).containsExactly("PERSON:Orla Quenby", "PERSON:Orla Quenby");
        assertThat(out.get(1)).containsExactly("PERSON:Dervla Quenby", "PERSON:Dervla Quenby",
                "PERSON:Dervla Quenby");
    }

    @Test
    void aHeadlineIsNeverCanonical() {
        List<List<String>> out = canonical(
                List.of(person("Mara Tellwick Says Harbour Plan Will Not Reach Port Alder"), person("Tellwick")),
                List.of(person("Kestrel Ombury Joins Growing List of Critics Rebuking Tellwick")),
                List.of(person("Jonas Tellwick"), untyped("Tellwick"), untyped("@RealJonasTellwick")));
        assertThat(out.get(0)).containsExactly("PERSON:Jonas Tellwick");
        assertThat(out.get(1)).isEmpty();
        assertThat(out.get(2)).containsExactly("PERSON:Jonas Tellwick", "PERSON:Jonas Tellwick",
                "PERSON:Jonas Tellwick");
        assertThat(out.stream().flatMap(List::stream)).allSatisfy(name ->
                assertThat(EntityResolver.words(name.substring(name.indexOf(':') + 1))).hasSizeLessThanOrEqualTo(4));
    }

    @Test
    void whatLooksLikeAName() {
        assertThat(EntityResolver.nameLike("Mara Tellwick")).isTrue();
        assertThat(EntityResolver.nameLike("R. J. Tellwick-Ombury")).isTrue();
        assertThat(EntityResolver.nameLike("Hendrik van der Vaal")).isTrue();
        assertThat(EntityResolver.nameLike("Aziz bin Farouq")).isTrue();
        assertThat(EntityResolver.nameLike("Seamus O'Dowd")).isTrue();
        assertThat(EntityResolver.nameLike("Mara Tellwick Did Not Give Way To Jonas")).isFalse();
        assertThat(EntityResolver.nameLike("Kestrel Ombury Joins Critics")).isFalse();
        assertThat(EntityResolver.nameLike("Mara tellwick")).isFalse();
        assertThat(EntityResolver.nameLike("Ana Beatriz Costa Lima Ferreira")).isFalse();
        assertThat(EntityResolver.personPart("Dana K. Ollerby of Vermont")).isEqualTo("Dana K. Ollerby");
        assertThat(EntityResolver.personPart("Dana Ollerby of New Hampshire")).isEqualTo("Dana Ollerby");
        assertThat(EntityResolver.personPart("Dana Ollerby:")).isEqualTo("Dana Ollerby");
        assertThat(EntityResolver.personPart("Guild of the Northern Tanners")).isEqualTo("Guild of the Northern Tanners");
    }

    @Test
    void aDescriptionBeforeAFullNameIsNoPartOfIt() {
        List<List<String>> out = canonical(
                List.of(person("Senator Wilma Drax"), person("Drax")),
                List.of(person("Wilma Drax"), untyped("Drax")));
        assertThat(out.get(0)).containsExactly("PERSON:Wilma Drax", "PERSON:Wilma Drax");
        assertThat(out.get(1)).containsExactly("PERSON:Wilma Drax", "PERSON:Wilma Drax");
    }

    @Test
    void aNameOfAPlaceIsNotPartOfTheName() {
        List<List<String>> out = canonical(List.of(person("Dana K. Ollerby of Vermont"), person("Ollerby")));
        assertThat(out.get(0)).containsExactly("PERSON:Dana K. Ollerby", "PERSON:Dana K. Ollerby");
    }

    @Test
    void theArticlesOfOneStoryMergeASurnameWithItsOnlyFullName() {
        // as the seeds: "Varma" in one report, "Ravindra Varma" in another; initials written two ways
        List<List<String>> out = canonical(
                List.of(person("Varma"), untyped("Varma"), person("K Dhaliwal")),
                List.of(person("Ravindra Varma"), person("K. Dhaliwal"), person("Dhaliwal")),
                List.of(untyped("@ravindravarma"), untyped("Dhaliwal")));
        assertThat(out.get(0)).containsExactly("PERSON:Ravindra Varma", "PERSON:Ravindra Varma",
                "PERSON:K. Dhaliwal");
        assertThat(out.get(1)).containsExactly("PERSON:Ravindra Varma", "PERSON:K. Dhaliwal", "PERSON:K. Dhaliwal");
        assertThat(out.get(2)).containsExactly("PERSON:Ravindra Varma", "PERSON:K. Dhaliwal");
    }

    @Test
    void theCouncilIsTheOneCouncilOfItsArticleOrOfAll() {
        List<List<String>> out = canonical(
                List.of(organisation("Port Alder City Council"), organisation("Council")),
                List.of(organisation("Harrow Vale District Council"), organisation("Council")),
                List.of(organisation("Council")));
        assertThat(out.get(0)).containsExactly("ORGANIZATION:Port Alder City Council",
                "ORGANIZATION:Port Alder City Council");
        assertThat(out.get(1)).containsExactly("ORGANIZATION:Harrow Vale District Council",
                "ORGANIZATION:Harrow Vale District Council");
        assertThat(out.get(2)).containsExactly("ORGANIZATION:Council");
        assertThat(canonical(List.of(organisation("Port Alder City Council")), List.of(organisation("Council")))
                .get(1)).containsExactly("ORGANIZATION:Port Alder City Council");
    }
}
