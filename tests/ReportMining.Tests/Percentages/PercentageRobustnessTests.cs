using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using ReportMining.Percentages;
using ReportMining.Text;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// Bad and enormous input: the stage never throws, never hangs, and keeps its span contract;
/// run with the rules alone and with the shipped measure ranker (the pipeline's default).
/// </summary>
public abstract class PercentageRobustnessContract
{
    /// <summary>The measure ranker under test, or null for the rules alone.</summary>
    private protected abstract MeasureRanker? Ranker { get; }

    private List<PercentageMention> Extract(string text)
    {
        using var document = Document.Parse(text);
        return PercentageExtractor.Extract(document, Ranker);
    }

    private static void CheckContract(string text, List<PercentageMention> found)
    {
        int last = -1;
        foreach (var p in found)
        {
            p.Start.Should().BeGreaterThanOrEqualTo(last);
            p.End.Should().BeGreaterThan(p.Start);
            p.End.Should().BeLessThanOrEqualTo(text.Length);
            p.Text.Should().Be(text[p.Start..p.End]);
            double.IsFinite(p.Value).Should().BeTrue();
            if (p.MeasureStart is int ms)
            {
                ms.Should().BeGreaterThanOrEqualTo(0);
                p.MeasureEnd.Should().BeGreaterThan(ms).And.BeLessThanOrEqualTo(text.Length);
                p.Measure.Should().NotBeNullOrWhiteSpace();
            }

            if (p.ScopeStart is int ss) p.ScopeEnd.Should().BeGreaterThan(ss).And.BeLessThanOrEqualTo(text.Length);
            last = p.End;
        }
    }

    [Fact]
    public void Empty_and_blank_text_give_nothing()
    {
        Extract("").Should().BeEmpty();
        Extract("   \n\n\f ").Should().BeEmpty();
        Extract("%").Should().BeEmpty();
        Extract("per cent").Should().BeEmpty();
    }

    [Theory]
    [InlineData("%", 1_000_000)]
    [InlineData("(", 1_000_000)]
    [InlineData("of ", 1_000_000)]
    [InlineData("5% ", 300_000)]
    [InlineData("half ", 300_000)]
    [InlineData("one in five ", 300_000)]
    [InlineData("the rate is 40% of ", 300_000)]
    public void Long_repeats_run_in_linear_time(string unit, int length)
    {
        // a figure on every word is the worst case; the bound only catches a quadratic blow-up
        // (the machine may be shared, so it is generous)
        var text = string.Concat(Enumerable.Repeat(unit, length / unit.Length));
        var watch = Stopwatch.StartNew();
        var found = Extract(text);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), $"'{unit}' repeated");
        CheckContract(text, found);
    }

    [Fact]
    public void Binary_noise_does_not_break_the_contract()
    {
        var random = new Random(7);
        var chars = new char[200_000];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0xD7FF);
        var text = new string(chars);
        CheckContract(text, Extract(text));
    }

    [Fact]
    public void Random_text_built_from_percentage_words_keeps_the_contract()
    {
        string[] pieces =
        [
            "40%", "per", "cent", "percent", "half", "a", "third", "of", "the", "children", "is", "was", "in", "teams", "(", ")",
            ",", ".", "nearly", "more", "than", "one", "five", "out", "20", "-", "30", "and", "between", "rate", "vacancy",
            "points", "percentage", "this", "reaches", "\n", "\f", "’", "quarter", "two", "thirds", "up", "to", ":", "who",
        ];
        var gen = Gen.ArrayOf(Gen.Elements(pieces)).Select(words => string.Join(' ', words));
        Prop.ForAll(gen.ToArbitrary(), text =>
        {
            CheckContract(text, Extract(text));
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Arbitrary_strings_keep_the_contract()
    {
        Prop.ForAll<string>(s =>
        {
            var text = s ?? "";
            CheckContract(text, Extract(text));
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void The_same_text_gives_the_same_answer()
    {
        var text = "Overall, the vacancy rate in Ashby is 40%, but this rises to 80% in the assessment teams; nearly half of the posts are filled by agency staff.";
        var first = Extract(text);
        var second = Extract(text);
        second.Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
    }
}

/// <summary>The robustness contract with the measure rules alone.</summary>
public class PercentageRobustnessTests : PercentageRobustnessContract
{
    private protected override MeasureRanker? Ranker => null;
}

/// <summary>The robustness contract with the shipped measure ranker choosing measures.</summary>
public class PercentageRobustnessWithRankerTests : PercentageRobustnessContract
{
    private protected override MeasureRanker? Ranker => MeasureRanker.Load(null);
}
