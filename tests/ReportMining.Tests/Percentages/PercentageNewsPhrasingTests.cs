using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// More news phrasing for measures and scopes, on sentences written for the project (fictional
/// places, people and firms): abbreviations inside a measure, objects of verbs of change, lists after
/// a colon, shares given to names, pronouns that stand for a name, and where a measure stops.
/// </summary>
public class PercentageNewsPhrasingTests
{
    private static List<PercentageMention> Extract(string text) => PercentageExtractorTests.Extract(text);

    private static PercentageMention Single(string text)
    {
        var found = Extract(text);
        found.Should().ContainSingle($"one percentage in: {text}");
        return found[0];
    }

    // ---- abbreviations ----

    [Theory]
    [InlineData("Sen. Ora Blyth, D-Maine, was at 11 percent.", "Sen. Ora Blyth")]
    [InlineData("The U.S. jobless rate rose to 5.1 percent.", "U.S. jobless rate")]
    [InlineData("Kelmar Co.'s quarterly profit jumped 14% to $12 million.", "Kelmar Co.'s quarterly profit")]
    [InlineData("Close to half of Mrs. Penrose's donors live in Tarnby.", "Mrs. Penrose's donors")]
    [InlineData("About a fifth of Dr. J. Ellery's patients had waited a year.", "Dr. J. Ellery's patients")]
    public void An_abbreviation_with_its_stop_stays_inside_the_measure(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_stop_that_ends_the_sentence_after_an_abbreviation_is_not_part_of_the_measure()
    {
        var p = Single("Harrow Mills owns nearly 30% of Fenwick Inc.");
        p.Measure.Should().Be("Fenwick Inc");
    }
}
