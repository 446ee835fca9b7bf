using ReportMining.Quotes;
using ReportMining.Tests.Support;
using ReportMining.Text;

namespace ReportMining.Tests.Quotes;

/// <summary>
/// The quote stage on third-party text in <c>../shared</c>, read by path. The seeds are labelled by
/// reference: offsets of each quote and of its speaker mention, the speaker when it is one of
/// the library's own labels ("the report", "inspectors"; other speakers must equal the named
/// words), and the stance a careful reader gives.
/// </summary>
public class QuoteSharedDataTests
{
    [SharedFact]
    public void PolnearDevQuoteF1AndNamedSpeakerAccuracy()
    {
        var gold = QuoteEvaluation.Read(SharedData.PathTo("bench", "polnear", "dev.jsonl")).ToList();
        var score = QuoteEvaluation.Evaluate(gold, new UntrainedClassifier());
        // issue target: F1 >= 0.95 and named-speaker accuracy >= 0.92; reached: F1 0.984, named 0.955
        score.F1.Should().BeGreaterThanOrEqualTo(0.98);
        score.NamedAccuracy.Should().BeGreaterThanOrEqualTo(0.95);
        score.PronounAccuracy.Should().BeGreaterThanOrEqualTo(0.95);
    }

    private static readonly (int Start, int End, int SpeakerStart, int SpeakerEnd, string? Label, Stance Stance)[] Seed000 =
    [
        (446, 467, 504, 526, "the report", Stance.Praise),
        (698, 780, 582, 592, "inspectors", Stance.Praise),
        (867, 940, 942, 959, "the report", Stance.Praise),
        (1337, 1538, 1317, 1327, "inspectors", Stance.Praise),
        (1571, 1585, 1541, 1551, "the report", Stance.Praise),
        (1624, 1774, 1541, 1551, "the report", Stance.Praise),
        (1789, 1958, 1541, 1551, "the report", Stance.Praise),
        (2047, 2070, 2011, 2024, null, Stance.Criticism),
        (2302, 2440, 2198, 2208, "the report", Stance.Criticism),
        (2471, 2741, 2453, 2463, "the report", Stance.Praise),
        (2777, 2799, 2744, 2753, null, Stance.Praise),
        (2828, 2870, 2744, 2753, null, Stance.Praise),
        (2935, 2963, 2744, 2753, null, Stance.Praise),
        (3178, 3391, 3081, 3090, null, Stance.Criticism),
    ];

    private static readonly (int Start, int End, int SpeakerStart, int SpeakerEnd, string? Label, Stance Stance)[] Seed003 =
    [
        (419, 705, 397, 411, null, Stance.Praise),
        (1250, 1444, 1232, 1242, "the report", Stance.Neutral),
        (1533, 1557, 1232, 1242, "the report", Stance.Praise),
        (1784, 1827, 1232, 1242, "the report", Stance.Criticism),
        (2036, 2266, 1232, 1242, "the report", Stance.Mixed),
    ];

    [SharedTheory]
    [InlineData("000_fff1954a607271f3.txt")]
    [InlineData("003_1ae9bd2438d79585.txt")]
    public void SeedQuotesAreFoundWholeWithSpeakerAndStance(string file)
    {
        var expected = file.StartsWith("000", StringComparison.Ordinal) ? Seed000 : Seed003;
        string text = File.ReadAllText(SharedData.PathTo("seeds", file));
        using var document = Document.Parse(text);
        var quotes = QuoteExtractor.Extract(document, new UntrainedClassifier());
        quotes.Select(q => (q.Start, q.End)).Should().Equal(expected.Select(e => (e.Start, e.End)));
        for (int i = 0; i < quotes.Count; i++)
        {
            var q = quotes[i];
            var e = expected[i];
            q.Text.Should().Be(text[q.Start..q.End]);
            QuoteLexicon.IsGradePhrase(q.Text).Should().BeFalse();
            (q.SpeakerStart, q.SpeakerEnd).Should().Be((e.SpeakerStart, e.SpeakerEnd), "quote {0}", i);
            if (e.Label is not null)
            {
                q.Speaker.Should().Be(e.Label);
            }
            else
            {
                // a name: the speaker is the named words, or the full name they stand for
                q.Speaker.Should().EndWith(text[e.SpeakerStart..e.SpeakerEnd]);
            }

            q.Stance.Should().Be(e.Stance, "quote {0}: {1}", i, q.Text);
        }

        // quotes running over several paragraphs are whole, with a part per paragraph
        quotes.Where(q => q.Segments.Count > 1).Should().NotBeEmpty();
    }

    [SharedFact]
    public void WithTheShippedModelsSeedStancesAgreeWithACarefulReader()
    {
        // the same careful-reader labels, read by the sentence models the package ships: they
        // must agree on nearly all quotes and never turn praise into criticism or back
        var classifier = new ReportMiner().SentenceClassifier;
        int agree = 0, total = 0, opposite = 0;
        var disagreements = new List<string>();
        foreach (var (file, expected) in new[] { ("000_fff1954a607271f3.txt", Seed000), ("003_1ae9bd2438d79585.txt", Seed003) })
        {
            string text = File.ReadAllText(SharedData.PathTo("seeds", file));
            using var document = Document.Parse(text);
            var quotes = QuoteExtractor.Extract(document, classifier);
            quotes.Select(q => (q.Start, q.End)).Should().Equal(expected.Select(e => (e.Start, e.End)));
            for (int i = 0; i < quotes.Count; i++)
            {
                total++;
                var (got, want) = (quotes[i].Stance, expected[i].Stance);
                if (got == want) agree++;
                else disagreements.Add($"{file} quote {i}: {got}, reader {want}");
                if (got == Stance.Praise && want == Stance.Criticism || got == Stance.Criticism && want == Stance.Praise) opposite++;
            }
        }

        opposite.Should().Be(0, string.Join("; ", disagreements));
        // Model-dependent: after the news sentences were reworded and the models retrained, one short
        // fragment ("improved dramatically") reads neutral; the hard line is no praise/criticism reversal.
        agree.Should().BeGreaterThanOrEqualTo(total - 4, string.Join("; ", disagreements));
    }
}
