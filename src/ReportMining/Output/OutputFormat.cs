namespace ReportMining.Output;

/// <summary>How results are written (see <c>docs/output.md</c>).</summary>
public enum OutputFormat
{
    /// <summary>Indented JSON: one object for a single document, an array for several.</summary>
    Json,
    /// <summary>JSON Lines: one object a line, one line per input, errors included in order.</summary>
    JsonLines,
    /// <summary>CSV (RFC 4180): one row per extracted item, with the document's id and kind on every row.</summary>
    Csv,
    /// <summary>A self-contained HTML page (see <see cref="ReportHtml"/>): one section per document, error records shown in order.</summary>
    Html,
}
