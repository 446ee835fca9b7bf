using ReportMining.Text;
using static ReportMining.Percentages.PercentLexicon;

namespace ReportMining.Percentages;

/// <summary>Comparisons and changes: compared groups, levels a change went from or to, and what a change is in.</summary>
internal readonly ref partial struct MeasureFinder
{
    /// <summary>
    /// "a fall in punctuality against last year's level (from 97.2% to 93.8%)": a bracket that opens with "from"
    /// (at <paramref name="open"/>) gives levels of what changed, the phrase after the change word and "in".
    /// </summary>
    private bool ChangeBeforeBracket(ref Figure f, int open)
    {
        var w = _w;
        if (!w.IsPunct(open, '(') || !w.Is(open + 1, "from")) return false;
        int lowest = PunctuationStart(open);
        for (int k = open - 2; k >= lowest; k--)
        {
            if (!w.Is(k + 1, "in") || !IsChangeWord(k)) continue;
            int e = open;
            for (int m = k + 3; m < open; m++)
            {
                if (!(w.Is(m, "on") || w.Is(m, "compared") || w.Is(m, "against") || w.Is(m, "since") || w.Is(m, "over") || w.Is(m, "from"))) continue;
                e = m;
                break;
            }

            if (!Phrases.ReadNounPhrase(w, k + 2, e, rejectVerbFirst: true, out int a, out int b)) return false;
            f.Rule = "r2c";
            SetMeasure(ref f, a, b);
            return true;
        }

        return false;
    }

    /// <summary>
    /// "X shows a drop from 40% to 31%", "there was a marked reduction in absence, to 6.5%": after a change word,
    /// "from" and "to" give levels of what changed, not the size of the change: what follows "in" after the change word, or
    /// else the subject of the verb before it. True when a measure was set.
    /// </summary>
    private bool LevelsOfChange(Span<Figure> figures, int index, int prevIndex, int a, int b)
    {
        var w = _w;
        ref var f = ref figures[index];
        for (int k = a + 1; k < b - 1; k++)
        {
            if (!w.Is(k, "in") || !IsChangeWord(k - 1)) continue;
            int s = k + 1;
            while (s < b && w.IsDeterminerAt(s)) s++;
            if (s >= b) return false;
            SetMeasure(ref f, s, b);
            return true;
        }

        if (!IsChangeWord(b - 1) || b - a > 3) return false;
        int v = a - 1;
        while (v > 0 && w.IsDeterminerAt(v)) v--;
        if (!(w.Is(v, "shows") || w.Is(v, "showed") || w.Is(v, "show") || w.Is(v, "saw") || w.Is(v, "sees") || w.Is(v, "seen") || w.Is(v, "experienced")
            || w.Is(v, "reflects") || w.Is(v, "represents"))) return false;
        if (Subject(v, out int sa, out int sb) != SubjectKind.Phrase) return false;

        // ("the latest figures show a drop from 8% ... to 5% in X": the source of the figures is not what changed)
        if (Phrases.IsSourceNoun(w, sb - 1)) return false;
        SetMeasure(ref f, sa, sb);
        return true;
    }

    /// <summary>"on the council's 2018-19 figure", "from a figure": only a determiner, a possessive or a year between a comparing preposition and "figure" at <paramref name="head"/>.</summary>
    private bool ComparedFigure(int head)
    {
        var w = _w;
        int k = head - 1;
        while (k > 0 && k >= head - 6 && (w.IsDeterminerAt(k) || w.Kind(k) == TokenKind.Number || w.EndsWith(k, "’s") || w.EndsWith(k, "'s")
            || w.Kind(k) == TokenKind.Punctuation && w.Char(k) is '-' or '–' or '/')) k--;
        return w.Is(k, "on") || w.Is(k, "from") || w.Is(k, "than") || w.Is(k, "with");
    }

    private bool IsComparison(in Figure prev, int before, int figureEnd)
    {
        var w = _w;
        int _figureEnd = figureEnd;
        if (before < 0) return false;
        if (w.Is(before, "compared") || w.Is(before, "against") || w.Is(before, "than") || w.Is(before, "versus") || w.Is(before, "vs")
            || w.Is(before, "with") && (w.Is(before - 1, "compared") || w.Is(before - 1, "comparison") || prev.Last >= before - 6)
            || w.Is(before, "to") && (w.Is(before - 1, "compared") || w.Is(before - 1, "comparison") || w.Is(before - 1, "similar") || w.Is(before - 1, "close"))
            || w.Is(before, "on") && w.Is(before - 1, "compared"))
        {
            return true;
        }

        // "up from 38 per cent", "down from 50%"; "..., while fewer than 5% said"
        if (w.Is(before, "from") && (w.Is(before - 1, "up") || w.Is(before - 1, "down"))
            || w.Is(before, "while") || w.Is(before, "whilst") || w.Is(before, "whereas"))
        {
            return true;
        }

        if (w.Is(before, "and") || w.Is(before, "or") || w.Is(before, "to") || w.Is(before, "from") || w.Is(before, "but") || w.IsPunct(before, ',') || w.IsPunct(before, ';'))
        {
            // "from 92% completed within 15 days (2013-14), to 79%"
            if (w.Is(before, "to") && w.Is(prev.First - 1, "from") && prev.Last >= before - 16 && !VerbBetween(prev.Last, before)) return true;

            // near the figure before: "from 45% in 2016 to 60%", "20% and 30%", "45%, 30%"
            if (prev.Last >= before - 7 && !w.IsPunct(before, ';'))
            {
                bool clause = false;
                for (int k = prev.Last; k < before; k++)
                {
                    if (w.In(k, Auxiliaries) || w.In(k, FiniteVerbs) || w.Is(k, "of"))
                    {
                        clause = true;
                        break;
                    }
                }

                if (!clause) return true;

                // "61 percent of buyers were first-time owners, 80 percent urban": a comma list of figures left without their noun
                if (!(w.IsPunct(before, ',') && w.In(_figureEnd, GroupAdjectives) && !Phrases.IsContent(w, _figureEnd + 1))) return false;
            }

            // a list with the noun left out: "22% of agency staff have ..., and 51% between ...", "6% of these children ..., 7% due to ..."
            if ((w.IsPunct(before, ',') || w.Is(before, "and") && w.IsPunct(before - 1, ',')) && !w.Is(_figureEnd, "of")) return true;
        }

        return false;
    }

    /// <summary>"a pay rise of", "an increase of": a change word that is also a verb, used as a noun before "of" (<paramref name="of"/>).</summary>
    private bool ChangeNounBefore(int of, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        int k = of - 1;
        if (!IsChangeWord(k) || !(w.IsDeterminerAt(k - 1) || Phrases.IsContent(w, k - 1) && w.IsDeterminerAt(k - 2))) return false;
        b = of;
        a = Phrases.IsContent(w, k - 1) ? k - 1 : k;
        return true;
    }

    /// <summary>"rise", "fall", "increase", "reduction", ...: a word for a change.</summary>
    private bool IsChangeWord(int i)
    {
        var w = _w;
        return w.Is(i, "increase") || w.Is(i, "rise") || w.Is(i, "reduction") || w.Is(i, "decrease") || w.Is(i, "fall")
            || w.Is(i, "drop") || w.Is(i, "decline") || w.Is(i, "growth") || w.Is(i, "cut") || w.Is(i, "uplift");
    }

    /// <summary>
    /// True when the clause before <paramref name="particle"/> is "This/That/It is a (small) rise" (a change word before "from"
    /// or "on") or "This remains higher than X" (a comparison before "at"); <paramref name="than"/> is where "than" is, or -1.
    /// </summary>
    private bool ThisBefore(int particle, out int than)
    {
        var w = _w;
        than = -1;
        int k = particle - 1;
        if (w.Is(particle, "at") || w.IsPunct(particle, '('))
        {
            while (k > 0 && k > particle - 8 && !w.Is(k, "than")) k--;
            if (!w.Is(k, "than")) return false;
            than = k;
            k--;
            if (!(w.Is(k, "higher") || w.Is(k, "lower") || w.Is(k, "better") || w.Is(k, "worse") || w.Is(k, "above") || w.Is(k, "below"))) return false;
            k--;
            while (k > 0 && (w.Is(k, "still") || w.Is(k, "much") || w.Is(k, "slightly") || w.Is(k, "far") || w.Is(k, "significantly") || w.Is(k, "now"))) k--;
        }
        else
        {
            if (!IsChangeWord(k) && !w.Is(k, "improvement")) return false;
            k--;
            while (k > 0 && Phrases.IsContent(w, k) && !w.In(k, Auxiliaries) && !w.In(k, LinkVerbs) && k > particle - 5) k--;
            if (!(w.Is(k, "a") || w.Is(k, "an"))) return false;
            k--;
        }

        if (!(w.In(k, Auxiliaries) || w.Is(k, "remains") || w.Is(k, "remained") || w.Is(k, "represents") || w.Is(k, "represented"))) return false;
        k--;
        return (w.Is(k, "this") || w.Is(k, "that") || w.Is(k, "it")) && (FirstWordAt(k) || w.Kind(k - 1) == TokenKind.Punctuation && w.Char(k - 1) is ';' or ':');
    }

    /// <summary>
    /// The subject of a verb of showing before the noun at <paramref name="head"/>, with only a determiner and adjectives
    /// between ("Care leavers in education shows an improving trend": "Care leavers in education").
    /// </summary>
    private bool ShownBy(int head, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        int v = head - 1;
        while (v > 0 && v > head - 4 && (w.IsDeterminerAt(v) || w.EndsWith(v, "ing") || Phrases.IsContent(w, v) && !w.EndsWith(v, "ed") && !w.EndsWith(v, "wn") && !w.EndsWith(v, "ws"))) v--;
        if (!(w.Is(v, "shows") || w.Is(v, "showed") || w.Is(v, "show") || w.Is(v, "shown") || w.Is(v, "demonstrates") || w.Is(v, "demonstrated")
            || w.Is(v, "reflects") || w.Is(v, "reflected"))) return false;
        while (v > 0 && (w.In(v - 1, Auxiliaries) || w.In(v - 1, VerbAdverbs))) v--;
        int s = PunctuationStart(v);
        // ("Care leavers in work, study or training shows": a list's commas are inside the phrase)
        while (s > 1 && w.IsPunct(s - 1, ',') && Phrases.IsListComma(w, s - 1, v)) s = PunctuationStart(s - 1);
        while (s < v && (w.Kind(s) == TokenKind.Punctuation || w.Kind(s) == TokenKind.Number && w.IsPunct(s + 1, '.'))) s++;
        if (w.IsDeterminerAt(s)) s++;
        for (int k = 0; k < 2 && s < v && (w.Is(s, "the") || w.In(s, ProportionHeads) || w.Is(s, "of")); k++) s++;
        if (!Phrases.ReadNounPhrase(w, s, v, rejectVerbFirst: true, out a, out b) || b > v) return false;

        // ("the council's newest figures show a fall from 9%": a source of figures is not what they measure)
        // (how a service performs is what its trend measures: "the performance for 2024 to date shows a dip")
        if (Phrases.IsSourceNoun(w, b - 1) && !w.Is(b - 1, "performance")) return false;

        // ("The performance for 2024 so far shows": a time between the phrase and the verb says when)
        for (int k = b; k < v; k++)
        {
            if (w.In(k, Auxiliaries) || w.In(k, FiniteVerbs) || IsPastVerb(k) || w.Kind(k) == TokenKind.Punctuation) return false;
        }

        for (int k = a + 1; k < b; k++)
        {
            if (!(w.Is(k, "for") || w.Is(k, "in") || w.Is(k, "during")) || !(w.Kind(k + 1) == TokenKind.Number && w.IsYearLike(k + 1))) continue;
            b = k;
            break;
        }

        return !w.In(a, Pronouns);
    }

    /// <summary>
    /// A dated time that ends right before <paramref name="end"/> and opens with "since" ("since May 2022", "since 2019");
    /// <paramref name="at"/> is the "since".
    /// </summary>
    private bool SinceDateBefore(int end, out int at)
    {
        var w = _w;
        at = -1;
        int k = end - 1;
        if (!(w.Kind(k) == TokenKind.Number && w.IsYearLike(k))) return false;
        k--;
        if (w.In(k, TimeWords) && w.IsCapitalised(k)) k--;
        if (w.Kind(k) == TokenKind.Number && !w.IsYearLike(k)) k--;
        if (!w.Is(k, "since")) return false;
        at = k;
        return true;
    }

    /// <summary>
    /// A group compared with a figure, before the "at" at <paramref name="at"/>: "better than comparators, at", "higher than
    /// similar areas at", or "and statistical neighbours at" after such a group. <paramref name="measured"/> is the sentence's
    /// first figure with a measure that is not itself a compared group (or -1 to use the measure carried from the sentence
    /// before); false when the group names an average or a rate, or nothing is measured before it.
    /// </summary>
    private bool ComparedGroupBefore(int at, Span<Figure> figures, int index, int prevIndex, out int a, out int b, out int measured)
    {
        var w = _w;
        a = b = measured = -1;
        int end = w.IsPunct(at - 1, ',') ? at - 1 : at;
        if (!Phrases.IsContent(w, end - 1) || !Phrases.LocalNounPhraseBefore(w, end, out a, out b) || b != end) return false;
        if (w.In(b - 1, RestatedHeads) || w.In(b - 1, FigureNouns) || w.In(b - 1, TimeWords)) return false;
        int k = a - 1;
        while (k >= 0 && w.IsDeterminerAt(k)) k--;
        bool listed = w.Is(k, "and") && prevIndex >= 0 && (figures[prevIndex].Rule is "r3c" or "r3this" || ComparedBefore(figures[prevIndex].First));
        if (!listed)
        {
            // (not "X compares well with all pupils, at 94%": that figure is X's)
            if (!(w.Is(k, "than") && (w.Is(k - 1, "higher") || w.Is(k - 1, "lower") || w.Is(k - 1, "better") || w.Is(k - 1, "worse")
                    || w.Is(k - 1, "above") || w.Is(k - 1, "below") || w.Is(k - 1, "more") || w.Is(k - 1, "less") || w.Is(k - 1, "greater")))) return false;
        }

        // (a figure before it in the sentence that has no measure leaves it without one too: the sentence's subject was lost)
        for (int j = 0; j < index; j++)
        {
            if (figures[j].Rule is "r3c" or "r3this") continue;
            if (!figures[j].HasMeasure) return false;
            measured = j;
            break;
        }

        return measured >= 0 || _carryStart >= 0 && index == 0;
    }

    /// <summary>"than" shortly before the figure at <paramref name="first"/> ("under the England average at 22%").</summary>
    private bool ComparedBefore(int first)
    {
        var w = _w;
        for (int k = first - 1; k >= 0 && k >= first - 8; k--)
        {
            if (w.Is(k, "than")) return true;
            if (w.Kind(k) == TokenKind.Punctuation && w.Char(k) != ',' || w.In(k, Auxiliaries)) return false;
        }

        return false;
    }

    /// <summary>
    /// A clause ending at <paramref name="comma"/> that judges its subject: a verb of being, an adjective of level or quality
    /// and an optional place ("is high at primary school,", "remains lower in the east team,"). <paramref name="verb"/> is
    /// the verb; the place, if any, is <paramref name="placeA"/> to <paramref name="placeB"/>.
    /// </summary>
    private bool JudgedClauseBefore(int comma, out int verb, out int placeA, out int placeB)
    {
        var w = _w;
        verb = placeA = placeB = -1;
        int k = comma - 1;
        int lowest = Math.Max(1, comma - 10);
        while (k >= lowest && w.Kind(k) == TokenKind.Word && !(w.In(k, Auxiliaries) || w.Is(k, "remains") || w.Is(k, "remain") || w.Is(k, "remained"))) k--;
        if (k < lowest || w.Kind(k) != TokenKind.Word) return false;
        int adj = k + 1;
        if (w.Is(adj, "very") || w.Is(adj, "much") || w.Is(adj, "still") || w.Is(adj, "now") || w.Is(adj, "slightly") || w.Is(adj, "well")) adj++;
        bool judged = w.In(adj, PredicateAdjectives) || w.Is(adj, "high") || w.Is(adj, "low") || w.Is(adj, "higher") || w.Is(adj, "lower")
            || w.Is(adj, "stronger") || w.Is(adj, "weaker");
        if (!judged) return false;
        if (adj + 1 < comma)
        {
            if (!(w.Is(adj + 1, "at") || w.Is(adj + 1, "in") || w.Is(adj + 1, "for") || w.Is(adj + 1, "among"))) return false;
            if (Phrases.IsTimeAt(w, adj + 2) || !Phrases.ReadNounPhrase(w, adj + 2, comma, rejectVerbFirst: true, out placeA, out placeB) || placeB != comma)
            {
                placeA = placeB = -1;
                return false;
            }
        }

        verb = k;
        return true;
    }

    /// <summary>
    /// The object of a verb of change that ends at <paramref name="end"/> ("raise parking charges", "shrink its print division",
    /// "lower traffic fumes in the old town by 2035"): a phrase between the verb and the particle or figure.
    /// </summary>
    private bool ObjectOfChange(int end, out int a, out int b)
    {
        var w = _w;
        a = b = -1;

        // "by 2035 to 40 percent": a time before the particle
        if (w.Is(end, "to") && w.IsYearLike(end - 1) && w.Is(end - 2, "by")) end -= 2;
        int lowest = Math.Max(0, end - 14);
        for (int k = end - 1; k >= lowest; k--)
        {
            if (w.In(k, ObjectChangeVerbs))
            {
                // "an increase", "the cut": a noun, not a verb
                // ("the trust trimmed the number of ...": before a determiner it is a verb)
                if (w.IsDeterminerAt(k - 1) || w.In(k, NounLikeVerbs) && Phrases.IsContent(w, k - 1) && !w.In(k - 1, Pronouns)
                    && !(w.In(k - 1, VerbAdverbs) || w.In(k - 1, Auxiliaries) || w.Is(k - 1, "to") || Phrases.IsArticleOrPossessive(w, k + 1))) return false;
                int s = k + 1;
                if (w.Is(s, "back") || w.Is(s, "down") || w.Is(s, "up")) s++;

                // "rose slightly over the year", "growing year on year": no object
                if (w.IsLyAdverb(s) || w.In(s, VerbAdverbs) || w.In(s, Prepositions) || Phrases.IsTimeAt(w, s)) return false;
                if (s >= end || !Phrases.ReadNounPhrase(w, s, end, rejectVerbFirst: false, out a, out b)) return false;
                return true;
            }

            if (w.Kind(k) == TokenKind.Punctuation)
            {
                if (w.Char(k) is '-' or '‑' or '\'' or '’' or '&' or '/' or '.' && (w.Glued(k - 1, k) || w.Glued(k, k + 1))) continue;
                return false;
            }

            if (w.In(k, Auxiliaries) || w.In(k, ClauseStarters) || w.In(k, FiniteVerbs) || w.In(k, LinkVerbs) && !w.In(k, NounLikeVerbs)
                || w.In(k, Pronouns) && !w.IsDeterminerAt(k)) return false;
        }

        return false;
    }

    /// <summary>
    /// What "in half" at <paramref name="inAt"/> cuts: the object between a cutting verb and "in" ("cut its weekly dividend in
    /// half"), or, with none, the noun phrase before the verb and its auxiliaries ("coverage cut in half", "the fund was split in half").
    /// </summary>
    private bool CutInHalf(int inAt, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        for (int k = inAt - 1; k >= 0 && k >= inAt - 6; k--)
        {
            if (!w.In(k, CutVerbs)) continue;
            if (k + 1 < inAt) return Phrases.ReadNounPhrase(w, k + 1, inAt, rejectVerbFirst: false, out a, out b) && b == inAt;
            int v = k;
            while (v > 0 && (w.In(v - 1, Auxiliaries) || w.Is(v - 1, "be") || w.Is(v - 1, "been") || w.Is(v - 1, "being"))) v--;
            return Phrases.NounPhraseBefore(w, v, out a, out b);
        }

        return false;
    }

    /// <summary>
    /// The verb before a degree ("a little", "slightly") and a time ("on Monday", "last month") that end at
    /// <paramref name="last"/>: at least one of them, at most six words in all, and only such words.
    /// </summary>
    private bool VerbBeforeDegreeAndTime(int last, out int verb)
    {
        var w = _w;
        verb = -1;
        int k = last;
        while (k > 0 && k > last - 8)
        {
            // ("has risen over the past twelve months, from": a span of time with its count)
            bool time = w.In(k, TimeWords) || w.IsYearLike(k) || w.Is(k, "on") || w.Is(k, "this") || w.Is(k, "today") || w.Is(k, "yesterday")
                || (w.Is(k, "in") || w.Is(k, "over") || w.Is(k, "during") || w.Is(k, "the")) && k < last
                || (w.Kind(k) == TokenKind.Number || NumberWords.TryCardinalWord(w.Text(k), out _)) && w.In(k + 1, TimeWords)
                || IsWeekday(k);
            bool degree = w.Is(k, "a") && (w.Is(k + 1, "little") || w.Is(k + 1, "bit")) || w.Is(k, "little") || w.Is(k, "bit")
                || w.Is(k, "slightly") || w.Is(k, "somewhat") || w.Is(k, "sharply") || w.Is(k, "steadily");
            if (!time && !degree) break;
            k--;
        }

        if (k == last || w.Kind(k) != TokenKind.Word || !(IsPastVerb(k) || IsVerbAt(k) || w.In(k, LinkVerbs))) return false;
        verb = k;
        return true;
    }
}
