using ReportMining.Text;
using static ReportMining.Percentages.PercentLexicon;

namespace ReportMining.Percentages;

/// <summary>
/// Reads short noun phrases and clause boundaries over a sentence's tokens, with closed word
/// lists instead of a tagger: "the vacancy rate", "children seen within timescales",
/// "care leavers in education, employment and training".
/// </summary>
internal static class Phrases
{
    /// <summary>Longest measure, in tokens.</summary>
    private const int MaxPhrase = 14;

    /// <summary>
    /// Reads the noun phrase starting at <paramref name="from"/> (determiners, counts and
    /// "the proportion of" left out), with its modifiers: prepositional phrases that are not
    /// times, participles ("looked after", "seen", "living"), "and"/"or" and comma lists.
    /// </summary>
    public static bool ReadNounPhrase(Words w, int from, int limit, bool rejectVerbFirst, out int a, out int b)
    {
        limit = Math.Min(limit, w.Count);
        a = b = from;
        int i = SkipOpeners(w, from, limit);

        // "the (very high) proportion of X" measures X
        for (int round = 0; round < 2; round++)
        {
            int k = i;
            while (k < limit && k < i + 3 && w.Kind(k) == TokenKind.Word && !w.In(k, ProportionHeads) && !IsStop(w, k)) k++;
            if (k < limit && w.In(k, ProportionHeads) && w.Is(k + 1, "of") && !w.Is(k + 2, "whom") && !w.Is(k + 2, "which"))
            {
                i = SkipOpeners(w, k + 2, limit);
            }
            else
            {
                break;
            }
        }

        // "an increase in X", "a reduction in X" measure X
        if ((w.Is(i, "increase") || w.Is(i, "rise") || w.Is(i, "reduction") || w.Is(i, "decrease") || w.Is(i, "fall") || w.Is(i, "drop")
            || w.Is(i, "improvement") || w.Is(i, "decline") || w.Is(i, "change")) && w.Is(i + 1, "in") && !IsTimeAt(w, i + 2) && i + 2 < limit)
        {
            i = SkipOpeners(w, i + 2, limit);
        }

        // "16 and 17 year-old care leavers", "0-15 years population"
        if (i < limit && w.Kind(i) == TokenKind.Number && (w.Is(i + 1, "and") || w.Is(i + 1, "to") || w.Is(i + 1, "or") || w.IsPunct(i + 1, '-') || w.IsPunct(i + 1, '–'))
            && w.Kind(i + 2) == TokenKind.Number)
        {
            a = i;
            int k = i + 3;
            while (k < limit && w.Kind(k) == TokenKind.Punctuation && w.Char(k) is '-' or '‑') k++;
            if (k >= limit || w.Kind(k) != TokenKind.Word || IsStop(w, k)) return false;
            b = ReadCore(w, k, limit, first: true);
            return b > k;
        }

        if (i >= limit || w.Kind(i) != TokenKind.Word) return false;
        if (w.In(i, Pronouns) && !(w.IsDeterminerAt(i) && IsContent(w, i + 1))) return false;
        if (w.In(i, Auxiliaries) || w.In(i, Prepositions) || w.In(i, ClauseStarters) && !w.Is(i, "where")) return false;
        if (w.Is(i, "and") || w.Is(i, "or") || w.Is(i, "not") || w.Is(i, "than")) return false;
        if (rejectVerbFirst && (w.In(i, FiniteVerbs) || w.In(i, LinkVerbs) && !w.Is(i, "average") && !w.Is(i, "total")
            || w.EndsWith(i, "ed") && !w.In(i, PostModifiers)
            || w.In(i, PostModifiers) && !w.Is(i + 1, "after") && (w.In(i + 1, Prepositions) || w.Kind(i + 1) != TokenKind.Word))) return false;

        // "those seen by inspectors": the pronoun heads the phrase
        if (i > from && (w.Is(i - 1, "those") || w.Is(i - 1, "these")) && (w.In(i, PostModifiers) || w.EndsWith(i, "ed"))) i--;

        a = i;
        b = ReadCore(w, i, limit, first: true);
        if (b <= a) return false;
        int coreEnd = b;

        int rounds = 0;
        while (rounds < 4 && b < limit && b - a < MaxPhrase)
        {
            int j = b;
            if (w.Is(j, "looked") && w.Is(j + 1, "after"))
            {
                b = j + 2;
                rounds++;
                continue;
            }

            if (w.Kind(j) != TokenKind.Word && !(w.IsPunct(j, ',') || w.IsPunct(j, '('))) break;

            if (w.In(j, NounPrepositions))
            {
                if (!PrepositionContinues(w, j)) break;
                int k = SkipOpeners(w, j + 1, limit);
                if (k >= limit || w.Kind(k) != TokenKind.Word || w.In(k, Pronouns) && !w.IsDeterminerAt(k)) break;
                if (w.In(k, Auxiliaries) || w.In(k, ClauseStarters) || w.Is(k, "and")) break;
                int end = ReadCore(w, k, limit, first: true);
                if (end <= k) break;
                b = end;
                rounds++;
                continue;
            }

            if (w.Kind(j) == TokenKind.Word && (w.In(j, PostModifiers) || w.EndsWith(j, "ing") && !IsStop(w, j)))
            {
                b = j + 1;
                if (w.Is(j, "looked") && w.Is(j + 1, "after")) b = j + 2;
                rounds++;
                continue;
            }

            if (w.Is(j, "as") && (w.Is(j + 1, "a") || w.Is(j + 1, "an")) && IsContent(w, j + 2))
            {
                b = ReadCore(w, j + 2, limit, first: true);
                rounds++;
                continue;
            }

            if ((w.Is(j, "and") || w.Is(j, "or")) && IsContent(w, j + 1) && !w.EndsWith(j + 1, "ed") && !w.EndsWith(j + 1, "ly"))
            {
                int end = ReadCore(w, j + 1, limit, first: true);
                if (end <= j + 1) break;
                b = end;
                rounds++;
                continue;
            }

            if (w.IsPunct(j, ',') && IsListTail(w, j, limit, out int listEnd))
            {
                b = listEnd;
                rounds++;
                continue;
            }

            break;
        }

        if (b - a > MaxPhrase) b = coreEnd - a > MaxPhrase ? a + MaxPhrase : coreEnd;
        return b > a;
    }

