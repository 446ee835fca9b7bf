using System.Text.Json;

namespace ReportMining.Input;

/// <summary>
/// Reads files, folders and standard input into a stream of <see cref="InputItem"/>s, one per
/// input (per file, per JSONL line), in input order: each a document ready for
/// <see cref="ReportMiner.AnalyzeInputs"/> or the
/// reason it could not be read. Reading never throws for a bad input; it is lazy (a file is read
/// when its item is asked for, a JSONL file a line at a time), so memory stays bounded.
/// </summary>
/// <example>
/// <code>
/// var miner = new ReportMiner();
/// foreach (var result in miner.AnalyzeInputs(InputReader.Read(["reports/"])))
///     Console.WriteLine(result.Error is null ? $"{result.Id}: {result.Analysis!.Ratings.Count} ratings" : $"{result.Id}: {result.Error.Message}");
/// </code>
/// </example>
public static class InputReader
{
    /// <summary>Reads the given paths (files, folders, <c>-</c> for <paramref name="stdin"/>).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="paths"/> is null.</exception>
    public static IEnumerable<InputItem> Read(IEnumerable<string> paths, Stream? stdin = null, InputOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        options ??= new InputOptions();
        return Read(InputSource.Expand(paths, options.StdinFormat, options.Note), stdin, options, cancellationToken);
    }

    /// <summary>Reads sources found by <see cref="InputSource.Expand"/>.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="sources"/> is null.</exception>
    public static IEnumerable<InputItem> Read(IReadOnlyList<InputSource> sources, Stream? stdin, InputOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return ReadIterator(sources, stdin, options ?? new InputOptions(), cancellationToken);
    }

    /// <summary>Reads one text, HTML or PDF file (a <c>.jsonl</c> file is read as text here: use <see cref="Read(IEnumerable{string}, Stream?, InputOptions?, CancellationToken)"/> for its lines).</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="path"/> is null.</exception>
    public static InputItem ReadFile(string path, InputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new InputOptions();
        var format = InputSource.FormatOf(path) ?? InputFormat.Text;
        if (format == InputFormat.JsonLines) format = InputFormat.Text;
        var source = new InputSource { Path = path, Format = format };
        return format == InputFormat.Pdf ? PdfTextReader.Read(path, SafeLength(path), options) : ReadWholeFile(source, options);
    }

    private static IEnumerable<InputItem> ReadIterator(IReadOnlyList<InputSource> sources, Stream? stdin, InputOptions options, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var pdfs = new Dictionary<int, Task<InputItem>>();
        int lookahead = Math.Max(0, options.PdfLookahead);
        try
        {
            for (int i = 0; i < sources.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var source = sources[i];
                if (source.IsStdin)
                {
                    foreach (var item in ReadStdin(stdin, options, cancellationToken)) yield return item;
                    continue;
                }

                switch (source.Format)
                {
                    case InputFormat.JsonLines:
                        foreach (var item in ReadJsonLinesFile(source, options, cancellationToken)) yield return item;
                        break;
                    case InputFormat.Pdf:
                        for (int j = i; j < sources.Count && j <= i + lookahead; j++)
                        {
                            if (sources[j].Format == InputFormat.Pdf && !sources[j].IsStdin && !pdfs.ContainsKey(j))
                            {
                                var pdf = sources[j];
                                var token = stop.Token;
                                pdfs[j] = Task.Run(() => PdfTextReader.Read(pdf.Path, pdf.Length, options, token), token);
                            }
                        }

                        var task = pdfs[i];
                        pdfs.Remove(i);
                        yield return task.GetAwaiter().GetResult();
                        break;
                    default:
                        yield return ReadWholeFile(source, options);
                        break;
                }
            }
        }
        finally
        {
            stop.Cancel();
            foreach (var task in pdfs.Values)
            {
                try { task.Wait(TimeSpan.FromSeconds(10)); } catch (AggregateException) { }
            }
        }
    }

