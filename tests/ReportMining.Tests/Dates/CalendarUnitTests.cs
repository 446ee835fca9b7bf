using ReportMining.Dates;
using ReportMining.Text;

namespace ReportMining.Tests.Dates;

/// <summary>
/// Weeks named by a date or a holiday, halves said in quarters, and "last" as a verb, as TimeML
/// values and bounds them. Sentences written for the project (fictional councils and firms).
/// </summary>
public class CalendarUnitTests
{
    private static readonly DateOnly Monday16March2020 = new(2020, 3, 16);

    private static List<(string Text, string Value)> TimeMl(string text)
    {
        using var document = Document.Parse(text);
        return DateExtractor.FindTimeMl(document, Monday16March2020).Select(t => (text[t.Start..t.End], t.Value)).ToList();
    }

    [Theory]
    [InlineData("The review panel sits in the week of 9 March.", "the week of 9 March", "2020-W11")]
    [InlineData("Councillors heard the budget would be set the week of March 23.", "the week of March 23", "2020-W13")]
    [InlineData("Harbury's hearings ran through the week of 2 December 2019.", "the week of 2 December 2019", "2019-W49")]
    public void The_week_of_a_date_is_the_calendar_week_holding_it(string text, string extent, string value)
    {
        var found = TimeMl(text);
        found.Should().Contain((extent, value));
        found.Should().HaveCount(1, "the date inside names the week; it is not a timex of its own");
    }

    [Theory]
    [InlineData("Most offices in Harbury stayed shut during Christmas week.", "Christmas week", "2019-W52")]
    [InlineData("The youth centre reopens after Easter week, the council said.", "Easter week", "2020-W15")]
    public void A_holiday_week_is_the_calendar_week_holding_the_holiday(string text, string extent, string value) =>
        TimeMl(text).Should().Contain((extent, value));

    [Fact]
    public void A_holiday_week_ahead_of_a_hyphen_stays_the_holiday() =>
        TimeMl("Staff took part in a Christmas week-long appeal.").Should().NotContain(t => t.Value.Contains("-W", StringComparison.Ordinal));

    [Theory]
    [InlineData("Eastmoor Steel lost money in the first two quarters of 2019.", "2019-H1")]
    [InlineData("Eastmoor Steel expects to break even in the last two quarters of this year.", "2020-H2")]
    [InlineData("Orders slowed over the first two quarters of last year.", "2019-H1")]
    public void The_first_or_last_two_quarters_of_a_year_are_a_half(string text, string value) =>
        TimeMl(text).Should().Contain(t => t.Value == value && t.Text.Contains("two quarters of", StringComparison.Ordinal));

    [Fact]
    public void Two_quarters_without_a_year_stay_a_duration() =>
        TimeMl("The works will take the next two quarters.").Should().Contain(("the next two quarters", "P2Q"));

    [Theory]
    [InlineData("The closure of the Harbury depot could last six months.", "six months", "P6M")]
    [InlineData("The strike will last three days, the union said.", "three days", "P3D")]
    [InlineData("The inquiry is expected to last two weeks.", "two weeks", "P2W")]
    public void Last_after_a_modal_is_the_verb_and_stays_outside_the_duration(string text, string extent, string value) =>
        TimeMl(text).Should().ContainSingle().Which.Should().Be((extent, value));

    [Theory]
    [InlineData("Spending rose over the last six months.", "the last six months")]
    [InlineData("Harbury agreed the plan in May last year.", "last year")]
    [InlineData("The figures were compared to last year.", "last year")]
    public void Last_as_a_determiner_still_starts_the_expression(string text, string extent) =>
        TimeMl(text).Should().Contain(t => t.Text.EndsWith(extent, StringComparison.Ordinal));

    [Theory]
    [InlineData("The day before last Tuesday, the panel met in Harbury.", "The day before last Tuesday", "2020-03-09")]
    [InlineData("The day after 3 March 2020, the council published its plan.", "The day after 3 March 2020", "2020-03-04")]
    public void The_day_before_or_after_a_date_is_that_date_moved_by_one(string text, string extent, string value) =>
        TimeMl(text).Should().Contain((extent, value));

