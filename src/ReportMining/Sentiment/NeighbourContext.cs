namespace ReportMining.Sentiment;

/// <summary>
/// How a sentence's labels in a document take in its neighbours: each model's log-probabilities
/// for the sentence, plus a weight times those of the sentence before and a weight times those of
/// the sentence after, renormalised. A sentence often names its area only through the sentences
/// around it ("Things have moved on a great deal over the past year."), and a report keeps to one area for a
/// run of sentences. A sentence classified on its own (<see cref="ISentenceClassifier.Classify"/>)
/// has no neighbours and keeps its own probabilities.
/// </summary>
/// <param name="SentimentPrevious">Weight of the previous sentence's sentiment log-probabilities.</param>
/// <param name="SentimentNext">Weight of the next sentence's sentiment log-probabilities.</param>
/// <param name="AreaPrevious">Weight of the previous sentence's area log-probabilities.</param>
/// <param name="AreaNext">Weight of the next sentence's area log-probabilities.</param>
/// <param name="FinePrevious">Weight of the previous sentence's finer-area log-probabilities.</param>
/// <param name="FineNext">Weight of the next sentence's finer-area log-probabilities.</param>
internal sealed record NeighbourContext(
    float SentimentPrevious, float SentimentNext,
    float AreaPrevious, float AreaNext,
    float FinePrevious, float FineNext)
{
    /// <summary>Smallest probability taken into a logarithm (where only probabilities are at hand, as in cross-validation).</summary>
    public const float Floor = 1e-30f;

    /// <summary>
    /// The weights the pipeline uses, chosen by cross-validation with document context
    /// (<c>reportmining train --no-write --context-grid</c>; see models/README.md). The section
    /// prior's biases are fitted by maximum likelihood and taken in at weight 1 (in an inspection
    /// report whose sections were found; <c>--section-grid</c> prints other weights).
    /// </summary>
    public static NeighbourContext Default { get; } = new(0.1f, 0.1f, 0.3f, 0.2f, 0.2f, 0f) { SentimentSection = 1f, AreaSection = 1f, FineSection = 1f };

    /// <summary>No context: every sentence keeps its own probabilities.</summary>
    public static NeighbourContext None { get; } = new(0f, 0f, 0f, 0f, 0f, 0f);

    /// <summary>Weight of the section prior's log-lift (<see cref="SectionPrior"/>) in the sentiment combination.</summary>
    public float SentimentSection { get; init; }

    /// <summary>Weight of the section prior's log-lift in the area combination.</summary>
    public float AreaSection { get; init; }

    /// <summary>Weight of the section prior's log-lift in the finer-area combination.</summary>
    public float FineSection { get; init; }

    /// <summary>The section prior's weight for a model.</summary>
    public float SectionFor(MachineLearning.ModelKind kind) => kind switch
    {
        MachineLearning.ModelKind.Sentiment => SentimentSection,
        MachineLearning.ModelKind.Area => AreaSection,
        _ => FineSection,
    };

    /// <summary>The (previous, next) weights for a model.</summary>
    public (float Previous, float Next) For(MachineLearning.ModelKind kind) => kind switch
    {
        MachineLearning.ModelKind.Sentiment => (SentimentPrevious, SentimentNext),
        MachineLearning.ModelKind.Area => (AreaPrevious, AreaNext),
        _ => (FinePrevious, FineNext),
    };

    /// <summary>
    /// Writes into <paramref name="logits"/> the combined log-probabilities of one model:
    /// <paramref name="own"/> plus <paramref name="previousWeight"/> times <paramref name="previous"/>
    /// and <paramref name="nextWeight"/> times <paramref name="next"/> (either may be empty: no
    /// neighbour). All are log-probabilities over the same classes, each up to a constant of its
    /// own (raw model scores will do: a constant added to every class cancels in the softmax). The
    /// result is not normalised; a softmax of it gives the probabilities.
    /// </summary>
    public static void Combine(ReadOnlySpan<float> own, ReadOnlySpan<float> previous, float previousWeight, ReadOnlySpan<float> next, float nextWeight, Span<float> logits)
    {
        own.CopyTo(logits);
        if (previousWeight != 0 && previous.Length == own.Length)
        {
            for (int c = 0; c < own.Length; c++) logits[c] += previousWeight * previous[c];
        }

        if (nextWeight != 0 && next.Length == own.Length)
        {
            for (int c = 0; c < own.Length; c++) logits[c] += nextWeight * next[c];
        }
    }

    /// <summary>
    /// Adds <paramref name="weight"/> times the section prior's log-lift <paramref name="lift"/>
    /// (empty: the sentence is in no section) to combined log-probabilities.
    /// </summary>
    public static void AddSection(ReadOnlySpan<float> lift, float weight, Span<float> logits)
    {
        if (weight == 0 || lift.Length != logits.Length) return;
        for (int c = 0; c < logits.Length; c++) logits[c] += weight * lift[c];
    }
}
