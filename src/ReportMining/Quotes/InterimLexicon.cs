using ReportMining.Sentiment;
using ReportMining.Text;

namespace ReportMining.Quotes;

/// <summary>
/// INTERIM stance and area reading for quotes, used only while the sentence models answer with
/// zero confidence (untrained). A small lexicon of praise and criticism words from inspection
/// writing, with negators ("not", "no", "never", "lack") that turn the praise words after them
/// into criticism, "need to"/"is needed" read as a shortfall, and "requires improvement" read as
/// criticism. Areas come from a short list of area words (LABELLING.md's cue words). Replaced by
/// the models' answer as soon as they give one; see <see cref="StanceReader"/>.
/// </summary>
internal static class InterimLexicon
{
    private enum WordClass : byte
    {
        None,
        Positive,
        Negative,
        Negator,
        Need,
        Improvement,
        Be,
    }

    private static readonly string[] PositiveWords =
    [
"improved", "improving", "improvements", "good", "strong", "stronger", "strengthened", "effective", "effectively", "valued",
        "supported", "appreciated", "enjoy", "enjoying", "swift", "swiftly", "timely", "appropriate", "thoughtful", "sensitive",
        "transformed", "transformation", "sustained", "progress", "rigorous", "clear", "clearly", "consistently", "better", "great",
        "outstanding", "excellent", "proud", "delighted", "pleased", "positive", "robust", "rewards", "priority", "manageable",
        "accelerated", "thorough", "comprehensive", "impressive", "safer", "stable", "stability", "success", "successful", "committed",
        "creative", "well", "understood", "increased", "capacity", "welcome", "praised", "commended", "strengths",
        "strength", "highly", "effectiveness", "confident", "encouraging", "significantly", "dramatically", "quality", "want"
    ];

    private static readonly string[] NegativeWords =
    [
"poor", "poorly", "inadequate", "weak", "weakness", "weaknesses", "undermined", "turnover", "challenge", "challenges",
        "vacancy", "vacancies", "delay", "delays", "delayed", "drift", "lack", "lacking", "insufficient", "inconsistent",
        "inconsistently", "concern", "concerns", "concerning", "failed", "failing", "fails", "failure", "failures", "shortfall",
        "shortfalls", "unacceptable", "worse", "worsened", "declined", "deteriorated", "harm", "slow", "too", "gaps", "limited",
        "variable", "unclear", "ineffective", "unsafe", "unstable", "overdue", "backlog", "frequent", "disappointed", "disappointing",
        "worried", "worrying", "serious", "ongoing", "pretend", "struggle", "struggling", "yet", "deficit", "deficits"
    ];

    private static readonly string[] NegatorWords =
    [
"not", "no", "never", "without", "nor", "cannot", "lack", "isn't", "aren't", "wasn't", "don't", "doesn't", "didn't", "isn’t",
        "aren’t", "wasn’t", "don’t", "doesn’t", "didn’t"
    ];

    /// <summary>Every word the stance reading knows, with its class: one look-up per token.</summary>
    private static readonly Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> Classes = BuildClasses();

    private static Dictionary<string, WordClass>.AlternateLookup<ReadOnlySpan<char>> BuildClasses()
    {
        var d = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in PositiveWords) d[w] = WordClass.Positive;
        foreach (var w in NegativeWords) d[w] = WordClass.Negative;
        foreach (var w in NegatorWords) d[w] = WordClass.Negator;
        foreach (var w in (string[])["need", "needs", "needed"]) d[w] = WordClass.Need;
        foreach (var w in (string[])["improvement", "improving"]) d[w] = WordClass.Improvement;
        foreach (var w in (string[])["is", "are", "was", "were", "be"]) d[w] = WordClass.Be;
        return d.ToDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static WordClass ClassOf(ReadOnlySpan<char> w) => Classes.TryGetValue(w, out var c) ? c : WordClass.None;

