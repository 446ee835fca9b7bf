using System.Text.Json.Serialization;

namespace ReportMining.Output;

/// <summary>
/// Source-generated System.Text.Json metadata for the output contract: camelCase property
/// names, snake_case enumeration values, nulls written (absent facts are null, never left out).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    WriteIndented = false)]
[JsonSerializable(typeof(ReportAnalysis))]
[JsonSerializable(typeof(List<ReportAnalysis>))]
public sealed partial class ReportJsonContext : JsonSerializerContext
{
}
