using ReportMining.Dates;

namespace ReportMining.Tests.Dates;

/// <summary>
/// Which weekday or which year a date without its own year means, from the tense of its clause
/// (sentences written for the project; fictional councils and people).
/// </summary>
public class DateTenseTests
{
    private static readonly ReportMiner Miner = new();
    private static readonly DateOnly Monday16March2020 = new(2020, 3, 16);
    private static readonly DateOnly Friday2August2019 = new(2019, 8, 2);
    private static readonly DateOnly Monday4November2019 = new(2019, 11, 4);
    private static readonly DateOnly Monday4March2019 = new(2019, 3, 4);

    private static string ValueOf(string text, string words, DateOnly documentDate)
    {
        var found = Miner.Analyze(text, new AnalysisOptions { DocumentDate = documentDate }).Dates;
        found.Select(d => d.Text).Should().Contain(words, "the sentence was: " + text);
        return found.First(d => d.Text == words).Value;
    }

    [Theory]
    [InlineData("Officials postponed the hearing until Thursday morning, the council said.", "Thursday morning", "2020-03-19")]
    [InlineData("The trust has been given until Friday to answer the inspectors.", "Friday", "2020-03-20")]
    [InlineData("Until Thursday, the director had refused to comment on the findings.", "Thursday", "2020-03-12")]
    [InlineData("The director resigned on Thursday after the vote.", "Thursday", "2020-03-12")]
    public void A_weekday_after_until_inside_a_sentence_is_a_deadline_ahead(string text, string words, string value) =>
        ValueOf(text, words, Monday16March2020).Should().Be(value);

    [Fact]
    public void A_weekday_is_the_documents_own_day_when_the_clause_is_about_the_future_and_it_is_that_day() =>
        ValueOf("The panel will meet Monday to choose a new chair.", "Monday", Monday16March2020).Should().Be("2020-03-16");

    [Fact]
    public void A_hyphenated_word_is_not_read_as_a_future_marker() =>
        ValueOf("Shares of Eastmoor Care fell after lower-than-expected results were reported Wednesday.", "Wednesday", Friday2August2019)
            .Should().Be("2019-07-31");

    [Theory]
    [InlineData("Mr Hale, who stepped down as director in January for family reasons, was thanked by members.", "January", "2019-01")]
    [InlineData("In February, Ashby Council appointed an interim director of children's services.", "February", "2019-02")]
    [InlineData("Since the council bought the site in January, it has found a new tenant.", "January", "2019-01")]
    [InlineData("The new director will take up the post in January.", "January", "2020-01")]
    [InlineData("The council announced an agreement to buy the old library in January.", "January", "2020-01")]
    [InlineData("The bank has extended the loan through February, the treasurer said.", "February", "2020-02")]
    [InlineData("The payment would be made on a date still to be agreed in January.", "January", "2020-01")]
    public void A_month_early_in_the_year_written_late_in_the_year_follows_the_tense(string text, string words, string value) =>
        ValueOf(text, words, Monday4November2019).Should().Be(value);

    [Theory]
    [InlineData("The inspectors will visit the Harbury office at 10 a.m. Thursday, the council said.", "10 a.m. Thursday", "2020-03-19T10:00")]
    [InlineData("The panel is expected to report at 2 p.m. GMT Friday.", "2 p.m. GMT Friday", "2020-03-20T14:00")]
    [InlineData("The council gave the trust until 9 a.m. GMT Wednesday to reply.", "9 a.m. GMT Wednesday", "2020-03-18T09:00")]
    [InlineData("The inspectors visited the Harbury office at 10 a.m. Thursday.", "10 a.m. Thursday", "2020-03-12T10:00")]
    public void A_clock_time_before_a_weekday_takes_the_tense_of_its_clause(string text, string words, string value) =>
        ValueOf(text, words, Monday16March2020).Should().Be(value);

