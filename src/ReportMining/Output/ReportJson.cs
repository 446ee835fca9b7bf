using System.Text.Encodings.Web;
using System.Text.Json;

namespace ReportMining.Output;

/// <summary>Writes analyses as the JSON of DESIGN.md.</summary>
public static class ReportJson
{
    // Text is written as is (’, ', ", <, é), not as \u escapes, so that the JSON reads well in a
    // notebook or a terminal; quotes, backslashes and control characters are still escaped.
    private static readonly ReportJsonContext IndentedContext = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly ReportJsonContext CompactContext = new(new JsonSerializerOptions(ReportJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The analysis as JSON: indented, or on one line for JSONL.</summary>
    public static string Serialize(ReportAnalysis analysis, bool indented = true) =>
        JsonSerializer.Serialize(analysis, indented ? IndentedContext.ReportAnalysis : CompactContext.ReportAnalysis);

    /// <summary>Writes the analysis as JSON to a stream (UTF-8).</summary>
    public static void Write(Stream stream, ReportAnalysis analysis, bool indented = true) =>
        JsonSerializer.Serialize(stream, analysis, indented ? IndentedContext.ReportAnalysis : CompactContext.ReportAnalysis);

    /// <summary>Writes the analysis as JSON with a writer the caller owns.</summary>
    public static void Write(Utf8JsonWriter writer, ReportAnalysis analysis) =>
        JsonSerializer.Serialize(writer, analysis, ReportJsonContext.Default.ReportAnalysis);

    /// <summary>Reads an analysis back from JSON.</summary>
    public static ReportAnalysis? Deserialize(string json) =>
        JsonSerializer.Deserialize(json, ReportJsonContext.Default.ReportAnalysis);
}
