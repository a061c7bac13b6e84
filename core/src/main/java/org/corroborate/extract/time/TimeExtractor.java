package org.corroborate.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corroborate.internal.PatternScan;

/**
 * Finds dates, times, durations and sets in news text and gives each a TIMEX3 value, resolving relative expressions
 * ("on Monday", "next month", "later this year") against a reference date. Weekday names and bare month names
 * are resolved by the tense of their sentence: in an article of Tuesday 2025-01-28, "the call on Monday" is
 * 2025-01-27 and "will visit on Monday" is 2025-02-03. Rules are our own, written for English news; thread-safe.
 */
public final class TimeExtractor {
    private static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.";
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final String NUMBER_WORDS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|several|a few|few|\\d+";
    private static final String UNITS = "minute|hour|day|week|fortnight|month|quarter|year|decade|century";
    /** The units as {@link PatternScan#near} keywords. */
    private static final String[] UNIT_KEYS = UNITS.split("\\|");
    /** The first three letters of every month's name and abbreviation, lower case. */
    private static final String[] MONTH_KEYS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
        "nov", "dec"};
    private static final String PARTS = "morning|afternoon|evening|night";

    private static final Pattern MONTH_ANY = Pattern.compile(
            "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern UNIT_ANY = Pattern.compile("minute|hour|day|week|fortnight|month|quarter|year"
            + "|decade|centur");
    /** The month names and abbreviations as {@link PatternScan#nearCased} keywords, as the patterns write them. */
    private static final String[] MONTH_WORDS = MONTH_NAMES.replace("\\.", ".").split("\\|");
    private static final PatternScan WEEKDAY_MONTH_DAY_YEAR = PatternScan.wordStart(
            "\\b(?:(?:" + WEEKDAYS + "),?\\s+)?(" + MONTH_NAMES + ")\\s+" + DAY + ",?\\s+((?:19|20)\\d\\d)\\b",
            "MTWFSJFMASOND")
            .nearCased(80, MONTH_WORDS);
    private static final PatternScan DAY_MONTH_YEAR = PatternScan.wordStart(
            "\\b(?:(?:" + WEEKDAYS + "),?\\s+)?" + DAY + "\\s+(" + MONTH_NAMES + ")\\s+((?:19|20)\\d\\d)\\b",
            "MTWFS0123456789")
            .nearCased(150, MONTH_WORDS);
    private static final PatternScan MONTH_DAY = PatternScan.wordStart(
            "\\b(" + MONTH_NAMES + ")\\s+" + DAY + "\\b(?![,\\d])"
            + "|\\b(" + MONTH_NAMES + ")\\s+" + DAY + "(?=,\\s+(?!(?:19|20)\\d\\d))",
            "JFMASOND");
    /** The second day of a pair or a range in one month: the "25" of "April 24 and 25", "June 10-12". */
    private static final PatternScan SECOND_DAY = PatternScan.wordStart(
            "\\b(" + MONTH_NAMES + ")\\s+\\d{1,2}(?:st|nd|rd|th)?\\s*(?:and|or|to|through|-|–)\\s*"
            + "(\\d{1,2})(?:st|nd|rd|th)?\\b(?![\\d:,.%]\\d|\\s*(?:%|percent|[ap]\\.?m\\b))",
            "JFMASOND");
    /** "the week of March 6": the week that day falls in. */
    private static final PatternScan WEEK_OF = PatternScan.wordStart(
            "\\b[Tt]he week of (" + MONTH_NAMES + ")\\s+" + DAY + "\\b(?!,?\\s+\\d)",
            "tT")
            .near(0, "the week of");
    /** "12 March", "the 10th of March". */
    private static final PatternScan DAY_MONTH = PatternScan.wordStart(
            "\\b(?:the\\s+)?(\\d{1,2})(?:(?:st|nd|rd|th)\\s+of|st|nd|rd|th)?\\s+(" + MONTH_NAMES + ")\\b(?!\\s+\\d)",
            "0123456789tT")
            .near(40, MONTH_KEYS);
    private static final PatternScan MONTH_YEAR = PatternScan.wordStart(
            "\\b(" + MONTH_NAMES + ")(?:\\s+of)?\\s+((?:19|20)\\d\\d)\\b",
            "JFMASOND");
    private static final PatternScan ISO_DATE = PatternScan.wordStart("\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b",
            "12");
    private static final PatternScan YEAR_RANGE = PatternScan.wordStart(
            "\\b((?:19|20)\\d\\d)\\s?[–—-]\\s?((?:19|20)?\\d\\d)\\b(?![\\d,])",
            "12");
    private static final PatternScan YEAR = PatternScan.wordStart(
            "(?<![\\d,.$£€-])\\b((?:19|20)\\d\\d)\\b(?!\\d|[,.]\\d|%|-\\d)",
            "12");
    /** A year before 1900 after a preposition that leads to a time: "in 1898", "since 1776". */
    private static final PatternScan OLD_YEAR = PatternScan.wordStart(
            "(?<=\\b(?:in|since|until|before|after) )(1[5-8]\\d\\d)\\b(?!\\d|[,.-]\\d|%|\\s+[a-z])",
            "1");
    private static final PatternScan WEEKDAY = PatternScan.wordStart(
            "\\b(?:((?i:last|next|this coming|this past|this|the previous|the preceding|the following))\\s+)?("
                    + WEEKDAYS + ")(?:\\s+(" + PARTS + "))?\\b",
            "lLnNtTMTWFS")
            .near(40, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** A weekday that recurs: "every Monday", "each Thursday", "on Sundays", "Tuesday nights". */
    private static final PatternScan WEEKDAY_SET = PatternScan.wordStart(
            "\\b(?:((?i:every|each))\\s+)?(" + WEEKDAYS + ")(s)?"
            + "(?:\\s+(" + PARTS + ")(s)?)?\\b",
            "eEMTWFS");
    /** "Monday, Oct. 26" and "Friday Oct. 13": a weekday that names its day of the month, without a year. */
    private static final PatternScan WEEKDAY_MONTH_DAY = PatternScan.wordStart(
            "\\b(?:" + WEEKDAYS + "),?\\s+(" + MONTH_NAMES
            + ")\\s+" + DAY + "\\b(?!\\d|,?\\s+(?:19|20)\\d\\d)",
            "MTWFS");
    private static final PatternScan DEICTIC_DAY = PatternScan.wordStart(
            "(?i)\\b(today|yesterday|tomorrow|tonight|last night|this (?:" + PARTS + "))\\b"
            + "(?:(?<=[yw]) (morning|afternoon|evening|night)\\b)?",
            "tTyYlL")
            .near(0, "today", "yesterday", "tomorrow", "tonight", "last night", "this morning", "this afternoon",
                    "this evening", "this night");
    /** "the day after tomorrow", "the day before yesterday". */
    private static final PatternScan DAY_AROUND = PatternScan.wordStart(
            "(?i)\\bthe day (after tomorrow|before yesterday)\\b",
            "tT")
            .near(0, "the day");
    /** What makes a day named after it the day next to it: "the day before last Tuesday", "the day after May 3". */
    private static final Pattern DAY_NEXT_TO = Pattern.compile("(?i)(?<![\\w-])the\\s+day\\s+(before|after)\\s+$");
    /**
     * "Last" standing for the unit a "this year" before it in the sentence names: "a dividend twice as high this year
     * as last", "more this week than last". Group 1 the unit, group 2 the word "last".
     */
    private static final Pattern ELLIPTIC_LAST = Pattern.compile("(?i)\\bthis\\s+(year|month|week|quarter)\\b"
            + "[^.;:!?\\n]{0,80}?\\b(?:as|than)\\s+(last)(?=\\s*(?:[.,;:!?)]|$))");
    /** Half a unit: "half an hour", "nearly half a century". */
    private static final PatternScan HALF_A = PatternScan.wordStart(
            "(?i)\\b(?:(?:about|nearly|almost|more than|less than|over|some)\\s+)?half an? "
            + "(hour|day|year|decade|century)\\b(?![\\w'’-])(\\s+ago\\b)?",
            "aAnNmMlLoOsShH")
            .near(60, "half");
    /** A quarter of a century: "a quarter-century", "nearly a quarter of a century ago". */
    private static final PatternScan QUARTER_CENTURY = PatternScan.wordStart(
            "(?i)\\b(?:(?:about|nearly|almost|more than|less than|over|some)\\s+)?(?:a|one)\\s+quarter"
            + "(?:[\\s-]|\\s+of\\s+a\\s+)century\\b(?![\\w'’-])(\\s+ago\\b)?",
            "aAnNmMlLoOsS")
            .near(60, "quarter");
    /** What follows "today" when it means these times, not this day: "today's world", "today's youth". */
    private static final Pattern TODAY_GENERIC = Pattern.compile("['’]s\\s+(?:world|youth|society|generation|young"
            + "|children|kids)\\b");
    private static final PatternScan RELATIVE = PatternScan.wordStart(
            "(?i)\\b(this|last|next|later this|earlier this|early next|late last|late this|early this|"
                    + "the past|the coming|the next|the current)\\s+(?:fiscal\\s+)?(week|month|quarter|year)\\b",
            "tTlLnNeE")
            .near(60, "week", "month", "quarter", "year");
    /**
     * "last decade" is the decade before the one of writing, as "last year" is the year before; "the past decade" the
     * ten years up to now.
     */
    private static final PatternScan DECADE_RELATIVE = PatternScan.wordStart(
            "(?i)(?<![\\w-])(?:the\\s+)?(last|past|this|next"
            + "|coming)\\s+decade\\b(?![\\w'’-])",
            "tTlLpPnNcC")
            .near(60, "decade");
    /**
     * A month without its day: "March", "last May", "mid-November", "the end of June". "May" needs a lead word or
     * "in": alone it is the verb.
     */
    private static final PatternScan BARE_MONTH = PatternScan.wordStart(
            "(?:\\b((?i:last|next|this past|this|early|mid|late"
            + "|the (?:middle|end|beginning|start) of))[\\s-]+|(?<=\\b(?i:in|since|until|by|from|during|through) ))?"
            + "\\b(January|February|March|April|May|June|July|August|September|October|November|December)\\b"
            + "(?!\\s+\\d)",
            "lLnNtTeEmMJFMASOND")
            .near(40, "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december");
    /** What follows "March" when it is a march: "March for Life", "March of the Mothers", "March on Rome". */
    private static final Pattern MARCH_NOUN = Pattern.compile("\\s+(?:for|of the|on|against) ");
    private static final Pattern MAY_LEAD = Pattern.compile("(?i)(?:^|\\W)(?:in|since|until|by|from|during|through) $");
    private static final PatternScan SET = PatternScan.wordStart(
            "(?i)\\b(?:every|each|per)\\s+(" + UNITS + ")\\b|\\b(daily|weekly|monthly|annually|yearly|hourly)\\b",
            "eEpPdDwWmMaAyYhH")
            .near(60, "minute", "hour", "day", "week", "fortnight", "month", "quarter", "year", "decade", "century",
                    "daily", "annually");
    /** A span that recurs: "every two years", "every other week", "every few months". */
    private static final PatternScan SET_COUNTED = PatternScan.wordStart(
            "(?i)\\bevery\\s+(other|few|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)\\s+("
            + UNITS + ")s?\\b(?![\\w'’-])",
            "eE");
    /** How often in a span of time: "twice a week", "three times a year", TimeML's set of that span. */
    private static final PatternScan TIMES_A = PatternScan.wordStart(
            "(?i)\\b(?:once|twice|thrice|(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\\d+) times)"
            + "\\s+(?:a|an|per)\\s+(" + UNITS + ")\\b(?![\\w'’-])",
            "oOtTfFsSeEnNmM0123456789")
            .near(60, UNIT_KEYS);
    private static final PatternScan QUANTITY_RATE = PatternScan.anywhere(
            "(?i)\\d[\\d,.]*\\s+(?:[a-z-]+\\s+){0,3}(a|an)\\s+("
            + UNITS + ")\\b(?!\\s+(?:or so\\s+)?(?:ago|earlier|later|before|after|from))",
            "0123456789");
    private static final PatternScan CLOCK = PatternScan.wordStart(
            "(?i)\\b(\\d{1,2})(?::(\\d\\d))?\\s?(a\\.m\\.|p\\.m\\.|am\\b|pm\\b)"
            + "(?:\\s+(?:(?-i:[ECMP][SD]T|GMT|UTC)|local time)\\b)?"
            + "(?:\\s+(?:on\\s+)?(?-i:(" + WEEKDAYS + "))\\b"
            + "|,?\\s+(?-i:(" + MONTH_NAMES + "))\\s+(\\d{1,2})\\b(?![\\d:]|,?\\s+(?:19|20)\\d\\d))?",
            "0123456789");
    /** A 24-hour clock needs its time zone: "15:00 GMT Saturday". */
    private static final PatternScan CLOCK_24 = PatternScan.wordStart(
            "\\b([01]\\d|2[0-3]):([0-5]\\d)\\s?(?:GMT|UTC|[ECMP][SD]T|BST"
            + "|CES?T)\\b(?:\\s+(?:on\\s+)?(" + WEEKDAYS + ")\\b)?",
            "012");
    /**
     * "noon", "12 noon", "midnight Friday": "12" before noon or midnight belongs to it, no figure of its own; not
     * before a plural ("12 midnight shifts" are twelve shifts).
     */
    private static final PatternScan NOON = PatternScan.wordStart(
            "(?i)\\b(?:12[ \\u00A0]+)?(noon|midday|midnight)\\b(?![ \\u00A0]+(?-i:\\p{Ll}+s)\\b)"
            + "(?:\\s+(?:on\\s+)?(?-i:("
            + WEEKDAYS + "))\\b)?",
            "nNmM1");
    private static final String COUNT_WORDS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[ -](?:one|two|three|four|five|six|seven"
            + "|eight|nine))?|a hundred|hundreds of|several|a few|few|a couple of|a couple|couple of|many|some"
            + "|\\d+(?:\\.\\d+)?";
    /** The units as a counted span writes them: every one holds one of these, a whole word ({@link #wholeUnit}). */
    private static final String[] COUNTED_UNITS = (UNITS + "|centuries").split("\\|");
    /**
     * A counted span of time with what TimeML takes into the expression: "the past two months", "nearly four years
     * ago", "a year earlier", "the next 12 to 18 months", "two more weeks", "an hour and a half", "two and a half
     * years". Groups: 1 "the past"-like lead, 2 the count, 3 a second count of a range, 4 the unit, 5 "and a half"
     * after the unit, 6 ago/earlier/later.
     */
    private static final PatternScan COUNTED = PatternScan.wordStart(
            "(?i)(?<![\\w-])((?:the|its|their|his|her)\\s+(?:(?:past|last"
            + "|next|first|coming|previous|following|latest|final|remaining|initial|ensuing|preceding|same)\\s+)?"
            + "|(?:past|last|next|first|coming)\\s+)?(?:(?:about|around|nearly|almost|roughly|approximately|more than"
            + "|less than|fewer than|at least|at most|up to|no more than|another|an additional)\\s+)?"
            + "(" + COUNT_WORDS + ")(?:\\s+(?:to|or)\\s+(" + COUNT_WORDS + "))?(?:\\s+and\\s+a\\s+half)?\\s+(?:(?:more"
            + "|additional|straight"
            + "|consecutive|full|trading|business)\\s+)?(" + UNITS + "|centur(?=ies))(?:s|ies)?\\b(?![-\\w])"
            + "(\\s+and\\s+a\\s+half\\b)?"
            + "(\\s+(?:or so\\s+)?(?:ago|earlier|later|before|from now))?",
            "tTiIhHpPlLnNfFcCaArRmMuUoOsSeE0123456789")
            .near(200, TimeExtractor::wholeUnit, COUNTED_UNITS);
    /** The whole number of a mixed fraction whose "1/2" a counted span starts in: "5 1/2 hours". */
    private static final Pattern MIXED_HALF = Pattern.compile("(?<![\\d/])(\\d+)\\s+1/$");
    /** What makes "a quarter" a fraction, not three months: "a quarter of the market". */
    private static final Pattern FRACTION_OF = Pattern.compile("\\s+of\\b");
    /** What makes a counted span an age: "52 years old". */
    private static final Pattern AGE_AFTER = Pattern.compile("\\s+old\\b");
    /** "four-week", "16-hour", "30-year", "day-long"; not ages ("6-year-old") nor fractions ("three-quarters"). */
    private static final PatternScan HYPHENATED = PatternScan.wordStart(
            "(?i)(?<![\\w-])(?:(" + COUNT_WORDS + ")-(?!quarter)("
            + UNITS + ")s?(?:-long)?|(" + UNITS + ")s?-long)(?![\\w-])",
            "aAoOtTfFsSeEnNhHcCmMdDwWqQyY0123456789")
            .near(60, UNIT_KEYS);
    /** "the third quarter", "third-quarter", "the 1988 second quarter", "this year's first half", "fiscal 1990". */
    private static final PatternScan QUARTER = PatternScan.wordStart(
            "(?i)(?<![\\w-])(?:(the|its|their|this year's|last year's"
            + "|next year's)\\s+)?(?:((?:19|20)\\d\\d)\\s+)?(?:(year-earlier|year-ago|comparable|latest|current)\\s+)?"
            + "(?:fiscal[\\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th)[\\s-](quarter|half)(?![\\w-])"
            + "(?:\\s+of\\s+(?:fiscal\\s+)?((?:19|20)\\d\\d)\\b)?",
            "tTiIlLnNyYcCfFsS1234")
            .near(80, "quarter", "half");
    /** "the last half of 1989", "the final quarter of 2024": the year's second half, its fourth quarter. */
    private static final PatternScan LAST_OF_YEAR = PatternScan.wordStart(
            "(?i)\\bthe\\s+(?:last|final)\\s+(quarter|half)\\s+of"
            + "\\s+(?:fiscal\\s+)?((?:19|20)\\d\\d)\\b(?![\\d-])",
            "tT")
            .near(30, "quarter", "half");
    /** "the first two quarters of 1990", "the last two quarters of 2024": a half of the year. */
    private static final PatternScan TWO_QUARTERS_OF_YEAR = PatternScan.wordStart(
            "(?i)\\b(?:the\\s+)?(first|last|final)\\s+two\\s+quarters\\s+of\\s+(?:fiscal\\s+)?((?:19|20)\\d\\d)\\b"
            + "(?![\\d-])",
            "tTfFlL")
            .near(60, "quarters");
    /**
     * A quarter named by what was said before: "the quarter", "the year-earlier period", "the 1989 quarter", "last
     * year's quarter".
     */
    private static final PatternScan QUARTER_ANAPHOR = PatternScan.wordStart("(?i)(?<![\\w-])(?:the|that|its|their"
            + "|last year['’]s)\\s+"
            + "(?:((?:19|20)\\d\\d)\\s+)?(?:(latest|most recent|recent|(?:(?:comparable|corresponding|same)\\s+)?"
            + "year-(?:earlier|ago)|comparable|corresponding|same)\\s+)?(?:fiscal\\s+)?(quarter|period)\\b(?![\\w-])"
            + "(\\s+(?:last year|a year (?:ago|earlier)))?",
            "tTiIlL")
            .near(80, "quarter", "period");
    private static final PatternScan YEAR_EARLIER = PatternScan.wordStart(
            "(?i)(?<![\\w-])(year-earlier|year-ago|year-end)"
            + "(?![\\w-])",
            "yY");
    /** A count of months or weeks after "year-earlier": "the year-earlier nine months". */
    private static final Pattern SPAN_AFTER = Pattern.compile("\\s+[\\w-]+\\s+(?:months|weeks)\\b");
    /**
     * Quarters, halves and fiscal years as business news writes them: "Q3 2024", "Q4", "H1 2025", "FY2024", "FY24". A
     * half needs its year: "an H1 visa" is none.
     */
    private static final PatternScan PERIOD_CODE = PatternScan.wordStart(
            "\\b(?:(Q[1-4]|H[12](?=\\s+(?:19|20)\\d\\d))(?:\\s+((?:19|20)\\d\\d))?|FY\\s?((?:19|20)?\\d\\d))\\b"
            + "(?![\\w'’-]|\\.\\d)",
            "QHF");
    private static final PatternScan FISCAL_YEAR = PatternScan.wordStart(
            "(?i)\\bfiscal(?:\\s+year)?\\s+((?:19|20)\\d\\d)\\b"
            + "(?![\\d-])",
            "fF");
    /** Holidays of fixed rule: "Christmas Day", "last Thanksgiving", "New Year's Eve", "Good Friday". */
    private static final PatternScan HOLIDAY = PatternScan.wordStart(
            "\\b(?:((?i:last|next|this))\\s+)?(Christmas(?: Day| Eve)?"
            + "|Thanksgiving(?: Day)?|New Year's (?:Day|Eve)|Independence Day|Election Day|Memorial Day|Labor Day"
            + "|Veterans Day|Valentine's Day|Halloween|Good Friday(?!\\s+[A-Z])|Easter(?: Sunday| Monday| week)?(?!\\s+[A-Z]))"
            + "(?![\\w'’-])(?:(?:,\\s+|\\s+(?:of\\s+|in\\s+))((?:19|20)\\d\\d)\\b(?![\\d-]))?",
            "lLnNtTCNIEMVHG")
            .near(40, "christmas", "thanksgiving", "new year", "independence day", "election day", "memorial day",
                    "labor day", "veterans day", "valentine", "halloween", "good friday", "easter");
    /** "the weekend": the weekend of the week before, or of the one ahead when the sentence speaks of the future. */
    private static final PatternScan WEEKEND = PatternScan.wordStart(
            "(?i)\\b(?:the|this|last|next)\\s+weekend\\b(?![\\w'’-])",
            "tTlLnN")
            .near(40, "weekend");
    /** "the end of the month", "the start of the week": a part of the month or week of writing. */
    private static final PatternScan PART_OF_UNIT = PatternScan.wordStart(
            "(?i)\\b(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+the\\s+(month|week)\\b(?![\\w'’-])",
            "tTeEbBsSmM")
            .near(60, "month", "week");
    /**
     * "the year" on its own, also "the full year" and "the fiscal year": the year of writing ("for the year, volume was
     * flat"), or a year's span when it names a fiscal year by its end ("the year ended June 30"). Not "the year
     * before", "the year 2000", "the year-earlier".
     */
    private static final PatternScan THE_YEAR = PatternScan.wordStart(
            "(?i)\\bthe (?:full |fiscal )?year\\b(?![\\w'’-]|\\s+(?:before|earlier|after"
            + "|later|ago|\\d|two|nineteen))(?=(\\s+(?:ended|ending)\\b)?)",
            "tT")
            .near(30, "year");
    /**
     * "by year end", "by the year's end": TimeML's value of the end of a year is that year (with mod END), as for "the
     * end of the year". Not "year-end", found as a day, nor "the year ends" (a verb).
     */
    private static final PatternScan YEAR_END = PatternScan.wordStart(
            "(?i)(?<![\\w-])(?:the\\s+)?year(?:['’]s)?\\s+end\\b(?![\\w'’-])",
            "tTyY");
    /**
     * A unit of time named by the date the text spoke of last: "later that year", "that same day", "the following
     * month", "the previous week". Group 1 "following"-like, group 2 the unit.
     */
    private static final PatternScan THAT_UNIT = PatternScan.wordStart(
            "(?i)(?<![\\w-])(?:(?:later|earlier)\\s+)?(?:that(?:\\s+same)?"
            + "|the\\s+same|the\\s+(following|previous|preceding|prior|next(?=\\s+day\\b(?!\\s+or\\b))))"
            + "\\s+(year|month|week|day)\\b(?![\\w'’-])",
            "lLeEtT")
            .near(60, "year", "month", "week", "day");
    /** A part of a day said with its side: "mid-afternoon", "late evening", "early morning yesterday". */
    private static final PatternScan PART_OF_DAY = PatternScan.wordStart(
            "(?i)\\b(?:early|mid|late)[\\s-]?(morning|afternoon|evening)\\b(?![\\w'’-]|\\s+hours?\\b)"
            + "(?:\\s+(yesterday|today|tomorrow)\\b)?",
            "eEmMlL");
    /** An hour said with its part of the day: "4 in the morning", "8 in the evening". */
    private static final PatternScan HOUR_OF_PART = PatternScan.wordStart(
            "(?i)\\b(1[0-2]|[1-9]) in the (morning|afternoon|evening)\\b",
            "123456789");
    /**
     * "in the morning", "during the evening": that part of the day spoken of just before ("shares fell Friday; dealers
     * sold in the morning"), else of the day of writing. Not "the morning of May 3", "the evening after the vote".
     */
    private static final PatternScan THE_PART_OF_DAY = PatternScan.wordStart(
            "(?i)(?<=\\b(?:in|during) )the (morning|afternoon|evening)\\b(?![\\w'’-]|\\s+(?:of|after|before)\\b)",
            "tT")
            .near(0, "the morning", "the afternoon", "the evening");
    /** "mid-1996", "early-1990", "post-1959": a year with its part, or its side, written on. */
    private static final PatternScan YEAR_PART = PatternScan.wordStart(
            "(?i)\\b(?:mid|early|late|pre|post)-((?:19|20)\\d\\d)\\b(?![\\d-])",
            "mMeElLpP")
            .near(0, "mid-", "early-", "late-", "pre-", "post-");
    /**
     * "one day" as "some day": after a modal or the subject of its verb ("will one day be", "hopes he one day
     * flies"), not a day's span ("lasted one day") nor a count from an event ("one day after").
     */
    private static final PatternScan SOMEDAY = PatternScan.wordStart(
            "(?i)\\b(will|would|could|might|may|can|should|must|he|she"
            + "|they|we|i|you)\\s+(one day)\\b(?![\\w-]|\\s+(?:of|after|before|later|earlier|ago)\\b)",
            "wWcCmMsShHtTiIyY")
            .near(40, "one day");
    private static final java.util.Set<String> MODALS = java.util.Set.of("will", "would", "could", "might", "may",
            "can", "should", "must");
    /** Decades in words: "the nineties", "the late sixties", "the nineteen-seventies". */
    private static final PatternScan SPOKEN_DECADE = PatternScan.wordStart(
            "(?i)\\bthe\\s+(?:(?:early|mid|late)[\\s-]+)?"
            + "(?:nineteen[\\s-]?)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\\b",
            "tT")
            .near(40, "ties");
    private static final List<String> DECADE_WORDS = List.of("twenties", "thirties", "forties", "fifties", "sixties",
            "seventies", "eighties", "nineties");
    /** A month that recurs: "every July", "each March". */
    private static final PatternScan MONTH_SET = PatternScan.wordStart(
            "\\b(?i:every|each)\\s+(January|February|March|April"
            + "|May|June|July|August|September|October|November|December)\\b",
            "eE");
    /** A month name just before a year: "January nineteen ninety-seven", "May of 1990". */
    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b(January|February|March|April|May|June|July|August"
            + "|September|October|November|December)\\s+(?:of\\s+)?$");
    /** A month with the year it falls in: "July last year", "in April next year", "early October this year". */
    private static final PatternScan MONTH_OF_YEAR = PatternScan.wordStart(
            "\\b(?:(?i:early|mid|late)[\\s-]+)?(" + MONTH_NAMES
            + ")\\s+((?i:this|last|next))\\s+year\\b(?![\\w'’-])",
            "eEmMlLJFMASOND")
            .near(20, MONTH_KEYS);
    /** "now", "currently", "recently", "in the past", "the near future", "the short term": TimeML's vague references to times. */
    private static final PatternScan VAGUE = PatternScan.wordStart(
            "(?i)\\b(right now|now|currently|then[\\s-]current(?=\\s+[a-z])|current(?=\\s+[a-z])|recently|these days"
            + "|the (?:near |distant "
            + "|foreseeable )?future|the (?:near|short|long)(?:er)? term|(?<=\\bin )the past)\\b(?![-\\w]|\\s+of\\b)",
            "rRnNcCtT")
            .near(40, "now", "current", "recent", "these days", "future", "term", "past");
    /** "recent weeks", "the coming months": a span of time of no stated length. */
    private static final PatternScan VAGUE_SPAN = PatternScan.wordStart(
            "(?i)\\b(?:(?:the\\s+)?(?:recent|coming|past)\\s+(minute|hour|day|week|month|year|decade)s\\b"
            + "|the\\s+(minute|hour|day|week|month|year|decade)s\\s+ahead\\b)",
            "tTrRcCpP")
            .near(40, "minute", "hour", "day", "week", "month", "year", "decade");
    /**
     * Units without a count after "for", "within", "in" or "over": "for years", "within weeks", "the first time in
     * decades", a span of time of no stated length. Not "for years of ...", nor "days after" (counted from an event).
     */
    private static final PatternScan UNCOUNTED_SPAN = PatternScan.wordStart(
            "(?i)(?<=\\b(?:for|within|in|over) )(?-i:(minute|hour|day|week|month|year|decade)s|(centur)ies)\\b"
            + "(?![\\w'’-]|\\s+(?:of|ago|before|after|earlier|later)\\b)",
            "mhdwyc")
            .near(0, "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries");
    private static final PatternScan SEASON = PatternScan.wordStart(
            "(?i)\\b(?:(this past|this|last|next|early|late|mid|the"
            + "|the early|the late)[\\s-]+)?(spring|summer|fall|autumn|winter)\\b(?:\\s+(?:of\\s+)?((?:19|20)\\d\\d)\\b)?",
            "tTlLnNeEmMsSfFaAwW")
            .near(40, "spring", "summer", "fall", "autumn", "winter");
    private static final Pattern SEASON_LEAD = Pattern.compile("(?i)(?:^|\\W)(?:in|during|by|until|since|through|over"
            + "|for) $");
    /** "the 1990s", "the late 1970s", "the '80s". */
    private static final PatternScan DECADE = PatternScan.wordStart(
            "(?i)(?<![\\w'’])(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?"
            + "(?:((?:1[5-9]|20)\\d)0|['’]([1-9])0)['’]?s\\b",
            "tTeEmMlL12'’")
            .near(40, "0s", "0's", "0’s");
    private static final String ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
            + "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
            + "|twentieth|twenty-first";
    /** "the 20th century", "the twenty-first century": value 19, 20. */
    private static final PatternScan CENTURY = PatternScan.wordStart(
            "(?i)\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?(?:(\\d{1,2})"
            + "(?:st|nd|rd|th)|(" + ORDINALS + "))[\\s-]century\\b",
            "tTeEmMlLfFsSnN0123456789")
            .near(60, "century");
    /** Years as spoken: "nineteen ninety-six", "the year two thousand". */
    private static final PatternScan SPOKEN_YEAR = PatternScan.wordStart(
            "(?i)\\b(?:the year\\s+)?(?:nineteen[\\s-]((?:ten|eleven"
            + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|(?:twenty|thirty|forty|fifty"
            + "|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?)"
            + "|two thousand(?:\\s+and)?(?:[\\s-](one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)\\b(?![\\s-](?:dollars|people|years"
            + "|percent|hundred))",
            "tTnN")
            .near(30, "nineteen", "two thousand");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}'’]+");
    private static final java.util.Set<String> FUTURE_WORDS = java.util.Set.of("will", "would", "shall", "might",
            "may", "could", "should", "next", "upcoming", "scheduled", "expected", "tomorrow", "won't", "won’t", "'ll",
            "’ll", "planning", "slated");
    private static final java.util.Set<String> FUTURE_BEFORE_TO = java.util.Set.of("expected", "set", "plans",
            "plan", "planning", "planned", "going", "likely", "due", "aims", "aim", "intends", "hopes", "poised",
            "expects", "expect", "hope", "intend", "wants", "want", "seeks", "seek", "supposed",
            "is", "are", "slated");
    /** Verbs that, before "to", point at what is still to happen: "told to make arrangements for Tuesday". */
    private static final java.util.Set<String> DIRECTIVES = java.util.Set.of("told", "asked", "urged", "ordered",
            "advised", "invited", "agreed", "decided", "promised", "vowed", "pledged", "voted", "threatened");
    private static final java.util.Set<String> PAST_WORDS = java.util.Set.of("was", "were", "had", "did", "met",
            "held", "said", "told", "spoke", "took", "began", "found", "made", "came", "went", "saw", "gave", "led",
            "won", "lost", "left", "sent", "wrote", "ago", "last", "yesterday", "earlier", "became", "felt",
            "kept", "paid", "ran", "sat", "stood", "struck", "thought", "brought", "bought", "caught", "taught",
            "fell", "flew", "grew", "knew", "rose", "shook", "broke", "chose", "spent", "built", "has", "have",
            "sought", "got", "heard", "meant", "shot", "sold", "stole", "swore", "threw", "tore", "woke",
            "wore", "withdrew", "underwent", "forgot", "froze", "fled", "fought", "drew", "drove", "hid", "lent",
            "oversaw", "rang", "rode", "sang", "sank", "swept", "understood", "upheld", "wept", "withstood");
    /**
     * Verbs of planning and forecasting that, before "for", name when the plan is to happen: "the accession was
     * planned for March", "rain is forecast for Saturday".
     */
    private static final java.util.Set<String> PLANNED_FOR = java.util.Set.of("planned", "set", "due",
            "rescheduled", "forecast"); // not "plans for": a noun as often as a verb
    /** Verbs of planning that, before what they plan, name when it is to happen: "planned a rally on Saturday". */
    private static final java.util.Set<String> PLANS = java.util.Set.of("plan", "plans", "planned", "planning",
            "schedule", "schedules", "scheduled");
    /**
     * Verbs of putting off and of setting a deadline: what they put off "until" or "through" is a later time
     * ("postponed the vote until Tuesday", "gave the owners until Tuesday to sign", "extended the loans through
     * January").
     */
    private static final java.util.Set<String> PUT_OFF = java.util.Set.of("postponed", "postpones", "postpone",
            "delayed", "delays", "delay", "deferred", "defers", "adjourned", "adjourns", "suspended", "suspends",
            "extended", "extends", "extend", "gave", "given", "gives", "give");
    /** Words that open a clause of its own: a tense after them is not the tense of the expression before them. */
    private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("that", "which", "who", "whom",
            "because", "while", "although", "though", "if", "unless", "so", "but", "and");
    private static final java.util.Set<String> NOT_PAST = java.util.Set.of("need", "indeed", "speed", "proceed",
            "succeed", "exceed", "embed", "seed", "bred", "hundred", "shed", "united", "limited", "based",
            "related", "concerned", "supposed", "unspecified", "unidentified", "undisclosed", "unnamed",
            "unexpected", "unprecedented", "unconfirmed", "unrelated", "unsolicited", "unscheduled");
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    /** Finds the time expressions in {@code text}, resolving relative ones against {@code reference} if known. */
    public List<TimeExpression> extract(String text, Optional<ReferenceDate> reference) {
        List<TimeExpression> found = new ArrayList<>();
        Resolver r = new Resolver(text, reference);
        // Cheap checks first: most patterns need a word that a plain search finds faster than the pattern.
        String lower = text.toLowerCase(Locale.ROOT);
        boolean months = MONTH_ANY.matcher(text).find();
        boolean digits = DIGIT.matcher(text).find();
        boolean units = UNIT_ANY.matcher(lower).find();
        fullDates(text, r, found, months, digits);
        if (digits) {
            for (PatternScan.Scan s = MONTH_YEAR.scan(text); months && s.find(); ) {
                Matcher m = s.m;
                r.add(found, m, TimexType.DATE, YearMonth.of(year(m.group(2)), month(m.group(1))).toString(), false);
            }
            for (PatternScan.Scan s = YEAR_RANGE.scan(text); s.find(); ) {
                Matcher m = s.m;
                String end = m.group(2).length() == 2 ? m.group(1).substring(0, 2) + m.group(2) : m.group(2);
                if (Integer.parseInt(end) > Integer.parseInt(m.group(1))) {
                    r.add(found, m, TimexType.DATE, m.group(1) + "/" + end, false);
                }
            }
        }
        // a time of day before the days of months: "5 p.m. EST, Nov. 6" is one time
        if (digits && (lower.contains(".m.") || lower.contains("am") || lower.contains("pm") || text.contains(":"))
                || lower.contains("noon") || lower.contains("midday") || lower.contains("midnight")) {
            extractClock(text, lower, r, found);
        }
        if (lower.contains("morning") || lower.contains("afternoon") || lower.contains("evening")) {
            extractPartsOfDays(text, r, found);
        }
        if (months) {
            extractMonthDays(text, r, found);
        }
        // holidays before weekdays: "Good Friday", "Easter Monday" are feasts, not the Friday or Monday nearest
        if (text.contains("Christmas") || text.contains("Thanksgiving") || text.contains("New Year")
                || text.contains("Independence") || text.contains("Election Day") || text.contains("Easter")
                || text.contains("Good Friday") || text.contains("Memorial Day") || text.contains("Labor Day")
                || text.contains("Veterans Day") || text.contains("Valentine") || text.contains("Halloween")) {
            holidays(text, r, found);
        }
        if (text.contains("day")) {
            extractWeekdays(text, r, found);
        }
        if (lower.contains("quarter") || lower.contains("half") || lower.contains("period")
                || lower.contains("year-") || lower.contains("fiscal")) {
            extractQuarters(text, r, found, digits);
        }
        if (digits && (text.contains("Q") || text.contains("H1") || text.contains("H2") || text.contains("FY"))) {
            periodCodes(text, r, found);
        }
        extractPeriods(text, lower, r, found, digits);
        extractRelative(text, lower, r, found, months, digits, units);
        if (lower.contains("now") || lower.contains("current") || lower.contains("recent") || lower.contains("past")
                || lower.contains("future") || lower.contains("coming") || lower.contains("ahead")
                || lower.contains("these days") || lower.contains(" term")) {
            extractVague(text, r, found, units);
        }
        if (lower.contains("as last") || lower.contains("than last")) {
            for (Matcher m = ELLIPTIC_LAST.matcher(text); m.find(); ) {
                String unit = m.group(1).toLowerCase(Locale.ROOT);
                r.relative(found, m.start(2), m.end(2), TimexType.DATE, ref -> period(ref, unit, -1),
                        unit.equals("year") ? "XXXX" : unit.equals("week") ? "XXXX-WXX"
                                : unit.equals("quarter") ? "XXXX-QX" : "XXXX-XX");
            }
        }
        found.sort(Comparator.comparingInt(TimeExpression::start));
        dayNextTo(text, found);
        r.resolveAnaphora(found);
        return found;
    }

    /**
     * "The day before last Tuesday", "the day after March 3": one date, the day before or after the day named, as
     * "the day before yesterday" is.
     */
    private static void dayNextTo(String text, List<TimeExpression> found) {
        for (int i = 0; i < found.size(); i++) {
            TimeExpression t = found.get(i);
            if (t.type() != TimexType.DATE || !Focus.DAY_VALUE.matcher(t.value()).matches()) {
                continue;
            }
            int from = Math.max(i == 0 ? 0 : found.get(i - 1).end(), t.start() - 20);
            Matcher m = DAY_NEXT_TO.matcher(text).region(from, t.start());
            if (!m.find()) {
                continue;
            }
            LocalDate day;
            try {
                day = LocalDate.parse(t.value().substring(0, 10));
            } catch (java.time.format.DateTimeParseException e) {
                continue;
            }
            LocalDate next = day.plusDays(m.group(1).equalsIgnoreCase("after") ? 1 : -1);
            found.set(i, new TimeExpression(m.start(), t.end(), text.substring(m.start(), t.end()), t.type(),
                    next.toString(), t.inferred()));
        }
    }

    /** Dates given in full: "Monday, January 27, 2025", "27 January 2025", "2025-01-27". */
    private static void fullDates(String text, Resolver r, List<TimeExpression> found, boolean months,
                                  boolean digits) {
        if (!digits) {
            return;
        }
        for (PatternScan.Scan s = WEEKDAY_MONTH_DAY_YEAR.scan(text); months && s.find(); ) {
            Matcher m = s.m;
            dateOf(year(m.group(3)), month(m.group(1)), day(m.group(2))).ifPresent(d -> r.date(found, m, d));
        }
        for (PatternScan.Scan s = DAY_MONTH_YEAR.scan(text); months && s.find(); ) {
            Matcher m = s.m;
            dateOf(year(m.group(3)), month(m.group(2)), day(m.group(1))).ifPresent(d -> r.date(found, m, d));
        }
        for (PatternScan.Scan s = ISO_DATE.scan(text); s.find(); ) {
            Matcher m = s.m;
            dateOf(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                    .ifPresent(d -> r.date(found, m, d));
        }
    }

    private static final Pattern YEAR_AFTER = Pattern.compile(",?\\s((?:19|20)\\d\\d)\\b(?![\\d.,]\\d)");
    private static final Pattern FIRST_DAY = Pattern.compile("\\s(\\d{1,2})");

    /**
     * Both days of a pair with the year written after the second: the second day's span takes the year, and the
     * first day, found before as a day of its month, gets the same year. False when either is no date.
     */
    private static boolean withYear(List<TimeExpression> found, Resolver r, Matcher m, int month, int second,
                                    int year, int end) {
        Matcher first = FIRST_DAY.matcher(m.group());
        if (!first.find()) {
            return false;
        }
        Optional<LocalDate> firstDate = dateOf(year, month, day(first.group(1)));
        Optional<LocalDate> secondDate = dateOf(year, month, second);
        if (firstDate.isEmpty() || secondDate.isEmpty()
                || r.add(found, m.start(2), end, TimexType.DATE, secondDate.get().toString(), false) == null) {
            return false;
        }
        for (int i = 0; i < found.size(); i++) {
            TimeExpression t = found.get(i);
            if (t.start() == m.start() && t.type() == TimexType.DATE) {
                found.set(i, new TimeExpression(t.start(), t.end(), t.text(), t.type(), firstDate.get().toString(),
                        false));
            }
        }
        return true;
    }

    /** The date, or nothing for one no calendar has ("February 31, 2020", "2020-13-45"): no date, not a fault. */
    private static Optional<LocalDate> dateOf(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private void extractMonthDays(String text, Resolver r, List<TimeExpression> found) {
        if (text.contains("week of ")) {
            for (PatternScan.Scan s = WEEK_OF.scan(text); s.find(); ) {
                Matcher m = s.m;
                r.monthDay(found, m, TimexType.DATE, month(m.group(1)), day(m.group(2)), TimeExtractor::week,
                        "XXXX-WXX");
            }
        }
        for (PatternScan.Scan s = WEEKDAY_MONTH_DAY.scan(text); s.find(); ) {
            Matcher m = s.m;
            r.monthDay(found, m, month(m.group(1)), day(m.group(2)));
        }
        for (PatternScan.Scan s = MONTH_DAY.scan(text); s.find(); ) {
            Matcher m = s.m;
            String monthName = m.group(1) != null ? m.group(1) : m.group(3);
            String day = m.group(2) != null ? m.group(2) : m.group(4);
            r.monthDay(found, m, month(monthName), day(day));
        }
        for (PatternScan.Scan s = SECOND_DAY.scan(text); s.find(); ) {
            Matcher m = s.m;
            int month = month(m.group(1));
            int day = day(m.group(2));
            // "April 24 and 25, 2019": the year after the second day is the year of both
            Matcher year = YEAR_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 8));
            if (year.lookingAt() && withYear(found, r, m, month, day, year(year.group(1)), year.end())) {
                continue;
            }
            // the first day was found as a day of its month; the second is found here, on its own span, in the
            // first day's year when that is known ("June 10-12": one year for both, whatever the tense near "12")
            Optional<TimeExpression> firstDay = found.stream().filter(t -> t.start() == m.start()
                    && t.type() == TimexType.DATE && t.value().matches("\\d{4}-\\d\\d-\\d\\d")).findFirst();
            Optional<LocalDate> inYear = firstDay.flatMap(t -> dateOf(Integer.parseInt(t.value().substring(0, 4)),
                    month, day));
            if (inYear.isPresent()) {
                r.add(found, m.start(2), m.end(), TimexType.DATE, inYear.get().toString(), firstDay.get().inferred());
                continue;
            }
            r.monthDay(found, m.start(2), m.end(), TimexType.DATE, month, day, LocalDate::toString,
                    String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day));
        }
        for (PatternScan.Scan s = DAY_MONTH.scan(text); s.find(); ) {
            Matcher m = s.m;
            r.monthDay(found, m, month(m.group(2)), day(m.group(1)));
        }
    }

    private void extractClock(String text, String lower, Resolver r, List<TimeExpression> found) {
        for (PatternScan.Scan s = CLOCK.scan(text); s.find(); ) {
            Matcher m = s.m;
            int hour = Integer.parseInt(m.group(1)) % 12 + (m.group(3).toLowerCase(Locale.ROOT).startsWith("p") ? 12 : 0);
            String minutes = m.group(2) == null ? "00" : m.group(2);
            String clock = String.format(Locale.ROOT, "T%02d:%s", hour, minutes);
            if (m.group(5) != null) {
                // "5 p.m. EST, Nov. 6": the time on that day
                r.monthDay(found, m, month(m.group(5)), day(m.group(6)), clock);
                continue;
            }
            clockOnDay(r, found, m, clock, m.group(4));
        }
        for (PatternScan.Scan s = CLOCK_24.scan(text); s.find(); ) {
            Matcher m = s.m;
            clockOnDay(r, found, m, "T" + m.group(1) + ":" + m.group(2), m.group(3));
        }
        if (lower.contains("noon") || lower.contains("midday") || lower.contains("midnight")) {
            for (PatternScan.Scan s = NOON.scan(text); s.find(); ) {
                Matcher m = s.m;
                if (Character.isUpperCase(m.group(1).charAt(0)) && !sentenceStart(text, m.start())
                        || m.start() >= 5 && text.regionMatches(true, m.start() - 5, "high ", 0, 5)) {
                    continue; // "High Noon", "high noon comes today": a film's name, a figure of speech
                }
                clockOnDay(r, found, m, m.group(1).toLowerCase(Locale.ROOT).equals("midnight") ? "T24:00" : "T12:00",
                        m.group(2));
            }
        }
    }

    /** "mid-afternoon yesterday", "by late evening", "at 4 in the morning": on the day named, else the day in focus. */
    private static void extractPartsOfDays(String text, Resolver r, List<TimeExpression> found) {
        for (PatternScan.Scan s = HOUR_OF_PART.scan(text); s.find(); ) {
            Matcher m = s.m;
            int hour = Integer.parseInt(m.group(1)) % 12 + (m.group(2).equalsIgnoreCase("morning") ? 0 : 12);
            clockOnDay(r, found, m, String.format(Locale.ROOT, "T%02d:00", hour), null);
        }
        for (PatternScan.Scan s = THE_PART_OF_DAY.scan(text); s.find(); ) {
            Matcher m = s.m;
            String code = "T" + partCode(m.group(1));
            r.anaphoric(found, m.start(), m.end(), TimexType.TIME, (ref, focus) -> focus.anchor(ref) + code,
                    "XXXX-XX-XX" + code);
        }
        for (PatternScan.Scan s = PART_OF_DAY.scan(text); s.find(); ) {
            Matcher m = s.m;
            String code = "T" + partCode(m.group(1));
            if (m.group(2) == null) {
                clockOnDay(r, found, m, code, null);
                continue;
            }
            String day = m.group(2).toLowerCase(Locale.ROOT);
            int shift = day.equals("yesterday") ? -1 : day.equals("tomorrow") ? 1 : 0;
            r.relative(found, m, TimexType.TIME, ref -> ref.plusDays(shift) + code, "XXXX-XX-XX" + code);
        }
    }

    /**
     * A time of day on the weekday named with it ("15:00 GMT Saturday"), else on the day named nearest before it in
     * its sentence ("on Friday ... at 10:35 a.m."), else on the reference date.
     */
    private static void clockOnDay(Resolver r, List<TimeExpression> found, Matcher m, String clock, String weekdayName) {
        if (weekdayName != null) {
            DayOfWeek weekday = DayOfWeek.valueOf(weekdayName.toUpperCase(Locale.ROOT));
            boolean future = r.future(m.start());
            r.relative(found, m, TimexType.TIME, ref -> (future ? ref.with(TemporalAdjusters.nextOrSame(weekday))
                    : ref.with(TemporalAdjusters.previousOrSame(weekday))) + clock,
                    "XXXX-WXX-" + weekday.getValue() + clock);
            return;
        }
        r.anaphoric(found, m.start(), m.end(), TimexType.TIME, (ref, focus) -> focus.dayInSentence(ref) + clock,
                "XXXX-XX-XX" + clock);
    }

    private void extractWeekdays(String text, Resolver r, List<TimeExpression> found) {
        for (PatternScan.Scan s = WEEKDAY_SET.scan(text); s.find(); ) {
            Matcher m = s.m;
            if (m.group(1) != null || m.group(3) != null || m.group(5) != null) {
                int weekday = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT)).getValue();
                String part = m.group(4) == null ? "" : "T" + partCode(m.group(4));
                r.add(found, m, TimexType.SET, "XXXX-WXX-" + weekday + part, false);
            }
        }
        for (PatternScan.Scan s = WEEKDAY.scan(text); s.find(); ) {
            Matcher m = s.m;
            DayOfWeek weekday = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String part = m.group(3) == null ? "" : "T" + partCode(m.group(3));
            String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            // "last Monday" or "the previous Monday" is the Monday before the day of writing, "next Monday", "this
            // coming" or "the following" the one after
            boolean future = lead.startsWith("next") || lead.equals("this coming") || lead.equals("the following")
                    || (lead.isEmpty() || lead.equals("this")) && r.future(m.start());
            boolean strictlyBefore = lead.equals("last") || lead.equals("this past") || lead.equals("the previous")
                    || lead.equals("the preceding");
            if (lead.startsWith("the ")) {
                // "the previous Friday", "the following Monday": counted from the day the text speaks of
                boolean following = lead.equals("the following");
                r.anaphoric(found, m.start(), m.end(), part.isEmpty() ? TimexType.DATE : TimexType.TIME,
                        (ref, focus) -> focus.date("day").orElse(ref).with(following ? TemporalAdjusters.next(weekday)
                                : TemporalAdjusters.previous(weekday)) + part, "XXXX-WXX-" + weekday.getValue() + part);
                continue;
            }
            r.relative(found, m, part.isEmpty() ? TimexType.DATE : TimexType.TIME,
                    // a weekday that is the day of writing is that day, in any tense ("will vote Friday", on a Friday)
                    ref -> (future ? ref.with(lead.startsWith("next") || lead.equals("the following")
                            ? TemporalAdjusters.next(weekday)
                            : TemporalAdjusters.nextOrSame(weekday)) : strictlyBefore
                            ? ref.with(TemporalAdjusters.previous(weekday))
                            : ref.with(TemporalAdjusters.previousOrSame(weekday))) + part,
                    "XXXX-WXX-" + weekday.getValue() + part);
        }
    }

    private void extractRelative(String text, String lower, Resolver r, List<TimeExpression> found, boolean months,
                                 boolean digits, boolean units) {
        if (months && (lower.contains("every ") || lower.contains("each "))) {
            for (PatternScan.Scan s = MONTH_SET.scan(text); s.find(); ) {
                Matcher m = s.m;
                r.add(found, m, TimexType.SET, String.format(Locale.ROOT, "XXXX-%02d", month(m.group(1))), false);
            }
        }
        if (months && lower.contains(" year")) {
            for (PatternScan.Scan s = MONTH_OF_YEAR.scan(text); s.find(); ) {
                Matcher m = s.m;
                String which = m.group(2).toLowerCase(Locale.ROOT);
                int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
                int month = month(m.group(1));
                r.relative(found, m, TimexType.DATE, ref -> YearMonth.of(ref.getYear() + shift, month).toString(),
                        String.format(Locale.ROOT, "XXXX-%02d", month));
            }
        }
        if (lower.contains("the day after tomorrow") || lower.contains("the day before yesterday")) {
            for (PatternScan.Scan s = DAY_AROUND.scan(text); s.find(); ) {
                Matcher m = s.m;
                int shift = m.group(1).toLowerCase(Locale.ROOT).startsWith("after") ? 2 : -2;
                r.relative(found, m, TimexType.DATE, ref -> ref.plusDays(shift).toString(), "XXXX-XX-XX");
            }
        }
        for (PatternScan.Scan s = DEICTIC_DAY.scan(text); s.find(); ) {
            Matcher m = s.m;
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (Character.isUpperCase(m.group(1).charAt(0)) && !sentenceStart(text, m.start())) {
                continue; // "USA Today", "VOA Today": a capital in mid-sentence names a paper or a show
            }
            if (word.equals("today") && TODAY_GENERIC.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // "today's world", "today's youth": the present age, not the day of writing
            }
            if (m.group(2) != null) {
                // "yesterday afternoon", "tomorrow morning": that part of that day
                int shift = word.equals("yesterday") ? -1 : word.equals("tomorrow") ? 1 : 0;
                String part = "T" + partCode(m.group(2));
                r.relative(found, m, TimexType.TIME, ref -> ref.plusDays(shift) + part, "XXXX-XX-XX" + part);
                continue;
            }
            switch (word) {
                case "today":
                    r.relative(found, m, TimexType.DATE, LocalDate::toString, "PRESENT_REF");
                    break;
                case "yesterday":
                    r.relative(found, m, TimexType.DATE, ref -> ref.minusDays(1).toString(), "XXXX-XX-XX");
                    break;
                case "tomorrow":
                    r.relative(found, m, TimexType.DATE, ref -> ref.plusDays(1).toString(), "XXXX-XX-XX");
                    break;
                case "tonight":
                    r.relative(found, m, TimexType.TIME, ref -> ref + "TNI", "XXXX-XX-XXTNI");
                    break;
                case "last night":
                    r.relative(found, m, TimexType.TIME, ref -> ref.minusDays(1) + "TNI", "XXXX-XX-XXTNI");
                    break;
                default:
                    String code = "T" + partCode(word.substring(5));
                    r.relative(found, m, TimexType.TIME, ref -> ref + code, "XXXX-XX-XX" + code);
            }
        }
        if (lower.contains(" decade")) {
            for (PatternScan.Scan s = DECADE_RELATIVE.scan(text); s.find(); ) {
                Matcher m = s.m;
                String which = m.group(1).toLowerCase(Locale.ROOT);
                if (which.equals("past") || which.equals("coming")) {
                    r.add(found, m, TimexType.DURATION, "P10Y", false);
                    continue;
                }
                int shift = which.equals("last") ? -10 : which.equals("next") ? 10 : 0;
                r.relative(found, m, TimexType.DATE, ref -> String.valueOf((ref.getYear() + shift) / 10), "XXX");
            }
        }
        for (PatternScan.Scan s = RELATIVE.scan(text); units && s.find(); ) {
            Matcher m = s.m;
            if (Character.isUpperCase(m.group(2).charAt(0)) && m.start() > 0
                    && "\"“'‘`".indexOf(text.charAt(m.start() - 1)) >= 0 && !sentenceStart(text, m.start() - 1)) {
                continue; // ABC's "This Week": a quoted name with a capital on the unit names a show
            }
            String which = m.group(1).toLowerCase(Locale.ROOT);
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            int shift = which.contains("last") || which.equals("the past") ? -1
                    : which.contains("next") || which.equals("the coming") ? 1 : 0;
            int clause = Math.max(Math.max(0, m.start() - 80), text.lastIndexOf(". ", m.start()) + 1);
            if (which.equals("last") && unit.equals("year") && Focus.COMPARISON.matcher(text)
                    .region(clause, m.start()).find()) {
                // "In the quarter, net was $2 million, compared with $3 million last year": that quarter a year before
                r.anaphoric(found, m.start(), m.end(), TimexType.DATE, (ref, focus) -> focus.quarterComparedWith()
                        .map(q -> (Integer.parseInt(q.substring(0, 4)) - 1) + q.substring(4))
                        .orElse(period(ref, unit, shift)), "XXXX");
                continue;
            }
            r.relative(found, m, TimexType.DATE, ref -> period(ref, unit, shift), "XXXX");
        }
        if (lower.contains("weekend")) {
            for (PatternScan.Scan s = WEEKEND.scan(text); s.find(); ) {
                Matcher m = s.m;
                String lead = m.group().substring(0, m.group().indexOf(' ')).toLowerCase(Locale.ROOT);
                boolean future = lead.equals("next") || !lead.equals("last") && r.future(m.start());
                r.relative(found, m, TimexType.DATE, ref -> week(future
                        ? ref.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY))
                        : ref.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY))) + "-WE", "XXXX-WXX-WE");
            }
        }
        if (lower.contains(" of the month") || lower.contains(" of the week")) {
            for (PatternScan.Scan s = PART_OF_UNIT.scan(text); s.find(); ) {
                Matcher m = s.m;
                String unit = m.group(1).toLowerCase(Locale.ROOT);
                r.relative(found, m, TimexType.DATE, ref -> period(ref, unit, 0), "XXXX");
            }
        }
        if (lower.contains("the year") || lower.contains("the full year") || lower.contains("the fiscal year")) {
            for (PatternScan.Scan s = THE_YEAR.scan(text); s.find(); ) {
                Matcher m = s.m;
                if (m.group(1) != null) {
                    r.add(found, m, TimexType.DURATION, "P1Y", false);
                } else {
                    r.relative(found, m, TimexType.DATE, ref -> String.valueOf(ref.getYear()), "XXXX");
                }
            }
        }
        if (lower.contains("year") && lower.contains("end")) { // any white space between them, as the pattern
            for (PatternScan.Scan s = YEAR_END.scan(text); s.find(); ) {
                Matcher m = s.m;
                // "since year end" counts from the end of the year before, as "since year-end" does
                boolean before = text.startsWith("since ", Math.max(0, m.start() - 6))
                        || Boolean.FALSE.equals(r.tense(m.start()));
                r.relative(found, m, TimexType.DATE, ref -> String.valueOf(ref.getYear() - (before ? 1 : 0)), "XXXX");
            }
        }
        if (lower.contains("that ") || lower.contains("same ") || lower.contains("following ")
                || lower.contains("previous ") || lower.contains("preceding ") || lower.contains("prior ")
                || lower.contains("next day")) {
            thatUnit(text, r, found);
        }
        for (PatternScan.Scan a = BARE_MONTH.scan(text); months && a.find(); ) {
            Matcher m = a.m;
            int month = month(m.group(2));
            String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            if (month == 5 && m.group(1) == null && !MAY_LEAD.matcher(text.substring(Math.max(0, m.start() - 8),
                    m.start())).find()) {
                continue;
            }
            if (month == 3 && m.group(1) == null && MARCH_NOUN.matcher(text).region(m.end(), text.length()).lookingAt()
                    && !MAY_LEAD.matcher(text.substring(Math.max(0, m.start() - 8), m.start())).find()) {
                continue; // "the annual March for Life", "the March of the Mothers": a march, not the month
            }
            boolean future = lead.equals("next") || !lead.equals("last") && !lead.equals("this past")
                    && !lead.equals("this") && r.future(m.start());
            boolean last = lead.equals("last") || lead.equals("this past");
            boolean next = lead.equals("next");
            boolean thisYear = lead.equals("this");
            r.relative(found, m, TimexType.DATE, ref -> {
                YearMonth current = YearMonth.from(ref);
                YearMonth candidate = YearMonth.of(ref.getYear(), month);
                if (thisYear) {
                    return candidate.toString();
                }
                // the month after the month of writing is the one ahead in a sentence of the past too ("told
                // buyers of a cut in supply in September", in August): news names the month eleven months
                // back with its year or "last"
                boolean nextMonth = !last && candidate.equals(current.plusMonths(1));
                if (last && !candidate.isBefore(current) || !future && !next && !nextMonth
                        && candidate.isAfter(current)) {
                    candidate = candidate.minusYears(1);
                } else if (next && !candidate.isAfter(current) || future && candidate.isBefore(current)) {
                    candidate = candidate.plusYears(1);
                }
                return candidate.toString();
            }, "XXXX-" + String.format(Locale.ROOT, "%02d", month));
        }
        if (lower.contains("every ")) {
            for (PatternScan.Scan s = SET_COUNTED.scan(text); s.find(); ) {
                Matcher m = s.m;
                String count = m.group(1).equalsIgnoreCase("other") ? "2" : count(m.group(1));
                r.add(found, m, TimexType.SET, durationValue(count, m.group(2).toLowerCase(Locale.ROOT)), false);
            }
        }
        if (lower.contains("once") || lower.contains("twice") || lower.contains("thrice")
                || lower.contains(" times ")) {
            for (PatternScan.Scan s = TIMES_A.scan(text); s.find(); ) {
                Matcher m = s.m;
                r.add(found, m, TimexType.SET, durationValue("1", m.group(1).toLowerCase(Locale.ROOT)), false);
            }
        }
        for (PatternScan.Scan s = SET.scan(text); s.find(); ) {
            Matcher m = s.m;
            String unit = m.group(1) != null ? m.group(1) : adverbUnit(m.group(2));
            r.add(found, m, TimexType.SET, durationValue("1", unit.toLowerCase(Locale.ROOT)), false);
        }
        for (PatternScan.Scan s = QUANTITY_RATE.scan(text); digits && units && s.find(); ) {
            Matcher m = s.m;
            r.add(found, m.start(1), m.end(2), TimexType.SET, durationValue("1", m.group(2).toLowerCase(Locale.ROOT)),
                    false);
        }
        if (units && lower.contains("one day")) {
            for (PatternScan.Scan s = SOMEDAY.scan(text); s.find(); ) {
                Matcher m = s.m;
                boolean modal = MODALS.contains(m.group(1).toLowerCase(Locale.ROOT));
                r.add(found, m.start(2), m.end(2), TimexType.DATE, modal || r.future(m.start(2)) ? "FUTURE_REF"
                        : "PAST_REF", false);
            }
        }
        if (units && lower.contains("quarter") && lower.contains("century")) {
            for (PatternScan.Scan s = QUARTER_CENTURY.scan(text); s.find(); ) {
                Matcher m = s.m;
                if (m.group(1) != null) {
                    // "a quarter-century ago": the year that long before
                    r.relative(found, m, TimexType.DATE, ref -> String.valueOf(ref.getYear() - 25), "PAST_REF");
                } else {
                    r.add(found, m, TimexType.DURATION, "P25Y", false);
                }
            }
        }
        if (units && lower.contains("half a")) {
            for (PatternScan.Scan s = HALF_A.scan(text); s.find(); ) {
                Matcher m = s.m;
                String unit = m.group(1).toLowerCase(Locale.ROOT);
                if (m.group(2) != null) {
                    // "half a century ago": the year, or the month, that long before
                    r.relative(found, m, TimexType.DATE, ref -> unit.equals("century") ? String.valueOf(ref.getYear()
                            - 50) : unit.equals("decade") ? String.valueOf(ref.getYear() - 5) : unit.equals("year")
                            ? YearMonth.from(ref).minusMonths(6).toString() : ref.toString(), "PAST_REF");
                    continue;
                }
                String value = unit.equals("hour") ? "PT30M" : unit.equals("day") ? "PT12H" : unit.equals("year")
                        ? "P6M" : unit.equals("decade") ? "P5Y" : "P50Y";
                r.add(found, m, TimexType.DURATION, value, false);
            }
        }
        if (units) {
            counted(text, r, found);
            for (PatternScan.Scan s = UNCOUNTED_SPAN.scan(text); s.find(); ) {
                Matcher m = s.m;
                String unit = m.group(1) != null ? m.group(1) : "century";
                r.add(found, m, TimexType.DURATION, durationValue("X", unit.toLowerCase(Locale.ROOT)), false);
            }
        }
        for (PatternScan.Scan s = YEAR_PART.scan(text); digits && s.find(); ) {
            Matcher m = s.m;
            r.add(found, m, TimexType.DATE, m.group(1), false);
        }
        for (PatternScan.Scan s = YEAR.scan(text); digits && s.find(); ) {
            Matcher m = s.m;
            r.add(found, m, TimexType.DATE, m.group(1), false);
        }
        for (PatternScan.Scan s = OLD_YEAR.scan(text); digits && s.find(); ) {
            Matcher m = s.m;
            r.add(found, m, TimexType.DATE, m.group(1), false);
        }
    }


    /**
     * "later that year", "the following month": the year, month, week or day of the date in focus (the nearest date
     * before that names one), moved on or back by one for "following" or "previous"; the reference date's when the
     * text named none before.
     */
    private static void thatUnit(String text, Resolver r, List<TimeExpression> found) {
        for (PatternScan.Scan s = THAT_UNIT.scan(text); s.find(); ) {
            Matcher m = s.m;
            String unit = m.group(2).toLowerCase(Locale.ROOT);
            String which = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            int shift = which.isEmpty() ? 0 : which.equals("following") || which.equals("next") ? 1 : -1;
            r.anaphoric(found, m.start(), m.end(), TimexType.DATE, (ref, focus) -> {
                if (shift == 0 && unit.equals("day")) {
                    // "killed last October ... crossed out that same day": a day of the month spoken of just
                    // before, which one unknown
                    Optional<String> month = focus.monthJustBefore();
                    if (month.isPresent()) {
                        return month.get() + "-XX";
                    }
                }
                LocalDate day = focus.date(unit).orElse(ref);
                switch (unit) {
                    case "day":
                        return day.plusDays(shift).toString();
                    case "week":
                        return week(day.plusWeeks(shift));
                    case "month":
                        return YearMonth.from(day).plusMonths(shift).toString();
                    default:
                        return String.valueOf(day.getYear() + shift);
                }
            }, "XXXX");
        }
    }

    /** Whether nothing but white space, a quote mark or a bracket stands between {@code at} and a sentence's start. */
    private static boolean sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'`“‘([_-—".indexOf(text.charAt(i)) >= 0)) {
            if (text.charAt(i) == '\n') {
                return true;
            }
            i--;
        }
        return i < 0 || ".!?:;".indexOf(text.charAt(i)) >= 0;
    }

    /** A holiday on the date it falls in the year of writing, or the year before or after as its lead or tense says. */
    private static void holidays(String text, Resolver r, List<TimeExpression> found) {
        for (PatternScan.Scan s = HOLIDAY.scan(text); s.find(); ) {
            Matcher m = s.m;
            String name = m.group(2);
            String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            boolean future = lead.equals("next") || lead.isEmpty() && r.future(m.start());
            boolean past = lead.equals("last") || lead.isEmpty() && !future;
            java.util.function.IntFunction<LocalDate> day = year -> name.startsWith("Thanksgiving")
                    ? LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY))
                    : name.startsWith("Independence") ? LocalDate.of(year, 7, 4)
                    // the United States' general election: the Tuesday after the first Monday of November
                    : name.startsWith("Election") ? LocalDate.of(year, 11, 1).with(TemporalAdjusters.firstInMonth(
                            DayOfWeek.MONDAY)).plusDays(1)
                    : name.equals("Christmas Eve") ? LocalDate.of(year, 12, 24)
                    : name.startsWith("Christmas") ? LocalDate.of(year, 12, 25)
                    // the last Monday of May, the first of September
                    : name.startsWith("Memorial") ? LocalDate.of(year, 5, 31).with(TemporalAdjusters.previousOrSame(
                            DayOfWeek.MONDAY))
                    : name.startsWith("Labor") ? LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(
                            DayOfWeek.MONDAY))
                    : name.startsWith("Veterans") ? LocalDate.of(year, 11, 11)
                    : name.startsWith("Valentine") ? LocalDate.of(year, 2, 14)
                    : name.startsWith("Halloween") ? LocalDate.of(year, 10, 31)
                    : name.startsWith("Good") ? easter(year).minusDays(2)
                    : name.equals("Easter Monday") ? easter(year).plusDays(1)
                    : name.startsWith("Easter") ? easter(year)
                    : name.endsWith("Eve") ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            // "Easter week": the week that ends with Easter Sunday, Holy Week
            boolean week = name.endsWith("week");
            // a feast that moves (Thanksgiving, Easter) has no day of the year without its year
            String monthDay = day.apply(2000).toString().substring(5);
            String unresolved = week ? "XXXX-WXX" : monthDay.equals(day.apply(2001).toString().substring(5))
                    ? "XXXX-" + monthDay : "XXXX-XX-XX";
            if (m.group(3) != null) {
                // "Christmas Day, 2012", "Easter of 1916": the feast of that year
                int year = Integer.parseInt(m.group(3));
                r.add(found, m, TimexType.DATE, week ? week(day.apply(year)) : day.apply(year).toString(), false);
                continue;
            }
            r.relative(found, m, TimexType.DATE, ref -> {
                java.util.function.IntFunction<LocalDate> start = week
                        ? year -> day.apply(year).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day;
                int year = ref.getYear();
                if (past && start.apply(year).isAfter(ref) || lead.equals("last") && start.apply(year).equals(ref)) {
                    year--;
                } else if (future && day.apply(year).isBefore(ref)) {
                    year++;
                }
                return week ? week(day.apply(year)) : day.apply(year).toString();
            }, unresolved);
        }
    }

    /** Easter Sunday of a year of the Gregorian calendar (the anonymous Gregorian computus). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Seasons, decades, centuries and years as spoken. */
    private static void extractPeriods(String text, String lower, Resolver r, List<TimeExpression> found,
                                       boolean digits) {
        if (lower.contains("spring") || lower.contains("summer") || lower.contains("fall") || lower.contains("autumn")
                || lower.contains("winter")) {
            for (PatternScan.Scan s = SEASON.scan(text); s.find(); ) {
                Matcher m = s.m;
                String lead = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
                boolean after = text.startsWith(" of", m.end(2)) && m.group(3) == null;
                Matcher spoken = after ? SPOKEN_YEAR.pattern().matcher(text)
                        .region(Math.min(text.length(), m.end(2) + 4),
                        text.length()) : null;
                if (spoken != null && spoken.lookingAt()) {
                    // "the winter of nineteen eighty-seven": the season of a year said in words
                    String name = m.group(2).toLowerCase(Locale.ROOT);
                    String code = name.equals("spring") ? "SP" : name.equals("summer") ? "SU"
                            : name.equals("winter") ? "WI" : "FA";
                    r.add(found, m.start(), spoken.end(), TimexType.DATE, spokenYear(spoken) + "-" + code, false);
                    continue;
                }
                if (after || lead.isEmpty() && m.group(3) == null && !SEASON_LEAD.matcher(
                        text.substring(Math.max(0, m.start() - 8), m.start())).find()) {
                    continue; // "prices fall", "the fall of the wall"
                }
                String name = m.group(2).toLowerCase(Locale.ROOT);
                int season = name.equals("spring") ? 1 : name.equals("summer") ? 2 : name.equals("winter") ? 4 : 3;
                String code = new String[] {"SP", "SU", "FA", "WI"}[season - 1];
                if (m.group(3) != null) {
                    r.add(found, m, TimexType.DATE, m.group(3) + "-" + code, false);
                    continue;
                }
                boolean last = lead.equals("last") || lead.equals("this past");
                boolean next = lead.equals("next");
                boolean thisYear = lead.equals("this");
                boolean future = !last && !thisYear && (next || r.future(m.start()));
                r.relative(found, m, TimexType.DATE, ref -> {
                    int month = ref.getMonthValue();
                    int current = month <= 2 ? 4 : month == 12 ? 4 : (month - 3) / 3 + 1;
                    int currentYear = month <= 2 ? ref.getYear() - 1 : ref.getYear();
                    int year = currentYear;
                    if (!thisYear) {
                        if ((last || !future) && (last ? season >= current : season > current)) {
                            year--;
                        } else if ((next || future) && (next ? season <= current : season < current)) {
                            year++;
                        }
                    }
                    return year + "-" + code;
                }, "XXXX-" + code);
            }
        }
        if (digits || lower.contains("'") || lower.contains("’")) {
            for (PatternScan.Scan s = DECADE.scan(text); s.find(); ) {
                Matcher m = s.m;
                r.add(found, m, TimexType.DATE, m.group(1) != null ? m.group(1) : "19" + m.group(2), false);
            }
        }
        if (lower.contains("centur")) {
            for (PatternScan.Scan s = CENTURY.scan(text); s.find(); ) {
                Matcher m = s.m;
                int n = m.group(1) != null ? Integer.parseInt(m.group(1))
                        : List.of(ORDINALS.split("\\|")).indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
                if (n >= 1 && n <= 21) {
                    r.add(found, m, TimexType.DATE, String.format(Locale.ROOT, "%02d", n - 1), false);
                }
            }
        }
        if (lower.contains("ties")) {
            for (PatternScan.Scan s = SPOKEN_DECADE.scan(text); s.find(); ) {
                Matcher m = s.m;
                r.add(found, m, TimexType.DATE, "19" + (DECADE_WORDS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 2),
                        false);
            }
        }
        if (lower.contains("nineteen") || lower.contains("two thousand")) {
            for (PatternScan.Scan s = SPOKEN_YEAR.scan(text); s.find(); ) {
                Matcher m = s.m;
                int year = spokenYear(m);
                Matcher month = MONTH_BEFORE.matcher(text.substring(Math.max(0, m.start() - 14), m.start()));
                if (month.find()) {
                    // "January nineteen ninety-seven": the month of that year
                    r.add(found, m.start() - (month.regionEnd() - month.start()), m.end(), TimexType.DATE,
                            YearMonth.of(year, month(month.group(1))).toString(), false);
                } else {
                    r.add(found, m, TimexType.DATE, String.valueOf(year), false);
                }
            }
        }
    }

    /** The year a match of {@link #SPOKEN_YEAR} says: "nineteen ninety-six" is 1996. */
    private static int spokenYear(Matcher m) {
        if (m.group(0).toLowerCase(Locale.ROOT).contains("thousand")) {
            return 2000 + (m.group(2) == null ? 0 : Integer.parseInt(count(m.group(2))));
        }
        return 1900 + Integer.parseInt(count(m.group(1).replace(' ', '-')));
    }

    /** Vague references: "now", "recently", "the future", "recent weeks". */
    private static void extractVague(String text, Resolver r, List<TimeExpression> found, boolean units) {
        for (PatternScan.Scan s = VAGUE_SPAN.scan(text); units && s.find(); ) {
            Matcher m = s.m;
            String unit = m.group(1) != null ? m.group(1) : m.group(2);
            r.add(found, m, TimexType.DURATION, durationValue("X", unit.toLowerCase(Locale.ROOT)), false);
        }
        for (PatternScan.Scan s = VAGUE.scan(text); s.find(); ) {
            Matcher m = s.m;
            String word = m.group(1).toLowerCase(Locale.ROOT);
            if (word.equals("now") && text.startsWith(",", m.end()) && sentenceStart(text, m.start())) {
                continue; // "Now, he says, ...": a word that turns the story, not a time
            }
            // "the then-current price": the present of a time past
            // "in the near term", "for the short term": TimeML's future, as "the near future" is
            String value = word.startsWith("then") ? "PAST_REF"
                    : word.endsWith("now") || word.startsWith("current") || word.startsWith("these") ? "PRESENT_REF"
                    : word.endsWith("future") || word.endsWith(" term") ? "FUTURE_REF" : "PAST_REF";
            r.add(found, m, TimexType.DATE, value, false);
        }
    }

    /**
     * "Q3 2024", "H1 2025", "FY2024", "FY24": the quarter, half or fiscal year named; "Q4" alone is that quarter of the
     * year the tense points to, as "the fourth quarter" is.
     */
    private static void periodCodes(String text, Resolver r, List<TimeExpression> found) {
        for (PatternScan.Scan s = PERIOD_CODE.scan(text); s.find(); ) {
            Matcher m = s.m;
            if (m.group(3) != null) {
                String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
                r.add(found, m, TimexType.DATE, year, false);
                continue;
            }
            String code = m.group(1);
            String part = "-" + code;
            if (m.group(2) != null) {
                r.add(found, m, TimexType.DATE, m.group(2) + part, false);
                continue;
            }
            boolean half = code.charAt(0) == 'H';
            int n = code.charAt(1) - '0';
            int firstMonth = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
            boolean future = r.future(m.start());
            r.relative(found, m, TimexType.DATE, ref -> {
                YearMonth start = YearMonth.of(ref.getYear(), firstMonth);
                YearMonth current = YearMonth.from(ref);
                int year = ref.getYear();
                if (future && start.plusMonths(half ? 5 : 2).isBefore(current.minusMonths(3))) {
                    year++;
                } else if (!future && start.isAfter(current)) {
                    year--;
                }
                return year + part;
            }, "XXXX" + part);
        }
    }

    /** Quarters and halves of years, fiscal years, and the quarter an earnings report speaks of. */
    private static void extractQuarters(String text, Resolver r, List<TimeExpression> found, boolean digits) {
        if (digits && (text.contains("half of") || text.contains("quarter of"))) {
            for (PatternScan.Scan s = LAST_OF_YEAR.scan(text); s.find(); ) {
                Matcher m = s.m;
                boolean half = m.group(1).toLowerCase(Locale.ROOT).equals("half");
                r.add(found, m, TimexType.DATE, m.group(2) + (half ? "-H2" : "-Q4"), false);
            }
        }
        if (digits && text.contains(" quarters of ")) {
            for (PatternScan.Scan s = TWO_QUARTERS_OF_YEAR.scan(text); s.find(); ) {
                Matcher m = s.m;
                boolean first = m.group(1).toLowerCase(Locale.ROOT).equals("first");
                r.add(found, m, TimexType.DATE, m.group(2) + (first ? "-H1" : "-H2"), false);
            }
        }
        for (PatternScan.Scan s = QUARTER.scan(text); s.find(); ) {
            Matcher m = s.m;
            boolean half = m.group(5).toLowerCase(Locale.ROOT).equals("half");
            String ordinal = m.group(4).toLowerCase(Locale.ROOT);
            int n = ordinal.startsWith("fi") || ordinal.startsWith("1") ? 1 : ordinal.startsWith("s")
                    || ordinal.startsWith("2") ? 2 : ordinal.startsWith("t") || ordinal.startsWith("3") ? 3 : 4;
            if (half && n > 2) {
                continue;
            }
            String part = (half ? "-H" : "-Q") + n;
            String explicit = m.group(6) != null ? m.group(6) : m.group(2);
            if (explicit != null) {
                r.add(found, m, TimexType.DATE, explicit + part, false);
                continue;
            }
            String owner = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
            boolean earlier = m.group(3) != null && m.group(3).toLowerCase(Locale.ROOT).startsWith("year-");
            Optional<String> endYear = endYear(text, found, m.end());
            if (endYear.isPresent() && !owner.startsWith("last") && !owner.startsWith("next") && !earlier) {
                // "the second quarter ended Oct. 31, 1988": the quarter of the year its end date lies in
                r.add(found, m, TimexType.DATE, endYear.get() + part, false);
                continue;
            }
            int shift = owner.startsWith("last") || earlier ? -1 : owner.startsWith("next") ? 1 : 0;
            boolean future = owner.startsWith("this") ? false : r.future(m.start());
            boolean byTense = owner.isEmpty() || owner.equals("the") || owner.equals("its") || owner.equals("their");
            int firstMonth = half ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
            r.relative(found, m, TimexType.DATE, ref -> {
                int year = ref.getYear();
                if (byTense) {
                    YearMonth start = YearMonth.of(year, firstMonth);
                    YearMonth current = YearMonth.from(ref);
                    // a quarter just ended is still to be reported on: "expects to report third-quarter profit"
                    if (future && start.plusMonths(half ? 5 : 2).isBefore(current.minusMonths(3))) {
                        year++;
                    } else if (!future && start.isAfter(current)) {
                        year--;
                    }
                }
                return (year + shift) + part;
            }, "XXXX" + part);
        }
        for (PatternScan.Scan s = QUARTER_ANAPHOR.scan(text); s.find(); ) {
            Matcher m = s.m;
            String year = m.group(1);
            String which = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            boolean period = m.group(3).toLowerCase(Locale.ROOT).equals("period");
            boolean lastYears = text.regionMatches(true, m.start(), "last year", 0, 9);
            if (period && year == null && which.isEmpty() && !lastYears) {
                continue; // "the period": of anything
            }
            boolean earlier = which.contains("year-") || which.equals("comparable") || m.group(4) != null
                    || lastYears;
            if (!period && year == null && which.isEmpty() && m.group(4) == null
                    && text.regionMatches(true, m.start(), "that ", 0, 5)) {
                // "results for that quarter": the quarter spoken of last, not the one the report is about
                r.anaphoric(found, m.start(), m.end(), TimexType.DATE, (ref, focus) -> focus.lastQuarter()
                        .orElse(quarterOf(YearMonth.from(ref).minusMonths(3))), "XXXX-QX");
                continue;
            }
            r.anaphoric(found, m.start(), m.end(), TimexType.DATE, (ref, focus) -> {
                // "the latest quarter" has ended: not a quarter still running ("a fourth-quarter charge" to come),
                // unless the report opened with it (a fiscal quarter, which ends before its calendar namesake)
                boolean latest = which.equals("latest") || which.endsWith("recent");
                Optional<String> months = period && !latest ? focus.monthsSpan() : Optional.empty();
                if (months.isPresent()) {
                    // "For the nine months, ... In the year-earlier period": the same span a year before, a
                    // span again; "the 1988 period" the year it lay in
                    return year != null ? year : months.get();
                }
                String quarter = (latest ? focus.lastQuarterEndedBy(ref) : focus.latestQuarterEndedBy(ref))
                        .orElse(quarterOf(YearMonth.from(ref).minusMonths(3)));
                if (year != null) {
                    return year + quarter.substring(4);
                }
                return earlier ? (Integer.parseInt(quarter.substring(0, 4)) - 1) + quarter.substring(4) : quarter;
            }, "XXXX-QX");
        }
        for (PatternScan.Scan s = YEAR_EARLIER.scan(text); s.find(); ) {
            Matcher m = s.m;
            if (SPAN_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                continue; // "the year-earlier nine months": the span counted, found as such
            }
            boolean end = m.group(1).toLowerCase(Locale.ROOT).endsWith("end");
            // "since year-end" counts from the end of the year before, whatever the tense
            boolean since = text.startsWith("since ", Math.max(0, m.start() - 6));
            int endShift = end && (since || Boolean.FALSE.equals(r.tense(m.start()))) ? -1 : 0;
            r.anaphoric(found, m.start(), m.end(), TimexType.DATE, (ref, focus) -> end
                    ? (ref.getYear() + endShift) + "-12-31"
                    : focus.monthsSpan().isPresent() ? String.valueOf(ref.getYear() - 1)
                    : focus.quarter().map(q -> (Integer.parseInt(q.substring(0, 4)) - 1) + q.substring(4))
                    .orElse(String.valueOf(ref.getYear() - 1)), end ? "XXXX-12-31" : "XXXX");
        }
        for (PatternScan.Scan s = FISCAL_YEAR.scan(text); digits && s.find(); ) {
            Matcher m = s.m;
            r.add(found, m, TimexType.DATE, m.group(1), false);
        }
    }

    private static final Pattern ENDED = Pattern.compile("\\s+(?:ended|ending)\\s+");

    /** The year of the date found just after "ended" at {@code end} ("the quarter ended Sept. 30"), if any. */
    private static Optional<String> endYear(String text, List<TimeExpression> found, int end) {
        Matcher ended = ENDED.matcher(text).region(end, Math.min(text.length(), end + 10));
        if (!ended.lookingAt()) {
            return Optional.empty();
        }
        for (TimeExpression t : found) {
            if (t.start() == ended.end() && t.type() == TimexType.DATE && t.value().matches("\\d{4}-\\d\\d-\\d\\d")) {
                return Optional.of(t.value().substring(0, 4));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a unit found at [start, end) of the text is a whole word as {@link #COUNTED} takes it: after white
     * space, and then at most an "s" before the word ends (no letter, digit, underscore or hyphen follows). The
     * "day" of "today" and "Monday" and the "year" of "yearly" are not, and half the units of a news text are such.
     */
    private static boolean wholeUnit(String text, int start, int end) {
        if (start == 0 || " \t\n\u000B\f\r".indexOf(text.charAt(start - 1)) < 0) {
            return false;
        }
        return wordEndsAt(text, end) || end < text.length() && (text.charAt(end) == 's' || text.charAt(end) == 'S')
                && wordEndsAt(text, end + 1);
    }

    /** Whether no letter, digit, underscore or hyphen (of ASCII, as {@code [-\\w]}) is at {@code i}. */
    private static boolean wordEndsAt(String text, int i) {
        if (i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        return !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-');
    }

    /** Counted spans of time: durations ("the past two months"), or dates when counted back or on ("a year ago"). */
    private static void counted(String text, Resolver r, List<TimeExpression> found) {
        for (PatternScan.Scan s = COUNTED.scan(text); s.find(); ) {
            Matcher m = s.m;
            String unitWord = m.group(4).toLowerCase(Locale.ROOT);
            String unit = unitWord.equals("centur") ? "century" : unitWord; // "two centuries"
            String count = m.group(3) != null ? "X" : count(m.group(2));
            if (unit.equals("quarter") && count.length() >= 4) {
                continue; // "the 1988 quarter": a year, not a count
            }
            if (Character.isUpperCase(m.group(4).charAt(0)) && Character.isDigit(m.group(2).charAt(0))) {
                continue; // "60 Minutes", "24 Hours": news writes units in lower case, so this names a show
            }
            if (unit.equals("quarter") && count.equals("1") && m.group(6) == null && FRACTION_OF.matcher(text)
                    .region(m.end(), text.length()).lookingAt()) {
                continue; // "more than a quarter of the market": a share, not a time
            }
            if (m.group(6) == null && AGE_AFTER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 6))
                    .lookingAt()) {
                continue; // "52 years old": an age, as "6-year-old" is
            }
            int start = m.start();
            // "an hour and a half", "two and a half years"
            boolean half = !count.equals("X") && (m.group(5) != null
                    || text.substring(m.end(2), m.start(4)).contains("half"));
            Matcher mixed = MIXED_HALF.matcher(text.substring(Math.max(0, start - 8), start));
            if (m.group(1) == null && count.equals("2") && mixed.find()) {
                // "5 1/2 hours": the count is the whole number before the fraction, and a half
                start -= mixed.regionEnd() - mixed.start();
                count = mixed.group(1);
                half = true;
            }
            String value = half ? halfDuration(count, unit) : durationValue(count, unit);
            if (m.group(6) == null) {
                r.add(found, start, m.end(), TimexType.DURATION, value, false);
                continue;
            }
            String direction = m.group(6).trim().toLowerCase(Locale.ROOT).replaceFirst("^or so\\s+", "");
            int sign = direction.equals("later") || direction.equals("from now") ? 1 : -1;
            boolean anchored = direction.equals("earlier") || direction.equals("later") || direction.equals("before");
            if (direction.equals("before") || anchored && (unit.equals("minute") || unit.equals("hour")
                    || unit.equals("day") || unit.equals("week"))) {
                // "two days before the vote", "an hour later", "three days later": the span of time alone, TimeML's
                // duration with "later" as its signal (a day counted on from an event the text seldom dates to
                // the day); "a year earlier" stays a date, the period compared with
                r.add(found, start, m.start(6), TimexType.DURATION, value, false);
                continue;
            }
            String n = count;
            r.anaphoric(found, start, m.end(), TimexType.DATE,
                    (ref, focus) -> shifted(anchored ? focus.anchor(ref) : ref, focus.comparedQuarter(ref), unit,
                            n, sign),
                    sign < 0 ? "PAST_REF" : "FUTURE_REF");
        }
        for (PatternScan.Scan s = HYPHENATED.scan(text); s.find(); ) {
            Matcher m = s.m;
            String unit = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
            // "decades-long": some decades, not one
            boolean plural = m.group(3) != null && text.charAt(m.end(3)) == 's';
            String count = m.group(1) != null ? count(m.group(1)) : plural ? "X" : "1";
            r.add(found, m, TimexType.DURATION, durationValue(count, unit), false);
        }
    }

    /**
     * Explicit full dates (day, month and year) in sentences about the past, to infer a missing publication date.
     * Runs only the patterns of full dates, not the whole extractor.
     */
    public List<LocalDate> explicitDates(String text) {
        List<TimeExpression> found = new ArrayList<>();
        Resolver r = new Resolver(text, Optional.empty());
        fullDates(text, r, found, MONTH_ANY.matcher(text).find(), DIGIT.matcher(text).find());
        List<LocalDate> dates = new ArrayList<>();
        for (TimeExpression t : found) {
            if (!r.future(t.start())) {
                dates.add(LocalDate.parse(t.value()));
            }
        }
        return dates;
    }

    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final List<String> TEENS = List.of("thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");

    /** A count as TIMEX3 writes it: "12", "2" for "a couple of", "X" for "several". */
    static String count(String words) {
        String w = words.toLowerCase(Locale.ROOT).trim();
        if (w.matches("\\d+(?:\\.\\d+)?")) {
            return w.replaceAll("\\.0+$", "");
        }
        if (NUMBERS.containsKey(w)) {
            return String.valueOf(NUMBERS.get(w));
        }
        if (w.startsWith("a couple") || w.startsWith("couple")) {
            return "2";
        }
        if (w.equals("a hundred")) {
            return "100";
        }
        if (TEENS.contains(w)) {
            return String.valueOf(13 + TEENS.indexOf(w));
        }
        String[] parts = w.split("[ -]");
        if (TENS.containsKey(parts[0])) {
            return String.valueOf(TENS.get(parts[0]) + (parts.length > 1 ? NUMBERS.getOrDefault(parts[1], 0) : 0));
        }
        return "X";
    }

    /**
     * The date {@code count} units before or after {@code anchor}, at the unit's granularity: "two years ago" is a
     * year, "six weeks ago" a week, "11 days ago" a day. A year before a quarter in focus is that quarter a year
     * earlier ("profit rose from a year ago").
     */
    private static String shifted(LocalDate anchor, Optional<String> quarter, String unit, String count, int sign) {
        if (count.equals("X") || count.contains(".") || count.length() > 6) {
            // a count past a million units is no date to compute ("99999999999 years ago")
            return sign < 0 ? "PAST_REF" : "FUTURE_REF";
        }
        int n = Integer.parseInt(count) * sign;
        switch (unit) {
            case "minute":
            case "hour":
                return anchor.toString();
            case "day":
                return anchor.plusDays(n).toString();
            case "week":
                return week(anchor.plusWeeks(n));
            case "fortnight":
                return week(anchor.plusWeeks(2L * n));
            case "month":
                return YearMonth.from(anchor).plusMonths(n).toString();
            case "quarter":
                return quarterOf(YearMonth.from(anchor).plusMonths(3L * n));
            case "decade":
                return String.valueOf(anchor.getYear() + 10 * n);
            case "century":
                return String.valueOf(anchor.getYear() + 100 * n);
            default:
                if (quarter.isPresent() && Math.abs(n) == 1) {
                    return (Integer.parseInt(quarter.get().substring(0, 4)) + n) + quarter.get().substring(4);
                }
                return String.valueOf(anchor.getYear() + n);
        }
    }

    private static String week(LocalDate day) {
        return String.format(Locale.ROOT, "%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static String quarterOf(YearMonth month) {
        return month.getYear() + "-Q" + ((month.getMonthValue() - 1) / 3 + 1);
    }

    private static String period(LocalDate ref, String unit, int shift) {
        switch (unit) {
            case "week":
                LocalDate week = ref.plusWeeks(shift);
                return String.format(Locale.ROOT, "%d-W%02d", week.get(IsoFields.WEEK_BASED_YEAR),
                        week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case "month":
                return YearMonth.from(ref).plusMonths(shift).toString();
            case "quarter":
                return quarterOf(YearMonth.from(ref).plusMonths(3L * shift));
            default:
                return String.valueOf(ref.getYear() + shift);
        }
    }

    /** A count and a half of a unit: "PT5H30M", "P2Y6M", "P1DT12H"; a decimal where no smaller unit divides it. */
    private static String halfDuration(String count, String unit) {
        switch (unit) {
            case "minute":
                return "PT" + count + "M30S";
            case "hour":
                return "PT" + count + "H30M";
            case "day":
                return "P" + count + "DT12H";
            case "year":
                return "P" + count + "Y6M";
            case "fortnight":
                return "P" + new java.math.BigDecimal(times(count, 2)).add(java.math.BigDecimal.ONE).toPlainString()
                        + "W";
            default:
                return durationValue(count + ".5", unit);
        }
    }

    /** A count of any length, whole or not, times a factor, exactly ("every 3000000000 fortnights", "2.5"). */
    private static String times(String count, int factor) {
        return new java.math.BigDecimal(count).multiply(java.math.BigDecimal.valueOf(factor)).stripTrailingZeros()
                .toPlainString();
    }

    private static String durationValue(String count, String unit) {
        switch (unit) {
            case "minute":
                return "PT" + count + "M";
            case "hour":
                return "PT" + count + "H";
            case "fortnight":
                return count.equals("X") ? "PXW" : "P" + times(count, 2) + "W";
            case "quarter":
                return "P" + count + "Q";
            case "decade":
                return count.matches("\\d+") ? "P" + times(count, 10) + "Y" : count.equals("X") ? "PXY" : "P" + count + "DE";
            case "century":
                // TimeML's unit of a century is C ("for centuries", PXC)
                return count.matches("\\d+") ? "P" + times(count, 100) + "Y" : "P" + count + "C";
            default:
                return "P" + count + unitCode(unit);
        }
    }

    private static String unitCode(String unit) {
        switch (unit.toLowerCase(Locale.ROOT)) {
            case "minute": return "TM";
            case "hour": return "TH";
            case "day": return "D";
            case "week": return "W";
            case "month": return "M";
            case "quarter": return "Q";
            case "decade": return "DE";
            default: return "Y";
        }
    }

    private static String adverbUnit(String adverb) {
        switch (adverb.toLowerCase(Locale.ROOT)) {
            case "daily": return "day";
            case "weekly": return "week";
            case "monthly": return "month";
            case "hourly": return "hour";
            default: return "year";
        }
    }

    private static String partCode(String part) {
        switch (part.toLowerCase(Locale.ROOT)) {
            case "morning": return "MO";
            case "afternoon": return "AF";
            case "evening": return "EV";
            default: return "NI";
        }
    }

    static int month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (int i = 0; i < MONTH_KEYS.length; i++) {
            if (key.startsWith(MONTH_KEYS[i])) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static int day(String digits) {
        return Integer.parseInt(digits);
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    /** What the text spoke of before an expression: the nearest date before it, the quarter it is about. */
    static final class Focus {
        private static final Pattern QUARTER_VALUE = Pattern.compile("\\d{4}-Q[1-4]");
        private static final Pattern DAY_VALUE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d");
        private static final Pattern MONTH_VALUE = Pattern.compile("\\d{4}-(?:0[1-9]|1[0-2])");
        private static final Pattern MONTHS_SPAN = Pattern.compile("P(?:[2-9]|1[01])M");
        /** Words that compare a figure with one of another time: "compared with", "up from", "against". */
        private static final Pattern COMPARISON = Pattern.compile("\\b(?:compared with|compared to|from|against"
                + "|versus)\\b");
        /** A year, a year and month, or a day: "1998", "1998-06", "1998-06-12". */
        private static final Pattern FULL_DATE = Pattern.compile("\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?");
        private static final Pattern ENDED_BEFORE = Pattern.compile("\\b(?:ended|ending)\\s+$");
        private final List<TimeExpression> found;
        private final int index;
        private final java.util.Set<TimeExpression> skip;
        private final String text;

        Focus(String text, List<TimeExpression> found, int index, java.util.Set<TimeExpression> skip) {
            this.text = text;
            this.found = found;
            this.index = index;
            this.skip = skip;
        }

        /**
         * The quarter of the nearest date before, when that date is a quarter; the end date of a period ("the quarter
         * ended Sept. 30") is part of the period's name, not a date of its own.
         */
        Optional<String> quarter() {
            for (int i = index - 1; i >= 0; i--) {
                TimeExpression t = found.get(i);
                if (t.type() == TimexType.DATE && !t.value().equals("?") && !skip.contains(t)
                        && !ENDED_BEFORE.matcher(text.substring(Math.max(0, t.start() - 8), t.start())).find()) {
                    return QUARTER_VALUE.matcher(t.value()).matches() ? Optional.of(t.value()) : Optional.empty();
                }
            }
            return Optional.empty();
        }

        /**
         * The nearest date before that is given to at least the grain of {@code unit} ("June 1998" for "that year" or
         * "that month", "Oct. 23" for "that day"), as its first day.
         */
        Optional<LocalDate> date(String unit) {
            int digits = unit.equals("year") ? 4 : unit.equals("month") ? 7 : 10;
            for (int i = index - 1; i >= 0; i--) {
                TimeExpression t = found.get(i);
                String v = t.value();
                if (t.type() != TimexType.DATE && t.type() != TimexType.TIME || v.length() < digits
                        || !FULL_DATE.matcher(v.substring(0, digits)).matches()) {
                    continue;
                }
                int year = Integer.parseInt(v.substring(0, 4));
                int month = digits >= 7 ? Integer.parseInt(v.substring(5, 7)) : 1;
                int day = digits == 10 ? Integer.parseInt(v.substring(8, 10)) : 1;
                return Optional.of(LocalDate.of(year, month, day));
            }
            return Optional.empty();
        }

        /**
         * The quarter spoken of last that had ended by {@code reference}, or else the first quarter spoken of, when
         * it is the one the text opened with: a report of fiscal results may name a quarter not yet over in the
         * calendar.
         */
        Optional<String> lastQuarterEndedBy(LocalDate reference) {
            String first = null;
            for (int i = index - 1; i >= 0; i--) {
                TimeExpression t = found.get(i);
                if (t.type() == TimexType.DATE && QUARTER_VALUE.matcher(t.value()).matches() && !skip.contains(t)) {
                    YearMonth last = YearMonth.of(Integer.parseInt(t.value().substring(0, 4)),
                            (t.value().charAt(6) - '0') * 3);
                    if (!last.atEndOfMonth().isAfter(reference)) {
                        return Optional.of(t.value());
                    }
                    first = t.value();
                }
            }
            return Optional.ofNullable(first);
        }

        /**
         * The latest of the quarters named before that had ended by {@code reference}: the quarter a report of
         * results is about, which other quarters it mentions in passing ("after a flat second quarter", "a
         * fourth-quarter charge") do not displace; else the quarter spoken of last.
         */
        Optional<String> latestQuarterEndedBy(LocalDate reference) {
            String latest = null;
            for (int i = 0; i < index; i++) {
                TimeExpression t = found.get(i);
                if (t.type() == TimexType.DATE && QUARTER_VALUE.matcher(t.value()).matches() && !skip.contains(t)
                        && !YearMonth.of(Integer.parseInt(t.value().substring(0, 4)), (t.value().charAt(6) - '0') * 3)
                        .atEndOfMonth().isAfter(reference) && (latest == null || t.value().compareTo(latest) > 0)) {
                    latest = t.value();
                }
            }
            return latest == null ? lastQuarter() : Optional.of(latest);
        }

        /**
         * The span of months ("the first nine months", P9M) a report spoke of last, when it spoke of it after the
         * last quarter it named: what "the period" then means.
         */
        Optional<String> monthsSpan() {
            for (int i = index - 1; i >= 0; i--) {
                TimeExpression t = found.get(i);
                if (skip.contains(t)) {
                    continue;
                }
                if (t.type() == TimexType.DURATION && MONTHS_SPAN.matcher(t.value()).matches()) {
                    return Optional.of(t.value());
                }
                if (t.type() == TimexType.DATE && QUARTER_VALUE.matcher(t.value()).matches()) {
                    return Optional.empty();
                }
            }
            return Optional.empty();
        }

        /**
         * The quarter that "a year earlier" compares with: the one a report is about, unless it spoke last of a span
         * of months ("for the nine months, ... a year earlier"), whose year-earlier namesake lies in the year before.
         */
        Optional<String> comparedQuarter(LocalDate reference) {
            return monthsSpan().isPresent() ? Optional.empty() : latestQuarterEndedBy(reference);
        }

        /**
         * The quarter named before in the same sentence when a comparison leads from it to this expression ("in the
         * latest quarter, net was $2 million, compared with $3 million last year").
         */
        Optional<String> quarterComparedWith() {
            TimeExpression self = found.get(index);
            for (int i = index - 1; i >= 0; i--) {
                TimeExpression t = found.get(i);
                String between = text.substring(t.end(), self.start());
                if (between.indexOf(". ") >= 0 || between.indexOf('\n') >= 0 || between.indexOf(';') >= 0) {
                    return Optional.empty();
                }
                if (t.type() == TimexType.DATE && QUARTER_VALUE.matcher(t.value()).matches()) {
                    return COMPARISON.matcher(between).find() ? Optional.of(t.value()) : Optional.empty();
                }
            }
            return Optional.empty();
        }

        /**
         * The month named just before (within a sentence or two), when the date spoken of last is a whole month
         * ("last October"), not a day of it.
         */
        Optional<String> monthJustBefore() {
            TimeExpression self = found.get(index);
            for (int i = index - 1; i >= 0; i--) {
                TimeExpression t = found.get(i);
                if (t.type() != TimexType.DATE && t.type() != TimexType.TIME || skip.contains(t)
                        || !FULL_DATE.matcher(t.value()).lookingAt()) {
                    continue;
                }
                if (!MONTH_VALUE.matcher(t.value()).matches() || self.start() - t.end() > 300) {
                    return Optional.empty();
                }
                // "On Tuesday, the council said the pier would reopen in October. That same day, ...": a day named
                // before the month, in the same stretch, is the day spoken of
                for (int j = i - 1; j >= 0; j--) {
                    TimeExpression earlier = found.get(j);
                    if (self.start() - earlier.end() > 300) {
                        break;
                    }
                    if (!skip.contains(earlier) && DAY_VALUE.matcher(earlier.value()).lookingAt()) {
                        return Optional.empty();
                    }
                }
                return Optional.of(t.value());
            }
            return Optional.empty();
        }


        /** The quarter spoken of last, however far before. */
        Optional<String> lastQuarter() {
            for (int i = index - 1; i >= 0; i--) {
                TimeExpression t = found.get(i);
                if (t.type() == TimexType.DATE && QUARTER_VALUE.matcher(t.value()).matches() && !skip.contains(t)) {
                    return Optional.of(t.value());
                }
            }
            return Optional.empty();
        }

        /** The day named close before or after the expression in its clause ("Friday at 10:35 a.m."), else the reference. */
        String dayInSentence(LocalDate reference) {
            TimeExpression self = found.get(index);
            for (int i : new int[] {index - 1, index + 1}) {
                if (i < 0 || i >= found.size()) {
                    continue;
                }
                TimeExpression t = found.get(i);
                int from = Math.min(t.end(), self.end());
                int to = Math.max(t.start(), self.start());
                String between = from < to ? text.substring(from, to) : "";
                if (DAY_VALUE.matcher(t.value()).lookingAt() && between.length() <= 40 && between.indexOf(',') < 0
                        && between.indexOf(';') < 0 && between.indexOf(". ") < 0 && between.indexOf('\n') < 0) {
                    return t.value().substring(0, 10);
                }
            }
            return reference.toString();
        }

        /** The day a relative "two days later" counts from: a day named just before, else the reference. */
        LocalDate anchor(LocalDate reference) {
            if (index > 0) {
                TimeExpression t = found.get(index - 1);
                if (found.get(index).start() - t.end() < 300 && DAY_VALUE.matcher(t.value()).lookingAt()) {
                    return LocalDate.parse(t.value().substring(0, 10));
                }
            }
            return reference;
        }
    }

    /** Adds expressions unless they overlap one found before (rules run from the most to the least specific). */
    private static final class Resolver {
        private final String text;
        private final Optional<ReferenceDate> reference;
        private final Map<TimeExpression, Anaphoric> deferred = new java.util.IdentityHashMap<>();
        /** Expressions that name a time by another ("a year earlier"): never the focus of what follows. */
        private final java.util.Set<TimeExpression> comparisons = java.util.Collections.newSetFromMap(
                new java.util.IdentityHashMap<>());

        Resolver(String text, Optional<ReferenceDate> reference) {
            this.text = text;
            this.reference = reference;
        }

        interface Relative {
            String value(LocalDate reference);
        }

        /** An explicit date: it rests on nothing inferred. */
        void date(List<TimeExpression> found, Matcher m, LocalDate date) {
            add(found, m, TimexType.DATE, date.toString(), false);
        }

        void monthDay(List<TimeExpression> found, Matcher m, int month, int day) {
            monthDay(found, m, TimexType.DATE, month, day, LocalDate::toString,
                    String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day));
        }

        /** A day of a month without its year, with {@code clock} ("T17:00") after it: a time. */
        void monthDay(List<TimeExpression> found, Matcher m, int month, int day, String clock) {
            monthDay(found, m, TimexType.TIME, month, day, date -> date + clock,
                    String.format(Locale.ROOT, "XXXX-%02d-%02d", month, day) + clock);
        }

        void monthDay(List<TimeExpression> found, Matcher m, TimexType type, int month, int day,
                      java.util.function.Function<LocalDate, String> value, String unresolved) {
            monthDay(found, m.start(), m.end(), type, month, day, value, unresolved);
        }

        /** A day of a month without its year, in the year the tense makes likeliest, given as {@code value} says. */
        void monthDay(List<TimeExpression> found, int start, int end, TimexType type, int month, int day,
                      java.util.function.Function<LocalDate, String> value, String unresolved) {
            if (day < 1 || day > 31) {
                return;
            }
            // the nearest date, unless it lies months away on the side the tense rules out ("was last seen Nov. 3"
            // in a May article)
            Boolean tense = reference.isPresent() ? tense(start) : null;
            // "the quarter ended Sept. 30", "the year ended Jan. 31": a period that has ended, by a day not to come
            boolean ended = start >= 6 && text.regionMatches(true, start - 6, "ended ", 0, 6);
            relative(found, start, end, type, ref -> {
                LocalDate best = null;
                for (int year = ref.getYear() - 1; year <= ref.getYear() + 1; year++) {
                    if (day > YearMonth.of(year, month).lengthOfMonth()) {
                        continue;
                    }
                    LocalDate candidate = LocalDate.of(year, month, day);
                    if (tense != null && (tense ? candidate.isBefore(ref.minusDays(92))
                            : candidate.isAfter(ref.plusDays(92))) || ended && candidate.isAfter(ref)) {
                        continue;
                    }
                    if (best == null || Math.abs(candidate.toEpochDay() - ref.toEpochDay())
                            < Math.abs(best.toEpochDay() - ref.toEpochDay())) {
                        best = candidate;
                    }
                }
                return best == null ? "XXXX" : value.apply(best);
            }, unresolved);
        }

        /** A value that rests on what the text said before: the date or the quarter in focus. */
        interface Anaphoric {
            String value(LocalDate reference, Focus focus);
        }

        /** Adds an expression whose value waits for {@link #resolveAnaphora}, when every expression is known. */
        void anaphoric(List<TimeExpression> found, int start, int end, TimexType type, Anaphoric resolve,
                       String unresolved) {
            if (reference.isEmpty()) {
                add(found, start, end, type, unresolved, false);
                return;
            }
            TimeExpression t = add(found, start, end, type, "?", reference.get().inferred());
            if (t != null) {
                deferred.put(t, resolve);
            }
        }

        /** Gives the expressions added by {@link #anaphoric} their values, in text order. */
        void resolveAnaphora(List<TimeExpression> found) {
            if (deferred.isEmpty()) {
                return;
            }
            for (int i = 0; i < found.size(); i++) {
                Anaphoric a = deferred.get(found.get(i));
                if (a != null) {
                    TimeExpression t = found.get(i);
                    String value = a.value(reference.get().date(), new Focus(text, found, i, comparisons));
                    // a value that names a span ("P9M") makes the expression a duration; PAST_REF does not
                    boolean span = value.length() > 1 && value.charAt(0) == 'P' && !value.endsWith("_REF");
                    TimeExpression resolved = new TimeExpression(t.start(), t.end(), t.text(),
                            span ? TimexType.DURATION : t.type(), value, t.inferred());
                    found.set(i, resolved);
                    comparisons.add(resolved);
                }
            }
        }

        void relative(List<TimeExpression> found, Matcher m, TimexType type, Relative resolve, String unresolved) {
            relative(found, m.start(), m.end(), type, resolve, unresolved);
        }

        void relative(List<TimeExpression> found, int start, int end, TimexType type, Relative resolve,
                      String unresolved) {
            if (reference.isPresent()) {
                add(found, start, end, type, resolve.value(reference.get().date()), reference.get().inferred());
            } else {
                add(found, start, end, type, unresolved, false);
            }
        }

        TimeExpression add(List<TimeExpression> found, Matcher m, TimexType type, String value, boolean inferred) {
            return add(found, m.start(), m.end(), type, value, inferred);
        }

        TimeExpression add(List<TimeExpression> found, int start, int end, TimexType type, String value,
                           boolean inferred) {
            for (TimeExpression t : found) {
                if (start < t.end() && t.start() < end) {
                    return null;
                }
            }
            TimeExpression t = new TimeExpression(start, end, text.substring(start, end), type, value, inferred);
            found.add(t);
            return t;
        }

        /**
         * Whether the expression at the offset speaks of the future: the tense cue nearest before it in its sentence
         * decides ("met on Monday and will meet again on Monday"), else the nearest after it; past by default.
         */
        boolean future(int offset) {
            return Boolean.TRUE.equals(tense(offset));
        }

        /** Like {@link #future}, but null when no word of the sentence gives the tense away. */
        Boolean tense(int offset) {
            int start = offset;
            while (start > 0 && !isSentenceEnd(text, start - 1)) {
                start--;
            }
            int end = offset;
            while (end < text.length() && !isSentenceEnd(text, end)) {
                end++;
            }
            String[] before = WORD.split(text.substring(start, offset).toLowerCase(Locale.ROOT));
            if (before.length > 1 && before[before.length - 1].equals("effective")
                    && tenseCue(before, before.length - 2) == null) {
                return Boolean.TRUE; // "a new office, effective Feb. 1": when a change announced takes effect
            }
            String last = before.length == 0 ? "" : before[before.length - 1];
            if (last.equals("until") || last.equals("till") || last.equals("through")) {
                for (String word : before) {
                    if (PUT_OFF.contains(word)) {
                        return Boolean.TRUE; // "postponed the vote until Tuesday": a time still to come
                    }
                }
            }
            boolean present = false;
            boolean determinerAfter = false;
            for (int i = before.length - 1; i >= 0; i--) {
                Boolean cue = tenseCue(before, i);
                if (cue != null) {
                    return cue;
                }
                if (PRESENT_FORMS.contains(before[i])) {
                    // the time belongs to the present's verb ("is heard in May"), not to a thing named after it
                    // ("are asked about the fire in May", "is safe after the flood in May")
                    present = !determinerAfter;
                } else if (present && TIME_CLAUSES.contains(before[i])) {
                    // "if they lose when the case is heard in May": a present in a clause of time or condition
                    // speaks of what is to come, whatever the tense of the sentence around it
                    return Boolean.TRUE;
                }
                determinerAfter |= DETERMINERS.contains(before[i]);
            }
            int from = offset;
            while (from < end && Character.isLetter(text.charAt(from))) {
                from++; // the expression's own first word: "May" is no modal verb
            }
            String[] words = WORD.split(text.substring(from, end));
            String[] after = WORD.split(text.substring(from, end).toLowerCase(Locale.ROOT));
            for (int i = 0; i < after.length && (!SUBORDINATORS.contains(after[i]) || inName(words, i)); i++) {
                // after the expression, "vowed to" is the verb the day belongs to: said on that day, so past
                Boolean cue = DIRECTIVES.contains(after[i]) ? Boolean.FALSE : tenseCue(after, i);
                if (cue != null) {
                    return cue;
                }
            }
            return null;
        }

        /** Whether word i ("and") joins two capitalised words of one name: "Abortion and Reproductive Rights". */
        private static boolean inName(String[] words, int i) {
            return i > 0 && i + 1 < words.length && !words[i - 1].isEmpty() && !words[i + 1].isEmpty()
                    && Character.isUpperCase(words[i - 1].charAt(0)) && Character.isUpperCase(words[i + 1].charAt(0));
        }

        /** True for a future cue at word i, false for a past one, null for neither. */
        private static Boolean tenseCue(String[] words, int i) {
            String word = words[i];
            String next = i + 1 < words.length ? words[i + 1] : "";
            if (word.equals("next") && next.equals("to")) {
                return null; // "next to the embassy": a place, not a time to come
            }
            if (FUTURE_WORDS.contains(word) || ((FUTURE_BEFORE_TO.contains(word) || DIRECTIVES.contains(word))
                    && next.equals("to")) || PLANNED_FOR.contains(word) && next.equals("for")
                    || PLANS.contains(word) && (next.equals("a") || next.equals("an"))) {
                // "had been due to expire", "had been scheduled": a plan of the past
                boolean pastPerfect = (next.equals("to") || PLANS.contains(word))
                        && (i > 0 && words[i - 1].equals("had")
                        || i > 1 && words[i - 1].equals("been") && words[i - 2].equals("had"));
                return !pastPerfect;
            }
            if (i > 1 && words[i - 1].equals("be") && (words[i - 2].equals("to") || words[i - 2].equals("will")
                    || words[i - 2].equals("would"))) {
                return Boolean.TRUE; // "to be published", "will be paid": a passive to come, not a past
            }
            if (PAST_WORDS.contains(word)) {
                // "when the case is heard in May", "shares are sold daily": a participle after a copula, a passive of
                // the present; its verb (if any) tells
                return i > 0 && COPULAS.contains(words[i - 1]) && !PAST_ADVERBS.contains(word) ? null : Boolean.FALSE;
            }
            if (word.length() > 4 && word.endsWith("ed") && !FUTURE_BEFORE_TO.contains(word) && !NOT_PAST.contains(word)) {
                // "will stay closed", "the injured workers": a participle or an adjective, whose verb (if any) tells
                String previous = i > 0 ? words[i - 1] : "";
                return COPULAS.contains(previous) || DETERMINERS.contains(previous) ? null : Boolean.FALSE;
            }
            return null;
        }

        /** Present forms of "be": in a clause of time or condition they speak of the future. */
        private static final java.util.Set<String> PRESENT_FORMS = java.util.Set.of("is", "are", "am");
        /**
         * Words that open a clause of time or condition, whose present tense is a future ("when it is done"); not
         * "before" or "after", adverbs as often ("as we said before, the deal is...").
         */
        private static final java.util.Set<String> TIME_CLAUSES = java.util.Set.of("when", "whenever", "if",
                "unless");
        /** Words of {@link #PAST_WORDS} that are no participle: a copula before them makes no passive. */
        private static final java.util.Set<String> PAST_ADVERBS = java.util.Set.of("ago", "last", "yesterday",
                "earlier", "was", "were", "had", "has", "have", "did");
        /** Verbs after which an -ed word is a participle or adjective, not a past tense ("will stay closed"). */
        private static final java.util.Set<String> COPULAS = java.util.Set.of("been", "being", "is", "are", "am", "stay", "stays",
                "remain", "remains", "get", "gets", "keep", "keeps", "seem", "seems", "become", "becomes", "look",
                "looks", "feel", "feels");
        /** Words after which an -ed word is an adjective ("the injured workers"). */
        private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an", "its", "his", "her", "their", "our",
                "my", "your", "these", "those");

        private static boolean isSentenceEnd(String text, int i) {
            char c = text.charAt(i);
            return c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1))
                    && (i < 2 || !isAbbreviation(text.charAt(i - 2), text.charAt(i - 1))));
        }

        /** The last two characters before a period of "U.S." or an initial ("J."), or of "a.m." and "p.m.". */
        private static boolean isAbbreviation(char before, char letter) {
            return Character.isUpperCase(letter) ? !Character.isLetter(before)
                    : Character.isLetter(letter) && before == '.';
        }
    }
}