    [Theory]
    [InlineData("The Harbury home closed for repairs in the summer.", "the summer", "2019-SU")]
    [InlineData("The Harbury home will close for repairs in the summer.", "the summer", "2020-SU")]
    [InlineData("Ashby Council opened two new family hubs in the autumn.", "the autumn", "2019-FA")]
    public void A_season_without_a_year_still_to_begin_is_last_year_s_in_a_clause_in_the_past(string text, string words, string value) =>
        ValueOf(text, words, Monday16March2020).Should().Be(value);

    [Theory]
    [InlineData("The Harbury home will reopen in the spring.", "the spring", "2020-SP")]
    [InlineData("The Harbury home reopened in the spring.", "the spring", "2019-SP")]
    public void A_season_without_a_year_already_over_is_next_year_s_in_a_clause_about_the_future(string text, string words, string value) =>
        ValueOf(text, words, Monday4November2019).Should().Be(value);

    [Theory]
    [InlineData("The tribunal will rule on the Harbury case on 20 January.", "20 January", "2020-01-20")]
    [InlineData("The tribunal ruled on the Harbury case on 20 January.", "20 January", "2019-01-20")]
    [InlineData("Staff hoped the minister would visit, after the 7 January fire destroyed the home.", "7 January", "2019-01-07")]
    public void A_day_without_a_year_in_a_clause_about_the_future_is_the_next_one(string text, string words, string value) =>
        ValueOf(text, words, new DateOnly(2019, 8, 14)).Should().Be(value);

    [Fact]
    public void A_future_marker_far_back_in_the_sentence_still_counts() =>
        ValueOf("The new director of Northbridge children's services will be named at a special meeting of the full council in December.", "December", Monday4March2019)
            .Should().Be("2019-12");

    [Theory]
    [InlineData("The father would be travelling to Harbury on Thursday, his lawyer said.", "Thursday", "2020-03-19")]
    [InlineData("The family said they would appeal the ruling, announced Thursday by the council.", "Thursday", "2020-03-12")]
    [InlineData("The family will meet the officers who arrived Thursday from Ashby.", "Thursday", "2020-03-12")]
    [InlineData("Parents said they would read Thursday's report with care.", "Thursday", "2020-03-12")]
    public void Would_points_ahead_unless_a_verb_in_the_past_or_a_possessive_comes_between(string text, string words, string value) =>
        ValueOf(text, words, Monday16March2020).Should().Be(value);

    [Theory]
    [InlineData("The offer had been due to expire Friday, but the council extended it.", "Friday", "2020-03-13")]
    [InlineData("The vote went ahead as previously planned Friday.", "Friday", "2020-03-13")]
    [InlineData("The offer is due to expire Friday.", "Friday", "2020-03-20")]
    public void A_future_marker_in_the_pluperfect_tells_of_the_past(string text, string words, string value) =>
        ValueOf(text, words, Monday16March2020).Should().Be(value);

    [Theory]
    [InlineData("The two council leaders meet Thursday in Harbury.", "Thursday", "2020-03-19")]
    [InlineData("The two council leaders meet separately Thursday with the minister.", "Thursday", "2020-03-19")]
    [InlineData("The tribunal hears the Voss case on Wednesday.", "Wednesday", "2020-03-18")]
    [InlineData("The director flies to Ashby on Friday.", "Friday", "2020-03-20")]
    [InlineData("The inquiry into the home begins Friday.", "Friday", "2020-03-20")]
    [InlineData("The three-day Harbury hearing ends Thursday.", "Thursday", "2020-03-19")]
    [InlineData("The chief inspector returns on Wednesday.", "Wednesday", "2020-03-18")]
    public void A_scheduling_verb_in_the_simple_present_points_ahead(string text, string words, string value) =>
        ValueOf(text, words, Monday16March2020).Should().Be(value);

