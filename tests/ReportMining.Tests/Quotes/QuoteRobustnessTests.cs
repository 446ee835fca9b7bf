using System.Diagnostics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using static ReportMining.Tests.Quotes.QuoteTestSupport;

namespace ReportMining.Tests.Quotes;

/// <summary>Bad and enormous input: never a hang, never a crash, spans always valid.</summary>
public class QuoteRobustnessTests
{
    private static void CheckSpans(string text)
    {
        var quotes = FindQuotes(text);
        int last = -1;
        foreach (var q in quotes)
        {
            q.Start.Should().BeGreaterThanOrEqualTo(0);
            q.End.Should().BeGreaterThan(q.Start);
            q.End.Should().BeLessThanOrEqualTo(text.Length);
            q.Start.Should().BeGreaterThanOrEqualTo(last, "quotes come in order and do not overlap");
            last = q.End;
            foreach (var s in q.Segments)
            {
                s.Start.Should().BeGreaterThanOrEqualTo(q.Start);
                s.End.Should().BeLessThanOrEqualTo(q.End);
            }

            if (q.SpeakerStart is { } ss) (ss >= 0 && q.SpeakerEnd <= text.Length).Should().BeTrue();
            if (q.SpeakerMentionStart is { } ms) (ms >= 0 && q.SpeakerMentionEnd <= text.Length).Should().BeTrue();
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("“”")]
    [InlineData("” said he.")]
    [InlineData("‘’‘’'''```\"\"\"")]
    [InlineData("He said: “")]
    [InlineData("“\n\n“\n\n“\n\n”")]
    [InlineData("\0\u0001“binary\uFFFF” said X\u0000")]
    public void OddInputGivesValidSpans(string text) => CheckSpans(text);

    [Fact]
    public void RandomMixturesOfMarksWordsAndBreaksGiveValidSpans()
    {
        var pieces = Gen.Elements("“", "”", "\"", "‘", "’", "'", "''", " ", "\n\n", "said", "Jo Bloggs", "he", ",", ".", ":", "the report", "states", "We are fine", "—");
        var texts = Gen.ListOf(pieces).Select(list => string.Concat(list));
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            CheckSpans(text);
            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void AMillionQuoteMarksAreReadInLinearTime()
    {
        static string Build(int marks)
        {
            var sb = new StringBuilder(marks * 3);
            string[] unit = ["“", "a", "”", " said Jo. ", "\"", "'", "‘", "b", "’", "\n\n"];
            int count = 0;
            for (int i = 0; count < marks; i++)
            {
                var u = unit[i % unit.Length];
                sb.Append(u);
                if (u.Length == 1 && u is "“" or "”" or "\"" or "'" or "‘" or "’") count++;
            }

            return sb.ToString();
        }

        string small = Build(100_000), large = Build(1_000_000);
        FindQuotes(small); // warm up
        var sw = Stopwatch.StartNew();
        FindQuotes(small);
        var smallTime = sw.Elapsed;
        sw.Restart();
        var found = FindQuotes(large);
        var largeTime = sw.Elapsed;
        found.Should().NotBeEmpty();
        largeTime.Should().BeLessThan(TimeSpan.FromSeconds(20), "a million quote marks must not hang the stage");
        // ten times the marks should cost about ten times the time, not a hundred
        largeTime.TotalMilliseconds.Should().BeLessThan(Math.Max(40 * smallTime.TotalMilliseconds, 2000));
    }

    [Fact]
    public void OneHugeUnbalancedParagraphIsLinear()
    {
        var text = string.Concat(Enumerable.Repeat("“open ", 200_000)) + "end";
        var sw = Stopwatch.StartNew();
        CheckSpans(text);
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(20));
    }
}
