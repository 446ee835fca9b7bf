using ReportMining.Ratings;
using ReportMining.Text;

namespace ReportMining.Inspections;

/// <summary>The part of an inspection report a sentence sits in, from the heading above it.</summary>
internal enum ReportSection : byte
{
    /// <summary>No section: not an inspection report, or no heading was found.</summary>
    None,

    /// <summary>The title, dates and judgement table, before the first section.</summary>
    Head,

    /// <summary>A summary of the whole service: the opening after an ILACS judgement table, a SIF summary of findings, strengths, progress since the last inspection.</summary>
    Summary,

    /// <summary>What needs to improve: recommendations, areas for improvement, priority actions.</summary>
    Improve,

    /// <summary>The graded section on children who need help and protection.</summary>
    HelpAndProtection,

    /// <summary>The graded section on children in care (SIF: looked after and achieving permanence).</summary>
    ChildrenInCare,

    /// <summary>Adoption performance (SIF).</summary>
    Adoption,

    /// <summary>The graded section on care leavers.</summary>
    CareLeavers,

    /// <summary>Children in care and care leavers under one heading (ILACS before 2023).</summary>
    ChildrenInCareAndCareLeavers,

    /// <summary>The impact of leaders; SIF leadership, management and governance.</summary>
    Leadership,

    /// <summary>The review of the Local Safeguarding Children Board (SIF), with its own summary and recommendations.</summary>
    Lscb,

    /// <summary>The summary for children and young people.</summary>
    ChildrenSummary,

    /// <summary>Information about the local authority area: children living there, child protection and children looked after in figures.</summary>
    AreaInformation,

    /// <summary>About the inspection and the report: contents, what the judgements mean, the inspection team, Ofsted's boilerplate.</summary>
    About,
}

/// <summary>
/// Finds the sections of an inspection report in one pass over its sentences: each sentence that
/// is a section heading (headings are sentences of their own) opens a section, and every
/// sentence takes the section of the last heading before it. Graded headings (an area
/// and its grade after a colon, or SIF's heading with its grade below it) are read by <see cref="JudgementReader.TryReadHeading"/> and named by
/// <see cref="JudgementAreas.FromLabel"/>, as for the judgements; the rows of a judgement table,
/// which look the same, stay in <see cref="ReportSection.Head"/>. Other headings ("What needs to
/// improve?", "Information about this local authority area") are matched whole, ignoring case,
/// a closing "?" or ":" and a footnote number. Only sentences that start with a capital letter and
/// are short are looked at, and only their first letters are compared, so the pass costs little
/// more than reading the sentence starts.
/// </summary>
internal static class ReportSections
{
    /// <summary>Number of <see cref="ReportSection"/> values.</summary>
    public const int Count = (int)ReportSection.About + 1;

    /// <summary>Longest sentence read as a heading.</summary>
    private const int MaxHeading = 200;

    private enum Match : byte
    {
        /// <summary>The sentence is the heading (modulo a closing "?", ":" or footnote number).</summary>
        Whole,

        /// <summary>The sentence starts with the words and is short, without a closing full stop.</summary>
        Prefix,

        /// <summary>A prose sentence that starts with the words (boilerplate) opens the section.</summary>
        Sentence,

        /// <summary>A graded or ungraded area heading: the judgement area names the section.</summary>
        Area,
    }

