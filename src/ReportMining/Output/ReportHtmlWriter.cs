using System.Text;

namespace ReportMining.Output;

/// <summary>
/// Writes one HTML page holding a section per document, as the documents come (for a command
/// line run over a folder). Call <see cref="Complete"/> after the last one.
/// </summary>
public sealed class ReportHtmlWriter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly string _title;
    private readonly StringBuilder _buffer = new();
    private bool _started;
    private bool _completed;

    /// <summary>Creates a writer.</summary>
    /// <param name="writer">Where the page goes; not closed by this writer.</param>
    /// <param name="title">The page title; null for a default.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="writer"/> is null.</exception>
    public ReportHtmlWriter(TextWriter writer, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _title = title ?? "ReportMining report";
    }

    /// <summary>How many sections (documents and errors) have been written.</summary>
    public int Count { get; private set; }

    /// <summary>Writes the section of one analysis, showing its <see cref="ReportAnalysis.SourceText"/>.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="analysis"/> is null.</exception>
    public void Write(ReportAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        Write(analysis.SourceText, analysis);
    }

    /// <summary>Writes the section of one analysis of <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="analysis"/> is null.</exception>
    public void Write(string? text, ReportAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        Start();
        HtmlReportBuilder.Section(_buffer, text, analysis);
        Flush();
    }

    /// <summary>Writes a section saying that an input could not be analysed, and why.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="id"/> or <paramref name="message"/> is null.</exception>
    public void WriteError(string id, string message)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(message);
        Start();
        HtmlReportBuilder.ErrorSection(_buffer, id, message);
        Flush();
    }

    /// <summary>Closes the page and flushes the writer. Further calls do nothing.</summary>
    public void Complete()
    {
        if (_completed) return;
        Start();
        _completed = true;
        if (Count == 0) _buffer.Append("<p class=\"rm-empty-page\">No documents.</p>");
        HtmlReportBuilder.PageEnd(_buffer);
        Flush();
        _writer.Flush();
    }

    /// <summary>Completes the page if that has not been done.</summary>
    public void Dispose() => Complete();

    private void Start()
    {
        if (_completed) throw new InvalidOperationException("the page is complete");
        if (_started) return;
        _started = true;
        HtmlReportBuilder.PageStart(_buffer, _title);
    }

    private void Flush()
    {
        if (_buffer.Length == 0) return;
        foreach (var chunk in _buffer.GetChunks()) _writer.Write(chunk.Span);
        _buffer.Clear();
        if (!_completed) Count++;
    }
}
