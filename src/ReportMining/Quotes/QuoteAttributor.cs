using ReportMining.Text;

namespace ReportMining.Quotes;

/// <summary>
/// Finds the reporting clause of each quote and the speaker mention in it. Looks, in order, at
/// the words just after the quote ("...," she said; "..." said Mr. Smith; "..." ― Name), the
/// words before it in its sentence (Rob Henderson said: "..."; the report states that "...";
/// according to X, "..."; Henderson vowed ..., saying: "..."), a reporting clause later in the
/// sentence of a partial quote (Services have "improved", the report states.), a lead-in
/// paragraph ending in a colon, and the quote this one continues. Every look is bounded to a few
/// hundred characters of the quote's own sentences, so the work per quote is constant.
/// </summary>
internal sealed class QuoteAttributor
{
    private const int MaxLead = 400;
    private const int MaxTrail = 300;
    private const int MaxHoles = 6;
    private const int AdjacentTokens = 32;

    private readonly Document _document;
    private readonly List<RawQuote> _quotes;
    private readonly TokenBuffer _buffer;

    public QuoteAttributor(Document document, List<RawQuote> quotes, TokenBuffer buffer)
    {
        _document = document;
        _quotes = quotes;
        _buffer = buffer;
    }

    /// <summary>Whether the words before the quote in its sentence hold no words (the quote opens its sentence).</summary>
    public bool StartsSentence { get; private set; }

    /// <summary>Whether nothing but punctuation follows the quote in its sentence.</summary>
    public bool EndsSentence { get; private set; }

    /// <summary>Whether the attribution's reporting clause is right beside the quote.</summary>
    public bool Adjacent { get; private set; }

    /// <summary>The span of the quote's reporting sentence(s): from the start of its first sentence to the end of its last.</summary>
    public TextSpan Sentence { get; private set; }

    /// <summary>Finds the attribution written beside quote <paramref name="qi"/> (no inheritance from other quotes).</summary>
    public Attribution Attribute(int qi)
    {
        var text = _document.Normalized;
        var q = _quotes[qi];
        int openSentence = q.OpenMark >= 0 ? SentenceAtOrBefore(q.OpenMark) : -1;
        int closeAt = q.Closed ? q.CloseMark : Math.Max(q.Start, q.End - 1);
        int closeSentence = SentenceAtOrBefore(closeAt);
        var sentences = _document.SentenceSpan;
        int leadFrom = openSentence >= 0 ? Math.Min(sentences[openSentence].Start, q.OpenMark) : Math.Max(0, q.OpenMark);
        int trailTo = closeSentence >= 0 ? Math.Max(sentences[closeSentence].End, closeAt + 1) : closeAt + 1;
        Sentence = new TextSpan(Math.Max(0, Math.Min(leadFrom, q.Start)), Math.Max(trailTo, q.End));
        Adjacent = false;

        // after the quote
        var after = Attribution.None;
        int trailFrom = q.Closed ? q.CloseMark + 1 : q.End;
        int next = qi + 1 < _quotes.Count ? _quotes[qi + 1].OpenMark : int.MaxValue;
        if (next < 0) next = int.MaxValue;
        int trailEnd = Math.Min(Math.Min(trailTo, next), trailFrom + MaxTrail);
        var trail = new TokenWindow(text, _buffer);
        if (q.Closed) trail.Add(trailFrom, trailEnd);
        EndsSentence = !HasWordBeforeStop(ref trail);
        bool abbreviationSplit = q.Closed && TrailEndsWithAbbreviation(ref trail);
        after = FindAfter(ref trail, adjacentOnly: true);

        // before the quote, in its sentence
        var lead = new TokenWindow(text, _buffer);
        AddLead(ref lead, qi, leadFrom);
        StartsSentence = !HasWord(ref lead);
        var before = FindBefore(ref lead, out bool beforeAdjacent);
        if (after.HasSpeaker && !(before.HasSpeaker && beforeAdjacent && before.HasCue && LeadEndsWithComma(ref lead)))
        {
            // "“...,” she said" — unless the quote is also introduced right before ("When someone shouted, “Cruz,” Beck joked")
            Adjacent = true;
            return after;
        }

        if (before.HasSpeaker)
        {
            Adjacent = beforeAdjacent;
            return before;
        }

        // a reporting clause later in the sentence of a partial quote
        if (!StartsSentence && q.Closed)
        {
            trail = new TokenWindow(text, _buffer);
            trail.Add(trailFrom, trailEnd);
            var general = FindAfter(ref trail, adjacentOnly: false);
            if (general.HasSpeaker) return general;
        }

        // a quote ending its sentence with "?”" or ".”" and the reporting clause in the next
        // sentence of the paragraph: "“Did you know?” Todd asked."
        if (q.Closed && !before.HasCue && closeSentence >= 0 && closeSentence + 1 < sentences.Length
            && sentences[closeSentence + 1].Paragraph == sentences[closeSentence].Paragraph
            && (sentences[closeSentence].End <= q.CloseMark + 1 && EndsWithTerminal(text, q.Start, q.CloseMark) || abbreviationSplit))
        {
            int nextTo = Math.Min(Math.Min(sentences[closeSentence + 1].End, next), trailFrom + MaxTrail);
            trail = new TokenWindow(text, _buffer);
            trail.Add(trailFrom, nextTo);
            var spill = FindAfter(ref trail, adjacentOnly: true);
            if (spill.HasSpeaker)
            {
                Adjacent = true;
                return spill;
            }
        }

        if (before.HasCue) return before;
        return after.HasCue ? after : Attribution.None;
    }

