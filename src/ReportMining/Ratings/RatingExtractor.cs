using System.Buffers;
using ReportMining.Dates;
using ReportMining.Inspections;
using ReportMining.Text;
using static ReportMining.Ratings.RatingLexicon;

namespace ReportMining.Ratings;

/// <summary>
/// Finds grade statements in prose and news: "raised to 'good'", "previously rated
/// inadequate", "was judged to require improvement", "downgraded from good to requires
/// improvement", "remains good", "the same grade as at its 2017 inspection", "not yet good".
/// Each has its grade, the grade before and the change when the sentence gives them, the
/// judgement area, whose services (the council named in the sentence, else the one named last
/// before it: "the council" and "its" resolve to it), the date of the judgement when the text
/// gives it, and whether it is negated. Ordinary uses of the words are not ratings: a grade
/// word followed by a noun ("good-quality placements", "a good service", "inadequate housing")
/// or without a rating word or a service as its subject.
/// </summary>
/// <remarks>
/// The extractor finds grade words with a vectorised search, then reads only the sentences
/// that hold one, by their tokens. The judgement table and graded headings of an inspection
/// report are its judgements, not prose ratings, and are skipped.
/// </remarks>
internal sealed class RatingExtractor
{
    private static readonly SearchValues<string> Triggers =
        SearchValues.Create(["good", "outstanding", "inadequate", "improvement", "adequate", "excellent", "performs"], StringComparison.OrdinalIgnoreCase);

    /// <summary>How far (in tokens) the extractor looks back from a grade for its rating word.</summary>
    private const int BackWindow = 10;

    private struct Mention
    {
        public int A;          // first token
        public int B;          // one past the last token
        public int Start;      // grade words
        public int End;
        public Grade Grade;
        public bool Accepted;
        public bool Consumed;  // used as the previous grade of another mention
        public bool Negated;
        public bool PastMarked;
        public int CueToken;   // the rating word, or -1
        public int SpanStart;
        public int SpanEnd;
        public Grade? Previous;
        public RatingChange? Change;
        public bool AfterFrom; // "from GRADE"
        public bool AfterTo;   // "to GRADE"
        public int PrevMention;
        public bool OnlyIfPaired; // "from GRADE": a grade statement only as the start of "from A to B"
    }

    /// <summary>The grade statements of the document.</summary>
    public IReadOnlyList<Rating> Extract(AnalysisContext context)
    {
        var doc = context.Document;
        var text = doc.Normalized;
        List<Rating>? results = null;
        List<bool>? earlier = null;
        AuthorityMentions? councils = null;
        var tokens = new List<Token>(128);
        var mentions = new List<Mention>(4);
        string? currentDate = null;
        bool currentDateKnown = false;
        int pos = 0;
        while (pos < text.Length)
        {
            int k = text[pos..].IndexOfAny(Triggers);
            if (k < 0) break;
            int at = pos + k;
            pos = at + 4;
            if (at > 0 && GradePhrase.IsWordChar(text[at - 1])) continue; // inside a word
            if (!MayBeGradeStatement(text, at)) continue;
            int si = doc.SentenceAt(at);
            if (si < 0) continue;
            var sentence = doc.SentenceSpan[si];
            pos = Math.Max(pos, sentence.End);
            mentions.Clear();
            Tokenise(text, sentence, tokens);
            FindMentions(text, tokens, mentions);
            if (mentions.Count == 0) continue;
            councils ??= new AuthorityMentions(doc.Text);
            if (!currentDateKnown)
            {
                currentDate = CurrentInspectionDate(context);
                currentDateKnown = true;
            }

            ReadSentence(context, text, sentence, tokens, mentions, councils, currentDate, ref results, ref earlier);
        }

        if (results is not null) CarryDates(results, earlier!, currentDate);
        return (IReadOnlyList<Rating>?)results ?? [];
    }

