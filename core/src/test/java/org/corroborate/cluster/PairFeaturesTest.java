package org.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** How two articles' people are compared: names written for this test. */
class PairFeaturesTest {
    @Test
    void aBareSurnameMatchesTheFullNameOfTheOtherArticle() {
        Set<String> a = Set.of("PERSON:okafor", "PERSON:lena brandt");
        Set<String> b = Set.of("PERSON:ines okafor", "PERSON:tomas vey");

        assertThat(PairFeatures.personOverlap(a, b)).isEqualTo(0.5);
        assertThat(PairFeatures.personOverlap(b, a)).isEqualTo(0.5);
    }

    @Test
    void aNameWithAWordBeforeItMatchesTheNameAlone() {
        assertThat(PairFeatures.personOverlap(Set.of("PERSON:senator ines okafor"), Set.of("PERSON:ines okafor")))
                .isEqualTo(1.0);
    }

    @Test
    void twoPeopleOfOneSurnameOrAPartOfAWordDoNotMatch() {
        assertThat(PairFeatures.personOverlap(Set.of("PERSON:ines okafor"), Set.of("PERSON:dele okafor")))
                .isEqualTo(0.0);
        assertThat(PairFeatures.personOverlap(Set.of("PERSON:ford"), Set.of("PERSON:ann stafford"))).isEqualTo(0.0);
        assertThat(PairFeatures.personOverlap(Set.of(), Set.of("PERSON:ann stafford"))).isEqualTo(0.0);
    }

    @Test
    void theScoreIsTheSameInEitherOrder() {
        Set<String> sisters = Set.of("PERSON:serena williams", "PERSON:venus williams");
        Set<String> bare = Set.of("PERSON:williams", "PERSON:ines okafor");
        assertThat(PairFeatures.personOverlap(bare, sisters)).isEqualTo(PairFeatures.personOverlap(sisters, bare))
                .isEqualTo(1.0);
        Set<String> three = Set.of("PERSON:okafor", "PERSON:tomas vey", "PERSON:dele aro");
        Set<String> two = Set.of("PERSON:ines okafor", "PERSON:marit solberg");
        assertThat(PairFeatures.personOverlap(three, two)).isEqualTo(PairFeatures.personOverlap(two, three))
                .isEqualTo(0.5);
    }

    @Test
    void peopleDifferOnlyWhenNoNameMatchesEvenAsASurname() {
        ArticleProfile a = profile("a", Set.of("PERSON:okafor"));
        ArticleProfile b = profile("b", Set.of("PERSON:ines okafor"));
        ArticleProfile c = profile("c", Set.of("PERSON:tomas vey"));
        PairFeatures features = PairFeatures.over(java.util.List.of(a, b, c));
        int persons = PairFeatures.NAMES.indexOf("persons");
        int differ = PairFeatures.NAMES.indexOf("personsDiffer");

        assertThat(features.features(0, 1)[persons]).isEqualTo(1.0);
        assertThat(features.features(0, 1)[differ]).isEqualTo(0.0);
        assertThat(features.features(0, 2)[differ]).isEqualTo(1.0);
    }

    private static ArticleProfile profile(String id, Set<String> entities) {
        java.util.List<String> words = java.util.List.of("harbour", "ferry", "strike", "council");
        return new ArticleProfile(id, 0, false, words, words, words, entities, Set.of(), Set.of(),
                java.util.Optional.empty(), java.util.Optional.empty());
    }
}
