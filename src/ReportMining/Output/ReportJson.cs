using System.Buffers;
using System.Text;
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
    public static string Serialize(ReportAnalysis analysis, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, ResultWriter.WriterOptions(indented)))
        {
            ReportJsonWriter.Write(writer, analysis);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the analysis as JSON to a stream (UTF-8).</summary>
    public static void Write(Stream stream, ReportAnalysis analysis, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(analysis);
        using var writer = new Utf8JsonWriter(stream, ResultWriter.WriterOptions(indented));
        ReportJsonWriter.Write(writer, analysis);
    }

    /// <summary>The analysis as JSON through the source-generated serializer (the reference <see cref="Serialize"/> is checked against).</summary>
    internal static string SerializeWithContext(ReportAnalysis analysis, bool indented = true) =>
        JsonSerializer.Serialize(analysis, indented ? IndentedContext.ReportAnalysis : CompactContext.ReportAnalysis);

    /// <summary>Writes the analysis as JSON with a writer the caller owns.</summary>
    public static void Write(Utf8JsonWriter writer, ReportAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ReportJsonWriter.Write(writer, analysis);
    }

    /// <summary>Reads an analysis back from JSON.</summary>
    public static ReportAnalysis? Deserialize(string json) =>
        JsonSerializer.Deserialize(json, ReportJsonContext.Default.ReportAnalysis);
}