    private static readonly (string Words, Match Match, ReportSection Section)[] Headings =
    [
        ("The experiences and progress of", Match.Area, ReportSection.None),
        ("The experience and progress of", Match.Area, ReportSection.None),
        ("Experiences and progress of", Match.Area, ReportSection.None),
        ("The impact of leaders", Match.Area, ReportSection.None),
        ("Leadership, management and governance", Match.Area, ReportSection.None),
        ("Adoption performance", Match.Area, ReportSection.None),
        ("The graded judgement", Match.Area, ReportSection.None),
        ("The graded judgment", Match.Area, ReportSection.None),
        ("Overall effectiveness", Match.Area, ReportSection.None),
        ("The experiences of", Match.Area, ReportSection.None),
        ("The Local Safeguarding Children Board", Match.Area, ReportSection.None),
        ("The effectiveness of the Local Safeguarding Children Board", Match.Area, ReportSection.None),
        ("The Local Safeguarding Children Board", Match.Prefix, ReportSection.Lscb),
        ("Inspection findings – the Local Safeguarding", Match.Prefix, ReportSection.Lscb),
        ("Inspection findings - the Local Safeguarding", Match.Prefix, ReportSection.Lscb),
        ("Section 2: The effectiveness of", Match.Prefix, ReportSection.Lscb),
        ("Inspection judgement about the LSCB", Match.Whole, ReportSection.Lscb),
        ("What does the LSCB need to improve", Match.Whole, ReportSection.Lscb),
        ("The LSCB", Match.Whole, ReportSection.Lscb),
        ("What needs to improve", Match.Prefix, ReportSection.Improve),
        ("What does the local authority need to improve", Match.Whole, ReportSection.Improve),
        ("Areas for improvement", Match.Whole, ReportSection.Improve),
        ("Recommendations", Match.Whole, ReportSection.Improve),
        ("Priority and immediate action", Match.Whole, ReportSection.Improve),
        ("Executive summary", Match.Whole, ReportSection.Summary),
        ("Summary of findings", Match.Whole, ReportSection.Summary),
        ("Summary of key findings", Match.Whole, ReportSection.Summary),
        ("The local authority’s strengths", Match.Whole, ReportSection.Summary),
        ("The local authority's strengths", Match.Whole, ReportSection.Summary),
        ("Progress since the last inspection", Match.Whole, ReportSection.Summary),
        ("The local authority", Match.Whole, ReportSection.Summary),
        ("Section 1: the local authority", Match.Whole, ReportSection.Summary),
        ("Summary for children and young people", Match.Whole, ReportSection.ChildrenSummary),
        ("Information about this local authority area", Match.Whole, ReportSection.AreaInformation),
        ("Information about this inspection", Match.Whole, ReportSection.About),
        ("What the inspection judgements mean", Match.Prefix, ReportSection.About),
        ("What the inspection judgments mean", Match.Prefix, ReportSection.About),
        ("Contents", Match.Whole, ReportSection.About),
        ("The Office for Standards in Education, Children’s Services and Skills", Match.Sentence, ReportSection.About),
        ("If you would like a copy of this document", Match.Sentence, ReportSection.About),
    ];

    /// <summary>
    /// Writes the section of every sentence of <paramref name="document"/> into
    /// <paramref name="into"/> (one per sentence). Sentences before the first heading are in
    /// <see cref="ReportSection.Head"/>. Returns false, with every sentence in
    /// <see cref="ReportSection.None"/>, when no heading is found.
    /// </summary>
    public static bool Find(Document document, Span<ReportSection> into)
    {
        var sentences = document.SentenceSpan;
        if (into.Length < sentences.Length) throw new ArgumentException("one section per sentence", nameof(into));
        into = into[..sentences.Length];
        var furniture = document.Furniture;
        int f = 0;
        var current = ReportSection.Head;
        bool found = false;
        int content = 0; // sentences read since the last heading
        bool lscbGraded = false; // the LSCB section was opened by its graded heading
        for (int i = 0; i < sentences.Length; i++)
        {
            // a heading that recurs (in the contents, at page breaks) is read as page furniture
            // and is not a sentence: take the ones before this sentence from the furniture lines
            for (; f < furniture.Count && furniture[f].Start < sentences[i].Start; f++)
            {
                var opened = HeadingIn(document.Text, furniture[f], out bool weak);
                if (opened != ReportSection.None) Open(opened, weak, false);
            }

            var heading = HeadingAt(document, i, out int through, out bool graded);
            if (heading == ReportSection.None)
            {
                into[i] = current;
                content++;
                continue;
            }

            if (through > i && IsTableRow(document, i, through))
            {
                // a row of the judgement table (label, then its grade): the table is the head, and
                // what follows it is the summary of the whole service
                found = true;
                for (int j = i; j <= through; j++) into[j] = ReportSection.Head;
                i = through;
                current = ReportSection.Summary;
                content = 0;
                continue;
            }

            Open(heading, IsWeak(heading, document.NormalizedSlice(sentences[i].Span).Trim()), graded);
            into[i] = current;
        }

        if (!found) into.Fill(ReportSection.None);
        return found;

        void Open(ReportSection heading, bool weak, bool graded)
        {
            found = true;

            // "The local authority", "The LSCB" head the parts of the explanation of the grades
            if (weak && current == ReportSection.About) return;

            // a summary or list of improvements inside the LSCB review belongs to the review (but
            // not in the contents, where the headings follow one another with nothing between)
            if (current == ReportSection.Lscb && (content > 0 || lscbGraded) && heading is ReportSection.Summary or ReportSection.Improve) heading = ReportSection.Lscb;
            if (heading == ReportSection.Lscb && current != ReportSection.Lscb) lscbGraded = graded;
            current = heading;
            content = 0;
        }
    }

