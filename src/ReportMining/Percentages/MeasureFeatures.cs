using ReportMining.Text;

namespace ReportMining.Percentages;

/// <summary>
/// The hashed features of a measure candidate (a run of tokens near a percentage, or "no
/// measure"), for <see cref="MeasureRanker"/>. Each feature is a bucket of a 2^<see cref="HashBits"/>
/// space with value 1, hashed from a template number and what it looks at.
/// </summary>
/// <remarks>
/// A candidate lies wholly before the figure or wholly after it (<c>rel</c> 0 or 1), and its
/// features fall into groups by what they depend on: the figure alone, the candidate's first
/// token, its last token, its near edge (the words between it and the figure), small numbers
/// (length, distance, shape), and the words inside. <see cref="Span"/> lists them all; the
/// ranker sums each group once per token instead of once per candidate, which is why the groups
/// are kept apart here.
/// </remarks>
internal static class MeasureFeatures
{
    /// <summary>Hash buckets: 2^18.</summary>
    public const int HashBits = 18;

    /// <summary>Most features of one candidate (a span lists at most 44).</summary>
    public const int MaxFeatures = 48;

    /// <summary>Gap words listed one by one when the gap is longer than <see cref="ShortGap"/>.</summary>
    public const int GapWords = 8;

    /// <summary>Longest gap hashed as a whole.</summary>
    public const int ShortGap = 3;

    private const int Mask = (1 << HashBits) - 1;

    // templates (numbers are part of the hash: changing one needs a new model)
    private const ulong TNone = 1, TLength = 3, TDistance = 4, TFirst = 5, TLast = 6, TBefore = 7, TAfter = 8,
        TGap = 9, TRule = 10, TSpan = 11, TShape = 12, TLastGap = 13, TInside = 14, TKind = 15, TDistLen = 16,
        TOtherFigure = 17, TBeforeFirst = 18, TClassesFirst = 19, TClassesLast = 20, TClassBefore = 21, TBefore2 = 22,
        TAfter2 = 23, TFigureNext = 24, TFigurePrevious = 25, TGapWord = 26, THeadNext = 27, TComma = 28, TCarried = 2;

    /// <summary>Hash of each token's lower-cased text into <paramref name="hashes"/>.</summary>
    public static void HashWords(in Words words, Span<ulong> hashes)
    {
        for (int i = 0; i < words.Count; i++) hashes[i] = WordHash(words.Text(i));
    }

    /// <summary>Hash of the name of the rule that last looked for the figure's measure.</summary>
    public static ulong RuleHash(in Figure figure)
    {
        ulong h = 14695981039346656037ul;
        if (figure.Rule is { } s)
        {
            foreach (char c in s) h = (h ^ c) * 1099511628211ul;
        }

        return h;
    }

    /// <summary>The features of "no measure".</summary>
    public static int None(ReadOnlySpan<ulong> hashes, in Figure figure, ulong rule, Span<int> f)
    {
        f[0] = Bucket(TNone, 0, 0);
        f[1] = Bucket(TNone, 1, rule);
        f[2] = Bucket(TNone, 2, (ulong)figure.Kind);
        f[3] = Bucket(TNone, 3, At(hashes, figure.Last));
        f[4] = Bucket(TNone, 4, At(hashes, figure.First - 1));
        f[5] = Bucket(TNone, 5, 0);
        f[6] = Bucket(TNone, 6, Mix(At(hashes, figure.Last), At(hashes, figure.Last + 1)));
        return 7;
    }

