using ReportMining.Sentiment;
using ReportMining.Text;

namespace ReportMining.Quotes;

/// <summary>
/// Finds direct quotations with their speakers and stance: <see cref="QuoteScanner"/> finds the
/// spans between quote marks in one pass, <see cref="QuoteAttributor"/> reads the reporting clause
/// beside each, this class decides which spans are quotations (not grade words, scare quotes or
/// titles), carries speakers over to quotes that continue an earlier one, resolves names and
/// pronouns with <see cref="SpeakerRegistry"/>, and reads the stance with <see cref="StanceReader"/>.
/// </summary>
internal sealed class QuoteExtractor
{
    /// <summary>The quotes of the document; stance comes from <see cref="AnalysisContext.Classifier"/>.</summary>
    public IReadOnlyList<Quote> Extract(AnalysisContext context) => Extract(context.Document, context.Classifier);

    /// <summary>The quotes of <paramref name="document"/>, in order.</summary>
    /// <param name="document">The parsed document.</param>
    /// <param name="classifier">The sentence models.</param>
    /// <param name="trace">When given, receives for each quote how its speaker was found (for diagnostics).</param>
    public static List<Quote> Extract(Document document, ISentenceClassifier classifier, List<string>? trace = null)
    {
        var scratch = QuoteScratch.Rent();
        try
        {
            return Extract(document, classifier, trace, scratch);
        }
        finally
        {
            QuoteScratch.Return(scratch);
        }
    }

    private static List<Quote> Extract(Document document, ISentenceClassifier classifier, List<string>? trace, QuoteScratch scratch)
    {
        var text = document.Normalized;
        var raw = scratch.Raw;
        QuoteScanner.Scan(text, document.Paragraphs, raw);
        var result = new List<Quote>();
        if (raw.Count == 0) return result;
        // which marks the writer uses for speech: a story that quotes people in double marks uses
        // single marks for scare quotes, titles and headlines ('inadequate', the 'make safe' team)
        bool doubleForSpeech = UsesDoubleMarksForSpeech(text, raw);
        var attributor = new QuoteAttributor(document, raw, scratch.Attribution);
        var registry = new SpeakerRegistry(scratch);
        var leanBuffer = scratch.Lean;
        int lastKept = -1;
        var lastAttribution = Attribution.None;
        ResolvedSpeaker lastSpeaker = ResolvedSpeaker.None;
        for (int qi = 0; qi < raw.Count; qi++)
        {
            var q = raw[qi];
            var words = text[q.Start..q.End];
            int wordCount = CountWords(words, 8);
            if (wordCount == 0 || QuoteLexicon.IsGradePhrase(words)) continue;
            var a = attributor.Attribute(qi);
            bool startsSentence = attributor.StartsSentence;
            bool adjacent = attributor.Adjacent;
            var sentence = attributor.Sentence;
            if (q.FirstParagraph == 0 && IsHeadline(document)
                && !(adjacent && a.HasCue && a.Cue.Speech && (a.Source == AttributionSource.After || PreviousNonSpace(text, q.OpenMark) is ':' or ',')))
            {
                // a headline's quote marks tease the story's quotes; a quote with its own
                // "..., X said" in an opening line is a quote all the same
                continue;
            }

            if (!a.HasSpeaker)
            {
                var leadIn = attributor.LeadIn(qi);
                if (leadIn.HasSpeaker)
                {
                    a = leadIn;
                }
                else if (lastKept >= 0 && raw[lastKept].Double == q.Double && Continues(text, document, raw[lastKept], q) && lastAttribution.HasSpeaker)
                {
                    a = lastAttribution;
                    a.Source = AttributionSource.Continued;
                }
            }

            if (!IsQuotation(text, q, a, wordCount, startsSentence, adjacent)) continue;
            if (!q.Double && doubleForSpeech && !(wordCount >= 6 && adjacent && a.HasCue && a.Cue.Speech)) continue;
            if (!a.HasSpeaker && !a.HasCue)
            {
                // no reporting clause of its own: the speaker of a reporting clause just before ("It also said ...")
                var context = attributor.FromContext(qi);
                if (context.HasSpeaker) a = context;
            }

            ResolvedSpeaker speaker;
            if (a.Source == AttributionSource.Continued)
            {
                speaker = lastSpeaker;
            }
            else
            {
                speaker = a.HasSpeaker ? registry.Resolve(a.Speaker, text) : ResolvedSpeaker.None;
                registry.Remember(speaker);
            }

            bool fragment = wordCount < 5;
            var lean = a.HasCue && a.Cue.Lean != CueLean.None ? a.Cue.Lean : LeanOf(text, sentence, q, leanBuffer);
            var (stance, confidence, areas) = StanceReader.Read(classifier, text, new TextSpan(q.Start, q.End), sentence, fragment, lean);
            result.Add(new Quote
            {
                Text = document.Text[q.Start..q.End],
                Start = q.Start,
                End = q.End,
                Segments = q.Segments is { Count: > 1 } ? q.Segments.ToArray() : [],
                Speaker = speaker.Name,
                SpeakerRole = speaker.Role,
                SpeakerStart = speaker.Name is null ? null : speaker.Start,
                SpeakerEnd = speaker.Name is null ? null : speaker.End,
                SpeakerRoleStart = speaker.Role is null ? null : speaker.RoleStart,
                SpeakerRoleEnd = speaker.Role is null ? null : speaker.RoleEnd,
                SpeakerMentionStart = a.HasSpeaker ? a.Speaker.Start : null,
                SpeakerMentionEnd = a.HasSpeaker ? a.Speaker.End : null,
                Cue = a.HasCue ? QuoteLexicon.CueText(document.Text.AsSpan(a.CueStart, a.CueEnd - a.CueStart)) : null,
                CueStart = a.HasCue ? a.CueStart : null,
                CueEnd = a.HasCue ? a.CueEnd : null,
                Stance = stance,
                Confidence = confidence,
                Areas = areas,
            });
            trace?.Add(a.Source + (a.HasCue ? "/" + document.Text[a.CueStart..a.CueEnd] : "") + (adjacent ? "/adjacent" : ""));
            lastKept = qi;
            lastAttribution = a;
            lastSpeaker = speaker;
        }

        return result;
    }

