using ReportMining.Dates;

namespace ReportMining.Tests.Dates;

/// <summary>The TempEval-3 style scorer, on a small gold document written for the project.</summary>
public class TimexEvaluationTests
{
    private const string Text = "The panel met on Friday and again next week, for two hours.";

    private static GoldTimex Gold(string words, string type, string value)
    {
        int start = Text.IndexOf(words, StringComparison.Ordinal);
        return new GoldTimex(start, start + words.Length, type, value, words);
    }

    private static Timex System(string words, DateType type, string value)
    {
        int start = Text.IndexOf(words, StringComparison.Ordinal);
        return new Timex(start, start + words.Length, type, value, null);
    }

    private static readonly GoldDocument Doc = new("doc1", new DateOnly(2019, 8, 2), Text,
        [Gold("Friday", "DATE", "2019-08-02"), Gold("next week", "DATE", "2019-W32"), Gold("two hours", "DURATION", "PT2H")]);

    [Fact]
    public void Strict_relaxed_and_value_scores_follow_the_tempeval_definitions()
    {
        var scores = new TimexScores();
        TimexEvaluation.Score(Doc,
        [
            System("Friday", DateType.Date, "2019-08-02"),        // strict, right value
            System("again next week", DateType.Date, "2019-W31"), // relaxed only, wrong value
            System("panel", DateType.Date, "PRESENT_REF"),        // spurious
        ], scores, collectMisses: true);

        var all = scores.Overall;
        all.Gold.Should().Be(3);
        all.System.Should().Be(3);
        all.StrictP.Should().BeApproximately(1.0 / 3, 1e-9);
        all.StrictR.Should().BeApproximately(1.0 / 3, 1e-9);
        all.RelaxedP.Should().BeApproximately(2.0 / 3, 1e-9);
        all.RelaxedR.Should().BeApproximately(2.0 / 3, 1e-9);
        all.ValueAccuracy.Should().BeApproximately(0.5, 1e-9);
        all.ValueF1.Should().BeApproximately((2.0 / 3) * 0.5, 1e-9);

        scores.ByType["DURATION"].Gold.Should().Be(1);
        scores.ByType["DURATION"].RelaxedGold.Should().Be(0);
        scores.Misses.Should().Contain(m => m.Contains("\tMISSED\tDURATION\t", StringComparison.Ordinal));
        scores.Misses.Should().Contain(m => m.Contains("\tVALUE\tDATE\t2019-W32", StringComparison.Ordinal));
        scores.Misses.Should().Contain(m => m.Contains("\tSPURIOUS\t", StringComparison.Ordinal));
    }

    [Fact]
    public void Extents_compare_without_surrounding_punctuation()
    {
        TimexEvaluation.SameExtent("at noon. Then", 3, 8, 3, 7).Should().BeTrue();
        TimexEvaluation.SameExtent("the third quarter", 0, 17, 4, 17).Should().BeFalse();
    }

    [Fact]
    public void Running_the_extractor_scores_a_document_end_to_end()
    {
        var scores = TimexEvaluation.Evaluate([Doc]);
        scores.Overall.RelaxedR.Should().Be(1.0);
        scores.Overall.ValueAccuracy.Should().Be(1.0);
        scores.Format().Should().Contain("DATE+DURATION");
    }

    [Fact]
    public void Gold_jsonl_is_read_with_its_document_creation_time()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{\"id\":\"d\",\"dct\":\"2020-03-16\",\"text\":\"Due next Monday.\",\"timexes\":[{\"start\":4,\"end\":15,\"type\":\"DATE\",\"value\":\"2020-03-23\",\"text\":\"next Monday\"}]}\n");
            var docs = TimexEvaluation.ReadGold(path);
            docs.Should().ContainSingle();
            docs[0].Dct.Should().Be(new DateOnly(2020, 3, 16));
            docs[0].Timexes.Should().ContainSingle().Which.Value.Should().Be("2020-03-23");
            TimexEvaluation.Evaluate(docs).Overall.ValueF1.Should().Be(1.0);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