    /// <summary>A paragraph before the quote's that ends with a colon introduces it: "Cruz continued:".</summary>
    public Attribution LeadIn(int qi)
    {
        var q = _quotes[qi];
        if (q.OpenMark < 0) return Attribution.None;
        int p = q.FirstParagraph;
        var paragraphs = _document.Paragraphs;
        var text = _document.Normalized;
        if (p == 0 || SkipSpace(text, paragraphs[p].Start) != q.OpenMark) return Attribution.None;
        var prev = paragraphs[p - 1];
        int end = prev.End;
        while (end > prev.Start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end == prev.Start || text[end - 1] != ':') return Attribution.None;
        int s = _document.SentenceAt(end - 1);
        int from = s >= 0 ? Math.Max(_document.SentenceSpan[s].Start, end - MaxLead) : Math.Max(prev.Start, end - MaxLead);
        var lead = new TokenWindow(text, _buffer);
        lead.Add(from, end);
        var a = FindBefore(ref lead, out _);
        if (a.HasSpeaker) return a;
        if (lead.ParseSentenceSubject(0, lead.Count, out var subject))
        {
            a = Attribution.None;
            a.Speaker = subject;
            a.Source = AttributionSource.Before;
            return a;
        }

        return Attribution.None;
    }

    /// <summary>A reporting clause with a subject in the two sentences before the quote's ("It also said ...").</summary>
    public Attribution FromContext(int qi)
    {
        var q = _quotes[qi];
        int anchor = q.OpenMark >= 0 ? q.OpenMark : q.Start;
        int s = _document.SentenceAt(anchor);
        if (s < 0) return Attribution.None;
        var sentences = _document.SentenceSpan;
        var text = _document.Normalized;
        for (int k = s - 1; k >= Math.Max(0, s - 2); k--)
        {
            var sentence = sentences[k];
            if (sentences[s].Paragraph - sentence.Paragraph > 1) break;
            // a sentence holding a quote has its own attribution; skip it
            var window = new TokenWindow(text, _buffer);
            window.Add(sentence.Start, Math.Min(sentence.End, sentence.Start + MaxLead));
            for (int c = 0; c < window.Count; c++)
            {
                if (!window.IsCue(c, out var cue) || cue.Form != CueForm.Finite || !QuoteLexicon.IsCoreSpeech(cue.Lemma)) continue;
                if (window.ParseLeft(c, 0, out var m))
                {
                    return new Attribution
                    {
                        Speaker = m, CueStart = window[c].Start, CueEnd = window[c].End, Cue = cue, Source = AttributionSource.Context,
                    };
                }
            }
        }

        return Attribution.None;
    }