    [Fact]
    public void The_day_after_an_event_is_not_resolved() =>
        TimeMl("The day after the vote, the leader of Harbury resigned.").Should().BeEmpty();

    [Theory]
    [InlineData("The economy of the region grew 0.4 percent in the fourth quarter.", "2019-Q4")]
    [InlineData("Eastmoor Steel's third-quarter sales fell short of forecasts.", "2019-Q3")]
    [InlineData("Orders rose in the second quarter, the firm said.", "2019-Q2")]
    [InlineData("Eastmoor Steel expects a loss in the fourth quarter.", "2020-Q4")]
    [InlineData("The Harbury plant will reopen in the second quarter.", "2020-Q2")]
    [InlineData("Orders were strong in the first quarter.", "2020-Q1")]
    public void A_quarter_without_a_year_still_to_begin_is_last_year_s_unless_the_clause_looks_ahead(string text, string value) =>
        TimeMl(text).Should().Contain(t => t.Value == value);

    [Theory]
    [InlineData("Referrals rose in mid-March, the director said.", "mid-March", "2020-03")]
    [InlineData("The Harbury march in mid-May drew a crowd.", "mid-May", "2020-05")]
    public void Mid_before_March_or_May_makes_the_word_a_month(string text, string extent, string value) =>
        TimeMl(text).Should().Contain((extent, value));

    [Theory]
    [InlineData("The Voss family ran the Harbury shop for a quarter of a century.", "a quarter of a century", "P25Y")]
    [InlineData("The Voss family ran the Harbury shop for a quarter century.", "a quarter century", "P25Y")]
    [InlineData("After a quarter-century in office, the leader of Harbury retired.", "a quarter-century", "P25Y")]
    [InlineData("The hearing was delayed by three quarters of an hour.", "three quarters of an hour", "PT45M")]
    [InlineData("The Ashby post stayed empty for a year and a half.", "a year and a half", "P1Y6M")]
    [InlineData("The cabinet debated the plan for an hour and a half.", "an hour and a half", "PT1H30M")]
    [InlineData("The kettle in the Ashby office boiled within a minute and a half.", "a minute and a half", "PT1M30S")]
    public void A_fraction_of_a_unit_is_a_duration_of_that_fraction(string text, string extent, string value) =>
        TimeMl(text).Should().ContainSingle().Which.Should().Be((extent, value));

    [Theory]
    [InlineData("A quarter of the staff left Harbury; three quarters of them were social workers.")]
    [InlineData("The quarter-end figures for Eastmoor Steel were weak.")]
    public void A_quarter_of_something_else_is_not_a_date(string text) =>
        TimeMl(text).Should().BeEmpty();

    [Fact]
    public void An_age_of_a_year_and_a_half_is_not_a_date() =>
        TimeMl("The youngest child in the Harbury home is a year and a half old.").Should().BeEmpty();

    [Theory]
    [InlineData("The home opened in 1992, the year the old one closed.", "the year", "1992")]
    [InlineData("The inspectors came in March 2019, the month the new director started.", "the month", "2019-03")]
    public void The_year_in_apposition_to_a_date_is_that_date(string text, string extent, string value) =>
        TimeMl(text).Should().Contain((extent, value));

    [Theory]
    [InlineData("Harbury overspent in 2018; the year before, it had a surplus.", "the year before", "2017")]
    [InlineData("Spending fell to £3 million last year, down from £4 million the year before.", "the year before", "2018")]
    [InlineData("The panel met on 3 March. The day before, the report was published.", "The day before", "2020-03-02")]
    [InlineData("Harbury lost money in 2017 but broke even the year after.", "the year after", "2018")]
    public void The_year_before_or_after_counts_from_the_last_date_mentioned(string text, string extent, string value) =>
        TimeMl(text).Should().Contain((extent, value));

    [Theory]
    [InlineData("The Harbury panel will sit in the first week of April.", "the first week of April", "2020-W14")]
    [InlineData("The last week of February was the busiest for the front door.", "The last week of February", "2020-W09")]
    [InlineData("Visits resumed in the second week of January 2019.", "the second week of January 2019", "2019-W02")]
    public void The_nth_or_last_week_of_a_month_is_the_calendar_week_holding_its_nth_or_last_Thursday(string text, string extent, string value) =>
        TimeMl(text).Should().ContainSingle().Which.Should().Be((extent, value));

