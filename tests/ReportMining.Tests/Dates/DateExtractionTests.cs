using ReportMining.Dates;
using ReportMining.Tests.Text;

namespace ReportMining.Tests.Dates;

/// <summary>Dates, ranges, durations and sets on sentences written for the project (fictional councils).</summary>
public class DateExtractionTests
{
    private static readonly ReportMiner Miner = new();
    private static readonly DateOnly August2019 = new(2019, 8, 2); // a Friday
    private static readonly DateOnly March2020 = new(2020, 3, 16); // a Monday

    private static IReadOnlyList<DateMention> Dates(string text, DateOnly? documentDate = null) =>
        Miner.Analyze(text, new AnalysisOptions { DocumentDate = documentDate }).Dates;

    private static DateMention Single(string text, string words, DateOnly? documentDate = null)
    {
        var found = Dates(text, documentDate);
        found.Select(d => d.Text).Should().Contain(words, "the sentence was: " + text);
        return found.First(d => d.Text == words);
    }

    [Theory]
    [InlineData("The board met on 16 March 2020 to agree the plan.", "16 March 2020", "2020-03-16")]
    [InlineData("The board met on March 16, 2020 to agree the plan.", "March 16, 2020", "2020-03-16")]
    [InlineData("Westbrook Council announced on Monday, March 16, 2020 that it had appointed a director.", "Monday, March 16, 2020", "2020-03-16")]
    [InlineData("The letter is dated 3rd April 2018.", "3rd April 2018", "2018-04-03")]
    [InlineData("The visit ended on the 5th of June 2021.", "the 5th of June 2021", "2021-06-05")]
    [InlineData("Submissions closed on 18 Feb 2014.", "18 Feb 2014", "2014-02-18")]
    [InlineData("The service was rated inadequate in September 2017.", "September 2017", "2017-09")]
    [InlineData("Its last inspection was in 2016.", "2016", "2016")]
    [InlineData("The protocol was signed on 12/09/2016.", "12/09/2016", "2016-09-12")]
    [InlineData("The dashboard was refreshed on 2021-11-05.", "2021-11-05", "2021-11-05")]
    public void Absolute_dates_in_British_and_American_order(string text, string words, string value)
    {
        var d = Single(text, words);
        d.Type.Should().Be(DateType.Date);
        d.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Inspection dates: 9–24 November 2017", "9–24 November 2017", "2017-11-09/2017-11-24")]
    [InlineData("Visit window: 16 March to 20 March 2026", "16 March to 20 March 2026", "2026-03-16/2026-03-20")]
    [InlineData("Inspection dates: 11 March – 2 April 2014", "11 March – 2 April 2014", "2014-03-11/2014-04-02")]
    [InlineData("Inspection dates: 05 July 2016–27 July 2016", "05 July 2016–27 July 2016", "2016-07-05/2016-07-27")]
    [InlineData("Inspection dates: 1/06/2015 – 25/06/2015", "1/06/2015 – 25/06/2015", "2015-06-01/2015-06-25")]
    [InlineData("Inspection dates: 12/09/2016 to 06/10/2016", "12/09/2016 to 06/10/2016", "2016-09-12/2016-10-06")]
    [InlineData("Inspection dates: 11 to 22 May 2026", "11 to 22 May 2026", "2026-05-11/2026-05-22")]
    [InlineData("The consultation ran from March to May 2019.", "March to May 2019", "2019-03/2019-05")]
    [InlineData("Caseloads fell between 2015 and 2018.", "2015 and 2018", "2015/2018")]
    public void Day_ranges_within_and_across_months(string text, string words, string value)
    {
        var d = Single(text, words);
        d.Type.Should().Be(DateType.Range);
        d.Value.Should().Be(value);
    }

    [Fact]
    public void A_range_without_a_year_takes_the_document_year()
    {
        var d = Single("The fourth monitoring visit took place on July 10-11 and found progress.", "July 10-11", August2019);
        d.Type.Should().Be(DateType.Range);
        d.Value.Should().Be("2019-07-10/2019-07-11");
    }

    [Theory]
    [InlineData("The budget for 2019-20 was set in February.", "2019-20", "2019/2020")]
    [InlineData("The 2021/22 academic year saw more exclusions.", "2021/22", "2021/2022")]
    [InlineData("Timeliness improved in 2012–15 across the county.", "2012–15", "2012/2015")]
    public void Financial_and_academic_years(string text, string words, string value)
    {
        var d = Single(text, words);
        d.Type.Should().Be(DateType.Range);
        d.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The Eastmere findings came out (Friday, August 2) today.", "Friday, August 2", "2019-08-02")]
    [InlineData("The director resigned on Tuesday, the council said.", "Tuesday", "2019-07-30")]
    [InlineData("Councillors will meet on Tuesday to discuss the findings.", "Tuesday", "2019-08-06")]
    [InlineData("A second visit is planned for next month.", "next month", "2019-09")]
    [InlineData("The service was judged inadequate last year.", "last year", "2018")]
    [InlineData("The previous director left two years ago.", "two years ago", "2017")]
    [InlineData("The findings were published today.", "today", "2019-08-02")]
    [InlineData("The panel sat yesterday.", "yesterday", "2019-08-01")]
    [InlineData("More staff joined this week.", "this week", "2019-W31")]
    [InlineData("More staff joined last week.", "last week", "2019-W30")]
    [InlineData("The review will report in February.", "February", "2020-02")]
    [InlineData("The review reported in February.", "February", "2019-02")]
    [InlineData("Agency staff left in early 2018.", "early 2018", "2018")]
    [InlineData("Leaders restructured the teams in the summer of 2018.", "the summer of 2018", "2018-SU")]
    [InlineData("Leaders restructured the teams last autumn.", "last autumn", "2018-FA")]
    [InlineData("Spending rose in the third quarter of 2018.", "the third quarter of 2018", "2018-Q3")]
    [InlineData("Spending rose in Q1 2019.", "Q1 2019", "2019-Q1")]
    [InlineData("The model was designed in the 1990s.", "the 1990s", "199X")]
    [InlineData("The home has stood since the 20th century.", "the 20th century", "19")]
    [InlineData("The hub opened at Christmas.", "Christmas", "2018-12-25")]
    public void Partial_and_relative_dates_resolve_against_the_document_date(string text, string words, string value)
    {
        var d = Single(text, words, August2019);
        d.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("Caseloads are now manageable.", "now", "PRESENT_REF")]
    [InlineData("The service is currently recruiting.", "currently", "PRESENT_REF")]
    [InlineData("The current senior leaders are ambitious.", "current", "PRESENT_REF")]
    [InlineData("Managers in Northmoor recently reorganised their teams.", "recently", "PAST_REF")]
    [InlineData("A recent review found the same gaps.", "recent", "PAST_REF")]
    [InlineData("Leaders plan to expand the service in the future.", "the future", "FUTURE_REF")]
    [InlineData("Demand has risen in recent years.", "recent years", "PAST_REF")]
    public void References_to_present_past_and_future(string text, string words, string value)
    {
        var d = Single(text, words, August2019);
        d.Type.Should().Be(DateType.Date);
        d.Value.Should().Be(value);
    }

    [Theory]
    [InlineData("The council was raised to good in less than three years.", "less than three years", "P3Y", DateModifier.LessThan)]
    [InlineData("Nearly two years on from the inspection, services are improving.", "Nearly two years", "P2Y", DateModifier.Approx)]
    [InlineData("Inspectors carried out a two-week inspection in May.", "two-week", "P2W", null)]
    [InlineData("A full inspection is expected in six months.", "six months", "P6M", null)]
    [InlineData("Plans were reviewed over the past three years.", "the past three years", "P3Y", null)]
    [InlineData("Children waited more than 18 months for a placement.", "more than 18 months", "P18M", DateModifier.MoreThan)]
    [InlineData("The assessment must be completed within 45 working days.", "45 working days", "P45D", null)]
    [InlineData("Strategy meetings are held within 24 hours.", "24 hours", "PT24H", null)]
    [InlineData("The plan was agreed after two and a half years.", "two and a half years", "P2Y6M", null)]
    [InlineData("Children have waited for years.", "years", "PXY", null)]
    [InlineData("Performance has dipped over the past decade.", "the past decade", "P10Y", null)]
    [InlineData("Supervision has been regular for at least a year.", "at least a year", "P1Y", DateModifier.EqualOrMore)]
    [InlineData("The post has been vacant for about two weeks.", "about two weeks", "P2W", DateModifier.Approx)]
    public void Durations_with_modifiers(string text, string words, string value, DateModifier? modifier)
    {
        var d = Single(text, words, August2019);
        d.Type.Should().Be(DateType.Duration);
        d.Value.Should().Be(value);
        d.Modifier.Should().Be(modifier);
    }

    [Theory]
    [InlineData("Managers audit case files every month.", "every month", "P1M")]
    [InlineData("Personal advisers visit twice a year.", "twice a year", "P1Y")]
    [InlineData("The panel meets each Thursday.", "each Thursday", "XXXX-WXX-4")]
    [InlineData("Performance data is reviewed weekly.", "weekly", "P1W")]
    public void Sets(string text, string words, string value)
    {
        var d = Single(text, words, August2019);
        d.Type.Should().Be(DateType.Set);
        d.Value.Should().Be(value);
    }

    [Fact]
    public void Since_marks_the_date_as_a_starting_point()
    {
        var d = Single("Staff morale has improved since 2017.", "2017", August2019);
        d.Value.Should().Be("2017");
        d.Modifier.Should().Be(DateModifier.After);
    }

    [Theory]
    [InlineData("Membership: From £15 / month")]
    [InlineData("Print and digital: £12 a month, cancel any time")]
    [InlineData("Subscriptions cost £120 per year.")]
    [InlineData("Young people aged 16 to 18 are supported by the team.")]
    [InlineData("Most 16-year-olds in care are in education.")]
    [InlineData("The boy, three years old, was placed with his aunt.")]
    [InlineData("There are two packs: one for those 16 years or older and one for younger children.")]
    [InlineData("Half of Year 11 pupils attended the event.")]
    [InlineData("See paragraph 12 and page 3 for section 47 enquiries.")]
    [InlineData("The council received 2,000 contacts and 1,500 referrals.")]
    [InlineData("The duty under the Children Act 1989 is met.")]
    [InlineData("About 40% of children were seen within timescales.")]
    [InlineData("The service may improve if leaders act, and staff march on.")]
    [InlineData("The front door received 1995 contacts last quarter.")]
    public void Prices_ages_counts_and_numbers_are_not_dates(string text)
    {
        var found = Dates(text, August2019)
            .Where(d => d.Text is not ("last quarter" or "any time"))
            .Select(d => d.Text + " = " + d.Value);
        found.Should().BeEmpty();
    }

    [Fact]
    public void Running_footer_dates_are_page_furniture_not_dates()
    {
        var found = Dates(PdfStyleText.ThreePages, new DateOnly(2025, 4, 30));
        found.Where(d => d.Text == PdfStyleText.FooterDates).Should().ContainSingle("only the header's inspection dates are content");
        found.Single(d => d.Text == PdfStyleText.FooterDates).Value.Should().Be("2025-03-03/2025-03-14");
        found.Should().Contain(d => d.Text == "June" && d.Value == "2025-06");
    }

    [Fact]
    public void Every_span_is_the_slice_of_the_original_text()
    {
        const string text = "Since the 2017 inspection, in less than three years, on\nMonday, 16 March 2020 and on 9–24 November 2017, leaders (now) met weekly.\f";
        var found = Dates(text, March2020);
        found.Should().NotBeEmpty();
        foreach (var d in found) d.Text.Should().Be(text[d.Start..d.End]);
        found.Should().Contain(d => d.Text == "Monday, 16 March 2020" && d.Value == "2020-03-16");
    }

    [Fact]
    public void Without_a_document_date_relative_dates_stay_underspecified()
    {
        var found = Dates("The panel met on Tuesday and will meet again next month.");
        found.Should().Contain(d => d.Text == "Tuesday" && d.Value == "XXXX-WXX-2");
        found.Should().Contain(d => d.Text == "next month" && d.Value.StartsWith("XXXX", StringComparison.Ordinal));
    }
}
