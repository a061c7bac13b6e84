package org.corroborate.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.corroborate.Corroborate;
import org.corroborate.ingest.Article;
import org.junit.jupiter.api.Test;

/** Names and their types on small texts written for these tests, through the whole pipeline. */
class EntityRecognizerTest {
    private static List<EntityMention> entities(String text) {
        return Corroborate.analyze(List.of(Article.of("t", text))).get(0).extraction().entities();
    }

    @Test
    void aWordForAKindOfBodyBeforeATitleAndANameIsPartOfTheTitleNotAnOrganisation() {
        List<EntityMention> found = entities("Council leader Amara Mensah met the teachers on Monday. Union "
                + "secretary Piet Brennan said talks would resume.");

        assertThat(found).extracting(EntityMention::canonical, EntityMention::type).containsExactly(
                tuple("Amara Mensah", EntityType.PERSON), tuple("Piet Brennan", EntityType.PERSON));
    }

    @Test
    void aNamedOrganisationBeforeATitleStaysAnOrganisation() {
        List<EntityMention> found = entities("On Monday, Harbour Vale Borough Council leader Amara Mensah "
                + "met the teachers.");

        assertThat(found).extracting(EntityMention::type).contains(EntityType.ORGANIZATION);
    }

    @Test
    void companiesNamedByTheirTradeAreOrganisationsWithoutTheArticleBeforeThem() {
        List<EntityMention> found = entities("A Halden Chemicals worker was hurt on Monday. Norfield Logistics and "
                + "Brant Energy said their sites were not affected.");

        assertThat(found).extracting(EntityMention::canonical, EntityMention::type).contains(
                tuple("Halden Chemicals", EntityType.ORGANIZATION), tuple("Norfield Logistics", EntityType.ORGANIZATION),
                tuple("Brant Energy", EntityType.ORGANIZATION));
    }

    @Test
    void aMinistryOfSomethingIsAnOrganisation() {
        List<EntityMention> found = entities("In May, the Ministry of Fisheries set new quotas.");

        assertThat(found).extracting(EntityMention::canonical, EntityMention::type).containsExactly(
                tuple("Ministry of Fisheries", EntityType.ORGANIZATION));
    }

    @Test
    void theBareCouncilIsTheOneCouncilTheStoryNames() {
        List<EntityMention> found = entities("On Tuesday, Harbour Vale Borough Council met. Later the Council "
                + "approved the budget.");

        assertThat(found).extracting(EntityMention::text, EntityMention::canonical).containsExactly(
                tuple("Harbour Vale Borough Council", "Harbour Vale Borough Council"),
                tuple("Council", "Harbour Vale Borough Council"));
    }

    @Test
    void aCommonGivenNameTheTaggerTakesForAnAdjectiveStillOpensAPersonsName() {
        List<EntityMention> found = entities("Lineman Jamal Ostrander was stopped for speeding on Saturday, the "
                + "team said. Jamal Ostrander, who joined last spring, was released hours later. Ostrander declined "
                + "to comment.");

        assertThat(found).extracting(EntityMention::canonical, EntityMention::type)
                .contains(tuple("Jamal Ostrander", EntityType.PERSON))
                .doesNotContain(tuple("Ostrander", EntityType.PERSON));
    }

    @Test
    void aTeamAfterTheIsAnOrganisationAndItsPluralAloneNamesIt() {
        List<EntityMention> found = entities("The Harbour City Gulls beat the Port Alder Herons on Sunday. "
                + "Gulls quarterback Jamal Okafor threw twice, and the Herons said Mr. Peters would stay. "
                + "John Adams and the Williams family watched, and Serena Williams waved.");

        assertThat(found).extracting(EntityMention::text, EntityMention::canonical, EntityMention::type).contains(
                tuple("Port Alder Herons", "Port Alder Herons", EntityType.ORGANIZATION),
                tuple("Herons", "Port Alder Herons", EntityType.ORGANIZATION),
                tuple("Jamal Okafor", "Jamal Okafor", EntityType.PERSON),
                tuple("John Adams", "John Adams", EntityType.PERSON),
                tuple("Serena Williams", "Serena Williams", EntityType.PERSON));
        assertThat(found).extracting(EntityMention::type).doesNotContain(EntityType.LOCATION);
    }

