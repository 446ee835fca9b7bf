namespace ReportMining.Sentiment;

/// <summary>
/// Labels single sentences with sentiment and service areas. The library's own models
/// implement it; an ML.NET-backed model could too. Implementations must be thread-safe.
/// </summary>
public interface ISentenceClassifier
{
    /// <summary>Labels one sentence (normalised text).</summary>
    SentenceLabel Classify(ReadOnlySpan<char> sentence);
}
