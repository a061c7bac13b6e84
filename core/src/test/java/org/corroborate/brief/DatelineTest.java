package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelineTest {
    @Test
    void aLineOfDateWeekdayClockZoneWireOrPlaceInCapitalsIsADateline() {
        assertThat(BriefBuilder.isDateline("Friday, March 23, 2007", "March 23, 2007")).isTrue();
        assertThat(BriefBuilder.isDateline("Posted at 10:42, March 9, 2026", "March 9, 2026")).isTrue();
        assertThat(BriefBuilder.isDateline("March 9, 2026 — Updated 14:05 GMT", "March 9, 2026")).isTrue();
        assertThat(BriefBuilder.isDateline("ALDERTON, March 9, 2026 (Reuters)", "March 9, 2026")).isTrue();
    }

    @Test
    void aSentenceThatTellsSomethingIsNoDateline() {
        assertThat(BriefBuilder.isDateline("The pier closed on March 9, 2026.", "March 9, 2026")).isFalse();
        assertThat(BriefBuilder.isDateline("On March 9, 2026 at 10:42, FIRE broke out.", "March 9, 2026"))
                .isFalse();
        // a long run of capitals that fails late must not take exponential time
        assertThat(BriefBuilder.isDateline("ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ x, March 9",
                "March 9")).isFalse();
    }
}
