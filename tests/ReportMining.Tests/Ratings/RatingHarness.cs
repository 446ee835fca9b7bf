using ReportMining.Dates;
using ReportMining.Inspections;
using ReportMining.Ratings;
using ReportMining.Sentiment;
using ReportMining.Text;

namespace ReportMining.Tests.Ratings;

/// <summary>Runs the inspection reader and the rating extractor on a text, with dates given by the test.</summary>
internal static class RatingHarness
{
    private sealed class NoClassifier : ISentenceClassifier
    {
        public SentenceLabel Classify(ReadOnlySpan<char> sentence) => default;
    }

    public static IReadOnlyList<Rating> Ratings(string text, params (string Words, string Value)[] dates)
    {
        using var document = Document.Parse(text);
        var context = new AnalysisContext(document, new AnalysisOptions(), new NoClassifier(), CancellationToken.None);
        new InspectionReader().Read(context);
        var mentions = new List<DateMention>();
        foreach (var (words, value) in dates)
        {
            int at = text.IndexOf(words, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{words}' is not in the text");
            mentions.Add(new DateMention { Text = words, Type = value.Contains('/') ? DateType.Range : DateType.Date, Value = value, Start = at, End = at + words.Length });
        }

        context.Dates = mentions;
        var ratings = new RatingExtractor().Extract(context);
        foreach (var r in ratings)
        {
            // the contract: every span points into the text as given
            r.Text.Should().Be(text[r.Start..r.End]);
        }

        return ratings;
    }

    public static Rating Single(string text, params (string Words, string Value)[] dates)
    {
        var ratings = Ratings(text, dates);
        ratings.Should().ContainSingle($"one rating is stated in: {text}");
        return ratings[0];
    }
}
