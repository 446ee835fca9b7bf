namespace ReportMining.MachineLearning;

/// <summary>What a model file predicts; stored in the file header.</summary>
internal enum ModelKind : ushort
{
    /// <summary>Sentence sentiment: positive, negative, mixed, neutral.</summary>
    Sentiment = 1,

    /// <summary>Top-level service area of a sentence (five areas and general).</summary>
    Area = 2,

    /// <summary>Finer service area of a sentence (front door, private fostering, ..., or none).</summary>
    FineArea = 3,

    /// <summary>Whether a candidate phrase is what a percentage measures (classes "no", "yes").</summary>
    PercentageMeasure = 4,
}

/// <summary>Names of <see cref="ModelKind"/> values, as used in file names and messages.</summary>
internal static class ModelKinds
{
    /// <summary>All kinds.</summary>
    public static IReadOnlyList<ModelKind> All { get; } = [ModelKind.Sentiment, ModelKind.Area, ModelKind.FineArea];

    /// <summary>The kind's name: <c>sentiment</c>, <c>area</c>, <c>fine_area</c>.</summary>
    public static string Name(this ModelKind kind) => kind switch
    {
        ModelKind.Sentiment => "sentiment",
        ModelKind.Area => "area",
        ModelKind.FineArea => "fine_area",
        ModelKind.PercentageMeasure => "percentage_measure",
        _ => $"unknown kind {(int)kind}",
    };

    /// <summary>The model's file name in a model folder: <c>sentiment.bin</c>, <c>area.bin</c>, <c>fine_area.bin</c>.</summary>
    public static string FileName(this ModelKind kind) => kind.Name() + ".bin";
}