    private static int SkipSpace(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>Adds the words of the quote's sentence before its opening mark, leaving out earlier quotes' words but keeping their marks.</summary>
    private void AddLead(ref TokenWindow lead, int qi, int leadFrom)
    {
        var q = _quotes[qi];
        int to = q.OpenMark >= 0 ? q.OpenMark : q.Start;
        int from = Math.Max(leadFrom, to - MaxLead);
        // earlier quotes inside [from, to): holes
        Span<int> holeStart = stackalloc int[MaxHoles];
        Span<int> holeEnd = stackalloc int[MaxHoles];
        int holes = 0;
        for (int j = qi - 1; j >= 0; j--)
        {
            var p = _quotes[j];
            int pEnd = p.Closed ? p.CloseMark : p.End;
            if (pEnd < from) break;
            if (holes == MaxHoles)
            {
                from = pEnd + 1;
                break;
            }

            holeStart[holes] = p.Start;
            holeEnd[holes] = p.End;
            holes++;
        }

        int at = from;
        for (int h = holes - 1; h >= 0; h--)
        {
            if (holeEnd[h] <= at) continue;
            if (holeStart[h] > at) lead.Add(at, holeStart[h]);
            at = Math.Max(at, holeEnd[h]);
        }

        lead.Add(at, to);
    }

    /// <summary>The last sentence starting at or before <paramref name="pos"/> (the sentence splitter leaves gaps), or -1.</summary>
    private int SentenceAtOrBefore(int pos)
    {
        var sentences = _document.SentenceSpan;
        int lo = 0, hi = sentences.Length - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].Start <= pos)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The quoted words end with a terminal mark, possibly inside nested closing marks: "…help?’".</summary>
    private static bool EndsWithTerminal(ReadOnlySpan<char> text, int start, int close)
    {
        int i = close - 1;
        while (i > start && TokenWindow.IsQuoteMark(text[i])) i--;
        return i >= start && text[i] is '?' or '!' or '.' or '…';
    }

    /// <summary>The sentence splitter may end a sentence after "Gov." or "Sen.": "“...,” Gov. | Kasich replied."</summary>
    private static bool TrailEndsWithAbbreviation(ref TokenWindow w)
    {
        int n = w.Count;
        if (n < 2 || n > 6 || !w.IsPunct(n - 1, '.') || !w.IsCapitalised(n - 2) || w[n - 2].Length > 4) return false;
        var word = w.Word(n - 2);
        return QuoteLexicon.IsTitle(word) || QuoteLexicon.IsHonorific(word) || word.Length == 1;
    }

    private static bool LeadEndsWithComma(ref TokenWindow w) => w.Count > 0 && (w.IsPunct(w.Count - 1, ',') || w.IsPunct(w.Count - 1, ':'));

    private static bool HasWord(ref TokenWindow w)
    {
        for (int i = 0; i < w.Count; i++)
        {
            if (w.IsWord(i)) return true;
        }

        return false;
    }

    private static bool HasWordBeforeStop(ref TokenWindow w)
    {
        for (int i = 0; i < w.Count; i++)
        {
            if (w.IsWord(i)) return true;
            if (w.PunctAt(i) is '.' or '?' or '!') return false;
        }

        return false;
    }

