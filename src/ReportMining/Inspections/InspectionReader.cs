using ReportMining.Ratings;

namespace ReportMining.Inspections;

/// <summary>
/// Reads the kind of document and an inspection report's own facts: the local authority (with
/// its code), the framework, the on-site dates, the lead inspector(s) and the graded
/// judgements. It looks at the first few thousand characters (title, "Inspection dates:",
/// "Lead inspector:", the judgement table or SIF list) and, for areas the table does not give,
/// the graded section headings, found by a vectorised search for their opening words.
/// </summary>
internal sealed class InspectionReader
{
    /// <summary>How much of the start of a document holds its header and judgement table.</summary>
    internal const int HeadLength = 6000;

    /// <summary>Fills <see cref="AnalysisContext.Kind"/> and <see cref="AnalysisContext.Inspection"/>.</summary>
    public void Read(AnalysisContext context)
    {
        var (kind, facts, _) = ReadText(context.Document.Text);
        context.Kind = kind;
        context.Inspection = facts;
    }

    /// <summary>Reads a text's kind and, for reports and visit letters, their facts.</summary>
    internal static (DocumentKind Kind, InspectionFacts? Facts, VisitDates? Dates) ReadText(string text)
    {
        int headEnd = Math.Min(text.Length, HeadLength);
        var head = text.AsSpan(0, headEnd);
        int datesLabel = FindLabel(head, "Inspection date");
        int titleEnd = datesLabel >= 0 ? datesLabel : Math.Min(headEnd, 1500);
        var title = head[..titleEnd];

        var type = ReportTypeOf(title, head, datesLabel);
        if (type == ReportType.None)
        {
            return (LooksLikeNews(text) ? DocumentKind.News : DocumentKind.Other, null, null);
        }

        var authority = LocalAuthorities.FindFirst(title) ?? LocalAuthorities.FindFirst(head);

        VisitDates? dates = null;
        if (datesLabel >= 0)
        {
            int colon = head[datesLabel..].IndexOf(':');
            if (colon >= 0 && colon < 20) dates = VisitDateParser.Parse(head[(datesLabel + colon + 1)..]);
        }

        if (dates is null && type is ReportType.FocusedVisit or ReportType.MonitoringVisit)
        {
            dates = LetterVisitDates(head);
        }

        var leads = LeadInspectors(text, head, type);

        var judgements = new List<Judgement>();
        if (type is ReportType.Ilacs or ReportType.Sif or ReportType.ReportUnknown)
        {
            ReadJudgements(text, headEnd, type, judgements);
            if (type == ReportType.ReportUnknown)
            {
                type = IsIlacsTable(judgements) ? ReportType.Ilacs : judgements.Count > 0 ? ReportType.Sif : ReportType.ReportUnknown;
            }
        }

        string? framework = type switch
        {
            ReportType.Ilacs => dates is { } d ? (d.FirstPartDays <= 7 ? "short" : "standard") : null,
            ReportType.Sif => "sif",
            ReportType.PreSifLac => "pre_sif_lac",
            ReportType.LscbReview => "lscb_review",
            ReportType.FocusedVisit => "focused_visit",
            ReportType.MonitoringVisit => "monitoring_visit",
            _ => null,
        };

        var kind = type switch
        {
            ReportType.FocusedVisit => DocumentKind.FocusedVisit,
            ReportType.MonitoringVisit => DocumentKind.MonitoringVisit,
            _ => DocumentKind.InspectionReport,
        };

        var facts = new InspectionFacts
        {
            LocalAuthority = authority?.Authority.Name,
            LaCode = authority?.Authority.Code,
            Framework = framework,
            Start = dates?.Start,
            End = dates?.End,
            LeadInspector = leads.Count > 0 ? leads[0] : null,
            LeadInspectors = leads,
            Judgements = judgements,
        };
        return (kind, facts, dates);
    }

    internal enum ReportType
    {
        None,
        Ilacs,
        Sif,
        PreSifLac,
        LscbReview,
        FocusedVisit,
        MonitoringVisit,
        ReportUnknown,
    }