    [Theory]
    [InlineData("The director flew to Ashby on Friday.", "Friday", "2020-03-13")]
    [InlineData("The talks Friday ended without a deal.", "Friday", "2020-03-13")]
    [InlineData("The two leaders did not meet Friday.", "Friday", "2020-03-13")]
    [InlineData("The inquiry began Friday.", "Friday", "2020-03-13")]
    [InlineData("The three-day Harbury hearing ended Thursday.", "Thursday", "2020-03-12")]
    public void A_weekday_without_a_present_scheduling_verb_stays_in_the_past(string text, string words, string value) =>
        ValueOf(text, words, Monday16March2020).Should().Be(value);

    [Theory]
    [InlineData("On Thursday, the Harbury parents' group plans to hold a meeting.", "Thursday", "2020-03-19")]
    [InlineData("On Thursday, the inspectors are expected to return to Ashby.", "Thursday", "2020-03-19")]
    [InlineData("On Thursday, the council planned to pay the first claims.", "Thursday", "2020-03-12")]
    [InlineData("On Thursday, when the director set aside her travel plans, the council met.", "Thursday", "2020-03-12")]
    public void A_weekday_opening_the_sentence_follows_the_tense_of_the_clause_after_it(string text, string words, string value) =>
        ValueOf(text, words, Monday16March2020).Should().Be(value);

    [Theory]
    [InlineData("The council said it did not plan to close the centre on Thursday.", "Thursday", "2020-03-19")]
    [InlineData("Harbury hopes to agree the budget on Friday.", "Friday", "2020-03-20")]
    public void An_intention_to_do_something_on_a_weekday_points_ahead(string text, string words, string value) =>
        ValueOf(text, words, Monday16March2020).Should().Be(value);

    [Theory]
    [InlineData("The Harbury awards evening was held in June.", "June", "2019-06")]
    [InlineData("Ashby changed its financial year in December.", "December", "2019-12")]
    [InlineData("The Harbury awards evening will be held in June.", "June", "2020-06")]
    [InlineData("The guidance, to be published in April, sets new targets.", "April", "2020-04")]
    [InlineData("The council said the consultation closes in June.", "June", "2020-06")]
    public void A_month_two_or_more_months_ahead_in_a_clause_in_the_past_is_last_year_s(string text, string words, string value) =>
        ValueOf(text, words, Monday16March2020).Should().Be(value);

    [Fact]
    public void The_quarter_ending_a_day_without_a_year_that_is_still_ahead_is_last_year_s() =>
        Miner.Analyze("Court cases took 25 weeks in the quarter ending 30 June, the council said.", new AnalysisOptions { DocumentDate = Monday16March2020 }).Dates
            .Should().Contain(d => d.Text == "the quarter" && d.Value == "2019-Q2");

    [Fact]
    public void Earlier_counts_back_from_the_time_the_narrative_is_at() =>
        ValueOf("Ofsted rated Ashby inadequate in 2017. Two years earlier, it had been rated good.", "Two years earlier", Monday16March2020)
            .Should().Be("2015");

    [Fact]
    public void Ago_counts_back_from_the_document_date() =>
        ValueOf("Ofsted rated Ashby inadequate in 2017. Two years ago, it was rated good.", "Two years ago", Monday16March2020)
            .Should().Be("2018");
}

/// <summary>"Through", "until" and "till" before a month point ahead unless the clause is in the past. Sentences written for the project.</summary>
public class UpToMonthTests
{
    private static readonly ReportMiner Miner = new();

    private static IReadOnlyList<DateMention> Dates(string text) =>
        Miner.Analyze(text, new AnalysisOptions { DocumentDate = new DateOnly(2020, 3, 16) }).Dates;

    [Theory]
    [InlineData("The Harbury pilot is funded through September.", "September", "2020-09")]
    [InlineData("The consultation stays open until November.", "November", "2020-11")]
    [InlineData("The Harbury pilot ran through September.", "September", "2019-09")]
    [InlineData("The dispute lasted until October, when a deal was agreed.", "October", "2019-10")]
    public void A_month_after_through_or_until_is_the_coming_one_unless_the_clause_is_past(string text, string extent, string value) =>
        Dates(text).Should().Contain(d => d.Text == extent && d.Value == value);
}