    /// <summary>The stance of <paramref name="words"/> and a heuristic confidence.</summary>
    public static (Stance Stance, double Confidence) Stance(ReadOnlySpan<char> words)
    {
        int pos = 0, neg = 0;
        int flip = 0;
        var prevClass = WordClass.None;
        ReadOnlySpan<char> prev = default, prev2 = default;
        Span<char> buffer = stackalloc char[32];
        bool pendingNeed = false;
        foreach (var token in Tokenizer.Tokenize(words))
        {
            if (token.Kind != TokenKind.Word)
            {
                if (token.Kind == TokenKind.Punctuation && words[token.Start] is ',' or '.' or ';' or ':' or '–' or '—') flip = 0;
                pendingNeed = false;
                prev2 = prev;
                prev = default;
                prevClass = WordClass.None;
                continue;
            }

            var w = Clean(words.Slice(token.Start, token.Length), buffer);
            var cls = ClassOf(w);
            // "need to", "is needed", "needs improvement": a shortfall (but "children’s needs" is a noun)
            if (pendingNeed)
            {
                if (w is "to" or "improvement" or "improving" or "development" or "more" or "further" or "be") neg += 2;
                pendingNeed = false;
            }

            switch (cls)
            {
                case WordClass.Need:
                    if (prevClass == WordClass.Be) neg += 2;
                    else pendingNeed = true;
                    break;
                case WordClass.Improvement when prev.StartsWith("requir", StringComparison.OrdinalIgnoreCase) || prev2.StartsWith("requir", StringComparison.OrdinalIgnoreCase):
                    neg += 2;
                    break;
                case WordClass.Negator:
                    neg++;
                    flip = 3;
                    break;
                case WordClass.Positive:
                    if (flip > 0) neg++;
                    else pos++;
                    break;
                case WordClass.Negative:
                    neg++;
                    break;
                case WordClass.None when w.IndexOf('-') > 0:
                    // hyphenated words: well-targeted, good-quality (praise), under-resourced
                    var head = ClassOf(w[..w.IndexOf('-')]);
                    if (head == WordClass.Positive && ClassOf(w[(w.IndexOf('-') + 1)..]) != WordClass.Negative)
                    {
                        if (flip > 0) neg++;
                        else pos++;
                    }
                    else if (head == WordClass.Negative)
                    {
                        neg++;
                    }

                    break;
            }

            if (flip > 0 && cls != WordClass.Negator) flip--;
            prev2 = prev;
            prev = words.Slice(token.Start, token.Length);
            prevClass = cls;
        }

        if (pos == 0 && neg == 0) return (Quotes.Stance.Neutral, 0.5);
        if (neg == 0) return (Quotes.Stance.Praise, Math.Min(0.8, 0.55 + 0.05 * pos));
        if (pos == 0) return (Quotes.Stance.Criticism, Math.Min(0.8, 0.55 + 0.05 * neg));
        if (pos >= 2 * neg) return (Quotes.Stance.Praise, 0.55);
        if (neg >= 2 * pos) return (Quotes.Stance.Criticism, 0.55);
        return (Quotes.Stance.Mixed, 0.55);
    }

    /// <summary>True when <paramref name="words"/> say something is lacking or still needed ("is needed to", "not", "fails to").</summary>
    public static bool HasShortfall(ReadOnlySpan<char> words)
    {
        ReadOnlySpan<char> prev = default, current = default;
        foreach (var token in Tokenizer.Tokenize(words))
        {
            if (token.Kind != TokenKind.Word) continue;
            var w = words.Slice(token.Start, token.Length);
            // "is needed", "needs to", "need more"; not "children in need"
            if (current is "need" or "needs" or "needed" && (w is "to" or "more" or "further" or "improvement" or "improving" or "development") || current is "yet" && w is "to" || current is "fails" or "failed" or "fail" && w is "to")
            {
                return true;
            }

            if (w is "needed" && IsBe(current) || w is "not" or "lack" or "lacks" or "lacking" or "insufficient" or "cannot") return true;
            prev = current;
            current = w;
        }

        return false;
    }

