using System.Text;

namespace ReportMining.Output;

/// <summary>Writes results as one self-contained HTML page, a section per document, error records in order.</summary>
internal sealed class HtmlResultWriter : ResultWriter
{
    private readonly StreamWriter _text;
    private readonly ReportHtmlWriter _page;

    public HtmlResultWriter(Stream stream, string? title)
    {
        _text = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
        _page = new ReportHtmlWriter(_text, title);
    }

    public override void Complete()
    {
        _page.Complete();
        _text.Flush();
    }

    public override void Flush() => _text.Flush();

    private protected override void WriteAnalysis(DocumentResult result, ReportAnalysis analysis) => _page.Write(analysis);

    private protected override void WriteError(string id, Input.InputError error) => _page.WriteError(id, error.Message);

    protected override void Dispose(bool disposing)
    {
        if (disposing) _text.Dispose();
        base.Dispose(disposing);
    }
}
