using ReportMining.Text;
using static ReportMining.Percentages.PercentLexicon;

namespace ReportMining.Percentages;

/// <summary>Subjects and clauses: the subject a verb group, a relative pronoun or an elided clause points to.</summary>
internal readonly ref partial struct MeasureFinder
{
    /// <summary>
    /// Where the group counted by a quantifier at <paramref name="s"/> starts ("most care leavers",
    /// "many of the families", "all of these cases"), or <paramref name="s"/> when no quantifier opens there.
    /// </summary>
    private int GroupAfterQuantifier(int s, int end)
    {
        var w = _w;
        // ("Almost all pupils who leave school early": the quantifier with its degree word)
        int q = (w.Is(s, "almost") || w.Is(s, "nearly") || w.Is(s, "virtually")) && w.Is(s + 1, "all") ? s + 1 : s;
        if (!w.In(q, SubjectQuantifiers) || q + 2 >= end) return s;
        if (w.Is(q + 1, "of") && (Phrases.IsArticleOrPossessive(w, q + 2) || w.Is(q + 2, "these") || w.Is(q + 2, "those"))) return q + 2;
        return Phrases.IsContent(w, q + 1) ? q + 1 : s;
    }

    /// <summary>The people a poll "asked" earlier in the sentence, before <paramref name="end"/>: "asked Democrats how ...", "asked 1,000 voters whether ...".</summary>
    private bool AskedGroup(int end, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        for (int k = end - 1; k >= 0 && k > end - 40; k--)
        {
            if (!w.Is(k, "asked") && !w.Is(k, "asks") && !w.Is(k, "surveyed") && !w.Is(k, "polled")) continue;
            int s = SkipCount(k + 1, end);
            if (w.IsDeterminerAt(s) || w.In(s, Pronouns) || !Phrases.IsContent(w, s)) return false;
            if (!Phrases.ReadNounPhrase(w, s, end, rejectVerbFirst: true, out a, out b)) return false;

            // ("asked Democrats how likely ...": the group ends before the question word)
            for (int q = a + 1; q < b; q++)
            {
                if (!(w.Is(q, "how") || w.Is(q, "whether") || w.Is(q, "if") || w.Is(q, "what") || w.Is(q, "which") || w.Is(q, "who") || w.Is(q, "about"))) continue;
                b = q;
                break;
            }

            return b > a;
        }

        return false;
    }

    /// <summary>True when the sentence holding <paramref name="at"/> opens (after an adverb and a comma) with a quantifier of a group ("Most young people ...", "Consequently, almost all children ...").</summary>
    private bool QuantifiedSentenceStart(int at)
    {
        var w = _w;
        int s = at - 1;
        while (s > 0 && s > at - 40 && !(w.Kind(s - 1) == TokenKind.Punctuation && w.Char(s - 1) is '.' or ';' or ':')) s--;
        if (w.IsPunct(s + 1, ',')) s += 2;
        int opener = s;
        if ((w.Is(s, "almost") || w.Is(s, "nearly") || w.Is(s, "virtually")) && w.Is(s + 1, "all")) s++;
        return s < at && w.In(s, SubjectQuantifiers) && FirstWordAt(opener - (w.IsPunct(opener - 1, ',') ? 2 : 0));
    }

    /// <summary>True when the clause ending at <paramref name="end"/> opens with a quantifier of a group ("most", "many of the", "almost all").</summary>
    private bool QuantifiedSubjectBefore(int end)
    {
        var w = _w;
        int s = Phrases.ClauseStart(w, end);
        if ((w.Is(s, "nearly") || w.Is(s, "almost") || w.Is(s, "virtually")) && w.Is(s + 1, "all")) s++;
        return s < end - 1 && w.In(s, SubjectQuantifiers);
    }

    private void ApplySubject(Span<Figure> figures, int index, int prevIndex, int subjectEnd)
    {
        ref var f = ref figures[index];
        var w = _w;
        var kind = Subject(subjectEnd, out int a, out int b, out int sa, out int sb);
        if (sa >= 0) SetScope(ref f, sa, sb);
        switch (kind)
        {
            case SubjectKind.Phrase:
                // "about half met the goal in music (52%)": the clause's subject is a figure before,
                // and its verb is no measure; the figure's own measure is
                // (a share carried to that figure later, after "and", reaches this one then: see Resolve)
                int verbAt = a - 1;
                while (verbAt > 0 && w.IsDeterminerAt(verbAt)) verbAt--;
                if (VerbAfterFigure(a) && FigureEndingAt(figures, a) >= 0 || verbAt >= 0 && VerbAfterFigure(verbAt) && FigureEndingAt(figures, verbAt) >= 0)
                {
                    f.Rule = "r2v";
                    break;
                }

                // "the proportion who got a job in 2018/19 was 12%": a year at the end of the subject is when, not what
                if (b - a > 2 && w.IsYearLike(b - 1) && (w.Is(b - 2, "in") || w.Is(b - 2, "for") || w.Is(b - 2, "during"))) b -= 2;

                // "Tracking shows the current figure is 53%": a bare figure word restates the figure of what came before
                int bare = a;
                while (bare < b - 1 && (w.Is(bare, "current") || w.Is(bare, "latest") || w.Is(bare, "overall") || w.Is(bare, "new"))) bare++;
                if (b - bare == 1 && w.Is(bare, "figure") && bare > a)
                {
                    f.Rule = "r6cf";
                    Carry(figures, index, prevIndex, sameSentenceOnly: false);
                    break;
                }

                SetMeasure(ref f, a, b);
                break;
            case SubjectKind.Place:
                if (!HeadingMeasure(ref f, a)) Carry(figures, index, prevIndex, sameSentenceOnly: false);
                break;
            default:
                if (kind == SubjectKind.Pronoun && PersonBefore(a, ref f)) break;

                // "in secondary schools this is 31% (the national average is 12%)" under a heading: "this" or "it" after a
                // place is the heading's phrase, as "in secondary schools is 31%" is
                if (kind == SubjectKind.Pronoun && (w.Is(a, "this") || w.Is(a, "it")) && a >= 2 && PlaceBefore(a, out int placeAt) && HeadingMeasure(ref f, placeAt))
                {
                    f.Rule = "r6hp";
                    break;
                }

                // "Staff turnover is stable overall, but in one team it has risen, from N% to M%": "it" is the subject of the
                // clause before it in the sentence, when no figure came before
                if (kind == SubjectKind.Pronoun && w.Is(a, "it") && prevIndex < 0 && a > 2 && ElidedSubject(a, out int ia, out int ib) && ib < a
                    && !w.In(ia, Pronouns) && !w.IsCapitalised(ib - 1) | FirstWordAt(ia))
                {
                    f.Rule = "r6i";
                    SetMeasure(ref f, ia, ib);
                    break;
                }

                Carry(figures, index, prevIndex, sameSentenceOnly: kind != SubjectKind.Pronoun);

                // "The proportion of children adopted within a year has risen. In 2021 the proportion was 8%": a bare
                // proportion head is a share of the group named last, when that came after the measure carried
                if (kind == SubjectKind.Pronoun && prevIndex < 0 && _groupStart >= 0 && (!f.HasMeasure || _groupStart > f.MeasureStart)
                    && (w.In(a, ProportionHeads) || w.Is(a, "the") && w.In(a + 1, ProportionHeads)))
                {
                    f.Rule = "r6g";
                    f.MeasureStart = _groupStart;
                    f.MeasureEnd = _groupEnd;
                    break;
                }

                // "The share of X is still below the target. Currently, it is 3%": with no figure to carry, "it" or "this
                // figure" opening its clause is the subject of the sentence before (same paragraph)
                if (!f.HasMeasure && kind == SubjectKind.Pronoun && prevIndex < 0 && (w.Is(a, "it") || w.Is(a + 1, "figure")) && SubjectOfSentenceBefore(ref f))
                {
                    f.Rule = "r6i";
                }

                break;
        }
    }

    private SubjectKind Subject(int end, out int a, out int b) => Subject(end, out a, out b, out _, out _);

    /// <summary>The subject of the clause ending at <paramref name="end"/>, with a place said before it.</summary>
    private SubjectKind Subject(int end, out int a, out int b, out int scopeA, out int scopeB, int depth = 0)
    {
        var w = _w;
        a = b = -1;
        scopeA = scopeB = -1;
        int s = Phrases.ClauseStart(w, end);

        // "the vacancy rate as at 31 March was 15%", "its ratio of equity to assets as of June 30 was 3.6%":
        // "as at" or "as of" a date says when, and opens no clause; the subject is before it
        if (depth == 0 && s >= 2 && s < end && w.Is(s - 1, "as") && (w.Is(s, "at") || w.Is(s, "of")) && Phrases.IsTimeAt(w, s + 1)
            && w.Kind(s + 1) is TokenKind.Word or TokenKind.Number && Phrases.IsContent(w, s - 2))
        {
            return Subject(s - 1, out a, out b, out scopeA, out scopeB, depth + 1);
        }

        // "X, in a placement for two years, has declined": the subject is before the aside
        if (s >= end && w.IsPunct(end - 1, ',') && depth == 0)
        {
            int k = end - 2;
            int lowest = Math.Max(0, end - 25);
            while (k >= lowest && !w.IsPunct(k, ',') && !(w.Kind(k) == TokenKind.Punctuation && w.Char(k) is ';' or ':' or '(' or ')')) k--;
            if (k >= lowest && w.IsPunct(k, ',')) return Subject(k, out a, out b, out scopeA, out scopeB, depth + 1);
        }

        // "bus use on the coast - in A, B and C alike - fell": the subject is before the aside between dashes
        if (s >= end && depth == 0 && w.Kind(end - 1) == TokenKind.Punctuation && w.Char(end - 1) is '-' or '–' or '—' && !w.Glued(end - 2, end - 1))
        {
            int k = end - 2;
            int lowest = Math.Max(0, end - 30);
            while (k >= lowest && !(w.Kind(k) == TokenKind.Punctuation && w.Char(k) is '-' or '–' or '—' && !w.Glued(k, k + 1) || w.Kind(k) == TokenKind.Punctuation && w.Char(k) is ';' or ':' or '(' or ')')) k--;
            if (k >= lowest && w.Kind(k) == TokenKind.Punctuation && w.Char(k) is '-' or '–' or '—') return Subject(k, out a, out b, out scopeA, out scopeB, depth + 1);
        }

        // "X is very high in primary schools, but is only 87% in secondary": the subject of the clause before
        if (s >= end && depth == 0 && (w.Is(end - 1, "but") || w.Is(end - 1, "and") || w.Is(end - 1, "yet")))
        {
            if (ElidedSubject(end - 1, out a, out b)) return SubjectKind.Phrase;
            return SubjectKind.None;
        }

        // "the attainment gap is growing (47.3 points)": the clause ends in its verb
        if (s >= end && depth == 0 && (w.In(end - 1, LinkVerbs) || w.In(end - 1, Auxiliaries)) && TryVerbGroup(end - 1, out int verbStart) && verbStart < end - 1)
        {
            var kind = Subject(verbStart, out a, out b, out scopeA, out scopeB, depth + 1);
            if (kind != SubjectKind.None) return kind;
        }

        // "..., which declined from 35%": the phrase the relative pronoun stands for
        if (s >= end && depth == 0 && (w.Is(end - 1, "which") || w.Is(end - 1, "who") || w.Is(end - 1, "that")))
        {
            int c = end - 2;
            if (w.IsPunct(c, ','))
            {
                var kind = Subject(c, out a, out b, out scopeA, out scopeB, depth + 1);
                if (kind == SubjectKind.Phrase) return kind;
                if (w.Is(end - 1, "which") && AntecedentBefore(c, out a, out b)) return SubjectKind.Phrase;
                if (Phrases.LocalNounPhraseBefore(w, c, out a, out b)) return SubjectKind.Phrase;
            }
            else if (Phrases.LocalNounPhraseBefore(w, end - 1, out a, out b))
            {
                return SubjectKind.Phrase;
            }

            return SubjectKind.None;
        }

        if (s > 0 && s < end && depth == 0)
        {
            // "children who are in suitable accommodation to 90%", "children who wait ... to live with adopters is 58%": the subject is before "who"
            int k = s - 1;
            int lowest = Math.Max(0, s - 14);
            while (k > lowest && !(w.Is(k, "who") || w.Is(k, "which") || w.Is(k, "that") || w.Is(k, "where")) && w.Kind(k) == TokenKind.Word) k--;
            // ("pupils looked after who moved ...": "looked after" ends the noun phrase like a noun)
            // ("children on a plan where neglect is the main concern rose from 38%": "where", then the clause's own subject and verb)
            if ((w.Is(k, "who") || w.Is(k, "which") || w.Is(k, "that") && !ComplementThat(k) || w.Is(k, "where") && (w.In(s - 1, LinkVerbs) || w.In(s - 1, Auxiliaries)) && Phrases.IsContent(w, k + 1))
                && (Phrases.IsContent(w, k - 1) || w.Is(k - 1, "after") && w.Is(k - 2, "looked")))
            {
                var kind = Subject(k, out a, out b, out scopeA, out scopeB, depth + 1);
                if (kind == SubjectKind.Phrase)
                {
                    // the relative clause defines the group: "the number of children who have had three moves has fallen"
                    if (b == k)
                    {
                        int e = Phrases.RelativeClauseEnd(w, k, end);
                        if (e > k + 1) b = e;
                    }

                    return kind;
                }
            }

            // "conferences happen within timescales (93%)", "attendance is high (97%)": the subject of the verb
            bool copula = w.In(s - 1, Auxiliaries);
            bool predicate = w.In(s, PostModifiers) || w.EndsWith(s, "ed") || w.IsLyAdverb(s) || w.In(s, VerbAdverbs)
                || w.In(s, Prepositions) && !w.Is(s, "of") && (w.In(s - 1, FiniteVerbs) || copula)
                || copula && (w.EndsWith(s, "ing") || end - s <= 3 && !w.IsDeterminerAt(s) && w.Kind(s) == TokenKind.Word && !w.IsCapitalised(s) && !w.In(s, Pronouns));
            if ((copula || w.In(s - 1, LinkVerbs) && !w.EndsWith(s - 1, "ing") || w.In(s - 1, FiniteVerbs) && w.In(s, Prepositions)) && predicate
                && TryVerbGroup(s - 1, out int subjectEnd) && subjectEnd < s)
            {
                var kind = Subject(subjectEnd, out a, out b, out scopeA, out scopeB, depth + 1);
                if (kind != SubjectKind.None) return kind;
            }
        }
        int forA = -1, forB = -1;
        for (int round = 0; round < 5 && s < end; round++)
        {
            if (w.Kind(s) == TokenKind.Punctuation)
            {
                s++;
                continue;
            }

            // "with numbers of completed assessments at 98%": the phrase after "with" is the subject
            if (w.Is(s, "with") && s + 1 < end)
            {
                s++;
                continue;
            }

            // "For children of secondary age, the percentage has risen": the group the figure is about
            if (w.Is(s, "for") && FindComma(s, end - s) is int fc && fc > s + 1 && fc < end
                && Phrases.ReadNounPhrase(w, s + 1, fc, rejectVerbFirst: true, out int fa, out int fb) && !Phrases.IsTimeAt(w, s + 1))
            {
                forA = fa;
                forB = fb;
                s = fc + 1;
                continue;
            }

            if (w.Kind(s) == TokenKind.Word && (w.In(s, VerbAdverbs) || (w.IsLyAdverb(s) || w.Is(s, "almost")) && !Phrases.IsContent(w, s + 1)
                || w.Is(s, "however") || w.Is(s, "overall") || w.Is(s, "furthermore") || w.Is(s, "moreover")
                || w.Is(s, "additionally") || w.Is(s, "today") || w.Is(s, "indeed") || w.Is(s, "therefore")
                || w.Is(s, "thus") || w.Is(s, "meanwhile") || w.Is(s, "similarly") || w.Is(s, "likewise")
                || w.Is(s, "nevertheless") || w.Is(s, "and") || w.Is(s, "but") || w.Is(s, "so")))
            {
                s++;
                continue;
            }

            // "expect to announce summer sales climbed 12%": the phrase after the verb of "to"
            if (w.Is(s, "to") && w.Kind(s + 1) == TokenKind.Word && !w.IsDeterminerAt(s + 1) && !w.In(s + 1, Prepositions) && s + 2 < end
                && Phrases.ReadNounPhrase(w, s + 2, end, rejectVerbFirst: true, out int ta, out int tb) && tb == end)
            {
                a = ta;
                b = tb;
                return SubjectKind.Phrase;
            }

            if (w.In(s, Prepositions) && !w.Is(s, "of"))
            {
                bool place = (w.Is(s, "in") || w.Is(s, "across") || w.Is(s, "among") || w.Is(s, "amongst") || w.Is(s, "within"))
                    && !Phrases.IsTimeAt(w, s + 1);
                int comma = FindComma(s, end - s);
                if (comma > s && comma < end)
                {
                    if (place && Phrases.ReadNounPhrase(w, s + 1, comma, rejectVerbFirst: false, out int pa, out int pb))
                    {
                        scopeA = pa;
                        scopeB = pb;
                    }

                    s = comma + 1;
                    continue;
                }

                if (!Phrases.ReadNounPhrase(w, s + 1, end, rejectVerbFirst: false, out int qa, out int qb))
                {
                    // "in 2015 the rate was": skip the time
                    int k = s + 1;
                    while (k < end && !w.IsDeterminerAt(k) && (w.Kind(k) == TokenKind.Number || w.In(k, TimeWords) || w.Kind(k) == TokenKind.Punctuation)) k++;
                    if (k == s + 1) return SubjectKind.None;
                    s = k;
                    continue;
                }

                if (qb >= end)
                {
                    // "In Tarnside primary eligibility has been rising": a place name, then what is measured there
                    int cap = qa;
                    while (cap < qb && w.IsCapitalised(cap) && w.Kind(cap) == TokenKind.Word) cap++;
                    if (place && cap > qa && cap < qb - 0 && Phrases.IsContent(w, cap) && !w.IsCapitalised(cap) && !w.In(cap, PostModifiers) && !w.EndsWith(cap, "ed"))
                    {
                        scopeA = qa;
                        scopeB = cap;
                        a = cap;
                        b = qb;
                        return SubjectKind.Phrase;
                    }

                    // the whole subject is a place: "in primary schools is 9%"
                    if (!place) return SubjectKind.None;
                    scopeA = qa;
                    scopeB = qb;
                    a = s;
                    return SubjectKind.Place;
                }

                if (place)
                {
                    scopeA = qa;
                    scopeB = qb;
                }

                s = qb;
                continue;
            }

            break;
        }

        if (s >= end) return SubjectKind.None;
        if (w.In(s, Pronouns) && !(w.IsDeterminerAt(s) && Phrases.IsContent(w, s + 1)))
        {
            // (the pronoun's place, for a name it may stand for: see PersonBefore)
            a = s;
            b = s + 1;
            return SubjectKind.Pronoun;
        }

        // "this figure", "this rate": points back like a pronoun
        if ((w.Is(s, "this") || w.Is(s, "that") || w.Is(s, "the")) && s + 2 == end && (w.Is(s + 1, "figure") || w.Is(s + 1, "rate") || w.Is(s + 1, "proportion")
            || w.Is(s + 1, "percentage") || w.Is(s + 1, "level") || w.Is(s + 1, "number") || w.Is(s + 1, "latter") || w.Is(s + 1, "former")))
        {
            if (!w.Is(s, "the") || w.Is(s + 1, "latter") || w.Is(s + 1, "former") || w.Is(s + 1, "figure")) return SubjectKind.Pronoun;
        }

        // "..., taking the rate to 8.2 percent", "lifting the total to 40%": the object of the participle
        if (w.EndsWith(s, "ing") && s + 1 < end && Phrases.IsArticleOrPossessive(w, s + 1) && !w.In(s, Prenominal)) s++;

        // "Most care leavers (95%) live ...", "all of the children (97%) have ...": the group, not the quantifier
        s = GroupAfterQuantifier(s, end);

        if (Phrases.ReadNounPhrase(w, s, end, rejectVerbFirst: false, out a, out b))
        {
            // "the percentage has risen": a bare restatement of the figure points back, or to the "for" group
            if (b - a == 1 && (w.In(a, ProportionHeads) || w.Is(a, "figure") || w.Is(a, "rate") && !w.IsDeterminerAt(a - 1)))
            {
                if (forA < 0)
                {
                    // "For children of secondary age, the percentage has risen"
                    int c = a - 1;
                    while (c >= 0 && w.IsDeterminerAt(c)) c--;
                    if (w.IsPunct(c, ','))
                    {
                        int k = c - 1;
                        while (k > 0 && k > c - 20 && !(w.Kind(k - 1) == TokenKind.Punctuation && w.Char(k - 1) is ';' or ':' or '(' or ')' or '.')) k--;
                        if ((w.Is(k, "for") || w.Is(k, "among") || w.Is(k, "amongst")) && Phrases.ReadNounPhrase(w, k + 1, c, rejectVerbFirst: true, out int fa, out int fb))
                        {
                            forA = fa;
                            forB = fb;
                        }
                    }
                }

                if (forA >= 0)
                {
                    a = forA;
                    b = forB;
                    return SubjectKind.Phrase;
                }

                if (w.In(a, ProportionHeads) || w.Is(a, "figure")) return SubjectKind.Pronoun;
            }

            return SubjectKind.Phrase;
        }

        return SubjectKind.None;
    }

    /// <summary>
    /// Reads back over a verb group ending at <paramref name="at"/> ("is", "has now risen to",
    /// "stood at", "remains"); true when it holds a verb, with the subject ending where it starts.
    /// </summary>
    private bool TryVerbGroup(int at, out int subjectEnd)
    {
        var w = _w;
        int k = at;
        subjectEnd = -1;
        bool particle = w.Is(k, "to") || w.Is(k, "from") || w.Is(k, "by") || w.Is(k, "at") || w.Is(k, "around") || w.Is(k, "on") || w.Is(k, "of") && w.Is(k - 1, "equivalent");
        if (particle) k--;

        // "dipped a little, to", "fell a bit, from": a degree phrase between the verb and its particle
        if (particle && (w.IsPunct(k, ',') ? w.Is(k - 2, "a") && (w.Is(k - 1, "bit") || w.Is(k - 1, "little") || w.Is(k - 1, "lot")) && w.In(k - 3, LinkVerbs)
                                           : w.Is(k - 1, "a") && (w.Is(k, "bit") || w.Is(k, "little") || w.Is(k, "lot")) && w.In(k - 2, LinkVerbs)))
        {
            k = w.IsPunct(k, ',') ? k - 3 : k - 2;
        }
        else if (!particle && w.Is(k - 1, "a") && (w.Is(k, "bit") || w.Is(k, "little") || w.Is(k, "lot")) && w.In(k - 2, LinkVerbs))
        {
            k -= 2;
        }

        if (w.IsPunct(k, ',') && k < at && (w.IsLyAdverb(k - 1) || w.In(k - 1, LinkVerbs) || w.In(k - 1, Auxiliaries))) k--;

        // "has reduced this year from", "has decreased in 2014 by": a time between the verb and its particle
        if (particle)
        {
            int k0 = k;
            if (w.IsPunct(k, ',')) k--;
            int t = k;
            while (t > k - 6 && t > 0 && (w.Kind(t) == TokenKind.Number || w.In(t, TimeWords) || w.IsDeterminerAt(t) || w.Is(t, "in") || w.Is(t, "during") || w.Is(t, "over")
                || w.Is(t, "few") || w.Is(t, "several") || w.Kind(t) == TokenKind.Punctuation && w.Char(t) is '-' or '–' or '−' or '/')) t--;
            if (t < k && (w.In(t, LinkVerbs) || w.EndsWith(t, "ed") && w.In(t - 1, Auxiliaries))) k = t;
            else k = k0;
        }

        bool verb = false;
        for (int steps = 0; steps < 7 && k >= 0; steps++)
        {
            if (w.Kind(k) != TokenKind.Word) break;
            // "mortgage rates hit 7 per cent": a verb that is also a noun, after a plural noun, right before the figure
            bool pluralSubject = steps == 0 && (k == at || particle && k == at - 1) && w.EndsWith(k - 1, "s") && !w.EndsWith(k - 1, "ss")
                && Phrases.IsContent(w, k - 1) && !w.In(k - 1, FigureNouns);
            if (w.In(k, NounLikeVerbs) && !w.In(k, Auxiliaries) && !pluralSubject && !(w.In(k - 1, Auxiliaries) || w.Is(k - 1, "to") || w.In(k - 1, VerbAdverbs) || w.Is(k - 1, "it") || w.Is(k - 1, "they")))
            {
                break;
            }

            if (w.In(k, Auxiliaries) || w.In(k, LinkVerbs) || w.EndsWith(k, "ed") && (w.In(k - 1, Auxiliaries) || w.In(k - 1, VerbAdverbs) && w.In(k - 2, Auxiliaries)) && particle)
            {
                verb = true;
                k--;
                continue;
            }

            // "Dunmore received 52 percent", "the Greens can get to 15 percent": the main verb, first met, not a noun after a determiner
            if (!verb && w.In(k, ShareVerbs) && !w.IsDeterminerAt(k - 1) && !w.EndsWith(k - 1, "'s") && !w.EndsWith(k - 1, "’s"))
            {
                verb = true;
                k--;
                continue;
            }

            if (w.In(k, VerbAdverbs) || w.IsLyAdverb(k) || w.Is(k, "to") && verb || w.Is(k, "expected") || w.Is(k, "likely") || w.Is(k, "set") || w.Is(k, "forecast") || w.Is(k, "projected"))
            {
                k--;
                continue;
            }

            break;
        }

        if (!verb) return false;
        subjectEnd = k + 1;
        return true;
    }

    /// <summary>True when a new clause with its own verb starts between two tokens ("from 4.6, and wages rose to").</summary>
    private bool VerbBetween(int from, int to)
    {
        var w = _w;
        for (int k = from; k < to - 1; k++)
        {
            if (!(w.IsPunct(k, ',') && (w.Is(k + 1, "and") || w.Is(k + 1, "but") || w.Is(k + 1, "while") || w.Is(k + 1, "whereas")))) continue;
            for (int v = k + 2; v < to && v < k + 7; v++)
            {
                if (w.In(v, Auxiliaries) || w.In(v, FiniteVerbs) || w.In(v, LinkVerbs) && !w.In(v, NounLikeVerbs)) return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The subject of the clause before <paramref name="at"/> ("The proportion of X is high, but is only 87%";
    /// "Reviews happen on time, with 98% within timescales"): read from the start of the sentence or clause,
    /// after an introductory adverb or phrase.
    /// </summary>
    private bool ElidedSubject(int at, out int a, out int b)
    {
        var w = _w;
        int s = at - 1;
        while (s > 0 && s > at - 45)
        {
            if (w.Kind(s - 1) == TokenKind.Punctuation && w.Char(s - 1) is ';' or ':' or '(' or ')' or '.' or '“' or '"')
            {
                // ("a health action plan (HAP) on file": a short bracket after a noun is inside the clause)
                int o = s - 2;
                while (o > s - 6 && o > 0 && w.Kind(o) != TokenKind.Punctuation) o--;
                if (!(w.IsPunct(s - 1, ')') && w.IsPunct(o, '(') && Phrases.IsContent(w, o - 1))) break;
                s = o;
                continue;
            }

            s--;
        }

        for (int round = 0; round < 3; round++)
        {
            while (s < at && w.Kind(s) == TokenKind.Punctuation) s++;
            int comma = FindComma(s, at - s);
            bool intro = w.In(s, Prepositions) && !w.Is(s, "of") || w.IsLyAdverb(s) || w.In(s, VerbAdverbs) || w.Is(s, "however") || w.Is(s, "overall") || w.Is(s, "despite");
            if (intro && comma > s && comma < at) s = comma + 1;
            else break;
        }

        // "There was a sharp drop in the number of pupils taking part, and 47% have ...": after "there is/has been", what the
        // change is in
        if (w.Is(s, "there") && (w.In(s + 1, Auxiliaries) || w.In(s + 1, LinkVerbs)))
        {
            for (int k = s + 2; k < at - 2 && k < s + 10; k++)
            {
                if (!w.Is(k + 1, "in") || !IsChangeWord(k) && !Phrases.IsChangeNoun(w, k)) continue;
                if (Phrases.ReadNounPhrase(w, k + 2, at, rejectVerbFirst: true, out a, out b)) return true;
                break;
            }
        }

        // "No child left early, but the rate of missed visits has grown and is now high": the subject of the
        // nearest clause that a contrast word opens after a comma
        for (int k = at - 2; k > s; k--)
        {
            if (!w.IsPunct(k - 1, ',') || !(w.Is(k, "but") || w.Is(k, "while") || w.Is(k, "although") || w.Is(k, "whereas") || w.Is(k, "yet") || w.Is(k, "though"))) continue;
            if (Phrases.ReadNounPhrase(w, GroupAfterQuantifier(k + 1, at), at, rejectVerbFirst: true, out a, out b) && b < at && (w.In(b, Auxiliaries) || w.In(b, LinkVerbs) || w.In(b, FiniteVerbs)))
            {
                return true;
            }

            break;
        }

        // "A spokesman said the fee hasn't been agreed, but will be set at about 6%": the subject of the reported clause
        for (int k = s + 1; k < at - 2; k++)
        {
            if (!w.In(k, ReportingVerbs)) continue;
            int r = w.Is(k + 1, "that") ? k + 2 : k + 1;
            // (not a bare "this figure", which points to an earlier sentence)
            if (Phrases.ReadNounPhrase(w, r, at, rejectVerbFirst: true, out a, out b) && b < at && (w.In(b, Auxiliaries) || IsPastVerb(b) && w.Is(r - 1, "that")) && !w.In(a, Pronouns)
                && !(b - a == 1 && (w.In(a, RestatedHeads) || w.In(a, ProportionHeads) || w.In(a, FigureNouns) || w.Is(a, "figure")))) return true;
            break;
        }

        // "Many care leavers are at college, with 12% ...": the group, not the quantifier (as in Subject)
        int g = GroupAfterQuantifier(s, at);
        if (g > s && Phrases.ReadNounPhrase(w, g, at, rejectVerbFirst: !(w.Is(g, "looked") && w.Is(g + 1, "after")), out a, out b))
        {
            // ("Most young people secure work ...": a plain word after a plural group, before its object, is the verb)
            for (int k = a + 1; k < b - 1; k++)
            {
                bool plural = w.Is(k - 1, "people") || w.Is(k - 1, "children") || w.EndsWith(k - 1, "s") && !w.EndsWith(k - 1, "ss");
                if (plural && w.Kind(k) == TokenKind.Word && !w.IsCapitalised(k) && !w.EndsWith(k, "s") && !w.EndsWith(k, "ed") && !w.EndsWith(k, "ing")
                    && !w.Is(k, "who") && !w.Is(k, "that") && !w.Is(k, "which") && !w.Is(k, "whose")
                    && !w.In(k, Prepositions) && !w.In(k, PostModifiers) && !w.Is(k, "after") && !w.Is(k, "and") && !w.Is(k, "or") && (Phrases.IsContent(w, k + 1) || w.IsDeterminerAt(k + 1)))
                {
                    b = k;
                    break;
                }
            }

            return true;
        }

        if (Phrases.ReadNounPhrase(w, s, at, rejectVerbFirst: true, out a, out b)) return true;
        a = b = -1;
        return false;
    }

    /// <summary>True when only punctuation comes before token <paramref name="i"/> in the sentence.</summary>
    /// <summary>
    /// True when only punctuation comes before token <paramref name="i"/>, or a short opener: a linking word ("Now,",
    /// "But", "And only", "However,") or a phrase after "in" up to a comma ("In a closer race,").
    /// </summary>
    private bool OpensAfterFrontedTime(int i)
    {
        var w = _w;
        int k = 0;
        while (k < i && w.Kind(k) == TokenKind.Punctuation) k++;
        if (w.Is(k, "for") && w.Is(k + 1, "example") && w.IsPunct(k + 2, ',')) k += 3;
        else if (w.Is(k, "however") && w.IsPunct(k + 1, ',')) k += 2;
        int e = i;
        while (e > k && (w.Is(e - 1, "only") || w.Is(e - 1, "just"))) e--;
        if (w.IsPunct(e - 1, ',')) e--;
        if (e - k < 2 || e - k > 10) return false;
        bool opens = (w.Is(k, "as") && (w.Is(k + 1, "at") || w.Is(k + 1, "of")) || w.Is(k, "at") && w.Is(k + 1, "the") && w.Is(k + 2, "end"))
            || (w.Is(k, "between") || w.Is(k, "in") || w.Is(k, "during") || w.Is(k, "by") || w.Is(k, "since")) && Phrases.IsTimeAt(w, k + 1);
        if (!opens) return false;

        // every word of the opener is a time's: numbers, months, time nouns and the words that join them
        for (int t = k; t < e; t++)
        {
            if (w.Kind(t) == TokenKind.Number || w.In(t, TimeWords)) continue;
            if (w.Kind(t) == TokenKind.Punctuation && w.Char(t) is '-' or '–' or '/') continue;
            if (w.Is(t, "as") || w.Is(t, "at") || w.Is(t, "of") || w.Is(t, "the") || w.Is(t, "and") || w.Is(t, "to") || w.Is(t, "between") || w.Is(t, "in")
                || w.Is(t, "during") || w.Is(t, "by") || w.Is(t, "since") || w.Is(t, "this") || w.Is(t, "that") || w.Is(t, "inspection")) continue;
            return false;
        }

        return true;
    }

    private bool OpensSentenceAfterIntro(int i)
    {
        var w = _w;
        int k = 0;
        while (k < i && w.Kind(k) == TokenKind.Punctuation) k++;

        // ("Last month, 22 percent said so too", "A year ago, ...": a short time and a comma)
        if (i - k <= 5 && w.IsPunct(i - 1, ',') && i - 1 > k && (Phrases.IsTimeAt(w, k) && w.Kind(k) == TokenKind.Word || w.Is(k, "last") || w.Is(k, "this")))
        {
            bool plain = true;
            for (int t = k; t < i - 1; t++) plain &= w.Kind(t) != TokenKind.Punctuation && !w.In(t, Auxiliaries) && !w.In(t, FiniteVerbs);
            if (plain) return true;
        }

        if (w.Is(k, "in") && i - k <= 7)
        {
            int comma = k + 1;
            while (comma < i && !w.IsPunct(comma, ',')) comma++;
            if (comma == i - 1) return true;
        }

        for (; k < i; k++)
        {
            if (!(w.IsPunct(k, ',') || w.Is(k, "now") || w.Is(k, "but") || w.Is(k, "and") || w.Is(k, "yet") || w.Is(k, "however") || w.Is(k, "still")
                || w.Is(k, "meanwhile") || w.Is(k, "only") || w.Is(k, "just") || w.Is(k, "overall"))) return false;
        }

        return true;
    }

    private bool FirstWordAt(int i)
    {
        for (int k = 0; k < i; k++)
        {
            if (_w.Kind(k) != TokenKind.Punctuation) return false;
        }

        return true;
    }

    private bool SubjectOfSentenceBefore(ref Figure f)
    {
        Span<Token> buffer = stackalloc Token[64];
        int n = TokensOfSentenceBefore(buffer);
        if (n < 0) return false;
        var text = _document.Normalized;

        Span<ulong> classes = stackalloc ulong[64];
        classes.Clear();
        var w = new Words(text, buffer[..n], classes[..n]);
        int s = 0;
        while (s < n && (w.Kind(s) == TokenKind.Punctuation || w.Kind(s) == TokenKind.Number && w.IsPunct(s + 1, '.'))) s++;
        for (int round = 0; round < 2; round++)
        {
            bool intro = w.In(s, Prepositions) && !w.Is(s, "of") || w.IsLyAdverb(s) || w.In(s, VerbAdverbs) || w.Is(s, "however") || w.Is(s, "overall")
                || w.Is(s, "that") && w.Is(s + 1, "said") && w.IsPunct(s + 2, ',')
                || w.EndsWith(s, "ed") && w.IsCapitalised(s) && !w.IsPunct(s + 1, ','); // "Asked if ..., 46 percent of voters said"
            if (!intro) break;
            int comma = s;
            while (comma < n && comma < s + 8 && !w.IsPunct(comma, ',')) comma++;
            if (!w.IsPunct(comma, ',')) return false;
            s = comma + 1;
        }

        // "Almost half of respondents said ... Thirty percent said ...": a share's group, not the share
        int of = s;
        while (of < n && of < s + 6 && (w.Kind(of) == TokenKind.Number || w.IsPunct(of, '%') || NumberWords.TryCardinalWord(w.Text(of), out _)
            || IsFractionWord(w, of) || w.Is(of, "percent") || w.Is(of, "per") || w.Is(of, "cent") || w.Is(of, "a") || w.Is(of, "almost") || w.Is(of, "nearly")
            || w.Is(of, "about") || w.Is(of, "around") || w.Is(of, "over") || w.Is(of, "some") || w.Is(of, "just") || w.Is(of, "roughly"))) of++;
        if (of > s && of + 1 < n && w.Is(of, "of") && (w.Kind(of - 1) == TokenKind.Number || w.IsPunct(of - 1, '%') || w.Is(of - 1, "percent") || w.Is(of - 1, "cent") || IsFractionWord(w, of - 1))) s = of + 1;


        // "Most care leavers ...", "Nearly all children ...": the group, not the quantifier
        if ((w.Is(s, "nearly") || w.Is(s, "almost")) && w.Is(s + 1, "all")) s++;
        if (w.In(s, Quantifiers) && Phrases.IsContent(w, s + 1)) s++;
        // ("96 pupils left care": the counted group, without the count)
        if (w.Kind(s) == TokenKind.Number && !w.IsYearLike(s) && Phrases.IsContent(w, s + 1) && !w.IsPunct(s + 1, '%')) s++;
        if (!Phrases.ReadNounPhrase(w, s, n, rejectVerbFirst: true, out int a, out int b)) return false;
        if (!(w.In(b, Auxiliaries) || w.In(b, FiniteVerbs) || w.IsPunct(b, ',') || IsPastVerb(w, b))) return false;

        // ("This proportion is ...": a bare restatement of a figure names no group)
        if (b - a == 1 && (w.In(a, ProportionHeads) || w.In(a, RestatedHeads) || w.In(a, FigureNouns))) return false;

        // ("Timeliness of health checks is weak. Only 40% were on time": a share of the things the quality is of)
        for (int q = a; q < b - 1 && q < a + 3; q++)
        {
            if (!(w.Is(q, "timeliness") || w.Is(q, "quality") || w.Is(q, "stability") || w.Is(q, "completion") || w.Is(q, "take-up") || w.Is(q, "uptake") || w.Is(q, "attendance"))) continue;
            if ((w.Is(q + 1, "of") || w.Is(q + 1, "for")) && Phrases.IsContent(w, q + 2)) a = q + 2;
            break;
        }

        f.MeasureStart = w.Start(a);
        f.MeasureEnd = w.End(b - 1);
        return true;
    }

    /// <summary>
    /// The subject of a fronted contrasting clause that opens the sentence and ends at the comma <paramref name="comma"/>
    /// ("Although a large share of pupils in care attend local schools, ...": "pupils in care").
    /// </summary>
    private bool FrontedContrastSubject(int comma, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        int s = comma - 1;
        while (s > 0 && s > comma - 40 && !(w.Kind(s - 1) == TokenKind.Punctuation && w.Char(s - 1) is '.' or ';' or ':' or '(' or ')')) s--;
        return w.In(s, ContrastClauseWords) && FirstWordAt(s)
            && Phrases.ReadNounPhrase(w, GroupAfterQuantifier(s + 1, comma), comma, rejectVerbFirst: false, out a, out b) && b < comma
            && (w.In(b, Auxiliaries) || w.In(b, FiniteVerbs) || w.In(b, LinkVerbs) || IsPastVerb(b));
    }

    /// <summary>"Of the 68 adopters, ..." / "Among care leavers, ...": a fronted group ending at the comma <paramref name="comma"/>.</summary>
    private bool FrontedOf(int comma, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        int s = comma - 1;
        while (s > 0 && s > comma - 40 && !(w.Kind(s - 1) == TokenKind.Punctuation && w.Char(s - 1) is ';' or ':' or '(' or ')' or '.' or ',')) s--;
        while (s < comma && w.Kind(s) == TokenKind.Punctuation) s++;
        // ("However, for cases graded as routine, over half are late": a whole group after "for", not a time or a
        // school subject, "for writing, 73% reached ...")
        if (w.Is(s, "for"))
        {
            return !Phrases.IsTimeAt(w, s + 1) && !w.Is(s + 1, "example") && !w.Is(s + 1, "instance") && !w.In(s + 1, SchoolSubjects)
                && Phrases.ReadNounPhrase(w, s + 1, comma, rejectVerbFirst: false, out a, out b) && b == comma;
        }

        if (!(w.Is(s, "of") || w.Is(s, "among") || w.Is(s, "amongst"))) return false;

        // ("Of these 79 children, ...": the count after "these" is how many, the noun who)
        int from = (w.Is(s + 1, "these") || w.Is(s + 1, "those")) && IsCountAt(s + 2) ? s + 3 : s + 1;
        if (!Phrases.ReadNounPhrase(w, from, comma, rejectVerbFirst: false, out a, out b)) return false;

        // ("Of the pupils helped by the club in the 12 months before the visit, ...": when is not who)
        for (int k = a + 2; k < b - 1; k++)
        {
            if (!(w.Is(k, "in") || w.Is(k, "during")) || !w.IsDeterminerAt(k + 1) || !Phrases.IsContent(w, k - 1)) continue;
            int t = k + 1;
            while (t < b && t < k + 5 && !w.In(t, TimeWords)) t++;
            if (t < b && w.In(t, TimeWords) && Phrases.IsTimeAt(w, k + 1))
            {
                b = k;
                break;
            }
        }

        return true;
    }

    /// <summary>
    /// A measure that is the subject of its clause runs up to the clause's verb: "the share of referrals passed to the
    /// early help hub within a day fell to 60%", "40% of carers approved by the panel for children with complex needs have ...". When the phrase read so far
    /// stops before a preposition or participle and the words from there to the verb are a plain chain of noun-phrase words (no
    /// comma, clause word or figure), the chain is part of the measure; a time right before the verb ("in 2016") is not.
    /// Applies when the figure comes after that verb ("X ... is 8%") or opens the clause as "N% of X ... VERB".
    /// </summary>
    private void WholeSubject(ref Figure f, Span<Figure> figures)
    {
        var w = _w;

        // (the group a relative pronoun stands for is complete where it was cut: "1,204 calls from May to July, 31% of which")
        if (!f.HasMeasure || f.Rule is "r1w" or "r6d" or "r7t") return;
        int first = TokenAt(f.MeasureStart), last = TokenAt(f.MeasureEnd - 1);
        if (first < 0 || last < 0) return;
        int b = last + 1;
        if (b >= w.Count || w.Kind(b) != TokenKind.Word) return;
        bool participle = w.In(b, PostModifiers) || w.EndsWith(b, "ing") && !w.In(b, Auxiliaries);
        if (!(w.In(b, NounPrepositions) && !w.Is(b, "at") && !w.Is(b, "under") && !w.Is(b, "among") && !w.Is(b, "amongst") || participle)) return;

        int verb = -1, lastTime = -1;
        for (int j = b; j < w.Count && j < b + 24; j++)
        {
            if (j >= f.First && j < f.Last) return;
            foreach (ref readonly var other in figures)
            {
                if (j >= other.First && j < other.Last) return;
            }

            if (w.Kind(j) == TokenKind.Punctuation)
            {
                // inside a word ("14-plus", "children’s") or a quoted name ("the ‘Step Up’ team")
                if (w.Char(j) is '-' or '‑' or '’' or '\'' && w.Glued(j - 1, j) && w.Glued(j, j + 1) || w.Char(j) is '‘' or '’') continue;

                // a list inside the phrase: "attainment in art, music and drama at primary school was"
                if (w.Char(j) == ',' && Phrases.IsListComma(w, j, Math.Min(w.Count, j + 8))) continue;

                // "in 2013/14", "in 2013–14": a year range
                if (w.Char(j) is '/' or '-' or '–' or '−' && w.IsYearLike(j - 1) && w.Kind(j + 1) == TokenKind.Number && (w.Text(j + 1).Length == 2 || w.IsYearLike(j + 1))) continue;
                return;
            }

            // a word such as "reports" after a count is the noun of "six reports", not a verb
            bool counted = w.Kind(j - 1) == TokenKind.Number || NumberWords.TryCardinalWord(w.Text(j - 1), out _);
            // ("gained good grades", "backed the plan": a participle right before a noun or an object is a verb)
            if ((w.In(j, PostModifiers) || w.EndsWith(j, "ed")) && !w.Is(j, "looked") && !w.EndsWith(j, "ing")
                && (Phrases.IsArticleOrPossessive(w, j + 1) || w.In(j + 1, ObjectPronouns) || Phrases.IsContent(w, j + 1) && !w.IsLyAdverb(j + 1))
                && !Phrases.IsCountedOrMore(w, j + 2)) return; // ("rated good or better" is a grade, not an object)

            // "... to be 12%": a verb after "to" is not the clause's
            if (w.Is(j - 1, "to") && (w.In(j, Auxiliaries) || IsVerbAt(j))) return;
            if (j > b && (w.In(j, Auxiliaries) && !w.Is(j, "having") && !w.Is(j, "being") && !w.Is(j, "be") && !w.Is(j, "been")
                || !counted && (IsVerbAt(j) && !w.EndsWith(j, "ing") || IsPastVerb(j) && !w.In(j, PostModifiers))))
            {
                verb = j;
                break;
            }

            // "carers asked in a council poll": where the figure was reported is not part of it
            if ((w.Is(j, "in") || w.Is(j, "by")) && Phrases.HasSource(w, j + 1, Math.Min(w.Count, j + 8))) return;

            // "... in Fernhill is now 31%": an adverb before the verb
            if (j > b && w.In(j, VerbAdverbs) && (w.In(j + 1, Auxiliaries) || IsVerbAt(j + 1)))
            {
                verb = j;
                break;
            }

            if (w.Kind(j) == TokenKind.Number) continue;
            if (w.In(j, ClauseStarters) || w.In(j, Pronouns) && !w.IsDeterminerAt(j) || w.In(j, ObjectPronouns) || w.Is(j, "than") || w.Is(j, "not")
                || w.Is(j, "such") || w.Is(j, "including") || w.Is(j, "compared") || w.Is(j, "but") || w.Is(j, "nor") || w.Is(j, "respectively")) return;
            if (Phrases.IsCountedOrMore(w, j))
            {
                j++;
                continue;
            }

            if ((w.Is(j, "and") || w.Is(j, "or")) && !(Phrases.IsContent(w, j + 1) && (Phrases.IsContent(w, j - 1) || w.Kind(j - 1) == TokenKind.Number))) return;
            // a run of times before the verb ("for 2019 to 2021", "in the year up to June") is when, not what
            // ("seen within a day", "answered within ten days": how soon is part of what is measured)
            if (w.In(j, Prepositions) && !w.Is(j, "of") && !w.Is(j, "within"))
            {
                bool number = w.Kind(j + 1) == TokenKind.Number;
                bool year = number && (w.IsYearLike(j + 1) || w.Text(j + 1).Length == 6 && w.Text(j + 1).StartsWith("20")); // "201920": a year range run together
                if (Phrases.IsTimeAt(w, j + 1) && (!number || year))
                {
                    if (lastTime < 0) lastTime = j;
                }
                else if (!number)
                {
                    lastTime = -1;
                }
            }
            else if (w.Is(j, "of"))
            {
                if (!Phrases.IsTimeAt(w, j + 1)) lastTime = -1;
            }
        }

        if (verb <= b) return;
        bool after = f.First > verb && f.MeasureEnd <= w.Start(f.First);
        bool opens = f.Last <= first && SubjectPosition(f.First);
        if (!after && !opens) return;

        int end = lastTime > b ? lastTime : lastTime == b ? -1 : verb;
        if (end <= b) return;
        while (end > b && (w.IsDeterminerAt(end - 1) || w.In(end - 1, Prepositions) && !(w.Is(end - 1, "after") && w.Is(end - 2, "looked")) && !Phrases.IsCountedOrMore(w, end - 2)
            || w.Is(end - 1, "and") || w.Is(end - 1, "or"))) end--;
        if (end <= b) return;
        f.MeasureEnd = w.End(end - 1);
    }

    /// <summary>
    /// True when a figure starting at <paramref name="first"/> opens its clause, so "N% of X" is the clause's subject
    /// ("Last spring, 38 percent of shoppers made ...", "showed 45 percent of tenants backed ...").
    /// </summary>
    private bool SubjectPosition(int first)
    {
        var w = _w;
        int k = first - 1;
        while (k >= 0 && (w.Is(k, "only") || w.Is(k, "just") || w.Is(k, "even") || w.Is(k, "fully"))) k--;
        if (k < 0) return true;
        if (w.Kind(k) == TokenKind.Punctuation) return w.Char(k) is ',' or ';' or ':' or '(' or '—' or '–' or '“' or '"' or '‘';

        // "show that in Tarnby 17% of pupils gained ...", "In 2018 55% of pupils met ...": a fronted place or year with no comma
        if ((w.IsCapitalised(k) && !FirstWordAt(k) || w.IsYearLike(k)) && w.Is(k - 1, "in")) return SubjectPosition(k - 1);
        return w.In(k, ClauseStarters) && !w.Is(k, "with") && !w.Is(k, "than") && !w.Is(k, "as") || w.Is(k, "and") || w.Is(k, "or");
    }

    /// <summary>True when a verb that agrees with one person follows at <paramref name="k"/> ("leads", "was", "drew"), not "show", "are".</summary>
    private bool SingularVerbAfter(int k)
    {
        var w = _w;
        while (w.In(k, VerbAdverbs) || w.IsLyAdverb(k) || w.Is(k, "once")) k++;
        if (w.Is(k, "are") || w.Is(k, "were") || w.Is(k, "have") || w.Is(k, "do")) return false;
        return w.In(k, Auxiliaries) || IsPastVerb(k) || w.In(k, LinkVerbs) && !w.EndsWith(k, "ing")
            || w.In(k, ShareVerbs) && (w.EndsWith(k, "s") || w.Is(k, "drew") || w.Is(k, "won") || w.Is(k, "got") || w.Is(k, "took") || w.Is(k, "held")) || w.EndsWith(k, "s") && (w.In(k, FiniteVerbs) || w.In(k, ShareVerbs) || IsLeadVerb(k))
            || w.In(k, FiniteVerbs) && !w.EndsWith(k, "s") && (w.EndsWith(k, "ed") || w.Is(k, "said") || w.Is(k, "told") || w.Is(k, "took") || w.Is(k, "got") || w.Is(k, "came") || w.Is(k, "went") || w.Is(k, "saw") || w.Is(k, "gave") || w.Is(k, "led"));
    }

    /// <summary>A past verb: a word in "-ed" after a word that is not a determiner, or a common irregular one ("made", "cast").</summary>
    private bool IsPastVerb(int k) => IsPastVerb(_w, k);

    /// <summary><see cref="IsPastVerb(int)"/> over the words <paramref name="w"/> (of this sentence or another).</summary>
    private static bool IsPastVerb(Words w, int k)
    {
        if (w.Kind(k) != TokenKind.Word || w.IsDeterminerAt(k - 1) || w.Kind(k - 1) != TokenKind.Word) return false;

        // ("the New York-based group", "a council-led review": a compound adjective, not a verb; a word before it means a
        // capitalised word is a name)
        if (w.Text(k).Contains('-') || w.IsCapitalised(k)) return false;
        return w.EndsWith(k, "ed") || w.In(k, IrregularPastVerbs);
    }

    /// <summary>
    /// "71% made good progress", "just over half achieved the grade": a past verb straight after a figure (not after "a 10%",
    /// not a word that also goes before nouns, "12% qualified staff") is what the share did, not what it is of.
    /// </summary>
    private bool VerbAfterFigure(int n)
    {
        var w = _w;
        if (w.Kind(n) != TokenKind.Word || w.In(n, Prenominal) || w.In(n, FigureNouns) || w.In(n, PostModifiers) && !w.Is(n, "made")) return false;
        return (w.EndsWith(n, "ed") || w.In(n, IrregularPastVerbs))
            && (w.IsDeterminerAt(n + 1) || Phrases.IsContent(w, n + 1) || w.In(n + 1, Prepositions));
    }

    /// <summary>A verb: an auxiliary, a listed finite verb, a verb of change or of winning that is not a noun after a determiner.</summary>
    private bool IsVerbAt(int k)
    {
        var w = _w;
        if (w.Kind(k) != TokenKind.Word || w.IsDeterminerAt(k - 1)) return false;
        return w.In(k, Auxiliaries) || w.In(k, FiniteVerbs) || w.In(k, ShareVerbs) && !w.In(k, PostModifiers)
            || w.In(k, LinkVerbs) && !w.In(k, NounLikeVerbs) && !w.EndsWith(k, "ing");
    }

    /// <summary>"boast that", "to show that", "said that": a "that" after a verb opens a reported clause, not a relative one.</summary>
    private bool ComplementThat(int that)
    {
        var w = _w;
        int k = that - 1;
        // ("announced Wednesday that", "said on Monday that": the day the verb happened comes between)
        if (IsWeekday(k) && w.EndsWith(k - 1, "ed")) k--;
        else if (IsWeekday(k) && w.Is(k - 1, "on") && w.EndsWith(k - 2, "ed")) k -= 2;
        // ("told reporters that", "warned members that": a verb of telling, its object, then the reported clause)
        if (w.Is(k - 1, "told") || w.Is(k - 1, "tells") || w.Is(k - 1, "tell") || w.Is(k - 1, "informed") || w.Is(k - 1, "assured") || w.Is(k - 1, "warned")
            || w.Is(k - 1, "reminded") || w.Is(k - 1, "convinced") || w.Is(k - 1, "persuaded")) return true;

        // ("It is positive that X improved", "it was clear that ..."): an adjective after "it is"
        if ((w.Is(k - 1, "is") || w.Is(k - 1, "was")) && w.Is(k - 2, "it")) return true;

        // ("news that output grew 1.2%", "signs that unemployment fell to 4%": a noun whose content the clause gives)
        if (w.Is(k, "news") || w.Is(k, "signs") || w.Is(k, "sign") || w.Is(k, "evidence") || w.Is(k, "fact") || w.Is(k, "claim") || w.Is(k, "claims")
            || w.Is(k, "finding") || w.Is(k, "findings") || w.Is(k, "announcement") || w.Is(k, "hopes") || w.Is(k, "hope") || w.Is(k, "fears")
            || w.Is(k, "concern") || w.Is(k, "concerns") || w.Is(k, "belief") || w.Is(k, "reports") && w.IsDeterminerAt(k - 1) || w.Is(k, "indications")) return true;
        return w.Is(k - 1, "to") || w.In(k, FiniteVerbs) || w.In(k, ClauseStarters) || w.In(k, Auxiliaries) || w.In(k, ShareVerbs)
            || w.EndsWith(k, "ed") && !w.In(k, PostModifiers) || w.In(k, LinkVerbs) && !w.In(k, NounLikeVerbs);
    }

    /// <summary>
    /// The noun phrase a ", which" at <paramref name="comma"/> stands for: the phrase right before the comma with the "of",
    /// "for" and "in" phrases it heads ("a very low rate of reoffending for children in care, which is 3.1%": "rate of
    /// offending for children looked after"), without words that judge the level ("very low").
    /// </summary>
    private bool AntecedentBefore(int comma, out int a, out int b)
    {
        var w = _w;
        a = -1;
        b = comma;
        int end = comma;
        if (w.Is(end - 1, "after") && w.Is(end - 2, "looked")) end -= 2;
        if (!Phrases.IsContent(w, end - 1) || !Phrases.LocalNounPhraseBefore(w, end, out a, out _)) return false;
        for (int round = 0; round < 3; round++)
        {
            int k = a - 1;
            while (k >= 0 && w.IsDeterminerAt(k)) k--;
            if (!(w.Is(k, "of") || w.Is(k, "for") || w.Is(k, "in"))) break;
            if (w.EndsWith(k - 1, "ed") && !w.In(k - 1, PostModifiers) || !Phrases.LocalNounPhraseBefore(w, k, out int pa, out _)) break;
            a = pa;
        }

        // the phrase is a verb's object ("has led to a low rate of X", "has a low rate of X"): what comes before it is a verb
        int v = a - 1;
        while (v >= 0 && w.IsDeterminerAt(v)) v--;
        if (w.Is(v, "to") || w.Is(v, "in")) v--;
        if (!(w.In(v, Auxiliaries) || w.In(v, LinkVerbs) || w.In(v, FiniteVerbs) || IsPastVerb(v))) return false;
        while (a < b - 1 && (w.Is(a, "very") || w.IsLyAdverb(a) || (w.Is(a, "low") || w.Is(a, "high")) && w.In(a + 1, RestatedHeads))) a++;
        return a < b;
    }

    /// <summary>
    /// A figure that is the whole subject of its clause: a verb after it ("60% are", "53% describe themselves", "26% say they").
    /// </summary>
    private bool FigureOpensClause(in Figure f)
    {
        var w = _w;
        int n = f.Last;

        // ("12 out of 44 aged 17 to 20 are not": an age after the figure)
        if (w.Is(n, "aged") && w.Kind(n + 1) == TokenKind.Number)
        {
            n += 2;
            while (n < w.Count && n < f.Last + 7 && (w.Kind(n) == TokenKind.Number || w.Is(n, "to") || w.Is(n, "and") || w.Is(n, "years") || w.Is(n, "old")
                || w.Kind(n) == TokenKind.Punctuation && w.Char(n) is '-' or '–')) n++;
        }

        if (n >= w.Count || w.Kind(n) != TokenKind.Word || w.Is(n, "of") || w.IsCapitalised(n)) return false;
        if (w.In(n, Auxiliaries) || IsPastVerb(n) || IsVerbAt(n) || w.In(n, LinkVerbs) && !w.In(n, NounLikeVerbs)) return true;
        return !w.In(n, Prepositions) && !w.IsDeterminerAt(n) && (w.In(n + 1, Pronouns) || w.In(n + 1, ObjectPronouns) || w.Is(n + 1, "that"));
    }

    private bool BareSubjectFigure(in Figure f)
    {
        var w = _w;
        int n = f.Last;
        if (n >= w.Count || w.Kind(n) == TokenKind.Punctuation) return true;
        if (w.Kind(n) != TokenKind.Word) return false;
        // ("and 61% the target grade in art", "and 90% having seen a dentist": a verb left out, or a participle)
        return w.In(n, Auxiliaries) || w.In(n, Prepositions) && !w.Is(n, "of") || IsPastVerb(n) || IsVerbAt(n) || w.In(n, LinkVerbs)
            || w.IsDeterminerAt(n) || w.EndsWith(n, "ing");
    }

    /// <summary>
    /// The subject of the clause that ends at <paramref name="comma"/>: a phrase at the clause's start followed by a past or
    /// finite verb ("Hale finished third in Esk,").
    /// </summary>
    private bool ClauseSubjectBefore(int comma, out int a, out int b)
    {
        var w = _w;
        a = b = -1;
        int start = Phrases.ClauseStart(w, comma);
        if (start < 0 || start >= comma || !Phrases.IsContent(w, start)) return false;
        bool named = w.IsCapitalised(start) && NameAfter(start, out a, out b) && b < comma && (IsPastVerb(b) || w.In(b, FiniteVerbs) || w.In(b, Auxiliaries));
        if (!named && (!Phrases.ReadNounPhrase(w, start, comma, rejectVerbFirst: true, out a, out b) || a != start)) return false;
        return b < comma && (IsPastVerb(b) || w.In(b, FiniteVerbs) || w.In(b, Auxiliaries) || w.In(b, ShareVerbs));
    }
}