    /// <summary>
    /// The section a line of page furniture opens: a heading matched whole or by its start, or a
    /// graded area heading at the top of a page (SIF sections start on a new page, and their
    /// heading lines, which the contents repeat, can be read as running headers).
    /// </summary>
    private static ReportSection HeadingIn(string text, TextSpan span, out bool weak)
    {
        weak = false;
        var line = text.AsSpan(span.Start, span.Length);
        int lead = 0;
        while (lead < line.Length && char.IsWhiteSpace(line[lead])) lead++;
        line = line[lead..].TrimEnd();
        if (line.Length < 7 || !char.IsUpper(line[0])) return ReportSection.None;
        foreach (var (words, match, section) in Headings)
        {
            if (line[0] != words[0] || !line.StartsWith(words, StringComparison.OrdinalIgnoreCase)) continue;
            switch (match)
            {
                case Match.Whole when IsWhole(line, words.Length):
                    weak = IsWeak(section, line);
                    return section;
                case Match.Prefix when line.Length <= MaxHeading && line[^1] != '.':
                    return section;
                case Match.Area when StartsPage(text, span.Start + lead)
                    && JudgementReader.TryReadHeading(text, span.Start + lead, out var judged, out _, out _, out _):
                    return SectionOf(judged);
            }
        }

        return ReportSection.None;
    }

    /// <summary>True when a form feed stands between the text before <paramref name="at"/> and it.</summary>
    private static bool StartsPage(string text, int at)
    {
        for (int i = at - 1; i >= 0 && char.IsWhiteSpace(text[i]); i--)
        {
            if (text[i] == '\f') return true;
        }

        return false;
    }

    /// <summary>"The local authority" and "The LSCB" on their own, which also head parts of the explanation of the grades.</summary>
    private static bool IsWeak(ReportSection section, ReadOnlySpan<char> heading) =>
        section is ReportSection.Summary or ReportSection.Lscb
        && (heading.StartsWith("The local authority", StringComparison.OrdinalIgnoreCase) || heading.StartsWith("The LSCB", StringComparison.OrdinalIgnoreCase))
        && heading.Length <= "The local authority".Length + 4;

    /// <summary>
    /// The section sentence <paramref name="i"/> opens as a heading, or <see cref="ReportSection.None"/>;
    /// <paramref name="through"/> is the last sentence of the heading (a later one when its grade
    /// stands below it, as in a judgement table or a SIF section heading); <paramref name="graded"/>
    /// is true for a judgement area's heading.
    /// </summary>
    private static ReportSection HeadingAt(Document document, int i, out int through, out bool graded)
    {
        through = i;
        graded = false;
        var span = document.SentenceSpan[i].Span;
        var sentence = Trim(document.NormalizedSlice(span));
        if (sentence.Length < 7 || !char.IsUpper(sentence[0])) return ReportSection.None;
        foreach (var (words, match, section) in Headings)
        {
            if (sentence[0] != words[0] || !sentence.StartsWith(words, StringComparison.OrdinalIgnoreCase)) continue;
            switch (match)
            {
                case Match.Sentence:
                    return section;
                case Match.Whole:
                    if (IsWhole(sentence, words.Length)) return section;
                    continue;
                case Match.Prefix:
                    if (sentence.Length <= MaxHeading && sentence[^1] != '.') return section;
                    continue;
                default:
                    var area = AreaHeading(document, i, sentence, out through);
                    graded = true;
                    if (area != ReportSection.None) return area;
                    graded = false;
                    through = i;
                    continue;
            }
        }

        return ReportSection.None;
    }