    /// <summary>The reporting clause after a quote.</summary>
    private static Attribution FindAfter(ref TokenWindow w, bool adjacentOnly)
    {
        int n = w.Count;
        int i = 0;
        while (i < n && w.IsPunct(i) && w.PunctAt(i) is ',' or '.' or '?' or '!' or ')' or ']' or '…' or '’' or '\'' or '”' or '"') i++;
        if (i >= n) return Attribution.None;
        bool dash = w.IsPunct(i) && TokenWindow.IsDash(w.PunctAt(i));
        if (dash) i++;
        if (i >= n || !w.IsWord(i)) return Attribution.None;
        // the window ends with the quote's sentence; a question or exclamation mark or semicolon ends the clause
        int stop = i;
        while (stop < n && !(w.PunctAt(stop) is '?' or '!' or ';')) stop++;

        if (w.IsCue(i, out var cue))
        {
            // "said Mr. Smith", "said the report"
            var a = new Attribution { CueStart = w[i].Start, CueEnd = w[i].End, Cue = cue, Source = AttributionSource.After };
            if (w.ParseRight(i, stop, out var m)) a.Speaker = m;
            return a;
        }

        if (w.IsAccordingTo(i))
        {
            var a = new Attribution { CueStart = w[i].Start, CueEnd = w[i + 1].End, Cue = new CueWord("according to", CueForm.Finite, true, CueLean.None), Source = AttributionSource.After };
            if (w.ParseRight(i + 1, stop, out var m)) a.Speaker = m;
            return a;
        }

        int limit = adjacentOnly ? Math.Min(stop, i + AdjacentTokens) : stop;
        for (int c = i + 1; c < limit; c++)
        {
            if (w.IsAccordingTo(c) && w.IsPunct(c - 1, ','))
            {
                if (adjacentOnly) break;
                var a = new Attribution { CueStart = w[c].Start, CueEnd = w[c + 1].End, Cue = new CueWord("according to", CueForm.Finite, true, CueLean.None), Source = AttributionSource.After };
                if (w.ParseRight(c + 1, stop, out var m)) a.Speaker = m;
                return a;
            }

            if (!w.IsCue(c, out cue) || cue.Form == CueForm.Participle) continue;
            if (w.ParseLeft(c, i, out var mention))
            {
                if (adjacentOnly && !OnlyModifiersBefore(ref w, i, mention.Start)) return Attribution.None;
                if (!adjacentOnly && !IsClauseStart(ref w, mention.Start, i)) continue;
                return new Attribution { Speaker = mention, CueStart = w[c].Start, CueEnd = w[c].End, Cue = cue, Source = AttributionSource.After };
            }

            if (adjacentOnly) return Attribution.None;
        }

        if (adjacentOnly && !dash)
        {
            // a reporting verb the lexicon lacks, right after the quote: "“...?” Hannity pressed.", "“...,” remembered Roy Verley"
            for (int c = i; c < Math.Min(stop, i + AdjacentTokens); c++)
            {
                if (!w.IsLower(c) || !w.Word(c).EndsWith("ed", StringComparison.Ordinal) || QuoteLexicon.IsStopWord(w.Word(c))) continue;
                bool clauseEnds = c + 1 >= stop || w.IsPunct(c + 1) || w.IsWord(c + 1) && w.Word(c + 1) is "in" or "on" or "at" or "during" or "before" or "after" or "as" or "with" or "to" or "from" or "while";
                if (c == i && w.IsCapitalised(c + 1) && w.ParseRight(c, stop, out var inverted) && inverted.Kind == MentionKind.Person)
                {
                    return new Attribution { Speaker = inverted, CueStart = w[c].Start, CueEnd = w[c].End, Cue = new CueWord("", CueForm.Finite, true, CueLean.None), Source = AttributionSource.After };
                }

                if (c > i && clauseEnds && w.ParseLeft(c, i, out var subject) && subject.Kind != MentionKind.Document && OnlyModifiersBefore(ref w, i, subject.Start))
                {
                    return new Attribution { Speaker = subject, CueStart = w[c].Start, CueEnd = w[c].End, Cue = new CueWord("", CueForm.Finite, true, CueLean.None), Source = AttributionSource.After };
                }

                break;
            }
        }

        if (dash && adjacentOnly && w.IsCapitalised(i))
        {
            // "..." ― Sonya Herridge
            if (w.ParseRight(i - 1, stop, out var m) && m.Kind is MentionKind.Person or MentionKind.Organisation)
            {
                return new Attribution { Speaker = m, CueStart = -1, CueEnd = -1, Source = AttributionSource.After };
            }
        }

        return Attribution.None;
    }