    /// <summary>
    /// A cheap look at a grade word before its sentence is read: it must be a grade phrase
    /// ("requires improvement" is found from "improvement") and be followed by what can follow a
    /// grade, not by a noun it qualifies ("good practice"), and have a rating word, a verb, "from",
    /// "to" or a quote mark a few words before it. Most grade words in reports stop here.
    /// </summary>
    private static bool MayBeGradeStatement(ReadOnlySpan<char> text, int at)
    {
        int start = at;
        if (text[at] is 'i' or 'I' && text[at..].StartsWith("improvement", StringComparison.OrdinalIgnoreCase))
        {
            // back to the word before: "requires", "required", "require"
            int b = at - 1;
            while (b >= 0 && (char.IsWhiteSpace(text[b]) || text[b] == '\u00AD')) b--;
            int be = b + 1;
            while (b >= 0 && char.IsLetter(text[b])) b--;
            start = b + 1;
            if (start >= be) return false;
        }

        int end = GradePhrase.Match(text, start, out var grade, allowOld: true);
        if (end < 0) return false;
        if (grade == Grade.RequiresImprovement) return true; // also a verb: its object may follow
        int k = end;
        while (k < text.Length && text[k] is ' ' or '’' or '\'' or '”' or '"' or '\u00AD') k++;
        if (k < text.Length && char.IsLetter(text[k]))
        {
            var next = GradePhrase.ReadWord(text, ref k);
            if (!next.IsEmpty && !AllowedNext.Contains(next)) return false;
        }

        // a rating word, a verb, "from"/"to" or a quote mark within a few words before
        int i = start - 1;
        while (i >= 0 && text[i] is ' ' or '\u00AD') i--;
        if (i >= 0 && text[i] is '‘' or '“' or '\'' or '"') return true;
        for (int words = 0; words < 8 && i >= 0; words++)
        {
            while (i >= 0 && !char.IsLetter(text[i]))
            {
                if (text[i] is '.' or ';' or '\n') return false;
                i--;
            }

            int e = i + 1;
            while (i >= 0 && (char.IsLetter(text[i]) || text[i] is '’' or '\'' or '-' or '\u00AD')) i--;
            var word = text[(i + 1)..e];
            if (Strong.Contains(word) || Copula.Contains(word) || Change.Contains(word) || word.Equals("from", StringComparison.OrdinalIgnoreCase)
                || word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("found", StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static void Tokenise(ReadOnlySpan<char> text, Sentence sentence, List<Token> tokens)
    {
        tokens.Clear();
        foreach (var t in Tokenizer.Tokenize(text[sentence.Start..sentence.End], sentence.Start))
        {
            tokens.Add(t);
            if (tokens.Count >= 400) break; // a runaway sentence: enough context
        }
    }

    private static void FindMentions(ReadOnlySpan<char> text, List<Token> tokens, List<Mention> mentions)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word) continue;
            char c = char.ToLowerInvariant(text[t.Start]);
            if (c is not ('g' or 'o' or 'i' or 'r' or 'a' or 'e' or 'p')) continue;
            int end = GradePhrase.Match(text, t.Start, out var grade, allowOld: true);
            if (end < 0) continue;
            int b = i + 1;
            while (b < tokens.Count && tokens[b].Start < end) b++;
            // the match must end on a token boundary ("good" in "goodwill" is not a grade)
            if (tokens[b - 1].End != end) continue;
            mentions.Add(new Mention { A = i, B = b, Start = t.Start, End = end, Grade = grade, CueToken = -1, PrevMention = -1, SpanStart = t.Start, SpanEnd = end });
            i = b - 1;
        }
    }

    private void ReadSentence(AnalysisContext context, ReadOnlySpan<char> text, Sentence sentence, List<Token> tokens, List<Mention> mentions,
        AuthorityMentions councils, string? currentDate, ref List<Rating>? results, ref List<bool>? earlier)
    {
        Span<bool> council = stackalloc bool[tokens.Count];
        // a report's own authority is the default subject: only the sentence itself is searched for another
        int lookback = context.Inspection?.LocalAuthority is null ? AuthorityMentions.Lookback : 0;
        var found = councils.Around(sentence.Start, sentence.End, lookback);
        for (int f = councils.FirstAtOrAfter(sentence.Start); f < found.Count && found[f].Start < sentence.End; f++)
        {
            var c = found[f];
            for (int i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Start < c.End && tokens[i].End > c.Start) council[i] = true;
            }
        }

        var s = new SentenceView(text, tokens, council);
        var judgements = context.Inspection?.Judgements;
        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (IsJudgementSpan(judgements, mention.Start) || IsGradedHeading(context, sentence, mention)) continue;
            Judge(s, ref mention, m > 0 ? mentions[m - 1].B : 0);
            mentions[m] = mention;
        }

        PairUp(s, mentions);

