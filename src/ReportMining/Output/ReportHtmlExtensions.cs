using ReportMining.Output;

namespace ReportMining;

/// <summary>The visual report as an extension of <see cref="ReportAnalysis"/> (see <see cref="ReportHtml"/>).</summary>
public static class ReportHtmlExtensions
{
    /// <summary>
    /// The analysis as a self-contained HTML page: the analysed text with every item highlighted,
    /// the facts, and a chart per service area. In a Polyglot Notebook: <c>display(HTML(analysis.ToHtml()))</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">When <paramref name="analysis"/> is null.</exception>
    public static string ToHtml(this ReportAnalysis analysis) => ReportHtml.Render(analysis);

    /// <summary>The analysis of <paramref name="text"/> as a self-contained HTML page.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="analysis"/> is null.</exception>
    public static string ToHtml(this ReportAnalysis analysis, string text) => ReportHtml.Render(text, analysis);
}
