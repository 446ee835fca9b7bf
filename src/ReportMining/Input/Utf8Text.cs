using System.Buffers;
using System.Buffers.Binary;
using System.Buffers.Text;
using System.Text;
using System.Text.Unicode;

namespace ReportMining.Input;

/// <summary>
/// Strict UTF-8 decoding of a file's bytes: no replacement characters, ever. Rejects empty and
/// white-space-only text, binary data (NUL bytes), UTF-16/UTF-32 (by their byte order marks) and
/// invalid UTF-8 (naming the byte offset of the first bad sequence); strips a UTF-8 byte order mark.
/// </summary>
internal static class Utf8Text
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes <paramref name="bytes"/>; returns null and the text, or the error.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <param name="text">The text, or an empty string on error.</param>
    /// <param name="what">What the bytes are, for messages ("file", "PDF text", "standard input").</param>
    public static InputError? TryDecode(ReadOnlySpan<byte> bytes, out string text, string what = "file")
    {
        text = string.Empty;
        if (bytes.IsEmpty) return new InputError(InputErrorKind.Empty, $"empty {what}: no text");

        if (BomEncoding(bytes) is { } encoding)
            return new InputError(InputErrorKind.UnsupportedEncoding, $"{what} is {encoding} (byte order mark), not UTF-8: convert it to UTF-8");

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0) return new InputError(InputErrorKind.Binary, $"binary {what}: NUL byte at byte offset {nul}");

        int skipped = bytes.StartsWith(Utf8Bom) ? Utf8Bom.Length : 0;
        var body = bytes[skipped..];
        if (!Utf8.IsValid(body))
        {
            int offset = skipped + FindInvalid(body);
            return new InputError(InputErrorKind.InvalidUtf8, $"invalid UTF-8 at byte offset {offset} (0x{bytes[offset]:X2})");
        }

        // valid, so nothing is replaced: decoded straight into the string (no buffer to copy from)
        var decoded = Encoding.UTF8.GetString(body);
        if (decoded.AsSpan().IsWhiteSpace()) return new InputError(InputErrorKind.Empty, $"empty {what}: only white space");
        text = decoded;
        return null;
    }

    /// <summary>Offset of the first invalid UTF-8 sequence, or -1 when all valid.</summary>
    public static int FindInvalid(ReadOnlySpan<byte> bytes)
    {
        if (Utf8.IsValid(bytes)) return -1;
        int offset = 0;
        Span<char> scratch = stackalloc char[512];
        while (true)
        {
            var status = Utf8.ToUtf16(bytes[offset..], scratch, out int read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status == OperationStatus.InvalidData || status == OperationStatus.NeedMoreData) return offset;
            if (status == OperationStatus.Done) return -1;
        }
    }

    private static string? BomEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 4)
        {
            uint first = BinaryPrimitives.ReadUInt32BigEndian(bytes);
            if (first == 0xFFFE0000) return "UTF-32 (little-endian)";
            if (first == 0x0000FEFF) return "UTF-32 (big-endian)";
        }

        if (bytes.Length >= 2)
        {
            if (bytes[0] == 0xFF && bytes[1] == 0xFE) return "UTF-16 (little-endian)";
            if (bytes[0] == 0xFE && bytes[1] == 0xFF) return "UTF-16 (big-endian)";
        }

        return null;
    }

    /// <summary>A short, printable description of a decoding failure for a JSONL line.</summary>
    public static string Describe(ReadOnlySpan<byte> bytes, int offset) =>
        offset < bytes.Length ? $"0x{bytes[offset]:X2}" : "truncated sequence at the end";

    /// <summary>UTF-8 encoding without a byte order mark, for writers.</summary>
    public static readonly Encoding NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
