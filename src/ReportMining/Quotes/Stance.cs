using System.Text.Json.Serialization;
using ReportMining.Output;

namespace ReportMining.Quotes;

/// <summary>Whether a quote praises or criticises the service.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<Stance>))]
public enum Stance
{
    /// <summary>Praise or a good outcome.</summary>
    Praise,
    /// <summary>Criticism, a shortfall or an unaddressed risk.</summary>
    Criticism,
    /// <summary>Praise and criticism together.</summary>
    Mixed,
    /// <summary>No judgement.</summary>
    Neutral,
}
