using System.Buffers;
using System.Text;
using ReportMining.Text;

namespace ReportMining.Percentages;

/// <summary>
/// Finds percentages and proportions with what they measure: "40%", "44 per cent",
/// "forty-four percent", "40pc", "20-30%" (two figures), "rose by five percentage points",
/// "nearly half", "two thirds", "one in five", "nine out of ten".
/// </summary>
/// <remarks>
/// <para>One pass: the normalised text is searched for rare triggers ("%", "per cent",
/// "percent", fraction words, "one in", "out of") with a <see cref="SearchValues{T}"/>; only a
/// sentence holding a trigger is tokenized and read, locally, with closed word lists.</para>
/// <para>Decisions: a hedge before the figure is part of its text and sets
/// <see cref="PercentageMention.Approximate"/>; "20-30%" gives a mention for "20" and one for
/// "30%", both with the measure; percentage points are kind
/// <see cref="PercentageKind.PercentagePoints"/>, the value being the points and the measure
/// the rate that moved; "the majority", "most" and "all" are not figures; "100 per cent
/// committed" (and similar manner-of-speaking uses of "100 per cent") is not a percentage;
/// "the first half of the year", "half-term", "a quarter of an hour", "third-quarter results",
/// "a third party", "one and a half" and "one in 2015" are not proportions.</para>
/// <para>Measures: hand-written rules (<see cref="MeasureFinder"/>) give each figure's measure;
/// a <see cref="MeasureRanker"/>, when the extractor has one (the pipeline's default), may then
/// fill in or replace it. Carried measures (a bare figure taking the one of the sentence
/// before) follow the rules' answers, not the ranker's.</para>
/// </remarks>
internal sealed class PercentageExtractor
{
    // Trigger words in two multi-string searches: one search over all of them falls back from the
    // fastest vectorised (Teddy) path. The whole trigger scan over the ILACS corpus took 22 ms with
    // these 23 needles alone, 35 ms with the three ratio needles added to them, and 28 ms with the
    // ratio needles in a second search (PercentagesBenchmarks).
    private static readonly SearchValues<string> WordTriggers = SearchValues.Create(
        [
            "per cent", "percent", "per-cent", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "out of", "one in", "two in", "three in", "four in", "five in", "six in", "seven in", "eight in",
            "nine in", "ten in",
        ],
        StringComparison.OrdinalIgnoreCase);

    // ratios out of ten and hyphenated ratios ("eight of 10 voters", "nine-in-ten", "4-in-10"), and a poll's error
    // margin, whose "points" are percentage points ("a margin of error of 4.5 points")
    private static readonly SearchValues<string> RatioTriggers = SearchValues.Create(
        ["of 10 ", "of ten ", "-in-", "of error", "error margin", "sampling error"], StringComparison.OrdinalIgnoreCase);

    // "%" and the digits in one vectorised character search; a digit is a trigger when "pc" or
    // " in" follows it ("40pc", "1 in 5"), checked on the spot.
    private static readonly SearchValues<char> SignsAndDigits = SearchValues.Create("%\uFF050123456789");

    /// <summary>Called with the measure rule of each mention, in order (for tuning; null in normal use).</summary>
    internal static Action<string>? Trace { get; set; }

    /// <summary>Longest sentence read, in tokens: a longer one (binary, a table) is read in windows.</summary>
    private const int MaxTokens = 4096;

    /// <summary>Counts trigger hits (for measuring the scan on its own).</summary>
    internal static int CountTriggers(ReadOnlySpan<char> text)
    {
        int n = 0, pos = 0;
        var next = new TriggerScan();
        while (true)
        {
            int hit = next.Next(text, pos);
            if (hit < 0) break;
            n++;
            pos = hit + 1;
        }

        return n;
    }

    /// <summary>
    /// The next trigger at or after a position: a percent sign (a vectorised character search)
    /// or a trigger word (two multi-string searches: words, and ratios), whichever comes first.
    /// Each search keeps its look-ahead between calls, so it runs once per hit of its own.
    /// </summary>
    private struct TriggerScan
    {
        private int _char;
        private int _word;
        private int _ratio;

        public TriggerScan()
        {
            _char = _word = _ratio = -1;
        }

        public int Next(ReadOnlySpan<char> text, int pos)
        {
            if (_char != int.MaxValue && _char < pos) _char = NextSignOrDigit(text, pos);
            if (_word != int.MaxValue && _word < pos) _word = Find(text, pos, text[pos..].IndexOfAny(WordTriggers));
            if (_ratio != int.MaxValue && _ratio < pos) _ratio = Find(text, pos, text[pos..].IndexOfAny(RatioTriggers));
            int next = Math.Min(_char, Math.Min(_word, _ratio));
            return next == int.MaxValue ? -1 : next;
        }