    /// <summary>
    /// Whether a quoted span is a quotation. Grade words and empty spans never are, nor titles
    /// (MSNBC’s “Morning Joe”, on “Meet the Press”, “Headline,” by Name), transcripts whose lines
    /// open with a speaker label, or quotes typed with doubled marks ('' … '', see below). A long
    /// double-quoted span is a quotation unless it reads as a title with no one saying it; a
    /// short one ("improved dramatically", "Too forced?") needs a reporting clause of its own or
    /// must continue a quote, and a term in quote marks after an article with only a distant
    /// reporting clause (the “confidential” level, according to ...) is a scare quote. Single
    /// quotes are apostrophes' cousins, so a single-quoted span must be attributed.
    /// </summary>
    /// <remarks>
    /// Quotes typed with doubled apostrophes ('' … '', the ASCII newswire convention) are read
    /// for structure (so the single quotes inside them are nested, not quotes of their own) but
    /// not reported: the PolNeAR gold this stage is measured on leaves them out.
    /// </remarks>
    private static bool IsQuotation(ReadOnlySpan<char> text, RawQuote q, in Attribution a, int wordCount, bool startsSentence, bool adjacent)
    {
        if (q.Doubled) return false;
        // a speaker without a reporting verb (a name before a colon, an owner: Obama's "...") attributes long quotes only
        bool attributed = a.HasCue || a.HasSpeaker && (wordCount >= 5 || a.Source is AttributionSource.After or AttributionSource.Continued);
        var words = text[q.Start..q.End];
        if (IsTranscriptLine(words)) return false;
        if (!q.Closed) return q.Double && wordCount >= 4;
        bool close = adjacent || a.Source is AttributionSource.Before or AttributionSource.Continued;
        bool titleLike = IsTitleLike(words);
        if (wordCount < 6 && (AfterPossessive(text, q.OpenMark) || titleLike && InTitleContext(text, q.OpenMark) || BeforeTitleNoun(text, q.CloseMark))
            || FollowedByByline(text, q.CloseMark))
        {
            // MSNBC’s “Morning Joe”, on “Meet the Press”, “An artist gets a show,” by Jo Bloggs: titles
            return false;
        }

        if (!attributed && wordCount < 5 && q.OpenMark > 0 && PreviousNonSpace(text, q.OpenMark) == ':')
        {
            // a campaign message: "It's about me."
            return true;
        }

        if (!q.Double)
        {
            // single marks also make scare quotes and names of schemes (the ‘toxic trio’, a ‘deep-dive’
            // audit): a short single-quoted span needs a verb of saying ("parents describe the service as ‘amazing’")
            if (!attributed || titleLike) return false;
            if (wordCount <= 3) return close && a.HasCue && a.Cue.Speech;
            return wordCount >= 4 || close;
        }

        if (wordCount >= 5)
        {
            return attributed || !titleLike;
        }

        if (a.Source == AttributionSource.Continued) return startsSentence;
        if (!attributed) return false;
        if (titleLike && !(a.HasCue && a.Cue.Speech && adjacent)) return false;
        if (close) return true;
        // a reporting clause later in the sentence: a quoted predicate ("have “improved
        // dramatically”, the report states"), but not a term after an article (“the “confidential” level")
        return a.Source == AttributionSource.After && !AfterDeterminer(text, q.OpenMark);
    }

