using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// Measure rules from the errors of the news6 and fresh6 gold splits, on sentences written for
/// the project (fictional places and people).
/// </summary>
public class PercentageSixthRoundTests
{
    private static List<PercentageMention> Extract(string text) => PercentageExtractorTests.Extract(text);

    [Fact]
    public void A_past_verb_after_a_bare_figure_is_not_its_measure()
    {
        var found = Extract("The figures for 2019 show that 71% made good progress in reading and 80% in writing.");
        found.Select(p => p.Value).Should().Equal(71, 80);
        found.Select(p => p.Measure).Should().Equal(null, null);
    }

    [Fact]
    public void A_bare_figure_that_did_something_after_and_shares_the_group_before()
    {
        var found = Extract("In writing 64% of pupils made the expected progress and just over half made the expected progress in spelling (52%) and in science (57%).");
        found.Select(p => p.Value).Should().Equal(64, 50, 52, 57);
        found.Select(p => p.Measure).Should().Equal("pupils", "pupils", "pupils", "pupils");
    }

    [Fact]
    public void A_share_of_a_named_group_keeps_its_group_before_the_verb()
    {
        Extract("Half of the pupils made good progress in reading.")[0].Measure.Should().Be("pupils");
        Extract("Nearly a third of the carers received training in 2020.")[0].Measure.Should().Be("carers");
    }
}
