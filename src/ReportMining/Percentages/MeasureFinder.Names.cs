using ReportMining.Text;
using static ReportMining.Percentages.PercentLexicon;

namespace ReportMining.Percentages;

/// <summary>Names, leads and polls: whose share a figure is ("Hale leads Crane 48% to 41%", "Crane comes in second with 31 percent").</summary>
internal readonly ref partial struct MeasureFinder
{
    /// <summary>
    /// "leads Moreno", "beat Tan by", "trails the mayor by" ending at <paramref name="before"/>: a verb of leading and its object
    /// (a name or a short phrase), so the figures after are the subject's and the rival's shares.
    /// </summary>
    private bool LeadObject(int before, out int verb, out int a, out int b, out int scopeA, out int scopeB)
    {
        var w = _w;
        verb = a = b = scopeA = scopeB = -1;
        int end = w.Is(before, "by") ? before : before + 1;

        // "would beat him 55 percent to 35 percent": a pronoun rival, the leader still named ("her" right before the figures is one too)
        if (end >= 3 && (w.In(end - 1, ObjectPronouns) || w.Is(end - 1, "her") && end - 1 == before) && IsLeadVerb(end - 2) && !w.IsDeterminerAt(end - 3))
        {
            verb = end - 2;
            return true;
        }

        if (end < 2 || !Phrases.IsContent(w, end - 1)) return false;
        int k = end - 2;
        while (k >= 0 && k >= end - 5 && !IsLeadVerb(k) && (Phrases.IsContent(w, k) || w.IsDeterminerAt(k))) k--;

        // "leads Crane among older voters 51 percent to 40 percent": the group between the rival and the figures is the scope
        if (k >= 2 && (w.Is(k, "among") || w.Is(k, "amongst") || w.Is(k, "across") || w.Is(k, "in")) && !Phrases.IsTimeAt(w, k + 1))
        {
            int sa = k + 1;
            while (sa < end && w.IsDeterminerAt(sa)) sa++;
            if (sa >= end) return false;
            scopeA = sa;
            scopeB = end;
            end = k;
            k = end - 1;

            // "Hale leads among older voters 48% to 41%": no rival named
            if (IsLeadVerb(k) && !w.IsDeterminerAt(k - 1))
            {
                verb = k;
                return true;
            }

            if (!Phrases.IsContent(w, k) && !w.In(k, ObjectPronouns)) return false;
            k--;
            while (k >= 0 && k >= end - 5 && !IsLeadVerb(k) && (Phrases.IsContent(w, k) || w.IsDeterminerAt(k))) k--;
        }


        if (k < 1 || !IsLeadVerb(k)) return false;
        a = k + 1;
        while (a < end && w.IsDeterminerAt(a)) a++;
        b = end;
        if (a >= b) return false;

        // "the lead Hale enjoyed": a noun, not a verb
        if (w.IsDeterminerAt(k - 1)) return false;

        // a pronoun rival before the group: "beat him among older voters"
        if (b - a == 1 && w.In(a, ObjectPronouns)) a = b = -1;
        verb = k;
        return true;
    }

    /// <summary>
    /// A lead stated before the comma at <paramref name="comma"/> ("leading Crane by 11 points among renters,"): the verb of
    /// leading, its object (a name or short phrase before "by", "among" or the comma) and the group after "among" or "across".
    /// </summary>
    private bool LeadBeforeComma(int comma, out int verb, out int a, out int b, out int scopeA, out int scopeB)
    {
        var w = _w;
        verb = a = b = scopeA = scopeB = -1;
        int k = comma - 1;
        int lowest = Math.Max(1, comma - 20);
        while (k >= lowest && !IsLeadVerb(k) && !(w.Kind(k) == TokenKind.Punctuation && w.Char(k) is ',' or ';' or ':' or '(' or ')' or '.')) k--;
        if (k < lowest || !IsLeadVerb(k) || w.IsDeterminerAt(k - 1)) return false;
        a = k + 1;
        while (a < comma && w.IsDeterminerAt(a)) a++;
        b = a;
        // ("beat the senator from Esk by 18 points": a rival's "from" or "of" phrase is part of the name)
        while (b < comma && b < a + 6 && (Phrases.IsContent(w, b) || w.IsPunct(b, '.') && w.Glued(b - 1, b) || (w.Is(b, "from") || w.Is(b, "of")) && b > a && Phrases.IsContent(w, b + 1))
            && !w.Is(b, "by") && !w.Is(b, "among") && !w.Is(b, "amongst") && !w.Is(b, "across") && !w.Is(b, "in")) b++;
        if (b == a || !(b == comma || w.Is(b, "by") || w.Is(b, "among") || w.Is(b, "amongst") || w.Is(b, "across") || w.Is(b, "in"))) return false;
        for (int j = b; j < comma - 1; j++)
        {
            if (!(w.Is(j, "among") || w.Is(j, "amongst") || w.Is(j, "across"))) continue;
            int sa = j + 1;
            while (sa < comma && w.IsDeterminerAt(sa)) sa++;
            if (sa < comma && Phrases.IsContent(w, sa))
            {
                scopeA = sa;
                scopeB = comma;
            }

            break;
        }

        verb = k;
        return true;
    }

    /// <summary>"give the Liberals", "showed Hale", "handed Labour" ending at <paramref name="before"/>: a verb of giving and the party that gets the figure.</summary>
    private bool GiveObject(int before, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        if (!Phrases.IsContent(w, before) || !w.IsCapitalised(before)) return false;
        int k = before - 1;
        // ("shows Hale leading Crane 44 percent to 37 percent": a lead inside the object is read as a lead)
        while (k >= 0 && k >= before - 4 && Phrases.IsContent(w, k) && !IsGiveVerb(k) && !IsLeadVerb(k)) k--;
        int verb = k;
        while (verb >= 0 && verb > k - 2 && w.IsDeterminerAt(verb)) verb--;
        // ("the polls that show Pike at 10 percent": "that" after a noun is a relative pronoun, not a determiner)
        if (verb < 1 || !IsGiveVerb(verb) || w.IsDeterminerAt(verb - 1) && !(w.Is(verb - 1, "that") && Phrases.IsContent(w, verb - 2))) return false;
        a = verb + 1;
        while (a <= before && w.IsDeterminerAt(a)) a++;
        b = before + 1;
        return a < b;
    }

    private bool IsGiveVerb(int k)
    {
        var w = _w;
        return w.Kind(k) == TokenKind.Word && (w.Is(k, "give") || w.Is(k, "gives") || w.Is(k, "gave") || w.Is(k, "giving") || w.Is(k, "handed")
            || w.Is(k, "hands") || w.Is(k, "awarded") || w.Is(k, "awards") || w.Is(k, "show") || w.Is(k, "shows") || w.Is(k, "showed") || w.Is(k, "showing"));
    }

    private bool IsLeadVerb(int k)
    {
        var w = _w;
        return w.Kind(k) == TokenKind.Word && (w.Is(k, "leads") || w.Is(k, "led") || w.Is(k, "lead") || w.Is(k, "leading") || w.Is(k, "beats") || w.Is(k, "beat") || w.Is(k, "beating")
            || w.Is(k, "tops") || w.Is(k, "topped") || w.Is(k, "trails") || w.Is(k, "trailed") || w.Is(k, "trailing") || w.Is(k, "edges")
            || w.Is(k, "edged") || w.Is(k, "bests") || w.Is(k, "bested") || w.Is(k, "defeat") || w.Is(k, "defeats") || w.Is(k, "defeated") || w.Is(k, "outpolls")
            || w.Is(k, "outpolled") || w.Is(k, "outpaces") || w.Is(k, "outpaced") || w.Is(k, "trounced") || w.Is(k, "trounces") || w.Is(k, "routed")
            || w.Is(k, "thrashed") || w.Is(k, "outscored"));
    }

    /// <summary>A noun that names a lead between two sides ("margin", "lead", "edge", "advantage").</summary>
    private bool IsLeadNoun(int k) => _w.Is(k, "margin") || _w.Is(k, "lead") || _w.Is(k, "edge") || _w.Is(k, "advantage");

    /// <summary>True when the "(" at <paramref name="open"/> follows a name that is not the sentence's first word ("such as Esk (").</summary>
    private bool IsBracketAfterName(int open)
    {
        var w = _w;
        if (open < 1 || !NameBefore(open, out int a, out _)) return false;
        return !FirstWordAt(a) && !w.IsCapitalised(open + 1);
    }

    /// <summary>
    /// The group of a poll's split given as two figures joined by a dash ("58%-33%"): after a fronted "By ..." and a comma,
    /// the subject of the clause that follows ("By 61%-30%, those asked said ..."); between commas after a clause, that
    /// clause's subject ("Older residents are united in backing the library, 89%-6%, ..."), or the subject before it when
    /// that clause opens with a quantifier ("Tenants are split, although most oppose the plan, 55%-38%").
    /// </summary>
    private bool PollSplit(Span<Figure> figures, int index, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        ref var f = ref figures[index];
        int first, last;
        // (the dash right before the second figure, and the first figure's sign or unit right before the dash)
        if (index + 1 < figures.Length && IsSplitDash(figures[index + 1].First - 1) && figures[index + 1].First - 1 <= f.Last && f.Last <= figures[index + 1].First)
        {
            first = f.First;
            last = figures[index + 1].Last;
        }
        else if (index > 0 && IsSplitDash(f.First - 1) && figures[index - 1].Last >= f.First - 2)
        {
            first = figures[index - 1].First;
            last = f.Last;
        }
        else
        {
            return false;
        }

        // fronted: "By 58%-33%," / "By a lopsided 82%-12%,"
        int k = first - 1;
        while (k > 0 && k > first - 4 && (w.Is(k, "a") || w.Is(k, "an") || w.Kind(k) == TokenKind.Word && Phrases.IsContent(w, k) && !w.Is(k, "by"))) k--;
        if (w.Is(k, "by") && (k == 0 || w.Kind(k - 1) == TokenKind.Punctuation) && w.IsPunct(last, ','))
        {
            int s = last + 1;

            // ("those surveyed said", "those polled")
            if (w.Is(s, "those") && (w.EndsWith(s + 1, "ed") || w.In(s + 1, PostModifiers)) && (w.In(s + 2, SayingVerbs) || w.In(s + 2, OpinionVerbs) || w.In(s + 2, Auxiliaries)))
            {
                a = s;
                b = s + 2;
                return true;
            }

            if (!Phrases.ReadNounPhrase(w, s, w.Count, rejectVerbFirst: true, out a, out b) || b <= a) return false;
            // ("Millennials support background checks": the phrase ends at a verb of backing the lists know)
            for (int v = a + 1; v < b; v++)
            {
                if (!w.In(v, SayingVerbs) && !w.In(v, OpinionVerbs) && !w.In(v, Auxiliaries)) continue;
                b = v;
                break;
            }

            return (w.In(b, Auxiliaries) || w.In(b, FiniteVerbs) || w.In(b, SayingVerbs) || w.In(b, OpinionVerbs)) && !(w.In(a, Pronouns) && b - a == 1);
        }

        // "Supporters of the mayor say by 55%-41% that ...": the subject of the verb of saying or backing
        if (w.Is(k, "by") && k == first - 1 && (w.In(k - 1, SayingVerbs) || w.In(k - 1, OpinionVerbs)) && !w.In(k - 1, Auxiliaries))
        {
            int v = k - 1;
            int s = PunctuationStart(v);
            while (s < v && (w.IsDeterminerAt(s) || w.Is(s, "and") || w.Is(s, "but"))) s++;
            return Phrases.ReadNounPhrase(w, s, v, rejectVerbFirst: true, out a, out b) && b == v && !w.In(a, Pronouns);
        }

        // after a clause: ", 89%-6%," or ", 55%-38%."
        if (!w.IsPunct(first - 1, ',') || !(last >= w.Count || w.Kind(last) == TokenKind.Punctuation && w.Char(last) is ',' or '.' or ';')) return false;
        int end = first - 1;
        for (int round = 0; round < 2; round++)
        {
            int c = PunctuationStart(end);
            while (c < end && (w.Kind(c) == TokenKind.Punctuation || w.In(c, ContrastClauseWords) || w.Is(c, "and") || w.Is(c, "but"))) c++;
            if (c >= end) return false;

            // ("a new poll showed Hale moving ahead of Crane in Esk, 32%-25%": a lead's pair, not a split of one group)
            for (int l = c; l < end; l++)
            {
                if (IsLeadVerb(l) || w.Is(l, "ahead") || w.Is(l, "behind")) return false;
            }

            if (w.In(c, Quantifiers) && !Phrases.IsContent(w, c + 1) || w.In(c, Pronouns))
            {
                // "although most oppose it": the group is the subject of the clause before
                int comma = c - 1;
                while (comma > 0 && !w.IsPunct(comma, ',')) comma--;
                if (comma <= 0) return false;
                end = comma;
                continue;
            }

            return Phrases.ReadNounPhrase(w, c, end, rejectVerbFirst: true, out a, out b) && b > a && b < end
                && (w.In(b, Auxiliaries) || w.In(b, FiniteVerbs) || w.In(b, LinkVerbs) || w.In(b, OpinionVerbs));
        }

        return false;
    }

    private bool IsSplitDash(int k) =>
        _w.Kind(k) == TokenKind.Punctuation && _w.Char(k) is '-' or '–' && _w.Glued(k - 1, k) && _w.Glued(k, k + 1);

    /// <summary>
    /// "52 percent said Mr. Hale would do more, against 41 percent for Mrs. Crane": a compared figure given to a person
    /// (a title and a name after "for") is that person's share, not a share of the earlier group in the person.
    /// </summary>
    private void PersonCompared(ref Figure f)
    {
        var w = _w;
        if (f.Rule != "r3" || f.ScopeStart < 0) return;
        int s = TokenAt(f.ScopeStart);
        if (s < 1 || !w.Is(s - 1, "for") || w.Kind(s) != TokenKind.Word || !Abbreviations.IsTitle(w.Text(s))) return;
        f.MeasureStart = f.ScopeStart;
        f.MeasureEnd = f.ScopeEnd;
        f.ScopeStart = f.ScopeEnd = -1;
    }

    /// <summary>
    /// The person a subject "he" or "she" at <paramref name="pronoun"/> stands for, set as the measure of <paramref name="f"/>:
    /// the last name before it in the sentence that opens a clause and is followed by a verb or is a possessive ("Although Tamsin
    /// Rowe is ahead, she trails ...", "Marsh’s aides want a recount, where he trailed"), or else the name that opens the sentence before in
    /// the same paragraph ("Corran once ran close to the leader. But by May he had slipped to 8 percent").
    /// </summary>
    private bool PersonBefore(int pronoun, ref Figure f)
    {
        var w = _w;
        if (!(w.Is(pronoun, "he") || w.Is(pronoun, "she"))) return false;
        for (int k = pronoun - 1; k >= 0; k--)
        {
            if (!w.IsCapitalised(k) || k + 1 < pronoun && w.IsCapitalised(k + 1) && !IsPossessiveName(k)) continue;
            if (!NameBefore(k + 1, out int na, out int nb)) continue;
            int p = na - 1;
            bool opens = p < 0 || w.Kind(p) == TokenKind.Punctuation && w.Char(p) is ',' or ';' or '"' or '“' or '(' or '—' or '-'
                || w.In(p, ClauseStarters) && !w.Is(p, "than") || w.Is(p, "and") || w.Is(p, "but");
            if (!opens) continue;
            if (IsPossessiveName(k))
            {
                SetPossessor(ref f, na, k);
                return true;
            }

            if (p < 0 && nb - na == 1 && !SingularVerbAfter(nb)) continue;
            if (SingularVerbAfter(nb) || IsLeadVerb(nb) || w.In(nb, ShareVerbs))
            {
                SetMeasure(ref f, na, nb);
                return true;
            }
        }

        return OpeningNameOfSentenceBefore(ref f);
    }

    /// <summary>The name that opens the sentence before (same paragraph) when a verb for one person follows it ("Corran once ran ...").</summary>
    private bool OpeningNameOfSentenceBefore(ref Figure f)
    {
        Span<Token> buffer = stackalloc Token[16];
        int n = TokensOfSentenceBefore(buffer);
        if (n < 0) return false;
        var text = _document.Normalized;
        Span<ulong> classes = stackalloc ulong[16];
        classes.Clear();
        var w = new Words(text, buffer[..n], classes[..n]);
        int s = 0;
        while (s < n && (w.Kind(s) == TokenKind.Punctuation || w.Is(s, "but") || w.Is(s, "and") || w.Is(s, "still") || w.Is(s, "yet"))) s++;
        int e = s;
        while (e < n && e < s + 5 && w.IsCapitalised(e) && !w.In(e, Pronouns) && !w.IsDeterminerAt(e) && !w.In(e, Prepositions) && !w.In(e, ClauseStarters)) e++;
        if (e == s || e >= n) return false;
        var finder = new MeasureFinder(w, _document, -1, -1);
        if (!finder.SingularVerbAfter(e)) return false;
        f.MeasureStart = w.Start(s);
        f.MeasureEnd = w.End(e - 1);
        return true;
    }

    /// <summary>"ahead of the GOP challenger" ending at <paramref name="end"/>: the rival after "ahead of".</summary>
    private bool AheadOf(int end, out int ahead, out int a, out int b)
    {
        var w = _w;
        ahead = a = b = -1;
        for (int k = end - 1; k >= 1 && k >= end - 7; k--)
        {
            if (!(w.Is(k, "of") && w.Is(k - 1, "ahead"))) continue;
            a = k + 1;
            while (a <= end && w.IsDeterminerAt(a)) a++;
            b = end + 1;
            for (int m = a; m < b; m++)
            {
                if (!Phrases.IsContent(w, m) && !(w.IsPunct(m, '.') && w.Glued(m - 1, m))) return false;
            }

            ahead = k - 1;
            return a < b;
        }

        return false;
    }

    /// <summary>
    /// A name that opens the sentence as the subject of a verb, with no comma between it and <paramref name="comma"/>
    /// ("Esk voted hardest against the levy,").
    /// </summary>
    private bool SentenceNameSubject(int comma, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        int s0 = 0;
        while (s0 < comma && w.Kind(s0) == TokenKind.Punctuation) s0++;
        if (!w.IsCapitalised(s0) || w.IsDeterminerAt(s0) || w.In(s0, Pronouns) || !NameAfter(s0, out a, out b) || b >= comma) return false;
        if (!(IsPastVerb(b) || w.In(b, FiniteVerbs) || w.In(b, ShareVerbs) && !w.EndsWith(b, "ing"))) return false;
        for (int k = b; k < comma; k++)
        {
            if (w.Kind(k) == TokenKind.Punctuation) return false;
        }

        return true;
    }

    /// <summary>
    /// The verb of a place or a tie before the "at" or "with" at <paramref name="at"/>: "tied for fifth at", "comes in
    /// second with", "finished third with", "was tied with Crane at"; -1 when there is none.
    /// </summary>
    private int PlaceVerbBefore(int at)
    {
        var w = _w;
        int k = at - 1;
        bool ordinal = w.Is(k, "first") || w.Is(k, "second") || w.Is(k, "fourth") || w.Is(k, "last") || w.Is(k, "place")
            || NumberWords.TryDenominator(w.Text(k), out _, out bool plural) && !plural && !w.Is(k, "half") && !w.Is(k, "quarter");
        if (ordinal)
        {
            if (w.Is(k, "place") && (w.Is(k - 1, "first") || w.Is(k - 1, "second") || w.Is(k - 1, "third") || w.Is(k - 1, "fourth") || w.Is(k - 1, "last"))) k--;
            k--;
            if (w.IsDeterminerAt(k)) k--;
            if (w.Is(k, "for") || w.Is(k, "in")) k--;
            bool placeVerb = w.Is(k, "tied") || w.Is(k, "finished") || w.Is(k, "finishes") || w.Is(k, "came") || w.Is(k, "comes") || w.Is(k, "placed")
                || w.Is(k, "ran") || w.Is(k, "runs") || w.Is(k, "is") || w.Is(k, "was") || w.Is(k, "stands") || w.Is(k, "stood");
            return placeVerb && !(w.Is(at, "with") && (w.Is(k, "is") || w.Is(k, "was"))) ? k : -1;
        }

        // "was tied with Crane at 42 percent": a name between "with" and "at"
        if (w.Is(at, "at") && NameBefore(at, out int na, out _) && w.Is(na - 1, "with") && w.Is(na - 2, "tied")) return na - 2;
        return -1;
    }

    /// <summary>
    /// A figure that is the subject of what follows it, with no noun of its own: a verb or auxiliary ("69% had moved",
    /// "71% stayed"), a preposition ("64% for older care leavers", "97% within a month") or the end of the clause.
    /// </summary>
    /// <summary>
    /// "Hale leads Moreno 44 percent to 40 percent in Esk and 46 percent to 37 percent in Tarn": a second pair of figures after
    /// "and" gives the same two sides as the lead pair before it, in the same order, each with its own place.
    /// </summary>
    private void SecondLeadPairs(Span<Figure> figures)
    {
        var w = _w;
        for (int i = 2; i + 1 < figures.Length; i++)
        {
            ref var f = ref figures[i];
            ref var g = ref figures[i + 1];
            ref readonly var lead = ref figures[i - 2];
            ref readonly var rival = ref figures[i - 1];
            if (lead.Rule != "r6l" || !lead.HasMeasure || !w.Is(f.First - 1, "and") || !w.Is(f.Last, "to") || g.First != f.Last + 1
                || !w.Is(lead.Last, "to") || rival.First != lead.Last + 1) continue;
            f.Rule = "r6l";
            f.MeasureStart = lead.MeasureStart;
            f.MeasureEnd = lead.MeasureEnd;
            g.MeasureStart = rival.MeasureStart;
            g.MeasureEnd = rival.MeasureEnd;
            f.ScopeStart = f.ScopeEnd = g.ScopeStart = g.ScopeEnd = -1;
            ScopeAfter(ref g);
            f.ScopeStart = g.ScopeStart;
            f.ScopeEnd = g.ScopeEnd;
            i++;
        }
    }

    /// <summary>
    /// A name ending at <paramref name="end"/>: up to six capitalised words (titles and initials joined with their stops),
    /// "Tarn Cllr. Ann Lowe", "Harbour Lights", "Ames".
    /// </summary>
    private bool NameBefore(int end, out int a, out int b)
    {
        var w = _w;
        b = end;
        int k = end - 1;
        while (k >= 0 && k >= end - 6 && w.IsCapitalised(k) && !w.IsDeterminerAt(k) && !w.In(k, Pronouns) && !w.In(k, Prepositions) && !w.In(k, TimeWords)
            && !w.In(k, ClauseStarters) && !w.In(k, Auxiliaries) && !w.Is(k, "and")) k--;
        a = k + 1;
        return a < b;
    }

    /// <summary>
    /// The name after a verb of preferring or backing that ends at <paramref name="end"/>, before an optional comma ("preferred
    /// Alder", "backed Crane,").
    /// </summary>
    private bool PreferredName(int end, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        int k = end;
        if (w.IsPunct(k, ',')) k--;
        if (!w.IsCapitalised(k) || !NameBefore(k + 1, out a, out b) || a < 1) return false;
        int v = a - 1;
        return w.Is(v, "preferred") || w.Is(v, "prefer") || w.Is(v, "prefers") || w.Is(v, "favored") || w.Is(v, "favor") || w.Is(v, "favors")
            || w.Is(v, "favoured") || w.Is(v, "favour") || w.Is(v, "favours") || w.Is(v, "backed") || w.Is(v, "back") || w.Is(v, "backs")
            || w.Is(v, "chose") || w.Is(v, "choose") || w.Is(v, "picked") || w.Is(v, "supported") || w.Is(v, "support") || w.Is(v, "supports");
    }

    /// <summary>
    /// A name starting at <paramref name="start"/>: capitalised words with a title's stop ("Mr. Moreno"), and up to two
    /// lower-case words of description between them ("GOP nominee Mitt Romney").
    /// </summary>
    private bool NameAfter(int start, out int a, out int b)
    {
        var w = _w;
        a = start;
        b = start;
        if (!w.IsCapitalised(start) || w.In(start, Pronouns) || w.IsDeterminerAt(start)) return false;
        int k = start;
        while (k < w.Count && k < start + 7)
        {
            if (w.IsCapitalised(k) && w.Kind(k) == TokenKind.Word && !w.In(k, TimeWords))
            {
                b = ++k;
                continue;
            }

            if (w.IsPunct(k, '.') && w.Glued(k - 1, k) && w.Text(k - 1).Length <= 4 && w.IsCapitalised(k + 1))
            {
                k++;
                continue;
            }

            if (w.Kind(k) == TokenKind.Word && !w.IsCapitalised(k) && Phrases.IsContent(w, k) && k + 1 < w.Count
                && (w.IsCapitalised(k + 1) || Phrases.IsContent(w, k + 1) && !w.IsCapitalised(k + 1) && w.IsCapitalised(k + 2)))
            {
                k++;
                continue;
            }

            break;
        }

        return b > a;
    }

    /// <summary>The possessor of a figure ("Fitch's 45 percent"): the name from <paramref name="a"/> to the possessive word, without "'s".</summary>
    private void SetPossessor(ref Figure f, int a, int possessive)
    {
        var w = _w;
        f.MeasureStart = w.Start(a);
        f.MeasureEnd = w.End(possessive) - (w.EndsWith(possessive, "s'") || w.EndsWith(possessive, "s’") ? 1 : 2);
    }

    /// <summary>True when the measure of <paramref name="f"/> is a name in this sentence ("Pickering" in "Pickering got 40 percent").</summary>
    private bool IsNameMeasure(in Figure f)
    {
        var w = _w;
        if (!f.HasMeasure) return false;
        bool any = false;
        for (int k = 0; k < w.Count; k++)
        {
            if (w.Start(k) < f.MeasureStart) continue;
            if (w.End(k) > f.MeasureEnd) break;
            if (w.Kind(k) != TokenKind.Word || !w.IsCapitalised(k)) return false;
            any = true;
        }

        return any;
    }

    /// <summary>True when the figure before <paramref name="prev"/> is a share won or held ("got 40 percent", "at 12 percent", "with 39 percent").</summary>
    private bool ShareFigure(in Figure prev)
    {
        var w = _w;
        int k = prev.First - 1;
        while (k > 0 && (w.Is(k, "just") || w.Is(k, "only"))) k--;
        return w.In(k, ShareVerbs) || w.Is(k, "at") || w.Is(k, "with") || w.Is(k, "on") || w.IsCapitalised(k) && !w.IsDeterminerAt(k);
    }

    /// <summary>
    /// Figures given to names in a list: ", Hale 30 percent", "and Lowe 25 percent", "followed by Dunmore at 25 percent",
    /// ", Tarn Cllr. Ann Lowe, 9 percent"; after a colon, "Ashby by 9 percent; Tarnside by 4 percent" (the subject before the
    /// colon, each name a scope). A name takes the figure when the one before was a share of a name; otherwise the measure of the
    /// figure before is carried and the name is where it applies.
    /// </summary>
    private bool NameList(Span<Figure> figures, int index, int prevIndex, int before)
    {
        var w = _w;
        ref var f = ref figures[index];
        bool particle = w.Is(before, "at") || w.Is(before, "with") || w.Is(before, "by") || w.Is(before, "on") || w.IsPunct(before, ',');
        int end = particle ? before : before + 1;
        if (!NameBefore(end, out int na, out int nb)) return false;
        int p = na - 1;

        // "Hale was picked by 41% of likely voters, Moreno by 33% and Platt by 12%": the same share, for each name
        if (w.Is(before, "by") && (w.IsPunct(p, ',') || w.Is(p, "and")) && prevIndex >= 0 && figures[prevIndex].Last <= p && figures[prevIndex].Last >= p - 6)
        {
            int byHead = prevIndex;
            while (byHead > 0 && figures[byHead].Rule == "r6b") byHead--;
            if (MeasureAfter(figures[byHead]) && w.Is(figures[byHead].First - 1, "by"))
            {
                f.Rule = "r6b";
                Carry(figures, index, prevIndex, sameSentenceOnly: true);
                return true;
            }
        }

        // "Ashby by 9 percent; Tarnside by 4 percent" after "Turnover grew at three of the shops:"
        if (w.Is(before, "by") && (w.IsPunct(p, ':') || w.IsPunct(p, ';') || w.IsPunct(p, ',') || w.Is(p, "and")))
        {
            int colon = p;
            while (colon > 0 && colon > p - 40 && !w.IsPunct(colon, ':'))
            {
                if (w.In(colon, Auxiliaries) || w.In(colon, ClauseStarters) || w.IsPunct(colon, '.') || w.IsPunct(colon, '(')) return false;
                colon--;
            }

            if (!w.IsPunct(colon, ':') || !ElidedSubject(colon, out int sa, out int sb)) return false;
            f.Rule = "r6c";
            SetMeasure(ref f, sa, sb);
            SetScope(ref f, na, nb);
            return true;
        }

        if (w.Is(before, "by")) return false;
        // ("followed narrowly by Ortiz at 9 percent": an adverb between)
        int fv = w.IsLyAdverb(p - 1) ? p - 2 : p - 1;
        bool followed = w.Is(p, "by") && (w.Is(fv, "followed") || w.Is(fv, "trailed") || w.Is(fv, "chased"));
        bool listed = (w.IsPunct(p, ',') || w.IsPunct(p, ';') || w.Is(p, "and")) && prevIndex >= 0 && figures[prevIndex].Last <= p && figures[prevIndex].Last >= p - 6;
        if (!followed && !listed) return false;
        if (!particle && w.IsPunct(before, ',')) return false;

        // "Wales 26% rates": a noun after the figure is its measure, not a list item
        if (!particle && Phrases.IsContent(w, f.Last)) return false;
        if (prevIndex >= 0 && figures[prevIndex].Last > na) return false;
        f.Rule = "r6n";

        // the head of the list: "won 48 percent of the wards" in "..., Hale 30 percent and Dunn 22 percent"
        int head = prevIndex;
        while (head > 0 && figures[head].Rule == "r6n") head--;
        if (head >= 0 && MeasureAfter(figures[head]))
        {
            // "won 48 percent of the wards, Hale 30 percent": the same share
            Carry(figures, index, prevIndex, sameSentenceOnly: true);
        }
        else if (followed || head >= 0 && figures[head].ScopeStart < 0 && ShareFigure(figures[head]) && IsNameMeasure(figures[head]))
        {
            SetMeasure(ref f, na, nb);
        }
        else
        {
            // "comparable councils at 28% and Wales at 26%": a comparison, read by the rules below
            f.Rule = null;
            return false;
        }

        return true;
    }

    /// <summary>
    /// "Rivers was ahead with 39 percent", "a lead for Corran with 47 percent": the figure after "with" (<paramref name="with"/>)
    /// is the name's before it, or the subject's of the verb before; a share named before in the sentence ("40 percent of the seats ...;
    /// Hale's group ended the night with 18 percent") is carried.
    /// </summary>
    private bool WithShare(Span<Figure> figures, int index, int prevIndex, int with)
    {
        var w = _w;
        ref var f = ref figures[index];
        if (w.Is(with - 1, "compared") || w.Is(with - 1, "comparison") || w.Is(with - 1, "compares") || w.Is(with - 1, "line") || w.Is(with - 1, "along")
            || w.Is(with - 1, "together") || w.Is(with - 1, "consistent") || w.Is(with - 1, "par")) return false;
        if (prevIndex >= 0 && MeasureAfter(figures[prevIndex]))
        {
            Carry(figures, index, prevIndex, sameSentenceOnly: true);
            return true;
        }

        if (prevIndex >= 0) return NameClauseAfter(figures[prevIndex], with, ref f);

        // ("Sen. Orr follows Hale with 16 percent": a name after a verb is its object, not whose share it is)
        if (w.IsCapitalised(with - 1) && with - 1 > 0 && NameBefore(with, out int na, out int nb) && !w.IsDeterminerAt(na - 1)
            && !(w.In(na - 1, Prepositions) && !w.Is(na - 1, "for"))
            && !(na > 0 && w.Kind(na - 1) == TokenKind.Word && !w.IsCapitalised(na - 1) && !w.In(na - 1, Prepositions) && !w.Is(na - 1, "and") && !w.Is(na - 1, "or")))
        {
            SetMeasure(ref f, na, nb);
            return true;
        }

        // the verb of the clause: "stayed in front across the northern wards with", "finished with", "was ahead with"
        int lowest = Math.Max(0, with - 12);
        for (int k = with - 1; k >= lowest; k--)
        {
            if (w.Kind(k) == TokenKind.Punctuation && w.Char(k) is ',' or ';' or ':' or '(' or ')' || w.In(k, ClauseStarters) && !w.In(k, ShareVerbs))
            {
                return NameOpensClause(k + 1, with, ref f);
            }

            if (IsLeadVerb(k) && !w.IsDeterminerAt(k - 1))
            {
                if (Subject(k, out int la, out int lb) != SubjectKind.Phrase) return false;
                SetMeasure(ref f, la, lb);
                return true;
            }

            bool verb = w.In(k, Auxiliaries) || w.In(k, ShareVerbs) && !w.IsDeterminerAt(k - 1) || w.In(k, LinkVerbs) && !(w.In(k, NounLikeVerbs) && (w.IsDeterminerAt(k - 1) || Phrases.IsContent(w, k - 1) && !w.IsCapitalised(k - 1)))
                || w.EndsWith(k, "ed") && !w.IsDeterminerAt(k - 1) && !w.In(k, PostModifiers);
            if (!verb) continue;
            if (!TryVerbGroup(k, out int subjectEnd) && !(w.EndsWith(k, "ed") && (subjectEnd = k) > 0)) return false;
            if (Subject(subjectEnd, out int a, out int b) != SubjectKind.Phrase) return false;
            SetMeasure(ref f, a, b);
            return true;
        }

        return lowest == 0 && NameOpensClause(0, with, ref f);
    }

    /// <summary>
    /// "..., and Pike even further behind with 9 percent": a name opening a clause of its own after the figure before
    /// (<paramref name="prev"/>) and before "with" (at <paramref name="with"/>).
    /// </summary>
    private bool NameClauseAfter(in Figure prev, int with, ref Figure f)
    {
        var w = _w;
        // ("... with 16 percent while Sen. Ann Pike sits third with 12 percent": "while" opens the clause too)
        int c = with - 1;
        while (c >= prev.Last && !(w.Kind(c) == TokenKind.Punctuation && w.Char(c) is ',' or ';' || w.In(c, ContrastClauseWords))) c--;
        return c >= prev.Last && NameOpensClause(c + 1, with, ref f);
    }

    /// <summary>
    /// "Rowe sits behind both with 14 percent, and Pike further back with 8 percent": a name that opens the clause
    /// before "with" (at <paramref name="with"/>), when no known verb was found, is whose share it is.
    /// </summary>
    private bool NameOpensClause(int s, int with, ref Figure f)
    {
        var w = _w;
        while (s < with && (w.Is(s, "and") || w.Is(s, "but") || w.In(s, ContrastClauseWords))) s++;
        if (s >= with || w.In(s, Pronouns) || w.IsDeterminerAt(s)) return false;
        int e = s;
        while (e < with && w.Kind(e) == TokenKind.Word && w.IsCapitalised(e)) e++;
        if (e == s || e >= with - 1 || w.IsCapitalised(e) || w.Kind(e) != TokenKind.Word) return false;
        f.Rule = "r6w";
        SetMeasure(ref f, s, e);
        return true;
    }

    /// <summary>True for a capitalised possessive ("Ashby's", "Gale’s", "the Greens'").</summary>
    private bool IsPossessiveName(int i)
    {
        var w = _w;
        return w.IsCapitalised(i) && (w.EndsWith(i, "'s") || w.EndsWith(i, "’s") || w.EndsWith(i, "s'") || w.EndsWith(i, "s’"));
    }
}
