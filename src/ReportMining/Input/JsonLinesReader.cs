using System.Buffers;
using System.Text;
using System.Text.Json;

namespace ReportMining.Input;

/// <summary>
/// Reads JSON Lines, one document a line (an object with <c>text</c>, optional <c>id</c> and <c>date</c>),
/// streaming: one line in memory at a time (plus the read buffer). Each non-blank line gives one
/// <see cref="InputItem"/>: a document, or an error naming the line (not JSON, not an object, no
/// <c>text</c> string, empty text, invalid UTF-8, a malformed <c>date</c>). Blank lines are not
/// documents and are passed over. <c>id</c> may be a string or a number; without one the id is
/// <c>path:line</c>. Other properties are ignored.
/// </summary>
internal static class JsonLinesReader
{
    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    public static IEnumerable<InputItem> Read(Stream stream, string name, InputOptions options, CancellationToken cancellationToken = default)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        int start = 0, end = 0;          // unread bytes are buffer[start..end]
        bool eof = false;
        long lineNumber = 0;
        long fileOffset = 0;             // offset of buffer[start] in the stream
        bool first = true;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
                if (newline < 0 && !eof)
                {
                    // need more bytes: compact, grow when the line fills the buffer
                    if (start > 0)
                    {
                        Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                        end -= start;
                        start = 0;
                    }

                    if (end == buffer.Length)
                    {
                        if (end > options.MaxInputBytes)
                        {
                            // skip the rest of an enormous line rather than hold it
                            lineNumber++;
                            long skipped = SkipLine(stream, ref buffer, ref start, ref end, ref eof);
                            yield return InputItem.Failed($"{name}:{lineNumber}", InputErrorKind.TooLarge,
                                $"{Where(name, lineNumber)}: longer than the limit of {options.MaxInputBytes / (1024 * 1024)} MB", skipped, InputFormat.JsonLines);
                            fileOffset += skipped;
                            continue;
                        }

                        var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
                        Buffer.BlockCopy(buffer, 0, bigger, 0, end);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = bigger;
                    }

                    int read = stream.Read(buffer, end, buffer.Length - end);
                    if (read == 0) eof = true;
                    end += read;
                    continue;
                }

                int lineLength = newline >= 0 ? newline : end - start;
                if (lineLength == 0 && newline < 0) yield break; // end of input

                var line = buffer.AsSpan(start, lineLength);
                int consumed = lineLength + (newline >= 0 ? 1 : 0);
                if (first)
                {
                    first = false;
                    if (line.StartsWith(Utf8Bom)) line = line[Utf8Bom.Length..];
                }

                if (line.Length > 0 && line[^1] == (byte)'\r') line = line[..^1];
                lineNumber++;
                long lineOffset = fileOffset;
                start += consumed;
                fileOffset += consumed;

                if (IsBlank(line)) continue;
                yield return ParseLine(line, name, lineNumber, lineOffset, consumed, options);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static long SkipLine(Stream stream, ref byte[] buffer, ref int start, ref int end, ref bool eof)
    {
        long skipped = end - start;
        start = end = 0;
        while (!eof)
        {
            int read = stream.Read(buffer, 0, buffer.Length);
            if (read == 0) { eof = true; break; }
            int nl = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (nl >= 0)
            {
                skipped += nl + 1;
                start = nl + 1;
                end = read;
                return skipped;
            }

            skipped += read;
        }

        return skipped;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }

    /// <summary>Parses one line into a document or an error.</summary>
    internal static InputItem ParseLine(ReadOnlySpan<byte> line, string name, long lineNumber, long lineOffset, long bytes, InputOptions options)
    {
        string fallbackId = $"{name}:{lineNumber}";
        int bad = Utf8Text.FindInvalid(line);
        if (bad >= 0)
            return InputItem.Failed(fallbackId, InputErrorKind.InvalidUtf8,
                $"{Where(name, lineNumber)}: invalid UTF-8 at byte offset {lineOffset + bad} ({Utf8Text.Describe(line, bad)})", bytes, InputFormat.JsonLines);
        if (line.IndexOf((byte)0) is var nul and >= 0)
            return InputItem.Failed(fallbackId, InputErrorKind.Binary, $"{Where(name, lineNumber)}: NUL byte at byte offset {lineOffset + nul}", bytes, InputFormat.JsonLines);

        string? id = null, text = null, date = null;
        bool hasText = false;
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 256, AllowMultipleValues = true });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return BadLine(fallbackId, name, lineNumber, "not a JSON object", bytes);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    id = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                        JsonTokenType.Null => null,
                        _ => throw new FormatException("\"id\" is neither a string nor a number"),
                    };
                }
                else if (reader.ValueTextEquals("text"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.String) throw new FormatException("\"text\" is not a string");
                    text = reader.GetString();
                    hasText = true;
                }
                else if (reader.ValueTextEquals("date"u8))
                {
                    reader.Read();
                    date = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Null => null,
                        _ => throw new FormatException("\"date\" is not a string"),
                    };
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject) return BadLine(fallbackId, name, lineNumber, "not valid JSON", bytes);
            if (reader.Read()) return BadLine(id ?? fallbackId, name, lineNumber, "more than one JSON value on the line", bytes);
        }
        catch (JsonException ex)
        {
            return BadLine(fallbackId, name, lineNumber, $"not valid JSON ({FirstSentence(ex.Message)})", bytes);
        }
        catch (FormatException ex)
        {
            return BadLine(id ?? fallbackId, name, lineNumber, ex.Message, bytes);
        }
        catch (InvalidOperationException ex)
        {
            return BadLine(id ?? fallbackId, name, lineNumber, $"not valid JSON ({FirstSentence(ex.Message)})", bytes);
        }

        id ??= fallbackId;
        if (!hasText) return BadLine(id, name, lineNumber, "no \"text\" property", bytes);
        if (string.IsNullOrWhiteSpace(text))
            return InputItem.Failed(id, InputErrorKind.Empty, $"{Where(name, lineNumber)}: empty \"text\"", bytes, InputFormat.JsonLines);

        DateOnly? documentDate = options.DocumentDate;
        if (date is not null)
        {
            if (!DateParsing.TryParseIsoDate(date, out var parsed))
                return BadLine(id, name, lineNumber, $"\"date\" is not yyyy-mm-dd: \"{Truncate(date, 40)}\"", bytes);
            documentDate = parsed;
        }

        return InputItem.Ok(new DocumentInput(id, text!, documentDate), bytes, InputFormat.JsonLines);
    }

    private static InputItem BadLine(string id, string name, long lineNumber, string reason, long bytes) =>
        InputItem.Failed(id, InputErrorKind.BadJsonLine, $"{Where(name, lineNumber)}: {reason}", bytes, InputFormat.JsonLines);

    /// <summary>"line 3 of feed.jsonl": names the line and the file, since a line's id may not.</summary>
    private static string Where(string name, long lineNumber) =>
        $"line {lineNumber} of {(name == "-" ? "standard input" : name)}";

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }

    private static string Truncate(string s, int max) => s.Length <= max ? s : s[..max] + "…";
}
