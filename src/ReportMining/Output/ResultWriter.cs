using System.Text.Encodings.Web;
using System.Text.Json;
using ReportMining.Input;

namespace ReportMining.Output;

/// <summary>
/// Writes <see cref="DocumentResult"/>s as they come, in one of the <see cref="OutputFormat"/>s:
/// every input gives a record (an analysis, or an error record naming the input and the reason),
/// so the output always accounts for every input. Call <see cref="Complete"/> after the last result.
/// </summary>
public abstract class ResultWriter : IDisposable
{
    /// <summary>JSON writer options for results: camelCase contract from <see cref="ReportJsonContext"/>; non-ASCII text written as is, not as <c>\u</c> escapes.</summary>
    internal static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };

    /// <summary>Creates a writer.</summary>
    /// <param name="format">The format.</param>
    /// <param name="stream">Where to write (UTF-8, no byte order mark). Not closed by the writer.</param>
    /// <param name="asArray">For <see cref="OutputFormat.Json"/>: write a JSON array (several documents) rather than a single object.</param>
    /// <param name="title">For <see cref="OutputFormat.Html"/>: the page title.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">For an unknown format.</exception>
    public static ResultWriter Create(OutputFormat format, Stream stream, bool asArray = true, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return format switch
        {
            OutputFormat.Json => new JsonResultWriter(stream, asArray),
            OutputFormat.JsonLines => new JsonLinesResultWriter(stream),
            OutputFormat.Csv => new CsvResultWriter(stream),
            OutputFormat.Html => new HtmlResultWriter(stream, title),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown output format"),
        };
    }

    /// <summary>How many records (results and errors) have been written.</summary>
    public int Count { get; private set; }

    /// <summary>Writes one result (an analysis or an error record).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="result"/> is null.</exception>
    public void Write(DocumentResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Analysis is { } analysis) WriteAnalysis(result, analysis);
        else WriteError(result.Id, result.Error ?? new InputError(InputErrorKind.Unreadable, "no result"));
        Count++;
    }

    /// <summary>Finishes the output (closes a JSON array) and flushes it.</summary>
    public abstract void Complete();

    /// <summary>Flushes what has been written so far to the stream.</summary>
    public abstract void Flush();

    /// <summary>Writes an analysis.</summary>
    private protected abstract void WriteAnalysis(DocumentResult result, ReportAnalysis analysis);

    /// <summary>Writes an error record.</summary>
    private protected abstract void WriteError(string id, InputError error);

    /// <summary>Writes the error record object <c>{"id", "error", "errorKind"}</c>.</summary>
    internal static void WriteErrorObject(Utf8JsonWriter writer, string id, InputError error)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, id);
        writer.WriteString("error"u8, error.Message);
        writer.WriteString("errorKind"u8, JsonNamingPolicy.SnakeCaseLower.ConvertName(error.Kind.ToString()));
        writer.WriteEndObject();
    }

    /// <summary>Releases the writer (does not close the stream).</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases resources.</summary>
    protected virtual void Dispose(bool disposing)
    {
    }
}

/// <summary>JSON: a single object, or an indented array written element by element.</summary>
internal sealed class JsonResultWriter : ResultWriter
{
    private readonly Utf8JsonWriter _writer;
    private readonly Stream _stream;
    private readonly bool _asArray;
    private bool _started;

    public JsonResultWriter(Stream stream, bool asArray)
    {
        _stream = stream;
        _asArray = asArray;
        _writer = new Utf8JsonWriter(stream, WriterOptions(indented: true));
    }

    private void Start()
    {
        if (_started) return;
        _started = true;
        if (_asArray) _writer.WriteStartArray();
    }

    private protected override void WriteAnalysis(DocumentResult result, ReportAnalysis analysis)
    {
        BeforeRecord();
        ReportJsonWriter.Write(_writer, analysis);
    }

    private protected override void WriteError(string id, InputError error)
    {
        BeforeRecord();
        WriteErrorObject(_writer, id, error);
    }

    private void BeforeRecord()
    {
        if (!_asArray && Count > 0) throw new InvalidOperationException("a single-object JSON output holds one record");
        Start();
    }

    public override void Flush()
    {
        _writer.Flush();
        _stream.Flush();
    }

    public override void Complete()
    {
        Start();
        if (_asArray) _writer.WriteEndArray();
        _writer.Flush();
        if (_asArray || Count > 0) _stream.WriteByte((byte)'\n');
        _stream.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _writer.Dispose();
    }
}

/// <summary>JSON Lines: one compact object a line.</summary>
internal sealed class JsonLinesResultWriter(Stream stream) : ResultWriter
{
    private readonly Utf8JsonWriter _writer = new(stream, WriterOptions(indented: false));

    private protected override void WriteAnalysis(DocumentResult result, ReportAnalysis analysis)
    {
        ReportJsonWriter.Write(_writer, analysis);
        EndLine();
    }

    private protected override void WriteError(string id, InputError error)
    {
        WriteErrorObject(_writer, id, error);
        EndLine();
    }

    private void EndLine()
    {
        _writer.Flush();
        _writer.Reset();
        stream.WriteByte((byte)'\n');
    }

    public override void Flush() => stream.Flush();

    public override void Complete() => stream.Flush();

    protected override void Dispose(bool disposing)
    {
        if (disposing) _writer.Dispose();
    }
}
