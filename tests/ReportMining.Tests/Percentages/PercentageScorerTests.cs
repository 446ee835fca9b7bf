using ReportMining.Percentages;
using ReportMining.Tests.Support;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// The gold reader resolves a reference into one record of a JSON Lines file
/// (<c>PATH.jsonl#ID</c>, offsets into the record's <c>text</c>), on a small JSONL written for the project.
/// </summary>
public class PercentageScorerTests
{
    // Two records written for the project. The second has an escaped curly apostrophe, a line break
    // and a character outside the BMP (a surrogate pair) before its figures, so its offsets are only
    // right when they count UTF-16 units of the decoded text, not bytes or code points.
    private const string FirstText = "Ashcombe council said turnout fell to 38% this spring.";
    private const string SecondText = "Emberly\u2019s tally \uD83D\uDCCA\nNearly half of the 60 wards voted, and 12 per cent of ballots were spoiled.";

    private static string Jsonl =>
        "{\"id\": \"a-1\", \"title\": \"t\", \"text\": \"Ashcombe council said turnout fell to 38% this spring.\"}\n"
        + "\n"
        + "{\"id\": 7, \"text\": \"a record with a number id is skipped\"}\n"
        + "{\"id\": \"b#2\", \"text\": \"Emberly\\u2019s tally \\ud83d\\udcca\\nNearly half of the 60 wards voted, and 12 per cent of ballots were spoiled.\"}\n";

    private static string Line(string type, string file, int start, int end, string extra = "") =>
        $"{{\"type\": \"{type}\", \"file\": \"{file}\", \"start\": {start}, \"end\": {end}{extra}, \"split\": \"demo\"}}";

    private static string Mention(string file, string text, string figure, double value, bool approximate, string measure)
    {
        int start = text.IndexOf(figure, StringComparison.Ordinal), m = text.IndexOf(measure, StringComparison.Ordinal);
        string v = value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Line("mention", file, start, start + figure.Length,
            $", \"value\": {v}, \"approximate\": {(approximate ? "true" : "false")}, \"measureStart\": {m}, \"measureEnd\": {m + measure.Length}, \"scopeStart\": null, \"scopeEnd\": null");
    }

    [Fact]
    public void A_jsonl_reference_reads_the_text_of_the_record_with_that_id()
    {
        using var folder = new TempFolder();
        folder.Write(Path.Combine("bench", "news.jsonl"), Jsonl);
        var cache = new Dictionary<string, Dictionary<string, string>>();
        PercentageScorer.ReadText(folder.Path, "bench/news.jsonl#a-1", cache).Should().Be(FirstText);
        PercentageScorer.ReadText(folder.Path, "bench/news.jsonl#b#2", cache).Should().Be(SecondText, "the id is everything after the first '#' that follows .jsonl");
        cache.Should().ContainKey("bench/news.jsonl").WhoseValue.Should().HaveCount(2, "records without a string id are not indexed");
        folder.Write("plain.txt", "A plain file is read as before.");
        PercentageScorer.ReadText(folder.Path, "plain.txt").Should().Be("A plain file is read as before.");
    }

    [Fact]
    public void An_unknown_record_id_is_an_error_naming_it()
    {
        using var folder = new TempFolder();
        folder.Write("news.jsonl", Jsonl);
        var act = () => PercentageScorer.ReadText(folder.Path, "news.jsonl#missing");
        act.Should().Throw<KeyNotFoundException>().WithMessage("*missing*");
    }

    [Fact]
    public void Gold_by_record_reference_is_scored_against_the_record_text()
    {
        using var folder = new TempFolder();
        folder.Write(Path.Combine("bench", "news.jsonl"), Jsonl);
        const string first = "bench/news.jsonl#a-1", second = "bench/news.jsonl#b#2";
        var gold = string.Join("\n",
            Line("sentence", first, 0, FirstText.Length),
            Mention(first, FirstText, "38%", 38, false, "turnout"),
            Line("sentence", second, SecondText.IndexOf('N'), SecondText.Length),
            Mention(second, SecondText, "Nearly half", 50, true, "60 wards"),
            Mention(second, SecondText, "12 per cent", 12, false, "ballots"));
        var goldPath = folder.Write("gold.jsonl", gold + "\n");

        var (mentions, regions) = PercentageScorer.Load(goldPath, "demo");
        mentions.Should().HaveCount(3);
        regions.Should().HaveCount(2);
        SecondText[mentions[1].Start..mentions[1].End].Should().Be("Nearly half");

        var result = PercentageScorer.Score(goldPath, folder.Path, "demo");
        var report = result.Summary() + "\n" + string.Join("\n", result.Misses);
        result.Found.Should().Be(3, report);
        result.ValueRight.Should().Be(3, report);
        result.HedgeRight.Should().Be(3, report);
        result.FalsePositives.Should().Be(0, report);
    }
}
