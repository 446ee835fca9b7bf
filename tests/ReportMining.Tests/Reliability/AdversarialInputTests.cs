using System.Text;
using ReportMining.Tests.Support;

namespace ReportMining.Tests.Reliability;

/// <summary>
/// Hostile sizes and shapes complete, within a generous limit that only guards against hangs
/// (speed itself is measured in the benchmarks), and keep the span invariants.
/// </summary>
public class AdversarialInputTests
{
    private static readonly ReportMiner Miner = new();
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(3);

    private static ReportAnalysis AnalyzeWithGuard(string text)
    {
        var task = Task.Run(() => Miner.Analyze(text));
        task.Wait(HangGuard).Should().BeTrue("analysis must finish (linear time), not hang");
        var result = task.Result;
        AnalysisInvariants.Problems(text, result).Should().BeEmpty();
        return result;
    }

    [Fact]
    public void A_fifty_megabyte_single_line_document()
    {
        var sb = new StringBuilder(50 * 1024 * 1024);
        const string chunk = "Social workers in Eastmere see children often and 40% of plans were reviewed on 3 March 2024, “inspectors said”; ";
        while (sb.Length < 50 * 1024 * 1024) sb.Append(chunk);
        AnalyzeWithGuard(sb.ToString());
    }

    [Fact]
    public void A_million_quote_marks() => AnalyzeWithGuard(new string('"', 1_000_000));

    [Fact]
    public void A_million_mixed_curly_quote_marks()
    {
        var sb = new StringBuilder(1_000_000);
        const string marks = "“”‘’\"'";
        for (int i = 0; i < 1_000_000; i++) sb.Append(marks[(i * 7 + i / 3) % marks.Length]);
        AnalyzeWithGuard(sb.ToString());
    }

    [Fact]
    public void Deeply_nested_and_unbalanced_quotes()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 50_000; i++) sb.Append(i % 2 == 0 ? "“He said ‘" : "she said “");
        sb.Append("the end");
        for (int i = 0; i < 20_000; i++) sb.Append("’”");
        AnalyzeWithGuard(sb.ToString());
    }

    [Fact]
    public void A_hundred_thousand_repeated_date_like_tokens()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) sb.Append("12/03/2019 – 17 March to 21 ");
        AnalyzeWithGuard(sb.ToString());
    }

    [Fact]
    public void A_hundred_thousand_grade_words_and_percentages()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) sb.Append("good inadequate 5% per cent half of ");
        AnalyzeWithGuard(sb.ToString());
    }

    [Fact]
    public void One_hundred_thousand_lines_of_digits_and_form_feeds()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) sb.Append(i % 3).Append("\n\f");
        AnalyzeWithGuard(sb.ToString());
    }
}
