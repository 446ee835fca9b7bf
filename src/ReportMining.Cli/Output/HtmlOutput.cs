using System.Text;
using ReportMining.Output;

namespace ReportMining.Cli.Output;

/// <summary><c>extract --format html</c>: one self-contained page, with a section per document.</summary>
internal static class HtmlOutput
{
    /// <summary>Writes the page for <paramref name="analyses"/> (written as they come) to <paramref name="stream"/> as UTF-8.</summary>
    /// <param name="stream">Where to write; left open.</param>
    /// <param name="analyses">The analyses, each carrying its text.</param>
    /// <param name="title">The page title: the file name for one document.</param>
    public static void Write(Stream stream, IEnumerable<ReportAnalysis> analyses, string? title)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true);
        ReportHtml.WritePage(writer, analyses, title);
    }

    /// <summary>The page title for the paths given on the command line.</summary>
    public static string Title(IReadOnlyList<string> paths) =>
        paths.Count == 1 && paths[0] != "-" && !Directory.Exists(paths[0]) ? Path.GetFileName(paths[0]) : "ReportMining report";
}
