using System.Text;

namespace ReportMining.Tests.Support;

/// <summary>A fresh folder under the system temp folder, deleted (with anything chmod-ed back) on dispose.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reportmining-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a UTF-8 text file (no byte order mark) and returns its path.</summary>
    public string Write(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            if (!OperatingSystem.IsWindows()) MakeWritable(new DirectoryInfo(Path));
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    // undo chmod 000 so the folder can be deleted; never follows symbolic links (tests make link loops)
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void MakeWritable(DirectoryInfo folder)
    {
        folder.UnixFileMode |= UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null) continue;
            if (entry is DirectoryInfo sub) MakeWritable(sub);
            else entry.UnixFileMode |= UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
    }
}

/// <summary>A fact that needs a process that cannot read a chmod 000 file (not root); skipped with a message otherwise.</summary>
public sealed class UnprivilegedFactAttribute : FactAttribute
{
    public UnprivilegedFactAttribute()
    {
        if (Environment.IsPrivilegedProcess || OperatingSystem.IsWindows())
            Skip = "running as root (or on Windows): permissions do not stop this process reading a chmod 000 file; the unreadable path is covered through the file-open seam instead.";
    }
}

/// <summary>A fact that needs poppler's pdftotext; skipped with a message when it is not installed.</summary>
public sealed class PdfFactAttribute : FactAttribute
{
    public PdfFactAttribute()
    {
        if (!PdfTool.Installed) Skip = "pdftotext (Debian package poppler-utils) is not installed: PDF test skipped.";
    }
}

public static class PdfTool
{
    public static bool Installed { get; } = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
        .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Any(dir => File.Exists(System.IO.Path.Combine(dir, "pdftotext")));
}
