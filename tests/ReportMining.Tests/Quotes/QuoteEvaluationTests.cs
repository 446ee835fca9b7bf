using System.Text.Json;
using ReportMining.Quotes;

namespace ReportMining.Tests.Quotes;

/// <summary>The PolNeAR scorer, on records written for the project.</summary>
public class QuoteEvaluationTests
{
    private static string Record(string text, params (string Quoted, string Kind, string? Speaker)[] quotes)
    {
        var list = new List<Dictionary<string, object?>>();
        int from = 0;
        foreach (var (quoted, kind, speaker) in quotes)
        {
            int start = text.IndexOf(quoted, from, StringComparison.Ordinal);
            from = start + quoted.Length;
            var q = new Dictionary<string, object?> { ["start"] = start, ["end"] = start + quoted.Length, ["kind"] = kind, ["speaker"] = speaker };
            if (speaker is not null)
            {
                int s = text.IndexOf(speaker, StringComparison.Ordinal);
                q["speakerStart"] = s;
                q["speakerEnd"] = s + speaker.Length;
            }

            list.Add(q);
        }

        return JsonSerializer.Serialize(new Dictionary<string, object?> { ["id"] = "test", ["text"] = text, ["quotes"] = list });
    }

    private static QuoteScore Score(string json, IReadOnlyList<Quote> predicted)
    {
        var gold = QuoteEvaluation.Parse(json);
        var score = new QuoteScore();
        QuoteEvaluation.Score(gold, predicted, score);
        return score;
    }

    private static Quote Q(string text, string words, int? mentionStart = null, int? mentionEnd = null)
    {
        int s = text.IndexOf(words, StringComparison.Ordinal);
        return new Quote { Text = words, Start = s, End = s + words.Length, SpeakerMentionStart = mentionStart, SpeakerMentionEnd = mentionEnd };
    }

    [Fact]
    public void GoldMarksAreLeftOutAndHalfTheGoldQuoteMustBeShared()
    {
        const string text = "“Staff are stretched thin this winter,” Ana Ruiz said.";
        string json = Record(text, ("“Staff are stretched thin this winter,”", "direct", "Ana Ruiz"));
        var gold = QuoteEvaluation.Parse(json);
        gold.Quotes[0].Start.Should().Be(1);
        text[gold.Quotes[0].Start..gold.Quotes[0].End].Should().Be("Staff are stretched thin this winter,");

        Score(json, [Q(text, "Staff are stretched thin")]).TruePositives.Should().Be(1);
        var tooShort = Score(json, [Q(text, "Staff are")]);
        tooShort.TruePositives.Should().Be(0);
        tooShort.FalsePositives.Should().Be(1);
        tooShort.FalseNegatives.Should().Be(1);
    }

    [Fact]
    public void PredictionsOnMixedQuotesAreIgnoredAndOthersAreFalsePositives()
    {
        const string text = "Ana Ruiz called the plan “a step backwards” and the ‘make safe’ team “busy”.";
        string json = Record(text, ("“a step backwards”", "mixed", "Ana Ruiz"));
        var score = Score(json, [Q(text, "a step backwards"), Q(text, "busy")]);
        score.IgnoredMixed.Should().Be(1);
        score.FalsePositives.Should().Be(1);
        score.TruePositives.Should().Be(0);
        score.FalseNegatives.Should().Be(0);
    }

    [Fact]
    public void SpeakersAreRightWhenTheMentionOverlapsTheGoldSourceAndPronounsAreCountedApart()
    {
        const string text = "“We are hiring,” Ana Ruiz said. “We need forty more,” she added.";
        string json = Record(text, ("“We are hiring,”", "direct", "Ana Ruiz"), ("“We need forty more,”", "direct", "she"));
        int ana = text.IndexOf("Ana", StringComparison.Ordinal);
        int she = text.IndexOf("she", StringComparison.Ordinal);
        var right = Score(json, [Q(text, "We are hiring,", ana, ana + 3), Q(text, "We need forty more,", she, she + 3)]);
        right.NamedCorrect.Should().Be(1);
        right.NamedTotal.Should().Be(1);
        right.PronounCorrect.Should().Be(1);
        right.PronounTotal.Should().Be(1);

        var wrong = Score(json, [Q(text, "We are hiring,", she, she + 3), Q(text, "We need forty more,")]);
        wrong.NamedCorrect.Should().Be(0);
        wrong.PronounCorrect.Should().Be(0);
        wrong.Misses.Should().Contain(m => m.Kind == "speaker");
    }

    [Fact]
    public void AMultiParagraphQuoteIsScoredPartByPart()
    {
        const string text = "Ana Ruiz said: “We started late.\n\n“We will finish on time.”";
        string json = Record(text, ("“We started late.", "direct", "Ana Ruiz"), ("“We will finish on time.”", "direct", "Ana Ruiz"));
        var quotes = QuoteTestSupport.FindQuotes(text);
        quotes.Should().HaveCount(1);
        var score = Score(json, quotes);
        score.TruePositives.Should().Be(2);
        score.FalsePositives.Should().Be(0);
        score.F1.Should().Be(1.0);
    }
}
