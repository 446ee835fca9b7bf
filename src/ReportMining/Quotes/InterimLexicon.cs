using System.Buffers;
using System.Collections.Frozen;
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
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Positive = Lookup(
        "improved", "improving", "improvements", "good", "strong", "stronger", "strengthened", "effective", "effectively", "valued",
        "supported", "appreciated", "enjoy", "enjoying", "swift", "swiftly", "timely", "appropriate", "thoughtful", "sensitive",
        "transformed", "transformation", "sustained", "progress", "rigorous", "clear", "clearly", "consistently", "better", "great",
        "outstanding", "excellent", "proud", "delighted", "pleased", "positive", "robust", "rewards", "priority", "manageable",
        "accelerated", "thorough", "comprehensive", "impressive", "safer", "stable", "stability", "success", "successful", "committed",
        "creative", "well", "understood", "increased", "capacity", "welcome", "praised", "commended", "strengths",
        "strength", "highly", "effectiveness", "confident", "encouraging", "significantly", "dramatically", "quality", "want");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Negative = Lookup(
        "poor", "poorly", "inadequate", "weak", "weakness", "weaknesses", "undermined", "turnover", "challenge", "challenges",
        "vacancy", "vacancies", "delay", "delays", "delayed", "drift", "lack", "lacking", "insufficient", "inconsistent",
        "inconsistently", "concern", "concerns", "concerning", "failed", "failing", "fails", "failure", "failures", "shortfall",
        "shortfalls", "unacceptable", "worse", "worsened", "declined", "deteriorated", "harm", "slow", "too", "gaps", "limited",
        "variable", "unclear", "ineffective", "unsafe", "unstable", "overdue", "backlog", "frequent", "disappointed", "disappointing",
        "worried", "worrying", "serious", "ongoing", "pretend", "struggle", "struggling", "yet", "deficit", "deficits");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Negators = Lookup(
        "not", "no", "never", "without", "nor", "cannot", "lack", "isn't", "aren't", "wasn't", "don't", "doesn't", "didn't", "isn’t",
        "aren’t", "wasn’t", "don’t", "doesn’t", "didn’t");

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(params string[] words) =>
        words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The stance of <paramref name="words"/> and a heuristic confidence.</summary>
    public static (Stance Stance, double Confidence) Stance(ReadOnlySpan<char> words)
    {
        int pos = 0, neg = 0;
        int flip = 0;
        ReadOnlySpan<char> prev = default, prev2 = default;
        var tokens = Tokenizer.Tokenize(words);
        Span<char> buffer = stackalloc char[32];
        bool pendingNeed = false;
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Word)
            {
                if (token.Kind == TokenKind.Punctuation && words[token.Start] is ',' or '.' or ';' or ':' or '–' or '—') flip = 0;
                pendingNeed = false;
                prev2 = prev;
                prev = default;
                continue;
            }

            var w = Clean(words.Slice(token.Start, token.Length), buffer);
            // "need to", "is needed", "needs improvement": a shortfall (but "children’s needs" is a noun)
            if (pendingNeed)
            {
                if (w is "to" or "improvement" or "improving" or "development" or "more" or "further" or "be") neg += 2;
                pendingNeed = false;
            }

            if (w.Equals("need", StringComparison.OrdinalIgnoreCase) || w.Equals("needs", StringComparison.OrdinalIgnoreCase) || w.Equals("needed", StringComparison.OrdinalIgnoreCase))
            {
                if (IsBe(prev)) neg += 2;
                else pendingNeed = true;
            }
            else if ((w.Equals("improvement", StringComparison.OrdinalIgnoreCase) || w.Equals("improving", StringComparison.OrdinalIgnoreCase))
                && (prev.StartsWith("requir", StringComparison.OrdinalIgnoreCase) || prev2.StartsWith("requir", StringComparison.OrdinalIgnoreCase)))
            {
                neg += 2;
                pos = Math.Max(0, pos);
            }
            else if (Negators.Contains(w))
            {
                neg++;
                flip = 3;
            }
            else if (IsPositive(w))
            {
                if (flip > 0) neg++;
                else pos++;
            }
            else if (IsNegative(w))
            {
                neg++;
            }

            if (flip > 0 && !Negators.Contains(w)) flip--;
            prev2 = prev;
            prev = words.Slice(token.Start, token.Length);
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

    private static bool IsPositive(ReadOnlySpan<char> w)
    {
        if (Positive.Contains(w)) return true;
        // hyphenated praise: well-targeted, good-quality, great-quality
        int dash = w.IndexOf('-');
        return dash > 0 && Positive.Contains(w[..dash]) && !Negative.Contains(w[(dash + 1)..]);
    }

    private static bool IsNegative(ReadOnlySpan<char> w)
    {
        if (Negative.Contains(w)) return true;
        int dash = w.IndexOf('-');
        return dash > 0 && Negative.Contains(w[..dash]);
    }

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

    private static readonly (string Phrase, ServiceArea Area)[] AreaWords =
    [
        ("social worker", ServiceArea.Workforce), ("staff", ServiceArea.Workforce), ("recruitment", ServiceArea.Workforce),
        ("retention", ServiceArea.Workforce), ("vacanc", ServiceArea.Workforce), ("caseload", ServiceArea.Workforce),
        ("case-load", ServiceArea.Workforce), ("agency worker", ServiceArea.Workforce), ("morale", ServiceArea.Workforce),
        ("turnover", ServiceArea.Workforce), ("supervision", ServiceArea.Workforce), ("workforce", ServiceArea.Workforce),
        ("leaders", ServiceArea.Leadership), ("leadership", ServiceArea.Leadership), ("managers", ServiceArea.Leadership),
        ("management oversight", ServiceArea.Leadership), ("quality assurance", ServiceArea.Leadership), ("improvement plan", ServiceArea.Leadership),
        ("corporate parent", ServiceArea.Leadership), ("investment", ServiceArea.Leadership), ("local authority", ServiceArea.Leadership),
        ("children in care", ServiceArea.ChildrenInCare), ("looked-after", ServiceArea.ChildrenInCare), ("looked after", ServiceArea.ChildrenInCare),
        ("placement", ServiceArea.Placements), ("foster carer", ServiceArea.Fostering), ("adoption", ServiceArea.Adoption),
        ("permanence", ServiceArea.ChildrenInCare), ("virtual school", ServiceArea.Education), ("children's home", ServiceArea.ChildrenInCare),
        ("children’s home", ServiceArea.ChildrenInCare), ("care leaver", ServiceArea.CareLeavers), ("leaving care", ServiceArea.CareLeavers),
        ("pathway plan", ServiceArea.CareLeavers), ("personal adviser", ServiceArea.CareLeavers), ("staying put", ServiceArea.CareLeavers),
        ("front door", ServiceArea.FrontDoor), ("referral", ServiceArea.FrontDoor), ("mash", ServiceArea.FrontDoor),
        ("early help", ServiceArea.EarlyHelp), ("assessment", ServiceArea.Assessment), ("child protection", ServiceArea.ChildProtection),
        ("strategy meeting", ServiceArea.ChildProtection), ("exploitation", ServiceArea.Exploitation), ("missing", ServiceArea.Exploitation),
        ("disabled children", ServiceArea.DisabledChildren), ("disabilities", ServiceArea.DisabledChildren),
        ("private fostering", ServiceArea.PrivateFostering), ("privately fostered", ServiceArea.PrivateFostering),
        ("help and protection", ServiceArea.HelpAndProtection), ("children in need", ServiceArea.HelpAndProtection),
        ("domestic abuse", ServiceArea.HelpAndProtection),
    ];

    private static readonly SearchValues<string> AreaTriggers =
        SearchValues.Create(AreaWords.Select(a => a.Phrase).ToArray(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The areas named in <paramref name="words"/>: a finer area brings its parent.</summary>
    public static IReadOnlyList<ServiceArea> Areas(ReadOnlySpan<char> words)
    {
        List<ServiceArea>? list = null;
        int at = 0;
        while (at < words.Length)
        {
            int k = words[at..].IndexOfAny(AreaTriggers);
            if (k < 0) break;
            int i = at + k;
            at = i + 1;
            if (i > 0 && char.IsLetter(words[i - 1])) continue;
            foreach (var (phrase, area) in AreaWords)
            {
                if (!words[i..].StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) continue;
                // "private fostering" is help and protection, not fostering of children in care
                if (phrase == "foster carer" && i >= 8 && words[(i - 8)..i].Contains("private", StringComparison.OrdinalIgnoreCase)) continue;
                list ??= new List<ServiceArea>(3);
                var parent = area.Parent();
                if (!list.Contains(parent)) list.Add(parent);
                if (area != parent && !list.Contains(area)) list.Add(area);
                at = i + phrase.Length;
                break;
            }
        }

        return list is null ? [] : list;
    }
}
