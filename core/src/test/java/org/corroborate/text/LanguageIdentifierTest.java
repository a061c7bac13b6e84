package org.corroborate.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageIdentifierTest {
    private final LanguageIdentifier identifier = new LanguageIdentifier();

    @Test
    void englishNews() {
        Language language = identifier.identify("The bridge was closed on Monday after inspectors found a crack "
                + "in one of its girders, and the council said it would reopen next month.");
        assertThat(language.code()).isEqualTo("eng");
        assertThat(language.english()).isTrue();
    }

    @Test
    void frenchAndGermanAreNotEnglish() {
        Language french = identifier.identify("Le pont a été fermé lundi après que des inspecteurs ont découvert "
                + "une fissure dans une poutre en acier, a déclaré la mairie dans un communiqué publié mardi.");
        Language german = identifier.identify("Die Brücke wurde am Montag gesperrt, nachdem Prüfer einen Riss in "
                + "einem Stahlträger entdeckt hatten, teilte die Stadtverwaltung am Dienstag mit.");
        assertThat(french.code()).isEqualTo("fra");
        assertThat(german.code()).isEqualTo("deu");
        assertThat(french.english()).isFalse();
    }

    @Test
    void aHeadlineIsTooShortToTell() {
        assertThat(identifier.identify("Bridge shut after crack found").code()).isEqualTo(Language.UNDETERMINED);
    }
}