    /// <summary>True when at least two closed double-quoted spans of four words or more are full sentences of speech.</summary>
    private static bool UsesDoubleMarksForSpeech(ReadOnlySpan<char> text, List<RawQuote> raw)
    {
        int speech = 0;
        foreach (var q in raw)
        {
            if (!q.Double || !q.Closed || q.Doubled) continue;
            var words = text[q.Start..q.End];
            if (CountWords(words, 4) >= 4 && StartsUpper(words) && ++speech >= 2) return true;
        }

        return false;
    }

    /// <summary>The word after the closing mark makes the quoted words a name: the “Avatar” star, the “Perception” syllabus.</summary>
    private static bool BeforeTitleNoun(ReadOnlySpan<char> text, int close)
    {
        int i = close + 1;
        while (i < text.Length && text[i] is ' ' or '\u00A0') i++;
        int s = i;
        while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-')) i++;
        var word = text[s..i];
        return word is "star" or "actor" or "actress" or "host" or "author" or "creator" or "movie" or "show" or "series" or "episode"
            or "book" or "film" or "album" or "song" or "documentary" or "hashtag" or "slogan" or "movement" or "campaign" or "ad"
            or "segment" or "syllabus" or "rating" or "ratings" or "programme" or "program" or "strategy" or "policy" or "initiative"
            or "scheme" or "project" or "award" or "label" or "brand" or "logo" or "app" or "website" or "podcast" or "column";
    }

    /// <summary>The word before the mark at <paramref name="mark"/> introduces a title: on, in, of, titled, called.</summary>
    private static bool InTitleContext(ReadOnlySpan<char> text, int mark)
    {
        var word = WordBefore(text, mark);
        return word is "on" or "in" or "of" or "to" or "at" or "from" or "for" or "by" or "with" or "and" or "titled" or "entitled" or "called"
            or "named" or "dubbed" or "headlined" or "told" or "show" or "program" or "programme" or "book" or "film" or "movie" or "series"
            or "album" or "song" or "documentary" or "novel" or "play" or "column" or "op-ed" or "article" or "piece" or "essay" or "report";
    }