    /// <summary>
    /// The features of a measure carried from an earlier sentence: <paramref name="kind"/> 0 for
    /// the last measure found, 1 for the last group named after "of"; <paramref name="back"/>
    /// sentences back; <paramref name="head"/> the hash of its last word.
    /// </summary>
    public static int Carried(ReadOnlySpan<ulong> hashes, in Figure figure, ulong rule, ulong kind, int back, ulong head, Span<int> f)
    {
        ulong position = (ulong)Math.Min(figure.First, 4);
        f[0] = Bucket(TCarried, kind, 0);
        f[1] = Bucket(TCarried, (kind << 8) | 1, (ulong)Math.Clamp(back, 0, 4));
        f[2] = Bucket(TCarried, (kind << 8) | 2, (ulong)figure.Kind);
        f[3] = Bucket(TCarried, (kind << 8) | 3, position);
        f[4] = Bucket(TCarried, (kind << 8) | 4, At(hashes, figure.Last));
        f[5] = Bucket(TCarried, (kind << 8) | 5, At(hashes, figure.First - 1));
        f[6] = Bucket(TCarried, (kind << 8) | 6, Mix(position, At(hashes, figure.Last)));
        f[7] = Bucket(TCarried, (kind << 8) | 7, rule);
        f[8] = Bucket(TCarried, (kind << 8) | 8, head);
        f[9] = Bucket(TCarried, (kind << 8) | 9, At(hashes, 0));
        f[10] = Bucket(TCarried, (kind << 8) | 10, Mix(At(hashes, figure.Last), At(hashes, figure.Last + 1)));
        return 11;
    }

    /// <summary>Hash of the trailing run of letters and digits of the text span [<paramref name="start"/>, <paramref name="end"/>) (its last word), hashed as <see cref="HashWords"/> hashes a token.</summary>
    public static ulong LastWordHash(ReadOnlySpan<char> text, int start, int end)
    {
        int i = end;
        while (i > start && char.IsLetterOrDigit(text[i - 1])) i--;
        return WordHash(text[i..end]);
    }

    /// <summary>Every feature of the candidate of tokens [<paramref name="a"/>, <paramref name="b"/>).</summary>
    public static int Span(in Words words, ReadOnlySpan<ulong> hashes, ReadOnlySpan<Figure> figures, in Figure figure, ulong rule, int a, int b, Span<int> f)
    {
        ulong rel = Side(figure, a);
        int near = rel == 0 ? b : a;
        int n = Figure(figure, rule, rel, f);
        n += Start(words, hashes, rel, a, f[n..]);
        n += End(words, hashes, rel, b, f[n..]);
        f[n++] = HeadNext(hashes, figure, rel, b);
        n += Near(hashes, figure, rel, near, f[n..]);
        n += Small(rel, DistanceBucket(figure, rel, near), LengthBucket(b - a), Shape(words, a, b), HasComma(words, a, b), HasOtherFigure(figures, a, b), f[n..]);
        for (int i = a; i < b; i++) f[n++] = Inside(hashes[i]);
        return n;
    }

    /// <summary>0 when a candidate starting at <paramref name="a"/> lies before the figure, 1 after it.</summary>
    public static ulong Side(in Figure figure, int a) => a < figure.First ? 0ul : 1ul;

    /// <summary>Features that depend on the figure and side only.</summary>
    public static int Figure(in Figure figure, ulong rule, ulong rel, Span<int> f)
    {
        f[0] = Bucket(TKind, rel, (ulong)figure.Kind);
        f[1] = Bucket(TSpan, 0, 0);
        f[2] = Bucket(TRule, rule, 0);
        return 3;
    }

    /// <summary>Features of the candidate's first token <paramref name="a"/> and what comes before it.</summary>
    public static int Start(in Words words, ReadOnlySpan<ulong> hashes, ulong rel, int a, Span<int> f)
    {
        f[0] = Bucket(TFirst, rel, hashes[a]);
        f[1] = Bucket(TBefore, rel, At(hashes, a - 1));
        f[2] = Bucket(TBeforeFirst, rel, Mix(At(hashes, a - 1), hashes[a]));
        f[3] = Bucket(TClassesFirst, rel, words.Classes(a));
        f[4] = Bucket(TClassBefore, rel, words.Classes(a - 1));
        f[5] = Bucket(TBefore2, rel, Mix(At(hashes, a - 2), At(hashes, a - 1)));
        return 6;
    }