    private static ReportType ReportTypeOf(ReadOnlySpan<char> title, ReadOnlySpan<char> head, int datesLabel)
    {
        var opening = head[..Math.Min(head.Length, 1500)];
        bool hasDates = datesLabel >= 0;
        // visit letters: "Focused visit to X children's services" as a heading, or "the findings of the focused visit"
        if (HasLine(title, "Focused visit to") || (hasDates && Has(title, "focused visit"))) return ReportType.FocusedVisit;
        if (HasLine(title, "Monitoring visit to") || (hasDates && Has(title, "monitoring visit"))) return ReportType.MonitoringVisit;
        if (!hasDates)
        {
            // reports print their inspection dates under the title; letters say what they are in their opening
            if (Has(opening, "findings of the focused visit") || Has(opening, "findings of a focused visit")) return ReportType.FocusedVisit;
            if (Has(opening, "findings of the monitoring visit") || Has(opening, "findings of a monitoring visit")) return ReportType.MonitoringVisit;
            return ReportType.None;
        }

        if (Has(title, "services for children in need of help") || Has(title, "re-inspection")) return ReportType.Sif;
        if (Has(title, "looked after children services") || Has(title, "inspection of looked after children")) return ReportType.PreSifLac;
        if (Has(title, "review of the effectiveness of the local safeguarding") && !Has(title, "children’s services") && !Has(title, "children's services")) return ReportType.LscbReview;
        if (Has(title, "local authority children") || Has(title, "children’s social care services") || Has(title, "children's social care services")) return ReportType.Ilacs;
        return Has(title, "inspection") ? ReportType.ReportUnknown : ReportType.None;
    }

    /// <summary>True when a line of <paramref name="s"/> starts with <paramref name="what"/>.</summary>
    private static bool HasLine(ReadOnlySpan<char> s, string what) => FindLabel(s, what) >= 0;

    private static bool Has(ReadOnlySpan<char> s, string what) => s.Contains(what, StringComparison.OrdinalIgnoreCase);

    /// <summary>Index of a header label ("Inspection dates:") at a line start, or -1.</summary>
    private static int FindLabel(ReadOnlySpan<char> head, string label)
    {
        int from = 0;
        while (from < head.Length)
        {
            int k = head[from..].IndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (k < 0) return -1;
            int at = from + k;
            int p = at - 1;
            while (p >= 0 && head[p] is ' ' or '\t' or '\r' or '\f') p--;
            if (p < 0 || head[p] == '\n') return at;
            from = at + label.Length;
        }

        return -1;
    }

    private static bool IsIlacsTable(List<Judgement> judgements)
    {
        foreach (var j in judgements)
        {
            if (j.Area is JudgementArea.ImpactOfLeaders) return true;
        }

        return false;
    }

