using System.Text.Json.Serialization;
using ReportMining.Output;

namespace ReportMining.Sentiment;

/// <summary>How a sentence or text judges the service it describes (see LABELLING.md).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<SentimentLabel>))]
public enum SentimentLabel
{
    /// <summary>Praise or a good outcome.</summary>
    Positive,
    /// <summary>Criticism, a shortfall, or a risk not addressed.</summary>
    Negative,
    /// <summary>Both praise and criticism, each of them clear.</summary>
    Mixed,
    /// <summary>Description or fact with no judgement.</summary>
    Neutral,
}
