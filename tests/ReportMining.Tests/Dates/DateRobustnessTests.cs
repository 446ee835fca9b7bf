using System.Diagnostics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using ReportMining.Dates;
using ReportMining.Text;

namespace ReportMining.Tests.Dates;

/// <summary>Bad and hostile input: the dates stage never crashes, spans are always valid, time is linear.</summary>
public class DateRobustnessTests
{
    private static List<Timex> Find(string text, DateOnly? dct = null)
    {
        using var doc = Document.Parse(text);
        return DateExtractor.Find(doc, dct);
    }

    [Fact]
    public void Empty_and_blank_text_has_no_dates()
    {
        Find(string.Empty).Should().BeEmpty();
        Find("   \n\n\f  ").Should().BeEmpty();
    }

    [Fact]
    public void Random_text_never_throws_and_spans_stay_inside_it()
    {
        // strings over an alphabet rich in date material: digits, separators, month and unit words
        string[] pieces = ["1", "12", "2019", "-", "–", "/", ".", ",", " ", "\n", "March", "May", "Friday", "year", "years", "ago", "last", "the", "to", "and", "'", "£", "%", "a", "two", "nineteen", "ninety", "Q", "s", "third", "quarter", "since", "early", "mid", "\u00AD", "a.m.", "'90s"];
        var gen = Gen.ArrayOf(Gen.Elements(pieces)).Select(p => string.Concat(p));
        Prop.ForAll(gen.ToArbitrary(), text =>
        {
            foreach (var dct in new DateOnly?[] { null, new DateOnly(2020, 2, 29) })
            {
                foreach (var t in Find(text, dct))
                {
                    if (t.Start < 0 || t.End > text.Length || t.Start >= t.End) return false;
                    if (string.IsNullOrEmpty(t.Value)) return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Binary_junk_is_read_without_error()
    {
        var random = new Random(7);
        var chars = new char[200_000];
        for (int i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0xD800);
        var act = () => Find(new string(chars), new DateOnly(2024, 1, 1));
        act.Should().NotThrow();
    }

    [Theory]
    [InlineData("1/1/1 ")]
    [InlineData("2019-20-21-22-")]
    [InlineData("the last the past the next ")]
    [InlineData("March March March ")]
    [InlineData("1 2 3 4 5 6 7 8 9 ")]
    [InlineData("''''''''''")]
    public void Pathological_repetition_runs_in_linear_time(string unit)
    {
        var small = Repeat(unit, 20_000);
        var large = Repeat(unit, 200_000);
        Find(small, new DateOnly(2024, 1, 1)); // warm up
        var sw = Stopwatch.StartNew();
        Find(small, new DateOnly(2024, 1, 1));
        var tSmall = sw.Elapsed;
        sw.Restart();
        Find(large, new DateOnly(2024, 1, 1));
        var tLarge = sw.Elapsed;
        // ten times the text may take at most about ten times as long (generous margin for a busy machine)
        tLarge.TotalMilliseconds.Should().BeLessThan(Math.Max(2_000, tSmall.TotalMilliseconds * 40));
    }

    [Fact]
    public void A_million_digits_and_quote_marks_finish_quickly()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 1_000_000; i++) sb.Append(i % 3 == 0 ? '"' : (char)('0' + (i % 10)));
        var sw = Stopwatch.StartNew();
        Find(sb.ToString(), new DateOnly(2024, 1, 1));
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    private static string Repeat(string unit, int length)
    {
        var sb = new StringBuilder(length + unit.Length);
        while (sb.Length < length) sb.Append(unit);
        return sb.ToString();
    }
}