    /// <summary>
    /// True when the words between the quote and the mention could be modifiers of the mention
    /// ("Tulsa police Chief Chuck Jordan said"), not a clause of their own ("after Ofsted said").
    /// </summary>
    private static bool OnlyModifiersBefore(ref TokenWindow w, int first, int mentionStart)
    {
        int count = 0;
        for (int t = first; t < w.Count && w[t].Start < mentionStart; t++)
        {
            if (w.IsCapitalised(t) && !w.IsCue(t, out _) && ++count <= 5) continue; // "Channel Nine Breakfast co-host Sam Reyes"
            if (t == first && w.Has(t, WordFlags.Determiner) && w.IsLower(t)) continue; // "an angry Hollande", "another New Hampshire Republican"
            if (w.IsPunct(t, '.') && t > first && w.IsCapitalised(t - 1)) continue;
            if (!w.IsWord(t) || QuoteLexicon.IsStopWord(w.Word(t)) || QuoteLexicon.IsDeterminer(w.Word(t)) || w.IsCue(t, out _) || ++count > 5) return false;
        }

        return true;
    }

    /// <summary>A reporting clause later in a sentence must open a clause: after a comma or the quote itself.</summary>
    private static bool IsClauseStart(ref TokenWindow w, int mentionStart, int first)
    {
        for (int t = first; t < w.Count; t++)
        {
            if (w[t].Start != mentionStart) continue;
            return t == first || w.IsPunct(t - 1, ',') || w.IsPunct(t - 1) && TokenWindow.IsDash(w.PunctAt(t - 1));
        }

        return false;
    }

    /// <summary>The reporting clause before a quote in its sentence: the nearest reporting verb with its subject.</summary>
    private static Attribution FindBefore(ref TokenWindow w, out bool adjacent)
    {
        int last = w.Count - 1;
        // "Frank Newport and Jim Harter: “...”", "Pollsters agree - Carl Bialik: “...”": a name standing alone before a colon
        if (last > 0 && w.IsPunct(last, ':') && w.ParseLeft(last, 0, out var m) && m.Kind != MentionKind.Pronoun)
        {
            int first = w.TokenAt(m.Start);
            if (first == 0 || w.IsPunct(first - 1) && TokenWindow.IsDash(w.PunctAt(first - 1)))
            {
                adjacent = true;
                return new Attribution { Speaker = m, CueStart = -1, CueEnd = -1, Source = AttributionSource.Before };
            }
        }

        var found = FindBeforeCue(ref w, out adjacent);
        if (found.HasCue || found.HasSpeaker) return found;
        // "Lee’s letter sets out a free-market case: “...”": the clause's subject introduces the quote
        if (last > 0 && w.IsPunct(last, ':') && w.ParseClauseSubject(0, last, out m))
        {
            adjacent = true;
            return new Attribution { Speaker = m, CueStart = -1, CueEnd = -1, Source = AttributionSource.Before };
        }

        // "Obama's “if you like your plan, you can keep it” promise": the owner said it
        if (last >= 0 && w.IsCapitalised(last) && w.IsPossessiveAt(last))
        {
            var owner = w.PossessiveOwner(last);
            if (!owner.IsEmpty)
            {
                return new Attribution { Speaker = owner, CueStart = -1, CueEnd = -1, Source = AttributionSource.Before };
            }
        }

        return found;
    }

