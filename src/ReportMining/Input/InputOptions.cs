namespace ReportMining.Input;

/// <summary>How <see cref="InputReader"/> reads files, folders and standard input.</summary>
public sealed record InputOptions
{
    /// <summary>The document date given to every document that brings none of its own (a JSONL line's <c>date</c> wins; then this; then an HTML page's publication date).</summary>
    public DateOnly? DocumentDate { get; init; }

    /// <summary>How standard input (<c>-</c>) is read.</summary>
    public StdinFormat StdinFormat { get; init; } = StdinFormat.Auto;

    /// <summary>The <c>pdftotext</c> program (a name looked up on PATH, or a path).</summary>
    public string PdfToText { get; init; } = "pdftotext";

    /// <summary>How long <c>pdftotext</c> may take on one PDF before it is stopped and the PDF reported as failed.</summary>
    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The largest file (or JSONL line, or standard input) read, in bytes; larger inputs give a <see cref="InputErrorKind.TooLarge"/> error.</summary>
    public long MaxInputBytes { get; init; } = 512L * 1024 * 1024;

    /// <summary>How many PDFs are converted ahead of the one being read (0 converts one at a time).</summary>
    public int PdfLookahead { get; init; } = Environment.ProcessorCount;

    /// <summary>Called for each file skipped in a folder (unknown extension) and similar notes; null to ignore them.</summary>
    public Action<string>? Note { get; init; }

    /// <summary>Opens a file for reading (a seam for tests); null for <see cref="File.OpenRead(string)"/>.</summary>
    internal Func<string, Stream>? OpenFile { get; init; }
}

/// <summary>How standard input is read.</summary>
public enum StdinFormat
{
    /// <summary>JSONL when the first line is a JSON object with a <c>text</c> property, else plain text.</summary>
    Auto,
    /// <summary>One plain UTF-8 document.</summary>
    Text,
    /// <summary>JSON Lines: one <c>{"id","text","date"}</c> document a line.</summary>
    JsonLines,
}
