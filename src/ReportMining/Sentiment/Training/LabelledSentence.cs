namespace ReportMining.Sentiment.Training;

/// <summary>
/// One labelled sentence for training: a sentence of a corpus report (by reference: file and
/// span) or a news-style sentence written for the project (with its text).
/// </summary>
internal sealed record LabelledSentence
{
    /// <summary>A stable id: <c>file:start-end</c> for a report sentence, the record's id for a news sentence.</summary>
    public required string Id { get; init; }

    /// <summary><c>report</c> or <c>news</c>.</summary>
    public required string Source { get; init; }

    /// <summary>The group kept together in one fold: the local authority (Ofsted URN) of a report, the id of a news sentence.</summary>
    public required string Group { get; init; }

    /// <summary>The report file, or null for a news sentence.</summary>
    public string? File { get; init; }

    /// <summary>Start of the sentence in the report.</summary>
    public int Start { get; init; }

    /// <summary>End (exclusive) of the sentence in the report.</summary>
    public int End { get; init; }

    /// <summary>The sentence as the models read it (the normalised reading).</summary>
    public required string Text { get; init; }

    /// <summary>The sentence before it in its report (normalised text), or null (first sentence, or a news sentence).</summary>
    public string? Previous { get; init; }

    /// <summary>The sentence after it in its report, or null.</summary>
    public string? Next { get; init; }

    /// <summary>The section of its report it sits in (<see cref="Inspections.ReportSections"/>, found as the pipeline finds it), or none (news).</summary>
    public Inspections.ReportSection Section { get; init; }

    /// <summary>Its sentiment.</summary>
    public required string Sentiment { get; init; }

    /// <summary>Its main top-level area (or general).</summary>
    public required string Area { get; init; }

    /// <summary>A second top-level area, or null.</summary>
    public string? Area2 { get; init; }

    /// <summary>Its finer area, or <see cref="SentenceLabelSets.NoFineArea"/>.</summary>
    public required string Fine { get; init; }

    /// <summary>The label of this sentence for a model kind.</summary>
    public string LabelFor(MachineLearning.ModelKind kind) => kind switch
    {
        MachineLearning.ModelKind.Sentiment => Sentiment,
        MachineLearning.ModelKind.Area => Area,
        _ => Fine,
    };
}