    private static bool IsBe(ReadOnlySpan<char> w) =>
        w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase)
        || w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase)
        || w.Equals("be", StringComparison.OrdinalIgnoreCase);

    private static ReadOnlySpan<char> Clean(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.IndexOf('\u00AD') < 0 || word.Length > buffer.Length) return word;
        int n = 0;
        foreach (char c in word)
        {
            if (c != '\u00AD') buffer[n++] = c;
        }

        return buffer[..n];
    }

    /// <summary>Area words (LABELLING.md's cue words), keyed by their first word; the rest must follow.</summary>
    private static readonly Dictionary<string, (string[] Following, ServiceArea Area)[]>.AlternateLookup<ReadOnlySpan<char>> AreaWords = BuildAreas(
        ("social worker", ServiceArea.Workforce), ("social workers", ServiceArea.Workforce), ("staff", ServiceArea.Workforce),
        ("recruitment", ServiceArea.Workforce), ("retention", ServiceArea.Workforce), ("vacancy", ServiceArea.Workforce),
        ("vacancies", ServiceArea.Workforce), ("caseload", ServiceArea.Workforce), ("caseloads", ServiceArea.Workforce),
        ("case-loads", ServiceArea.Workforce), ("agency workers", ServiceArea.Workforce), ("agency staff", ServiceArea.Workforce),
        ("morale", ServiceArea.Workforce), ("turnover", ServiceArea.Workforce), ("supervision", ServiceArea.Workforce),
        ("workforce", ServiceArea.Workforce), ("leaders", ServiceArea.Leadership), ("leadership", ServiceArea.Leadership),
        ("managers", ServiceArea.Leadership), ("management oversight", ServiceArea.Leadership), ("quality assurance", ServiceArea.Leadership),
        ("improvement plan", ServiceArea.Leadership), ("corporate parenting", ServiceArea.Leadership), ("investment", ServiceArea.Leadership),
        ("local authority", ServiceArea.Leadership), ("children in care", ServiceArea.ChildrenInCare), ("looked-after", ServiceArea.ChildrenInCare),
        ("looked after", ServiceArea.ChildrenInCare), ("placement", ServiceArea.Placements), ("placements", ServiceArea.Placements),
        ("foster carer", ServiceArea.Fostering), ("foster carers", ServiceArea.Fostering), ("adoption", ServiceArea.Adoption),
        ("permanence", ServiceArea.ChildrenInCare), ("virtual school", ServiceArea.Education), ("care leaver", ServiceArea.CareLeavers),
        ("care leavers", ServiceArea.CareLeavers), ("leaving care", ServiceArea.CareLeavers), ("pathway plan", ServiceArea.CareLeavers),
        ("pathway plans", ServiceArea.CareLeavers), ("personal adviser", ServiceArea.CareLeavers), ("personal advisers", ServiceArea.CareLeavers),
        ("staying put", ServiceArea.CareLeavers), ("front door", ServiceArea.FrontDoor), ("referral", ServiceArea.FrontDoor),
        ("referrals", ServiceArea.FrontDoor), ("MASH", ServiceArea.FrontDoor), ("early help", ServiceArea.EarlyHelp),
        ("assessment", ServiceArea.Assessment), ("assessments", ServiceArea.Assessment), ("child protection", ServiceArea.ChildProtection),
        ("strategy meeting", ServiceArea.ChildProtection), ("strategy meetings", ServiceArea.ChildProtection), ("exploitation", ServiceArea.Exploitation),
        ("missing", ServiceArea.Exploitation), ("disabled children", ServiceArea.DisabledChildren), ("disabilities", ServiceArea.DisabledChildren),
        ("private fostering", ServiceArea.PrivateFostering), ("privately fostered", ServiceArea.PrivateFostering),
        ("help and protection", ServiceArea.HelpAndProtection), ("children in need", ServiceArea.HelpAndProtection),
        ("domestic abuse", ServiceArea.HelpAndProtection));

    private static Dictionary<string, (string[] Following, ServiceArea Area)[]>.AlternateLookup<ReadOnlySpan<char>> BuildAreas(params (string Phrase, ServiceArea Area)[] phrases) =>
        phrases.GroupBy(p => p.Phrase.Split(' ')[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Phrase.Split(' ')[1..], p.Area)).OrderByDescending(p => p.Item1.Length).ToArray(), StringComparer.OrdinalIgnoreCase)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The areas named in <paramref name="words"/>: a finer area brings its parent.</summary>
    public static IReadOnlyList<ServiceArea> Areas(ReadOnlySpan<char> words)
    {
        List<ServiceArea>? list = null;
        var tokens = Tokenizer.Tokenize(words);
        while (tokens.MoveNext())
        {
            var token = tokens.Current;
            if (token.Kind != TokenKind.Word || !AreaWords.TryGetValue(words.Slice(token.Start, token.Length), out var candidates)) continue;
            foreach (var (rest, area) in candidates)
            {
                if (!Follows(words, token.End, rest)) continue;
                // "private fostering" is help and protection, not fostering of children in care
                list ??= new List<ServiceArea>(3);
                var parent = area.Parent();
                if (!list.Contains(parent)) list.Add(parent);
                if (area != parent && !list.Contains(area)) list.Add(area);
                break;
            }
        }

        return list is null ? [] : list;
    }

    /// <summary>True when the words <paramref name="rest"/> follow position <paramref name="at"/>.</summary>
    private static bool Follows(ReadOnlySpan<char> words, int at, string[] rest)
    {
        if (rest.Length == 0) return true;
        var next = Tokenizer.Tokenize(words[at..], at);
        foreach (var word in rest)
        {
            if (!next.MoveNext() || next.Current.Kind != TokenKind.Word
                || !words.Slice(next.Current.Start, next.Current.Length).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }
}
