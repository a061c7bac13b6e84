package org.corroborate.extract.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The resolver splits names into words as the regular expression it replaced did, on every kind of input. */
class EntityResolverWordsTest {
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Test
    void splitsNamesAsTheRegularExpressionDid() {
        for (String name : new String[] {"Sara Olsen", "Olsen", "", " ", "  Sara", "Sara  ", "Mary\tAnn\nLee",
            "Jean-Luc  Picard ", "O'Neill\u00A0Smith", "\u000BX\fY\rZ"}) {
            assertThat(EntityResolver.words(name)).as("[%s]", name).containsExactly(SPACES.split(name));
        }
    }

    @Test
    void splitsSeededRandomStringsAsTheRegularExpressionDid() {
        Random random = new Random(7);
        String alphabet = "ab \t\n\u000B\f\r.\u00A0-";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(9);
            for (int i = 0; i < length; i++) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(EntityResolver.words(name.toString())).as("[%s]", name)
                    .containsExactly(SPACES.split(name));
        }
    }
}
