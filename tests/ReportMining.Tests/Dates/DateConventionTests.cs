using ReportMining.Dates;
using ReportMining.Text;

namespace ReportMining.Tests.Dates;

/// <summary>
/// What news annotation (TimeML) leaves out or keeps: programme names and generic "today's".
/// Sentences written for the project (fictional councils and people).
/// </summary>
public class DateConventionTests
{
    private static readonly ReportMiner Miner = new();
    private static readonly DateOnly Monday16March2020 = new(2020, 3, 16);

    private static IReadOnlyList<DateMention> Dates(string text) =>
        Miner.Analyze(text, new AnalysisOptions { DocumentDate = Monday16March2020 }).Dates;

    [Theory]
    [InlineData("The minister told the \"This Week\" programme that Harbury would get more money.", "This Week")]
    [InlineData("Speaking on \"60 Minutes\", the director defended the service.", "60 Minutes")]
    public void A_capitalised_unit_inside_running_text_is_a_name_not_a_date(string text, string name) =>
        Dates(text).Should().NotContain(d => d.Text.Contains(name, StringComparison.Ordinal));

    [Fact]
    public void A_unit_in_capitals_at_the_start_of_a_sentence_is_still_a_date() =>
        Dates("Last week the council met. Weeks later, it agreed the plan.").Should().Contain(d => d.Text == "Last week" && d.Value == "2020-W11");

    [Fact]
    public void A_holiday_named_with_day_is_still_a_date() =>
        Dates("The boy was found on Thanksgiving Day by a fishing crew.").Should().Contain(d => d.Text == "Thanksgiving Day");

    [Theory]
    [InlineData("Social media shapes how today's children see themselves, the director said.")]
    [InlineData("In today's world, no council can work alone.")]
    [InlineData("Many of today's young people leave care without a home.")]
    public void Today_s_with_a_generic_noun_means_nowadays_and_is_not_the_document_date(string text) =>
        Dates(text).Should().NotContain(d => d.Text.StartsWith("today", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void Today_s_meeting_is_the_document_date() =>
        Dates("At today's meeting the cabinet approved the plan.").Should().Contain(d => d.Text == "today" && d.Value == "2020-03-16");

    [Theory]
    [InlineData("The Harbury home closed last October after a fire. Its manager resigned that same day.", "that same day", "2019-10-XX")]
    [InlineData("Ashby Council merged its two teams in 2017. That month, it also moved offices.", "That month", "2017-XX")]
    [InlineData("Referrals are usually allocated on the same day.", "the same day", "2020-03-16")]
    public void That_day_refers_back_to_the_date_just_told_as_finely_as_it_was_given(string text, string extent, string value) =>
        Dates(text).Should().Contain(d => d.Text == extent && d.Value == value);

    [Theory]
    [InlineData("The post was vacant for nearly two years.", "nearly two years")]
    [InlineData("The post was vacant for almost three months.", "almost three months")]
    [InlineData("The post was vacant for at least six weeks.", "at least six weeks")]
    [InlineData("The post was vacant for about two years.", "two years")]
    [InlineData("Caseloads rose steadily over three years.", "three years")]
    [InlineData("Eastmoor Steel said its third quarter was weak.", "third quarter")]
    [InlineData("Eastmoor Steel posted the third-quarter loss it had forecast.", "third-quarter")]
    [InlineData("Eastmoor Steel lost money in the third quarter.", "the third quarter")]
    [InlineData("Earlier Friday, the Harbury cabinet backed the plan.", "Friday")]
    [InlineData("The Ashby panel will publish its findings later today.", "today")]
    [InlineData("The trust wrote to the minister earlier this week.", "this week")]
    [InlineData("The trust wrote to the minister earlier this year.", "earlier this year")]
    public void TimeML_extents_keep_nearly_and_at_least_and_leave_about_over_and_possessives_out(string text, string extent)
    {
        using var document = Document.Parse(text);
        var found = DateExtractor.FindTimeMl(document, new DateOnly(2020, 3, 16));
        found.Select(t => text[t.Start..t.End]).Should().Contain(extent);
    }
}

/// <summary>Days listed with a date ("9 and 10 March", "April 24 and 25") are dates of their own, as TimeML annotates them.</summary>
public class CoordinatedDayTests
{
    private static readonly ReportMiner Miner = new();
    private static readonly DateOnly Monday16March2020 = new(2020, 3, 16);

    private static IReadOnlyList<DateMention> Dates(string text) =>
        Miner.Analyze(text, new AnalysisOptions { DocumentDate = Monday16March2020 }).Dates;

    [Fact]
    public void A_day_before_and_a_full_date_takes_its_month_and_year()
    {
        var found = Dates("Inspectors visited Harbury on 9 and 10 March 2020.");
        found.Should().Contain(d => d.Text == "9" && d.Value == "2020-03-09");
        found.Should().Contain(d => d.Text == "10 March 2020" && d.Value == "2020-03-10");
    }

    [Fact]
    public void A_list_of_days_before_a_date_takes_its_month()
    {
        var found = Dates("The panel sat on 3, 4 and 5 May 2020.");
        found.Should().Contain(d => d.Text == "3" && d.Value == "2020-05-03");
        found.Should().Contain(d => d.Text == "4" && d.Value == "2020-05-04");
    }

    [Fact]
    public void A_day_after_a_month_first_date_takes_its_month_and_year()
    {
        var found = Dates("The summit is on April 24 and 25 in Harbury.");
        found.Should().Contain(d => d.Text == "April 24" && d.Value == "2020-04-24");
        found.Should().Contain(d => d.Text == "25" && d.Value == "2020-04-25");
    }

    [Theory]
    [InlineData("At 31 March 2015, 1,934 children were subject to a plan.")]
    [InlineData("By March 5, 20 of them had left the service.")]
    [InlineData("On March 5 and 6 children were seen by a social worker.")]
    [InlineData("See paragraphs 4 and 5 March of the plan.")]
    public void Counts_after_a_date_are_not_days(string text) =>
        Dates(text).Should().OnlyContain(d => d.Text.Length > 2);
}
