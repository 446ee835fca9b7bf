namespace ReportMining.Input;

/// <summary>
/// One input as read: a document ready for analysis, or the reason it could not be read.
/// <see cref="InputReader"/> yields one item per input (per file, per JSONL line), in input order.
/// </summary>
public sealed record InputItem
{
    /// <summary>The input's id: the file path, <c>path:line</c> for a JSONL line without an id, the line's own id, or <c>-</c> for standard input.</summary>
    public required string Id { get; init; }

    /// <summary>The document, when it could be read; null when <see cref="Error"/> is set.</summary>
    public DocumentInput? Document { get; init; }

    /// <summary>Why the input could not be read; null when <see cref="Document"/> is set.</summary>
    public InputError? Error { get; init; }

    /// <summary>The bytes of input this item consumed (file size, JSONL line length): the unit of progress and MB/s.</summary>
    public long Bytes { get; init; }

    /// <summary>The format it was read as.</summary>
    public InputFormat Format { get; init; }

    /// <summary>True when the item is an error.</summary>
    public bool IsError => Error is not null;

    /// <summary>An item holding a document.</summary>
    public static InputItem Ok(DocumentInput document, long bytes, InputFormat format) =>
        new() { Id = document.Id ?? string.Empty, Document = document, Bytes = bytes, Format = format };

    /// <summary>An item holding an error.</summary>
    public static InputItem Failed(string id, InputErrorKind kind, string message, long bytes, InputFormat format) =>
        new() { Id = id, Error = new InputError(kind, message), Bytes = bytes, Format = format };
}