    /// <summary>Features of the candidate's last token (<paramref name="b"/> - 1) and what follows it.</summary>
    public static int End(in Words words, ReadOnlySpan<ulong> hashes, ulong rel, int b, Span<int> f)
    {
        f[0] = Bucket(TLast, rel, hashes[b - 1]);
        f[1] = Bucket(TAfter, rel, At(hashes, b));
        f[2] = Bucket(TClassesLast, rel, words.Classes(b - 1));
        f[3] = Bucket(TAfter2, rel, Mix(At(hashes, b), At(hashes, b + 1)));
        return 4;
    }

    /// <summary>The feature of the candidate's last word with the word after the figure.</summary>
    public static int HeadNext(ReadOnlySpan<ulong> hashes, in Figure figure, ulong rel, int b) =>
        Bucket(THeadNext, rel, Mix(hashes[b - 1], At(hashes, figure.Last)));

    /// <summary>
    /// Features of the words between the candidate and the figure; <paramref name="near"/> is
    /// the candidate's end (before the figure) or its start (after it).
    /// </summary>
    public static int Near(ReadOnlySpan<ulong> hashes, in Figure figure, ulong rel, int near, Span<int> f)
    {
        var (from, to) = GapOf(figure, rel, near);
        ulong db = DistanceBucket(figure, rel, near);
        int n = 0;
        f[n++] = Distance(rel, db);
        if (to - from <= ShortGap)
        {
            ulong gap = GapHash(hashes, from, to);
            f[n++] = Gap(rel, gap);
            f[n++] = LastGap(rel, gap, rel == 0 ? hashes[near - 1] : hashes[near]);
        }
        else
        {
            f[n++] = FarGap(rel);
        }

        f[n++] = FigureNext(hashes, figure, rel, db);
        f[n++] = FigurePrevious(hashes, figure, rel, db);
        if (to - from > ShortGap)
        {
            for (int i = from; i < to && i < from + GapWords; i++) f[n++] = GapWord(rel, hashes[i]);
        }

        return n;
    }

    /// <summary>The tokens [From, To) between a candidate's near edge and the figure.</summary>
    public static (int From, int To) GapOf(in Figure figure, ulong rel, int near)
    {
        int from = rel == 0 ? near : figure.Last, to = rel == 0 ? figure.First : near;
        return (from, Math.Max(from, to));
    }

    /// <summary>Hash of the words of a short gap, in order.</summary>
    public static ulong GapHash(ReadOnlySpan<ulong> hashes, int from, int to)
    {
        ulong gap = 0x9E3779B97F4A7C15ul;
        for (int i = from; i < to; i++) gap = Mix(gap, hashes[i]);
        return gap;
    }

    /// <summary>The distance feature.</summary>
    public static int Distance(ulong rel, ulong distanceBucket) => Bucket(TDistance, rel, distanceBucket);

    /// <summary>The feature of a short gap's words.</summary>
    public static int Gap(ulong rel, ulong gapHash) => Bucket(TGap, rel, gapHash);

    /// <summary>The feature of a gap longer than <see cref="ShortGap"/>.</summary>
    public static int FarGap(ulong rel) => Bucket(TGap, rel, 7);

    /// <summary>The feature of a short gap with the candidate's edge word next to it.</summary>
    public static int LastGap(ulong rel, ulong gapHash, ulong edgeHash) => Bucket(TLastGap, rel, Mix(gapHash, edgeHash));

    /// <summary>The word after the figure, by side and distance.</summary>
    public static int FigureNext(ReadOnlySpan<ulong> hashes, in Figure figure, ulong rel, ulong distanceBucket) =>
        Bucket(TFigureNext, (rel << 8) | distanceBucket, At(hashes, figure.Last));

    /// <summary>The word before the figure, by side and distance.</summary>
    public static int FigurePrevious(ReadOnlySpan<ulong> hashes, in Figure figure, ulong rel, ulong distanceBucket) =>
        Bucket(TFigurePrevious, (rel << 8) | distanceBucket, At(hashes, figure.First - 1));

