namespace ReportMining.Input;

/// <summary>
/// One file (or standard input) to read, found by <see cref="InputSource.Expand"/> from the
/// paths given: folders are walked recursively in a fixed order, so the sources (and so the
/// output) are the same on every run.
/// </summary>
public sealed record InputSource
{
    /// <summary>The path (as given, or joined under the folder given); <c>-</c> for standard input.</summary>
    public required string Path { get; init; }

    /// <summary>How it will be read.</summary>
    public InputFormat Format { get; init; }

    /// <summary>Its size in bytes when known (0 for standard input and missing files).</summary>
    public long Length { get; init; }

    /// <summary>True for standard input.</summary>
    public bool IsStdin => Path == "-";

    /// <summary>True when the source may hold several documents (JSONL, or standard input that may be JSONL).</summary>
    public bool MayHoldMany => Format == InputFormat.JsonLines || IsStdin;

    /// <summary>The folder walk's limit on nesting, a last guard against symbolic link cycles the loop check cannot see.</summary>
    public const int MaxDepth = 128;

    /// <summary>
    /// Turns paths into sources. A file is read by its extension (<c>.txt</c>, <c>.html</c>,
    /// <c>.htm</c>, <c>.pdf</c>, <c>.jsonl</c>; a file named explicitly with any other extension is read as
    /// text). A folder is walked recursively: entries sorted by name (ordinal), hidden entries (names
    /// starting with <c>.</c>) left out, files with other extensions skipped with a note, symbolic links
    /// followed but every folder visited once (no loops). A path that does not exist is still a source
    /// (it gives a <see cref="InputErrorKind.NotFound"/> error when read), so nothing asked for is dropped.
    /// </summary>
    /// <param name="paths">Files, folders, or <c>-</c> for standard input.</param>
    /// <param name="stdinFormat">How standard input will be read.</param>
    /// <param name="note">Receives a line for each file skipped; may be null.</param>
    public static List<InputSource> Expand(IEnumerable<string> paths, StdinFormat stdinFormat = StdinFormat.Auto, Action<string>? note = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var sources = new List<InputSource>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                sources.Add(new InputSource { Path = "-", Format = stdinFormat == StdinFormat.JsonLines ? InputFormat.JsonLines : InputFormat.Text });
            }
            else if (Directory.Exists(path))
            {
                var visited = new HashSet<string>(StringComparer.Ordinal);
                Walk(path, CanonicalDirectory(path), 0, visited, sources, note);
            }
            else
            {
                sources.Add(new InputSource { Path = path, Format = FormatOf(path) ?? InputFormat.Text, Length = LengthOf(path) });
            }
        }

        return sources;
    }

    /// <summary>The format a file extension names, or null when it names none.</summary>
    public static InputFormat? FormatOf(string path)
    {
        var ext = System.IO.Path.GetExtension(path);
        if (ext.Equals(".txt", StringComparison.OrdinalIgnoreCase) || ext.Equals(".text", StringComparison.OrdinalIgnoreCase)) return InputFormat.Text;
        if (ext.Equals(".html", StringComparison.OrdinalIgnoreCase) || ext.Equals(".htm", StringComparison.OrdinalIgnoreCase) || ext.Equals(".xhtml", StringComparison.OrdinalIgnoreCase)) return InputFormat.Html;
        if (ext.Equals(".pdf", StringComparison.OrdinalIgnoreCase)) return InputFormat.Pdf;
        if (ext.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || ext.Equals(".ndjson", StringComparison.OrdinalIgnoreCase)) return InputFormat.JsonLines;
        return null;
    }

    private static void Walk(string folder, string canonical, int depth, HashSet<string> visited, List<InputSource> sources, Action<string>? note)
    {
        if (!visited.Add(canonical))
        {
            note?.Invoke($"{folder}: skipped, a symbolic link to a folder already read");
            return;
        }

        if (depth > MaxDepth)
        {
            note?.Invoke($"{folder}: skipped, nested more than {MaxDepth} folders deep");
            return;
        }

        FileSystemInfo[] entries;
        try
        {
            entries = new DirectoryInfo(folder).GetFileSystemInfos();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // an unreadable folder is an input that failed: keep it as a source that will give the error
            sources.Add(new InputSource { Path = folder, Format = InputFormat.Text });
            return;
        }

        Array.Sort(entries, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.')) continue;
            var path = System.IO.Path.Combine(folder, entry.Name);
            if (entry is DirectoryInfo dir)
            {
                string childCanonical = canonical + System.IO.Path.DirectorySeparatorChar + entry.Name;
                if (dir.LinkTarget is not null)
                {
                    var target = SafeResolve(dir);
                    if (target is null)
                    {
                        note?.Invoke($"{path}: skipped, a broken symbolic link");
                        continue;
                    }

                    childCanonical = target;
                }

                Walk(path, childCanonical, depth + 1, visited, sources, note);
            }
            else
            {
                var format = FormatOf(entry.Name);
                if (format is null)
                {
                    if (entry.LinkTarget is not null)
                    {
                        if (SafeResolve(entry) is { } t && Directory.Exists(t))
                        {
                            // a link to a folder that .NET listed as a file
                            Walk(path, t, depth + 1, visited, sources, note);
                        }
                        else if (!File.Exists(path))
                        {
                            note?.Invoke($"{path}: skipped, a symbolic link that cannot be followed (broken, or a loop)");
                        }
                        else
                        {
                            note?.Invoke($"{path}: skipped, not a .txt, .html, .htm, .pdf or .jsonl file");
                        }

                        continue;
                    }

                    note?.Invoke($"{path}: skipped, not a .txt, .html, .htm, .pdf or .jsonl file");
                    continue;
                }

                sources.Add(new InputSource { Path = path, Format = format.Value, Length = LengthOf(path) });
            }
        }
    }

    private static string CanonicalDirectory(string path)
    {
        var info = new DirectoryInfo(System.IO.Path.GetFullPath(path));
        return (info.LinkTarget is not null ? SafeResolve(info) : null) ?? info.FullName.TrimEnd(System.IO.Path.DirectorySeparatorChar);
    }

    /// <summary>The final target of a symbolic link, or null when it is broken or loops.</summary>
    internal static string? SafeResolve(FileSystemInfo info)
    {
        try
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is null || !target.Exists ? null : target.FullName.TrimEnd(System.IO.Path.DirectorySeparatorChar);
        }
        catch (IOException)
        {
            return null; // a cycle of links, or too many levels of links
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static long LengthOf(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? info.Length : 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }
}
