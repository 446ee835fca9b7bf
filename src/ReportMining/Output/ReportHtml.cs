using System.Text;

namespace ReportMining.Output;

/// <summary>
/// The visual report: a self-contained HTML page (inline CSS, JavaScript and SVG; nothing is
/// fetched from the network) showing the document's text with every extracted item highlighted
/// in place, hover tooltips with the items' values, a legend, the inspection facts and a chart
/// of the sentiment per service area.
/// </summary>
/// <remarks>
/// The page reads well in a browser and inside a notebook output: all of its styles are scoped
/// to the <c>rm-report</c> element, so <c>display(HTML(analysis.ToHtml()))</c> in a Polyglot
/// Notebook shows the same report without restyling the notebook. Every character of the text
/// and of the values is HTML-escaped.
/// </remarks>
/// <example>
/// <code>
/// var analysis = new ReportMiner().Analyze(text);
/// File.WriteAllText("report.html", analysis.ToHtml());
/// </code>
/// </example>
public static class ReportHtml
{
    /// <summary>
    /// A whole HTML page for one analysis, showing <see cref="ReportAnalysis.SourceText"/>; when the
    /// analysis carries no text (read back from JSON, say) the page shows the facts, the chart and
    /// the item tables only.
    /// </summary>
    /// <exception cref="ArgumentNullException">When <paramref name="analysis"/> is null.</exception>
    public static string Render(ReportAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Render(analysis.SourceText, analysis);
    }

    /// <summary>A whole HTML page for one analysis of <paramref name="text"/>.</summary>
    /// <param name="text">The text that was analysed (the spans index into it); null when it is not at hand.</param>
    /// <param name="analysis">The analysis.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="analysis"/> is null.</exception>
    public static string Render(string? text, ReportAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var sb = new StringBuilder(EstimateCapacity(text));
        HtmlReportBuilder.PageStart(sb, analysis.Id ?? "ReportMining report");
        HtmlReportBuilder.Section(sb, text, analysis);
        HtmlReportBuilder.PageEnd(sb);
        return sb.ToString();
    }

    /// <summary>
    /// The report of one analysis as an HTML fragment (a single <c>div</c> element that brings its
    /// own scoped styles and script) to embed in another page or a notebook output.
    /// </summary>
    /// <param name="text">The text that was analysed; null to use <see cref="ReportAnalysis.SourceText"/>.</param>
    /// <param name="analysis">The analysis.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="analysis"/> is null.</exception>
    public static string RenderFragment(string? text, ReportAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var sb = new StringBuilder(EstimateCapacity(text ?? analysis.SourceText));
        sb.Append("<div class=\"rm-page\">");
        HtmlReportBuilder.Style(sb);
        HtmlReportBuilder.Section(sb, text ?? analysis.SourceText, analysis);
        HtmlReportBuilder.Script(sb);
        sb.Append("</div>");
        return sb.ToString();
    }

    /// <summary>Writes one page with a section per analysis (each showing its <see cref="ReportAnalysis.SourceText"/>).</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="analyses">The analyses, written in order as they come.</param>
    /// <param name="title">The page title.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="writer"/> or <paramref name="analyses"/> is null.</exception>
    public static void WritePage(TextWriter writer, IEnumerable<ReportAnalysis> analyses, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analyses);
        using var page = new ReportHtmlWriter(writer, title);
        foreach (var analysis in analyses) page.Write(analysis);
        page.Complete();
    }

    private static int EstimateCapacity(string? text) =>
        (int)Math.Min(int.MaxValue / 2, 16 * 1024 + 2L * (text?.Length ?? 0));
}
