package org.corroborate.extract.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.corroborate.Corroborate;
import org.corroborate.extract.entity.EntityMention;
import org.corroborate.ingest.Article;
import org.junit.jupiter.api.Test;

/** Quotes and speakers on small texts written for these tests, through the whole pipeline. */
class QuoteExtractorTest {
    private static List<Quote> quotes(String text) {
        return Corroborate.analyze(List.of(Article.of("t", text))).get(0).extraction().quotes();
    }

    @Test
    void speechVerbAfterTheQuoteWithCurlyOrStraightMarks() {
        assertThat(quotes("“We will not gamble with lives,” Mayor Ines Okafor said on Monday. \"The ferry is full,\" "
                + "said Tomas Novak, a baker."))
                .extracting(Quote::text, Quote::kind, Quote::speaker)
                .containsExactly(tuple("We will not gamble with lives", QuoteKind.DIRECT, Optional.of("Ines Okafor")),
                        tuple("The ferry is full", QuoteKind.DIRECT, Optional.of("Tomas Novak")));
    }

    @Test
    void quoteInterruptedByItsSpeechVerb() {
        assertThat(quotes("“The bridge is safe,” Jonas Lindqvist said, “but it needs six weeks of work.”"))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("The bridge is safe", Optional.of("Jonas Lindqvist")),
                        tuple("but it needs six weeks of work.", Optional.of("Jonas Lindqvist")));
    }

    @Test
    void theSecondPartOfAnInterruptedQuoteIsDirectTooButNotAfterAPartialOne() {
        assertThat(quotes("“The tunnel floods each spring,” Sen. Marit Solberg said, “and the pumps are old.” "
                + "The repairs, she said, were “a waste of money,” Mr. Arne Dahl added, “and of time.”"))
                .extracting(Quote::text, Quote::kind)
                .containsExactly(tuple("The tunnel floods each spring", QuoteKind.DIRECT),
                        tuple("and the pumps are old.", QuoteKind.DIRECT),
                        tuple("a waste of money", QuoteKind.PARTIAL),
                        tuple("and of time.", QuoteKind.PARTIAL));
    }

    @Test
    void aQuoteResumesAfterALongDescriptionOfItsSpeakerOrAnotherSpeechVerb() {
        assertThat(quotes("“We have run the ferry since May,” said Tomas Novak, who has been the harbour master of "
                + "the northern pier for eleven years, “and we will run it in winter.”\n\n“The way I see it,” "
                + "Ines Okafor elaborated, “the pier will outlast us all.”"))
                .extracting(Quote::text, Quote::kind)
                .containsExactly(tuple("We have run the ferry since May", QuoteKind.DIRECT),
                        tuple("and we will run it in winter.", QuoteKind.DIRECT),
                        tuple("The way I see it", QuoteKind.DIRECT),
                        tuple("the pier will outlast us all.", QuoteKind.DIRECT));
    }

    @Test
    void wordsASpeechVerbReportsWholeAreDirectButNotInARelativeClause() {
        assertThat(quotes("At the depot, Marit Solberg said “the trains will be late until May” and left. The "
                + "crowd kept chanting “fix the line” for an hour. She spoke of the plan, which she declared "
                + "“a costly mistake” last week."))
                .extracting(Quote::text, Quote::kind)
                .containsExactly(tuple("the trains will be late until May", QuoteKind.DIRECT),
                        tuple("fix the line", QuoteKind.DIRECT),
                        tuple("a costly mistake", QuoteKind.PARTIAL));
    }

    @Test
    void aParagraphThatOpensWithAClosingMarkOpensAQuoteThoughASpaceOrAnInvisibleMarkComesFirst() {
        assertThat(quotes("The harbour master wrote to the council.\n\n” … and the ferry will not sail until the "
                + "pier is mended,” Ines Okafor wrote.\n\n\u202A”Mend it soon,” posted Tomas Novak."))
                .extracting(Quote::text, Quote::kind)
                .containsExactly(tuple("… and the ferry will not sail until the pier is mended", QuoteKind.DIRECT),
                        tuple("Mend it soon", QuoteKind.DIRECT));
    }

    @Test
    void aTitleAfterACommaIsANameButAfterASpeechVerbIsAQuote() {
        assertThat(quotes("Her second play, “Harbour Lights,” opens in May. At the rally Ines Okafor said, "
                + "“Mend the Pier.”"))
                .extracting(Quote::text, Quote::kind)
                .containsExactly(tuple("Mend the Pier.", QuoteKind.DIRECT));
    }

    @Test
    void aShortQuoteThatOpensAHeadlineAndRunsOnIntoItIsNoStatement() {
        assertThat(quotes("'Unsafe' Pier Closes For The Winter\n\nThe harbour board shut the pier on Monday."))
                .isEmpty();
        assertThat(quotes("‘We Will Rebuild’: Okafor Visits The Pier\n\nMayor Ines Okafor came on Monday."))
                .extracting(Quote::text, Quote::kind)
                .containsExactly(tuple("We Will Rebuild", QuoteKind.DIRECT));
    }

    @Test
    void aSentenceThatOpensWithItsSpeakerAndVerbQuotesDirectlyButNotAfterTheWritersClause() {
        assertThat(quotes("The ferry was late again. Marit Solberg said, “the timetable means nothing now.” When the "
                + "pier opens, Sen. Arne Dahl added, “it will carry twice as many cars.”"))
                .extracting(Quote::text, Quote::kind)
                .containsExactly(tuple("the timetable means nothing now.", QuoteKind.DIRECT),
                        tuple("it will carry twice as many cars.", QuoteKind.PARTIAL));
    }

    @Test
    void speakerBeforeTheQuoteAndAQuoteOverTwoParagraphs() {
        List<Quote> found = quotes("Leila Rahman, an analyst at the Harbour Institute, told reporters: “Repairs "
                + "will take time.\n\n“The council has no choice.”");

        assertThat(found).extracting(Quote::speaker).containsOnly(Optional.of("Leila Rahman"));
        assertThat(found).hasSize(2);
    }

    @Test
    void partialQuoteBelongsToTheSubjectAndAPronounToTheLastPersonNamed() {
        List<Quote> found = quotes("Mayor Ines Okafor met engineers on Monday. Okafor called the crack a “serious "
                + "warning” for the city. “We act now,” she told reporters.");

        assertThat(found).extracting(Quote::kind, Quote::speaker).containsExactly(
                tuple(QuoteKind.PARTIAL, Optional.of("Ines Okafor")),
                tuple(QuoteKind.DIRECT, Optional.of("Ines Okafor")));
    }

    @Test
    void anOrganisationSpeaksAndOneOutletQuotesAPerson() {
        assertThat(quotes("The bridge is “unsafe for traffic”, the Port Alder Council said. “Repairs start soon,” "
                + "Reuters quoted Jonas Lindqvist as saying."))
                .extracting(Quote::speaker)
                .containsExactly(Optional.of("Port Alder Council"), Optional.of("Jonas Lindqvist"));
    }

    @Test
    void aNameThatEndsLikeASpeechVerbIsNoAttribution() {
        // "the United States" is a place, not "states": the partial quote is the subject's
        assertThat(quotes("Mayor Ines Okafor praised the ferry crews and stressed a “lasting friendship” between "
                + "Port Alder and the United States."))
                .extracting(Quote::speaker).containsExactly(Optional.of("Ines Okafor"));
    }

    @Test
    void aDescriptionIsANamedBodyOnlyWhenItsWordsAreInTheNameAndOnlyOneFits() {
        assertThat(quotes("Fighters of the Wagner Group crossed the border on Monday. “We saw civilians killed,” the "
                + "rights group said.")).extracting(Quote::speaker).containsExactly(Optional.of("The rights group"));
        assertThat(quotes("The Eastbank Parish Council and the Port Alder City Council met on Monday. “The bridge "
                + "must reopen,” the council said.")).extracting(Quote::speaker)
                .containsExactly(Optional.of("The council"));
    }

    @Test
    void noSpeakerWhenTheTextDoesNotSay() {
        assertThat(quotes("The so-called “bridge of sighs” closed after years of complaints."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).isEmpty());
    }

    @Test
    void doubledApostrophesAreQuoteMarks() {
        assertThat(quotes("''The ferry will run again in May,'' said Ines Okafor, the harbour master. She called "
                + "the delay ''regrettable.''"))
                .extracting(Quote::text, Quote::kind)
                .containsExactly(tuple("The ferry will run again in May", QuoteKind.DIRECT),
                        tuple("regrettable.", QuoteKind.PARTIAL));
    }

    @Test
    void aQuoteInsideAQuoteAndMarksTypedTheWrongWayRound() {
        List<Quote> found = quotes("Tomas Novak said: \"The sign read “closed” all week, so we left.\"\n\n"
                + "”Nobody told us,“ said Leila Rahman.");

        assertThat(found).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("The sign read “closed” all week, so we left.", Optional.of("Tomas Novak")),
                tuple("Nobody told us", Optional.of("Leila Rahman")));
    }

    @Test
    void marksInsideMarkupAreNoQuotes() {
        assertThat(quotes("Okafor posted a reply. <tweet id=\"7781\" author=\"@harbourmaster\"></tweet> The ferry "
                + "is late.")).isEmpty();
    }

    @Test
    void speakerAfterAQuoteThatEndsItsSentenceWithTitlesAndAnAppositive() {
        assertThat(quotes("Repairs were slow.\n\n“The ferry is full. Nobody can wait another month.” Sen. Ines "
                + "Okafor (D-Alder) said Friday.\n\n“We need a second boat,” Tomas Novak, who has run the harbour "
                + "cafe for twenty years and sits on the council, told reporters."))
                .extracting(Quote::speaker)
                .containsExactly(Optional.of("Ines Okafor"), Optional.of("Tomas Novak"));
    }

    @Test
    void aPullQuoteSignedWithADashAndAQuoteIntroducedByAColon() {
        assertThat(quotes("Readers wrote in.\n\n“The crossing is a disgrace.” ― Marta Quell\n\n"
                + "“Fix it before winter.” ― Ravi Anand\n\nThe council leader, Jonas Lindqvist, replied:\n\n"
                + "“We hear you, and the work starts in March.”"))
                .extracting(Quote::speaker)
                .containsExactly(Optional.of("Marta Quell"), Optional.of("Ravi Anand"),
                        Optional.of("Jonas Lindqvist"));
    }

    @Test
    void aSurnameNextToTheVerbIsTheSpeakerEvenWhenNotRecognisedAsAName() {
        assertThat(quotes("“Not going to comment on that,” said O'Varga."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).contains("O'Varga"));
    }

    @Test
    void theNameNearestTheVerbSpeaksAndADescriptionNamesNobody() {
        assertThat(quotes("Tomas Novak will try to win the vote, Ines Okafor predicted: “He has the numbers.” "
                + "“The ferry plan is sound,” said one council official.\n\n“It is costly,” the harbour critic "
                + "Lina Berg countered in an interview with Jonas Lindqvist present, “and late.”"))
                .extracting(Quote::speaker)
                .containsExactly(Optional.of("Ines Okafor"), Optional.empty(), Optional.of("Lina Berg"),
                        Optional.of("Lina Berg"));
    }

    @Test
    void aSentenceTheSplitterEndsAfterAPartyTagStillNamesTheSpeaker() {
        assertThat(quotes("“We will reopen the pier,” Rep. Ines Okafor (D-Alder.) said Friday."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).contains("Ines Okafor"));
    }

    @Test
    void theTitleOfAShowIsNoQuoteButWordsCalledOutAre() {
        assertThat(quotes("Ines Okafor told the radio show “Harbour Talk Tonight” that the ferry was late. Tomas Novak "
                + "called it “A Total Disgrace” on Monday."))
                .extracting(Quote::text).containsExactly("A Total Disgrace");
    }

    @Test
    void aWholeSentenceAfterASpeechVerbAndAnEditedOpeningAreDirect() {
        assertThat(quotes("Outside the hall, fishermen chanted “Open the pier!” for an hour.\n\n“[T]he pier stays "
                + "shut,” Ines Okafor said."))
                .extracting(Quote::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.DIRECT);
    }

    @Test
    void singleMarksQuoteInAHeadlineButAreApostrophesInTheText() {
        assertThat(quotes("Okafor: ‘The Pier Stays Shut Until Spring’\n\nThe harbour’s ‘worst’ winter, the mayor’s "
                + "office said."))
                .extracting(Quote::text, Quote::kind)
                .containsExactly(tuple("The Pier Stays Shut Until Spring", QuoteKind.DIRECT));
    }

    @Test
    void moreWaysToSayItAndATitleLeftAloneIsNoSpeaker() {
        assertThat(quotes("The vote was close.\n\n“Who pays for the new pier?” Tomas Novak questioned.\n\n"
                + "“Not the fishermen,” said U.S. Sen. Ines Okafor of Alder."))
                .extracting(Quote::speaker)
                .containsExactly(Optional.of("Tomas Novak"), Optional.of("Ines Okafor"));
    }

    @Test
    void aHeadlineCapitalisesItsSpeechVerb() {
        assertThat(quotes("‘The Pier Stays Shut,’ Ines Okafor Says\n\nThe harbour will stay closed until spring."))
                .singleElement().satisfies(q -> assertThat(q.speaker()).contains("Ines Okafor"));
    }

    @Test
    void whoeverTheVerbAddressesIsNoSpeaker() {
        assertThat(quotes("Novak later told Harbour Radio: “The ferry is safe.”\n\nAccording to Lindqvist, “the pier "
                + "is not.”"))
                .extracting(Quote::speaker)
                .containsExactly(Optional.of("Novak"), Optional.of("Lindqvist"));
    }

    @Test
    void aTranscriptTurnIsAQuoteOfWhomItsLabelNamesAndAStageDirectionIsNone() {
        List<Quote> found = quotes("Mayor Ines Okafor spoke to the radio on Monday. A transcript follows.\n\n"
                + "\"HOST: Will the ferry run on Sunday?\n\n\"(CROSSTALK.)\n\n\"OKAFOR: It will run, and it will be "
                + "full.\"");

        assertThat(found).extracting(Quote::text, Quote::kind, Quote::speaker).containsExactly(
                tuple("Will the ferry run on Sunday?", QuoteKind.DIRECT, Optional.of("Host")),
                tuple("It will run, and it will be full.", QuoteKind.DIRECT, Optional.of("Ines Okafor")));
    }

    @Test
    void aScareQuoteIsNoQuoteButAWordSomeoneCalledSomethingIs() {
        List<Quote> found = quotes("The council opened a \"pop-up library\" by the pier on Monday. It opens at nine."
                + "\n\nMayor Ines Okafor called the plan \"visionary\" at the opening.");

        assertThat(found).extracting(Quote::text, Quote::kind).containsExactly(
                tuple("visionary", QuoteKind.PARTIAL));
    }

    @Test
    void wholeStatementsAfterAQuestionAnEllipsisOrBeforeTheirAttributionAreDirect() {
        List<Quote> found = quotes("Why the delay? “The ferry needs a new engine,” Tomas Novak said.\n\n"
                + "“… in the end, I think the council will pay for it,” he added.\n\n"
                + "The crews were angry (“we have waited for the engine since May,” said one of them).\n\n"
                + "Okafor called the engine “old.”");

        assertThat(found).extracting(Quote::kind).containsExactly(QuoteKind.DIRECT, QuoteKind.DIRECT,
                QuoteKind.DIRECT, QuoteKind.PARTIAL);
    }

    @Test
    void aClauseThatFinishesTheWritersOwnWordsAfterACommaIsPartial() {
        List<Quote> found = quotes("As for the cost, “the council has already set the money aside,” said Ines "
                + "Okafor.\n\n“the council has already set the money aside,” said Tomas Novak.");

        assertThat(found).extracting(Quote::kind).containsExactly(QuoteKind.PARTIAL, QuoteKind.DIRECT);
    }

    @Test
    void aStatementAfterASentenceThatEndsInAQuotedTitleIsDirect() {
        List<Quote> found = quotes("“The ferry is late,” Ines Okafor said on Harbour Radio’s “Morning Tide.” “I "
                + "mean, we have waited for a year.”\n\nShe watches “Sea Lanes.” “Harbour Lights” is her other show.");

        assertThat(found).extracting(Quote::text, Quote::kind).containsExactly(
                tuple("The ferry is late", QuoteKind.DIRECT),
                tuple("I mean, we have waited for a year.", QuoteKind.DIRECT));
    }

    @Test
    void aStraightMarkLeftOpenBeforeACurlyQuoteMarksABlockOfTextNotAQuote() {
        List<Quote> found = quotes("The harbour report describes the night:\n\n\"The ferry left late. The crew was "
                + "tired.\n\n“We were never told,” Tomas Novak said.\n\n“The pier will hold,” Ines Okafor said, “for "
                + "a year.\n\n“Then we rebuild it.”");

        assertThat(found).extracting(Quote::text).containsExactly("We were never told", "The pier will hold",
                "for a year.", "Then we rebuild it.");
    }

    @Test
    void aHeadlineQuoteAfterASpeechVerbIsDirectThoughInTitleCase() {
        List<Quote> found = quotes("Okafor Speaks ‘Directly To The Ferry Crews’ After The Strike\n\nMayor Ines Okafor "
                + "met the crews on Monday.");

        assertThat(found).extracting(Quote::text, Quote::kind, Quote::speaker).containsExactly(
                tuple("Directly To The Ferry Crews", QuoteKind.DIRECT, Optional.of("Ines Okafor")));
    }

    @Test
    void aHeadlineQuoteAfterAColonBelongsToThePersonTheHeadlineOpensWith() {
        List<Quote> found = quotes("Dana Okafor Hammers Harbour Bank CEO: ‘You Should Be Investigated.’\n\nSen. Dana "
                + "Okafor grilled the bank's chief on Tuesday.");

        assertThat(found).extracting(Quote::text, Quote::kind, Quote::speaker).containsExactly(
                tuple("You Should Be Investigated.", QuoteKind.DIRECT, Optional.of("Dana Okafor")));
    }

    @Test
    void aQuoteThatFollowsThatIsPartOfTheWritersSentence() {
        List<Quote> found = quotes("Mayor Ines Okafor wrote that, “The ferry will run again in May.” The audit "
                + "found this: “12 boats failed the test.”");

        assertThat(found).extracting(Quote::text, Quote::kind).containsExactly(
                tuple("The ferry will run again in May.", QuoteKind.PARTIAL),
                tuple("12 boats failed the test.", QuoteKind.DIRECT));
    }

    @Test
    void aSpeakerNamedWithInitialsIsTheWholeName() {
        List<Quote> found = quotes("Pier Report\n\n“This is a sad day,” said Rep. J.R. Okonkwo (D-Alder), head of the "
                + "Harbour Caucus.");

        assertThat(found).extracting(Quote::speaker).containsExactly(Optional.of("J.R. Okonkwo"));
    }

    @Test
    void aNicknameAndTheTitleOfABookAreNoQuotes() {
        List<Quote> found = quotes("Rep. Tomas \"Tom\" Novak opened the ferry on Monday. In his 2019 book, \"Build The Pier "
                + "Again,\" Novak tells the story. He was on Mr. Lindqvist's show, \"Harbour Talk.\"\n\n\"We did it,\" Novak said.");

        assertThat(found).extracting(Quote::text).containsExactly("We did it");
    }

    @Test
    void anOrganisationThatCallsSomethingAQuoteIsItsSpeakerAsWrittenWhenTheArticleNamesNone() {
        List<Quote> found = quotes("The council said it had offered a 2% rise and called the ferry strike “a great "
                + "shame”. Police said the crowd was “calm and good-natured”.");

        assertThat(found).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("a great shame", Optional.of("The council")),
                tuple("calm and good-natured", Optional.of("Police")));
    }

    @Test
    void theCouncilIsTheCouncilTheArticleNamedBefore() {
        List<Quote> found = quotes("On Tuesday, Harbour Vale Borough Council voted on the pier budget. Councillors met "
                + "for three hours.\n\nThe council said the repair costs were “still under review”.");

        assertThat(found).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("still under review", Optional.of("Harbour Vale Borough Council")));
    }

    @Test
    void anOrganisationAfterTheQuoteOrAfterAccordingToIsItsSpeaker() {
        List<Quote> found = quotes("In May, the Ministry of Fisheries set new quotas.\n\n“The figures will be "
                + "published in June,” the ministry said in a statement.\n\n“Nobody was hurt,” said police.\n\n"
                + "According to the harbour authority, “the pier can hold two ferries.”");

        assertThat(found).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("The figures will be published in June", Optional.of("Ministry of Fisheries")),
                tuple("Nobody was hurt", Optional.of("Police")),
                tuple("the pier can hold two ferries.", Optional.of("The harbour authority")));
    }

    @Test
    void aPersonWhoSpeaksForTheOrganisationStaysTheSpeaker() {
        List<Quote> found = quotes("Council leader Amara Mensah said the offer was “fair”. “We will talk again,” "
                + "said Tomas Novak, a council spokesman.");

        assertThat(found).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("fair", Optional.of("Amara Mensah")),
                tuple("We will talk again", Optional.of("Tomas Novak")));
    }

    @Test
    void aStrayMarkThatOpensAParagraphHidesNoQuoteInIt() {
        List<Quote> found = quotes("\"The crowd grew loud as Ines Okafor walked on, chanting “Ferry now! Ferry now!”"
                + "\n\n“We will sail in May,” Tomas Novak said.\n\n\"“The pier opens in June,” he added.\n\nIt "
                + "rained.");

        assertThat(found).extracting(Quote::text, Quote::kind, Quote::speaker).containsExactly(
                tuple("Ferry now! Ferry now!", QuoteKind.DIRECT, Optional.of("Ines Okafor")),
                tuple("We will sail in May", QuoteKind.DIRECT, Optional.of("Tomas Novak")),
                tuple("The pier opens in June", QuoteKind.DIRECT, Optional.of("Tomas Novak")));
    }

    @Test
    void aQuoteThatIsTheSubjectOfTheWritersSentenceIsANameNotAStatement() {
        List<Quote> found = quotes("The season opens in May.\n\n“Harbour Lights” star Ines Okafor met the crews on "
                + "Monday. \"Ferry fatigue\" has become the mood of the pier. ''Pier Pressure,'' which ran for two "
                + "seasons, returns in June.\n\n“We sail at dawn” Okafor said.");

        assertThat(found).extracting(Quote::text, Quote::kind, Quote::speaker).containsExactly(
                tuple("We sail at dawn", QuoteKind.DIRECT, Optional.of("Ines Okafor")));
    }

    @Test
    void wordsSungOrReadOutAreWhatWasSaidEvenInTitleCase() {
        List<Quote> found = quotes("At the pier, the ferry crews kept singing “We Will Sail Again.” Tomas Novak was "
                + "reading “the names of the lost” from a list.");

        assertThat(found).extracting(Quote::text, Quote::kind).containsExactly(
                tuple("We Will Sail Again.", QuoteKind.DIRECT),
                tuple("the names of the lost", QuoteKind.DIRECT));
    }

    @Test
    void aSingerIsTheSpeakerOfTheWordsSheSings() {
        List<Quote> found = quotes("“Keep the harbour lights on,” Ines Okafor sang to the ferry crews on Monday.");

        assertThat(found).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("Keep the harbour lights on", Optional.of("Ines Okafor")));
    }

    @Test
    void aNicknameInTheAttributionDoesNotCutItShort() {
        List<Quote> found = quotes("“The pier is ours again,” Tomas \"Tom\" Novak said on Monday.");

        assertThat(found).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("The pier is ours again", Optional.of("Tomas Novak")));
    }

    @Test
    void aPronounStandsForAPersonNotForATitleLeftAlone() {
        List<Quote> found = quotes("The hearing was tense. Alder Sen. Marit Solberg scolded him: “You sold false hope "
                + "to the ferry crews,” she said.");

        assertThat(found).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("You sold false hope to the ferry crews", Optional.of("Marit Solberg")));
    }

    @Test
    void aStateAndAPartyAreNoSpeaker() {
        List<Quote> found = quotes("Gov. Ana Ruiz spoke first. Later the Alder Republican called the pier plan “a "
                + "gift to the banks”.");

        assertThat(found).extracting(Quote::text).containsExactly("a gift to the banks");
        assertThat(found.get(0).speaker()).isNotEqualTo(Optional.of("Alder Republican"));
    }

    @Test
    void anInterjectionIsSpokenThoughInTitleCase() {
        List<Quote> found = quotes("Tomas Novak tried to laugh it off by interjecting, “Only The Night Ferry.” "
                + "Nobody laughed.\n\n“Fix the pier,” Ines Okafor echoed.");

        assertThat(found).extracting(Quote::text, Quote::kind, Quote::speaker).containsExactly(
                tuple("Only The Night Ferry.", QuoteKind.DIRECT, Optional.of("Tomas Novak")),
                tuple("Fix the pier", QuoteKind.DIRECT, Optional.of("Ines Okafor")));
    }

    @Test
    void aPersonAfterAPrepositionIsNotTheSubjectThatSpeaks() {
        List<Quote> found = quotes("With the ferry crews worried about Tomas Novak, Ines Okafor is giving a new "
                + "message: “The pier stays open.”");

        assertThat(found).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("The pier stays open.", Optional.of("Ines Okafor")));
    }

    @Test
    void aSubheadingInCapitalsAloneInItsParagraphIsNoQuote() {
        List<Quote> found = quotes("The ferry crews met on Monday.\n“SAFE AND SOUND BY MAY”\n“We will sail in May,” "
                + "Tomas Novak said.");

        assertThat(found).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("We will sail in May", Optional.of("Tomas Novak")));
    }

    @Test
    void aTitleEndingInItsBracketsThatTheWritersSentenceGoesOnFromIsNoQuote() {
        List<Quote> found = quotes("The crowd fell silent.\n\n“Low Tide (Pier Version)” was written by Tomas Novak "
                + "after the storm of 2009.\n\n“Salt And Iron” star Ines Okafor was described as a “quiet giant” by "
                + "the crews.");

        assertThat(found).extracting(Quote::text).containsExactly("quiet giant");
    }

    @Test
    void aLabelAloneInItsParagraphIsNoQuote() {
        List<Quote> found = quotes("The ferry crews met on Monday.\n\n\"Related:\"\n\nPier Talks Enter Third Week.\n\n"
                + "“We will sail in May,” Tomas Novak said.");

        assertThat(found).extracting(Quote::text).containsExactly("We will sail in May");
    }

    @Test
    void aConnectiveBeforeTheSpeakerLeavesTheQuoteAllTheSentenceReports() {
        List<Quote> found = quotes("The council voted on Monday. But, Mayor Ines Okafor said, “the pier will stay "
                + "shut until May.” The crews were angry. Still, she added, “we will pay every crew in full.”");

        assertThat(found).extracting(Quote::text, Quote::kind, Quote::speaker).containsExactly(
                tuple("the pier will stay shut until May.", QuoteKind.DIRECT, Optional.of("Ines Okafor")),
                tuple("we will pay every crew in full.", QuoteKind.DIRECT, Optional.of("Ines Okafor")));
    }

    @Test
    void aSentenceAfterASpeechVerbsParticipleOrToldHisListenersIsDirect() {
        List<Quote> found = quotes("Tomas Novak closed the pier on Friday, saying, “the ferry will not sail this "
                + "week.” Later Marit Solberg told her supporters, “our harbour is in trouble and we must act.” "
                + "Ines Okafor left early, calling it “a sad day”.");

        assertThat(found).extracting(Quote::text, Quote::kind).containsExactly(
                tuple("the ferry will not sail this week.", QuoteKind.DIRECT),
                tuple("our harbour is in trouble and we must act.", QuoteKind.DIRECT),
                tuple("a sad day", QuoteKind.PARTIAL));
    }

    @Test
    void theNameBeforeAnAdverbAndTheSpeechVerbSpeaks() {
        List<Quote> found = quotes("“The pier is done,” Tomas Novak said.\n\nDreading each winter, Icelanders often "
                + "say, “Wait five minutes and the weather will change.”");

        assertThat(found).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("The pier is done", Optional.of("Tomas Novak")),
                tuple("Wait five minutes and the weather will change.", Optional.of("Icelanders")));
    }

    @Test
    void aStadiumWherePeopleChantedIsNoSpeaker() {
        List<Quote> found = quotes("Small groups of protesters marched near Alder Bank Stadium, where the Harbour "
                + "Rovers played the Norfield Owls, while chanting, “Open the pier now.”");

        assertThat(found).extracting(Quote::text).containsExactly("Open the pier now.");
        assertThat(found.get(0).speaker()).isEmpty(); // not the stadium, nor the team in the "where" clause
        assertThat(quotes("Protesters walked around Alder Bank Stadium - where the Harbour Rovers played the "
                + "Norfield Owls - while chanting, \"Open the pier now.\"")).extracting(Quote::speaker)
                .containsExactly(Optional.empty());
    }

    @Test
    void oneWhoSpeaksForSomeoneIsTheSpeakerNotThePersonSpokenFor() {
        List<Quote> found = quotes("The council met on Tuesday.\n\n“We will start the dredging in May,” a "
                + "spokeswoman for Mayor Alan Ridley said.\n\n“The fares stay the same,” an aide to Senator Paul "
                + "Grant told reporters.\n\n“It is over,” said the lawyer for Paul Grant.\n\nRidley’s campaign "
                + "shrugged off the vote, telling reporters, “Nothing has changed.”\n\nA spokesman for the Harbour "
                + "Board said: “The pier opens in June.”\n\n“The pier is safe,” said a spokesman for the Harbour "
                + "Board.");

        assertThat(found).extracting(Quote::speaker).containsExactly(
                Optional.of("spokeswoman for Alan Ridley"), Optional.of("aide to Paul Grant"),
                Optional.of("lawyer for Paul Grant"), Optional.of("Alan Ridley’s campaign"),
                Optional.of("Harbour Board"), Optional.of("Harbour Board")); // a body's spokesman speaks as the body
    }

    @Test
    void anAgentIsFoundWhateverComesBeforeOrAfterIt() {
        List<Quote> found = quotes("Speaking at Harbour University, a spokesman for Mayor Alan Ridley said, “We will "
                + "rebuild.”\n\n“We are ready,” Ridley's lawyer said.\n\n“We are ready,” the Harbour Board's "
                + "spokesman said.\n\n“It is not over,” aides to Senator Paul Grant said.\n\n“We will appeal,” a "
                + "spokeswoman for Mayor Alan Ridley, Jane Doe, said.");

        assertThat(found).extracting(Quote::speaker).containsExactly(
                Optional.of("spokesman for Alan Ridley"), Optional.of("Alan Ridley’s lawyer"),
                Optional.of("Harbour Board"), Optional.of("aides to Paul Grant"), Optional.of("Jane Doe"));
    }

    @Test
    void theOfficialAfterANamedOneAndASpeakerInAClauseThatRunsToTheQuoteStillSpeak() {
        List<Quote> found = quotes("Jane Doe, a city official, spoke first. “The bridge is safe,” she said. “It opens "
                + "Monday,” the official said.\n\nThe vote came on Monday, when Marit Solberg, speaking in Alder, "
                + "called the plan “a disgrace.”");

        assertThat(found).extracting(Quote::speaker).containsExactly(
                Optional.of("Jane Doe"), Optional.of("Jane Doe"), Optional.of("Marit Solberg"));
    }

    @Test
    void aQuoteInsideTheNextParagraphsSentenceIsNotTheLastSpeakers() {
        List<Quote> found = quotes("“We are ready,” Tomas Novak said.\n\n“The pier opens in June.”\n\nCrowds "
                + "outside the hall, where the vote was held, kept chanting, “Open the pier now.”");

        assertThat(found).extracting(Quote::speaker).containsExactly(
                Optional.of("Tomas Novak"), Optional.of("Tomas Novak"), Optional.empty());
    }

    @Test
    void aCrossheadADatelineOrAPieceOfAWordIsNoSpeaker() {
        List<EntityMention> none = List.of();
        assertThat(QuoteExtractor.looksLikeASpeaker("HARBOUR POLLS NOT WRONG", none)).isFalse();
        assertThat(QuoteExtractor.looksLikeASpeaker("ALDERTONVILLE", none)).isFalse();
        assertThat(QuoteExtractor.looksLikeASpeaker("Pier Statement—the", none)).isFalse();
        assertThat(QuoteExtractor.looksLikeASpeaker("Co", none)).isFalse();
        assertThat(QuoteExtractor.looksLikeASpeaker("CNN", none)).isTrue();
        assertThat(QuoteExtractor.looksLikeASpeaker("UNICEF", none)).isTrue();
        assertThat(QuoteExtractor.looksLikeASpeaker("Ines Okafor", none)).isTrue();
        // a guard: the recogniser's people and bodies keep short or capital names
        assertThat(quotes("President Xi Jinping met the envoy on Monday. “We will never allow it,” Xi said. “The "
                + "strike hit its target,” HARBCOM said.")).extracting(Quote::speaker)
                .containsExactly(Optional.of("Xi"), Optional.of("HARBCOM"));
    }

    @Test
    void theLawyerAfterANamedSpeakerIsSomeoneElse() {
        assertThat(quotes("“We will appeal,” Tomas Novak said. “The ruling is wrong,” the lawyer said."))
                .extracting(Quote::speaker).containsExactly(Optional.of("Tomas Novak"), Optional.empty());
    }

    @Test
    void aQuoteSignedWithANameInMarksIsTheirsAndTheNameIsNoQuote() {
        List<Quote> found = quotes("Survivors wrote to their MPs.\n\n“It was a terrible day,” said Marit "
                + "Solberg.\n\n\"We are reminded every day of what happened.\" - \"Fiona\"\n\n\"The support "
                + "has been poor.\" - \"Susan\"");

        assertThat(found).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("It was a terrible day", Optional.of("Marit Solberg")),
                tuple("We are reminded every day of what happened.", Optional.of("Fiona")),
                tuple("The support has been poor.", Optional.of("Susan")));
    }

    @Test
    void thePlaceAnOfficialServesIsNoSpeakerButASourceAfterAccordingToIs() {
        List<Quote> found = quotes("Each column stands for “a unique person and a unique grief” according to the "
                + "Minister for London. The pier report is “long overdue,” according to Harbour Watch.");

        assertThat(found).extracting(Quote::speaker).doesNotContain(Optional.of("London"));
        assertThat(found.get(1).speaker()).isPresent();
    }

    @Test
    void aPronounStandsForTheSubjectNotForWhomTheSubjectActedOn() {
        List<Quote> found = quotes("Speaking at the end of Harbour Festival, Ines Okafor praised the crews. She "
                + "presented their skipper, Captain Tomas Novak, with a medal.\n\nThe mayor went on to thank "
                + "the town. She added that she was “proud of every one of them.”");

        assertThat(found).extracting(Quote::speaker).containsExactly(Optional.of("Ines Okafor"));
    }

    @Test
    void aWordOrAPaperInMarksAfterADashSignsNothing() {
        List<Quote> found = quotes("Letters came in all week.\n\n“The pier is ours,” Tomas Novak said.\n\n\"We are "
                + "tired.\" - \"Exhausted\"\n\n\"The ferry must run.\" - \"Pauline\"");

        // neither a word nor the speaker of the letter before; no quote of its own either
        assertThat(found).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("The pier is ours", Optional.of("Tomas Novak")), tuple("We are tired.", Optional.empty()),
                tuple("The ferry must run.", Optional.empty()));
    }

    @Test
    void aPronounAfterAnotherPersonsPronounOrASourceAfterAPrepositionKeepsItsPerson() {
        assertThat(quotes("Maria Solberg opened the meeting. She said Tomas Novak would step down. He called the "
                + "decision “painful.”")).extracting(Quote::speaker).containsExactly(Optional.of("Tomas Novak"));
        assertThat(quotes("According to Ines Okafor, the ferry is “unsafe.” She said the council “must act.”"))
                .extracting(Quote::speaker).containsExactly(Optional.of("Ines Okafor"), Optional.of("Ines Okafor"));
        assertThat(quotes("“It is over,” the government of Israel said.")).extracting(Quote::speaker)
                .containsExactly(Optional.of("Israel"));
    }

    @Test
    void aPersonAfterATeamAndARoleAndAPronounAfterANameAtTheEndOfASentence() {
        assertThat(quotes("“We go again,” said Harbour Rovers manager Tomas Novak. “Nine of us were ill,” wrote "
                + "Maria Solberg for Harbour Weekly.")).extracting(Quote::speaker)
                .containsExactly(Optional.of("Tomas Novak"), Optional.of("Maria Solberg"));
        assertThat(quotes("The award went to Ines Okafor. She said she was “humbled.”")).extracting(Quote::speaker)
                .containsExactly(Optional.of("Ines Okafor"));
    }

    /** Guards against the rule above taking the wrong person: these passed before it too. */
    @Test
    void aNamedSpokespersonOrALawyerNamedBeforeTheirClientStillSpeaks() {
        List<Quote> found = quotes("“We are ready,” Ridley’s lawyer Tomas Novak said. “The bridge will hold,” "
                + "Marit Solberg, a spokeswoman for Governor Maria Costa, said.");

        assertThat(found).extracting(Quote::speaker).containsExactly(
                Optional.of("Tomas Novak"), Optional.of("Marit Solberg"));
    }

    @Test
    void aNameTheWriterGivesWithCalledAfterItsNounIsNoQuote() {
        List<Quote> found = quotes("The troupe is staging a comic play called “The Pier Kings” in Alder. A blog, "
                + "called the “Harbour Feed,” covers it daily. Tomas Novak called the play “a cheap shot at the "
                + "crews” on Monday.");

        assertThat(found).extracting(Quote::text).containsExactly("a cheap shot at the crews");
    }

    @Test
    void aNicknameAndAPartyInBracketsDoNotPutTheSpeakerOutOfReach() {
        List<Quote> found = quotes("The hall was full.\n\n\"This is a great night for our harbour, Tomas Novak!\" "
                + "Novak's cousin, state Del. Marit \"Mimi\" Solberg (D-Alder Bay), shouted to the crowd.");

        assertThat(found).extracting(Quote::text, Quote::speaker).containsExactly(
                tuple("This is a great night for our harbour, Tomas Novak!", Optional.of("Marit Solberg")));
    }

    @Test
    void aQuoteThatOpensASentenceAfterAReportOfItsSpeakerIsTheirs() {
        assertThat(quotes("The harbour will reopen before the winter storms, once the divers finish, Tomas Novak "
                + "said on Tuesday. “We have checked every pile under the pier twice.”\n\nThe ferry company's "
                + "director, Marit Solberg, described the repairs as slow but careful. “Nobody wants to rush a "
                + "job like this one.”"))
                .extracting(Quote::text, Quote::kind, Quote::speaker)
                .containsExactly(tuple("We have checked every pile under the pier twice.", QuoteKind.DIRECT,
                                Optional.of("Tomas Novak")),
                        tuple("Nobody wants to rush a job like this one.", QuoteKind.DIRECT,
                                Optional.of("Marit Solberg")));
    }

    @Test
    void aQuoteAfterASentenceWithAQuoteOfItsOwnTakesNoSpeakerFromThatSentence() {
        assertThat(quotes("Ines Okafor met the divers on Monday. The pier, one engineer said, is “sound enough.” "
                + "“It will hold for years.”"))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("sound enough.", Optional.empty()),
                        tuple("It will hold for years.", Optional.empty()));
    }

    @Test
    void aQuoteWithItsOwnAttributionOrAfterAQuestionTakesNoSpeakerFromTheSentenceBefore() {
        // the man arrested does not speak for his lawyer, nor the man who resigned for the board's statement
        assertThat(quotes("Police arrested Tomas Vey on Friday. “He is innocent,” his lawyer said."))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("He is innocent", Optional.empty()));
        assertThat(quotes("Tomas Vey resigned on Monday. “The board thanks him,” the statement said."))
                .extracting(Quote::speaker).containsExactly(Optional.empty());
        // whoever asks is not who answers
        assertThat(quotes("Reporters asked Marit Solberg whether she would run again. “Not this time.”"))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(tuple("Not this time.", Optional.empty()));
    }
}