    private static Attribution FindBeforeCue(ref TokenWindow w, out bool adjacent)
    {
        adjacent = false;
        int n = w.Count;
        for (int c = n - 1; c >= 0; c--)
        {
            if (w.IsAccordingTo(c))
            {
                int end = c + 2;
                while (end < n && !w.IsPunct(end, ',')) end++;
                var a = new Attribution { CueStart = w[c].Start, CueEnd = w[c + 1].End, Cue = new CueWord("according to", CueForm.Finite, true, CueLean.None), Source = AttributionSource.Before };
                if (w.ParseRight(c + 1, end, out var m)) a.Speaker = m;
                adjacent = end >= n - 1;
                return a;
            }

            if (!w.IsCue(c, out var cue)) continue;
            var found = new Attribution { CueStart = w[c].Start, CueEnd = w[c].End, Cue = cue, Source = AttributionSource.Before };
            adjacent = n - 1 - c <= 2;
            if (cue.Form == CueForm.Participle)
            {
                // "a sign saying", "a statement reading": the document speaks
                if (!w.IsPunct(c - 1, ',') && w.ParseLeft(c, 0, out var doc) && doc.Kind == MentionKind.Document)
                {
                    found.Speaker = doc;
                    return found;
                }

                // "Henderson vowed to improve ..., saying:" — the main clause's subject
                for (int c2 = c - 1; c2 >= 0; c2--)
                {
                    if (w.IsCue(c2, out var main) && main.Form == CueForm.Finite && w.ParseLeft(c2, 0, out var m2))
                    {
                        found.Speaker = m2;
                        if (main.Lean != CueLean.None)
                        {
                            found.Cue = main;
                            found.CueStart = w[c2].Start;
                            found.CueEnd = w[c2].End;
                        }

                        return found;
                    }
                }

                // "with inspectors noting:"
                if (!w.IsPunct(c - 1, ',') && w.ParseLeft(c, 0, out var m) && m.Kind != MentionKind.Document)
                {
                    found.Speaker = m;
                    return found;
                }

                if (w.ParseClauseSubject(0, c, out m))
                {
                    found.Speaker = m;
                }

                return found;
            }

            if (w.ParseLeft(c, 0, out var subject))
            {
                found.Speaker = subject;
                return found;
            }

            if (cue.Form == CueForm.Bare && w.IsWord(c - 1) && w.Word(c - 1) is "to")
            {
                // "The email went on to say", "he wanted to add"
                for (int v = c - 2; v >= Math.Max(0, c - 5); v--)
                {
                    if (w.IsWord(v) && w.Word(v) is "on" && w.IsWord(v - 1) && w.Word(v - 1) is "went" or "goes" or "go") continue; // "went on to say"
                    if (w.IsWord(v) && TokenWindow.IsGoverningVerb(w.Word(v)) && w.ParseLeft(v, 0, out subject))
                    {
                        found.Speaker = subject;
                        return found;
                    }
                }
            }

            if ((c == 0 || w.IsPunct(c - 1)) && w.ParseRight(c, n, out subject))
            {
                found.Speaker = subject;
                return found;
            }

            // "... and added that": the subject of an earlier reporting verb in the sentence
            if (w.IsWord(c - 1) && w.Word(c - 1) is "and" or "but" or "then" or "also" || w.IsPunct(c - 1, ','))
            {
                for (int c2 = c - 1; c2 >= 0; c2--)
                {
                    if (w.IsCue(c2, out var earlier) && earlier.Form == CueForm.Finite && w.ParseLeft(c2, 0, out var m2))
                    {
                        found.Speaker = m2;
                        return found;
                    }
                }

                // "Inspectors visited the council and found that ...": the clause's subject
                if (w.IsWord(c - 1) && w.Word(c - 1) is "and" && w.ParseClauseSubject(0, c - 1, out var m3) && m3.Kind != MentionKind.Document)
                {
                    found.Speaker = m3;
                    return found;
                }
            }

            return found;
        }

        return Attribution.None;
    }
}