        private static int Find(ReadOnlySpan<char> text, int pos, int found) => found < 0 ? int.MaxValue : pos + found;

        /// <summary>The next "%" at or after <paramref name="pos"/>, or digit followed by "pc" or " in" (any case).</summary>
        private static int NextSignOrDigit(ReadOnlySpan<char> text, int pos)
        {
            while (pos < text.Length)
            {
                int found = text[pos..].IndexOfAny(SignsAndDigits);
                if (found < 0) return int.MaxValue;
                int at = pos + found;
                if (!char.IsAsciiDigit(text[at]) || DigitTrigger(text, at)) return at;
                pos = at + 1;
            }

            return int.MaxValue;
        }

        private static bool DigitTrigger(ReadOnlySpan<char> text, int at)
        {
            if (at + 2 >= text.Length) return false;
            char a = (char)(text[at + 1] | 0x20), b = (char)(text[at + 2] | 0x20);
            if (a == 'p' && b == 'c') return true;
            return text[at + 1] == ' ' && b == 'i' && at + 3 < text.Length && (text[at + 3] | 0x20) == 'n';
        }
    }

    private readonly MeasureRanker? _ranker;

    /// <summary>An extractor whose measures are the rules' alone.</summary>
    public PercentageExtractor()
    {
    }

    /// <summary>An extractor whose measures <paramref name="ranker"/> may fill or correct (null: the rules' alone).</summary>
    public PercentageExtractor(MeasureRanker? ranker) => _ranker = ranker;

    /// <summary>The percentages of the document.</summary>
    public IReadOnlyList<PercentageMention> Extract(AnalysisContext context) => Extract(context.Document, _ranker);

    /// <summary>The percentages of <paramref name="document"/>, in text order.</summary>
    public static List<PercentageMention> Extract(Document document) => Extract(document, null);

    /// <summary>
    /// The percentages of <paramref name="document"/>, in text order, each measure chosen by
    /// <paramref name="ranker"/> among candidates (the rules' answer among them) when one is given.
    /// </summary>
    internal static List<PercentageMention> Extract(Document document, MeasureRanker? ranker)
    {
        var results = new List<PercentageMention>();
        var text = document.Normalized;
        var sentences = document.SentenceSpan;
        var figures = new List<Figure>();
        Token[]? tokens = null;
        int pos = 0;
        int lastSentence = -1;
        var carried = new CarriedMeasures();
        var scan = new TriggerScan();
        try
        {
            while (pos < text.Length)
            {
                int hit = scan.Next(text, pos);
                if (hit < 0) break;
                if (!IsTrigger(text, hit))
                {
                    pos = hit + 1;
                    continue;
                }

                int s = document.SentenceAt(hit);
                if (s < 0 || s <= lastSentence)
                {
                    pos = hit + 1;
                    continue;
                }

                // a sentence without figures that names a proportion, close enough before, leaves its group for this one
                int named = ProportionNamedBefore(text, sentences, s, lastSentence);
                if (named >= 0) Read(document, text, sentences[named], named, ref tokens, figures, results, ref carried, ranker);

                lastSentence = s;
                pos = sentences[s].End;
                Read(document, text, sentences[s], s, ref tokens, figures, results, ref carried, ranker);
            }
        }
        finally
        {
            if (tokens is not null) ArrayPool<Token>.Shared.Return(tokens);
        }

        return results;
    }

    /// <summary>Reads sentence <paramref name="s"/> in windows of at most <see cref="MaxTokens"/> tokens.</summary>
    private static void Read(
        Document document,
        ReadOnlySpan<char> text,
        Sentence sentence,
        int s,
        ref Token[]? tokens,
        List<Figure> figures,
        List<PercentageMention> results,
        ref CarriedMeasures carried,
        MeasureRanker? ranker)
    {
        tokens ??= ArrayPool<Token>.Shared.Rent(256);
        int n = 0;
        foreach (var token in Tokenizer.Tokenize(text[sentence.Start..sentence.End], sentence.Start))
        {
            if (n == tokens.Length)
            {
                if (n >= MaxTokens)
                {
                    n = Abbreviations.Join(text, tokens.AsSpan(0, n));
                    n = GluedNumbers.Split(text, tokens, n);
                    ReadSentence(document, text, tokens.AsSpan(0, n), figures, results, s, sentence.Paragraph, ref carried, ranker);
                    n = 0;
                }
                else
                {
                    var bigger = ArrayPool<Token>.Shared.Rent(tokens.Length * 2);
                    tokens.AsSpan(0, n).CopyTo(bigger);
                    ArrayPool<Token>.Shared.Return(tokens);
                    tokens = bigger;
                }
            }

            tokens[n++] = token;
        }

        n = Abbreviations.Join(text, tokens.AsSpan(0, n));
        n = GluedNumbers.Split(text, tokens, n);
        ReadSentence(document, text, tokens.AsSpan(0, n), figures, results, s, sentence.Paragraph, ref carried, ranker);
    }

