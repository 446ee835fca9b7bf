using ReportMining.MachineLearning;

namespace ReportMining.Sentiment.Training;

/// <summary>The class names of the three sentence models, as in LABELLING.md and the JSON output.</summary>
internal static class SentenceLabelSets
{
    /// <summary>Sentence sentiment, in <see cref="SentimentLabel"/> order.</summary>
    public static readonly string[] Sentiment = ["positive", "negative", "mixed", "neutral"];

    /// <summary>Top-level areas and general, in <see cref="ServiceArea"/> order.</summary>
    public static readonly string[] Area = ["leadership", "help_and_protection", "children_in_care", "care_leavers", "workforce", "general"];

    /// <summary>The finer-area class for "no finer area".</summary>
    public const string NoFineArea = "none";

    /// <summary>Finer areas after "none", in <see cref="ServiceArea"/> order.</summary>
    public static readonly string[] FineArea =
    [
        NoFineArea, "front_door", "early_help", "assessment", "child_protection", "exploitation", "disabled_children",
        "private_fostering", "placements", "fostering", "adoption", "education", "health",
    ];

    /// <summary>The class names of a model kind.</summary>
    public static string[] For(ModelKind kind) => kind switch
    {
        ModelKind.Sentiment => Sentiment,
        ModelKind.Area => Area,
        ModelKind.FineArea => FineArea,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The <see cref="ServiceArea"/> of an area or finer-area name; null for "none" or an unknown name.</summary>
    public static ServiceArea? ToServiceArea(string name)
    {
        int i = Array.IndexOf(Area, name);
        if (i >= 0) return (ServiceArea)i;
        i = Array.IndexOf(FineArea, name);
        return i > 0 ? (ServiceArea)((int)ServiceArea.FrontDoor + i - 1) : null;
    }

    /// <summary>The <see cref="SentimentLabel"/> of a sentiment name.</summary>
    public static SentimentLabel ToSentiment(string name) => (SentimentLabel)Array.IndexOf(Sentiment, name);
}
