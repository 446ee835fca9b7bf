namespace ReportMining;

/// <summary>Options fixed when a <see cref="ReportMiner"/> is built.</summary>
public sealed record ReportMinerOptions
{
    /// <summary>
    /// A folder holding model files to use instead of the models shipped inside the package;
    /// null to use the shipped models.
    /// </summary>
    public string? ModelDirectory { get; init; }

    /// <summary>
    /// Whether a trained ranker may fill in or correct what each percentage measures (true, the
    /// default): it scores the phrases near the figure and overrides the rules only when they
    /// found nothing or when a phrase clearly outscores theirs (see models/percentage_measure.md).
    /// False keeps the rules' answer alone. The model is the shipped one, or
    /// <c>percentage_measure.bin</c> in <see cref="ModelDirectory"/> when that folder has one.
    /// </summary>
    public bool LearnedMeasures { get; init; } = true;

    /// <summary>How many documents <see cref="ReportMiner.AnalyzeMany"/> works on at once; null for one per core.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>
    /// Whether each sentence of a document is labelled with the sentences just before and after it
    /// weighed in (true, the default: a sentence such as "Things have moved on a great deal over the past year."
    /// takes its area from them; see the model card), and, in an inspection report, with the
    /// section it sits in (the heading above it) weighed in too. False labels every sentence on its
    /// own, as <see cref="ReportMiner.ClassifySentence"/> does.
    /// </summary>
    public bool SentenceContext { get; init; } = true;
}
