using System.Text.Json.Serialization;
using ReportMining.Output;

namespace ReportMining.Input;

/// <summary>Why an input could not be read (written snake_case in error records: <c>invalid_utf8</c>).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<InputErrorKind>))]
public enum InputErrorKind
{
    /// <summary>The path does not exist (or is a broken symbolic link).</summary>
    NotFound,
    /// <summary>The file exists but cannot be opened or read (permissions, I/O error).</summary>
    Unreadable,
    /// <summary>The file or document holds no text, or only white space.</summary>
    Empty,
    /// <summary>The file holds NUL bytes: it is binary, not text.</summary>
    Binary,
    /// <summary>The bytes are not valid UTF-8 (the message names the byte offset).</summary>
    InvalidUtf8,
    /// <summary>The text is in an encoding other than UTF-8 that is recognised by its byte order mark (UTF-16, UTF-32).</summary>
    UnsupportedEncoding,
    /// <summary>The file is larger than the reader accepts.</summary>
    TooLarge,
    /// <summary>A PDF was given but poppler's <c>pdftotext</c> is not installed.</summary>
    PdfToolMissing,
    /// <summary><c>pdftotext</c> failed on the file (broken or encrypted PDF) or timed out.</summary>
    PdfFailed,
    /// <summary>A JSONL line is not a JSON object with a <c>text</c> string, or has a malformed <c>date</c>.</summary>
    BadJsonLine,
    /// <summary>The document was read but the analysis failed.</summary>
    AnalysisFailed,
}
