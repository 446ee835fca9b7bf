namespace ReportMining.Input;

/// <summary>How an input is read.</summary>
public enum InputFormat
{
    /// <summary>Plain UTF-8 text (<c>.txt</c>, and any file named explicitly whose extension is not recognised).</summary>
    Text,
    /// <summary>An HTML page (<c>.html</c>, <c>.htm</c>): its article text.</summary>
    Html,
    /// <summary>A PDF (<c>.pdf</c>), through poppler's <c>pdftotext</c>.</summary>
    Pdf,
    /// <summary>JSON Lines (<c>.jsonl</c>): one <c>{"id","text","date"}</c> document a line.</summary>
    JsonLines,
}