    @Test
    void aTeamKnownInOneArticleIsATeamInTheOthersReadWithIt() {
        List<List<EntityMention>> found = Corroborate.analyze(List.of(
                Article.of("report", "The Port Alder Herons won on Sunday, and the Herons will play again in May."),
                Article.of("brief", "Port Alder Herons quarterback Jamal Okafor threw twice as Herons fans sang.")))
                .stream().map(a -> a.extraction().entities()).toList();

        assertThat(found.get(1)).extracting(EntityMention::text, EntityMention::canonical, EntityMention::type)
                .contains(tuple("Port Alder Herons", "Port Alder Herons", EntityType.ORGANIZATION),
                        tuple("Herons", "Port Alder Herons", EntityType.ORGANIZATION),
                        tuple("Jamal Okafor", "Jamal Okafor", EntityType.PERSON));
    }

    @Test
    void aTeamsPluralNamesItOnlyInItsOwnArticleAndOnlyATeamOpeningWithAPlaceCrossesArticles() {
        List<List<EntityMention>> found = Corroborate.analyze(List.of(
                Article.of("a", "The Rolling Stones played on Sunday, and the Stones will play again. The Kendall "
                        + "Rivers trail was closed, and the Rivers flooded. The United Nations met."),
                Article.of("b", "Stones were thrown at police. Kendall Rivers, a teacher, said the road was shut. "
                        + "Nations gathered in Geneva.")))
                .stream().map(a -> a.extraction().entities()).toList();

        assertThat(found.get(1)).extracting(EntityMention::canonical)
                .doesNotContain("Rolling Stones", "United Nations");
        assertThat(found.get(1)).filteredOn(m -> m.canonical().contains("Rivers"))
                .extracting(EntityMention::type).containsOnly(EntityType.PERSON);
    }

    @Test
    void aKnownCompanysProductIsNoPersonAndARegionIsAPlace() {
        // review: "Faith Hill", "El Chapo" and "La Toya Jackson" had become places in a first version
        List<EntityMention> found = entities("Microsoft Word and Google Maps were updated for the Alder Region, "
                + "said Paul Okafor. Microsoft Bill Gates spoke too. Roofs fell in La Alameda, and Faith Hill sang. "
                + "Senate Republicans blocked it. El Chapo and La Toya Jackson were not there.");

        assertThat(found).extracting(EntityMention::canonical, EntityMention::type).contains(
                tuple("Microsoft Word", EntityType.OTHER), tuple("Google Maps", EntityType.OTHER),
                tuple("Alder Region", EntityType.LOCATION), tuple("Paul Okafor", EntityType.PERSON),
                tuple("La Alameda", EntityType.LOCATION), tuple("Faith Hill", EntityType.PERSON),
                tuple("Senate Republicans", EntityType.ORGANIZATION), tuple("La Toya Jackson", EntityType.PERSON),
                tuple("Bill Gates", EntityType.PERSON));
    }

    @Test
    void aPersonOrAPlaceAfterTheIsNoTeam() {
        List<EntityMention> found = entities("Police reopened the Kwame Roberts case on Monday. Roberts was 19. "
                + "The Dow Jones fell, and Mr Jones, a trader, said so. Rain fell on the West Midlands and the "
                + "Midlands, and on the Tiger Woods of the valley.");

        assertThat(found).extracting(EntityMention::canonical, EntityMention::type)
                .contains(tuple("West Midlands", EntityType.LOCATION), tuple("Tiger Woods", EntityType.PERSON));
        assertThat(found).extracting(EntityMention::type).doesNotContain(EntityType.ORGANIZATION);
    }

    @Test
    void aPlayersPositionOrHisTeamsSingularBeforeHisNameIsNoPartOfIt() {
        List<EntityMention> found = entities("The Rovers lost on Sunday. RB Pierre Okafor ran twice, and Rover "
                + "Vincent Ostrander was hurt. NT Jamal Smith did not play.");

        assertThat(found).extracting(EntityMention::canonical)
                .contains("Pierre Okafor", "Vincent Ostrander", "Jamal Smith")
                .doesNotContain("RB Pierre Okafor", "Rover Vincent Ostrander", "NT Jamal Smith");
    }

