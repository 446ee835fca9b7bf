using ReportMining.Text;
using static ReportMining.Percentages.PercentLexicon;

namespace ReportMining.Percentages;

/// <summary>
/// Says what each figure of a sentence measures and where it applies, by reading the words
/// around it. The rules, in the order they are tried:
/// <list type="number">
/// <item>"40% of social workers", "nearly half (46%) of children": the phrase after "of";</item>
/// <item>a bracketed figure, "re-referrals (44%)": the phrase before the bracket (after it when a count comes first: "seven (39%) care leavers");</item>
/// <item>"compared with 21%", "from 45% in 2016 to 60%", "20% and 30%": the measure of the figure before;</item>
/// <item>"a rate of 12%", "the national average of 11%": the noun before "of";</item>
/// <item>"..., of whom 8% ...": the noun of the clause before;</item>
/// <item>"the vacancy rate is 40%", "X rose to 91%", "this reaches 80%": the subject of the verb (a pronoun carries the measure of the figure before; "in primary schools is 9%" is a scope, and the measure comes from the list's heading);</item>
/// <item>"exclusions, at 15%", "cut caseloads by half": the phrase before the particle;</item>
/// <item>"a 10% rise in referrals": the phrase after;</item>
/// <item>"At 8%, the rate of X ...", "Of the 68 adopters, half ...": the fronted phrase;</item>
/// <item>"one in five children", "half the staff": the phrase after.</item>
/// </list>
/// The scope is the place or group after "in", "across" or "among" right after the figure
/// ("reaches 80% in the assessment teams"), or a bracketed-off place before the subject.
/// </summary>
internal readonly ref partial struct MeasureFinder
{
    private readonly Words _w;
    private readonly Document _document;
    private readonly int _carryStart;
    private readonly int _carryEnd;
    private readonly int _groupStart;
    private readonly int _groupEnd;

    /// <param name="words">The sentence's tokens.</param>
    /// <param name="document">The document (for list headings in earlier sentences).</param>
    /// <param name="carryStart">A measure from the sentence before that a pronoun may point to, or -1.</param>
    /// <param name="carryEnd">Its end.</param>
    /// <param name="groupStart">The group an earlier share was of ("N percent of likely voters"), or -1.</param>
    /// <param name="groupEnd">Its end.</param>
    public MeasureFinder(Words words, Document document, int carryStart, int carryEnd, int groupStart = -1, int groupEnd = -1)
    {
        _w = words;
        _document = document;
        _carryStart = carryStart;
        _carryEnd = carryEnd;
        _groupStart = groupStart;
        _groupEnd = groupEnd;
    }

    /// <summary>True for the rules that give the group a share is of ("40% of X", "one in five children").</summary>
    public static bool NamesGroup(string? rule) => rule is "r1" or "r10";

    private enum SubjectKind
    {
        None,
        Phrase,
        Pronoun,
        Place,
    }

    /// <summary>Fills in measure and scope of <paramref name="figures"/> (one sentence's, in order).</summary>
    public void Resolve(Span<Figure> figures)
    {
        for (int i = 0; i < figures.Length; i++)
        {
            Resolve(figures, i);
            ShareWithRangeStart(figures, i);
        }

        for (int i = 0; i < figures.Length; i++) WholeSubject(ref figures[i], figures);
        SecondLeadPairs(figures);
        for (int i = 1; i < figures.Length; i++) PersonCompared(ref figures[i]);

        var w = _w;

        // "with 70% of children remaining at home": after "with", an -ing word after the group is what the share does, not part of it
        for (int i = 0; i < figures.Length; i++)
        {
            ref var f = ref figures[i];
            if (f.Rule != "r1" || !w.Is(f.First - 1, "with") || !(w.IsPunct(f.First - 2, ',') || f.First == 1) || !MeasureAfter(f)) continue;
            int first = TokenAt(f.MeasureStart), last = TokenAt(f.MeasureEnd - 1);
            if (first < 0 || last < 0) continue;
            for (int k = first + 1; k <= last; k++)
            {
                if (w.Kind(k) != TokenKind.Word || !w.EndsWith(k, "ing") || w.In(k, IngNouns) || w.In(k, Auxiliaries)) continue;
                if (Phrases.IsContent(w, k - 1) && !w.IsDeterminerAt(k - 1)) f.MeasureEnd = w.End(k - 1);
                break;
            }
        }

        // "put wages 3.5 percent higher", "delivered ratings 20 percent above its average": a noun right before a figure
        // that a comparative follows is what the figure compares
        for (int i = 0; i < figures.Length; i++)
        {
            ref var f = ref figures[i];
            int n = f.Last, before = f.First - 1;
            if (before < 1 || !(w.Is(n, "higher") || w.Is(n, "lower") || w.Is(n, "above") || w.Is(n, "below"))) continue;

            // (no measure yet, or only the comparative itself: "3.5 percent higher this spring" gave "higher")
            if (f.HasMeasure && !(f.MeasureStart == w.Start(n) && f.MeasureEnd == w.End(n))) continue;
            if (!Phrases.IsContent(w, before) || w.In(before, LinkVerbs) || w.In(before, Auxiliaries) || IsPastVerb(before) || IsVerbAt(before)
                || w.In(before, FigureNouns) || w.IsLyAdverb(before)) continue;
            if (!Phrases.LocalNounPhraseBefore(w, before + 1, out int ca, out int cb)) continue;

            // ("delivered ratings": a verb before the noun is not part of it; "in writing 9% higher": a place, not what is compared)
            for (int v = cb - 2; v >= ca; v--)
            {
                if (!IsPastVerb(v) && !IsVerbAt(v)) continue;
                ca = v + 1;
                break;
            }

            if (w.In(ca - 1, Prepositions)) continue;
            SetMeasure(ref f, ca, cb);
        }

        // "9% of children had three moves and 69% had stayed put", "70% of teenagers and 55% for adults": a bare figure
        // after "and" is a share of the group the share before it counts
        // ("40% of carers had a plan, 31% had none, and 9% had an old one": bare figures of a list between them share it too)
        for (int i = 1; i < figures.Length; i++)
        {
            ref var f = ref figures[i];
            if (f.HasMeasure || !w.Is(f.First - 1, "and") || w.Is(f.Last, "of") || !BareSubjectFigure(f)) continue;
            int source = i - 1;
            while (source > 0 && !figures[source].HasMeasure && w.IsPunct(figures[source].First - 1, ',') && BareSubjectFigure(figures[source])) source--;
            ref readonly var share = ref figures[source];
            if (!share.HasMeasure) continue;

            // the group must be one a figure before counts ("N% of X"), directly or carried along a list
            bool counted = false;
            for (int k = source; k >= 0 && !counted; k--)
            {
                // ("The desk took 571 calls. Forty one per cent (231) were ... and 40% (226) were ...": a count of the sentence before)
                counted = figures[k].MeasureStart == share.MeasureStart && figures[k].MeasureEnd == share.MeasureEnd
                    && (MeasureAfter(figures[k]) && (figures[k].Rule == "r1" || w.Is(figures[k].Last, "of")) || figures[k].Rule == "r10c");
            }

            if (!counted) continue;
            for (int k = source + 1; k <= i; k++)
            {
                figures[k].MeasureStart = share.MeasureStart;
                figures[k].MeasureEnd = share.MeasureEnd;
            }
        }

        // "about half met the goal in music (52%)": the measure of the figure that is the clause's subject
        for (int i = 1; i < figures.Length; i++)
        {
            ref var f = ref figures[i];
            if (f.Rule != "r2v" || f.HasMeasure) continue;
            for (int k = i - 1; k >= 0; k--)
            {
                if (!VerbAfterFigure(figures[k].Last)) continue;
                f.MeasureStart = figures[k].MeasureStart;
                f.MeasureEnd = figures[k].MeasureEnd;
                break;
            }
        }

        // "40 percent of the staff in the council's homes, against 55 percent in the health trust": the place of
        // the first figure is a scope, like the second's, not part of what both measure
        for (int i = 0; i + 1 < figures.Length; i++)
        {
            ref var f = ref figures[i];
            ref var next = ref figures[i + 1];
            if (next.Rule != "r3" || next.ScopeStart < 0 || f.ScopeStart >= 0 || !f.HasMeasure || next.MeasureStart != f.MeasureStart || next.MeasureEnd != f.MeasureEnd) continue;
            int first = TokenAt(f.MeasureStart), last = TokenAt(f.MeasureEnd - 1);
            if (first < 0 || last < 0) continue;
            for (int k = last - 1; k > first; k--)
            {
                if (!(w.Is(k, "in") || w.Is(k, "across") || w.Is(k, "among"))) continue;

                // ("children living in the area", "children placed in Esk": a participle's place defines the group)
                // ("voters under 30 in Esk": an age ends the group too)
                if (Phrases.IsTimeAt(w, k + 1) || !Phrases.IsContent(w, k - 1) && !(w.Kind(k - 1) == TokenKind.Number && (w.Is(k - 2, "under") || w.Is(k - 2, "over")))
                    || w.EndsWith(k - 1, "ing") || w.EndsWith(k - 1, "ed")
                    || w.In(k - 1, PostModifiers) || w.Is(k - 1, "after") || w.Is(k - 1, "well") || w.IsLyAdverb(k - 1)) break;
                int end = w.End(k - 1);
                int scope = k + 1;
                while (scope < last && w.IsDeterminerAt(scope)) scope++;
                f.ScopeStart = w.Start(scope);
                f.ScopeEnd = f.MeasureEnd;

                // (and the later figures of the list that carried the same phrase: "..., 74% in Tarn and 71% in Wray")
                for (int later = i + 2; later < figures.Length; later++)
                {
                    if (figures[later].MeasureStart == f.MeasureStart && figures[later].MeasureEnd == f.MeasureEnd) figures[later].MeasureEnd = end;
                }

                f.MeasureEnd = end;
                next.MeasureEnd = end;
                break;
            }
        }

        // "between 20% and 30% of placements", "a fifth to a quarter of adopters": the first figure shares the second's measure
        for (int i = figures.Length - 2; i >= 0; i--)
        {
            ref var f = ref figures[i];
            ref var next = ref figures[i + 1];
            if (!next.HasMeasure || next.First != f.Last + 1 || f.Rule == "r6l") continue;
            if (f.HasMeasure && !(next.MeasureStart > w.End(next.Last - 1) && w.Is(next.Last, "of"))) continue;
            int sep = f.Last;
            if (w.Is(sep, "and") || w.Is(sep, "to") || w.Is(sep, "or") || w.Kind(sep) == TokenKind.Punctuation && w.Char(sep) is '-' or '–' or '—')
            {
                f.MeasureStart = next.MeasureStart;
                f.MeasureEnd = next.MeasureEnd;
            }
        }
    }

    private void Resolve(Span<Figure> figures, int index)
    {
        ref var f = ref figures[index];
        var w = _w;

        // resolved with the figure before ("Polls give the Liberals 28 percent and Labour 31 percent")
        if (f.Rule == "r6g" && f.HasMeasure) return;

        // a rival's share whose rival is a pronoun ("beat him 55 percent to 35 percent"): resolved with the figure before, no measure named
        if (f.Rule == "r6x") return;

        // a range's first figure takes the measure of its second ("20" in "20-30% of staff")
        if (f.RangeStart && index + 1 < figures.Length) return;
        int prevIndex = index - 1;
        int leftFirst = f.First;
        while (prevIndex >= 0 && figures[prevIndex].RangeStart)
        {
            leftFirst = figures[prevIndex].First;
            prevIndex--;
        }

        int before = leftFirst - 1;

        // "by about a 17 percentage point margin": the hedge is the figure's, the article still opens the phrase
        if (f.ValueFirst - 1 > leftFirst && (w.Is(f.ValueFirst - 1, "a") || w.Is(f.ValueFirst - 1, "an"))) before = f.ValueFirst - 1;

        // "with, on average, about half of them late": an aside between commas before the figure is skipped
        if (w.IsPunct(before, ',') && w.Is(before - 1, "average") && w.Is(before - 2, "on") && w.IsPunct(before - 3, ',')) before -= 4;

        // "to just 9%", "only 15%": focus words say nothing about the measure
        while (before > 0 && (w.Is(before, "just") || w.Is(before, "only") || w.Is(before, "even") || w.Is(before, "exactly") || w.Is(before, "still") || w.Is(before, "currently")
            || w.Is(before, "between") && !w.Is(before - 1, "gap") && !w.Is(before - 1, "difference"))) before--;

        // "By 61%-30%, those asked said ...", "..., united in backing the levy, 89%-6%": a poll's split for and against
        if (PollSplit(figures, index, out int splitA, out int splitB))
        {
            f.Rule = "r11s";
            SetMeasure(ref f, splitA, splitB);
            return;
        }

        // "backing for a ferry link growing, rising from some 30 percent": a participle of change after a comma
        // describes the phrase before it
        // (with a figure before it in the sentence, the figure's measure carries instead: "27% were late in June, rising to 42%")
        if (prevIndex < 0 && (w.Is(before, "from") || w.Is(before, "to")) && w.IsPunct(before - 2, ',') && w.EndsWith(before - 1, "ing")
            && (w.Is(before - 1, "rising") || w.Is(before - 1, "falling") || w.Is(before - 1, "increasing") || w.Is(before - 1, "dropping")
                || w.Is(before - 1, "climbing") || w.Is(before - 1, "growing") || w.Is(before - 1, "declining") || w.Is(before - 1, "decreasing")))
        {
            int phraseEnd = before - 2;
            if (w.EndsWith(phraseEnd - 1, "ing") && !w.In(phraseEnd - 1, IngNouns)) phraseEnd--; // "... increasing, rising from"
            if (Phrases.IsContent(w, phraseEnd - 1) && Phrases.NounPhraseBefore(w, phraseEnd, out int ria, out int rib) && !w.IsCapitalised(ria))
            {
                // ("Polls have shown public support ...": the participle of the verb before is not part of the phrase)
                if (rib - ria > 1 && (w.EndsWith(ria, "ed") || w.EndsWith(ria, "wn") || w.EndsWith(ria, "en")) && w.In(ria - 1, Auxiliaries)) ria++;

                // (the phrase is whole only when a verb or "in" comes before it: not "for over three years, rising")
                int pv = ria - 1;
                while (pv >= 0 && w.IsDeterminerAt(pv)) pv--;
                bool whole = pv < 0 || w.In(pv, Auxiliaries) || w.In(pv, LinkVerbs) || w.In(pv, FiniteVerbs) || IsPastVerb(pv) || w.Is(pv, "in")
                    || w.EndsWith(pv, "ed") || w.EndsWith(pv, "wn") || w.Kind(pv) == TokenKind.Punctuation;
                if (whole)
                {
                    f.Rule = "r7pc";
                    SetMeasure(ref f, ria, rib);
                    ScopeAfter(ref f);
                    return;
                }
            }
        }

        // "Hale and Crane tied for fifth at 5%", "Crane is placed second with 31 percent", "Hale, who was tied with Crane at 40
        // percent": the subject of the place or the tie
        if ((w.Is(before, "at") || w.Is(before, "with")) && PlaceVerbBefore(before) is int placeVerb and >= 0 && !w.Is(f.Last, "of"))
        {
            int placeEnd = placeVerb;
            while (placeEnd > 0 && (w.In(placeEnd - 1, Auxiliaries) || w.Is(placeEnd - 1, "also") || w.Is(placeEnd - 1, "still"))) placeEnd--;

            // ("Hale, who was tied with Crane at 42 percent": the name before ", who")
            if (w.Is(placeEnd - 1, "who") && w.IsPunct(placeEnd - 2, ',') && NameBefore(placeEnd - 2, out int wna, out int wnb))
            {
                f.Rule = "r7t";
                SetMeasure(ref f, wna, wnb);
                ScopeAfter(ref f);
                return;
            }

            var placed = Subject(placeEnd, out int tia, out int tib);
            if (placed == SubjectKind.Phrase)
            {
                f.Rule = "r7t";
                SetMeasure(ref f, tia, tib);
                ScopeAfter(ref f);
                return;
            }

            if (placed == SubjectKind.Pronoun && PersonBefore(tia, ref f))
            {
                f.Rule = "r7t";
                return;
            }
        }

        // "£50 face value of 9.5% bonds", "20 million euros of 4.2% notes": an amount of securities the figure describes
        if (w.Is(before, "of") && (w.Is(before - 1, "amount") || w.Is(before - 1, "million") || w.Is(before - 1, "billion") || w.Is(before - 1, "yen")
                || w.Is(before - 1, "dollars") || w.Is(before - 1, "pounds") || w.Is(before - 1, "euros") || w.Kind(before - 1) == TokenKind.Number)
            && w.Kind(f.Last) == TokenKind.Word && !w.In(f.Last, Prepositions) && !w.In(f.Last, Auxiliaries) && !w.IsDeterminerAt(f.Last)
            && !w.Is(f.Last, "of") && !w.In(f.Last, TimeWords) && !VerbAfterFigure(f.Last)
            && Phrases.ReadNounPhrase(w, f.Last, w.Count, rejectVerbFirst: false, out int sea, out int seb))
        {
            f.Rule = "r8s";
            for (int k = sea + 1; k < seb; k++)
            {
                if (!w.Is(k, "due")) continue;
                seb = k; // "bonds due 1993"
                break;
            }

            SetMeasure(ref f, sea, seb);
            return;
        }

        // "new duties, ranging from 4 percent to 20 percent": the phrase a range describes
        if (w.Is(before, "from") && (w.Is(before - 1, "ranging") || w.Is(before - 1, "ranged") || w.Is(before - 1, "varying")))
        {
            int rangeEnd = w.IsPunct(before - 2, ',') ? before - 2 : before - 1;
            if (Phrases.IsContent(w, rangeEnd - 1) && Phrases.LocalNounPhraseBefore(w, rangeEnd, out int ra1, out int rb1))
            {
                // ("Esk slapped duties, ranging from ...": what the verb did is the phrase after it)
                for (int k = rb1 - 2; k > ra1; k--)
                {
                    if (!IsPastVerb(k)) continue;
                    ra1 = k + 1;
                    break;
                }

                f.Rule = "r6r";
                SetMeasure(ref f, ra1, rb1);
                ScopeAfter(ref f);
                return;
            }
        }

        // "to 60%, from the 22% it holds now": the level a change started from, with the measure of the level it reached
        if (prevIndex >= 0 && (w.Is(before, "from") || w.Is(before, "the") && w.Is(before - 1, "from")) && figures[prevIndex].HasMeasure)
        {
            int from = w.Is(before, "from") ? before : before - 1;
            if (w.IsPunct(from - 1, ',') && figures[prevIndex].Last == from - 1 && w.Is(figures[prevIndex].First - 1, "to"))
            {
                f.Rule = "r7f";
                f.MeasureStart = figures[prevIndex].MeasureStart;
                f.MeasureEnd = figures[prevIndex].MeasureEnd;
                f.ScopeStart = figures[prevIndex].ScopeStart;
                f.ScopeEnd = figures[prevIndex].ScopeEnd;
                return;
            }
        }

        // "attendance fell by an average of nearly 20 percent", "leading the wards by an average of six points": how the figure
        // was reached, as "on average" is; the words before it say what it measures
        if (w.Is(before, "of") && w.Is(before - 1, "average") && (w.Is(before - 2, "an") || w.Is(before - 2, "a"))
            && (w.Is(before - 3, "down") || w.Is(before - 3, "up") || w.In(before - 3, LinkVerbs) || w.In(before - 3, ShareVerbs) || IsPastVerb(before - 3)))
        {
            before -= 3;
        }

        // "climbed a modest 7.5%", "grew a healthy 4%": a verb, a determiner and an adjective before the figure
        // (not before a noun of the figure: "holds an unwelcome 12% stake in Kelso" is the stake's)
        if ((w.Is(before - 1, "a") || w.Is(before - 1, "an")) && Phrases.IsContent(w, before) && (!w.In(before, FigureNouns) || w.Is(before, "average")) && w.Kind(before - 2) == TokenKind.Word
            && !w.In(f.Last, FigureNouns)
            && (w.In(before - 2, LinkVerbs) && !(w.In(before - 2, NounLikeVerbs) && w.IsDeterminerAt(before - 3)) || w.In(before - 2, ShareVerbs)
                || (w.Is(before - 2, "was") || w.Is(before - 2, "is") || w.Is(before - 2, "were") || w.Is(before - 2, "are")) && !w.IsCapitalised(before)
                || (w.Is(before - 2, "up") || w.Is(before - 2, "down")) && w.In(before - 3, LinkVerbs)))
        {
            before -= 2;
        }
        else if ((w.Is(before - 1, "a") || w.Is(before - 1, "an")) && Phrases.IsContent(w, before) && !w.In(before, FigureNouns) && w.Is(before - 2, "at"))
        {
            // "stands at a healthy 61%", "is at a record 12%": as "stands at 61%"
            before -= 2;
        }

        // "an error margin of plus or minus 2 points", "is plus or minus 4%": the tolerance words
        bool plusMinus = false;
        if (w.Is(before, "minus") && w.Is(before - 1, "or") && w.Is(before - 2, "plus"))
        {
            before -= 3;
            plusMinus = true;
        }
        else if (w.Kind(before) == TokenKind.Punctuation && w.Char(before) == '±')
        {
            before--;
            plusMinus = true;
        }
        else if (w.IsPunct(before, '-') && w.IsPunct(before - 1, '/') && w.IsPunct(before - 2, '+'))
        {
            // "a sampling error of +/- 3 percent"
            before -= 3;
            plusMinus = true;
        }

        // "an error margin plus or minus 2.5 percent wide": the noun the tolerance follows ("a margin of error of plus or minus 3 points")
        if (plusMinus && w.Is(before, "of") && Phrases.IsContent(w, before - 1)) before--;
        if (plusMinus && Phrases.IsContent(w, before) && Phrases.NounPhraseBefore(w, before + 1, out int pma, out int pmb))
        {
            f.Rule = "r4pm";
            SetMeasure(ref f, pma, pmb);
            return;
        }

        // "cut its dividend in half": what was cut; "coverage cut in half", "the budget was split in half": what the verb follows
        if (w.Is(f.First - 1, "in") && w.Is(f.First, "half") && CutInHalf(f.First - 1, out int halfA, out int halfB))
        {
            f.Rule = "r4half";
            SetMeasure(ref f, halfA, halfB);
            return;
        }

        // the rules in their order, each group returning true when it resolved the figure
        if (ResolveOfPhrase(figures, index, prevIndex, leftFirst, ref before)) return;
        if (ResolveProportionNoun(figures, index, prevIndex, leftFirst, ref before)) return;
        if (ResolveBracketOrList(figures, index, prevIndex, leftFirst, ref before)) return;
        if (ResolveComparedFigure(figures, index, prevIndex, leftFirst, ref before)) return;
        if (ResolveNounBeforeOf(figures, index, prevIndex, leftFirst, ref before)) return;
        if (ResolveOfWhom(figures, index, prevIndex, leftFirst, ref before)) return;
        if (ResolveVerbGroup(figures, index, prevIndex, leftFirst, ref before)) return;
        if (ResolveParticle(figures, index, prevIndex, leftFirst, ref before)) return;
        if (ResolveNounAfter(figures, index, prevIndex, leftFirst, ref before)) return;
        if (ResolveFronted(figures, index, prevIndex, leftFirst, ref before)) return;
    }

    /// <summary>Rule group 1, tried in this order by Resolve (true when it resolved the figure): "40% of X", "half (46%) of X", "(46%) of X", "15% (29) of X"</summary>
    private bool ResolveOfPhrase(Span<Figure> figures, int index, int prevIndex, int leftFirst, ref int before)
    {
        ref var f = ref figures[index];
        var w = _w;
        f.Rule = "r1";
        int j = f.Last;
        if (w.IsPunct(j, '(') && TryCloseBracket(j, out int close) && (ContainsFigure(figures, j, close) || close - j <= 4 && w.Is(close + 1, "of"))) j = close + 1;
        if (w.IsPunct(j, ')') && OpenBracketBefore(leftFirst) >= 0) j++;

        // "12 million shares, or 40%, of the bakery chain": the figure restates a count, between commas
        if (w.IsPunct(j, ',') && w.Is(j + 1, "of") && w.Is(leftFirst - 1, "or") && w.IsPunct(leftFirst - 2, ',')) j++;
        // ("of all those helped by the club" is a group, not the whole)
        bool ofWhole = w.Is(j, "of") && (w.Is(j + 1, "the") && (w.Is(j + 2, "total") || w.Is(j + 2, "whole")) && !Phrases.IsContent(w, j + 3)
            || w.Is(j + 1, "all") && !Phrases.IsContent(w, j + 2) && !w.Is(j + 2, "those"));
        if (w.Is(j, "of") && !ofWhole)
        {
            if (w.Is(j + 1, "whom") || w.Is(j + 1, "which") || w.Is(j + 1, "them") || w.Is(j + 1, "it")
                || (w.Is(j + 1, "these") || w.Is(j + 1, "those") || w.Is(j + 1, "this"))
                    && (!Phrases.IsContent(w, j + 2) || TheseBeforeVerb(j + 1))
                    && !(Phrases.IsDefinedThose(w, j + 1) && Phrases.ReadNounPhrase(w, j + 1, w.Count, rejectVerbFirst: false, out _, out _)))
            {
                Carry(figures, index, prevIndex, sameSentenceOnly: true);

                // "took 1,204 calls from May to July, 31% of which came from schools",
                // "the older, 20-plus group, 54% of whom are in work": the group the relative pronoun stands for
                if (!f.HasMeasure && (w.Is(j + 1, "which") || w.Is(j + 1, "whom")) && w.IsPunct(before, ',') && GroupBeforeComma(before, out int ga, out int gb))
                {
                    f.Rule = "r1w";
                    SetMeasure(ref f, ga, gb);
                }

                // "All pupils in care have a plan, against just half of them in 2015": "them" is the subject of the clause before
                if (!f.HasMeasure && w.Is(j + 1, "them") && !w.IsPunct(before, ',') && ElidedSubject(leftFirst, out int ta1, out int tb1) && tb1 <= leftFirst
                    && !w.In(ta1, Pronouns))
                {
                    f.Rule = "r1t";
                    SetMeasure(ref f, ta1, tb1);
                }

                // "a £900 deposit, 80 percent of it returned": the phrase before the comma
                if (!f.HasMeasure && (w.Is(j + 1, "it") || w.Is(j + 1, "them")) && w.IsPunct(before, ',')
                    && Phrases.NounPhraseBefore(w, before, out int ia, out int ib) && w.Kind(ib - 1) == TokenKind.Word && !w.IsCapitalised(ia))
                {
                    SetMeasure(ref f, ia, ib);
                }

                // "KRATOS has engaged with 102 looked after children and care leavers. Approximately 25% of these were ...":
                // the counted group of the sentence before
                if (!f.HasMeasure && (w.Is(j + 1, "these") || w.Is(j + 1, "those") || w.Is(j + 1, "them")) && CountedNounOfSentenceBefore(ref f, afterVerb: false))
                {
                    f.Rule = "r1c";
                }
            }
            // ("about 38 percent of both the urban and rural councils")
            // ("92% of these looked after young people": "these" is a determiner)
            else if (!OfIsTime(j) && Phrases.ReadNounPhrase(w, w.Is(j + 1, "both") || w.Is(j + 1, "these") && Phrases.IsContent(w, j + 2) ? j + 2 : j + 1, w.Count, rejectVerbFirst: false, out int a, out int b))
            {
                int next = index + 1 < figures.Length ? figures[index + 1].First : w.Count;
                TrimOfPhrase(a, ref b, before, SubjectPosition(f.First), next);
                SetMeasure(ref f, a, b);

                // "Esk (64 percent of households there own a car)": the place before the bracket is the scope
                int open1 = OpenBracketBefore(leftFirst);
                if (IsBracketAfterName(open1) && NameBefore(open1, out int sa1, out int sb1)) SetScope(ref f, sa1, sb1);
            }

            ScopeAfter(ref f);
            return true;
        }

        // "The rate was 16% in 2019. This is a rise from 6% in 2018", "This remains higher than similar areas at 6.3%": "This"
        // opening the clause stands for the figure of the sentence before, so its measure carries (a compared group is a scope)
        if (prevIndex < 0 && _carryStart >= 0 && (w.Is(before, "from") || w.Is(before, "on") || w.Is(before, "at")) && ThisBefore(before, out int than))
        {
            f.Rule = "r3this";
            Carry(figures, index, prevIndex, sameSentenceOnly: false);
            if (than >= 0 && Phrases.LocalNounPhraseBefore(w, before, out int ta0, out int tb0) && ta0 > than) SetScope(ref f, ta0, tb0);
            ScopeAfter(ref f);
            return true;
        }

        // "X is low, at 9%, better than comparators, at 14%", "under the England average at 22% and similar areas
        // at 10%": a compared group with its figure after "at" keeps the measure of the sentence's first figure, the group
        // as the scope (an average or a rate named is its own measure)
        if (w.Is(before, "at") && ComparedGroupBefore(before, figures, index, prevIndex, out int cga, out int cgb, out int measured))
        {
            f.Rule = "r3c";
            f.MeasureStart = measured >= 0 ? figures[measured].MeasureStart : _carryStart;
            f.MeasureEnd = measured >= 0 ? figures[measured].MeasureEnd : _carryEnd;
            SetScope(ref f, cga, cgb);
            return true;
        }

        // "118 children left care, of whom 12% later came back": a share of the group before the comma
        if (RelativeGroup(before, out int wa0, out int wb0))
        {
            f.Rule = "r1w";
            SetMeasure(ref f, wa0, wb0);
            ScopeAfter(ref f);
            return true;
        }

        // "Of the 68 approved adopters, half completed ...": the fronted group comes first ("Of those placed out of the
        // county 69% attend ...": with no comma, when the group runs up to the figure and no "of" follows it)
        if ((w.IsPunct(before, ',') && FrontedOf(before, out int oa, out int ob)
            || Phrases.IsContent(w, before) && !w.Is(f.Last + 1, "of") && FrontedOf(leftFirst, out oa, out ob) && ob == leftFirst && w.Is(Phrases.ClauseStart(w, leftFirst), "of")))
        {
            f.Rule = "r9f";
            SetMeasure(ref f, oa, ob);
            ScopeAfter(ref f);
            return true;
        }

        // "Turnover reached £18 million, up 12%", "shares in Kelso lost 21p, or 3.5 percent": a figure after an amount
        // measures the subject of a copula or a verb of change before it; "posted a loss of £3.1 million, down 14%",
        // "revenue of $212 million for the quarter, up 39%": else the noun the amount is of; after another verb
        // ("earned £9 million, up 6%") nothing named
        if ((w.Is(before, "up") || w.Is(before, "down") || w.Is(before, "or")) && w.IsPunct(before - 1, ','))
        {
            bool afterVerb = AmountVerb(before - 1, w.Is(before, "or"), out int amountSubject);
            if (!(afterVerb && amountSubject >= 0) && !w.Is(before, "or") && AmountOfBefore(before - 1, out int ofA, out int ofB))
            {
                f.Rule = "r6q";
                SetMeasure(ref f, ofA, ofB);
                ScopeAfter(ref f);
                return true;
            }

            if (afterVerb)
            {
                f.Rule = "r6a";
                if (amountSubject >= 0) ApplySubject(figures, index, prevIndex, amountSubject);
                ScopeAfter(ref f);
                return true;
            }
        }

        // "Polls give the Liberals 28 percent and Labour 31 percent", "the count showed Hale 41%, Tan 30%": each figure is the named party's
        if (GiveObject(before, out int ga1, out int gb1))
        {
            f.Rule = "r6g";
            SetMeasure(ref f, ga1, gb1);
            ScopeAfter(ref f);
            for (int g = index + 1; g < figures.Length; g++)
            {
                ref var next = ref figures[g];
                int gEnd = next.First;
                if (!(Phrases.IsContent(w, gEnd - 1) && w.IsCapitalised(gEnd - 1) && Phrases.LocalNounPhraseBefore(w, gEnd, out int gStart, out _)
                    && gStart > figures[g - 1].Last && (w.Is(gStart - 1, "and") || w.IsPunct(gStart - 1, ',')) && gStart - 1 <= figures[g - 1].Last + 1)) break;
                SetMeasure(ref next, gStart, gEnd);
                next.Rule = "r6g";
                ScopeAfter(ref next);
            }

            return true;
        }

        // "Hale now runs well ahead of the Labour challenger 51 percent to 40 percent": the first figure is the subject's (or the name's
        // a figure before gave), the second the rival's after "ahead of"
        if (index + 1 < figures.Length && figures[index + 1].First == f.Last + 1 && (w.Is(f.Last, "to") || IsSplitDash(f.Last))
            && AheadOf(before, out int aheadAt, out int ra2, out int rb2))
        {
            int verbEnd = aheadAt;
            while (verbEnd > 0 && (w.Is(verbEnd - 1, "well") || w.Is(verbEnd - 1, "far") || w.Is(verbEnd - 1, "now") || w.Is(verbEnd - 1, "still")
                || w.Is(verbEnd - 1, "comfortably") || w.Is(verbEnd - 1, "narrowly") || w.Is(verbEnd - 1, "just"))) verbEnd--;
            bool led = false;
            if (w.In(verbEnd - 1, Auxiliaries) && TryVerbGroup(verbEnd - 1, out int aheadSubject) && Subject(aheadSubject, out int la2, out int lb2) == SubjectKind.Phrase)
            {
                SetMeasure(ref f, la2, lb2);
                led = true;
            }

            if (!led && prevIndex >= 0 && figures[prevIndex].HasMeasure && IsNameMeasure(figures[prevIndex]))
            {
                f.MeasureStart = figures[prevIndex].MeasureStart;
                f.MeasureEnd = figures[prevIndex].MeasureEnd;
                led = true;
            }

            f.Rule = "r6l";
            ref var behind = ref figures[index + 1];
            behind.Rule = "r6l";
            SetMeasure(ref behind, ra2, rb2);
            return true;
        }

        // "Hale has a 52%-41% lead over Crane", "Alder's 64%-27% advantage over Crane": a lead noun after the pair; the leader
        // (who has the lead, or whose it is) takes the first figure and the name after "over" the second
        if (index + 1 < figures.Length && figures[index + 1].First == f.Last + 1 && (w.Is(f.Last, "to") || IsSplitDash(f.Last))
            && IsLeadNoun(figures[index + 1].Last) && w.Is(figures[index + 1].Last + 1, "over") && NameAfter(figures[index + 1].Last + 2, out int ova, out int ovb))
        {
            f.Rule = "r6l";
            if (IsPossessiveName(before) && NameBefore(before + 1, out int pa1, out _)) SetPossessor(ref f, pa1, before);
            else if ((w.Is(before, "a") || w.Is(before, "an")) && (w.Is(before - 1, "has") || w.Is(before - 1, "had") || w.Is(before - 1, "holds") || w.Is(before - 1, "held")
                || w.Is(before - 1, "enjoys") || w.Is(before - 1, "opened") || w.Is(before - 1, "built")) && NameBefore(before - 1, out int la1, out int lb1)) SetMeasure(ref f, la1, lb1);
            ref var rival = ref figures[index + 1];
            rival.Rule = "r6l";
            SetMeasure(ref rival, ova, ovb);
            return true;
        }

        // "Female members preferred Alder 53 percent to 21 percent", "older members backed Crane, 57 percent to 22 percent": the first
        // figure is the preferred name's; the second is a rival's only when one is named after it ("... to 27 percent for Crane")
        if (index + 1 < figures.Length && figures[index + 1].First == f.Last + 1
            && (w.Is(f.Last, "to") || IsSplitDash(f.Last)) && PreferredName(before, out int pna, out int pnb) && (prevIndex < 0 || pna > figures[prevIndex].Last))
        {
            f.Rule = "r6p";
            SetMeasure(ref f, pna, pnb);
            ref var other = ref figures[index + 1];
            other.Rule = "r6x";
            if (w.Is(other.Last, "for") && NameAfter(other.Last + 1, out int ona, out int onb))
            {
                other.Rule = "r6l";
                SetMeasure(ref other, ona, onb);
            }

            return true;
        }

        // "Hale leads Moreno 48% to 41%", "Ruiz defeated Tan by 52% to 45%": the first figure is the subject's, the second the rival's
        if (LeadObject(before, out int leadVerb, out int ra0, out int rb0, out int lsa, out int lsb))
        {
            f.Rule = "r6l";
            if (lsa >= 0) SetScope(ref f, lsa, lsb);

            // "beat the mayor's vote total by about 15 percent": beating a quantity measures the quantity
            if (rb0 >= 0 && (w.Is(rb0 - 1, "total") || w.Is(rb0 - 1, "tally") || w.Is(rb0 - 1, "count") || w.Is(rb0 - 1, "score") || w.Is(rb0 - 1, "record")))
            {
                SetMeasure(ref f, ra0, rb0);
                ScopeAfter(ref f);
                return true;
            }

            // "Alder is leading Crane", "Pike would beat him", "had long led": the subject is before the auxiliaries
            int leaderEnd = leadVerb;
            while (leaderEnd > 1 && leaderEnd > leadVerb - 4 && (w.In(leaderEnd - 1, Auxiliaries) || w.Is(leaderEnd - 1, "not") || w.Is(leaderEnd - 1, "now")
                || w.Is(leaderEnd - 1, "still") || w.Is(leaderEnd - 1, "also"))) leaderEnd--;
            var leader = Subject(leaderEnd, out int la0, out int lb0);
            if (leader == SubjectKind.Phrase) SetMeasure(ref f, la0, lb0);
            else if (leader == SubjectKind.Pronoun) PersonBefore(la0, ref f);
            ScopeAfter(ref f);
            if (index + 1 < figures.Length && figures[index + 1].First == f.Last + 1 && (w.Is(f.Last, "to") || w.IsPunct(f.Last, '-') || w.IsPunct(f.Last, '–')))
            {
                // resolved here: the rival's share, with the same scope
                // ("led the ward 49 percent to 40 percent for Crane": a rival named after the second figure)
                ref var next = ref figures[index + 1];
                if (ra0 < 0 && w.Is(next.Last, "for") && NameAfter(next.Last + 1, out ra0, out rb0)) { }
                if (ra0 >= 0) SetMeasure(ref next, ra0, rb0);
                next.Rule = ra0 >= 0 ? "r6l" : "r6x";
                next.ScopeStart = f.ScopeStart;
                next.ScopeEnd = f.ScopeEnd;
                if (next.ScopeStart < 0) ScopeAfter(ref next);
                if (next.ScopeStart >= 0 && f.ScopeStart < 0)
                {
                    f.ScopeStart = next.ScopeStart;
                    f.ScopeEnd = next.ScopeEnd;
                }
            }

            return true;
        }

        if (prevIndex >= 0 && figures[prevIndex].Rule is "r6l" or "r6p" && figures[prevIndex].Last == leftFirst - 1 && f.HasMeasure)
        {
            // (the rival's share of a lead, resolved with the leader's; it keeps the lead's rule)
            f.Rule = "r6l";
            return true;
        }

        // "found Alder leading Crane by 11 points among renters, 52 percent to 41 percent": a pair after a comma gives the
        // shares of a lead stated before it, the leader's first and the rival's second, with the lead's group as the scope
        // ("leads Moreno by about 8 percentage points, 41%-33%": the margin may be a figure of its own, and the pair joined by a dash)
        bool pairJoint = w.Is(f.Last, "to") || w.Kind(f.Last) == TokenKind.Punctuation && w.Char(f.Last) is '-' or '–' && w.Glued(f.Last - 1, f.Last) && w.Glued(f.Last, f.Last + 1);
        // ("by a four-percentage-point margin, 47 percent to 43 percent": a margin noun after the figure)
        bool marginBefore = prevIndex >= 0 && prevIndex == index - 1
            && (figures[prevIndex].Kind == PercentageKind.PercentagePoints && w.Is(figures[prevIndex].First - 1, "by") || w.Is(figures[prevIndex].ValueFirst - 1, "by")
                || (w.Is(figures[prevIndex].ValueFirst - 1, "a") || w.Is(figures[prevIndex].ValueFirst - 1, "an")) && w.Is(figures[prevIndex].ValueFirst - 2, "by")
                    && IsLeadNoun(figures[prevIndex].Last) && w.IsPunct(figures[prevIndex].Last + 1, ','));
        // ("beat the senator from Esk by 16 points (55 percent to 39 percent)": the pair in brackets)
        if ((prevIndex < 0 || marginBefore) && (w.IsPunct(before, ',') || w.IsPunct(before, '(')) && index + 1 < figures.Length && pairJoint && figures[index + 1].First == f.Last + 1
            && LeadBeforeComma(before, out int lcv, out int cra, out int crb, out int csa, out int csb))
        {
            f.Rule = "r6l";
            ref var rival = ref figures[index + 1];
            rival.Rule = "r6l";
            int leaderEnd = lcv;
            while (leaderEnd > 1 && leaderEnd > lcv - 4 && w.In(leaderEnd - 1, Auxiliaries)) leaderEnd--;
            var leader = Subject(leaderEnd, out int cla, out int clb);
            if (leader == SubjectKind.Phrase) SetMeasure(ref f, cla, clb);

            // "a poll found Alder leading Crane": the name after the verb of finding is the leader
            else if (w.Is(leaderEnd - 1, "found") || w.Is(leaderEnd - 1, "shows") || w.Is(leaderEnd - 1, "showed") || w.Is(leaderEnd - 1, "has") || w.Is(leaderEnd - 1, "had"))
            {
                if (NameBefore(leaderEnd, out int na1, out int nb1)) SetMeasure(ref f, na1, nb1);
            }

            SetMeasure(ref rival, cra, crb);
            if (csa >= 0)
            {
                SetScope(ref f, csa, csb);
                SetScope(ref rival, csa, csb);
            }

            return true;
        }

        // "a survey found Hale with a lead of 51 percent to 44 percent over Mr. Moreno": the leader before "with", the rival after "over"
        if (prevIndex < 0 && w.Is(before, "of") && IsLeadNoun(before - 1)
            && (w.Is(before - 2, "a") || w.Is(before - 2, "an")) && w.Is(before - 3, "with") && pairJoint && index + 1 < figures.Length
            && figures[index + 1].First == f.Last + 1 && NameBefore(before - 3, out int wla, out int wlb))
        {
            f.Rule = "r6l";
            SetMeasure(ref f, wla, wlb);
            ref var rival = ref figures[index + 1];
            rival.Rule = "r6l";
            int rivalA = rival.Last + 1;
            if (w.Is(rival.Last, "over") && w.IsCapitalised(rivalA))
            {
                // the name, with a title's stop ("Mr. Moreno"), not the stop that ends the sentence
                int rivalB = rivalA;
                while (rivalB < w.Count && rivalB < rivalA + 5 && (w.IsCapitalised(rivalB)
                    || w.IsPunct(rivalB, '.') && w.Glued(rivalB - 1, rivalB) && w.Text(rivalB - 1).Length <= 3 && w.IsCapitalised(rivalB + 1))) rivalB++;
                SetMeasure(ref rival, rivalA, rivalB);
            }

            return true;
        }

        // "carried 58 percent, against Ashby's 42 percent", "the same as Mr. Gale's 60 percent": a rival's figure carries the measure of the figure before
        // ("Wells' 33 percent": a possessive apostrophe read as its own token)
        bool bareApostrophe = prevIndex >= 0 && w.Kind(before) == TokenKind.Punctuation && w.Char(before) is '\'' or '’' && w.Glued(before - 1, before)
            && w.IsCapitalised(before - 1) && w.EndsWith(before - 1, "s");
        if (prevIndex >= 0 && (IsPossessiveName(before) || bareApostrophe))
        {
            int k = before - 1;
            while (k > 0 && k > before - 5 && (w.IsCapitalised(k) || w.IsPunct(k, '.'))) k--;

            // "to county councillor Ann Tarrow's 41 percent": a title before the name
            for (int t = 0; t < 2 && Phrases.IsContent(w, k) && !w.IsCapitalised(k) && w.IsCapitalised(k + 1); t++) k--;
            if (w.Is(k, "to") || w.Is(k, "than") || w.Is(k, "as") || w.Is(k, "with") || w.Is(k, "against") || w.Is(k, "versus") || w.Is(k, "vs"))
            {
                f.Rule = "r3p";

                // "a lead for Corran with 47 percent to Fitch's 45 percent": when the figure before is a name's share, this is the rival's
                if (MeasureAfter(figures[prevIndex]) || NounAfter(f) || !NameBefore(bareApostrophe ? before : before + 1, out int rivalA, out int rivalB)) Carry(figures, index, prevIndex, sameSentenceOnly: true);
                else if (bareApostrophe) SetMeasure(ref f, rivalA, rivalB);
                else SetPossessor(ref f, rivalA, before);
                ScopeAfter(ref f);
                return true;
            }
        }

        // "Gray's impressive 19 percent put him third": a name's own figure
        if (prevIndex < 0 && !w.Is(f.Last, "of") && !NounAfter(f))
        {
            int possessive = IsPossessiveName(before) ? before : IsPossessiveName(before - 1) && Phrases.IsContent(w, before) && !w.IsCapitalised(before) ? before - 1 : -1;
            if (possessive >= 0 && NameBefore(possessive + 1, out int ownerA, out _))
            {
                f.Rule = "r3q";
                SetPossessor(ref f, ownerA, possessive);
                ScopeAfter(ref f);
                return true;
            }
        }

        // "Corwin won 48 percent of the wards, Hale 30 percent", "Pickering got 40 percent, Ames 35 percent",
        // "followed by Dunmore at 25 percent", "Ashby by 9 percent; Tarnside by 4 percent" after a colon: figures given to names in a list
        if (NameList(figures, index, prevIndex, before))
        {
            ScopeAfter(ref f);
            return true;
        }

        // "some 70 percent of growers back it, with about one in ten saying ...": a share of the group before
        if (w.Is(before, "with") && prevIndex >= 0 && figures[prevIndex].HasMeasure && w.EndsWith(f.Last, "ing"))
        {
            f.Rule = "r3i";
            // ("shows Hale leading Crane 48 percent to 39 percent, with 9 percent backing someone else": after a
            // candidate's share the figure is a share of those polled, who are not named)
            if (figures[prevIndex].Rule is "r6l" or "r6p" or "r6g" or "r6x") return true;
            Carry(figures, index, prevIndex, sameSentenceOnly: true);
            return true;
        }

        // "The desk took 571 calls in the year. Forty one per cent (231) were about pupils": a share of the counted noun
        if (prevIndex < 0 && FirstWordAt(leftFirst) && w.IsPunct(f.Last, '(') && w.Kind(f.Last + 1) == TokenKind.Number && w.IsPunct(f.Last + 2, ')')
            && (w.In(f.Last + 3, Auxiliaries) || w.In(f.Last + 3, FiniteVerbs) || VerbAfterFigure(f.Last + 3)) && CountedNounOfSentenceBefore(ref f, afterVerb: true))
        {
            f.Rule = "r10c";
            return true;
        }

        // "The poll found 51 percent of likely voters backed the levy. About 9 percent said the levy was unfair": a bare
        // figure that opens its sentence and answers, chooses or backs something is a share of the group an earlier
        // share in the paragraph (or the one before) was of, not of the sentence's subject (a poll is no group)
        // ("Just under a third, 31 percent, say ...": a figure restated between commas before the verb)
        int answerAt = index + 1 < figures.Length && w.IsPunct(f.Last, ',') && figures[index + 1].First == f.Last + 1 && w.IsPunct(figures[index + 1].Last, ',')
            ? figures[index + 1].Last + 1 : f.Last;
        if (prevIndex < 0 && _groupStart >= 0 && OpensSentenceAfterIntro(leftFirst) && AnswerVerbAfter(answerAt))
        {
            f.Rule = "r10g";
            f.MeasureStart = _groupStart;
            f.MeasureEnd = _groupEnd;
            return true;
        }

        // "The majority of Year 11 children are in school. At least half are on track ...": a figure that opens the
        // sentence as its whole subject is a share of the subject of the sentence before (same paragraph)
        // ("As at 31 March 2024, 81% attended ...", "Between April and June only 38% were ...": after a fronted time)
        if (prevIndex < 0 && (FirstWordAt(leftFirst) || OpensAfterFrontedTime(leftFirst)) && (w.In(f.Last, Auxiliaries) || w.In(f.Last, FiniteVerbs) || VerbAfterFigure(f.Last)) && !w.Is(f.Last, "of")
            && SubjectOfSentenceBefore(ref f))
        {
            f.Rule = "r10s";
            return true;
        }

        // "Children looked after ..., and one in five are not registered": the subject of the clause before
        // ("Most children have a plan, although almost one in five do not")
        // ("Most young people secure work and about 10% are at university": no comma needed after a quantified subject)
        if (prevIndex < 0 && (w.Is(before, "and") || w.Is(before, "but") || w.Is(before, "although") || w.Is(before, "though") || w.Is(before, "whereas") || w.Is(before, "while"))
            && (w.IsPunct(before - 1, ',') || w.Is(before, "and") && QuantifiedSentenceStart(before))
            && (w.In(f.Last, Auxiliaries) || w.In(f.Last, FiniteVerbs)) && ElidedSubject(w.IsPunct(before - 1, ',') ? before - 1 : before, out int eaa, out int eab))
        {
            f.Rule = "r10e";
            SetMeasure(ref f, eaa, eab);
            return true;
        }

        // "pupils who have attendance below 85%", "schools with absence above 10%": a noun right before a figure hedged by
        // "below", "above", "over" or "under" is what the figure bounds
        if (f.ValueFirst > f.First && (w.Is(f.First, "below") || w.Is(f.First, "above") || w.Is(f.First, "over") || w.Is(f.First, "under"))
            && Phrases.IsContent(w, before) && w.Kind(before) == TokenKind.Word && !IsVerbAt(before) && !IsPastVerb(before) && !w.EndsWith(before, "ed")
            && !w.In(before, LinkVerbs) && !w.In(before, FiniteVerbs) && !w.IsLyAdverb(before) && !w.In(before, TimeWords) && !w.IsCapitalised(before)
            && !(w.EndsWith(before, "ing") && !w.In(before, IngNouns))
            && Phrases.LocalNounPhraseBefore(w, before + 1, out int ba, out int bb))
        {
            f.Rule = "r8h";
            SetMeasure(ref f, ba, bb);
            return true;
        }

        // "The poll asked Democrats how likely Lind was to win, to which 21 percent said ... and 14 percent said ...": the
        // people asked, when the figure is the subject of a verb of saying
        if (FigureOpensClause(f) && w.In(f.Last, SayingVerbs) && AskedGroup(f.First, out int aska, out int askb))
        {
            f.Rule = "r10q";
            SetMeasure(ref f, aska, askb);
            return true;
        }

        // "Although a large share of pupils in care attend local schools, over a fifth travel further than ten miles":
        // a figure that opens the main clause after a fronted "although" clause is a share of that clause's subject
        if (prevIndex < 0 && w.IsPunct(before, ',') && FigureOpensClause(f) && FrontedContrastSubject(before, out int ta, out int tb))
        {
            f.Rule = "r10a";
            SetMeasure(ref f, ta, tb);
            return true;
        }
        return false;
    }

    /// <summary>Rule group 10, tried in this order by Resolve (true when it resolved the figure): "12 out of 15 cases", "one in five children", "half the staff": the noun after a proportion</summary>
    private bool ResolveProportionNoun(Span<Figure> figures, int index, int prevIndex, int leftFirst, ref int before)
    {
        ref var f = ref figures[index];
        var w = _w;
        int after10 = f.Last;
        if (w.IsPunct(after10, '(') && TryCloseBracket(after10, out int close10)) after10 = close10 + 1;
        if (f.Kind == PercentageKind.Proportion && (Phrases.IsContent(w, after10) || w.IsDeterminerAt(after10) && Phrases.IsContent(w, after10 + 1))
            && !VerbAfterFigure(after10) && Phrases.ReadNounPhrase(w, after10, w.Count, rejectVerbFirst: true, out int na0, out int nb0))
        {
            f.Rule = "r10";
            SetMeasure(ref f, na0, nb0);
            return true;
        }

        // "(2.0% increase in Early Years; ...)": a figure before a change word
        // ("an unwelcome 12.45% stake": an adjective between the article and the figure)
        if (w.In(f.Last, FigureNouns) && !w.Is(f.Last, "figure") && (w.IsPunct(before, '(') || w.IsPunct(before, ';') || w.IsDeterminerAt(before)
            || (w.Is(before - 1, "a") || w.Is(before - 1, "an")) && Phrases.IsContent(w, before) && !w.In(before, FigureNouns)))
        {
            f.Rule = "r8a";
            int end = f.Last + 1;
            // ("the 20% growth rate": change and rate words together name one thing)
            while (end < w.Count && end < f.Last + 3 && Phrases.IsContent(w, end) && w.In(end, FigureNouns)) end++;
            SetMeasure(ref f, f.Last, end);
            ScopeAt(ref f, end);
            return true;
        }

        // "distrusted by many voters - 62 percent - but ...": a figure between spaced dashes restates the phrase before, like a bracket
        if (w.Kind(before) == TokenKind.Punctuation && w.Char(before) is '-' or '–' or '—' && !w.Glued(before, before + 1)
            && w.Kind(f.Last) == TokenKind.Punctuation && w.Char(f.Last) == w.Char(before) && Phrases.IsContent(w, before - 1)
            && Phrases.LocalNounPhraseBefore(w, before, out int da, out int db) && !(w.In(da - 1, Prepositions) && !w.Is(da - 1, "of")) && !w.IsCapitalised(da))
        {
            f.Rule = "r2d";
            if (w.In(da, Quantifiers) && db - da > 1) da++;
            SetMeasure(ref f, da, db);
            return true;
        }
        return false;
    }

    /// <summary>Rule group 2, tried in this order by Resolve (true when it resolved the figure): bracketed figure</summary>
    private bool ResolveBracketOrList(Span<Figure> figures, int index, int prevIndex, int leftFirst, ref int before)
    {
        ref var f = ref figures[index];
        var w = _w;
        f.Rule = "r2";
        int open = OpenBracketBefore(leftFirst);
        if (open >= 0)
        {
            ResolveBracketed(figures, index, prevIndex, open);
            ScopeAfter(ref f);
            return true;
        }

        // ("..., with another 12 percent of them voting by post": another share of the same group)
        if (w.Is(before, "another") && w.Is(before - 1, "with") && w.IsPunct(before - 2, ',')) before--;

        // "Reviews happen on time, with 98% within timescales": the subject of the clause before (or the figure before)
        if (w.Is(before, "with") && w.IsPunct(before - 1, ','))
        {
            f.Rule = "r3w";

            // ("..., with over 90% participation at age 17": a rate noun after the figure is what it measures)
            if (w.Is(f.Last, "participation") || w.Is(f.Last, "attendance") || w.Is(f.Last, "compliance") || w.Is(f.Last, "take-up") || w.Is(f.Last, "uptake")
                || w.Is(f.Last, "coverage") || w.Is(f.Last, "engagement") || w.Is(f.Last, "turnout") || w.Is(f.Last, "occupancy"))
            {
                SetMeasure(ref f, f.Last, f.Last + 1);
                ScopeAt(ref f, f.Last + 1);
                if (f.ScopeStart < 0 && w.Is(f.Last + 1, "at") && (w.Is(f.Last + 2, "age") || w.Is(f.Last + 2, "ages")))
                {
                    // ("at age 16 and 17": the ages, up to the clause's end)
                    int ae = f.Last + 3;
                    while (ae < w.Count && ae < f.Last + 9 && (w.Kind(ae) == TokenKind.Number || w.Is(ae, "and") || w.Is(ae, "to") || w.Is(ae, "or")
                        || w.Kind(ae) == TokenKind.Punctuation && w.Char(ae) is '-' or '–')) ae++;
                    if (ae > f.Last + 3) SetScope(ref f, f.Last + 2, ae);
                }
                return true;
            }

            // ("Hale was preferred 51 percent, with 10 percent undecided": the rest of the sample is no share of a name)
            for (int k = prevIndex; k >= 0; k--)
            {
                if (figures[k].Rule == "r6v" && IsNameMeasure(figures[k])) return true;
            }

            if (prevIndex >= 0) Carry(figures, index, prevIndex, sameSentenceOnly: true);
            else if (ElidedSubject(before - 1, out int ea, out int eb)) SetMeasure(ref f, ea, eb);
            ScopeAfter(ref f);
            return true;
        }

        // "the remaining 13%", "the other 40%": the rest of what was measured before
        if (w.Is(before, "remaining") || w.Is(before, "other") || w.Is(before, "rest"))
        {
            f.Rule = "r3r";
            Carry(figures, index, prevIndex, sameSentenceOnly: false);
            return true;
        }

        // "30 percent of shoppers said no, while 52 percent overall were content": the whole sample, no group named
        if (w.Is(f.Last, "overall") && (SubjectPosition(f.First) || w.Is(before, "while") || w.Is(before, "whilst") || w.Is(before, "whereas")))
        {
            f.Rule = "r3o";
            return true;
        }

        // "About two-thirds of likely tenants, 64 percent, back the plan": a figure restated between commas right after another
        if (prevIndex >= 0 && index > 0 && w.IsPunct(before, ',') && figures[prevIndex].Last <= before && before - figures[prevIndex].Last <= 4
            && w.IsPunct(f.Last, ',') && RestatesFigureBefore(figures[prevIndex], before))
        {
            f.Rule = "r3r";
            Carry(figures, index, prevIndex, sameSentenceOnly: true);
            return true;
        }

        // "45 percent of tenants backed Tate and 41 percent preferred Cole": the same group, with its own verb
        // ("Of these pupils, 64% are at primary school and 36% are ...": a fronted group too)
        if (prevIndex >= 0 && (w.Is(before, "and") || w.Is(before, "but")) && !w.In(f.Last, FigureNouns)
            && (MeasureAfter(figures[prevIndex]) || figures[prevIndex].Rule == "r9f" && figures[prevIndex].HasMeasure) && SubjectPosition(figures[prevIndex].First)
            && (IsVerbAt(f.Last) || w.EndsWith(f.Last, "ed") || w.In(f.Last, VerbAdverbs) && (IsVerbAt(f.Last + 1) || IsPastVerb(f.Last + 1))))
        {
            f.Rule = "r3v";
            Carry(figures, index, prevIndex, sameSentenceOnly: true);
            return true;
        }
        return false;
    }

    /// <summary>Rule group 3, tried in this order by Resolve (true when it resolved the figure): compared with an earlier figure</summary>
    private bool ResolveComparedFigure(Span<Figure> figures, int index, int prevIndex, int leftFirst, ref int before)
    {
        ref var f = ref figures[index];
        var w = _w;
        f.Rule = "r3";

        // "Hale was favoured 47 percent versus 35 percent": the second figure is the rival's, who is not named here
        if (prevIndex >= 0 && (w.Is(before, "versus") || w.Is(before, "vs")) && figures[prevIndex].Rule == "r6v" && IsNameMeasure(figures[prevIndex])) return true;
        if (prevIndex >= 0 && w.Is(before, "with") && !MeasureAfter(figures[prevIndex]) && NameClauseAfter(figures[prevIndex], before, ref f)) return true;

        // "primary eligibility rose from N% to M%, and secondary eligibility from P% to Q%": a new subject with its verb left out
        if (prevIndex >= 0 && w.Is(before, "from") && Phrases.LocalNounPhraseBefore(w, before, out int na2, out int nb2) && nb2 == before
            && w.Is(na2 - 1, "and") && w.IsPunct(na2 - 2, ',') && na2 - 2 > figures[prevIndex].Last - 1 && !w.IsCapitalised(na2))
        {
            f.Rule = "r3n";
            SetMeasure(ref f, na2, nb2);
            ScopeAfter(ref f);
            return true;
        }

        // "Hale leads by 55 percent to 31 percent": the second figure is a rival's who is not named
        if (prevIndex >= 0 && w.Is(before, "to") && figures[prevIndex].Last == before && w.Is(figures[prevIndex].First - 1, "by") && IsLeadVerb(figures[prevIndex].First - 2))
        {
            f.Rule = "r6x";
            ScopeAfter(ref f);
            return true;
        }

        // "Lind is up from 35 percent and Ames is down from 47 percent": a clause with its own subject after the figure before
        if (prevIndex >= 0 && w.Is(before, "from") && (w.Is(before - 1, "up") || w.Is(before - 1, "down")) && w.In(before - 2, Auxiliaries)
            && TryVerbGroup(before - 2, out int downSubject) && Subject(downSubject, out int dsa, out int dsb) == SubjectKind.Phrase && dsa > figures[prevIndex].Last)
        {
            SetMeasure(ref f, dsa, dsb);
            ScopeAfter(ref f);
            return true;
        }

        // "expects its exports to rise to 30% of total revenue from 22% a year before": the earlier level of the share just named
        if (prevIndex >= 0 && w.Is(before, "from") && MeasureAfter(figures[prevIndex]) && figures[prevIndex].MeasureEnd == w.End(before - 1))
        {
            f.Rule = "r3f";
            Carry(figures, index, prevIndex, sameSentenceOnly: true);
            return true;
        }

        if (prevIndex >= 0 && IsComparison(figures[prevIndex], before, f.Last))
        {
            Carry(figures, index, prevIndex, sameSentenceOnly: true);
            ScopeAfter(ref f);
            return true;
        }

        // "as a share of take-home pay: 41%", "Re-referral rate: 22%": the phrase before the colon
        // ("Mixed or Other: 12%": a group named in a list is not a measure)
        if (w.IsPunct(before, ':') && (w.Kind(f.Last) is TokenKind.Punctuation or Words.None) && Phrases.NounPhraseBefore(w, before, out int ca0, out int cb0)
            && !(w.IsCapitalised(ca0) && !FirstWordAt(ca0)))
        {
            if (w.In(ca0, ProportionHeads) && w.Is(ca0 + 1, "of") && ca0 + 2 < cb0) ca0 += 2;
            f.Rule = "r4k";
            SetMeasure(ref f, ca0, cb0);
            return true;
        }

        // "Health checks for pupils in the scheme were prompt: 84% in 2019 ...", "Repeat plans are low: 9% ...": the subject of the verb before
        // the adjective that the colon explains
        if (w.IsPunct(before, ':') && Phrases.IsContent(w, before - 1) && !w.IsCapitalised(before - 1))
        {
            int v = before - 2;
            if (w.IsLyAdverb(v) || w.In(v, VerbAdverbs)) v--;
            if ((w.In(v, Auxiliaries) || w.In(v, LinkVerbs) && !w.In(v, NounLikeVerbs)) && !w.IsDeterminerAt(v - 1) && TryVerbGroup(v, out int colonSubject))
            {
                f.Rule = "r4v";
                ApplySubject(figures, index, prevIndex, colonSubject);
                ScopeAfter(ref f);
                return true;
            }
        }

        // "Care leavers are doing well: 60% are in education; 21% say they need more help": a figure that is the whole subject of
        // the clause after a colon is a share of the subject of the clause before it, and so is a bare figure after a semicolon then
        if (FigureOpensClause(f) && (prevIndex < 0 && w.IsPunct(before, ':') || prevIndex >= 0 && w.IsPunct(before, ';') && figures[prevIndex].Rule == "r4s"))
        {
            if (w.IsPunct(before, ';'))
            {
                f.Rule = "r4s";
                Carry(figures, index, prevIndex, sameSentenceOnly: true);
                return true;
            }

            int s = PunctuationStart(before);
            while (s < before && (w.In(s, VerbAdverbs) || w.Is(s, "and") || w.Is(s, "but") || w.Is(s, "so") || w.Is(s, "overall"))) s++;
            // (not a passive: "Much care is given to the welfare of pupils: 88% have ..." counts the pupils, not the care)
            if (Phrases.ReadNounPhrase(w, s, before, rejectVerbFirst: true, out int sa, out int sb) && sb < before - 1 && !w.In(sb, Prepositions)
                && (!w.IsCapitalised(sa) || FirstWordAt(sa))
                && !(w.In(sb, Auxiliaries) && (w.EndsWith(sb + 1, "ed") || w.EndsWith(sb + 1, "en") || w.In(sb + 1, PostModifiers) || IsPastVerb(sb + 1) || w.Is(sb + 1, "paid"))))
            {
                f.Rule = "r4s";
                SetMeasure(ref f, sa, sb);
                return true;
            }
        }

        // "Rivers was ahead with 39 percent", "Hale's group ended the night with 18 percent", "a lead for Corran with 47 percent": the subject
        // of the verb, or the name, before "with" (the measure of a share named before in the sentence, when there is one)
        if (w.Is(before, "with") && !w.IsPunct(before - 1, ',') && !w.Is(f.Last, "of")
            && (w.Kind(f.Last) is TokenKind.Punctuation or Words.None || w.Is(f.Last, "to") || w.Is(f.Last, "against") || w.Is(f.Last, "versus") || w.Is(f.Last, "among") || w.Is(f.Last, "across")
                || w.In(f.Last, ContrastClauseWords))
            && WithShare(figures, index, prevIndex, before))
        {
            f.Rule = "r6w";
            ScopeAfter(ref f);
            return true;
        }

        // "This compares with 11% in 2013-14": the measure of the sentence before
        f.Rule = "r3b";
        if ((w.Is(before, "with") || w.Is(before, "to")) && (w.Is(before - 1, "compares") || w.Is(before - 1, "compared")) && prevIndex < 0)
        {
            Carry(figures, index, prevIndex, sameSentenceOnly: false);
            ScopeAfter(ref f);
            return true;
        }
        return false;
    }

    /// <summary>Rule group 4, tried in this order by Resolve (true when it resolved the figure): "a rate of 12%"</summary>
    private bool ResolveNounBeforeOf(Span<Figure> figures, int index, int prevIndex, int leftFirst, ref int before)
    {
        ref var f = ref figures[index];
        var w = _w;
        f.Rule = "r4";
        bool amountOf = w.Is(before - 1, "million") || w.Is(before - 1, "billion") || w.Is(before - 1, "trillion") || w.Is(before - 1, "thousand");
        // "a pay rise of 6.5 per cent", "an increase of 28% in referrals": the change word, with what changed as the scope
        if (w.Is(before, "of") && !amountOf && !Phrases.LocalNounPhraseBefore(w, before, out _, out _) && ChangeNounBefore(before, out int ca, out int cb))
        {
            f.Rule = "r4c";
            SetMeasure(ref f, ca, cb);
            ScopeAfter(ref f);
            return true;
        }

        if (w.Is(before, "of") && !amountOf && Phrases.LocalNounPhraseBefore(w, before, out int na, out int nb) && (nb - na > 1 || !w.In(nb - 1, ProportionHeads)))
        {
            int p4 = na - 1;
            while (p4 >= 0 && w.IsDeterminerAt(p4)) p4--;

            // "at an annual rate of 82%", "from a low base of 59%": read the figure as if it followed the particle
            if (w.Is(p4, "at") || w.Is(p4, "from") || w.Is(p4, "to"))
            {
                if (TryVerbGroup(p4, out int pv))
                {
                    ApplySubject(figures, index, prevIndex, pv);
                    ScopeAfter(ref f);
                    return true;
                }

                int k4 = p4 - 1;
                if (w.IsPunct(k4, ',')) k4--;
                if (w.IsPunct(p4 - 1, ',') && Subject(k4 + 1, out int sa4, out int sb4) == SubjectKind.Phrase)
                {
                    SetMeasure(ref f, sa4, sb4);
                    ScopeAfter(ref f);
                    return true;
                }
            }

            // ", a reduction of 19%", "That is a gain of 12 percentage points": the change of what the clause is about
            if (nb - na == 1 && w.In(na, FigureNouns) && !w.Is(na, "rate") && !w.Is(na, "average") && !w.Is(na, "target")
                && !w.Is(na, "interest") && !w.Is(na, "holding") && !w.Is(na, "ownership") && !w.Is(na, "edge") && !w.Is(na, "lead")
                && !w.Is(na, "margin") && !w.Is(na, "divide") && !w.Is(na, "premium") && !w.Is(na, "markup"))
            {
                if (w.IsPunct(p4, ',') && ElidedSubject(p4, out int ea, out int eb))
                {
                    SetMeasure(ref f, ea, eb);
                    return true;
                }

                if (TryVerbGroup(p4, out int cv) && Subject(cv, out _, out _) == SubjectKind.Pronoun)
                {
                    Carry(figures, index, prevIndex, sameSentenceOnly: false);
                    return true;
                }
            }

            // "an error margin of 2 points": one inner "of" phrase stays with its head
            if (nb - na == 1 && w.Is(na - 1, "of") && Phrases.LocalNounPhraseBefore(w, na - 1, out int ha, out int hb) && hb - ha == 1
                && (w.IsDeterminerAt(ha - 1) || ha == 0) && !w.In(ha, ProportionHeads) && !IsChangeWord(ha))
            {
                na = ha;
            }

            // "a fall of 10% in referrals to children's social care": the change word, with what changed as the scope
            for (int k = na - 1; k > 0 && k >= na - 8; k--)
            {
                if (w.Kind(k) != TokenKind.Word) break;
                if (!w.Is(k, "in") || !IsChangeWord(k - 1)) continue;
                SetMeasure(ref f, k - 1, k);
                SetScope(ref f, k + 1, nb);
                return true;
            }

            // "the figure of 6% for all children looked after": the group after "for"
            if (w.Is(nb - 1, "figure") && w.Is(f.Last, "for") && !Phrases.IsTimeAt(w, f.Last + 1)
                && Phrases.ReadNounPhrase(w, f.Last + 1, w.Count, rejectVerbFirst: true, out int fa, out int fb))
            {
                SetMeasure(ref f, fa, fb);
                return true;
            }

            // "after a high of 37% in 2018", "the spring peak of 52%": the highest level of what the sentences are about
            if (w.Is(nb - 1, "high") || w.Is(nb - 1, "low") || w.Is(nb - 1, "peak"))
            {
                Carry(figures, index, prevIndex, sameSentenceOnly: false);
                ScopeAfter(ref f);
                return true;
            }

            // "6%, an improvement on the council's 2018-19 figure of 9%": an earlier figure of the same measure
            // (a bare "figure" after a comparing preposition; "the national figure of 36%" names a group, like "the England average")
            // ("4.2%, a 40% drop from the 2017-18 figure of 7%": the level's measure, not the change's)
            if (w.Is(nb - 1, "figure") && prevIndex >= 0 && figures[prevIndex].HasMeasure && ComparedFigure(nb - 1))
            {
                int level = prevIndex;
                if (level > 0 && figures[level - 1].HasMeasure && TokenAt(figures[level].MeasureStart) is int m && m >= 0 && IsChangeWord(m)
                    && figures[level].MeasureEnd == w.End(m)) level--;
                f.MeasureStart = figures[level].MeasureStart;
                f.MeasureEnd = figures[level].MeasureEnd;
                ScopeAfter(ref f);
                return true;
            }

            // "the most recent regional rate of 52%": when the figure is, not what it measures
            if (w.Is(na, "most") && w.Is(na + 1, "recent") && nb - na > 3) na += 2;
            SetMeasure(ref f, na, nb);
            ScopeAfter(ref f);
            return true;
        }
        return false;
    }

    /// <summary>Rule group 5, tried in this order by Resolve (true when it resolved the figure): ", of whom 8% live ..."</summary>
    private bool ResolveOfWhom(Span<Figure> figures, int index, int prevIndex, int leftFirst, ref int before)
    {
        ref var f = ref figures[index];
        var w = _w;
        f.Rule = "r5";
        if ((w.Is(before, "whom") || w.Is(before, "which") || w.Is(before, "these") || w.Is(before, "those") || w.Is(before, "them")) && w.Is(before - 1, "of"))
        {
            int comma = before - 2;
            if (w.IsPunct(comma, ','))
            {
                int s = SkipCount(PunctuationStart(comma), comma);
                if (Phrases.ReadNounPhrase(w, s, comma, rejectVerbFirst: true, out int a, out int b)) SetMeasure(ref f, a, b);
            }

            ScopeAfter(ref f);
            return true;
        }

        // "averaging nearly 11 percent growth a year": a change noun right after the figure is what it measures
        if (IsChangeWord(f.Last) && !w.Is(f.Last + 1, "of") && !w.IsDeterminerAt(before) && w.Kind(before) == TokenKind.Word && (w.In(before, LinkVerbs) || w.EndsWith(before, "ing")))
        {
            f.Rule = "r8g";
            SetMeasure(ref f, f.Last, f.Last + 1);
            ScopeAt(ref f, f.Last + 1);
            return true;
        }
        return false;
    }

    /// <summary>Rule group 6, tried in this order by Resolve (true when it resolved the figure): verb group: "is 40%", "has risen to 91%", "reaches 80%"</summary>
    private bool ResolveVerbGroup(Span<Figure> figures, int index, int prevIndex, int leftFirst, ref int before)
    {
        ref var f = ref figures[index];
        var w = _w;
        f.Rule = "r6";

        // "Hale has only 6 percent support among renters", "won 48 percent backing": a noun of support right after the
        // figure is what it measures, not the holder
        // "Crane had 30 percent fewer volunteers in Esk": what there is more or fewer of is measured, where as the scope
        if ((w.Is(f.Last, "fewer") || w.Is(f.Last, "more") || w.Is(f.Last, "less")) && Phrases.IsContent(w, f.Last + 1) && !w.Is(f.Last + 1, "than")
            && !w.Is(f.Last + 1, "likely") && !w.IsLyAdverb(f.Last + 1)
            && !(w.Is(f.Last, "less") && (w.Is(f.Last + 1, "fees") || w.Is(f.Last + 1, "full") || w.Is(f.Last + 1, "expenses") || w.Is(f.Last + 1, "commissions"))) // "priced to yield 6.25% less full fees" && !w.In(f.Last + 1, TimeWords) && !w.EndsWith(f.Last + 1, "ed")
            && Phrases.ReadNounPhrase(w, f.Last + 1, w.Count, rejectVerbFirst: true, out int fewA, out int fewB))
        {
            f.Rule = "r8m";
            // ("fewer supporters in Esk": a place after the noun is the scope)
            for (int k = fewA + 1; k < fewB - 1; k++)
            {
                if (!w.Is(k, "in") || !w.IsCapitalised(k + 1)) continue;
                fewB = k;
                break;
            }

            SetMeasure(ref f, fewA, fewB);
            if (f.MeasureStart >= 0) ScopeAt(ref f, TokenAt(f.MeasureEnd - 1) + 1);
            return true;
        }

        // ("Pike was at 25 percent support among renters": a level of support, with its group)
        bool atLevel = w.Is(before, "at") && (w.In(before - 1, Auxiliaries) || w.In(before - 1, LinkVerbs))
            || (IsPastVerb(before) || w.In(before, FiniteVerbs)) && (w.Is(f.Last + 1, "for") || w.Is(f.Last + 1, "among"));
        if ((w.In(before, Auxiliaries) || w.In(before, ShareVerbs) || atLevel) && (w.Is(f.Last, "support") || w.Is(f.Last, "backing") || w.Is(f.Last, "approval")
            || w.Is(f.Last, "favourability") || w.Is(f.Last, "favorability") || w.Is(f.Last, "turnout")))
        {
            f.Rule = "r6n";
            SetMeasure(ref f, f.Last, f.Last + 1);
            // ("support for background checks": what the support is for is no place or group)
            if (!w.Is(f.Last + 1, "for")) ScopeAt(ref f, f.Last + 1);
            return true;
        }

        // "Hale finished third in Esk, getting just 14 percent": a participle of winning after the clause is its subject's share
        if ((w.Is(before, "getting") || w.Is(before, "winning") || w.Is(before, "taking") || w.Is(before, "receiving") || w.Is(before, "garnering")
            || w.Is(before, "drawing") || w.Is(before, "capturing") || w.Is(before, "earning")) && w.IsPunct(before - 1, ',') && !w.Is(f.Last, "of")
            && ClauseSubjectBefore(before - 1, out int gsa, out int gsb))
        {
            f.Rule = "r6gi";
            SetMeasure(ref f, gsa, gsb);
            ScopeAfter(ref f);
            return true;
        }

        // "The performance for 2024 so far shows a dip to 74%": a change noun after a determiner is no verb; what shows it is measured
        if (prevIndex < 0 && (w.Is(before, "to") || w.Is(before, "from"))
            && (w.Is(before - 2, "a") || w.Is(before - 2, "an") || (w.Is(before - 3, "a") || w.Is(before - 3, "an")) && Phrases.IsContent(w, before - 2) && !w.EndsWith(before - 2, "ed"))
            && (IsChangeWord(before - 1) || w.Is(before - 1, "dip") || w.Is(before - 1, "improvement"))
            && ShownBy(before - 1, out int dipA, out int dipB))
        {
            f.Rule = "r6d";
            SetMeasure(ref f, dipA, dipB);
            ScopeAfter(ref f);
            return true;
        }

        // "Among renters, the figure is 72 percent": a restated figure after a fronted group is that group's
        if (TryVerbGroup(before, out int restatedEnd) && restatedEnd >= 3 && (w.Is(restatedEnd - 1, "figure") || w.Is(restatedEnd - 1, "number") || w.Is(restatedEnd - 1, "share"))
            && w.Is(restatedEnd - 2, "the") && w.IsPunct(restatedEnd - 3, ',') && FrontedOf(restatedEnd - 3, out int fga, out int fgb))
        {
            f.Rule = "r6f";
            SetMeasure(ref f, fga, fgb);
            return true;
        }

        // "there are 100% tracking returns for children": after an existential "there", what follows the figure is measured
        int there = before;
        while (there > 0 && there > before - 3 && (w.In(there, Auxiliaries) || w.In(there, LinkVerbs))) there--;
        if (there < before && w.Is(there, "there") && (w.In(before, LinkVerbs) || w.In(before, Auxiliaries)))
        {
            f.Rule = "r6t";
            // ("there are 40% fewer carers": what there are fewer of)
            int noun = w.Is(f.Last, "fewer") || w.Is(f.Last, "more") || w.Is(f.Last, "less") ? f.Last + 1 : f.Last;
            if (Phrases.IsContent(w, noun) && !w.Is(noun, "of") && !w.In(noun, Prepositions) && !w.In(noun, Auxiliaries)
                && Phrases.ReadNounPhrase(w, noun, w.Count, rejectVerbFirst: false, out int thereA, out int thereB))
            {
                SetMeasure(ref f, thereA, thereB);
            }

            return true;
        }

        if (TryVerbGroup(before, out int subjectEnd))
        {
            ApplySubject(figures, index, prevIndex, subjectEnd);
            ScopeAfter(ref f);
            return true;
        }

        // "shares closed down 2.7 percent", "the fund is up 4 percent": the subject of the verb before the particle
        if ((w.Is(before, "down") || w.Is(before, "up")) && w.Kind(before - 1) == TokenKind.Word && !w.Is(f.Last, "of"))
        {
            // "with ticket sales up 36 percent": a phrase after "with" that the figure describes
            if (Phrases.IsContent(w, before - 1) && Phrases.LocalNounPhraseBefore(w, before, out int wa, out int wb) && wb == before
                && (w.Is(wa - 1, "with") || w.IsDeterminerAt(wa - 1) && w.Is(wa - 2, "with")))
            {
                f.Rule = "r6wu";
                SetMeasure(ref f, wa, wb);
                ScopeAfter(ref f);
                return true;
            }

            int particleVerb = -1;
            if (TryVerbGroup(before - 1, out int groupStart)) particleVerb = groupStart;
            else if (w.EndsWith(before - 1, "ed") || w.In(before - 1, FiniteVerbs)) particleVerb = before - 1;
            if (particleVerb > 0)
            {
                f.Rule = "r6p";
                ApplySubject(figures, index, prevIndex, particleVerb);
                ScopeAfter(ref f);
                return true;
            }
        }

        // "Hale was favoured 47 percent versus 35", "the plan is backed 60 percent to 30": a passive verb's subject
        if (w.EndsWith(before, "ed") && (w.Is(before - 1, "was") || w.Is(before - 1, "were") || w.Is(before - 1, "is") || w.Is(before - 1, "are"))
            && !w.Is(f.Last, "of") && !Phrases.IsContent(w, f.Last) && TryVerbGroup(before - 1, out int passiveSubject))
        {
            f.Rule = "r6v";
            ApplySubject(figures, index, prevIndex, passiveSubject);
            ScopeAfter(ref f);
            return true;
        }

        // "raise parking charges by 15 percent", "shrink its print division by up to 15%", "cut fuel use just 12 percent":
        // the object of a verb of change
        if ((w.Is(before, "by") || w.Is(before, "to")) && ObjectOfChange(before, out int oa0, out int ob0)
            || Phrases.IsContent(w, before) && !w.Is(f.Last, "of") && !NounAfter(f) && ObjectOfChange(before + 1, out oa0, out ob0))
        {
            f.Rule = "r7o";

            // "lift its stake in Lindel Foods to 40%": the holding, with what it is in as the scope
            for (int k = oa0 + 1; k < ob0 - 1; k++)
            {
                if (!w.Is(k, "in") || !w.In(k - 1, FigureNouns)) continue;
                SetScope(ref f, k + 1, ob0);
                ob0 = k;
                break;
            }

            SetMeasure(ref f, oa0, ob0);
            ScopeAfter(ref f);
            return true;
        }

        if (w.Is(before, "from") && ChangeBeforeBracket(ref f, before - 1)) return true;
        return false;
    }

    /// <summary>Rule group 7, tried in this order by Resolve (true when it resolved the figure): "exclusions, at 15%", "reducing exclusions by half", "agency workers from 47%", "neglect in 49%"</summary>
    private bool ResolveParticle(Span<Figure> figures, int index, int prevIndex, int leftFirst, ref int before)
    {
        ref var f = ref figures[index];
        var w = _w;
        f.Rule = "r7";
        if (w.Is(before, "at") || w.Is(before, "to") || w.Is(before, "by") || w.Is(before, "around") || w.Is(before, "from") || w.Is(before, "in"))
        {
            int k = before - 1;

            // ("is much worse – at 46% – than ...": a spaced dash before "at" is a pause, like a comma)
            bool comma = w.IsPunct(k, ',') || w.Is(before, "at") && w.Kind(k) == TokenKind.Punctuation && w.Char(k) is '–' or '—' && !w.Glued(k, before);
            if (comma) k--;

            // "with the figure currently at 91.5%": a time adverb between the noun and "at"
            if (!comma && w.Is(before, "at") && (w.Is(k, "currently") || w.Is(k, "now") || w.Is(k, "still")) && Phrases.IsContent(w, k - 1) && !w.In(k - 1, Auxiliaries)) k--;

            // "the fall in repeat referrals since May 2022 to 17%": a dated time between the change and "to" says when
            if (!comma && w.Is(before, "to") && SinceDateBefore(before, out int sinceAt) && Phrases.IsContent(w, sinceAt - 1)
                && Phrases.LocalNounPhraseBefore(w, sinceAt, out int sa0, out int sb0) && w.Is(sa0 - 1, "in") && w.In(sa0 - 2, FigureNouns))
            {
                f.Rule = "r7d";
                SetMeasure(ref f, sa0, sb0);
                ScopeAfter(ref f);
                return true;
            }

            // "was, at 2.6%, higher", "rises considerably, to over 40%"
            if (comma && TryVerbGroup(k, out int vEnd))
            {
                ApplySubject(figures, index, prevIndex, vEnd);
                ScopeAfter(ref f);
                return true;
            }

            // "attendance for pupils in care stands up well against all pupils, at 94%" with "compares": the figure is the subject's
            if (comma && w.Is(before, "at"))
            {
                int c = k - 1;
                while (c > 0 && c > k - 10 && !w.Is(c, "compares") && !w.Is(c, "compare") && w.Kind(c) == TokenKind.Word) c--;
                if ((w.Is(c, "compares") || w.Is(c, "compare")) && Subject(c, out int csa0, out int csb0) == SubjectKind.Phrase)
                {
                    f.Rule = "r7v";
                    SetMeasure(ref f, csa0, csb0);
                    return true;
                }
            }

            // "Attendance is good in the infant schools, at 97%", "It is weaker for older pupils, at 90%": a judged subject's figure
            // after its clause, with the place the judgement is for as the scope
            if (comma && w.Is(before, "at") && JudgedClauseBefore(k + 1, out int judgedVerb, out int placeA, out int placeB))
            {
                f.Rule = "r7j";
                ApplySubject(figures, index, prevIndex, judgedVerb);
                if (placeA >= 0) SetScope(ref f, placeA, placeB);
                else if (f.ScopeStart >= 0 && f.ScopeStart < f.MeasureEnd && f.MeasureStart < f.ScopeEnd) f.ScopeStart = f.ScopeEnd = -1;
                return true;
            }

            // "Esk voted hardest against the levy, at 71 percent": a named subject's figure after its clause
            if (comma && w.Is(before, "at") && prevIndex < 0 && SentenceNameSubject(k + 1, out int nsa, out int nsb))
            {
                f.Rule = "r7n";
                SetMeasure(ref f, nsa, nsb);
                ScopeAfter(ref f);
                return true;
            }

            // "grew a little on Monday, to nearly 40%": a degree and a time between the verb and the comma
            if (comma && VerbBeforeDegreeAndTime(k, out int timedVerb) && TryVerbGroup(timedVerb, out int tvEnd))
            {
                ApplySubject(figures, index, prevIndex, tvEnd);
                ScopeAfter(ref f);
                return true;
            }

            // "auditors put the waste in the budget at 14 percent", "analysts estimated losses at 10%": the object of the verb
            if (w.Is(before, "at") && !comma && PutVerbObject(before, out int pa0, out int pb0))
            {
                f.Rule = "r7p";
                SetMeasure(ref f, pa0, pb0);
                ScopeAfter(ref f);
                return true;
            }

            // "similar councils at 24% and England at 21%": a comparison group, the measure of the figure before
            if ((w.Is(before, "at") || w.Is(before, "on")) && prevIndex >= 0 && Phrases.LocalNounPhraseBefore(w, before, out int ga, out int gb)
                && (w.Is(ga - 1, "than") || w.Is(ga - 1, "and") || w.Is(ga - 1, "with") || w.Is(ga - 1, "to") || w.Is(ga - 1, "against")
                    || w.Is(ga - 1, "above") || w.Is(ga - 1, "below") || w.Is(ga - 1, "behind") || w.Is(ga - 1, "like") || w.Is(ga - 1, "unlike"))
                && !w.In(gb - 1, RestatedHeads))
            {
                Carry(figures, index, prevIndex, sameSentenceOnly: true);
                SetScope(ref f, ga, gb);
                return true;
            }

            // "Repeat plans, the measure that matters here, are high at 40%", "remains low at 61%": the subject of the verb before the adjective
            int degree = k - 1;
            while (degree > 0 && degree > k - 4 && (w.Is(degree, "as") || w.Is(degree, "so") || w.Is(degree, "very") || w.Is(degree, "too") || w.Is(degree, "equally")
                || w.Is(degree, "much") || w.Is(degree, "far")
                || w.Is(degree, "fairly") || w.Is(degree, "quite") || w.Is(degree, "relatively") || w.IsLyAdverb(degree)
                || w.Is(degree, "also") || w.Is(degree, "still") || w.Is(degree, "now"))) degree--;
            // (after a comma only with a degree word: "is just as high, at 64 percent")
            bool graded = degree < k - 1;

            // ("a large share of the foster carers are retired, at 48%": a one-word predicate after the verb, then the comma)
            bool predicate = comma && !graded && w.In(k - 1, Auxiliaries) && Phrases.IsContent(w, k) && !w.Is(k - 2, "who") && !w.Is(k - 2, "which") && !w.Is(k - 2, "that");
            if (w.Is(before, "at") && (!comma || graded || predicate)
                && (w.In(k, PredicateAdjectives) || w.Is(k, "high") || w.Is(k, "low") || w.Is(k, "higher") || w.Is(k, "lower") || w.Is(k, "stable")
                    || w.Is(k, "wide") || w.Is(k, "narrow") || w.Is(k, "good") || w.Is(k, "poor") || w.Is(k, "strong") || w.Is(k, "weak") || w.Is(k, "steady")
                    || comma && Phrases.IsContent(w, k) && w.In(degree, Auxiliaries))
                && TryVerbGroup(degree, out int adjVerb))
            {
                f.Rule = "r7a";
                ApplySubject(figures, index, prevIndex, adjVerb);
                ScopeAfter(ref f);
                return true;
            }

            // "The figures show timeliness of reviews, at 55% in May": the object of a verb, then ", at N%"
            if (w.Is(before, "at") && comma && Phrases.IsContent(w, k) && Phrases.NounPhraseBefore(w, k + 1, out int oa1, out int ob1))
            {
                int v = oa1 - 1;
                while (v > 0 && w.IsDeterminerAt(v)) v--;
                if (w.In(v, FiniteVerbs) && !w.In(v, Auxiliaries) && !w.In(v, LinkVerbs) && !(w.Is(v - 1, "the") || w.Is(v - 1, "a") || w.Is(v - 1, "an")))
                {
                    f.Rule = "r7o";
                    SetMeasure(ref f, oa1, ob1);
                    ScopeAfter(ref f);
                    return true;
                }
            }

            bool participle = w.EndsWith(k, "ed") && !w.In(k, PostModifiers) || w.In(k, PostModifiers) && w.Kind(k) == TokenKind.Word && (w.EndsWith(k, "ed") || w.EndsWith(k, "en"));
            if (Phrases.IsContent(w, k) || w.Is(k, "looked") || w.Is(k, "after"))
            {
                if (w.Is(before, "in") && !participle && prevIndex >= 0 && figures[prevIndex].HasMeasure)
                {
                    // "abuse features in 78% of children with plans, neglect in 49%": the group is carried
                    Carry(figures, index, prevIndex, sameSentenceOnly: true);
                    ScopeAfter(ref f);
                    return true;
                }

                if (w.Is(before, "in") && !participle)
                {
                    if (Phrases.LocalNounPhraseBefore(w, k + 1, out int la, out int lb))
                    {
                        SetMeasure(ref f, la, lb);
                        ScopeAfter(ref f);
                        return true;
                    }
                }
                else
                {
                    // ("Rowe leads by 57 percent": the leader, not "Rowe leads")
                    bool verb = participle || (IsLeadVerb(k) || w.In(k, ShareVerbs) && !w.EndsWith(k, "ing")) && !w.IsDeterminerAt(k - 1);
                    var kind = Subject(verb ? k : k + 1, out int a, out int b);
                    // "Care leavers in education shows a rising trend from 66% to 72%": a trend that something shows is its subject's
                    // ("The performance for 2024 so far shows a dip to 74%": a change to a level, with no figure before it)
                    bool changeNoun = prevIndex < 0 && (w.Is(before, "to") || w.Is(before, "from")) && (IsChangeWord(k) || w.Is(k, "dip") || w.Is(k, "improvement"));
                    if ((w.Is(before, "from") || w.Is(before, "to") || w.Is(before, "at")) && (w.Is(k, "trend") || w.Is(k, "pattern") || changeNoun)
                        && ShownBy(k, out int shownA, out int shownB))
                    {
                        f.Rule = "r7t";
                        if (w.Is(before, "to") && prevIndex >= 0 && figures[prevIndex].HasMeasure) Carry(figures, index, prevIndex, sameSentenceOnly: true);
                        else SetMeasure(ref f, shownA, shownB);
                        ScopeAfter(ref f);
                        return true;
                    }

                    if (kind == SubjectKind.Phrase && (w.Is(before, "from") || w.Is(before, "to")) && LevelsOfChange(figures, index, prevIndex, a, b))
                    {
                        ScopeAfter(ref f);
                        return true;
                    }

                    if (kind == SubjectKind.Phrase)
                    {
                        // "an improvement from 58%", "a further improvement to 76%": a change word says nothing new; keep the measure before
                        if (b - a <= 2 && w.In(b - 1, FigureNouns) && !w.In(b - 1, RestatedHeads) && prevIndex >= 0)
                        {
                            Carry(figures, index, prevIndex, sameSentenceOnly: true);
                        }
                        else
                        {
                            SetMeasure(ref f, a, b);
                        }

                        ScopeAfter(ref f);
                        return true;
                    }

                    if (kind == SubjectKind.Pronoun)
                    {
                        if (!PersonBefore(a, ref f)) Carry(figures, index, prevIndex, sameSentenceOnly: false);
                        ScopeAfter(ref f);
                        return true;
                    }
                }
            }

            // 9. fronted "At 8% in 2014, the percentage of X ..."
            if (w.Is(before, "at") && (before == 0 || w.Kind(before - 1) == TokenKind.Punctuation))
            {
                int c = FindComma(f.Last, 10);
                if (c >= 0 && Phrases.ReadNounPhrase(w, c + 1, w.Count, rejectVerbFirst: true, out int a, out int b))
                {
                    SetMeasure(ref f, a, b);
                    return true;
                }
            }
        }

        // "The index closed 1.2% lower", "shares ended 3 percent higher": the subject of the verb before
        if ((w.Is(f.Last, "higher") || w.Is(f.Last, "lower") || w.Is(f.Last, "up") || w.Is(f.Last, "down")) && !Phrases.IsContent(w, f.Last + 1) && w.Kind(before) == TokenKind.Word)
        {
            if (TryVerbGroup(before, out int hv))
            {
                f.Rule = "r6h";
                ApplySubject(figures, index, prevIndex, hv);
                ScopeAfter(ref f);
                return true;
            }

            if ((w.EndsWith(before, "ed") || w.In(before, FiniteVerbs) || w.In(before, ShareVerbs)) && Subject(before, out int ha1, out int hb1) == SubjectKind.Phrase)
            {
                f.Rule = "r6h";
                SetMeasure(ref f, ha1, hb1);
                ScopeAfter(ref f);
                return true;
            }
        }

        // "the 32% state-owned Kelso Mills", "a 60%-owned unit": the share of what is owned
        int owned = f.Last;
        if (w.Kind(owned) == TokenKind.Punctuation && w.Char(owned) is '-' or '‑' && w.Glued(owned - 1, owned)) owned++;
        if (w.EndsWith(f.Last - 1, "-owned") || w.EndsWith(f.Last - 1, "-controlled")) owned = f.Last - 1; // "a 51 per cent-owned unit"
        bool isOwned = w.Is(owned, "owned") || w.EndsWith(owned, "-owned") || w.Is(owned, "controlled") || w.EndsWith(owned, "-controlled");
        if (isOwned && Phrases.ReadNounPhrase(w, owned + 1, w.Count, rejectVerbFirst: true, out int ownedA, out int ownedB))
        {
            f.Rule = "r8o";
            SetMeasure(ref f, ownedA, ownedB);
            return true;
        }

        // "debentures paying 11 1/2%", "bonds yielding 9%": what pays or yields
        if ((w.Is(before, "paying") || w.Is(before, "yielding") || w.Is(before, "bearing")) && !Phrases.IsContent(w, f.Last)
            && PayerBefore(before, out int payA, out int payB))
        {
            f.Rule = "r8y";
            SetMeasure(ref f, payA, payB);
            return true;
        }

        // "The ferry and hotel group, 97.4%-owned by a Tarn family trust, ...": what is owned is the phrase before the comma
        if (isOwned && w.Is(owned + 1, "by") && w.IsPunct(before, ',') && Phrases.NounPhraseBefore(w, before, out ownedA, out ownedB))
        {
            // ("the airline and casino company": modifiers joined by "and")
            if (w.Is(ownedA - 1, "and") && Phrases.LocalNounPhraseBefore(w, ownedA - 1, out int ja, out _)) ownedA = ja;
            f.Rule = "r8o";
            SetMeasure(ref f, ownedA, ownedB);
            return true;
        }
        return false;
    }

    /// <summary>Rule group 8, tried in this order by Resolve (true when it resolved the figure): "a 10% rise in referrals", "an excellent 100% rate", "11.6% increase in primary"; and 10. "one in five children", "half the staff"</summary>
    private bool ResolveNounAfter(Span<Figure> figures, int index, int prevIndex, int leftFirst, ref int before)
    {
        ref var f = ref figures[index];
        var w = _w;
        f.Rule = "r8";
        bool adjectival = f.Kind != PercentageKind.Proportion
            && (w.IsDeterminerAt(before) && !w.Is(before, "all")
                || Phrases.IsContent(w, before) && w.IsDeterminerAt(before - 1) && !w.Is(before - 1, "all")
                || w.In(f.Last, FigureNouns));
        bool proportion = f.Kind == PercentageKind.Proportion;
        if (adjectival && w.In(f.Last, FigureNouns))
        {
            // "a 9% decrease", "11.6% increase in Primary": the change word, and where it happened
            if (w.Is(f.Last, "figure"))
            {
                Carry(figures, index, prevIndex, sameSentenceOnly: false);
                return true;
            }

            int end = f.Last + 1;
            while (end < w.Count && end < f.Last + 3 && Phrases.IsContent(w, end) && w.In(end, FigureNouns)) end++;

            // ("a wide percentage-point margin of error": the margin of error is one name)
            if (w.Is(end - 1, "margin") && w.Is(end, "of") && w.Is(end + 1, "error")) end += 2;
            SetMeasure(ref f, f.Last, end);
            ScopeAt(ref f, end);
            return true;
        }

        // "a 12 percent ''harbour landing fee''": the quoted noun
        int quoted = f.Last;
        while (adjectival && quoted < f.Last + 2 && w.Kind(quoted) == TokenKind.Punctuation && w.Char(quoted) is '\'' or '"' or '‘' or '“' or '`') quoted++;
        if (quoted > f.Last && w.Glued(quoted - 1, quoted) && Phrases.ReadNounPhrase(w, quoted, w.Count, rejectVerbFirst: true, out int qa, out int qb))
        {
            SetMeasure(ref f, qa, qb);
            return true;
        }

        if ((adjectival && !w.IsDeterminerAt(f.Last) || proportion) && !VerbAfterFigure(f.Last)
            && Phrases.ReadNounPhrase(w, f.Last, w.Count, rejectVerbFirst: true, out int pa, out int pb))
        {
            // "earned a 100% rating from the union", "a 9% yield from the bonds": after an article, the noun, not where the
            // figure was given or came from ("a 15-percent levy on imported timber" keeps what it is on)
            int cut = pb;
            if (adjectival && !proportion && w.IsDeterminerAt(before))
            {
                for (int k = pa + 1; k < pb && !w.Is(k, "of") && !w.Is(k, "in") && !w.Is(k, "for"); k++)
                {
                    if (!(w.Is(k, "from") || w.Is(k, "by") || w.Is(k, "at") || w.Is(k, "with"))) continue;
                    cut = k;
                    break;
                }
            }

            SetMeasure(ref f, pa, cut);
            return true;
        }

        // "almost 30 percent more than Derwent": a difference, not a share of anything named
        if ((w.Is(f.Last, "more") || w.Is(f.Last, "less") || w.Is(f.Last, "fewer") || w.Is(f.Last, "higher") || w.Is(f.Last, "lower")
            || w.Is(f.Last, "greater") || w.Is(f.Last, "bigger") || w.Is(f.Last, "smaller")) && w.Is(f.Last + 1, "than"))
        {
            f.Rule = "r8c";
            return true;
        }

        // "identified 23% children at serious risk": a noun straight after the figure
        if (!proportion && Phrases.IsContent(w, f.Last) && !w.In(f.Last, TimeWords) && !w.In(f.Last, FiniteVerbs) && !w.In(f.Last, LinkVerbs)
            && !w.Is(f.Last, "higher") && !w.Is(f.Last, "lower") && !w.Is(f.Last, "better") && !w.Is(f.Last, "worse") && !w.Is(f.Last, "greater")
            && !(w.In(f.Last, GroupAdjectives) && !Phrases.IsContent(w, f.Last + 1))
            && !w.EndsWith(f.Last, "ed") && !w.IsLyAdverb(f.Last) && !w.In(f.Last, PostModifiers) && !w.In(f.Last, VerbAdverbs) && !VerbAfterFigure(f.Last)
            && Phrases.ReadNounPhrase(w, f.Last, w.Count, rejectVerbFirst: true, out int xa, out int xb))
        {
            f.Rule = "r8n";
            SetMeasure(ref f, xa, xb);
            return true;
        }

        // "the average of similar councils, 41.7%"
        f.Rule = "r8b";
        if (w.IsPunct(before, ',') && w.In(before - 1, RestatedHeads) && Phrases.LocalNounPhraseBefore(w, before, out int ra, out int rb))
        {
            SetMeasure(ref f, ra, rb);
            ScopeAfter(ref f);
            return true;
        }

        // "The monthly data on care plan reviews show that 61% were late": a bare share after what figures about a group show
        if (prevIndex < 0 && w.Is(before, "that") && FigureOpensClause(f) && SourceTopicBefore(before - 1, out int topicA, out int topicB))
        {
            f.Rule = "r9d";
            SetMeasure(ref f, topicA, topicB);
            ScopeAfter(ref f);
            return true;
        }
        return false;
    }

    /// <summary>Rule group 9, tried in this order by Resolve (true when it resolved the figure): fronted "Of the 68 adopters, half ...", "Among care leavers, 60% ..."</summary>
    private bool ResolveFronted(Span<Figure> figures, int index, int prevIndex, int leftFirst, ref int before)
    {
        ref var f = ref figures[index];
        var w = _w;
        f.Rule = "r9";

        // "Of these, 58% live with ...": the group the sentence before is about
        // ("Of these 133, 17% returned": the count restated)
        int these = w.IsPunct(before, ',') && w.Kind(before - 1) == TokenKind.Number && (w.Is(before - 2, "these") || w.Is(before - 2, "those")) ? before - 1 : before;
        if (w.IsPunct(before, ',') && (w.Is(these - 1, "these") || w.Is(these - 1, "those")) && w.Is(these - 2, "of") && FirstWordAt(these - 2))
        {
            // ("The service supported 50 newly qualified social workers. Of these, 80% ...": a counted group of the sentence
            // before is what "these" counts, before its subject)
            bool counted = CountedNounOfSentenceBefore(ref f, afterVerb: false);
            if (counted || SubjectOfSentenceBefore(ref f))
            {
                f.Rule = counted ? "r9c" : "r9t";
                ScopeAfter(ref f);
                return true;
            }
        }

        int start = Phrases.ClauseStart(w, f.First);
        if (start >= 0 && start < f.First)
        {
            int s = start;
            while (s < f.First && w.Kind(s) == TokenKind.Punctuation) s++;
            if (w.Is(s, "of") || w.Is(s, "among") || w.Is(s, "amongst"))
            {
                int c = FindComma(s, f.First - s);
                if (c > s && c < f.First && Phrases.ReadNounPhrase(w, s + 1, c, rejectVerbFirst: false, out int a, out int b))
                {
                    SetMeasure(ref f, a, b);
                    ScopeAfter(ref f);
                    return true;
                }
            }
        }
        else if (start == f.First && w.IsPunct(before, ','))
        {
            // "Of the 68 adopters, half completed ...": the clause start stops at the comma
            int s = before - 1;
            while (s > 0 && s > before - 40 && !(w.Kind(s - 1) == TokenKind.Punctuation && w.Char(s - 1) is ';' or ':' or '(' or ')' or '.')) s--;
            while (s < before && w.Kind(s) == TokenKind.Punctuation) s++;
            if ((w.Is(s, "of") || w.Is(s, "among") || w.Is(s, "amongst")) && Phrases.ReadNounPhrase(w, s + 1, before, rejectVerbFirst: false, out int a, out int b))
            {
                SetMeasure(ref f, a, b);
                ScopeAfter(ref f);
                return true;
            }
        }

        ScopeAfter(ref f);
        return false;
    }

    /// <summary>The second figure of a range resolved: give its measure to the first ("20" in "20-30% of staff").</summary>
    private static void ShareWithRangeStart(Span<Figure> figures, int index)
    {
        ref var f = ref figures[index];

        // every bare figure before it: one in a range, more in a list ("6, 8, 11 percent")
        for (int k = index - 1; k >= 0 && figures[k].RangeStart; k--)
        {
            ref var start = ref figures[k];
            start.MeasureStart = f.MeasureStart;
            start.MeasureEnd = f.MeasureEnd;
            start.ScopeStart = f.ScopeStart;
            start.ScopeEnd = f.ScopeEnd;
        }
    }

    private void ResolveBracketed(Span<Figure> figures, int index, int prevIndex, int open)
    {
        ref var f = ref figures[index];
        var w = _w;

        // "nearly half (46%)": same as the figure before the bracket
        if (prevIndex >= 0 && figures[prevIndex].Last == open)
        {
            f.MeasureStart = figures[prevIndex].MeasureStart;
            f.MeasureEnd = figures[prevIndex].MeasureEnd;
            return;
        }

        // "Of the 38 pupils with a tutor, a notable proportion (41%) now attend ...": a bare proportion beside the
        // bracket is a share of the fronted group
        if (w.In(open - 1, ProportionHeads) && !w.Is(f.Last, "of") && !(w.IsPunct(f.Last, ')') && w.Is(f.Last + 1, "of")))
        {
            int c0 = open - 2;
            while (c0 >= 0 && c0 > open - 6 && (Phrases.IsContent(w, c0) || w.IsDeterminerAt(c0) || w.Is(c0, "only") || w.Is(c0, "just"))) c0--;
            // ("Although pupils cannot always attend nearby, just a small share (under 8%) travel far")
            if (w.IsPunct(c0, ',') && (FrontedOf(c0, out int fa0, out int fb0) || FrontedContrastSubject(c0, out fa0, out fb0)))
            {
                f.Rule = "r2f";
                SetMeasure(ref f, fa0, fb0);
                return;
            }
        }

        // "a steep increase in the number of calls (58%) and visits (17.5%)": the change, with what changed as the scope
        if (Phrases.LocalNounPhraseBefore(w, open, out int ra, out int rb) && !w.IsCapitalised(ra))
        {
            int r = ra - 1;
            while (r >= 0 && w.IsDeterminerAt(r)) r--;
            if (w.Is(r, "of") && w.In(r - 1, ProportionHeads))
            {
                r -= 2;
                while (r >= 0 && w.IsDeterminerAt(r)) r--;
            }

            if (w.Is(r, "in") && IsChangeWord(r - 1))
            {
                f.Rule = "r2r";
                SetMeasure(ref f, r - 1, r);
                SetScope(ref f, ra, rb);
                return;
            }

            if ((w.IsPunct(r, ',') || w.Is(r, "and")) && prevIndex >= 0 && figures[prevIndex].Rule == "r2r" && figures[prevIndex].Last < ra)
            {
                f.Rule = "r2r";
                f.MeasureStart = figures[prevIndex].MeasureStart;
                f.MeasureEnd = figures[prevIndex].MeasureEnd;
                SetScope(ref f, ra, rb);
                return;
            }
        }

        // "seven (39%) care leavers", "95 (or 59.4%) live outside the area", "few (10%) children"
        if (w.Kind(open - 1) == TokenKind.Number || w.Kind(open - 1) == TokenKind.Word && (NumberWords.TryCardinalWord(w.Text(open - 1), out _) || w.In(open - 1, Quantifiers)))
        {
            int close = f.Last;
            if (!w.IsPunct(close, ')') && !TryCloseBracket(open, out close)) return;
            int after = w.Is(close + 1, "of") ? close + 2 : close + 1;

            // "of whom 9 (5%) later went back": a count with no noun, then what it did; a share of the group before the comma
            // when that is named ("211 children were on plans, of which 31 (15%) were second plans")
            bool verbAfter = w.IsLyAdverb(after) || w.In(after, VerbAdverbs) || w.Is(after, "later") || VerbAfterFigure(after);
            if ((verbAfter || w.In(after, Auxiliaries)) && RelativeGroup(open - 2, out int ca, out int cb))
            {
                f.Rule = "r2w";
                SetMeasure(ref f, ca, cb);
                return;
            }

            if (verbAfter) return;
            if (Phrases.ReadNounPhrase(w, after, w.Count, rejectVerbFirst: true, out int a, out int b)) SetMeasure(ref f, a, b);
            else OfHeadingMeasure(ref f);
            return;
        }

        // "(the national average is 15%)": a clause inside the bracket
        if (TryVerbGroup(f.First - 1, out int subjectEnd) && subjectEnd > open + 1)
        {
            ApplySubject(figures, index, prevIndex, subjectEnd);
            return;
        }

        // "pupils met the target in English (24%) and science (33%)": a school subject in brackets after "in"
        // says which result it is; the figure measures the group (the one before, for the next subjects of the list)
        if (w.In(open - 1, SchoolSubjects) && SchoolSubjectResult(figures, index, prevIndex, open - 2, open - 1)) return;

        // "most of the cases (36 out of 40)", "a low proportion of care leavers (31%)", "below the national average (11%)"
        if (Phrases.NounPhraseBefore(w, open, out int la, out int lb))
        {
            // "there are only six young people (2.5%) not in touch": a counted group beside the bracket
            // (the count opens the group: not "over 21 years", "Year 11 pupils", "in 6 months")
            int ga = la;
            while (ga < lb - 1 && NumberWords.TryCardinalWord(w.Text(ga), out _)) ga++;
            int count = ga - 1;
            while (count > 0 && NumberWords.TryCardinalWord(w.Text(count - 1), out _)) count--;
            int before2 = count - 1;
            if (prevIndex < 0 && IsCountAt(ga - 1)
                && !w.IsCapitalised(ga) && !w.In(lb - 1, ProportionHeads) && !w.In(lb - 1, TimeWords) && !w.In(ga, TimeWords)
                && !w.Is(lb - 1, "points") && !w.Is(lb - 1, "point")
                && (before2 < 0 || w.Kind(before2) == TokenKind.Punctuation || w.In(before2, Auxiliaries) || w.In(before2, Prepositions) || w.Is(before2, "only") || w.Is(before2, "just")
                    || w.Is(before2, "about") || w.Is(before2, "nearly") || w.Is(before2, "almost") || w.Is(before2, "some")))
            {
                f.Rule = "r2n";
                SetMeasure(ref f, ga, lb);
                return;
            }

            int k = la - 1;
            while (k >= 0 && w.IsDeterminerAt(k)) k--;

            // "This is now better than similar councils (47%)": "This" stands for the figure of the sentence before, whose measure
            // carries, with the compared group as the scope (an average or a rate named is its own measure)
            if (prevIndex < 0 && _carryStart >= 0 && ThisBefore(open, out int thanAt) && thanAt >= 0 && la > thanAt
                && !w.In(lb - 1, RestatedHeads) && !w.In(lb - 1, FigureNouns))
            {
                f.Rule = "r3this";
                Carry(figures, index, prevIndex, sameSentenceOnly: false);
                SetScope(ref f, la, lb);
                return;
            }

            // "above similar councils (53%)": a comparison group keeps the measure of the figure before
            if (prevIndex >= 0 && figures[prevIndex].HasMeasure && (w.Is(k, "than") || w.Is(k, "with") || w.Is(k, "against") || (w.Is(k, "above") || w.Is(k, "below")) && !HasFigureNoun(la, lb)) && !w.In(lb - 1, RestatedHeads)
                && !w.In(lb - 1, FigureNouns))
            {
                f.MeasureStart = figures[prevIndex].MeasureStart;
                f.MeasureEnd = figures[prevIndex].MeasureEnd;
                SetScope(ref f, la, lb);
                return;
            }

            // "above the regional average (19%) and that of similar councils (23%)": "that of X" is what the
            // sentence's first figure measures, for X
            if (prevIndex >= 0 && w.Is(k, "of") && (w.Is(k - 1, "that") || w.Is(k - 1, "those")))
            {
                for (int j = 0; j <= prevIndex; j++)
                {
                    if (!figures[j].HasMeasure) continue;
                    f.Rule = "r2t";
                    f.MeasureStart = figures[j].MeasureStart;
                    f.MeasureEnd = figures[j].MeasureEnd;
                    SetScope(ref f, la, lb);
                    return;
                }
            }

            // ("almost all of its young people (96%)", "in the minority of visits (4%)": the group a quantifier counts)
            bool proportionOf = w.Is(k, "of") && (Phrases.LocalNounPhraseBefore(w, k, out _, out int hb) && w.In(hb - 1, ProportionHeads) || w.In(k - 1, Quantifiers));
            bool compared = w.Is(k, "below") || w.Is(k, "above") || w.Is(k, "than") || w.Is(k, "with") || w.Is(k, "to")
                || w.Is(k, "against") || w.Is(k, "on") || w.Is(k, "like") || w.Is(k, "unlike") || w.Is(k, "for")
                || (w.In(k, FiniteVerbs) || w.EndsWith(k, "ed")) && !w.In(k, Auxiliaries) && !w.In(k, LinkVerbs)
                || (w.Is(k, "have") || w.Is(k, "has") || w.Is(k, "had")) && !w.EndsWith(la, "ed") && !w.In(la, PostModifiers);

            // "counties such as Esk (64 percent of households ...), Tarn (71 percent)": a list of places keeps the measure, each place a scope
            if (prevIndex >= 0 && (MeasureAfter(figures[prevIndex]) || figures[prevIndex].Rule == "r2n") && (w.IsPunct(k, ',') || w.Is(k, "and")) && figures[prevIndex].Last < la
                && IsBracketAfterName(OpenBracketBefore(figures[prevIndex].First)) && NameBefore(lb, out int pa, out _) && pa == la)
            {
                f.MeasureStart = figures[prevIndex].MeasureStart;
                f.MeasureEnd = figures[prevIndex].MeasureEnd;
                f.Rule = "r2n";
                SetScope(ref f, la, lb);
                return;
            }

            // "above county neighbours (18%) and Wales (16%)": a place after a comparison group is one too
            if (prevIndex >= 0 && figures[prevIndex].HasMeasure && figures[prevIndex].ScopeStart >= 0 && (w.IsPunct(k, ',') || w.Is(k, "and")) && figures[prevIndex].Last < la
                && lb - la == 1 && w.IsCapitalised(la) && !FirstWordAt(la))
            {
                f.MeasureStart = figures[prevIndex].MeasureStart;
                f.MeasureEnd = figures[prevIndex].MeasureEnd;
                SetScope(ref f, la, lb);
                return;
            }

            // "Most children have up-to-date health checks (85.1%), dental checks (82.3%)": a list of objects
            if (prevIndex >= 0 && (w.IsPunct(k, ',') || w.Is(k, "and")) && figures[prevIndex].Last < la) compared = true;

            // "A high percentage of pupils join in their reviews (93%)": the bracket ending the clause gives the
            // percentage its subject names, so it counts the group after "of"
            if (prevIndex < 0 && ProportionSubject(open, out int psa, out int psb))
            {
                f.Rule = "r2p";
                SetMeasure(ref f, psa, psb);
                return;
            }

            // "Almost all of the children on plans (97%) were visited": the bracket closes a quantified
            // subject before its verb, so the phrase before it ends the subject's group, not a comparison
            if (compared && QuantifiedSubjectBefore(open) && TryCloseBracket(open, out int shut)
                && (w.In(shut + 1, Auxiliaries) || w.In(shut + 1, LinkVerbs) || w.In(shut + 1, FiniteVerbs) || w.EndsWith(shut + 1, "ed")))
            {
                ApplySubject(figures, index, prevIndex, open);
                return;
            }

            // ("In the minority of visits (4%) where ...": the phrase before the bracket is a quantifier's group)
            if (w.In(la, Quantifiers) && w.Is(la + 1, "of") && la + 2 < lb) proportionOf = true;
            if (proportionOf || compared)
            {
                // ("with a high percentage of pupils (21.7%)": the group, not the proportion words before it)
                for (int p = la; p < lb - 2 && p < la + 3; p++)
                {
                    if (!w.In(p, ProportionHeads) && !w.In(p, Quantifiers) || !w.Is(p + 1, "of")) continue;
                    la = p + 2;
                    break;
                }

                SetMeasure(ref f, la, lb);
                return;
            }
        }

        // "The rate of re-referrals (41%) is higher"
        ApplySubject(figures, index, prevIndex, open);
    }

    /// <summary>
    /// A result in a school subject (at <paramref name="subject"/>, after <paramref name="k"/>): after "in", the group of the
    /// clause ("pupils made progress in English (23%)", "children reaching level two in reading (71%)"); after a comma or "and"
    /// in a list of such subjects, the group of the figure before. False when neither applies.
    /// </summary>
    private bool SchoolSubjectResult(Span<Figure> figures, int index, int prevIndex, int k, int subject)
    {
        var w = _w;
        ref var f = ref figures[index];
        if ((w.IsPunct(k, ',') || w.Is(k, "and")) && prevIndex >= 0 && figures[prevIndex].Rule == "r2s" && figures[prevIndex].Last < subject)
        {
            f.Rule = "r2s";
            f.MeasureStart = figures[prevIndex].MeasureStart;
            f.MeasureEnd = figures[prevIndex].MeasureEnd;
            return true;
        }

        if (!w.Is(k, "in") || prevIndex >= 0) return false;
        int start = PunctuationStart(k);
        int verb = -1;
        for (int v = k - 1; v >= start; v--)
        {
            if (IsPastVerb(v) && !(w.Is(v, "looked") && w.Is(v + 1, "after")) || w.In(v, FiniteVerbs) && !w.IsDeterminerAt(v - 1) || w.In(v, Auxiliaries)) verb = v;
        }

        int a, b;
        if (verb >= 0)
        {
            int subjectEnd = TryVerbGroup(verb, out int groupStart) ? groupStart : verb;
            if (Subject(subjectEnd, out a, out b) != SubjectKind.Phrase) return false;
            if (w.Is(a, "few") && b - a > 1) a++;
        }
        else if (!Phrases.ReadNounPhrase(w, start, k, rejectVerbFirst: true, out a, out b) || b != k)
        {
            return false;
        }

        f.Rule = "r2s";
        SetMeasure(ref f, a, b);
        return true;
    }

    /// <summary>
    /// The group of a clause whose subject is a proportion ("A high percentage of children take part ... (", "The
    /// majority of carers attend ... ("), the clause running without a comma from the sentence start to the bracket at
    /// <paramref name="open"/>.
    /// </summary>
    private bool ProportionSubject(int open, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        int s = open - 1;
        while (s > 0 && s > open - 30 && !(w.Kind(s - 1) == TokenKind.Punctuation && w.Char(s - 1) is '.' or ';' or ':' or ',' or '(' or ')')) s--;
        if (!FirstWordAt(s)) return false;
        int k = s;
        while (k < open && w.IsDeterminerAt(k)) k++;
        int adjectives = 0;
        while (k < open && adjectives < 2 && !w.In(k, ProportionHeads) && (Phrases.IsContent(w, k) || w.IsLyAdverb(k))) { k++; adjectives++; }
        if (!w.In(k, ProportionHeads) || !w.Is(k + 1, "of")) return false;
        if (!Phrases.ReadNounPhrase(w, k + 2, open, rejectVerbFirst: true, out a, out b) || b >= open) return false;
        return IsVerbAt(b) || w.In(b, Auxiliaries) || w.In(b, FiniteVerbs) || IsPastVerb(b);
    }

    /// <summary>True when a word of <paramref name="a"/> to <paramref name="b"/> restates a figure ("average", "rate", "figure").</summary>
    private bool HasFigureNoun(int a, int b)
    {
        for (int k = a; k < b; k++)
        {
            if (_w.In(k, RestatedHeads) || _w.In(k, FigureNouns)) return true;
        }

        return false;
    }

    /// <summary>The index of the figure whose last token is right before token <paramref name="k"/>, or -1.</summary>
    private static int FigureEndingAt(Span<Figure> figures, int k)
    {
        for (int i = 0; i < figures.Length; i++)
        {
            if (figures[i].Last == k) return i;
        }

        return -1;
    }

    /// <summary>The measure of the figure before in the sentence; for a pronoun, of the sentence before.</summary>
    private void Carry(Span<Figure> figures, int index, int prevIndex, bool sameSentenceOnly)
    {
        ref var f = ref figures[index];
        for (int k = prevIndex; k >= 0; k--)
        {
            if (figures[k].HasMeasure)
            {
                f.MeasureStart = figures[k].MeasureStart;
                f.MeasureEnd = figures[k].MeasureEnd;
                return;
            }
        }

        if (!sameSentenceOnly && _carryStart >= 0)
        {
            f.MeasureStart = _carryStart;
            f.MeasureEnd = _carryEnd;
        }
    }

    /// <summary>
    /// The tokens of the heading that ends at the last colon within 400 characters before <paramref name="from"/> (from the
    /// start of the colon's sentence, at most 300 characters back) into <paramref name="buffer"/>; their count, or -1
    /// when there is no colon.
    /// </summary>
    private int HeadingTokensBefore(int from, Span<Token> buffer)
    {
        var text = _document.Normalized;
        int lowest = Math.Max(0, from - 400);
        int colon = text[lowest..from].LastIndexOf(':');
        if (colon < 0) return -1;
        colon += lowest;
        int sentence = _document.SentenceAt(colon);
        int start = sentence >= 0 ? _document.SentenceSpan[sentence].Start : Math.Max(lowest, colon - 200);
        if (colon - start > 300) start = colon - 300;
        int n = 0;
        foreach (var token in Tokenizer.Tokenize(text[start..colon], start))
        {
            if (n == buffer.Length) break;
            buffer[n++] = token;
        }

        return Abbreviations.Join(text, buffer[..n]);
    }

    /// <summary>"in primary schools is 8%" under "Children eligible for free school meals, by phase:".</summary>
    private bool HeadingMeasure(ref Figure f, int placeToken)
    {
        var text = _document.Normalized;
        Span<Token> buffer = stackalloc Token[64];
        int n = HeadingTokensBefore(_w.Start(placeToken), buffer);
        if (n < 0) return false;
        Span<ulong> classes = stackalloc ulong[64];
        classes.Clear();
        var heading = new Words(text, buffer[..n], classes[..n]);
        int s = 0;
        while (s < n && heading.Kind(s) == TokenKind.Punctuation) s++;
        if (!Phrases.ReadNounPhrase(heading, s, n, rejectVerbFirst: true, out int a, out int b)) return false;
        f.MeasureStart = heading.Start(a);
        f.MeasureEnd = heading.End(b - 1);
        return true;
    }

    /// <summary>
    /// True when the figure before <paramref name="comma"/> is a share said in words or figures that the figure after the
    /// comma restates ("about two-thirds of likely voters, 67 percent,"): the earlier figure's "of" phrase ends at the comma.
    /// </summary>
    private bool RestatesFigureBefore(in Figure earlier, int comma)
    {
        var w = _w;
        if (earlier.Kind != PercentageKind.Proportion && earlier.Kind != PercentageKind.Percent) return false;
        if (earlier.Last == comma) return true;
        return w.Is(earlier.Last, "of") && earlier.HasMeasure && w.End(comma - 1) == earlier.MeasureEnd;
    }

    /// <summary>True when a verb of answering or choosing comes at <paramref name="k"/>, after an auxiliary or adverb ("would vote", "also said").</summary>
    private bool AnswerVerbAfter(int k)
    {
        var w = _w;
        if (w.Is(k, "would") || w.Is(k, "will") || w.Is(k, "did") || w.Is(k, "do") || w.Is(k, "does") || w.Is(k, "could") || w.Is(k, "might")) k++;
        if (w.Is(k, "not") || w.Is(k, "also") || w.Is(k, "still") || w.Is(k, "now") || w.IsLyAdverb(k)) k++;
        return w.In(k, SayingVerbs) || w.In(k, OpinionVerbs);
    }

    /// <summary>
    /// The subject of the sentence before this one in the same paragraph, when it opens that sentence
    /// (after a paragraph number or an opening adverbial) and a verb or comma follows it.
    /// </summary>
    /// <summary>
    /// The noun phrase a count of the sentence before (same paragraph) counts, as the figure's measure: a number that is not
    /// a year and the noun phrase after it. With <paramref name="afterVerb"/>, the first count straight after a verb whose
    /// noun is not a time word ("The desk took 571 calls in the year. Forty one per cent (231) were about pupils");
    /// without, the last count that is not a sum of money or part of a figure and whose noun is not a unit of time ("The
    /// service supported 50 newly qualified social workers. Of these, 80% ...").
    /// </summary>
    private bool CountedNounOfSentenceBefore(ref Figure f, bool afterVerb)
    {
        Span<Token> buffer = stackalloc Token[64];
        int n = TokensOfSentenceBefore(buffer);
        if (n < 0) return false;
        Span<ulong> classes = stackalloc ulong[64];
        classes.Clear();
        var w = new Words(_document.Normalized, buffer[..n], classes[..n]);
        for (int i = afterVerb ? 1 : 0; i < n - 1; i++)
        {
            int k = afterVerb ? i : n - 2 - i;
            if (w.Kind(k) != TokenKind.Number || w.IsYearLike(k)) continue;
            if (afterVerb)
            {
                if (!(w.In(k - 1, ShareVerbs) || w.In(k - 1, FiniteVerbs) || IsPastVerb(w, k - 1))
                    || !Phrases.IsContent(w, k + 1) || w.In(k + 1, TimeWords)) continue;
            }
            else if (w.IsPunct(k + 1, '%') || k > 0 && (w.Text(k - 1) is "$" or "£" or "€" || w.Kind(k - 1) == TokenKind.Number)
                || !Phrases.IsContent(w, k + 1) || IsTimeUnit(w, k + 1)
                || w.Is(k + 1, "million") || w.Is(k + 1, "billion") || w.Is(k + 1, "per") || w.Is(k + 1, "percent"))
            {
                continue;
            }

            if (!Phrases.ReadNounPhrase(w, k + 1, n, rejectVerbFirst: true, out int a, out int b)) continue;
            b = TimeCut(w, a, b);
            if (b <= a) continue;
            f.MeasureStart = w.Start(a);
            f.MeasureEnd = w.End(b - 1);
            return true;
        }

        return false;
    }

    private static bool IsFractionWord(in Words w, int k) =>
        w.Is(k, "half") || w.Is(k, "third") || w.Is(k, "thirds") || w.Is(k, "quarter") || w.Is(k, "quarters") || w.Is(k, "fifth") || w.Is(k, "fifths")
        || w.Is(k, "tenth") || w.Is(k, "tenths");

    /// <summary>"Of the 412 children looked after at the end of March:" heading a list of counts.</summary>
    private bool OfHeadingMeasure(ref Figure f)
    {
        var text = _document.Normalized;
        Span<Token> buffer = stackalloc Token[64];
        int n = HeadingTokensBefore(_w.Start(f.First), buffer);
        if (n < 0) return false;
        Span<ulong> classes = stackalloc ulong[64];
        classes.Clear();
        var heading = new Words(text, buffer[..n], classes[..n]);
        int s = 0;
        while (s < n && heading.Kind(s) == TokenKind.Punctuation) s++;
        if (!heading.Is(s, "of")) return false;
        if (!Phrases.ReadNounPhrase(heading, s + 1, n, rejectVerbFirst: true, out int a, out int b)) return false;
        if (b - a == 1 && (heading.In(a, ProportionHeads) || heading.Is(a, "total") || heading.Is(a, "group"))) return false;
        f.MeasureStart = heading.Start(a);
        f.MeasureEnd = heading.End(b - 1);
        return true;
    }

    /// <summary>A count at <paramref name="k"/>: a number that is not a year, or a number word ("twelve").</summary>
    private bool IsCountAt(int k) => _w.Kind(k) == TokenKind.Number && !_w.IsYearLike(k) || NumberWords.TryCardinalWord(_w.Text(k), out _);

    /// <summary>"Three hundred and twelve pupils", "1,204 calls": the first word after a count that opens a phrase at <paramref name="s"/>.</summary>
    private int SkipCount(int s, int limit)
    {
        var w = _w;
        int k = s;
        while (k < limit && (IsCountAt(k)
            || (w.Is(k, "hundred") || w.Is(k, "thousand")) && k > s
            || w.Is(k, "and") && k > s && NumberWords.TryCardinalWord(w.Text(k + 1), out _))) k++;
        return k < limit && Phrases.IsContent(w, k) ? k : s;
    }

    /// <summary>
    /// What ", of whom" / ", of which" (the pronoun at <paramref name="pronoun"/>; false for anything else) counts: for "whom", the people a count names
    /// in the clause before ("198 children left care, of whom 14 ..."); for "which", the thing named just before the comma
    /// ("211 families had plans, of which 31 ..."), or else a counted noun ("940 calls were logged, of which ...").
    /// A count with no noun ("18 live in children's homes, of whom ...") gives none.
    /// </summary>
    private bool RelativeGroup(int pronoun, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        int comma = pronoun - 2;
        if (!(w.Is(pronoun, "whom") || w.Is(pronoun, "which")) || !w.Is(pronoun - 1, "of") || !w.IsPunct(comma, ',')) return false;
        if (w.Is(pronoun, "which") && Phrases.NounPhraseBefore(w, comma, out a, out b) && w.Kind(b - 1) == TokenKind.Word && !w.EndsWith(b - 1, "ed")
            && !Phrases.IsTimeAt(w, a) && !w.IsCapitalised(a))
        {
            // ("were placed in residential homes", "were subject of plans": the thing after the participle or "subject of")
            if ((w.EndsWith(a, "ed") || w.Is(a, "subject")) && w.In(a + 1, Prepositions) && a + 2 < b) a += 2;
            while (a < b - 1 && w.IsDeterminerAt(a)) a++;
            return true;
        }

        return GroupBeforeComma(comma, out a, out b, countedOnly: true);
    }

    /// <summary>
    /// The group a relative pronoun after the comma at <paramref name="comma"/> stands for: a counted noun in the clause
    /// ("took a total of 1,204 calls from May to July"), else the noun phrase just before the comma.
    /// </summary>
    private bool GroupBeforeComma(int comma, out int a, out int b, bool countedOnly = false)
    {
        var w = _w;
        int start = PunctuationStart(comma);

        // (with only a counted noun wanted, the count nearest the comma: lists with no punctuation run several clauses together)
        if (countedOnly)
        {
            int last = comma - 2;
            while (last > start && !IsCountAt(last)) last--;
            start = last;
        }

        for (int k = start; k < comma - 1; k++)
        {
            if (!IsCountAt(k) || Phrases.IsTimeAt(w, k + 1)) continue;

            // ("raised $31 million in May, nearly half of which ...": a sum of money is no group)
            if (w.Text(k - 1) is "$" or "£" or "€") continue;
            int n = SkipCount(k, comma);
            if (n == k || w.Is(n, "million") || w.Is(n, "billion") || w.Is(n, "pounds") || w.Is(n, "dollars")
                || !Phrases.ReadNounPhrase(w, n, comma, rejectVerbFirst: true, out a, out b)) continue;

            // ("calls between 2 May and 31 July": when is not what)
            b = TimeCut(w, a, b);
            return true;
        }

        a = b = -1;
        if (countedOnly) return false;
        if (!Phrases.NounPhraseBefore(w, comma, out a, out b) || Phrases.IsTimeAt(w, a) || w.Kind(b - 1) != TokenKind.Word
            || w.Is(a, "million") || w.Is(a, "billion")) return false;

        // ("the older, 19-plus cohort": the number stays with "plus")
        if (w.Is(a, "plus") && w.Kind(a - 1) == TokenKind.Punctuation && w.Glued(a - 1, a) && w.Kind(a - 2) == TokenKind.Number && w.Glued(a - 2, a - 1)) a -= 2;
        return true;
    }

    /// <summary>
    /// The end of a counted group before a time inside it ("571 calls in the spring of 2015", "calls between 2 May and
    /// 31 July"): the first "in", "during", "between", "since" or "from" after its head that a time follows, or <paramref name="b"/>.
    /// </summary>
    private static int TimeCut(Words w, int a, int b)
    {
        for (int t = a + 1; t < b; t++)
        {
            if ((w.Is(t, "in") || w.Is(t, "during") || w.Is(t, "between") || w.Is(t, "since") || w.Is(t, "from")) && Phrases.IsTimeAt(w, t + 1)) return t;
        }

        return b;
    }

    /// <summary>Start of the stretch ending at <paramref name="end"/> back to the nearest punctuation (a list item, a clause between commas).</summary>
    private int PunctuationStart(int end)
    {
        var w = _w;
        int lowest = Math.Max(0, end - 30);
        for (int k = end - 1; k >= lowest; k--)
        {
            if (w.Kind(k) == TokenKind.Punctuation && !(w.Char(k) is '-' or '‑' or '\'' or '’' && (w.Glued(k - 1, k) || w.Glued(k, k + 1)))) return k + 1;
        }

        return lowest;
    }

    /// <summary>"reaches 80% in the assessment teams": a place after the figure.</summary>
    private void ScopeAfter(ref Figure f)
    {
        if (f.ScopeStart >= 0) return;
        var w = _w;
        int j = f.Last;
        if (w.IsPunct(j, ')') && OpenBracketBefore(f.First) >= 0) return;
        if (w.IsPunct(j, ',') && (w.Is(j + 1, "for") || w.Is(j + 1, "in")) && !w.Is(j + 2, "example") && !w.Is(j + 2, "instance")) j++;
        ScopeAt(ref f, j);
    }

    /// <summary>A place or group phrase starting at token <paramref name="j"/> ("in the assessment teams", "for England as a whole").</summary>
    private void ScopeAt(ref Figure f, int j)
    {
        var w = _w;
        if (f.ScopeStart >= 0) return;
        if (!(w.Is(j, "in") || w.Is(j, "across") || w.Is(j, "among") || w.Is(j, "amongst") || w.Is(j, "for") && !w.Is(j + 1, "example") && !w.Is(j + 1, "instance"))) return;
        if (Phrases.IsTimeAt(w, j + 1) || w.Is(j + 1, "timescale") || w.Is(j + 1, "timescales")) return;
        // (a place, not a time: "in 2015" was excluded above; "in the last year" too; nor a poll the figure was reported in)
        if (Phrases.ReadNounPhrase(w, j + 1, w.Count, rejectVerbFirst: true, out int a, out int b) && !(w.Is(j, "in") && Phrases.HasSource(w, a, b)))
        {
            SetScope(ref f, a, b);
        }
    }

    private bool OfIsTime(int of)
    {
        var w = _w;
        // "of 2012 voters" is a group; "of 2012" a time
        return w.IsYearLike(of + 1) && !(Phrases.IsContent(w, of + 2) && !w.In(of + 2, TimeWords)) || w.Is(of + 1, "the") && (w.Is(of + 2, "time") || w.Is(of + 2, "year"));
    }

    /// <summary>The "(" that opens a bracket holding the figure, allowing "(or 21.8%" and "(at 15%".</summary>
    private int OpenBracketBefore(int first)
    {
        var w = _w;
        if (w.IsPunct(first - 1, '(')) return first - 1;
        if ((w.Is(first - 1, "or") || w.Is(first - 1, "at") || w.Is(first - 1, "some") || w.Is(first - 1, "just")) && w.IsPunct(first - 2, '(')) return first - 2;

        // "White British (16,657 or 14.9%)": a count, then the figure
        if ((w.Is(first - 1, "or") || w.IsPunct(first - 1, ',')) && w.Kind(first - 2) == TokenKind.Number && !w.IsYearLike(first - 2) && w.IsPunct(first - 3, '(')) return first - 3;
        return -1;
    }

    private bool TryCloseBracket(int open, out int close)
    {
        var w = _w;
        int stop = Math.Min(w.Count, open + 12);
        for (int k = open + 1; k < stop; k++)
        {
            if (w.IsPunct(k, ')'))
            {
                close = k;
                return true;
            }

            if (w.IsPunct(k, '(')) break;
        }

        close = -1;
        return false;
    }

    private static bool ContainsFigure(Span<Figure> figures, int open, int close)
    {
        foreach (ref var f in figures)
        {
            if (f.First > open && f.Last <= close) return true;
        }

        return false;
    }

    private int FindComma(int from, int span)
    {
        var w = _w;
        int stop = Math.Min(w.Count, from + Math.Max(0, span));
        for (int k = from; k < stop; k++)
        {
            if (w.IsPunct(k, ',')) return k;
            if (w.IsPunct(k, ';') || w.IsPunct(k, ':')) return -1;
        }

        return -1;
    }

    private void SetMeasure(ref Figure f, int a, int b)
    {
        var w = _w;

        // "backing among hill farmers", "favourability among members": the group after "among" is where the figure applies
        for (int k = a + 1; k < b - 1; k++)
        {
            if (!w.Is(k, "among") && !w.Is(k, "amongst")) continue;
            if (f.ScopeStart < 0 && Phrases.ReadNounPhrase(w, k + 1, b, rejectVerbFirst: false, out int sa, out int sb)) SetScope(ref f, sa, sb);
            b = k;
            break;
        }

        // "Most carers (88%)", "nearly all of its young people": a quantifier opening the phrase says how many, not what
        // ("Very few children looked after (4%)", "only a few carers (2%)": a degree word before "few")
        int q = (w.Is(a, "nearly") || w.Is(a, "almost") || w.Is(a, "virtually")) && w.Is(a + 1, "all")
            || (w.Is(a, "very") || w.Is(a, "too") || w.Is(a, "relatively") || w.Is(a, "so")) && (w.Is(a + 1, "few") || w.Is(a + 1, "many")) ? a + 1 : a;
        // (not a superlative: "the most recent figure", "the 20% most deprived wards")
        bool superlative = w.Is(q, "most") && (w.IsDeterminerAt(q - 1) || w.Kind(q - 1) == TokenKind.Number || w.IsPunct(q - 1, '%'));
        if ((w.In(q, SubjectQuantifiers) || w.Is(q, "few")) && !superlative)
        {
            int r = w.Is(q + 1, "of") ? q + 2 : q + 1;
            // ("very few of those audited": "those" heads the phrase)
            while (r < b - 1 && w.IsDeterminerAt(r) && !w.Is(r, "those") && !w.Is(r, "these")) r++;
            if (r < b && (Phrases.IsContent(w, r) || (w.Is(r, "those") || w.Is(r, "these")) && r + 1 < b)) a = r;
        }

        // "a sturdy lead", "a narrow majority": how big the lead is, not what it is
        if (b - a >= 2 && Phrases.IsSizeWord(w, a) && Phrases.IsLeadWord(w, a + 1)) a++;

        // "low turnover rates (6.85%)", "high caseload levels": a judgement of a rate, not what it measures
        if (b - a >= 2 && (w.Is(a, "low") || w.Is(a, "high") || w.Is(a, "lower") || w.Is(a, "higher")) && Phrases.IsContent(w, a + 1)
            && (w.Is(b - 1, "rate") || w.Is(b - 1, "rates") || w.Is(b - 1, "level") || w.Is(b - 1, "levels") || w.Is(b - 1, "turnover"))) a++;

        // "earners alone", "delegates thereafter": an adverb closing the phrase is not part of what is measured
        if (b - a >= 2 && (w.Is(b - 1, "alone") || w.Is(b - 1, "thereafter") || w.Is(b - 1, "respectively") || w.Is(b - 1, "instead") || w.Is(b - 1, "too"))) b--;

        f.MeasureStart = w.Start(a);
        f.MeasureEnd = w.End(b - 1);
    }

    /// <summary>The token that holds character <paramref name="at"/> in this sentence, or -1.</summary>
    private int TokenAt(int at)
    {
        var w = _w;
        for (int k = 0; k < w.Count; k++)
        {
            if (w.Start(k) <= at && at < w.End(k)) return k;
            if (w.Start(k) > at) break;
        }

        return -1;
    }

    /// <summary>True when a noun follows the figure ("30 percent backing", "3 percent levy"), not a verb ("19 percent put him third").</summary>
    private bool NounAfter(in Figure f)
    {
        var w = _w;
        int k = f.Last;
        return Phrases.IsContent(w, k) && !(w.In(k + 1, ObjectPronouns) || Phrases.IsArticleOrPossessive(w, k + 1)) && !w.IsLyAdverb(k);
    }

    /// <summary>
    /// Where the phrase after "N% of" (<paramref name="a"/> to <paramref name="b"/>) stops: before the clause's verb when the figure
    /// is its subject and no verb follows ("38 percent of shoppers made up their minds at the till"); before an "-ing" predicate after "with"
    /// ("with 95% of the wards declaring"); before a new clause after "and" when the figure is an object ("a quarter of the
    /// ward and Mayor Rhodes is ..."). <paramref name="next"/> is where the next figure starts.
    /// </summary>
    private void TrimOfPhrase(int a, ref int b, int before, bool subject, int next)
    {
        var w = _w;
        if (w.Is(before, "with"))
        {
            for (int k = a + 1; k < b; k++)
            {
                if (w.Is(k, "and") || w.Is(k, "or")) break;
                if (w.EndsWith(k, "ing") && !w.In(k, Prenominal) && Phrases.IsContent(w, k - 1))
                {
                    b = k;
                    return;
                }

                // "with 98% of reviews completed within timescales": after the group, a participle is what the share does
                // (not after a verb that takes "with": "worked with 84% of the girls referred")
                if (w.EndsWith(k, "ed") && !w.Is(k, "looked") && !w.EndsWith(before - 1, "ed") && !w.In(before - 1, FiniteVerbs) && !w.In(before - 1, LinkVerbs) && w.Kind(k - 1) == TokenKind.Word && Phrases.IsContent(w, k - 1) && !w.EndsWith(k - 1, "ed")
                    && !Phrases.IsContent(w, k + 1) && !w.Is(k + 1, "by"))
                {
                    b = k;
                    return;
                }
            }
        }

        if (subject)
        {
            // a verb after the phrase, before the next figure: the phrase is whole
            // (a new clause after a comma, "..., while turnout was 35%", is not this subject's)
            for (int k = b; k < next && k < w.Count; k++)
            {
                if (w.Kind(k) == TokenKind.Punctuation && w.Char(k) is ';' or ':' or '.' or '?' or '!') break;
                if (w.IsPunct(k, ',') && (w.In(k + 1, ContrastClauseWords) || w.Is(k + 1, "but"))) break;
                // (", the study found.": a reporting clause at the end is not this subject's)
                if (w.IsPunct(k, ',') && ReportingTail(k + 1)) break;
                // (", which is better than ...", ", so the findings are ...", ", and 20% were ...": a new clause's verb)
                if (w.IsPunct(k, ',') && (w.Is(k + 1, "which") || w.Is(k + 1, "so") || w.Is(k + 1, "and") || w.Is(k + 1, "meaning") || w.Is(k + 1, "compared")
                    || w.Is(k + 1, "with") && !Phrases.IsContent(w, k - 1))) break;
                // ("... in reading, writing and maths combined.": a participle closing the sentence is no verb)
                // ("35% of settings responded to the survey, so ... are ...": a past verb right after the plural head, which cannot
                // follow a noun as a participle, is this subject's verb all the same)
                if (IsVerbAt(k) || IsPastVerb(k) && !(w.Kind(k + 1) == TokenKind.Punctuation && w.Char(k + 1) is '.' or '!' or '?' or ';' || k + 1 >= w.Count))
                {
                    if (!PastVerbAfterHead(a, b)) return;
                    break;
                }
            }

            for (int k = a + 1; k < b; k++)
            {
                if (w.Is(k - 1, "who") || w.Is(k - 1, "that") || w.Is(k - 1, "which")) return;
                if (w.Is(k, "need") && w.Is(k - 1, "in")) continue;

                // "35 percent of Corran jobs depend directly on tourism": a plain word before an -ly adverb and a preposition is a verb
                if (w.Kind(k) == TokenKind.Word && !w.IsCapitalised(k) && !w.EndsWith(k, "ed") && !w.EndsWith(k, "ing") && !w.In(k, Prepositions)
                    && w.IsLyAdverb(k + 1) && (w.In(k + 2, Prepositions) || w.IsDeterminerAt(k + 2)) && Phrases.IsContent(w, k - 1) && !w.IsLyAdverb(k))
                {
                    b = k;
                    return;
                }

                // a participle that usually follows its noun ("children looked after", "aged five", "placed with adopters") is a
                // modifier unless an object or a particle follows it ("made up their minds", "backed Mrs. Tate")
                // ("received training", "made progress": a bare noun after it is its object too, when no verb follows the phrase)
                bool modifier = w.In(k, PostModifiers) && !(Phrases.IsArticleOrPossessive(w, k + 1) || w.IsCapitalised(k + 1) || w.Is(k + 1, "up") || w.Is(k + 1, "of")
                    || w.EndsWith(k, "ed") && w.Kind(k + 1) == TokenKind.Word && Phrases.IsContent(w, k + 1) && !w.In(k + 1, Prepositions) && !w.IsLyAdverb(k + 1) && !w.In(k + 1, TimeWords)
                        && !NumberWords.TryCardinalWord(w.Text(k + 1), out _));
                if (!modifier && (IsVerbAt(k) || IsPastVerb(k) && !w.Is(k + 1, "by") && (w.In(k + 1, Prepositions) || w.Is(k + 1, "to") || Phrases.IsArticleOrPossessive(w, k + 1)
                    || w.IsCapitalised(k + 1) || w.Is(k + 1, "up") || Phrases.IsContent(w, k + 1)
                    || w.Kind(k + 1) == TokenKind.Number || NumberWords.TryCardinalWord(w.Text(k + 1), out _))))
                {
                    b = k;
                    return;
                }
            }

            return;
        }

        // "a quarter of the ward and Mayor Rhodes is under pressure": a new clause
        for (int k = a + 1; k < b - 1; k++)
        {
            if (!w.Is(k, "and")) continue;
            int m = k + 1;
            while (m < k + 6 && (Phrases.IsContent(w, m) || w.IsDeterminerAt(m)) && !IsVerbAt(m)) m++;
            if (m > k + 1 && (w.In(m, Auxiliaries) || w.In(m, FiniteVerbs)))
            {
                b = k;
                return;
            }
        }
    }

    /// <summary>
    /// The "in" of a place phrase that ends right before <paramref name="pronoun"/> and opens its clause ("in secondary schools
    /// this is"); <paramref name="at"/> is the place's first word.
    /// </summary>
    private bool PlaceBefore(int pronoun, out int at)
    {
        var w = _w;
        at = -1;
        int k = pronoun - 1;
        while (k > 0 && k > pronoun - 5 && Phrases.IsContent(w, k) && !w.Is(k, "in")) k--;
        if (!w.Is(k, "in") || k + 1 >= pronoun) return false;
        if (k > 0 && !(w.Kind(k - 1) == TokenKind.Punctuation || w.Is(k - 1, "and"))) return false;
        at = k + 1;
        return true;
    }

    /// <summary>
    /// The group that figures, data or records are about, as the subject of a verb of showing at <paramref name="verb"/> ("the
    /// monthly data on pathway plans show", "the latest figures for care leavers show": "care plan reviews", "care leavers").
    /// </summary>
    private bool SourceTopicBefore(int verb, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        if (!(w.Is(verb, "show") || w.Is(verb, "shows") || w.Is(verb, "showed") || w.Is(verb, "indicate") || w.Is(verb, "indicates")
            || w.Is(verb, "suggest") || w.Is(verb, "suggests") || w.Is(verb, "reveal") || w.Is(verb, "reveals"))) return false;
        int s = PunctuationStart(verb);
        for (int k = s; k < verb - 1; k++)
        {
            if (!Phrases.IsSourceNoun(w, k) || w.Is(k, "performance") || !(w.Is(k + 1, "on") || w.Is(k + 1, "for") || w.Is(k + 1, "about") || w.Is(k + 1, "of"))) continue;
            int t = k + 2;
            while (t < verb && w.IsDeterminerAt(t)) t++;

            // ("data on performance on care plan reviews": how they do is not what is counted)
            if ((w.Is(t, "performance") || w.Is(t, "timeliness")) && (w.Is(t + 1, "on") || w.Is(t + 1, "of") || w.Is(t + 1, "in"))) t += 2;
            while (t < verb && w.IsDeterminerAt(t)) t++;
            return t < verb && Phrases.ReadNounPhrase(w, t, verb, rejectVerbFirst: true, out a, out b) && b == verb;
        }

        return false;
    }

    /// <summary>
    /// True when a reporting clause that closes the sentence starts at <paramref name="k"/>: a short subject and a verb of
    /// saying or finding, then the end (", the study found.", ", officials said.", ", a council report shows").
    /// </summary>
    private bool ReportingTail(int k)
    {
        var w = _w;
        int j = k;
        if (w.IsDeterminerAt(j)) j++;
        int words = 0;
        while (j < w.Count && words < 4 && w.Kind(j) == TokenKind.Word && Phrases.IsContent(w, j) && !w.In(j, SayingVerbs)) { j++; words++; }
        if (words == 0 || j >= w.Count) return false;
        if (!(w.In(j, SayingVerbs) || w.Is(j, "found") || w.Is(j, "finds") || w.Is(j, "showed") || w.Is(j, "shows") || w.Is(j, "suggests")
            || w.Is(j, "suggested") || w.Is(j, "reported") || w.Is(j, "reports") || w.Is(j, "added") || w.Is(j, "estimates") || w.Is(j, "estimated"))) return false;
        return j + 1 >= w.Count || w.Kind(j + 1) == TokenKind.Punctuation && w.Char(j + 1) is '.' or '!' or '?' or ';' or '"' or '”' or '\'';
    }

    /// <summary>
    /// True when a past verb that does not follow nouns as a participle comes straight after a plural noun inside the phrase
    /// <paramref name="a"/> to <paramref name="b"/>, with its object or a preposition after it ("settings responded to",
    /// "children reached level 4", "young people gained five GCSEs").
    /// </summary>
    private bool PastVerbAfterHead(int a, int b)
    {
        var w = _w;
        for (int k = a + 1; k < b; k++)
        {
            if (!IsPastVerb(k) || !w.EndsWith(k, "ed") || w.In(k, PostModifiers) || w.In(k, Prenominal)) continue;
            if (!(w.EndsWith(k - 1, "s") || w.Is(k - 1, "people") || w.Is(k - 1, "children"))) continue;
            if (w.Is(k - 1, "looked") || w.Is(k + 1, "by") || w.Is(k + 1, "after")) continue;
            if (w.IsDeterminerAt(k + 1) || w.In(k + 1, Prepositions) || w.Is(k + 1, "to") || w.Kind(k + 1) == TokenKind.Number || NumberWords.TryCardinalWord(w.Text(k + 1), out _)
                || Phrases.IsContent(w, k + 1) && !w.IsLyAdverb(k + 1)) return true;
        }

        return false;
    }

    /// <summary>
    /// The first tokens of the sentence before the figure's own, when it is in the same paragraph,
    /// into <paramref name="buffer"/> (as many as fit, abbreviations joined to their stops);
    /// returns how many, or -1 when there is no such sentence.
    /// </summary>
    private int TokensOfSentenceBefore(Span<Token> buffer)
    {
        int here = _document.SentenceAt(_w.Start(0));
        if (here <= 0) return -1;
        var sentences = _document.SentenceSpan;
        var previous = sentences[here - 1];
        if (previous.Paragraph != sentences[here].Paragraph) return -1;
        var text = _document.Normalized;
        int n = 0;
        foreach (var token in Tokenizer.Tokenize(text[previous.Start..previous.End], previous.Start))
        {
            if (n == buffer.Length) break;
            buffer[n++] = token;
        }

        return Abbreviations.Join(text, buffer[..n]);
    }

    /// <summary>"these" at <paramref name="k"/> standing alone before a verb ("a quarter of these lacked a plan"), not a determiner ("these looked after children").</summary>
    private bool TheseBeforeVerb(int k)
    {
        var w = _w;
        int v = k + 1;
        if (!w.Is(k, "these")) return false;
        if (w.In(v, FiniteVerbs)) return true;
        return w.Kind(v) == TokenKind.Word && !w.Text(v).Contains('-') && (w.EndsWith(v, "ed") || w.In(v, IrregularPastVerbs))
            && !(w.Is(v, "looked") && w.Is(v + 1, "after"));
    }

    /// <summary>A unit of time at <paramref name="k"/> ("12 months", "two years"; not "cases", which <see cref="Phrases.IsTimeAt"/> also takes, for "in most cases").</summary>
    private static bool IsTimeUnit(Words w, int k) =>
        w.Is(k, "year") || w.Is(k, "years") || w.Is(k, "month") || w.Is(k, "months") || w.Is(k, "week") || w.Is(k, "weeks")
        || w.Is(k, "day") || w.Is(k, "days") || w.Is(k, "hour") || w.Is(k, "hours") || w.Is(k, "minute") || w.Is(k, "minutes")
        || w.Is(k, "decade") || w.Is(k, "decades") || w.Is(k, "term") || w.Is(k, "terms") || w.Is(k, "quarter") || w.Is(k, "quarters")
        || w.Is(k, "times");

    /// <summary>A day of the week at <paramref name="k"/> ("Wednesday").</summary>
    private bool IsWeekday(int k) =>
        _w.Is(k, "monday") || _w.Is(k, "tuesday") || _w.Is(k, "wednesday") || _w.Is(k, "thursday") || _w.Is(k, "friday") || _w.Is(k, "saturday") || _w.Is(k, "sunday");

    /// <summary>
    /// A noun with an amount of it ending at the comma <paramref name="comma"/> ("revenue of $212.4 million for the
    /// quarter", "a net profit of 21 million euros"): the noun (<paramref name="a"/> to <paramref name="b"/>).
    /// </summary>
    private bool AmountOfBefore(int comma, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        for (int k = comma - 1; k >= Math.Max(1, comma - 18); k--)
        {
            if (w.Is(k, "of"))
            {
                int n = k + 1;
                if (w.Kind(n) == TokenKind.Punctuation && w.Glued(n, n + 1)) n++; // a currency sign
                return w.Kind(n) == TokenKind.Number && !w.IsYearLike(n) && n < comma && Phrases.LocalNounPhraseBefore(w, k, out a, out b);
            }

            // ("profit of £12.4 million, or 31p a share, up 9%": the amount restated a share, between commas)
            if (w.IsPunct(k, ',') && w.Is(k + 1, "or") && (w.Kind(k + 2) == TokenKind.Number || w.Kind(k + 2) == TokenKind.Punctuation && w.Glued(k + 2, k + 3))) continue;
            if (w.Kind(k) == TokenKind.Punctuation && !w.Glued(k, k + 1)) return false;
        }

        return false;
    }

    /// <summary>True when the measure of <paramref name="f"/> lies after it ("40 percent of voters", "30 percent backing").</summary>
    private bool MeasureAfter(in Figure f) => f.HasMeasure && f.MeasureStart >= _w.End(f.Last - 1);

    /// <summary>
    /// For a figure after an amount and a comma (<paramref name="comma"/>): the end of the subject of the verb before
    /// the amount, when that verb is a copula or a verb of change; -1 in <paramref name="subjectEnd"/> for another verb.
    /// False when no verb comes first, or (<paramref name="amount"/>) the word before the comma is not an amount.
    /// </summary>
    private bool AmountVerb(int comma, bool amount, out int subjectEnd)
    {
        var w = _w;
        subjectEnd = -1;
        int k = comma - 1;
        if (amount && !(w.Kind(k) == TokenKind.Number || w.Is(k, "million") || w.Is(k, "billion") || w.Is(k, "trillion") || w.Is(k, "thousand")
            || w.Is(k, "share") || w.Is(k, "cents") || w.Is(k, "pence") || w.Is(k, "points")
            || w.Kind(k) == TokenKind.Word && w.Glued(k - 1, k) && w.Kind(k - 1) == TokenKind.Number)) return false; // "21p", "5bn"
        int lowest = Math.Max(0, comma - 20);
        for (; k >= lowest; k--)
        {
            if (w.Kind(k) == TokenKind.Punctuation)
            {
                if (w.Char(k) is ';' or ':' or '(' or ')' or '"' or '“' or '”') return false;
                continue;
            }

            if (w.Kind(k) != TokenKind.Word) continue;
            // ("The Oakham average closed down 24 points, or 0.1 percent": a close with its direction is a change)
            bool closed = (w.Is(k, "closed") || w.Is(k, "ended") || w.Is(k, "finished")) && (w.Is(k + 1, "down") || w.Is(k + 1, "up") || w.Is(k + 1, "higher") || w.Is(k + 1, "lower"));

            // ("Kelso Mills had operating profit of £12.4 million, up 9%": "had" before a noun is a verb of its own, and what the amount
            // is of is measured)
            if ((w.Is(k, "had") || w.Is(k, "has") || w.Is(k, "have")) && Phrases.IsContent(w, k + 1) && !w.EndsWith(k + 1, "ed") && !w.EndsWith(k + 1, "en")
                && !w.In(k + 1, Auxiliaries) && !w.IsLyAdverb(k + 1)) return true;
            if (w.In(k, Auxiliaries) || closed || w.In(k, LinkVerbs) && !(w.In(k, NounLikeVerbs) && (w.IsDeterminerAt(k - 1) || Phrases.IsContent(w, k - 1) && !w.In(k - 1, Pronouns))))
            {
                if (closed && Phrases.NounPhraseBefore(w, k, out _, out int ce) && ce == k) subjectEnd = k;
                else if (TryVerbGroup(k, out int end)) subjectEnd = end;
                return true;
            }

            // ("stood at 420 at the end of March, up 8%": after a determiner, "end" is a noun, not the verb)
            if ((w.In(k, ShareVerbs) || w.In(k, FiniteVerbs) || w.EndsWith(k, "ed") && !w.In(k, PostModifiers)) && !w.IsDeterminerAt(k - 1)) return true;
            if (w.In(k, ClauseStarters)) return false;
        }

        return false;
    }

    /// <summary>The securities before "paying" or "yielding" at <paramref name="verb"/>: "senior notes", "the bonds" ("notes" is a noun here, not the verb of "the report notes that").</summary>
    private bool PayerBefore(int verb, out int a, out int b)
    {
        var w = _w;
        if (Phrases.NounPhraseBefore(w, verb, out a, out b)) return true;
        if (!w.Is(verb - 1, "notes")) return false;
        b = verb;
        a = Phrases.LocalNounPhraseBefore(w, verb - 1, out int la, out _) ? la : verb - 1;
        return true;
    }

    /// <summary>"put the waste in the budget at", "estimated losses at": the object of a verb of estimating, before "at" (<paramref name="at"/>).</summary>
    private bool PutVerbObject(int at, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        int lowest = Math.Max(0, at - 14);
        for (int k = at - 1; k >= lowest; k--)
        {
            if (w.Kind(k) == TokenKind.Punctuation && !(w.Char(k) is '-' or '‑' or '\'' or '’' && w.Glued(k - 1, k))) return false;
            if (w.In(k, ClauseStarters) || w.In(k, Auxiliaries)) return false;
            if (!(w.Is(k, "put") || w.Is(k, "puts") || w.Is(k, "putting") || w.Is(k, "placed") || w.Is(k, "places") || w.Is(k, "pegged") || w.Is(k, "pegs")
                || w.Is(k, "estimated") || w.Is(k, "estimates") || w.Is(k, "valued") || w.Is(k, "values") || w.Is(k, "set") || w.Is(k, "sets")
                || w.Is(k, "cap") || w.Is(k, "caps") || w.Is(k, "capped") || w.Is(k, "capping") || w.Is(k, "fix") || w.Is(k, "fixes") || w.Is(k, "fixed")))
            {
                continue;
            }

            if (k + 1 >= at) return false;
            return Phrases.ReadNounPhrase(w, k + 1, at, rejectVerbFirst: false, out a, out b);
        }

        return false;
    }

    private void SetScope(ref Figure f, int a, int b)
    {
        // ("stayed in the same school": a state, not a place or group)
        if (_w.Is(a, "same")) return;
        f.ScopeStart = _w.Start(a);
        f.ScopeEnd = _w.End(b - 1);
    }
}
