namespace ReportMining.Sentiment;

/// <summary>The sentence models: loaded once, shared by every analysis.</summary>
internal sealed class SentenceModels : ISentenceClassifier
{
    private SentenceModels()
    {
    }

    /// <summary>Loads the models shipped in the package, or those in <paramref name="directory"/>.</summary>
    public static SentenceModels Load(string? directory)
    {
        _ = directory;
        return new SentenceModels();
    }

    /// <inheritdoc />
    public SentenceLabel Classify(ReadOnlySpan<char> sentence)
    {
        // Filled in by the sentiment issue: until then every sentence is neutral and general.
        _ = sentence;
        return new SentenceLabel(SentimentLabel.Neutral, 0f, ServiceArea.General, 0f);
    }
}