    [Theory]
    [InlineData("In the last quarter, Harbury met the national target for assessments.", "the last quarter", "2019-Q4")]
    [InlineData("Eastmoor Steel's sales rose in the final quarter.", "the final quarter", "2019-Q4")]
    [InlineData("Eastmoor Steel's sales rose in the last quarter of 2018.", "the last quarter of 2018", "2018-Q4")]
    public void The_last_quarter_without_a_year_is_the_latest_quarter_and_the_final_quarter_the_fourth(string text, string extent, string value) =>
        TimeMl(text).Should().Contain((extent, value));

    [Theory]
    [InlineData("The Harbury fair takes place over the Easter weekend.", "the Easter weekend", "2020-W15-WE")]
    [InlineData("Children's centres in Harbury close for the Easter holiday.", "the Easter holiday", "2020-04-12")]
    public void A_holiday_weekend_or_holiday_break_takes_the_noun(string text, string extent, string value) =>
        TimeMl(text).Should().Contain((extent, value));

    [Theory]
    [InlineData("Eastmoor Steel lost money in the quarter ended January 31.", "the quarter", "2019-Q4")]
    [InlineData("In the quarter ended 31 December 2019, Eastmoor Steel's sales rose.", "the quarter", "2019-Q4")]
    [InlineData("Eastmoor Steel's sales fell in the quarter ending 30 June 2019.", "the quarter", "2019-Q2")]
    public void The_quarter_ended_a_date_is_the_calendar_quarter_holding_most_of_its_three_months(string text, string extent, string value) =>
        TimeMl(text).Should().Contain((extent, value));

    [Theory]
    [InlineData("The Harbury choir will sing on Palm Sunday.", "Palm Sunday", "2020-04-05")]
    [InlineData("The Harbury choir will sing on Holy Thursday.", "Holy Thursday", "2020-04-09")]
    [InlineData("Council offices close on Good Friday.", "Good Friday", "2020-04-10")]
    [InlineData("Council offices reopen after Easter Monday.", "Easter Monday", "2020-04-13")]
    [InlineData("The fast began on Ash Wednesday.", "Ash Wednesday", "2020-02-26")]
    [InlineData("The youth centre closes for Holy Week.", "Holy Week", "2020-W15")]
    [InlineData("Harbury's parade on St. Patrick's Day will be smaller this year.", "St. Patrick's Day", "2020-03-17")]
    [InlineData("The charity raised money before Valentine's Day.", "Valentine's Day", "2020-02-14")]
    [InlineData("Police in Harbury were busy on Halloween.", "Halloween", "2019-10-31")]
    [InlineData("The Harbury parade was held on Memorial Day.", "Memorial Day", "2019-05-27")]
    [InlineData("Traffic in Harbury was heavy on Labor Day.", "Labor Day", "2019-09-02")]
    [InlineData("Shops in Harbury opened early on Boxing Day.", "Boxing Day", "2019-12-26")]
    public void Named_holidays_are_their_day_in_the_year_the_clause_points_to(string text, string extent, string value) =>
        TimeMl(text).Should().Contain((extent, value));

    [Theory]
    [InlineData("The social worker did a good job on the case.")]
    [InlineData("The memorial service was well attended.")]
    [InlineData("Staff from the Labour group met the director.")]
    [InlineData("The holy site was visited by a school group.")]
    public void Holiday_words_without_their_day_are_not_dates(string text) =>
        TimeMl(text).Should().BeEmpty();

    [Theory]
    [InlineData("The Voss family could buy the home at the then current price.", "then current")]
    [InlineData("The then-current director of Harbury objected.", "then-current")]
    public void Then_current_is_what_was_current_then(string text, string extent) =>
        TimeMl(text).Should().Contain((extent, "PAST_REF"));

    [Fact]
    public void Then_and_current_across_a_comma_stay_apart() =>
        TimeMl("Since then, current rules in Harbury have changed.").Should().Contain(("current", "PRESENT_REF"));
}