    /// <summary>"X, Y and Z": after a comma, words then "and"/"or" then a word.</summary>
    private static bool IsListTail(Words w, int comma, int limit, out int end)
    {
        end = comma;
        int j = comma + 1;
        int stop = Math.Min(limit, comma + 8);
        while (j < stop)
        {
            if (w.Is(j, "and") || w.Is(j, "or"))
            {
                if (j == comma + 1 || !IsContent(w, j + 1)) return false;
                end = ReadCore(w, j + 1, limit, first: true);
                return end > j + 1;
            }

            if (w.IsPunct(j, ',')) { j++; continue; }
            if (!IsContent(w, j)) return false;
            j++;
        }

        return false;
    }

    /// <summary>True when the preposition at <paramref name="j"/> carries on the noun phrase before it.</summary>
    private static bool PrepositionContinues(Words w, int j)
    {
        if (w.Is(j, "to"))
        {
            // "subject to a plan", "entitled to free school meals", "returned to their families"
            return w.Is(j - 1, "subject") || w.Is(j - 1, "entitled") || w.Is(j - 1, "due") || w.Is(j - 1, "close")
                || w.Is(j - 1, "returned") || w.Is(j - 1, "referred") || w.Is(j - 1, "eligible") || w.Is(j - 1, "known")
                || w.Is(j - 1, "allocated") || w.Is(j - 1, "sent") || w.Is(j - 1, "signposted") || w.Is(j - 1, "transferred")
                || w.Is(j - 1, "escalated") || w.Is(j - 1, "unable") || w.Is(j - 1, "able") || w.Is(j - 1, "likely")
                || w.Is(j - 1, "going") || w.Is(j - 1, "stepped") || w.Is(j - 1, "up") || w.Is(j - 1, "access");
        }

        if (w.Is(j, "by"))
        {
            return w.EndsWith(j - 1, "ed") || w.EndsWith(j - 1, "en") || w.In(j - 1, PostModifiers);
        }

        if (w.Is(j, "of"))
        {
            return !w.IsYearLike(j + 1) && !w.Is(j + 1, "whom") && !w.Is(j + 1, "which");
        }

        if (w.Is(j, "over") || w.Is(j, "about"))
        {
            return w.Is(j - 1, "aged") || w.Is(j - 1, "concerns") || w.Is(j - 1, "worries");
        }

        return !IsTimeAt(w, j + 1);
    }

