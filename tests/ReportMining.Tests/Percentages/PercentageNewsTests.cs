using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// News language (polls, company results, budgets), on sentences written for the project with
/// fictional places, people and firms: figure forms news uses and reports rarely do, hedges, and
/// what the figure measures in news phrasing.
/// </summary>
public class PercentageNewsTests
{
    private static List<PercentageMention> Extract(string text) => PercentageExtractorTests.Extract(text);

    private static PercentageMention Single(string text)
    {
        var found = Extract(text);
        found.Should().ContainSingle($"one percentage in: {text}");
        return found[0];
    }

    private static string? Slice(string text, int? start, int? end) => start is null ? null : text[start.Value..end!.Value];

    // ---- figures ----

    [Theory]
    [InlineData("A new tally suggests seven of 10 tenants in Ravenholt rent privately.", "seven of 10", 70)]
    [InlineData("Roughly nine of ten shoppers polled in Brackley said prices felt higher.", "Roughly nine of ten", 90)]
    public void Reads_n_of_ten_as_a_ratio(string text, string words, double value)
    {
        var p = Single(text);
        p.Text.Should().Be(words);
        p.Value.Should().Be(value);
        p.Kind.Should().Be(PercentageKind.Proportion);
    }

    [Theory]
    [InlineData("The clerk read out item three of 10, then paused.")]
    [InlineData("She counted one of ten.")]
    [InlineData("Ashwell finished the three of 10 days in the lead.")]
    public void N_of_ten_needs_a_word_after_it_that_is_not_a_time(string text)
    {
        Extract(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The Fernside bond pays 5 1/4% until it matures.", "5 1/4%", 5.25)]
    [InlineData("Holders of the 7 3/8% notes due next year were repaid in full.", "7 3/8%", 7.375)]
    [InlineData("The coupon was cut to 3/4% last month.", "3/4%", 0.75)]
    public void Reads_a_figure_with_a_slash_fraction(string text, string words, double value)
    {
        var p = Single(text);
        p.Text.Should().Be(words);
        p.Value.Should().Be(value);
    }

    [Fact]
    public void A_date_with_a_slash_before_a_figure_is_not_a_fraction()
    {
        var found = Extract("In 2014/15 12% of the tenants moved.");
        found.Should().ContainSingle().Which.Value.Should().Be(12);
    }

    [Theory]
    [InlineData("Savers at Greyford Mutual earn just one-eighth of 1 percent a year.", "one-eighth of 1 percent", 0.125, PercentageKind.Percent)]
    [InlineData("Rail's share of freight in Vantia is a quarter of 1%.", "a quarter of 1%", 0.25, PercentageKind.Percent)]
    [InlineData("Postal votes were less than half of one per cent of the total in Oakmere.", "less than half of one per cent", 0.5, PercentageKind.Percent)]
    [InlineData("The rate cut was half a percentage point, the bank said.", "half a percentage point", 0.5, PercentageKind.PercentagePoints)]
    [InlineData("Bank rate went up by a quarter of a percentage point on Thursday.", "a quarter of a percentage point", 0.25, PercentageKind.PercentagePoints)]
    [InlineData("The levy adds three-quarters of a per cent to the bill.", "three-quarters of a per cent", 0.75, PercentageKind.Percent)]
    public void Reads_a_fraction_of_one_percent_as_one_figure(string text, string words, double value, PercentageKind kind)
    {
        var p = Single(text);
        p.Text.Should().Be(words);
        p.Value.Should().Be(value);
        p.Kind.Should().Be(kind);
    }

    [Fact]
    public void Reads_a_range_in_number_words()
    {
        var found = Extract("The mayor's lead is two to three percentage points in most polls.");
        found.Select(p => p.Value).Should().Equal(2, 3);
        found.Should().OnlyContain(p => p.Kind == PercentageKind.PercentagePoints);
        found[0].Text.Should().Be("two");
        found[1].Text.Should().Be("three percentage points");
    }

    [Theory]
    [InlineData("Wages at the Tolmere plant have grown by a third since 2011.", 33.33)]
    [InlineData("Bus fares in Calderby were cut by a quarter since the spring.", 25)]
    public void Reads_a_fraction_after_by_before_a_time(string text, double value)
    {
        var p = Single(text);
        p.Value.Should().Be(value);
        p.Kind.Should().Be(PercentageKind.Proportion);
    }

    [Theory]
    [InlineData("The firm paid out perhaps only 10% of what it owed.", "perhaps only 10%")]
    [InlineData("Support for the bypass is near 60 percent among drivers.", "near 60 percent")]
    [InlineData("Turnout was maybe 30% in the northern wards.", "maybe 30%")]
    public void News_hedges_make_a_figure_approximate(string text, string words)
    {
        var p = Single(text);
        p.Text.Should().Be(words);
        p.Approximate.Should().BeTrue();
        p.Modifier.Should().Be(PercentageModifier.Approx);
    }

    [Theory]
    [InlineData("Shares in Pelham One in two separate sales were sold to a trust.")]
    [InlineData("\"I was only half joking,\" said the councillor from Wexcombe.")]
    [InlineData("If you skim the first three-quarters of the memo, it looks harmless.")]
    [InlineData("The last two thirds of the debate were about buses.")]
    [InlineData("Halden is the fifth town to vote this way, after a third-quarter slump.")]
    public void Names_manners_and_stretches_are_not_proportions(string text)
    {
        Extract(text).Should().BeEmpty();
    }
}