        for (int m = 0; m < mentions.Count; m++)
        {
            var mention = mentions[m];
            if (!mention.Accepted || mention.Consumed || (mention.OnlyIfPaired && mention.PrevMention < 0)) continue;
            var subject = SubjectOf(s, context, councils, sentence, mention, out bool otherProvider);
            var area = otherProvider ? null : AreaOf(s, mention) ?? (JudgementArea?)JudgementArea.OverallEffectiveness;
            string? date = DateOf(s, context, mention, mentions);
            if (date is null && !mention.PastMarked && !otherProvider && currentDate is not null)
            {
                date = IsMainSubject(context, councils, subject) ? currentDate : null;
            }

            int start = mention.SpanStart, end = mention.SpanEnd;
            var original = context.Document.Text;
            results ??= [];
            earlier ??= [];
            earlier.Add(mention.PastMarked);
            results.Add(new Rating
            {
                Grade = mention.Grade,
                PreviousGrade = mention.Previous,
                Change = mention.Change,
                Area = area,
                Subject = subject,
                Date = date,
                Negated = mention.Negated,
                Text = original[start..end],
                Start = start,
                End = end,
            });
        }
    }

    /// <summary>
    /// An earlier grade stated without a date ("Three years after it was judged inadequate,
    /// ...") takes the date of the same grade given to the same subject and area elsewhere in the
    /// document with a date ("Ofsted judged the council inadequate in May 2021"), when every
    /// such statement gives the same date, and that date is not the current inspection's (an
    /// earlier grade is not the one this inspection gives). A grade said to be unchanged is a
    /// later statement of it, not the same one, and neither gives nor takes a date.
    /// </summary>
    /// <param name="results">The document's ratings in text order.</param>
    /// <param name="earlier">For each rating, whether its statement is marked as past ("being rated", "was found at the last inspection").</param>
    /// <param name="currentDate">The current inspection's date (year and month), if known.</param>
    internal static void CarryDates(List<Rating> results, List<bool> earlier, string? currentDate)
    {
        for (int i = 0; i < results.Count; i++)
        {
            var r = results[i];
            if (r.Date is not null || !earlier[i] || r.Subject is null || r.Negated || r.Change == RatingChange.Unchanged) continue;
            string? date = null;
            bool agree = true;
            foreach (var other in results)
            {
                if (other.Date is null || other.Negated || other.Change == RatingChange.Unchanged || other.Grade != r.Grade
                    || other.Area != r.Area || !string.Equals(other.Subject, r.Subject, StringComparison.Ordinal))
                {
                    continue;
                }

                if (date is null) date = other.Date;
                else if (!string.Equals(date, other.Date, StringComparison.Ordinal)) agree = false;
            }

            if (date is not null && agree && !string.Equals(date, currentDate, StringComparison.Ordinal)) results[i] = r with { Date = date };
        }
    }

    /// <summary>A view of one sentence's tokens with word tests.</summary>
    private readonly ref struct SentenceView
    {
        public readonly ReadOnlySpan<char> Text;
        public readonly List<Token> Tokens;
        private readonly ReadOnlySpan<bool> _council;

        public SentenceView(ReadOnlySpan<char> text, List<Token> tokens, ReadOnlySpan<bool> council)
        {
            Text = text;
            Tokens = tokens;
            _council = council;
        }

        /// <summary>True when token <paramref name="i"/> is part of a council's name.</summary>
        public bool IsCouncil(int i) => i >= 0 && i < _council.Length && _council[i];

        public int Count => Tokens.Count;

        public bool IsWord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind != TokenKind.Punctuation;

        public ReadOnlySpan<char> W(int i) => Text.Slice(Tokens[i].Start, Tokens[i].Length);

        public bool Is(int i, string word) => IsWord(i) && W(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        public bool In(int i, WordSet set) => IsWord(i) && set.Contains(W(i));

        public bool IsQuote(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Punctuation && Text[Tokens[i].Start] is '‘' or '’' or '“' or '”' or '"' or '\'' or '«' or '»';

        /// <summary>Punctuation that ends a clause (quotes and hyphens do not).</summary>
        public bool IsBreak(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Punctuation
            && Text[Tokens[i].Start] is ',' or ';' or ':' or '(' or ')' or '–' or '—' or '.' or '!' or '?' or '[' or ']';

        /// <summary>The next token index after <paramref name="i"/> that is not a quote mark.</summary>
        public int NextNonQuote(int i)
        {
            while (i < Tokens.Count && IsQuote(i)) i++;
            return i;
        }

        /// <summary>The previous token index before <paramref name="i"/> (exclusive) that is not a quote mark.</summary>
        public int PrevNonQuote(int i)
        {
            i--;
            while (i >= 0 && IsQuote(i)) i--;
            return i;
        }

        public bool EndsWithNt(int i) => IsWord(i) && (W(i).EndsWith("n’t", StringComparison.OrdinalIgnoreCase) || W(i).EndsWith("n't", StringComparison.OrdinalIgnoreCase));

        public bool IsYear(int i) =>
            i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Number && Tokens[i].Length == 4 && Text[Tokens[i].Start] is '1' or '2';
    }

    /// <summary>Decides whether a grade word is a grade statement and reads its cue, negation, change and markers.</summary>
    private static void Judge(SentenceView s, ref Mention m, int floor)
    {
        int a = m.A, b = m.B;
        bool quotedBefore = s.IsQuote(a - 1);
        int after = s.NextNonQuote(b);
        bool quoted = quotedBefore && b < s.Count && s.IsQuote(b);
        bool fullRi = m.Grade == Grade.RequiresImprovement && s.W(b - 1).Equals("good", StringComparison.OrdinalIgnoreCase);
        bool riVerb = m.Grade == Grade.RequiresImprovement && !fullRi;

        // what follows: the end of a clause, a rating noun, or a word a grade can stand before
        bool followOk = after >= s.Count || s.IsBreak(after) || s.In(after, AllowedNext) || s.Tokens[after].Kind == TokenKind.Number;
        if (followOk && s.Is(after, "at"))
        {
            int n = after + 1;
            followOk = s.Is(n, "its") || s.Is(n, "the") || s.Is(n, "their") || s.Is(n, "this") || s.Is(n, "that") || s.Is(n, "a");
        }

        // "good or outstanding", "less than good", "at least adequate", "either good": a set of grades, not one
        int before = s.PrevNonQuote(a);
        if (s.Is(after, "or") || s.Is(before, "or") || s.Is(before, "than") || s.Is(before, "least") || s.Is(before, "either")
            || s.Is(before, "below") || s.Is(before, "above") || s.Is(before, "beyond")) return;

        if (riVerb && !followOk)
        {
            // "services require improvement in ..." reads as a verb: its object may follow
            followOk = true;
        }

        if (!followOk) return;

        // look back for the rating word, the verb, negation and markers
        int strong = -1, change = -1, weak = -1, nonFiller = 0;
        bool negated = false, beforeVerb = true, toBefore = false, asOrToBe = false;
        bool unchanged = false, improved = false, declined = false, past = false;
        int fromTo = s.PrevNonQuote(a);
        if (s.Is(fromTo, "to")) toBefore = true;
        if (s.Is(fromTo, "from")) m.AfterFrom = true;
        if (toBefore) m.AfterTo = true;
        if (s.Is(fromTo, "as") || (s.Is(fromTo, "be") && s.Is(s.PrevNonQuote(fromTo), "to"))) asOrToBe = true;
        int steps = 0;
        for (int j = a - 1; j >= floor && steps < BackWindow; j--)
        {
            if (s.IsQuote(j)) continue;
            if (s.IsBreak(j)) break;
            steps++;
            if (!s.IsWord(j)) { nonFiller++; continue; }
            if (s.In(j, ClauseBreak) && !(s.Is(j, "after") && (s.Is(j + 1, "being") || s.Is(j + 1, "it"))))
            {
                // "... the 2019 inspection, when services were found good": an earlier grade
                if (s.Is(j, "when") && MentionsInspectionBefore(s, j)) past = true;
                break;
            }
            var w = s.W(j);
            if (beforeVerb && (w.Equals("not", StringComparison.OrdinalIgnoreCase) || w.Equals("never", StringComparison.OrdinalIgnoreCase) || s.EndsWithNt(j)
                || (w.Equals("longer", StringComparison.OrdinalIgnoreCase) && s.Is(j - 1, "no"))))
            {
                negated = true;
            }

            if ((w.Equals("yet", StringComparison.OrdinalIgnoreCase) && s.Is(j + 1, "to")) || w.StartsWith("fail", StringComparison.OrdinalIgnoreCase))
            {
                negated = true; // "has yet to achieve good", "failed to reach good"
            }

            if (PastMarker.Contains(w) && !(w.Equals("being", StringComparison.OrdinalIgnoreCase) && (s.Is(j - 1, "is") || s.Is(j - 1, "are")))) past = true;
            if (Unchanged.Contains(w)) unchanged = true;
            if (Improved.Contains(w)) improved = true;
            if (Declined.Contains(w)) declined = true;
            bool nounLike = (w.Equals("rates", StringComparison.OrdinalIgnoreCase) || w.Equals("rate", StringComparison.OrdinalIgnoreCase)) && !asOrToBe; // "completion rates ... are good"
            if (strong < 0 && !nounLike && Strong.Contains(w) && (nonFiller <= 4 || (asOrToBe && nonFiller <= 7)))
            {
                strong = j;
                beforeVerb = false;
                // "was not rated", "has never been judged"
                for (int k = j - 1; k >= Math.Max(floor, j - 3); k--)
                {
                    if (s.Is(k, "not") || s.Is(k, "never") || s.EndsWithNt(k)) { negated = true; break; }
                    if (!(s.Is(k, "been") || s.Is(k, "be") || s.Is(k, "yet"))) break;
                }

                continue;
            }

            if (change < 0 && strong < 0 && Change.Contains(w) && (toBefore || m.AfterFrom) && nonFiller <= 1)
            {
                change = j;
                beforeVerb = false;
                continue;
            }

            if (weak < 0 && strong < 0 && Copula.Contains(w) && nonFiller == 0)
            {
                weak = j;
            }

            if (w.Equals("found", StringComparison.OrdinalIgnoreCase) && asOrToBe && strong < 0 && nonFiller <= 4)
            {
                strong = j;
                beforeVerb = false;
                continue;
            }

            if (!Filler.Contains(w))
            {
                nonFiller++;
                if (strong < 0 && change < 0) beforeVerb = false;
            }
        }

        // "remains" is both a state verb and a sign the grade did not change
        if (weak >= 0 && Unchanged.Contains(s.W(weak))) unchanged = true;

        // after the grade: "the same result as ...", "up from", "down from", "at its last inspection"
        for (int j = after; j < s.Count && j < after + 10; j++)
        {
            if (s.Is(j, "same") && (s.In(j + 1, SameNouns) || s.In(j + 2, SameNouns) || s.Is(j + 1, "as")))
            {
                unchanged = true;
                break;
            }

            if (s.Is(j, "unchanged") || (s.Is(j, "as") && s.Is(j + 1, "before")) || (j == after && s.Is(j, "again"))) { unchanged = true; break; }
            if ((s.Is(j, "second") || s.Is(j, "third") || s.Is(j, "fourth")) && (s.Is(j + 1, "time") || s.Is(j + 1, "consecutive") || s.Is(j + 1, "successive") || s.Is(j + 1, "inspection")))
            {
                unchanged = true;
                break;
            }
            if (s.Is(j, "up") && s.Is(j + 1, "from")) { improved = true; break; }
            if (s.Is(j, "down") && s.Is(j + 1, "from")) { declined = true; break; }
            if (j < after + 5 && (s.Is(j, "last") || s.Is(j, "previous") || s.Is(j, "earlier")) && !s.In(j + 1, ClauseBreak))
            {
                if (s.Is(j + 1, "inspection") || s.Is(j + 1, "time") || s.Is(j + 1, "year") || s.Is(j + 2, "inspection"))
                {
                    past = true;
                }

                break;
            }

            if (s.IsBreak(j) && !s.Is(j + 1, "the")) break;
        }

        int cue = strong >= 0 ? strong : change >= 0 ? change : weak;
        m.SpanStart = Math.Min(cue >= 0 ? s.Tokens[cue].Start : m.Start, m.Start);
        m.SpanEnd = quotedBefore && cue >= 0 && b < s.Count && s.IsQuote(b) ? s.Tokens[b].End : m.End;
        m.CueToken = cue;
        m.PastMarked = past;
        m.Negated = negated;

        bool accept;
        bool oldScale = m.Grade is Grade.Adequate or Grade.Excellent or Grade.PerformsWell or Grade.PerformsAdequately or Grade.PerformsPoorly;
        if (strong >= 0 && s.In(strong, ObjectVerbs) && !quoted && !GradeEndsObject(s, after))
        {
            accept = false; // "children receive good and effective help": an adjective, not a grade
        }
        else if (strong >= 0 || change >= 0)
        {
            accept = true;
        }
        else if (oldScale)
        {
            accept = false;
        }
        else if ((weak >= 0 || riVerb || fullRi) && HasServiceSubject(s, weak >= 0 ? weak : a, 0))
        {
            accept = true;
        }
        else if (quoted && (fullRi || SentenceMentionsRating(s)))
        {
            accept = true;
        }
        else if (m.AfterFrom || (toBefore && SentenceMentionsRating(s)))
        {
            accept = true; // "from inadequate to good": settled when pairing
            m.OnlyIfPaired = true;
        }
        else
        {
            accept = false;
        }

        if (!accept) return;
        m.Accepted = true;
        if (unchanged)
        {
            m.Change = RatingChange.Unchanged;
            m.Previous = m.Grade;
        }
        else if (improved)
        {
            m.Change = RatingChange.Improved;
        }
        else if (declined)
        {
            m.Change = RatingChange.Declined;
        }
    }

    /// <summary>After "receive", "give", "achieve": the grade ends the object ("received good overall", "given a good rating"), else it describes a noun.</summary>
    private static bool GradeEndsObject(SentenceView s, int after) =>
        after >= s.Count || (s.IsBreak(after) && !(s.Text[s.Tokens[after].Start] == ',' && s.IsWord(after + 1) && char.IsLower(s.W(after + 1)[0]) && !s.In(after + 1, AllowedNext)))
        || s.In(after, SameNouns) || s.Is(after, "overall") || s.Is(after, "from") || s.Is(after, "at")
        || s.Is(after, "in") || s.Is(after, "for") || s.Is(after, "by") || s.Is(after, "across") || s.Is(after, "status") || s.Is(after, "ratings")
        || s.Is(after, "grades") || s.Is(after, "judgements");

    /// <summary>An inspection or visit is named just before "when" ("the last inspection in 2019, when ...").</summary>
    private static bool MentionsInspectionBefore(SentenceView s, int when)
    {
        for (int k = when - 1; k >= 0 && k >= when - 8; k--)
        {
            if (s.IsWord(k) && (s.W(k).StartsWith("inspect", StringComparison.OrdinalIgnoreCase) || s.Is(k, "visit"))) return true;
        }

        return false;
    }

    /// <summary>
    /// The subject of the verb before a grade is a service, a council, a judgement area or a
    /// judgement: "Services for children in Northmoor are good", "Kent County Council remains
    /// good", "Help and protection is good", "The service, which was rated good in 2017, is now
    /// inadequate". The head of the subject is the word before its first preposition ("The
    /// quality of assessments ..." has "quality", which is not). A subject with "a" or "an" is
    /// generic ("An LSCB requires improvement if ..."), not a statement.
    /// </summary>
    private static bool HasServiceSubject(SentenceView s, int verb, int floor)
    {
        int j = verb - 1;
        // adverbs and auxiliaries between the subject and the verb
        while (j >= floor && (s.IsQuote(j) || s.Is(j, "now") || s.Is(j, "still") || s.Is(j, "also") || s.Is(j, "overall") || s.Is(j, "all")
            || s.Is(j, "not") || s.Is(j, "yet") || s.Is(j, "no") || s.Is(j, "longer") || s.Is(j, "currently") || s.Is(j, "consistently")
            || s.Is(j, "judged") || s.Is(j, "to") || s.Is(j, "be") || s.Is(j, "been") || s.Is(j, "has") || s.Is(j, "have") || s.Is(j, "is")
            || s.Is(j, "are") || s.Is(j, "were") || s.Is(j, "was") || s.Is(j, "will") || s.Is(j, "continue") || s.Is(j, "continues") || s.EndsWithNt(j)))
        {
            j--;
        }

        if (j >= floor && s.IsBreak(j) && s.Text[s.Tokens[j].Start] == ',')
        {
            // "The service, which was rated good in 2017, is now inadequate": the subject is before the relative clause
            int k = j - 1;
            int limit = Math.Max(floor, j - 16);
            while (k >= limit && !(s.IsBreak(k) && s.Text[s.Tokens[k].Start] == ',')) k--;
            if (k < limit || !(s.Is(k + 1, "which") || s.Is(k + 1, "who") || s.Is(k + 1, "previously") || s.Is(k + 1, "once"))) return false;
            j = k - 1;
        }

        if (s.Is(j, "that") || s.Is(j, "which"))
        {
            // "an authority that requires improvement": the subject is the antecedent
            j--;
        }

        if (!s.IsWord(j)) return false;
        // the start of the subject: back to a clause boundary or another verb
        int start = j;
        for (int k = j - 1, n = 0; k >= floor && n < 14; k--, n++)
        {
            if (s.IsQuote(k)) continue;
            if (s.IsBreak(k) || s.In(k, ClauseBreak) || s.Is(k, "that") || s.Is(k, "which")
                || s.Is(k, "who") || s.In(k, Copula) || s.In(k, Strong) || s.Is(k, "said") || s.Is(k, "says") || s.Is(k, "found")
                || s.Is(k, "identifies") || s.Is(k, "ensure") || s.Is(k, "ensures") || s.Is(k, "means")) break;
            start = k;
        }

        // the head: the word before the first preposition, else the last word
        int head = j;
        for (int k = start + 1; k <= j; k++)
        {
            if (s.Is(k, "of") || s.Is(k, "for") || s.Is(k, "in") || s.Is(k, "to") || s.Is(k, "within") || s.Is(k, "at") || s.Is(k, "by")
                || s.Is(k, "with") || s.Is(k, "from") || s.Is(k, "on") || s.Is(k, "across") || s.Is(k, "provided") || s.Is(k, "given")
                || s.Is(k, "delivered") || s.Is(k, "offered") || s.Is(k, "between") || s.Is(k, "among") || s.Is(k, "around") || s.Is(k, "about")
                || s.Is(k, "into") || s.Is(k, "through") || s.Is(k, "under") || s.Is(k, "over") || s.Is(k, "after") || s.Is(k, "before")
                || s.Is(k, "during") || s.Is(k, "against") || s.Is(k, "towards"))
            {
                head = k - 1;
                break;
            }
        }

        if (s.IsQuote(head)) head--;
        if (!s.IsWord(head) || Indefinite(s, head)) return false;
        if (s.Is(head, "performance")) return s.Is(head - 1, "adoption");
        return IsServiceHead(s, head);
    }

    /// <summary>"a local authority", "an LSCB": a generic subject (the article up to two words before the head).</summary>
    private static bool Indefinite(SentenceView s, int head) => s.Is(head - 1, "a") || s.Is(head - 1, "an") || s.Is(head - 2, "a") || s.Is(head - 2, "an");

    private static bool IsServiceHead(SentenceView s, int j)
    {
        var w = s.W(j);
        if (s.IsCouncil(j)) return true;
        if (ServiceHead.Contains(w))
        {
            if (w.Equals("care", StringComparison.OrdinalIgnoreCase)) return s.Is(j - 1, "in") || s.Is(j - 1, "leaving");
            return true;
        }

        // "The experiences and progress of ...", "The impact of leaders ...", "Work with care leavers ..."
        if (w.Equals("experiences", StringComparison.OrdinalIgnoreCase) && s.Is(j + 1, "and") && s.Is(j + 2, "progress")) return true;
        if (w.Equals("progress", StringComparison.OrdinalIgnoreCase) && s.Is(j - 1, "and") && s.Is(j - 2, "experiences")) return true;
        if (w.Equals("impact", StringComparison.OrdinalIgnoreCase) && s.Is(j + 1, "of") && (s.Is(j + 2, "leaders") || s.Is(j + 2, "leadership"))) return true;
        if (w.Equals("work", StringComparison.OrdinalIgnoreCase) && (s.Is(j + 1, "with") || s.Is(j + 1, "for"))) return true;
        return false;
    }

    private static bool SentenceMentionsRating(SentenceView s)
    {
        for (int i = 0; i < s.Count; i++)
        {
            if (!s.IsWord(i)) continue;
            var w = s.W(i);
            if (w.StartsWith("Ofsted", StringComparison.OrdinalIgnoreCase) || w.StartsWith("inspect", StringComparison.OrdinalIgnoreCase)
                || Strong.Contains(w) || w.Equals("judgement", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Joins grades of one statement: "from A to B" and "B, up from A" make A the previous grade
    /// of B; a grade marked as past ("previously rated A") is the previous grade of the current
    /// one in the same sentence.
    /// </summary>
    private static void PairUp(SentenceView s, List<Mention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
        {
            var p = mentions[i];
            if (p.Consumed) continue;
            // "from A to B"
            if (p.AfterFrom && i + 1 < mentions.Count)
            {
                var c = mentions[i + 1];
                int between = s.NextNonQuote(p.B);
                if (c.AfterTo && s.Is(between, "to") && s.NextNonQuote(between + 1) == c.A)
                {
                    if (!c.Accepted && !p.Accepted) continue;
                    c.Accepted = true;
                    c.OnlyIfPaired = false;
                    c.Previous = p.Grade;
                    c.Change = GradePhrase.Compare(p.Grade, c.Grade);
                    c.PrevMention = i;
                    if (c.CueToken < 0 && p.CueToken >= 0) c.CueToken = p.CueToken;
                    c.SpanStart = Math.Min(c.SpanStart, p.SpanStart);
                    c.Negated |= p.Negated;
                    p.Consumed = true;
                    mentions[i] = p;
                    mentions[i + 1] = c;
                    continue;
                }
            }

            // "B, up from A" / "B (down from A)"
            if (p.AfterFrom && i > 0)
            {
                int k = s.PrevNonQuote(p.A);
                int cEnd = s.PrevNonQuote(k);
                if (s.Is(k, "from") && (s.Is(k - 1, "up") || s.Is(k - 1, "down") || cEnd == mentions[i - 1].B - 1))
                {
                    var c = mentions[i - 1];
                    if (c.Accepted && c.Previous is null)
                    {
                        c.Previous = p.Grade;
                        c.Change = GradePhrase.Compare(p.Grade, c.Grade);
                        c.PrevMention = i;
                        c.SpanEnd = Math.Max(c.SpanEnd, p.End);
                        p.Consumed = true;
                        mentions[i] = p;
                        mentions[i - 1] = c;
                    }
                }
            }
        }

        // a grade marked as past, with a current grade in the same sentence
        for (int i = 0; i < mentions.Count; i++)
        {
            var p = mentions[i];
            if (!p.Accepted || p.Consumed || !p.PastMarked) continue;
            int best = -1;
            for (int j = 0; j < mentions.Count; j++)
            {
                var c = mentions[j];
                if (j == i || !c.Accepted || c.Consumed || c.PastMarked || c.Previous is not null && c.Change != RatingChange.Unchanged) continue;
                if (!SameStatement(s, p, c)) continue;
                if (best < 0 || Math.Abs(j - i) < Math.Abs(best - i)) best = j;
            }

            if (best < 0) continue;
            var cur = mentions[best];
            cur.Previous = p.Grade;
            cur.Change = GradePhrase.Compare(p.Grade, cur.Grade);
            cur.PrevMention = i;
            cur.SpanStart = Math.Min(cur.SpanStart, p.SpanStart);
            cur.SpanEnd = Math.Max(cur.SpanEnd, p.SpanEnd);
            p.Consumed = true;
            mentions[i] = p;
            mentions[best] = cur;
        }
    }

    /// <summary>Two grades belong to one statement when they are close and no clause word ("while", "but") separates them.</summary>
    private static bool SameStatement(SentenceView s, Mention x, Mention y)
    {
        int from = Math.Min(x.B, y.B), to = Math.Max(x.A, y.A);
        if (to - from > 25) return false;
        for (int k = from; k < to; k++)
        {
            if (!s.In(k, ClauseBreak) || s.Is(k, "after")) continue;
            // "... previously rated A but has now been raised to B": the same subject goes on
            if (s.Is(k, "but") && (s.Is(k + 1, "has") || s.Is(k + 1, "have") || s.Is(k + 1, "had") || s.Is(k + 1, "is") || s.Is(k + 1, "are")
                || s.Is(k + 1, "was") || s.Is(k + 1, "were") || s.Is(k + 1, "now") || s.Is(k + 1, "since") || s.Is(k + 1, "then"))) continue;
            return false;
        }

        return true;
    }

    private static bool IsJudgementSpan(IReadOnlyList<Judgement>? judgements, int start)
    {
        if (judgements is null) return false;
        foreach (var j in judgements)
        {
            if (start >= j.Start && start < j.End) return true;
        }

        return false;
    }

    /// <summary>A graded section heading of a report ("... help and protection: good") is a judgement, not prose.</summary>
    private static bool IsGradedHeading(AnalysisContext context, Sentence sentence, Mention mention)
    {
        if (context.Kind != DocumentKind.InspectionReport) return false;
        var text = context.Document.Text;
        if (!(text.AsSpan(sentence.Start).StartsWith("The ", StringComparison.Ordinal) || text.AsSpan(sentence.Start).StartsWith("Overall", StringComparison.Ordinal))) return false;
        return JudgementReader.TryReadHeading(text, sentence.Start, out _, out _, out int gs, out _) && gs == mention.Start;
    }

    /// <summary>
    /// Whose services: the council named nearest before the grade in the sentence, else the first
    /// named after it in the sentence, else the council named last before the sentence, else the
    /// report's own authority.
    /// </summary>
    private static string? SubjectOf(SentenceView s, AnalysisContext context, AuthorityMentions councils, Sentence sentence, Mention m, out bool otherProvider)
    {
        otherProvider = false;
        // "the school was rated good": not a council's service
        int from = m.CueToken >= 0 ? m.CueToken : m.A;
        for (int j = from - 1, n = 0; j >= 0 && n < 8; j--, n++)
        {
            if (s.IsBreak(j) && !(s.Is(j + 1, "which") || s.Is(j + 1, "who"))) break;
            if (s.In(j, OtherProvider)) { otherProvider = true; break; }
            if (s.Is(j, "services") || s.Is(j, "service") || s.Is(j, "council") || s.IsCouncil(j)) break;
            // "One was judged to be outstanding": a count of providers, not a council
            if (s.In(j, Quantifier) && (s.In(j + 1, Copula) || s.Is(j + 1, "of"))) { otherProvider = true; break; }
        }

        var named = councils.Around(sentence.Start, sentence.End, context.Inspection?.LocalAuthority is null ? AuthorityMentions.Lookback : 0);
        NamedCouncil? before = null, inSentenceAfter = null, earlier = null;
        int first = councils.FirstAtOrAfter(sentence.Start);
        if (first > 0 && named[first - 1].Start >= sentence.Start - AuthorityMentions.Lookback) earlier = named[first - 1];
        for (int f = first; f < named.Count && named[f].Start < sentence.End; f++)
        {
            var c = named[f];
            if (c.Start < m.Start) before = c;
            else if (inSentenceAfter is null) inSentenceAfter = c;
        }

        if (otherProvider) return null;
        // named in the sentence; else the report's own authority; else the council named last before
        var pick = before ?? inSentenceAfter;
        if (pick is { } p) return p.Name;
        if (context.Inspection?.LocalAuthority is { } own) return own;
        return (earlier ?? councils.First)?.Name;
    }

    private static bool IsMainSubject(AnalysisContext context, AuthorityMentions councils, string? subject)
    {
        if (subject is null) return false;
        if (context.Inspection?.LocalAuthority is { } la) return la == subject;
        return councils.First?.Name == subject;
    }

    /// <summary>The judgement area named in the grade's clause ("work with looked-after children and care leavers still required improvement").</summary>
    private static JudgementArea? AreaOf(SentenceView s, Mention m)
    {
        bool inCare = false, leavers = false, help = false, leaders = false, overall = false, adoption = false, lmg = false, lscb = false;
        for (int j = m.A - 1, n = 0; j >= 0 && n < 16; j--, n++)
        {
            if (s.IsBreak(j) && s.Text[s.Tokens[j].Start] is not ',') break;
            if (s.In(j, ClauseBreak) && !s.Is(j, "after")) break;
            Scan(s, j, ref inCare, ref leavers, ref help, ref leaders, ref overall, ref adoption, ref lmg, ref lscb);
        }

        // after the grade: "good for help and protection", "good overall", "inadequate in leadership"
        int after = s.NextNonQuote(m.B);
        if (s.In(after, SameNouns)) after++; // "an 'outstanding' rating for leadership"
        if (s.Is(after, "overall")) overall = true;
        if (s.Is(after, "for") || s.Is(after, "in") || s.Is(after, "across"))
        {
            for (int j = after + 1; j < s.Count && j < after + 8; j++)
            {
                if (s.IsBreak(j)) break;
                Scan(s, j, ref inCare, ref leavers, ref help, ref leaders, ref overall, ref adoption, ref lmg, ref lscb);
            }
        }

        if (lscb) return JudgementArea.Lscb;
        if (lmg) return JudgementArea.LeadershipManagementGovernance;
        if (inCare && leavers) return JudgementArea.ChildrenInCareAndCareLeavers;
        if (help) return JudgementArea.HelpAndProtection;
        if (inCare) return JudgementArea.ChildrenInCare;
        if (leavers) return JudgementArea.CareLeavers;
        if (adoption) return JudgementArea.Adoption;
        if (leaders) return JudgementArea.ImpactOfLeaders;
        if (overall) return JudgementArea.OverallEffectiveness;
        return null;
    }

    private static void Scan(SentenceView s, int j, ref bool inCare, ref bool leavers, ref bool help, ref bool leaders, ref bool overall, ref bool adoption, ref bool lmg, ref bool lscb)
    {
        if (!s.IsWord(j)) return;
        var w = s.W(j);
        if (w.Equals("care", StringComparison.OrdinalIgnoreCase))
        {
            if (s.Is(j - 1, "in")) inCare = true;
            else if (s.Is(j - 1, "leaving") || s.Is(j + 1, "leavers") || s.Is(j + 1, "leaver")) leavers = true;
        }
        else if (w.Equals("care-leavers", StringComparison.OrdinalIgnoreCase) || w.Equals("leavers", StringComparison.OrdinalIgnoreCase) && s.Is(j - 1, "care"))
        {
            leavers = true;
        }
        else if (w.StartsWith("looked", StringComparison.OrdinalIgnoreCase) && (w.Length > 6 || s.Is(j + 1, "after")))
        {
            inCare = true;
        }
        else if (w.Equals("looked", StringComparison.OrdinalIgnoreCase) || (w.Equals("after", StringComparison.OrdinalIgnoreCase) && s.Is(j - 1, "looked")))
        {
            inCare = true;
        }
        else if (w.Equals("protection", StringComparison.OrdinalIgnoreCase) && (s.Is(j - 2, "help") || s.Is(j - 1, "child")))
        {
            help = true;
        }
        else if (w.Equals("help", StringComparison.OrdinalIgnoreCase) && s.Is(j - 2, "need"))
        {
            help = true;
        }
        else if (w.Equals("leadership", StringComparison.OrdinalIgnoreCase) || w.Equals("leaders", StringComparison.OrdinalIgnoreCase))
        {
            if (s.Is(j + 2, "management") || s.Is(j + 1, "management")) lmg = true;
            else leaders = true;
        }
        else if (w.Equals("effectiveness", StringComparison.OrdinalIgnoreCase) && s.Is(j - 1, "overall"))
        {
            overall = true;
        }
        else if (w.Equals("overall", StringComparison.OrdinalIgnoreCase))
        {
            overall = true;
        }
        else if (w.Equals("adoption", StringComparison.OrdinalIgnoreCase))
        {
            adoption = true;
        }
        else if (w.Equals("LSCB", StringComparison.OrdinalIgnoreCase) || (w.Equals("board", StringComparison.OrdinalIgnoreCase) && s.Is(j - 1, "children") && s.Is(j - 2, "safeguarding")))
        {
            lscb = true;
        }
    }

    /// <summary>
    /// The date of the judgement: a date of the dates stage in the sentence, nearest the grade,
    /// that is not the date of an earlier inspection ("since its last inspection in 2017", "the
    /// same result as in its 2017 inspection") or of the previous grade.
    /// </summary>
    private static string? DateOf(SentenceView s, AnalysisContext context, Mention m, List<Mention> mentions)
    {
        var dates = context.Dates;
        if (dates.Count == 0 || s.Count == 0) return null;
        int sStart = s.Tokens[0].Start, sEnd = s.Tokens[^1].End;
        int prevStart = m.PrevMention >= 0 ? mentions[m.PrevMention].Start : -1;
        DateMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (var d in FindInRange(dates, sStart, sEnd))
        {
            if (d.Type is not (DateType.Date or DateType.Range) || !IsCalendarValue(d.Value)) continue; // not PRESENT_REF
            if (!m.PastMarked && IsEarlierInspectionDate(s, d.Start)) continue;
            if (m.Change == RatingChange.Unchanged && d.Start > m.End) continue;
            int distance = d.Start >= m.End ? d.Start - m.End : m.Start - d.End;
            if (prevStart >= 0)
            {
                int toPrev = Math.Abs(d.Start - prevStart);
                if (toPrev < Math.Abs(distance)) continue;
            }

            if (Math.Abs(distance) < bestDistance)
            {
                bestDistance = Math.Abs(distance);
                best = d;
            }
        }

        return best is null ? null : JudgementDate(best.Value);
    }

    private static IEnumerable<DateMention> FindInRange(IReadOnlyList<DateMention> dates, int start, int end)
    {
        foreach (var d in dates)
        {
            if (d.Start >= start && d.End <= end) yield return d;
        }
    }

    /// <summary>For a range, the judgement is made at its end; a value is cut to the month when it is a day ("2020-02").</summary>
    private static string JudgementDate(string value)
    {
        int slash = value.IndexOf('/');
        if (slash >= 0) value = value[(slash + 1)..];
        return value;
    }

    /// <summary>A TIMEX3 calendar value ("2017", "2020-02", "2019-07-10/2019-07-11"), not a reference such as PRESENT_REF.</summary>
    private static bool IsCalendarValue(string value) => value.Length >= 4 && char.IsAsciiDigit(value[0]);

    private static bool IsEarlierInspectionDate(SentenceView s, int dateStart)
    {
        int i = 0;
        while (i < s.Count && s.Tokens[i].Start < dateStart) i++;
        for (int j = i - 1, n = 0; j >= 0 && n < 5; j--, n++)
        {
            if (s.IsBreak(j)) break;
            if (s.Is(j, "since") || s.Is(j, "last") || s.Is(j, "previous") || s.Is(j, "previously") || s.Is(j, "same") || s.Is(j, "earlier")
                || s.Is(j, "before") || s.Is(j, "prior")) return true;
        }

        return false;
    }

    /// <summary>
    /// The date of the inspection a document reports on: the report's own on-site end date, or
    /// in news the first date in a sentence about an inspection or visit that is not an earlier
    /// one ("after a two-week inspection in February").
    /// </summary>
    private static string? CurrentInspectionDate(AnalysisContext context)
    {
        if (context.Inspection?.End is { } end) return end.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var dates = context.Dates;
        if (dates.Count == 0) return null;
        var doc = context.Document;
        var text = doc.Normalized;
        foreach (var d in dates)
        {
            if (d.Type is not (DateType.Date or DateType.Range) || !IsCalendarValue(d.Value)) continue;
            int si = doc.SentenceAt(d.Start);
            if (si < 0) continue;
            var sentence = doc.SentenceSpan[si];
            int lo = Math.Max(sentence.Start, d.Start - 40);
            var before = text[lo..d.Start];
            if (!(before.Contains("inspection", StringComparison.OrdinalIgnoreCase) || before.Contains("inspected", StringComparison.OrdinalIgnoreCase)
                || before.Contains("visit", StringComparison.OrdinalIgnoreCase))) continue;
            if (before.Contains("last", StringComparison.OrdinalIgnoreCase) || before.Contains("previous", StringComparison.OrdinalIgnoreCase)
                || before.Contains("since", StringComparison.OrdinalIgnoreCase) || before.Contains("earlier", StringComparison.OrdinalIgnoreCase)) continue;
            return JudgementDate(d.Value);
        }

        return null;
    }
}