    /// <summary>
    /// The last sentence after <paramref name="lastRead"/> and close enough before <paramref name="s"/> for its group to
    /// be carried (as <see cref="CarriedMeasures.GroupFor"/> allows) that says "proportion of", or -1. Looked for only
    /// when a figure's sentence is about to be read, so the text between figures is not searched for it.
    /// </summary>
    private static int ProportionNamedBefore(ReadOnlySpan<char> text, ReadOnlySpan<Sentence> sentences, int s, int lastRead)
    {
        int paragraph = sentences[s].Paragraph;
        for (int k = s - 1; k > lastRead && k >= s - 3; k--)
        {
            var before = sentences[k];
            if (!(before.Paragraph == paragraph || s - k <= 2 && paragraph - before.Paragraph == 1)) break;
            if (text[before.Start..before.End].Contains("proportion of", StringComparison.OrdinalIgnoreCase)) return k;
        }

        return -1;
    }

    /// <summary>
    /// A cheap look at a trigger match before its sentence is read: a word trigger must stand on
    /// its own ("ten in" inside "written in", "half" inside "behalf" do not count), "%" and "pc"
    /// must follow a number, "out of" must follow one.
    /// </summary>
    internal static bool IsTrigger(ReadOnlySpan<char> text, int at)
    {
        char c = text[at];
        char before = at > 0 ? text[at - 1] : ' ';
        if (c is '%' or '％')
        {
            int k = at - 1;
            if (k >= 0 && text[k] == ' ') k--;
            return k >= 0 && char.IsAsciiDigit(text[k]);
        }

        // "nine-in-ten", "3-in-10": a ratio inside a hyphenated word
        if (c == '-') return char.IsLetterOrDigit(before);

        char lower = (char)(c | 0x20);
        if (char.IsAsciiDigit(c) && at + 2 < text.Length && (text[at + 1] | 0x20) == 'p')
        {
            // "40pc", "40pct" (but not "pc" running into a word)
            int end = at + 3;
            if (end < text.Length && (text[end] | 0x20) == 't') end++;
            return end >= text.Length || !char.IsLetter(text[end]);
        }

        // "12 in 15": the trigger matched the last digit of a longer numerator
        if (char.IsAsciiDigit(c) && char.IsAsciiDigit(before)) return true;

        if (char.IsLetterOrDigit(before) || before == '\u00AD') return false;

        if (lower == 'o' && at + 2 < text.Length && (text[at + 1] | 0x20) == 'u')
        {
            // "out of": the word before must be a number ("nine out of ten")
            int k = at - 1;
            while (k >= 0 && text[k] == ' ') k--;
            if (k < 0) return false;
            if (char.IsAsciiDigit(text[k])) return true;
            int end = k + 1;
            while (k >= 0 && char.IsLetter(text[k])) k--;
            if (NumberWords.TryCardinalWord(text[(k + 1)..end], out _)) return true;

            // "17 young people out of 135": a count a few words before, and a number after
            int after = at + 6;
            while (after < text.Length && text[after] == ' ') after++;
            if (after >= text.Length || !(char.IsAsciiDigit(text[after]) || text[after..].StartsWith("a total of", StringComparison.OrdinalIgnoreCase))) return false;
            for (int words = 0; words < 3 && k >= 0 && text[k] == ' '; words++)
            {
                while (k >= 0 && text[k] == ' ') k--;
                if (k >= 0 && char.IsAsciiDigit(text[k])) return true;
                int wordEnd = k + 1;
                while (k >= 0 && char.IsLetter(text[k])) k--;
                if (NumberWords.TryCardinalWord(text[(k + 1)..wordEnd], out _)) return true;
            }

            return false;
        }

        return true;
    }

