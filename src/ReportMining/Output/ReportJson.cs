using System.Text.Json;

namespace ReportMining.Output;

/// <summary>Writes analyses as the JSON of DESIGN.md.</summary>
public static class ReportJson
{
    private static readonly JsonSerializerOptions Indented = new(ReportJsonContext.Default.Options) { WriteIndented = true };
    private static readonly ReportJsonContext IndentedContext = new(Indented);

    /// <summary>The analysis as JSON: indented, or on one line for JSONL.</summary>
    public static string Serialize(ReportAnalysis analysis, bool indented = true) =>
        JsonSerializer.Serialize(analysis, indented ? IndentedContext.ReportAnalysis : ReportJsonContext.Default.ReportAnalysis);

    /// <summary>Writes the analysis as JSON to a stream (UTF-8).</summary>
    public static void Write(Stream stream, ReportAnalysis analysis, bool indented = true) =>
        JsonSerializer.Serialize(stream, analysis, indented ? IndentedContext.ReportAnalysis : ReportJsonContext.Default.ReportAnalysis);

    /// <summary>Writes the analysis as JSON with a writer the caller owns.</summary>
    public static void Write(Utf8JsonWriter writer, ReportAnalysis analysis) =>
        JsonSerializer.Serialize(writer, analysis, ReportJsonContext.Default.ReportAnalysis);

    /// <summary>Reads an analysis back from JSON.</summary>
    public static ReportAnalysis? Deserialize(string json) =>
        JsonSerializer.Deserialize(json, ReportJsonContext.Default.ReportAnalysis);
}
