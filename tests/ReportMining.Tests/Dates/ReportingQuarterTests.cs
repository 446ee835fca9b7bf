using ReportMining.Dates;

namespace ReportMining.Tests.Dates;

/// <summary>
/// Results news: "a year ago" and its kin compare with the quarter being reported on (TimeML: the
/// quarter of the year before), which a later mention of an earlier or a coming quarter does not
/// replace. Text written for the project (fictional companies).
/// </summary>
public class ReportingQuarterTests
{
    private static readonly ReportMiner Miner = new();
    private static readonly DateOnly November1989 = new(1989, 11, 1);

    private static IReadOnlyList<DateMention> Dates(string text) =>
        Miner.Analyze(text, new AnalysisOptions { DocumentDate = November1989 }).Dates;

    [Fact]
    public void An_earlier_quarter_mentioned_as_a_comparison_does_not_become_the_reporting_quarter()
    {
        const string text = "Northgate Mills said third-quarter profit rose 12%. After a weak second quarter, its paper unit recovered. Profit was $4 million, up from $3.1 million a year earlier.";
        var found = Dates(text);
        found.Should().Contain(d => d.Text == "a year earlier" && d.Value == "1988-Q3");
    }

    [Fact]
    public void A_quarter_still_to_come_does_not_become_the_reporting_quarter()
    {
        const string text = "Harwell Foods posted a third-quarter loss. It expects fourth-quarter sales to be flat. It had earned $5 million a year earlier.";
        var found = Dates(text);
        found.Should().Contain(d => d.Text == "a year earlier" && d.Value == "1988-Q3");
    }

    [Theory]
    [InlineData("For the quarter a year ago, the group earned $2.2 million.", "the quarter a year ago")]
    [InlineData("Export sales for last year's quarter were $8 million.", "last year's quarter")]
    [InlineData("Profit was $1.40 a share, against $1.10 for the same period last year.", "the same period last year")]
    public void The_reporting_quarter_a_year_back_said_in_words(string second, string words)
    {
        var found = Dates("Eastmoor Steel said third-quarter net income rose 8%. " + second);
        found.Should().Contain(d => d.Text == words && d.Value == "1988-Q3");
    }
}