    /// <summary>
    /// An area heading: graded (the grade ends the heading's line, or stands below it as a sentence
    /// of its own) or a bare label without a full stop.
    /// </summary>
    private static ReportSection AreaHeading(Document document, int i, ReadOnlySpan<char> sentence, out int through)
    {
        through = i;
        var span = document.SentenceSpan[i].Span;
        int start = span.Start;
        while (start < span.End && !char.IsLetter(document.Text[start])) start++;
        if (JudgementReader.TryReadHeading(document.Text, start, out var judged, out _, out int gradeStart, out int gradeEnd))
        {
            if (gradeStart >= span.End)
            {
                // the grade stands below: it must be the next sentence, on its own
                through = i + 1;
                if (sentence.Length > MaxHeading || sentence[^1] == '.' || through >= document.SentenceSpan.Length
                    || !IsBareGrade(document, through) || document.SentenceAt(gradeStart) != through)
                {
                    return ReportSection.None;
                }
            }
            else if (!EndsLine(document.Text, gradeEnd, span.End))
            {
                // "... is good." closing a sentence of prose, not a heading
                return ReportSection.None;
            }

            return SectionOf(judged);
        }

        if (sentence.Length > MaxHeading || sentence[^1] == '.') return ReportSection.None;
        return JudgementAreas.FromLabel(sentence) is { } area ? SectionOf(area) : ReportSection.None;
    }

    /// <summary>
    /// True when the grade ending at <paramref name="end"/> ends its line and the sentence goes on
    /// after it (a heading the sentence splitter joined to the text below it), or ends the sentence
    /// without a full stop.
    /// </summary>
    private static bool EndsLine(string text, int end, int sentenceEnd)
    {
        int i = end;
        while (i < sentenceEnd && text[i] is ' ' or '\t' or '\r' or ':') i++;
        if (i >= sentenceEnd) return true;
        return text[i] is '\n' or '\f';
    }

    /// <summary>
    /// A graded label with its grade below it is a row of a judgement table, not a section heading,
    /// when a grade stands just before it or another such label follows its grade.
    /// </summary>
    private static bool IsTableRow(Document document, int label, int grade)
    {
        if (label > 0 && IsBareGrade(document, label - 1)) return true;
        int next = grade + 1;
        if (next >= document.SentenceSpan.Length) return false;
        var sentence = Trim(document.NormalizedSlice(document.SentenceSpan[next].Span));
        if (sentence.Length < 7 || !char.IsUpper(sentence[0])) return false;
        foreach (var (words, match, _) in Headings)
        {
            if (match != Match.Area || !sentence.StartsWith(words, StringComparison.OrdinalIgnoreCase)) continue;
            return AreaHeading(document, next, sentence, out int through) != ReportSection.None && through > next;
        }

        return false;
    }

    /// <summary>A sentence that is a grade and nothing else ("Good", "Requires improvement to be good").</summary>
    private static bool IsBareGrade(Document document, int i)
    {
        var span = document.SentenceSpan[i].Span;
        var normalized = document.Normalized;
        int start = span.Start;
        while (start < span.End && char.IsWhiteSpace(normalized[start])) start++;
        int end = GradePhrase.Match(normalized[..span.End], start, out _);
        if (end < 0) return false;
        while (end < span.End && (char.IsWhiteSpace(normalized[end]) || normalized[end] == '.')) end++;
        return end >= span.End;
    }

    /// <summary>True when <paramref name="sentence"/> is the heading's words and at most a closing "?", ":" or footnote number.</summary>
    private static bool IsWhole(ReadOnlySpan<char> sentence, int length)
    {
        var rest = sentence[length..];
        foreach (char c in rest)
        {
            if (!(c is '?' or ':' or ' ' || char.IsAsciiDigit(c))) return false;
        }

        return rest.Length <= 4;
    }

    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> sentence) => sentence.Trim();

    private static ReportSection SectionOf(JudgementArea area) => area switch
    {
        JudgementArea.OverallEffectiveness => ReportSection.Summary,
        JudgementArea.ImpactOfLeaders or JudgementArea.LeadershipManagementGovernance => ReportSection.Leadership,
        JudgementArea.HelpAndProtection => ReportSection.HelpAndProtection,
        JudgementArea.ChildrenInCare => ReportSection.ChildrenInCare,
        JudgementArea.CareLeavers => ReportSection.CareLeavers,
        JudgementArea.ChildrenInCareAndCareLeavers => ReportSection.ChildrenInCareAndCareLeavers,
        JudgementArea.Adoption => ReportSection.Adoption,
        JudgementArea.Lscb => ReportSection.Lscb,
        _ => ReportSection.None,
    };
}
