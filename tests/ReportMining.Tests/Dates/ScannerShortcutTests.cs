using ReportMining.Dates;

namespace ReportMining.Tests.Dates;

/// <summary>
/// The scanner turns some triggers away from the characters around them, without parsing: these
/// tests pin that it turns away only what cannot be a date. Sentences written for the project.
/// </summary>
public class ScannerShortcutTests
{
    private static readonly ReportMiner Miner = new();
    private static readonly DateOnly Monday16March2020 = new(2020, 3, 16);

    private static IReadOnlyList<DateMention> Dates(string text) =>
        Miner.Analyze(text, new AnalysisOptions { DocumentDate = Monday16March2020 }).Dates;

    [Theory]
    [InlineData("The service works with 45 children and 120 families in Harbury.")]
    [InlineData("Caseloads fell to 18 cases per worker.")]
    [InlineData("Leaders may want to review the long-term plan and, in terms of staffing, the short-term fixes.")]
    [InlineData("Vacancies stand at 40% in the assessment teams and 12.5 per cent overall.")]
    public void Counts_percentages_the_modal_may_and_long_term_are_not_dates(string text) =>
        Dates(text).Should().BeEmpty();

    [Theory]
    [InlineData("The panel met on 5 March to agree the plan.", "5 March", "2020-03-05")]
    [InlineData("Staff were called at 10 p.m. on Friday.", "10 p.m. on Friday", "2020-03-13T22:00")]
    [InlineData("The pilot ran for 12 consecutive months.", "12 consecutive months", "P12M")]
    [InlineData("Children in care rose 5% in May, the report said.", "May", "2019-05")] // past tense, May still ahead of the document date: last May
    public void Numbers_and_words_next_to_a_date_word_are_still_read(string text, string words, string value)
    {
        var found = Dates(text);
        found.Should().Contain(d => d.Text == words, "the sentence was: " + text);
        found.First(d => d.Text == words).Value.Should().Be(value);
    }

    [Fact]
    public void The_long_term_written_apart_is_still_read() =>
        Dates("The council cannot afford the plan in the long term.").Should().Contain(d => d.Text == "the long term" && d.Value == "FUTURE_REF");
}
