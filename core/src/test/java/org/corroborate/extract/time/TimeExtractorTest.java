package org.corroborate.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeExtractorTest {
    private static final Pattern TIMEX = Pattern.compile(
            "<TIMEX3 [^>]*type=\"(\\w+)\" value=\"([^\"]+)\"[^>]*>([^<]*)</TIMEX3>");
    private final TimeExtractor extractor = new TimeExtractor();

    private static Optional<ReferenceDate> published(String date) {
        return Optional.of(new ReferenceDate(LocalDate.parse(date), ReferenceDate.Basis.PUBLISHED));
    }

    @ParameterizedTest(name = "{0} in an article of {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "The two mayors spoke by phone on Monday.|2025-01-28|2025-01-27",
        "The vote, held on Monday, was the first in years.|2025-01-27|2025-01-27",
        "The minister will visit the harbour on Monday.|2025-01-28|2025-02-03",
        "The ferry is expected to arrive in February.|2025-01-28|2025-02",
        "Port Alder is set to host the regatta later this year.|2025-01-28|2025",
        "The envoy last visited the city in September 2024.|2025-01-28|2024-09",
        "She took office on January 20.|2025-01-28|2025-01-20",
        "They met last week.|2025-01-28|2025-W04",
        "The crane is going to be coming over next month.|2025-01-28|2025-02",
        "Ferry traffic doubled in 2023-24.|2025-01-28|2023/2024",
        "Her first term (2017–2021) was marked by strikes.|2025-01-28|2017/2021",
        "It lasted a month.|2025-01-28|P1M",
        "Parents have been told to make arrangements for Tuesday.|2026-03-12|2026-03-17",
        "The two councils agreed to meet on Friday.|2025-01-28|2025-01-31",
        "The mayor told reporters on Monday that the bridge was safe.|2025-01-28|2025-01-27",
        "The governor on Saturday vowed to rebuild the pier.|2025-01-28|2025-01-25",
        "Two people were hurt in a blast next to the station on Friday.|2025-01-28|2025-01-24",
        "The council will vote on Friday.|2025-01-31|2025-01-31",
        "Mill Road will stay closed until Friday.|2026-05-14|2026-05-15",
        "The mayor will visit the injured workers in hospital on Saturday.|2026-05-14|2026-05-16",
        "The road was closed on Tuesday.|2026-05-14|2026-05-12",
        "The offer had been scheduled to expire Friday.|2025-01-28|2025-01-24",
        "The permit had been due to lapse on Friday.|2025-01-28|2025-01-24",
        "Colonel Ames will be named commander of a mission in December.|2025-03-04|2025-12",
        "The talks are supposed to conclude by May.|2025-03-22|2025-05",
        "The dividend will be paid on an unspecified date in January.|2025-11-03|2026-01",
        "The boy was rescued on Thanksgiving Day.|2025-01-28|2024-11-28",
        "The market will close on Christmas Day.|2025-11-03|2025-12-25",
        "The envoy will leave at 4 a.m. EST Thursday.|2025-01-28|2025-01-30T04:00",
        "The fugitive was last seen Nov. 3 near the border.|2025-05-07|2024-11-03",
        "On May 6, the suspect was charged.|2025-10-24|2025-05-06",
        "Acme said it expects to report third-quarter profit next week.|2025-11-03|2025-Q3",
        "The deal should close by year-end.|2025-11-03|2025-12-31",
        "Shares have risen 20% since year-end, she said.|2025-11-03|2024-12-31",
        "The change in each index is since year-end.|2025-11-03|2024-12-31",
        // the end of a year, spelt without the hyphen, is that year (TimeML's value, with mod END)
        "The mill plans to hire 300 welders by year end.|2025-09-15|2025",
        "The new rules should be in force by the year's end.|2025-09-15|2025",
        "Orders have doubled since year end, the broker said.|2025-09-15|2024",
        "The mill plans to hire 300 welders by year  end.|2025-09-15|2025",
        // a participle after "is" makes a passive of the present, not a past: the appeal is still to come
        "The appeal is heard in June by three judges at a court the county will open.|2025-03-20|2025-06",
        // a present in a clause of time or condition is a future, whatever the tense of the sentence around it
        "As of Monday, the builders still had not signed a pledge to sell the yard if the town wins when the claim is heard in June.|2025-03-20|2025-06",
        // ... but a time that names a thing of the clause ("the fire in May") keeps the tense of the sentence
        "When they are asked about the fire in May, officials went quiet.|2025-08-10|2025-05",
        // "before" as an adverb opens no such clause
        "As we noted before, the only such case is a ruling in September by the high court.|2025-03-20|2024-09",
        // the day before or after a day named is one date
        "The ferry returned to service the day before last Tuesday.|2025-01-30|2025-01-27",
        "The harbour board reopened the pier the day after March 3.|2025-03-20|2025-03-04",
        // "should" looks ahead as "could" and "would" do
        "The footbridge should reopen in August.|2025-03-20|2025-08",
        // what a plan, a postponement or an announced change names lies ahead
        "The ferry service was planned for March.|2025-02-10|2025-03",
        "Protesters planned a march through the old town on Saturday.|2025-01-30|2025-02-01",
        "The club had planned a dinner on Saturday.|2025-01-30|2025-01-25",
        "Heavy rain is forecast for Saturday.|2025-01-30|2025-02-01",
        "The council postponed the vote until Tuesday.|2025-01-30|2025-02-04",
        "The agency gave the owners until 9 a.m. Tuesday to sign the deal.|2025-01-30|2025-02-04T09:00",
        "The port extended its deadline until Monday.|2025-01-30|2025-02-03",
        "The bank has extended the loans through January.|2025-10-30|2026-01",
        "The bank created a new board, effective Feb. 1.|2025-10-26|2026-02-01",
        "The agency said final rules to be published in early November would decide.|2025-10-02|2025-11",
        // "and" inside a name opens no clause of its own
        "On Tuesday, the Alder and Harbour Ferry Company plans to reopen the pier.|2025-01-30|2025-02-04",
    })
    void resolvesAgainstThePublicationDate(String sentence, String published, String value) {
        List<TimeExpression> times = extractor.extract(sentence, published(published));

        assertThat(times).extracting(TimeExpression::value).contains(value);
    }

    /** Sentence, publication date, the expression's text as found, its type and value. */
    @ParameterizedTest(name = "{0}: [{2}] {3} {4}")
    @CsvSource(delimiter = '|', value = {
        // counted spans take their lead and hedge words in
        "Exports fell over the past two months.|2025-01-28|the past two months|DURATION|P2M",
        "Output rose 4% in the first nine months.|2025-01-28|the first nine months|DURATION|P9M",
        "The plant shut for nearly two decades.|2025-01-28|nearly two decades|DURATION|P20Y",
        "The talks could last the next 12 to 18 months.|2025-01-28|the next 12 to 18 months|DURATION|PXM",
        // halves, and spans counted on from an event to a time of day
        "The flight took 5 1/2 hours.|2025-01-28|5 1/2 hours|DURATION|PT5H30M",
        "The crews waited an hour and a half.|2025-01-28|an hour and a half|DURATION|PT1H30M",
        "The families lived in camps for 2 1/2 years.|2025-01-28|2 1/2 years|DURATION|P2Y6M",
        "The talks took three and a half weeks.|2025-01-28|three and a half weeks|DURATION|P3.5W",
        "Just over an hour later, the ferry sank.|2025-01-28|an hour|DURATION|PT1H",
        "The storm hit the coast. Three days later, the pier reopened.|2025-01-28|Three days|DURATION|P3D",
        "The ferry sailed again a few days later.|2025-01-28|a few days|DURATION|PXD",
        // hyphenated spans
        "The union called a four-week strike.|2025-01-28|four-week|DURATION|P4W",
        "He ended a 16-hour shift at dawn.|2025-01-28|16-hour|DURATION|PT16H",
        "The towns ended a decades-long feud.|2025-01-28|decades-long|DURATION|PXY",
        "It was a day-long strike.|2025-01-28|day-long|DURATION|P1D",
        // counted back from the publication date: a date at the unit's grain
        "The mill closed two years ago.|2025-01-28|two years ago|DATE|2023",
        "The mayor resigned six weeks ago.|2025-01-28|six weeks ago|DATE|2024-W51",
        "The ferry sank almost four months ago.|2025-01-28|almost four months ago|DATE|2024-09",
        "Prices rose 3% from $4 million a year ago.|2025-01-28|a year ago|DATE|2024",
        "Third-quarter profit rose 5%. A plant opened in March. Sales rose from a year ago.|2025-11-03|a year ago|DATE|2024-Q3",
        // after a span of months, "a year earlier" is the year before, not the quarter a year before
        "Third-quarter profit rose 9%. For the nine months, net rose to $8 million from $6 million a year earlier.|2025-11-03|a year earlier|DATE|2024",
        "Third-quarter profit rose 9%. For the nine months, Acme lost $2 million, against year-earlier net income of $1 million.|2025-11-03|year-earlier|DATE|2024",
        // "last year" compared with a quarter is that quarter a year before; with no quarter, the year
        "In the latest quarter, Acme earned $2 million, compared with $3 million last year.|2025-11-03|last year|DATE|2024-Q3",
        "Ferry traffic rose 5% from last year.|2025-11-03|last year|DATE|2024",
        // a period that ended did so by a day that has come
        "In the fiscal year ended Jan. 31, the chain lost money.|2025-10-31|Jan. 31|DATE|2025-01-31",
        // units without a count
        "The ferry line has been losing money for years.|2025-01-28|years|DURATION|PXY",
        "Troops could be sent within weeks, the minister said.|2025-01-28|weeks|DURATION|PXW",
        // quarters, halves and fiscal years
        "Third-quarter profit rose 12%.|2025-11-03|Third-quarter|DATE|2025-Q3",
        "Sales fell in the fourth quarter, the company said.|2026-02-10|the fourth quarter|DATE|2025-Q4",
        "Sales will rise in the first half.|2025-11-03|the first half|DATE|2026-H1",
        "Output fell in the third quarter of 2019.|2025-11-03|the third quarter of 2019|DATE|2019-Q3",
        "The budget for fiscal 2026 was cut.|2025-11-03|fiscal 2026|DATE|2026",
        "Margins will be thinner in the last half of 2026.|2025-11-03|the last half of 2026|DATE|2026-H2",
        "Orders dried up in the final quarter of 2019.|2025-11-03|the final quarter of 2019|DATE|2019-Q4",
        "Earnings rose in the current quarter.|2025-11-03|the current quarter|DATE|2025-Q4",
        // two words before "quarter" or "period" that both say it lies a year before
        "Acme expects a profit for the third quarter. In the comparable year-ago quarter, it lost $4 million.|2025-10-27|the comparable year-ago quarter|DATE|2024-Q3",
        "Acme expects a profit for the third quarter. Sales in the corresponding year-earlier period were flat.|2025-10-27|the corresponding year-earlier period|DATE|2024-Q3",
        "Acme earned $5 million in the third quarter. The storm will mean a fourth-quarter charge. Sales in the latest quarter rose 8%.|2025-11-03|the latest quarter|DATE|2025-Q3",
        // vague references
        "Ferries now leave every hour.|2025-01-28|now|DATE|PRESENT_REF",
        "The bridge is currently closed.|2025-01-28|currently|DATE|PRESENT_REF",
        "The council recently voted to close it.|2025-01-28|recently|DATE|PAST_REF",
        "The current fares will stay.|2025-01-28|current|DATE|PRESENT_REF",
        "Holders may buy shares at half the then-current price.|2025-01-28|then-current|DATE|PAST_REF",
        "Fares may rise in the near future.|2025-01-28|the near future|DATE|FUTURE_REF",
        "Such storms were rare in the past.|2025-01-28|the past|DATE|PAST_REF",
        "Prices have climbed in recent weeks.|2025-01-28|recent weeks|DURATION|PXW",
        "Funds may sell more bonds in the weeks ahead.|2025-01-28|the weeks ahead|DURATION|PXW",
        "Losses hurt more these days.|2025-01-28|these days|DATE|PRESENT_REF",
        "The harbour will one day be a park.|2025-01-28|one day|DATE|FUTURE_REF",
        "The strike lasted one day.|2025-01-28|one day|DURATION|P1D",
        // the weekend, by the tense of its sentence; "the year" of writing, or a fiscal year's span
        "Talks went on over the weekend.|2025-01-28|the weekend|DATE|2025-W04-WE",
        "The festival will open this weekend.|2025-01-28|this weekend|DATE|2025-W05-WE",
        "For the year, ferry traffic was flat.|2025-11-03|the year|DATE|2025",
        "Results are expected at the end of the month.|2025-11-03|the end of the month|DATE|2025-11",
        "Acme expects higher sales for the full year.|2025-11-03|the full year|DATE|2025",
        "Earnings will fall for the fiscal year, Acme said.|2025-11-03|the fiscal year|DATE|2025",
        "In the fiscal year ended June 30, Acme lost money.|2025-11-03|the fiscal year|DURATION|P1Y",
        // a unit named by the date in focus; a year with its part written on
        "The mill closed in June 2019 and reopened later that year.|2025-01-28|later that year|DATE|2019",
        "The pier opened on May 22, 2019, and the following year it flooded.|2025-01-28|the following year|DATE|2020",
        "The strike began on Oct. 23, 2024. Earlier that day, talks broke down.|2025-01-28|Earlier that day|DATE|2024-10-23",
        "The mill changed hands in March 2024 and again the previous month.|2025-01-28|the previous month|DATE|2024-02",
        "The party split in mid-2019.|2025-01-28|mid-2019|DATE|2019",
        "The post-1959 politics split families.|2025-01-28|post-1959|DATE|1959",
        // weekdays that recur
        "The market opens every Monday.|2025-01-28|every Monday|SET|XXXX-WXX-1",
        "The festival is held every two years.|2025-01-28|every two years|SET|P2Y",
        "The council meets every other week.|2025-01-28|every other week|SET|P2W",
        "The club meets on Tuesday nights.|2025-01-28|Tuesday nights|SET|XXXX-WXX-2TNI",
        "Profit for the year ended June 30 doubled.|2025-11-03|the year|DURATION|P1Y",
        // seasons, decades, centuries, spoken years
        "The pier was rebuilt last fall.|2025-04-10|last fall|DATE|2024-FA",
        "Work will resume this summer.|2025-04-10|this summer|DATE|2025-SU",
        "The mill thrived in the late 1970s.|2025-04-10|the late 1970s|DATE|197",
        "The canal dates from the 19th century.|2025-04-10|the 19th century|DATE|18",
        "It opened in nineteen ninety-six.|2025-04-10|nineteen ninety-six|DATE|1996",
        "The pier froze in the winter of nineteen eighty-seven.|2025-04-10|the winter of nineteen eighty-seven|DATE|1987-WI",
        "The pier thrived in the nineties.|2025-04-10|the nineties|DATE|199",
        "Wages fell in the last decade.|2025-04-10|the last decade|DATE|201",
        "Threats became routine over the past decade.|2025-04-10|the past decade|DURATION|P10Y",
        "The ferry was sold in January nineteen ninety-seven.|2025-04-10|January nineteen ninety-seven|DATE|1997-01",
        "The regatta is held each July.|2025-04-10|each July|SET|XXXX-07",
        "Turnout fell on Election Day.|2025-12-01|Election Day|DATE|2025-11-04",
        "The offensive ended on Good Friday.|2025-05-02|Good Friday|DATE|2025-04-18",
        "Pilgrims will gather on Easter Sunday.|2025-03-10|Easter Sunday|DATE|2025-04-20",
        "Protesters prayed as Easter week began.|2025-04-14|Easter week|DATE|2025-W16",
        "She had planned to marry on Valentine's Day in 2012.|2025-04-14|Valentine's Day in 2012|DATE|2012-02-14",
        "The rising began on Easter Monday, 1916.|2025-04-14|Easter Monday, 1916|DATE|1916-04-24",
        // the second day of a pair or range in one month; a year before 1900 after a preposition
        "The summit will be held on April 24 and 25.|2025-03-01|25|DATE|2025-04-25",
        "The festival runs June 10-12.|2025-03-01|12|DATE|2025-06-12",
        "Cuba won its independence from Spain in 1898.|2025-03-01|1898|DATE|1898",
        "The store will reopen after Labor Day.|2025-08-20|Labor Day|DATE|2025-09-01",
        "Crowds thinned over Memorial Day.|2025-06-02|Memorial Day|DATE|2025-05-26",
        // months and weekdays with their lead words
        "Sales slumped in mid-November.|2025-12-02|mid-November|DATE|2025-11",
        "The deal was signed last May.|2025-04-10|last May|DATE|2024-05",
        "The strike began in May.|2025-06-10|May|DATE|2025-05",
        "The refinery told buyers of a cut in output in September.|2025-08-14|September|DATE|2025-09",
        "The port said ships would be rerouted until mid-December.|2025-11-20|mid-December|DATE|2025-12",
        "The refinery cut its output in July.|2025-08-14|July|DATE|2025-07",
        "The council approved the plan in early October this year.|2025-12-03|early October this year|DATE|2025-10",
        "The ferry was sold in July last year.|2025-12-03|July last year|DATE|2024-07",
        "The court ruled last Wednesday.|2025-01-29|last Wednesday|DATE|2025-01-22",
        "Shares fell on Friday, from their close the previous Friday.|2025-02-03|the previous Friday|DATE|2025-01-24",
        "The editorial ran on Monday, Oct. 26, in the evening edition.|2025-10-25|Monday, Oct. 26|DATE|2025-10-26",
        "Friday's vote was close.|2025-01-28|Friday|DATE|2025-01-24",
        // times of day on their day
        "Polls closed at 15:00 GMT Saturday.|2025-01-28|15:00 GMT Saturday|TIME|2025-01-25T15:00",
        "The blast hit the port on Friday at 10:35 a.m. and shook the town.|2025-01-28|10:35 a.m.|TIME|2025-01-24T10:35",
        "The offer will expire at midnight Friday.|2025-01-28|midnight Friday|TIME|2025-01-31T24:00",
        "The case may be heard in the week of March 6.|2025-02-24|the week of March 6|DATE|2025-W10",
        "The vote is the day after tomorrow.|2025-01-28|the day after tomorrow|DATE|2025-01-30",
        "The pier was shut the day before last Tuesday's storm.|2025-01-30|the day before last Tuesday|DATE|2025-01-27",
        // "that day" after a month spoken of just before is a day of that month, which one unknown
        "The ferry sank last October off the cape. Its name was struck from the register that same day.|2025-02-16|that same day|DATE|2024-10-XX",
        "On May 3, 2024, the pier burned. That day, the mayor wept.|2025-02-16|That day|DATE|2024-05-03",
        // ... unless a day is named before the month: the day is the one spoken of
        "On Tuesday, the council said the pier would reopen in October. That same day, the mayor resigned.|2025-11-06|That same day|DATE|2025-11-04",
        // "last" alone, after "this year ... as" or "than", stands for last year
        "The mill expects to pay twice as large a bonus this year as last.|2025-10-15|last|DATE|2024",
        "Ferry trips rose more this week than last, the port said.|2025-10-15|last|DATE|2025-W41",
        "The anniversary falls on the 10th of March.|2025-01-28|the 10th of March|DATE|2025-03-10",
        "The drought is the worst in nearly half a century.|2025-01-28|nearly half a century|DURATION|P50Y",
        "The ferry was late by half an hour.|2025-01-28|half an hour|DURATION|PT30M",
        "She left the stage nearly half a century ago.|2025-01-28|nearly half a century ago|DATE|1975",
        "The mill closed a quarter-century ago.|2025-01-28|a quarter-century ago|DATE|2000",
        "The mill ran for a quarter century.|2025-01-28|a quarter century|DURATION|P25Y",
        // quarters, halves and fiscal years as business news writes them
        "Profit rose 4% in Q3 2024.|2025-01-28|Q3 2024|DATE|2024-Q3",
        "Sales fell in H1 2025.|2025-11-03|H1 2025|DATE|2025-H1",
        "Acme lost money in FY24.|2025-11-03|FY24|DATE|2024",
        "Acme said Q2 sales rose 5%.|2025-11-03|Q2|DATE|2025-Q2",
        // how often in a span of time: a set of that span
        "Ferries sail three times a week.|2025-01-28|three times a week|SET|P1W",
        "The board meets twice a year.|2025-01-28|twice a year|SET|P1Y",
        // centuries, counted or not: TimeML's unit of a century is C
        "The tower dominated the skyline for centuries.|2025-01-28|centuries|DURATION|PXC",
        "The walls stood for two centuries.|2025-01-28|two centuries|DURATION|P200Y",
        "Monks farmed here for several centuries.|2025-01-28|several centuries|DURATION|PXC",
        "The port was founded three centuries ago.|2025-01-28|three centuries ago|DATE|1725",
        // parts of days, and hours said with them
        "Yesterday afternoon, police closed the road.|2025-01-28|Yesterday afternoon|TIME|2025-01-27TAF",
        "The vote begins tomorrow morning.|2025-01-28|tomorrow morning|TIME|2025-01-29TMO",
        "Shares were up 2 pence at mid-afternoon yesterday.|2025-01-28|mid-afternoon yesterday|TIME|2025-01-27TAF",
        "By mid afternoon, the operation was over.|2025-01-28|mid afternoon|TIME|2025-01-28TAF",
        "The ferry docked at exactly 12 noon.|2025-01-28|12 noon|TIME|2025-01-28T12:00",
        "The ferry will leave at 4 in the morning.|2025-01-28|4 in the morning|TIME|2025-01-28T04:00",
        "The storm hit on Oct. 23, 2024. The next day, the pier reopened.|2025-01-28|The next day|DATE|2024-10-24",
        "Prices will fall through the first two quarters of 2026.|2025-11-03|the first two quarters of 2026|DATE|2026-H1",
        // a time zone between the time and its day
        "Acme extended its offer until 5 p.m. EST, Nov. 6.|2025-10-30|5 p.m. EST, Nov. 6|TIME|2025-11-06T17:00",
        "The agency gave the family until 9 a.m. EST Tuesday to sign.|2025-01-30|9 a.m. EST Tuesday|TIME|2025-02-04T09:00",
        "The quake struck at 3 a.m. local time Sunday.|2025-01-28|3 a.m. local time Sunday|TIME|2025-01-26T03:00",
        // a part of the day without its day: of the day named just before, else of the day of writing
        "Grain prices slid on Friday. Millers bought heavily in the morning, brokers said.|2025-01-27|the morning|TIME|2025-01-24TMO",
        "The ferry will leave during the evening.|2025-01-27|the evening|TIME|2025-01-27TEV",
        // the near and the short term lie ahead, as the near future does
        "The port expects losses in the near term.|2025-01-28|the near term|DATE|FUTURE_REF",
        "Fares will stay low for the short term, the ferry line said.|2025-01-28|the short term|DATE|FUTURE_REF",
    })
    void findsSpansTypesAndValues(String sentence, String published, String text, String type, String value) {
        List<TimeExpression> times = extractor.extract(sentence, published(published));

        assertThat(times).extracting(t -> t.text() + "|" + t.type() + "|" + t.value())
                .contains(text + "|" + type + "|" + value);
    }

    @Test
    void aPartOfTheDayThatNamesItsDayIsNoPartOfDayOnItsOwn() {
        assertThat(extractor.extract("The rally began in the afternoon of May 3, and a vigil followed in the evening"
                + " after the vote.", published("2025-06-10"))).extracting(TimeExpression::text)
                .containsExactly("May 3");
    }

    /** What was said before decides: the quarter a report is about, and what "a year earlier" compares with. */
    @Test
    void theYearAfterAPairOfDaysIsTheYearOfBoth() {
        assertThat(extractor.extract("The talks ran on April 24 and 25, 2019 in Geneva, and meet again on "
                + "June 10-12.", published("2026-03-10"))).extracting(t -> t.text() + "=" + t.value())
                .containsExactly("April 24=2019-04-24", "25, 2019=2019-04-25", "June 10=2026-06-10", "12=2026-06-12");
    }

    @Test
    void countsPastAnIntAreKeptWholeOrVagueNotAFault() {
        List<TimeExpression> times = extractor.extract("The drought lasted 99999999999 decades, came back every "
                + "3000000000 fortnights and began 99999999999 years ago.", published("2025-11-03"));

        assertThat(times).extracting(t -> t.text() + "=" + t.value()).containsExactly(
                "99999999999 decades=P999999999990Y", "every 3000000000 fortnights=P6000000000W",
                "99999999999 years ago=PAST_REF");
        // a date no calendar has is no date, and half counts of fortnights are weeks
        assertThat(extractor.extract("It was signed on 2020-13-45 and on February 31, 2020, after a break of "
                + "2.5 fortnights.", published("2025-11-03"))).extracting(t -> t.text() + "=" + t.value())
                .doesNotContain("2020-13-45=2020-13-45").contains("2.5 fortnights=P5W")
                .noneMatch(v -> v.startsWith("February 31"));
    }

    @Test
    void quartersAndComparisonsFollowTheReport() {
        List<TimeExpression> times = extractor.extract("Acme earned $5 million in the third quarter, up from "
                + "$4 million a year earlier. Sales in the quarter rose 8%, and year-earlier sales were restated. "
                + "The year-ago quarter had a charge.", published("2025-11-03"));

        assertThat(times).extracting(t -> t.text() + "=" + t.value()).containsExactly(
                "the third quarter=2025-Q3", "a year earlier=2024-Q3", "the quarter=2025-Q3",
                "year-earlier=2024-Q3", "The year-ago quarter=2024-Q3");
    }

    /** Quarters a report names in passing do not displace the quarter it is about. */
    @Test
    void comparisonsFollowTheReportedQuarterNotOnesNamedInPassing() {
        List<TimeExpression> times = extractor.extract("Acme's third-quarter profit rose 9%, after a weak second "
                + "quarter. The storm will mean a fourth-quarter charge. Charges in the year-earlier period were "
                + "large, and sales rose from a year ago.", published("2025-11-03"));

        assertThat(times).extracting(t -> t.text() + "=" + t.value()).containsExactly(
                "third-quarter=2025-Q3", "second quarter=2025-Q2", "fourth-quarter=2025-Q4",
                "the year-earlier period=2024-Q3", "a year ago=2024-Q3");
    }

    /** A quarter with its end date lies in that date's year; "that quarter" is the quarter named last. */
    @Test
    void aQuarterEndedOnADateIsInItsYear() {
        List<TimeExpression> times = extractor.extract("Acme will report third-quarter profit soon. In the second "
                + "quarter ended Oct. 31, 2024, it lost $2 million; results for that quarter included a charge. For "
                + "the fourth quarter ended Aug. 30, net rose.", published("2025-11-03"));

        assertThat(times).extracting(t -> t.text() + "=" + t.value()).contains("third-quarter=2025-Q3",
                "the second quarter=2024-Q2", "that quarter=2024-Q2", "the fourth quarter=2025-Q4");
        assertThat(extractor.extract("Acme's third-quarter sales fell to $9 million. Export sales for last year's "
                + "quarter were $3 million.", published("2025-11-03"))).extracting(t -> t.text() + "=" + t.value())
                .containsExactly("third-quarter=2025-Q3", "last year's quarter=2024-Q3");
        // the end date of the quarter is part of its name, not the date "year-ago" compares with
        assertThat(extractor.extract("Acme posted a third-quarter loss. It lost $9 million in the quarter ended "
                + "Sept. 30. The year-ago results were restated.", published("2025-11-03")))
                .extracting(t -> t.text() + "=" + t.value()).contains("year-ago=2024-Q3");
    }

    /** After a span of months, "the period" is that span again, and "the 2024 period" the year it lay in. */
    @Test
    void periodsAfterASpanOfMonthsAreThatSpan() {
        List<TimeExpression> times = extractor.extract("Acme's third-quarter profit rose 9%. For the nine months, "
                + "net was $8 million, up from $6 million in the year-earlier period and in the 2024 period. Sales for "
                + "the year-earlier nine months were restated.", published("2025-11-03"));

        assertThat(times).extracting(t -> t.text() + "|" + t.type() + "|" + t.value()).containsExactly(
                "third-quarter|DATE|2025-Q3", "the nine months|DURATION|P9M",
                "the year-earlier period|DURATION|P9M", "the 2024 period|DATE|2024", "nine months|DURATION|P9M");
    }

    @Test
    void easterByTheComputus() {
        assertThat(List.of(1998, 2000, 2013, 2024, 2025)).extracting(TimeExtractor::easter).extracting(
                LocalDate::toString).containsExactly("1998-04-12", "2000-04-23", "2013-03-31", "2024-03-31",
                "2025-04-20");
        assertThat(extractor.extract("He sailed to Easter Island.", published("2025-01-28"))).isEmpty();
    }

    @Test
    void agesFractionsAndNamesOfShowsAreNoTimes() {
        assertThat(extractor.extract("The 6-year-old boy ate three-quarters of the cake during a two-hour wait.",
                published("2025-01-28"))).extracting(TimeExpression::text).containsExactly("two-hour");
        assertThat(extractor.extract("Tomas Novak, 52 years old, will chair the board; he has served 12 years.",
                published("2025-01-28"))).extracting(TimeExpression::text).containsExactly("12 years");
        assertThat(extractor.extract("Ferries carry more than a quarter of the island's freight.",
                published("2025-01-28"))).isEmpty();
        assertThat(extractor.extract("The bridge has stood for a quarter of a century; tolls rose in a quarter.",
                published("2025-01-28"))).extracting(t -> t.text() + "|" + t.type() + "|" + t.value())
                .containsExactly("a quarter of a century|DURATION|P25Y", "a quarter|DURATION|P1Q");
        assertThat(extractor.extract("The mayor told 60 Minutes she would stay.", published("2025-01-28"))).isEmpty();
        assertThat(extractor.extract("The mayor told Harbour Today she would stay.", published("2025-01-28")))
                .isEmpty();
    }

    @Test
    void wordsThatNameNoTimeHere() {
        assertThat(extractor.extract("The mill made sails. Now, the town says, it will make bicycles.",
                published("2025-01-28"))).isEmpty();
        assertThat(extractor.extract("She holds an H1 visa; the Q-ship sailed.", published("2025-01-28"))).isEmpty();
        assertThat(extractor.extract("The bank offers short-term loans and long-term bonds.", published("2025-01-28")))
                .isEmpty();
        assertThat(extractor.extract("The mill made sails. Now it makes bicycles.", published("2025-01-28")))
                .extracting(TimeExpression::value).containsExactly("PRESENT_REF");
        assertThat(extractor.extract("Such rules make little sense in today's world.", published("2025-01-28")))
                .isEmpty();
        assertThat(extractor.extract("Thousands joined the annual March for Clean Rivers.", published("2025-01-28")))
                .isEmpty();
        assertThat(extractor.extract("The mayor resigned in March for health reasons.", published("2025-06-02")))
                .extracting(TimeExpression::value).containsExactly("2025-03");
        assertThat(extractor.extract("Today's vote was close.", published("2025-01-28")))
                .extracting(TimeExpression::value).containsExactly("2025-01-28");
        assertThat(extractor.extract("The harbour index closed at 2031.4 on thin volume.", published("2025-01-28")))
                .isEmpty();
        assertThat(extractor.extract("The mayor quoted the film High Noon.", published("2025-01-28"))).isEmpty();
        assertThat(extractor.extract("For the port, high noon comes today.", published("2025-01-28")))
                .extracting(TimeExpression::text).containsExactly("today");
        assertThat(extractor.extract("The minister said on the show \"This Week\" that talks would go on.",
                published("2025-01-28"))).isEmpty();
        assertThat(extractor.extract("The club has 1500 members; in 1850 people lived here.", published("2025-01-28")))
                .isEmpty();
        assertThat(extractor.extract("The striker returned to play in Weeks 14-16.", published("2025-01-28")))
                .isEmpty();
        assertThat(extractor.extract("Crews will restore power over the next day or two.", published("2025-01-28")))
                .extracting(TimeExpression::text).doesNotContain("the next day");
        assertThat(extractor.extract("\"This week was hard,\" the mayor said.", published("2025-01-28")))
                .extracting(TimeExpression::value).containsExactly("2025-W05");
    }

    @Test
    void withoutAReferenceDateRelativeValuesKeepPlaceholders() {
        List<TimeExpression> times = extractor.extract("The call was on Monday, January 27, 2025, and they "
                + "meet again on Friday.", Optional.empty());

        assertThat(times).extracting(TimeExpression::value).containsExactly("2025-01-27", "XXXX-WXX-5");
    }

    @Test
    void valuesThatRestOnAnInferredDateSaySo() {
        Optional<ReferenceDate> inferred = Optional.of(new ReferenceDate(LocalDate.parse("2025-01-28"),
                ReferenceDate.Basis.OTHER_ARTICLES));

        List<TimeExpression> times = extractor.extract("They spoke on Monday, January 27, 2025 and on Monday.",
                inferred);

        assertThat(times).extracting(TimeExpression::inferred).containsExactly(false, true);
    }

    @Test
    void explicitDatesInPastSentencesInferAPublicationDate() {
        assertThat(extractor.explicitDates("They met on Monday, January 27, 2025. They will meet on March 3, 2025."))
                .containsExactly(LocalDate.parse("2025-01-27"));
    }

    /** Our own TimeML-style documents: strict span, type and value against the annotation. */
    @Test
    void timeMlDocuments() throws IOException {
        int gold = 0;
        int predicted = 0;
        int correct = 0;
        for (String name : List.of("bridge-closure", "summit-plans", "election-night")) {
            String tml;
            try (InputStream in = getClass().getResourceAsStream("/timeml/" + name + ".tml")) {
                tml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String dct = tml.replaceAll("(?s).*<DCT>.*?value=\"([^\"]+)\".*", "$1");
            String body = tml.replaceAll("(?s).*<TEXT>(.*)</TEXT>.*", "$1");
            StringBuilder text = new StringBuilder();
            List<String> expected = new ArrayList<>();
            Matcher m = TIMEX.matcher(body);
            int last = 0;
            while (m.find()) {
                text.append(body, last, m.start());
                expected.add(text.length() + ":" + m.group(3) + ":" + m.group(1) + ":" + m.group(2));
                text.append(m.group(3));
                last = m.end();
            }
            text.append(body.substring(last));
            List<String> actual = new ArrayList<>();
            for (TimeExpression t : extractor.extract(text.toString(), published(dct))) {
                actual.add(t.start() + ":" + t.text() + ":" + t.type() + ":" + t.value());
            }
            List<String> missed = new ArrayList<>(expected);
            missed.removeAll(actual);
            List<String> spurious = new ArrayList<>(actual);
            spurious.removeAll(expected);
            System.out.printf("timeml %s: missed %s, spurious %s%n", name, missed, spurious);
            gold += expected.size();
            predicted += actual.size();
            correct += expected.size() - missed.size();
        }
        double precision = correct / (double) predicted;
        double recall = correct / (double) gold;
        double f1 = 2 * precision * recall / (precision + recall);
        System.out.printf("timeml: %d gold, %d found, %d exact (span+type+value): P %.3f R %.3f F1 %.3f%n",
                gold, predicted, correct, precision, recall, f1);
        assertThat(f1).isGreaterThanOrEqualTo(0.9);
    }
}
