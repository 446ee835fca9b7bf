using ReportMining.Quotes;
using ReportMining.Sentiment;
using ReportMining.Text;

namespace ReportMining.Tests.Quotes;

/// <summary>Runs the quote stage on text written for the tests.</summary>
internal static class QuoteTestSupport
{
    /// <summary>The quotes of <paramref name="text"/>; the classifier defaults to an untrained one (interim lexicon).</summary>
    public static List<Quote> FindQuotes(string text, ISentenceClassifier? classifier = null)
    {
        using var document = Document.Parse(text);
        var quotes = QuoteExtractor.Extract(document, classifier ?? new UntrainedClassifier());
        foreach (var q in quotes)
        {
            // every span points into the text as given
            q.Text.Should().Be(text[q.Start..q.End]);
        }

        return quotes;
    }

    /// <summary>The single quote of <paramref name="text"/>.</summary>
    public static Quote Single(string text, ISentenceClassifier? classifier = null)
    {
        var quotes = FindQuotes(text, classifier);
        quotes.Should().HaveCount(1, "the text holds one quote: {0}", string.Join(" | ", quotes.Select(q => q.Text)));
        return quotes[0];
    }

    /// <summary>The words of the speaker mention attributed in the quote's context.</summary>
    public static string? Mention(string text, Quote q) =>
        q.SpeakerMentionStart is { } s && q.SpeakerMentionEnd is { } e ? text[s..e] : null;
}

/// <summary>A classifier that has not been trained: neutral, general, zero confidence (as the models are before they land).</summary>
internal sealed class UntrainedClassifier : ISentenceClassifier
{
    public SentenceLabel Classify(ReadOnlySpan<char> sentence) => new(SentimentLabel.Neutral, 0f, ServiceArea.General, 0f);
}

/// <summary>A stand-in for trained models that always gives the same answer.</summary>
internal sealed class FixedClassifier(SentenceLabel label) : ISentenceClassifier
{
    public int Calls { get; private set; }

    public SentenceLabel Classify(ReadOnlySpan<char> sentence)
    {
        Calls++;
        return label;
    }
}