    private static void ReadJudgements(string text, int headEnd, ReportType type, List<Judgement> into)
    {
        var head = text.AsSpan(0, headEnd);
        // the ILACS table: "Judgement" then "Grade", then label/grade blocks
        int table = FindLine(head, "Judgement");
        if (table >= 0)
        {
            JudgementReader.ReadTable(text, table, Math.Min(text.Length, table + 3000), into);
        }

        if (type != ReportType.Ilacs && into.Count == 0 || type == ReportType.Sif)
        {
            // SIF: "The overall judgement is ..." or "Children's services in X are ...", then a numbered list
            ReadSifHead(text, headEnd, into);
        }

        // areas the table did not give: the graded section headings
        if (type is ReportType.Ilacs or ReportType.ReportUnknown && (into.Count == 0 || into.Count < 4))
        {
            ReadHeadings(text, into);
        }

        into.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private static void ReadSifHead(string text, int headEnd, List<Judgement> into)
    {
        var head = text.AsSpan(0, headEnd);
        int listFrom = 0;
        int best = int.MaxValue, bestEnd = -1;
        Grade bestGrade = default;
        int bestStart = -1;
        foreach (var opening in OverallOpenings)
        {
            int overall = FindLine(head, opening);
            if (overall >= 0 && overall < best && JudgementReader.TryReadStatement(text, overall + opening.Length, 200, out var og, out int ogs, out int oge))
            {
                (best, bestGrade, bestStart, bestEnd) = (overall, og, ogs, oge);
            }
        }

        if (bestEnd > 0)
        {
            AddIfNew(into, JudgementArea.OverallEffectiveness, bestGrade, bestStart, bestEnd);
            listFrom = bestEnd;
        }

        int list = FindLine(head[listFrom..], "1. Children who need help");
        if (list < 0) list = FindLine(head[listFrom..], "1.");
        if (list >= 0)
        {
            list += listFrom;
            JudgementReader.ReadTable(text, list, Math.Min(text.Length, list + 3000), into, skipProse: true);
        }

        Grade g;
        int gs, ge;

        int lscb = head.IndexOf("Safeguarding Children Board (LSCB) is", StringComparison.OrdinalIgnoreCase);
        if (lscb < 0) lscb = head.IndexOf("effectiveness of the LSCB is", StringComparison.OrdinalIgnoreCase);
        if (lscb >= 0 && JudgementReader.TryReadStatement(text, lscb + 20, 120, out g, out gs, out ge))
        {
            AddIfNew(into, JudgementArea.Lscb, g, gs, ge);
        }
    }

    private static readonly string[] OverallOpenings = ["The overall judgement is", "Children’s services in", "Children's services in", "Children’s services", "Children's services"];

    private static readonly string[] HeadingOpenings =
        ["The experiences and progress of", "The experience and progress of", "The experiences of", "The impact of leaders", "Overall effectiveness"];

    internal static void ReadHeadings(string text, List<Judgement> into, int start = 0)
    {
        foreach (var opening in HeadingOpenings)
        {
            int from = start;
            while (from < text.Length)
            {
                int k = text.AsSpan(from).IndexOf(opening, StringComparison.Ordinal);
                if (k < 0) break;
                int at = from + k;
                from = at + opening.Length;
                if (at > 0 && text[at - 1] is not ('\n' or '\f')) continue;
                if (JudgementReader.TryReadHeading(text, at, out var area, out var grade, out int gs, out int ge))
                {
                    AddIfNew(into, area, grade, gs, ge);
                }
            }
        }
    }

    private static void AddIfNew(List<Judgement> into, JudgementArea area, Grade grade, int start, int end)
    {
        foreach (var j in into)
        {
            if (j.Area == area) return;
            // a combined area already graded covers its parts, and the other way round
            if (area is JudgementArea.ChildrenInCare or JudgementArea.CareLeavers && j.Area == JudgementArea.ChildrenInCareAndCareLeavers) return;
            if (area == JudgementArea.ChildrenInCareAndCareLeavers && j.Area is JudgementArea.ChildrenInCare or JudgementArea.CareLeavers) return;
        }

        into.Add(new Judgement { Area = area, Grade = grade, Start = start, End = end });
    }

    /// <summary>Start of the first line whose trimmed text starts with <paramref name="line"/>, or -1.</summary>
    private static int FindLine(ReadOnlySpan<char> head, string line)
    {
        int from = 0;
        while (from < head.Length)
        {
            int k = head[from..].IndexOf(line, StringComparison.Ordinal);
            if (k < 0) return -1;
            int at = from + k;
            int p = at - 1;
            while (p >= 0 && head[p] is ' ' or '\t' or '\r' or '\f') p--;
            int q = at + line.Length;
            bool wholeOrPrefix = line.EndsWith('.') || line.Contains(' ') || q >= head.Length || head[q] is '\n' or '\r' or ' ' or 's';
            if ((p < 0 || head[p] == '\n') && wholeOrPrefix) return at;
            from = at + line.Length;
        }

        return -1;
    }

    /// <summary>
    /// The lead inspector(s) after "Lead inspector:" or "Lead inspectors:" (on the same line or
    /// the next), without their title ("His Majesty’s Inspector", "HMI"); two leads joined by
    /// "and". SIF reports name theirs near the end, so the whole text is searched when the head
    /// has none.
    /// </summary>
    internal static List<string> LeadInspectors(string text, ReadOnlySpan<char> head, ReportType type)
    {
        var names = new List<string>();
        int at = FindLabel(head, "Lead inspector");
        if (at < 0 && type is not ReportType.FocusedVisit and not ReportType.MonitoringVisit)
        {
            int k = text.IndexOf("\nLead inspector", StringComparison.Ordinal);
            if (k >= 0) at = k + 1;
        }

        if (at >= 0)
        {
            int colon = text.IndexOf(':', at, Math.Min(24, text.Length - at));
            int valueStart = colon >= 0 ? colon + 1 : at + "Lead inspector".Length;
            InspectorNames.Read(text.AsSpan(valueStart, Math.Min(300, text.Length - valueStart)), names);
            return names;
        }

        if (type is ReportType.FocusedVisit or ReportType.MonitoringVisit)
        {
            InspectorNames.ReadFromLetter(head, names);
        }

        return names;
    }

    /// <summary>In a visit letter: the dates after "visit to ... on" in the opening ("on 10 and 11 July 2019").</summary>
    private static VisitDates? LetterVisitDates(ReadOnlySpan<char> head)
    {
        int from = 0;
        var opening = head[..Math.Min(head.Length, 2500)];
        while (from < opening.Length)
        {
            int k = opening[from..].IndexOf(" on ", StringComparison.Ordinal);
            if (k < 0) return null;
            int at = from + k + 4;
            var d = VisitDateParser.Parse(opening[at..]);
            if (d is not null) return d;
            from = at;
        }

        return null;
    }

    /// <summary>
    /// A news story names Ofsted or an inspection and a grade; an unrecognised text without them is "other".
    /// </summary>
    private static bool LooksLikeNews(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOf("Ofsted", StringComparison.OrdinalIgnoreCase) < 0 && span.IndexOf("inspector", StringComparison.OrdinalIgnoreCase) < 0) return false;
        return span.IndexOf("children", StringComparison.OrdinalIgnoreCase) >= 0 || span.IndexOf("council", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
