using System.Text.RegularExpressions;
using ReportMining.Output;

namespace ReportMining.Tests.Support;

/// <summary>Checks that every span of an analysis lies inside its text and every value is well formed.</summary>
public static partial class AnalysisInvariants
{
    /// <summary>The problems found; empty when the analysis is sound.</summary>
    public static List<string> Problems(string text, ReportAnalysis a)
    {
        var p = new List<string>();
        void Span(string what, int start, int end)
        {
            if (start < 0 || end > text.Length || start > end) p.Add($"{what}: span [{start},{end}) outside text of length {text.Length}");
        }

        void Slice(string what, string value, int start, int end)
        {
            Span(what, start, end);
            if (start >= 0 && end <= text.Length && start <= end && !string.Equals(text[start..end], value, StringComparison.Ordinal))
                p.Add($"{what}: text '{Short(value)}' differs from slice '{Short(text[start..end])}'");
        }

        foreach (var r in a.Ratings) Slice("rating", r.Text, r.Start, r.End);
        foreach (var d in a.Dates)
        {
            Slice("date", d.Text, d.Start, d.End);
            if (!IsTimex(d.Value)) p.Add($"date '{Short(d.Text)}': value '{d.Value}' is not TIMEX3");
        }

        foreach (var m in a.Percentages)
        {
            Slice("percentage", m.Text, m.Start, m.End);
            if (!double.IsFinite(m.Value)) p.Add($"percentage '{Short(m.Text)}': value {m.Value} is not finite");
        }

        foreach (var q in a.Quotes)
        {
            Slice("quote", q.Text, q.Start, q.End);
            if (q.SpeakerStart is { } ss && q.SpeakerEnd is { } se) Span("speaker", ss, se);
            if (q.Confidence is < 0 or > 1 || double.IsNaN(q.Confidence)) p.Add($"quote confidence {q.Confidence}");
        }

        foreach (var area in a.ServiceAreas)
        {
            if (area.Score is < -1 or > 1 || double.IsNaN(area.Score)) p.Add($"area {area.Area}: score {area.Score}");
            foreach (var e in area.Evidence)
            {
                Span($"evidence of {area.Area}", e.Start, e.End);
                if (e.Confidence is < 0 or > 1 || double.IsNaN(e.Confidence)) p.Add($"evidence confidence {e.Confidence}");
            }
        }

        if (a.Inspection is { } inspection)
        {
            foreach (var j in inspection.Judgements) Span($"judgement {j.Area}", j.Start, j.End);
        }

        return p;
    }

    /// <summary>The analysis as JSON, for comparing runs.</summary>
    public static string Json(ReportAnalysis a) => ReportJson.Serialize(a, indented: false);

    /// <summary>True for a TIMEX3 value: dates, weeks, quarters, seasons, decades, references, durations, times, sets, and a/b ranges of them.</summary>
    public static bool IsTimex(string value)
    {
        if (string.IsNullOrEmpty(value)) return false;
        var parts = value.Split('/');
        if (parts.Length > 2) return false;
        return parts.All(part => TimexPart().IsMatch(part));
    }

    [GeneratedRegex(@"^(?:PRESENT_REF|PAST_REF|FUTURE_REF|P(?:T?(?:\d+(?:\.\d+)?|X)[YMWDHSQ]|(?:\d+|X)(?:DE|CE|ML|Q|FY))+|T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|MI|DT)|(?:\d{4}|\d{3}X|\d{2}XX|XXXX|FY\d{4})(?:-(?:\d{2}|W\d{2}|WXX|Q[1-4X]|H[12]|SP|SU|FA|WI|XX))?(?:-(?:\d{2}|[1-7]|WE|XX))?(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|MI|DT))?)$")]
    private static partial Regex TimexPart();

    private static string Short(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
