package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How statements become facts, on sentences written for the test with embeddings set by hand. */
class FactAlignerTest {
    private static final FactAligner ALIGNER = new FactAligner(new ClaimCheck(ClaimCheck.Config.DEFAULTS), 0.72);

    private static Statement statement(String article, String text) {
        Claim claim = StatementExtractor.claim(text, Set.of("LOCATION:Harrowgate"), Set.of(), Set.of(), Set.of(),
                List.of());
        return new Statement(article, article, 0, text.length(), text, false, 0, true, claim);
    }

    /** Unit vectors at a set cosine: all alike here, so the claim check alone decides. */
    private static float[] vector() {
        float[] v = new float[4];
        v[0] = 1;
        return v;
    }

    @Test
    void aSourceThatAddsAClaimChangingDetailAlsoGivesThatDetailAsAFactOfItsOwn() {
        List<Statement> statements = List.of(
                statement("a", "Harrowgate will host the regional water summit in May."),
                statement("b", "Harrowgate will host the regional water summit in May, marking the first time the "
                        + "town chairs it."),
                statement("c", "Harrowgate is set to host the regional water summit in May."));

        List<FactAligner.Aligned> facts = ALIGNER.align(statements, List.of(vector(), vector(), vector()));

        assertThat(facts).hasSize(2);
        FactAligner.Aligned shared = facts.get(0);
        assertThat(shared.statement().text()).doesNotContain("first");
        assertThat(shared.stating()).extracting(Statement::article).containsExactlyInAnyOrder("a", "b", "c");
        // "the first time" is b's alone: a fact cited to b only, not folded into the shared fact
        FactAligner.Aligned first = facts.get(1);
        assertThat(first.statement().text()).contains("first time");
        assertThat(first.stating()).extracting(Statement::article).containsExactly("b");
    }

    @Test
    void aSourceThatSaysNothingMoreIsUsedOnce() {
        List<Statement> statements = List.of(
                statement("a", "Harrowgate will host the regional water summit in May."),
                statement("b", "In May, Harrowgate will host the regional water summit."));

        List<FactAligner.Aligned> facts = ALIGNER.align(statements, List.of(vector(), vector()));

        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).stating()).extracting(Statement::article).containsExactlyInAnyOrder("a", "b");
    }

    /** A sentence closed by a participle phrase, with its main clause as a statement of its own. */
    private static Statement withPhrase(String article, String clause, String phrase) {
        String text = clause + ", " + phrase + ".";
        String core = clause + ".";
        Set<String> place = Set.of("LOCATION:Harrowgate");
        return new Statement(article, article, 0, text.length(), text, false, 0, true,
                StatementExtractor.claim(text, place, Set.of(), Set.of(), Set.of(), List.of()), Optional.of(
                new Statement.Clause(core, StatementExtractor.claim(core, place, Set.of(), Set.of(), Set.of(),
                        List.of()))));
    }

    @Test
    void whatSourcesStateWithoutTheClosingPhraseIsTheMainClauseCitedToThemAll() {
        List<Statement> statements = List.of(
                withPhrase("a", "The Harrowgate council called the new ferry timetable a success",
                        "highlighting shorter queues at the pier"),
                withPhrase("b", "The Harrowgate council called the new ferry timetable a success",
                        "citing a survey of commuters"));
        List<float[]> vectors = List.of(vector(), vector());

        List<FactAligner.Aligned> facts = ALIGNER.align(statements, vectors, vectors);

        // neither source gives the other's closing phrase: the fact is what both state, and no more
        assertThat(facts.get(0).text()).isEqualTo("The Harrowgate council called the new ferry timetable a success.");
        assertThat(facts.get(0).stating()).extracting(Statement::article).containsExactlyInAnyOrder("a", "b");
        // what each adds is not lost: each whole sentence is a fact of its own source
        assertThat(facts.subList(1, facts.size())).extracting(FactAligner.Aligned::text).containsExactlyInAnyOrder(
                "The Harrowgate council called the new ferry timetable a success, highlighting shorter queues at "
                        + "the pier.",
                "The Harrowgate council called the new ferry timetable a success, citing a survey of commuters.");
        assertThat(facts.subList(1, facts.size())).allSatisfy(f -> assertThat(f.stating()).hasSize(1));
        // with main clauses unknown, neither sentence is cited to the other
        List<float[]> none = new ArrayList<>();
        none.add(null);
        none.add(null);
        assertThat(ALIGNER.align(statements, vectors, none)).allSatisfy(f -> assertThat(f.stating()).hasSize(1));
    }

    @Test
    void aSourceThatGivesTheClosingPhraseTooStatesTheWholeSentence() {
        List<Statement> statements = List.of(
                withPhrase("a", "The Harrowgate council called the new ferry timetable a success",
                        "highlighting shorter queues at the pier"),
                withPhrase("b", "The Harrowgate council called the new ferry timetable a success",
                        "pointing to shorter queues at the pier"));
        List<float[]> vectors = List.of(vector(), vector());

        List<FactAligner.Aligned> facts = ALIGNER.align(statements, vectors, vectors);

        assertThat(facts).hasSize(1);
        assertThat(facts.get(0).text()).endsWith("at the pier.");
        assertThat(facts.get(0).stating()).hasSize(2);
    }
}
