using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using ReportMining.Inspections;

namespace ReportMining.Tests.Ratings;

/// <summary>Bad input never hangs or crashes the inspection reader or the rating extractor.</summary>
public class RobustnessTests
{
    private static readonly string[] Pieces =
    [
        "good", "Good", "outstanding", "inadequate", "requires", "improvement", "to be", "rated", "judged", "from", "to", "remains",
        "not", "yet", "Council", "London Borough of", "Croydon", "‘", "’", "“", "”", "\"", "'", ",", ".", "\n", "\n\n", " ", "\f",
        "Inspection dates:", "Lead inspector:", "Judgement", "Grade", "1.", "2.1", "12", "2019", "March", "–", "and", "its", "the council",
    ];

    [Fact]
    public void Random_texts_of_report_and_news_words_give_valid_spans()
    {
        var gen = Gen.ArrayOf(Gen.Elements(Pieces)).Select(p => string.Join(" ", p));
        Prop.ForAll(gen.ToArbitrary(), text =>
        {
            InspectionReader.ReadText(text);
            var ratings = RatingHarness.Ratings(text); // checks every span against the text
            return ratings.All(r => r.Start >= 0 && r.End <= text.Length && r.Start < r.End);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Random_characters_do_not_crash()
    {
        Prop.ForAll<string>(s =>
        {
            s ??= "";
            InspectionReader.ReadText(s);
            RatingHarness.Ratings(s);
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData("“", 1_000_000)]
    [InlineData("rated good ", 100_000)]
    [InlineData("Requires improvement\n", 100_000)]
    [InlineData("1.\n", 300_000)]
    [InlineData("London Borough of ", 100_000)]
    public void Enormous_repetitive_input_is_linear(string piece, int times)
    {
        string text = "Inspection dates: 1 to 5 May 2020\nJudgement\nGrade\n" + string.Concat(Enumerable.Repeat(piece, times));
        var watch = Stopwatch.StartNew();
        InspectionReader.ReadText(text);
        RatingHarness.Ratings(text);
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "linear in the input");
    }

    [Fact]
    public void Binary_and_empty_input()
    {
        var bytes = new byte[200_000];
        new Random(7).NextBytes(bytes);
        string binary = new(bytes.Select(b => (char)b).ToArray());
        InspectionReader.ReadText(binary);
        RatingHarness.Ratings(binary);
        InspectionReader.ReadText("").Kind.Should().Be(DocumentKind.Other);
        RatingHarness.Ratings("").Should().BeEmpty();
    }
}