    private static bool AfterDeterminer(ReadOnlySpan<char> text, int mark)
    {
        var word = WordBefore(text, mark);
        return !word.IsEmpty && QuoteLexicon.IsDeterminer(word);
    }

    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> text, int mark)
    {
        int i = mark - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        int end = i + 1;
        while (i >= 0 && (char.IsLetter(text[i]) || text[i] == '-')) i--;
        return text[(i + 1)..end];
    }

    /// <summary>A byline after the closing mark: “An artist gets a show,” by Jo Bloggs.</summary>
    private static bool FollowedByByline(ReadOnlySpan<char> text, int close)
    {
        int i = close + 1;
        while (i < text.Length && text[i] is ',' or '.' or ' ') i++;
        return i + 3 < text.Length && text[i] == 'b' && text[i + 1] == 'y' && text[i + 2] == ' ' && char.IsUpper(text[i + 3]);
    }

    /// <summary>
    /// A first paragraph that is a single short line followed by more text is a headline; the
    /// quote marks in a headline repeat (or tease) quotes of the story and are not reported.
    /// </summary>
    private static bool IsHeadline(Document document)
    {
        if (document.Paragraphs.Count < 2) return false;
        var first = document.Paragraphs[0];
        // a headline, possibly with a one-line deck under it
        var lines = document.Text.AsSpan(first.Start, first.Span.Length);
        int breaks = lines.Count('\n');
        return first.Span.Length <= 250 && (breaks == 0 && first.SentenceCount == 1 || breaks == 1 && first.SentenceCount <= 2);
    }

    /// <summary>A transcript's speaker label opens the quoted words: "WALLACE: Let’s start ...".</summary>
    private static bool IsTranscriptLine(ReadOnlySpan<char> words)
    {
        int i = 0;
        while (i < words.Length && (char.IsUpper(words[i]) || words[i] is ' ' or '.' or '-' or '\'')) i++;
        return i >= 2 && i < words.Length && words[i] == ':' && char.IsUpper(words[0]) && char.IsUpper(words[1]);
    }

    private static char PreviousNonSpace(ReadOnlySpan<char> text, int i)
    {
        while (--i >= 0)
        {
            if (!char.IsWhiteSpace(text[i])) return text[i];
        }

        return '\0';
    }

    /// <summary>True when a possessive stands just before the mark at <paramref name="mark"/>: "CNN's".</summary>
    private static bool AfterPossessive(ReadOnlySpan<char> text, int mark)
    {
        int i = mark - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        if (i < 2) return false;
        if (text[i] is 's' or 'S' && text[i - 1] is '\'' or '’') return true;
        return text[i] is '\'' or '’' && text[i - 1] is 's' && char.IsLetter(text[i - 2]);
    }

    /// <summary>True when quote <paramref name="q"/> continues the speech of <paramref name="previous"/>: same paragraph, or opening the next one.</summary>
    private static bool Continues(ReadOnlySpan<char> text, Document document, RawQuote previous, RawQuote q)
    {
        if (q.FirstParagraph == previous.LastParagraph) return true;
        if (q.FirstParagraph != previous.LastParagraph + 1 || q.OpenMark < 0) return false;
        int start = document.Paragraphs[q.FirstParagraph].Start;
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        return start == q.OpenMark;
    }

    private static bool StartsUpper(ReadOnlySpan<char> words)
    {
        foreach (char c in words)
        {
            if (char.IsLetter(c)) return char.IsUpper(c);
        }

        return false;
    }

    private static bool IsTitleLike(ReadOnlySpan<char> words)
    {
        int capital = 0, lower = 0;
        foreach (var t in Tokenizer.Tokenize(words))
        {
            if (t.Kind != TokenKind.Word) continue;
            var w = words.Slice(t.Start, t.Length);
            if (char.IsUpper(w[0])) capital++;
            else if (!(w is "of" or "the" or "and" or "a" or "an" or "in" or "on" or "for" or "to" or "with" or "at" or "by" or "is" or "are" or "from" or "as" or "or" or "vs" or "de")) lower++;
        }

        return capital > 0 && lower == 0;
    }

    private static int CountWords(ReadOnlySpan<char> words, int cap)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in words)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord && ++n >= cap) return n;
                inWord = true;
            }
            else if (c is not ('’' or '\'' or '-' or '\u00AD'))
            {
                inWord = false;
            }
        }

        return n;
    }

    /// <summary>A praising, criticising or promising verb in the reporting sentence outside the quote ("..., the report states, praising ...").</summary>
    private static CueLean LeanOf(ReadOnlySpan<char> text, TextSpan sentence, RawQuote q, TokenBuffer buffer)
    {
        var window = new TokenWindow(text, buffer);
        int from = Math.Max(sentence.Start, q.Start - 300);
        int to = Math.Min(sentence.End, q.End + 300);
        window.Add(from, Math.Max(from, q.Start));
        window.Add(Math.Min(to, q.End), to);
        for (int i = 0; i < window.Count; i++)
        {
            if (window.IsWord(i) && QuoteLexicon.TryCue(window.Word(i), out var cue) && cue.Lean != CueLean.None) return cue.Lean;
        }

        return CueLean.None;
    }
}