    private static Stream Open(string path, InputOptions options) =>
        options.OpenFile?.Invoke(path) ?? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);

    /// <summary>Opens a file, or says why it cannot be opened.</summary>
    private static InputError? TryOpen(string path, InputOptions options, out Stream? stream)
    {
        stream = null;
        try
        {
            if (Directory.Exists(path)) return new InputError(InputErrorKind.Unreadable, "is a folder that cannot be read");
            stream = Open(path, options);
            return null;
        }
        catch (FileNotFoundException)
        {
            return new InputError(InputErrorKind.NotFound, IsBrokenLink(path) ? "no such file (a broken symbolic link)" : "no such file");
        }
        catch (DirectoryNotFoundException)
        {
            return new InputError(InputErrorKind.NotFound, "no such file or folder");
        }
        catch (UnauthorizedAccessException)
        {
            return new InputError(InputErrorKind.Unreadable, "permission denied");
        }
        catch (IOException ex)
        {
            return new InputError(InputErrorKind.Unreadable, $"cannot be read: {ex.Message}");
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return new InputError(InputErrorKind.NotFound, $"not a valid path: {ex.Message}");
        }
    }

    private static bool IsBrokenLink(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.LinkTarget is not null && InputSource.SafeResolve(info) is null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    private static InputItem ReadWholeFile(InputSource source, InputOptions options)
    {
        var path = source.Path;
        var error = TryOpen(path, options, out var stream);
        if (error is not null) return new InputItem { Id = path, Error = error, Bytes = source.Length, Format = source.Format };

        PooledBytes? bytes = null;
        try
        {
            using (stream)
            {
                error = PooledBytes.TryReadAll(stream!, options.MaxInputBytes, out bytes);
            }
        }
        catch (UnauthorizedAccessException)
        {
            error = new InputError(InputErrorKind.Unreadable, "permission denied");
        }
        catch (IOException ex)
        {
            error = new InputError(InputErrorKind.Unreadable, $"cannot be read: {ex.Message}");
        }

        if (error is not null || bytes is null)
            return new InputItem { Id = path, Error = error ?? new InputError(InputErrorKind.Unreadable, "cannot be read"), Bytes = source.Length, Format = source.Format };

        using (bytes)
        {
            return Decode(path, bytes.Span, source.Format, options, "file");
        }
    }

    private static InputItem Decode(string id, ReadOnlySpan<byte> bytes, InputFormat format, InputOptions options, string what)
    {
        var error = Utf8Text.TryDecode(bytes, out var text, what);
        if (error is { Kind: InputErrorKind.InvalidUtf8 } && format == InputFormat.Html && HtmlCharset.TryDecode(bytes, out var declared, out _))
        {
            // an older page in the encoding it declares (windows-1252, iso-8859-1): read, not guessed
            error = null;
            text = declared;
        }

        if (error is not null) return new InputItem { Id = id, Error = error, Bytes = bytes.Length, Format = format };
        if (format != InputFormat.Html) return InputItem.Ok(new DocumentInput(id, text, options.DocumentDate), bytes.Length, format);

        HtmlArticle article;
        try
        {
            article = HtmlArticleReader.Read(text);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return InputItem.Failed(id, InputErrorKind.Unreadable, $"HTML could not be read: {ex.Message}", bytes.Length, format);
        }

        if (string.IsNullOrWhiteSpace(article.Text))
            return InputItem.Failed(id, InputErrorKind.Empty, "no article text in the HTML page", bytes.Length, format);
        return InputItem.Ok(new DocumentInput(id, article.Text, options.DocumentDate ?? article.PublishedDate), bytes.Length, format);
    }

    private static IEnumerable<InputItem> ReadJsonLinesFile(InputSource source, InputOptions options, CancellationToken cancellationToken)
    {
        var error = TryOpen(source.Path, options, out var stream);
        if (error is not null)
        {
            yield return new InputItem { Id = source.Path, Error = error, Bytes = source.Length, Format = InputFormat.JsonLines };
            yield break;
        }

        using (stream)
        {
            // errors while reading part-way become one more error record, after the lines read
            using var lines = JsonLinesReader.Read(new ReadGuardStream(stream!), source.Path, options, cancellationToken).GetEnumerator();
            while (true)
            {
                InputItem? item = null;
                InputError? failure = null;
                try
                {
                    if (!lines.MoveNext()) break;
                    item = lines.Current;
                }
                catch (ReadGuardStream.ReadFailedException ex)
                {
                    failure = new InputError(InputErrorKind.Unreadable, $"reading stopped: {ex.InnerException?.Message}");
                }

                if (failure is not null)
                {
                    yield return new InputItem { Id = source.Path, Error = failure, Format = InputFormat.JsonLines };
                    yield break;
                }

                yield return item!;
            }
        }
    }

    private static IEnumerable<InputItem> ReadStdin(Stream? stdin, InputOptions options, CancellationToken cancellationToken)
    {
        if (stdin is null)
        {
            yield return InputItem.Failed("-", InputErrorKind.Unreadable, "standard input is not available", 0, InputFormat.Text);
            yield break;
        }

        var format = options.StdinFormat;
        var stream = stdin;
        if (format == StdinFormat.Auto)
        {
            var (prefix, length) = ReadFirstLine(stdin, options.MaxInputBytes);
            format = LooksLikeJsonLine(prefix.AsSpan(0, length)) ? StdinFormat.JsonLines : StdinFormat.Text;
            stream = new PrefixedStream(prefix, length, stdin);
        }

        if (format == StdinFormat.JsonLines)
        {
            foreach (var item in JsonLinesReader.Read(stream, "-", options, cancellationToken)) yield return item;
            yield break;
        }

        InputItem result;
        InputError? error;
        PooledBytes? bytes;
        try
        {
            error = PooledBytes.TryReadAll(stream, options.MaxInputBytes, out bytes, "standard input");
        }
        catch (IOException ex)
        {
            error = new InputError(InputErrorKind.Unreadable, $"standard input cannot be read: {ex.Message}");
            bytes = null;
        }

        if (error is not null || bytes is null)
        {
            result = new InputItem { Id = "-", Error = error, Format = InputFormat.Text };
        }
        else
        {
            using (bytes) result = Decode("-", bytes.Span, InputFormat.Text, options, "standard input");
        }

        yield return result;
    }

    private static (byte[] Prefix, int Length) ReadFirstLine(Stream stream, long max)
    {
        var buffer = new byte[64 * 1024];
        int length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length >= max) break;
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, Array.MaxLength));
            }

            int read = stream.Read(buffer, length, buffer.Length - length);
            if (read == 0) break;
            int newline = buffer.AsSpan(length, read).IndexOf((byte)'\n');
            length += read;
            if (newline >= 0) break;
        }

        return (buffer, length);
    }

    /// <summary>True when the first line of <paramref name="bytes"/> is a JSON object with a top-level <c>text</c> property.</summary>
    internal static bool LooksLikeJsonLine(ReadOnlySpan<byte> bytes)
    {
        int newline = bytes.IndexOf((byte)'\n');
        var line = newline >= 0 ? bytes[..newline] : bytes;
        if (line.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) line = line[3..];
        line = line.Trim((ReadOnlySpan<byte>)" \t\r"u8);
        if (line.IsEmpty || line[0] != (byte)'{') return false;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("text"u8)) return true;
                reader.Read();
                reader.Skip();
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static long SafeLength(string path)
    {
        try { return new FileInfo(path).Length; } catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException) { return 0; }
    }
}
