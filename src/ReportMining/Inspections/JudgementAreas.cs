using ReportMining.Ratings;

namespace ReportMining.Inspections;

/// <summary>
/// Recognises the judgement area a label names: the rows of an ILACS judgement table ("The
/// experiences and progress of children in care and care leavers"), graded section headings,
/// SIF list items ("2. Children looked after and achieving permanence", "2.1 Adoption
/// performance"), and the phrases news and prose use ("work with looked-after children and
/// care leavers").
/// </summary>
internal static class JudgementAreas
{
    /// <summary>The area a judgement label names, or null when it names none.</summary>
    public static JudgementArea? FromLabel(ReadOnlySpan<char> label)
    {
        Span<char> buffer = stackalloc char[Math.Min(label.Length, 400)];
        int n = Collapse(label, buffer);
        var s = buffer[..n];
        if (s.Contains("overall effectiveness", StringComparison.Ordinal) || s.Contains("overall judgement", StringComparison.Ordinal)) return JudgementArea.OverallEffectiveness;
        if (s.Contains("impact of leaders", StringComparison.Ordinal)) return JudgementArea.ImpactOfLeaders;
        if (s.Contains("management and governance", StringComparison.Ordinal)) return JudgementArea.LeadershipManagementGovernance;
        if (s.Contains("safeguarding children board", StringComparison.Ordinal) || s.Contains("lscb", StringComparison.Ordinal)) return JudgementArea.Lscb;
        if (s.Contains("help and protection", StringComparison.Ordinal)) return JudgementArea.HelpAndProtection;
        if (s.Contains("adoption", StringComparison.Ordinal)) return JudgementArea.Adoption;
        bool leavers = s.Contains("care leavers", StringComparison.Ordinal) || s.Contains("leaving care", StringComparison.Ordinal);
        bool inCare = s.Contains("in care", StringComparison.Ordinal) || s.Contains("looked after", StringComparison.Ordinal)
            || s.Contains("looked-after", StringComparison.Ordinal) || s.Contains("permanence", StringComparison.Ordinal);
        if (leavers && inCare) return JudgementArea.ChildrenInCareAndCareLeavers; // graded together (ILACS before 2023)

        if (leavers) return JudgementArea.CareLeavers;
        if (inCare) return JudgementArea.ChildrenInCare;
        return null;
    }

    /// <summary>Lower-cases and collapses white space and soft hyphens; returns the length written.</summary>
    private static int Collapse(ReadOnlySpan<char> text, Span<char> into)
    {
        int n = 0;
        bool space = false;
        foreach (char c in text)
        {
            if (n >= into.Length) break;
            if (c == '\u00AD') continue;
            if (char.IsWhiteSpace(c))
            {
                space = n > 0;
                continue;
            }

            if (space && n < into.Length) into[n++] = ' ';
            space = false;
            if (n < into.Length) into[n++] = c == '’' ? '\'' : char.ToLowerInvariant(c);
        }

        return n;
    }
}