    /// <summary>The feature of one word of a long gap.</summary>
    public static int GapWord(ulong rel, ulong hash) => Bucket(TGapWord, rel, hash);

    /// <summary>Distance from the candidate's near edge to the figure, in eight buckets.</summary>
    public static ulong DistanceBucket(in Figure figure, ulong rel, int near)
    {
        int distance = Math.Max(0, rel == 0 ? figure.First - near : near - figure.Last);
        return distance switch { <= 3 => (ulong)distance, <= 5 => 4, <= 8 => 5, <= 14 => 6, _ => 7 };
    }

    /// <summary>Length in tokens, 1 to 8 (longer counts as 8).</summary>
    public static ulong LengthBucket(int length) => (ulong)Math.Min(length, 8);

    /// <summary>Shape bits: capitalised first word 1, plural-looking last word 2, sentence start 4, starts with a number 8.</summary>
    public static int Shape(in Words words, int a, int b) => StartShape(words, a) | EndShape(words, b);

    /// <summary>The shape bits of a candidate's start.</summary>
    public static int StartShape(in Words words, int a) =>
        (char.IsUpper(words.Char(a)) ? 1 : 0) | (a == 0 ? 4 : 0) | (words.Kind(a) == TokenKind.Number ? 8 : 0);

    /// <summary>The shape bit of a candidate's end (its last word looks plural).</summary>
    public static int EndShape(in Words words, int b) => words.Text(b - 1) is { Length: > 2 } last && (last[^1] | 0x20) == 's' ? 2 : 0;

    /// <summary>Whether a comma stands inside the candidate (not on its edges).</summary>
    public static bool HasComma(in Words words, int a, int b)
    {
        for (int i = a + 1; i < b - 1; i++)
        {
            if (words.IsPunct(i, ',')) return true;
        }

        return false;
    }

    /// <summary>Whether a percentage of the sentence lies inside the candidate.</summary>
    public static bool HasOtherFigure(ReadOnlySpan<Figure> figures, int a, int b)
    {
        foreach (ref readonly var g in figures)
        {
            if (g.First < b && a < g.Last) return true;
        }

        return false;
    }

    /// <summary>Features of small numbers: length, length with distance, shape, an inner comma, another figure inside.</summary>
    public static int Small(ulong rel, ulong distanceBucket, ulong lengthBucket, int shape, bool comma, bool other, Span<int> f)
    {
        f[0] = Bucket(TLength, rel, lengthBucket);
        f[1] = Bucket(TDistLen, rel, (distanceBucket << 8) | lengthBucket);
        f[2] = Bucket(TShape, rel, (ulong)shape);
        f[3] = Bucket(TComma, rel, comma ? 1ul : 0ul);
        f[4] = Bucket(TOtherFigure, rel, other ? 1ul : 0ul);
        return 5;
    }

    /// <summary>The feature of one word inside the candidate.</summary>
    public static int Inside(ulong hash) => Bucket(TInside, 0, hash);

    private static ulong At(ReadOnlySpan<ulong> hashes, int i) => (uint)i < (uint)hashes.Length ? hashes[i] : 0x5bd1e995ul;

    private static int Bucket(ulong template, ulong a, ulong b) => (int)(Mix(Mix(template * 0x9E3779B97F4A7C15ul, a), b) & Mask);

    private static ulong Mix(ulong h, ulong v)
    {
        h ^= v + 0x9E3779B97F4A7C15ul + (h << 6) + (h >> 2);
        h *= 0xBF58476D1CE4E5B9ul;
        return h ^ (h >> 31);
    }

    /// <summary>FNV-1a of the text, lower-cased.</summary>
    private static ulong WordHash(ReadOnlySpan<char> text)
    {
        ulong h = 14695981039346656037ul;
        foreach (char c in text) h = (h ^ char.ToLowerInvariant(c)) * 1099511628211ul;
        return h;
    }
}