    @Test
    void aWordDescribingThePersonBeforeAGivenNameIsNoPartOfTheName() {
        List<EntityMention> found = entities("Alderman Tomas Novak spoke after Vermonter Jamal Ostrander and "
                + "Rovers Mary Ann Smith. Thomas Paul Grant closed the meeting. Hunter Thomas Smith and "
                + "Cyrus Robert Vance left early, and Kicker Ryan Okafor stayed.");

        assertThat(found).extracting(EntityMention::canonical)
                .contains("Jamal Ostrander", "Mary Ann Smith", "Thomas Paul Grant", "Hunter Thomas Smith",
                        "Cyrus Robert Vance", "Ryan Okafor")
                .doesNotContain("Vermonter Jamal Ostrander", "Rovers Mary Ann Smith", "Paul Grant",
                        "Thomas Smith", "Robert Vance", "Kicker Ryan Okafor");
    }

    @Test
    void aKnownPlaceOrBodyBeforeAGivenNameAndARankAreNoPartOfTheName() {
        List<EntityMention> found = entities("The Prime Minister of the United Kingdom Tony Okafor met Colonel "
                + "Maria Solberg and Captain Jamal Ostrander at the harbour on Monday.");

        assertThat(found).extracting(EntityMention::canonical)
                .contains("Tony Okafor", "Maria Solberg", "Jamal Ostrander")
                .doesNotContain("United Kingdom Tony Okafor", "Colonel Maria Solberg", "Captain Jamal Ostrander");
    }

    @Test
    void aRankBeforeNoGivenNameAndAGivenNameThatIsAlsoAPlaceStayInTheName() {
        List<EntityMention> found = entities("Captain America opened on Friday. Georgia Anne Smith and Jordan "
                + "Peter Smith watched it with Pastor Maldonado.");

        assertThat(found).extracting(EntityMention::canonical)
                .contains("Georgia Anne Smith", "Jordan Peter Smith")
                .doesNotContain("America", "Anne Smith", "Peter Smith", "Maldonado");
    }

    @Test
    void aTimeZoneIsNoOrganisation() {
        assertThat(entities("At noon BST on Friday the ferry left, and at 14:00 GMT it docked in Alder."))
                .extracting(EntityMention::text).doesNotContain("BST", "GMT");
    }

    @Test
    void aNameFollowedByAnAgeInCommasIsAPerson() {
        // "Rusty" and "Nail" are common words: without the age the run is no name
        List<EntityMention> found = entities("Police arrested Rusty Nail, 31, near the river crossing late on "
                + "Friday.");

        assertThat(found).extracting(EntityMention::canonical, EntityMention::type)
                .contains(tuple("Rusty Nail", EntityType.PERSON));
    }

    @Test
    void aTitleWordOpeningACompanysNameIsNoTitle() {
        assertThat(entities("Coach Inc said handbag sales fell. Coach Marit Solberg said the team would rest."))
                .extracting(EntityMention::canonical, EntityMention::type)
                .doesNotContain(tuple("Inc", EntityType.PERSON))
                .contains(tuple("Coach Inc", EntityType.ORGANIZATION), tuple("Marit Solberg", EntityType.PERSON));
    }

    @Test
    void aPatrolOrAGuardIsAnOrganisationNotAPerson() {
        List<EntityMention> found = entities("The crash closed the road for hours, the Norland Highway Patrol said. "
                + "Later the Kessel Coast Guard searched the bay.");

        assertThat(found).extracting(EntityMention::canonical, EntityMention::type).contains(
                tuple("Norland Highway Patrol", EntityType.ORGANIZATION),
                tuple("Kessel Coast Guard", EntityType.ORGANIZATION));
    }

    @Test
    void attorneysOfficersAndManagersAreTitlesNotPartOfTheName() {
        List<EntityMention> found = entities("On Monday, City Attorney Mara Quell reviewed the case. Officer Dan "
                + "Preble wrote the report, and General Manager Ilse Varga spoke to reporters.");

        assertThat(found).extracting(EntityMention::canonical, EntityMention::type).contains(
                tuple("Mara Quell", EntityType.PERSON), tuple("Dan Preble", EntityType.PERSON),
                tuple("Ilse Varga", EntityType.PERSON));
        assertThat(found).extracting(EntityMention::canonical).doesNotContain("City Attorney", "Officer Dan Preble");
    }
}