    private static void ReadSentence(
        Document document,
        ReadOnlySpan<char> text,
        ReadOnlySpan<Token> tokens,
        List<Figure> figures,
        List<PercentageMention> results,
        int sentence,
        int paragraph,
        ref CarriedMeasures carried,
        MeasureRanker? ranker)
    {
        Span<ulong> classes = tokens.Length <= 512 ? stackalloc ulong[tokens.Length] : new ulong[tokens.Length];
        classes.Clear();
        var words = new Words(text, tokens, classes);
        figures.Clear();
        new FigureFinder(words).Find(figures);
        if (figures.Count == 0)
        {
            CarryNamedProportion(document, words, sentence, paragraph, ref carried);
            return;
        }

        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(figures);
        var candidates = ranker is null ? CarriedCandidates.None : CarriedCandidates.From(text, carried, sentence, paragraph);
        var (carryStart, carryEnd) = carried.MeasureFor(sentence, paragraph);
        var (groupStart, groupEnd) = carried.GroupFor(sentence, paragraph);
        new MeasureFinder(words, document, carryStart, carryEnd, groupStart, groupEnd).Resolve(span);

        var last = span[^1];
        if (last.HasMeasure)
        {
            carried.Start = last.MeasureStart;
            carried.End = last.MeasureEnd;
            carried.Sentence = sentence;
            carried.Paragraph = paragraph;
        }

        // the last share of a group named after "of" ("51 percent of likely voters"), for bare figures later on
        for (int i = span.Length - 1; i >= 0; i--)
        {
            if (!span[i].HasMeasure || !MeasureFinder.NamesGroup(span[i].Rule)) continue;
            carried.GroupStart = span[i].MeasureStart;
            carried.GroupEnd = span[i].MeasureEnd;
            carried.GroupSentence = sentence;
            carried.GroupParagraph = paragraph;
            break;
        }

        // the ranker's choice replaces the rules' answer (after the carry above, which follows the rules)
        if (ranker is not null)
        {
            ranker.ChooseAll(words, span, candidates);
        }

        foreach (ref var f in span)
        {
            Trace?.Invoke(f.Rule ?? "-");
            int start = f.StartChar >= 0 && f.First == f.ValueFirst ? f.StartChar : words.Start(f.First);
            int end = words.End(f.Last - 1);
            results.Add(new PercentageMention
            {
                Text = document.Text[start..end],
                Value = f.Value,
                Approximate = f.Modifier is not null,
                Modifier = f.Modifier,
                Kind = f.Kind,
                Measure = f.HasMeasure ? Clean(text[f.MeasureStart..f.MeasureEnd]) : null,
                Scope = f.ScopeStart >= 0 ? Clean(text[f.ScopeStart..f.ScopeEnd]) : null,
                Start = start,
                End = end,
                MeasureStart = f.HasMeasure ? f.MeasureStart : null,
                MeasureEnd = f.HasMeasure ? f.MeasureEnd : null,
                ScopeStart = f.ScopeStart >= 0 ? f.ScopeStart : null,
                ScopeEnd = f.ScopeStart >= 0 ? f.ScopeEnd : null,
            });
        }
    }

    /// <summary>
    /// A sentence without figures that names a proportion ("The proportion of children adopted within a year has
    /// risen.") leaves its group for the bare figures after it ("In 2021 the proportion was only 8%."): the group is
    /// read as the phrase after "of" would be for a figure standing where "proportion" stands.
    /// </summary>
    private static void CarryNamedProportion(Document document, Words words, int sentence, int paragraph, ref CarriedMeasures carried)
    {
        for (int k = words.Count - 3; k >= 0; k--)
        {
            if (!(words.Is(k, "proportion") || words.Is(k, "percentage")) || !words.Is(k + 1, "of")) continue;
            Span<Figure> named = [new Figure(k, k, k + 1, 0, PercentageKind.Percent)];
            new MeasureFinder(words, document, -1, -1).Resolve(named);
            if (!named[0].HasMeasure || !MeasureFinder.NamesGroup(named[0].Rule)) return;
            carried.GroupStart = named[0].MeasureStart;
            carried.GroupEnd = named[0].MeasureEnd;
            carried.GroupSentence = sentence;
            carried.GroupParagraph = paragraph;
            return;
        }
    }

    /// <summary>The words of a span as one line: whitespace runs become one space, soft hyphens go.</summary>
    internal static string Clean(ReadOnlySpan<char> span)
    {
        var builder = new StringBuilder(span.Length);
        bool space = false;
        foreach (char c in span)
        {
            if (c == '\u00AD') continue;
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