    /// <summary>Skips determiners, counts and focus words ("the", "all", "85", "only").</summary>
    private static int SkipOpeners(Words w, int i, int limit)
    {
        while (i < limit)
        {
            if (w.IsDeterminerAt(i) && !(w.In(i, Pronouns) && !IsContent(w, i + 1)))
            {
                i++;
                continue;
            }

            // a count in words: "eight live with parents", "the 12 children"
            if (w.Kind(i) == TokenKind.Word && NumberWords.TryCardinalWord(w.Text(i), out _) && i + 1 < limit)
            {
                i++;
                continue;
            }

            if (w.Kind(i) == TokenKind.Number && !w.IsYearLike(i) && w.Kind(i + 1) == TokenKind.Word && !w.Is(i + 1, "per")
                && !w.Is(i + 1, "percent") && !w.In(i + 1, Auxiliaries) && !w.In(i + 1, FiniteVerbs)
                && !w.Is(i + 1, "and") && !w.Is(i + 1, "or") && !w.Is(i + 1, "to"))
            {
                i++;
                continue;
            }

            if (w.Is(i, "only") || w.Is(i, "just") || w.Is(i, "even") || w.Is(i, "also"))
            {
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    /// <summary>Reads premodifiers and head nouns from <paramref name="i"/>; returns the end.</summary>
    private static int ReadCore(Words w, int i, int limit, bool first)
    {
        int j = i;
        if (first)
        {
            if (w.Kind(j) != TokenKind.Word) return j;
            j++;
            if (w.Is(i, "looked") && w.Is(j, "after")) j++;
        }

        while (j < limit && j - i < MaxPhrase)
        {
            var kind = w.Kind(j);
            if (kind == TokenKind.Word)
            {
                if (w.Is(j, "looked") && w.Is(j + 1, "after"))
                {
                    // "Portsmouth looked after children" (before the noun) or "children looked after" (after it)
                    if (!IsContent(w, j + 2)) return j;
                    j += 2;
                    continue;
                }

                if (IsStop(w, j)) break;
                if (w.EndsWith(j, "ly"))
                {
                    // "newly qualified social workers": an adverb inside a phrase must lead somewhere
                    if (!(IsContent(w, j + 1) && !w.EndsWith(j + 1, "ly") && IsContent(w, j + 2))) break;
                }
                else if (w.EndsWith(j, "ed") && !w.In(j, PostModifiers))
                {
                    break;
                }
                else if (w.EndsWith(j, "ing") && !IsContent(w, j + 1))
                {
                    // a participle after the head belongs to the modifiers, handled by the caller
                    break;
                }

                j++;
                continue;
            }

            if (kind == TokenKind.Number)
            {
                if (w.IsYearLike(j) || w.IsPunct(j + 1, '%') || w.Is(j + 1, "per") || w.Is(j + 1, "percent")) break;
                if (w.Kind(j - 1) != TokenKind.Word) break;
                j++;
                continue;
            }

            if (kind == TokenKind.Punctuation && w.Char(j) is '-' or '‑' or '/' or '&' && w.Kind(j + 1) is TokenKind.Word or TokenKind.Number
                && (w.Glued(j - 1, j) || w.Glued(j, j + 1)))
            {
                j++;
                continue;
            }

            break;
        }

        // never end on a dangling joiner
        while (j > i && w.Kind(j - 1) == TokenKind.Punctuation) j--;
        return j;
    }

    /// <summary>Words that end the head of a noun phrase.</summary>
    public static bool IsStop(Words w, int j)
    {
        if (w.Kind(j) != TokenKind.Word) return true;
        return w.In(j, Auxiliaries) || w.In(j, FiniteVerbs) || w.In(j, ClauseStarters) || w.In(j, Prepositions)
            || w.IsDeterminerAt(j) || w.In(j, VerbAdverbs) || w.Is(j, "and") || w.Is(j, "or") || w.Is(j, "nor")
            || w.Is(j, "but") || w.Is(j, "than") || w.Is(j, "not") || w.Is(j, "per") || w.Is(j, "percent")
            || w.Is(j, "it") || w.Is(j, "they") || w.Is(j, "there") || w.Is(j, "respectively")
            || w.Is(j, "compared") || w.Is(j, "whom") || w.Is(j, "including") || w.Is(j, "such");
    }

    /// <summary>A word that can sit in a noun phrase.</summary>
    public static bool IsContent(Words w, int j) => w.Kind(j) == TokenKind.Word && !IsStop(w, j);

    /// <summary>True when the phrase at <paramref name="j"/> is a time or a manner ("2015", "the last year", "line with").</summary>
    public static bool IsTimeAt(Words w, int j)
    {
        int k = j;
        while (k < j + 3 && (w.IsDeterminerAt(k) || w.Is(k, "most") || w.Is(k, "many"))) k++;
        if (w.Kind(k) == TokenKind.Number) return true;
        if (w.Kind(k) != TokenKind.Word) return true;
        return w.In(k, TimeWords);
    }

    /// <summary>
    /// Where the clause holding token <paramref name="end"/> - 1 starts: after a semicolon,
    /// colon, bracket, dash, a clause word ("that", "while", "but") or an earlier verb.
    /// </summary>
    public static int ClauseStart(Words w, int end)
    {
        int lowest = Math.Max(0, end - 40);
        for (int k = end - 1; k >= lowest; k--)
        {
            var kind = w.Kind(k);
            if (kind == TokenKind.Punctuation)
            {
                char c = w.Char(k);
                if (c == ',')
                {
                    if (IsListComma(w, k, end)) continue;
                    return k + 1;
                }

                if (c is '-' or '‑' or '–' or '−' or '/' or '&' or '\'' && (w.Glued(k - 1, k) || w.Glued(k, k + 1))) continue;

                // "referrals to the hub (MASH) have reduced": skip a short bracket after a noun
                if (c == ')')
                {
                    int o = k - 1;
                    while (o > k - 6 && o >= lowest && !w.IsPunct(o, '(') && w.Kind(o) != TokenKind.Punctuation) o--;
                    if (w.IsPunct(o, '(') && o > lowest && IsContent(w, o - 1))
                    {
                        k = o;
                        continue;
                    }
                }

                return k + 1;
            }

            if (kind == TokenKind.Number) continue;
            if (w.Is(k, "as") && w.Is(k + 1, "a") && w.Is(k + 2, "whole")) continue;
            if (w.Is(k, "looked") && w.Is(k + 1, "after")) continue;
            if (w.Is(k, "after") && w.Is(k - 1, "looked")) continue;
            if (w.Is(k, "to") && PrepositionContinues(w, k)) continue;
            if (w.In(k, ClauseStarters) && !w.Is(k, "with") && !w.Is(k, "where") || w.Is(k, "where") && k > 0) return k + 1;
            if ((w.Is(k, "and") || w.Is(k, "or") || w.Is(k, "but")) && (w.IsDeterminerAt(k + 1) && !w.Is(k + 1, "all") || w.In(k + 1, Pronouns) || w.IsPunct(k - 1, ',') || VerbBefore(w, k))) return k + 1;

            // "an increase", "the national average", "its use": a noun, not a verb
            if (w.In(k, NounLikeVerbs) && (w.IsDeterminerAt(k - 1) || IsContent(w, k - 1) && !w.In(k - 1, Pronouns))) continue;
            if (w.IsDeterminerAt(k - 1) && !w.Is(k - 1, "that") && !w.In(k, Auxiliaries) && w.Kind(k) == TokenKind.Word) continue;
            if (w.In(k, Auxiliaries) || w.In(k, FiniteVerbs) && !w.Is(k, "need") && !w.Is(k, "needs")) return k + 1;
            if (w.In(k, LinkVerbs) && !w.Is(k, "average") && !w.Is(k, "total") && !w.Is(k, "range") && !w.Is(k, "increase")
                && !w.Is(k, "drop") && !w.Is(k, "rise") && !w.Is(k, "fall") && !w.Is(k, "cut") && !w.Is(k, "run")
                && !w.Is(k, "now") && !w.Is(k, "up") && !w.Is(k, "down") && !w.Is(k, "double") && !w.Is(k, "equal") && !w.Is(k, "make")
                && !w.Is(k, "decrease") && !w.Is(k, "decline") && !w.Is(k, "remaining") && !w.Is(k, "increasing") && !w.Is(k, "rising")
                && !w.Is(k, "falling") && !w.Is(k, "declining") && !w.Is(k, "improving"))
            {
                return k + 1;
            }

            if (w.EndsWith(k, "ed") && !w.In(k, PostModifiers) && !(w.Kind(k + 1) == TokenKind.Word && IsContent(w, k + 1) && !w.In(k + 1, FiniteVerbs)))
            {
                // a past verb ("inspectors found") ends the clause; a past participle before a noun ("qualified staff") does not
                return k + 1;
            }
        }

        return lowest;
    }

    /// <summary>True when a verb stands between the clause start and the "and" at <paramref name="and"/>: the "and" joins clauses.</summary>
    private static bool VerbBefore(Words w, int and)
    {
        int lowest = Math.Max(0, and - 12);
        for (int k = and - 1; k >= lowest; k--)
        {
            if (w.Kind(k) == TokenKind.Punctuation && w.Char(k) is ',' or ';' or ':' or '(' or ')') return false;
            if (w.In(k, Auxiliaries) || w.In(k, FiniteVerbs) && !w.Is(k, "need") || w.In(k, LinkVerbs) && !w.In(k, NounLikeVerbs)) return true;
            if (w.EndsWith(k, "ed") && !w.In(k, PostModifiers) && !IsContent(w, k + 1)) return true;
        }

        return false;
    }

    /// <summary>A comma inside "education, employment and training" (a list of nouns reaching <paramref name="end"/>).</summary>
    private static bool IsListComma(Words w, int comma, int end)
    {
        bool sawAnd = false;
        for (int j = comma + 1; j < end; j++)
        {
            if (w.Is(j, "and") || w.Is(j, "or")) { sawAnd = true; continue; }
            if (w.IsPunct(j, ',')) continue;
            if (!IsContent(w, j)) return false;
        }

        return sawAnd && comma >= 1 && IsContent(w, comma - 1);
    }

    /// <summary>The bare noun phrase ending at <paramref name="end"/>: content words only, back to a determiner or any other word.</summary>
    public static bool LocalNounPhraseBefore(Words w, int end, out int a, out int b)
    {
        b = end;
        int k = end - 1;
        int lowest = Math.Max(0, end - 8);
        while (k >= lowest && IsContent(w, k) && !(w.EndsWith(k, "ed") && !w.In(k, PostModifiers) && k == end - 1)) k--;
        a = k + 1;
        return a < b;
    }
}
