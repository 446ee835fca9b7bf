using System.Buffers;
using ReportMining.MachineLearning;
using ReportMining.Text;

namespace ReportMining.Percentages;

/// <summary>
/// A learned second opinion on what a percentage measures. It lists the candidate phrases of
/// the figure's sentence (every run of up to <see cref="MaxLength"/> tokens within
/// <see cref="Window"/> tokens of the figure that starts and ends on a word or number), plus
/// "no measure" and up to two measures carried from earlier sentences of the paragraph
/// (<see cref="CarriedCandidates"/>), scores each with a linear model over hashed features
/// (<see cref="MeasureFeatures"/>), trained as a listwise ranker over each figure's candidates (<see cref="RankingTrainer"/>), and keeps the rules' answer unless the best candidate
/// beats it clearly: a figure the rules left without a measure gets the best phrase when it
/// outscores "no measure" by more than <see cref="FillMargin"/>; a measure the rules found is
/// replaced when the best phrase outscores it by more than <see cref="OverrideMargin"/>.
/// </summary>
/// <remarks>
/// <para>Shaped like ML.NET's ranking over candidates: featurise each (figure, candidate) pair,
/// score with a linear model, take the argmax. The model is a <see cref="LinearModel"/> of kind
/// <see cref="ModelKind.PercentageMeasure"/> with classes "no" and "yes", trained by
/// <see cref="RankingTrainer"/> from the labelled mentions (<see cref="MeasureRankerTrainer"/>).</para>
/// <para>Scoring is linear, so a candidate's score is the sum of its feature groups' weights;
/// the ranker sums each group once per token of the window (first- and last-word groups once per
/// sentence, gap groups once per figure), keeps prefix sums of the inside-word and gap-word
/// weights and tables of the distance and small-number features, and adds a handful of numbers
/// per candidate instead of hashing forty features. <see cref="Checking"/> compares the two.</para>
/// <para>Immutable once built and safe to share between threads. A ranker made with
/// <see cref="Recording"/> leaves the rules' answers as they are and keeps every candidate with
/// its features, for training; one made with <see cref="Checking"/> also compares its fast
/// scores with the model's margin over the listed features. Neither is thread-safe.</para>
/// </remarks>
internal sealed class MeasureRanker
{
    /// <summary>Longest candidate, in tokens.</summary>
    public const int MaxLength = 12;

    /// <summary>How far from the figure a candidate may start or end, in tokens.</summary>
    public const int Window = 30;

    /// <summary>How much a phrase must outscore "no measure" to fill a figure the rules left without one (log of the ratio of their probabilities).</summary>
    public const float FillMargin = 0f;

    /// <summary>How much a candidate must outscore the rules' answer to replace it (log of the ratio of their probabilities).</summary>
    public const float OverrideMargin = 3f;

    private const int Shapes = 16, Distances = 8, Lengths = 9;

    private readonly LinearModel? _model;
    private readonly float[] _weights = [];
    private readonly float _bias;
    private readonly float[] _small = [];
    private readonly float[] _distance = [];
    private readonly float[] _farGap = [];
    private readonly bool _checking;

    private MeasureRanker(List<RecordedFigure> recorded) => Recorded = recorded;

    /// <summary>A ranker that picks measures with <paramref name="model"/>.</summary>
    /// <exception cref="ArgumentException">The model is not a two-class percentage measure model over 2^18 buckets, or was trained with other word lists.</exception>
    public MeasureRanker(LinearModel model)
        : this(model, checking: false)
    {
    }

    private MeasureRanker(LinearModel model, bool checking)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.Kind != ModelKind.PercentageMeasure || model.ClassCount != 2)
        {
            throw new ArgumentException($"a percentage measure model has kind {ModelKind.PercentageMeasure.Name()} and two classes; this one is {model.Kind.Name()} with {model.ClassCount}", nameof(model));
        }

        if (model.Featurizer.HashBits != MeasureFeatures.HashBits || model.Featurizer.Vectors is not null)
        {
            throw new ArgumentException($"a percentage measure model hashes into 2^{MeasureFeatures.HashBits} buckets and has no word vectors", nameof(model));
        }

        if (model.Featurizer.LexiconFingerprint != PercentLexicon.Fingerprint)
        {
            throw new ArgumentException(
                model.Featurizer.LexiconFingerprint == 0
                    ? "the model records no word-list fingerprint (it was written before version 4 of the format); retrain it with 'reportmining train percentage-measure'"
                    : $"the model was trained with other word lists (fingerprint {model.Featurizer.LexiconFingerprint:x16}, this library {PercentLexicon.Fingerprint:x16}); its features would not line up: retrain it with 'reportmining train percentage-measure'",
                nameof(model));
        }

        _model = model;
        _checking = checking;
        (_weights, _bias) = model.MarginWeights();
        _small = SmallTable();
        _distance = new float[2 * Distances];
        for (int rel = 0; rel < 2; rel++)
        {
            for (int d = 0; d < Distances; d++) _distance[(rel * Distances) + d] = _weights[MeasureFeatures.Distance((ulong)rel, (ulong)d)];
        }

        _farGap = [_weights[MeasureFeatures.FarGap(0)], _weights[MeasureFeatures.FarGap(1)]];
    }

    /// <summary>The name of the shipped model inside the assembly.</summary>
    internal const string ResourceName = "ReportMining.Models.percentage_measure.bin";

    private static readonly Lazy<MeasureRanker> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The ranker in <paramref name="directory"/>'s <c>percentage_measure.bin</c> when there is
    /// one, else the one shipped in the package (also when <paramref name="directory"/> is null:
    /// a folder of sentence models made by <c>reportmining train</c> need not hold one).
    /// </summary>
    /// <exception cref="ModelFormatException">The file (or the shipped model) is truncated, corrupt, of another version or kind, or not a two-class measure model.</exception>
    public static MeasureRanker Load(string? directory)
    {
        if (directory is not null)
        {
            string path = Path.Combine(directory, ModelKind.PercentageMeasure.FileName());
            if (File.Exists(path)) return LoadFile(path);
        }

        return Embedded.Value;
    }

    /// <summary>The ranker in the model file <paramref name="path"/>.</summary>
    /// <exception cref="ModelFormatException">The file is missing, truncated, corrupt, of another version or kind, or not a two-class measure model.</exception>
    public static MeasureRanker LoadFile(string path) => Create(ModelFile.Load(path, ModelKind.PercentageMeasure), path);

    private static MeasureRanker LoadEmbedded()
    {
        const string source = "embedded:percentage_measure.bin";
        var assembly = typeof(MeasureRanker).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ModelFormatException(source, $"resource '{ResourceName}' is missing from {assembly.GetName().Name} (train it with 'reportmining train percentage-measure' and rebuild)");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return Create(ModelFile.Read(bytes, source, ModelKind.PercentageMeasure), source);
    }

    private static MeasureRanker Create(LinearModel model, string source)
    {
        if (!model.Labels.SequenceEqual(Labels))
        {
            throw new ModelFormatException(source, $"labels [{string.Join(", ", model.Labels)}] are not the expected [{string.Join(", ", Labels)}]");
        }

        try
        {
            return new MeasureRanker(model);
        }
        catch (ArgumentException e)
        {
            throw new ModelFormatException(source, e.Message, e);
        }
    }

    /// <summary>The model's classes: "no" (not the measure) and "yes".</summary>
    internal static IReadOnlyList<string> Labels { get; } = ["no", "yes"];

    /// <summary>A ranker that changes nothing and records every figure's candidates and features.</summary>
    public static MeasureRanker Recording() => new([]);

    /// <summary>A ranker that chooses like one built on <paramref name="model"/> and checks each fast score against <see cref="LinearModel.Margin"/>.</summary>
    public static MeasureRanker Checking(LinearModel model) => new(model, checking: true);

    /// <summary>The model (null for a recording ranker).</summary>
    internal LinearModel? Model => _model;

    /// <summary>The recorded figures (recording rankers only).</summary>
    public List<RecordedFigure>? Recorded { get; }

    /// <summary>Candidates checked (checking rankers only).</summary>
    public int Checked { get; private set; }

    /// <summary>The largest difference between a fast score and the model's margin (checking rankers only).</summary>
    public float LargestDifference { get; private set; }

    /// <summary>The model's featuriser settings (only the hash size and the word-list fingerprint matter here).</summary>
    internal static FeaturizerOptions FeaturizerOptions { get; } = new() { HashBits = MeasureFeatures.HashBits, LexiconFingerprint = PercentLexicon.Fingerprint };

    /// <summary>
    /// Chooses the measure of each figure of a sentence; the rules' answers are in the figures
    /// when called and are replaced by the choices.
    /// </summary>
    public void ChooseAll(in Words words, Span<Figure> figures) => ChooseAll(words, figures, CarriedCandidates.None);

    /// <summary>
    /// Chooses the measure of each figure of a sentence among its phrases and the measures
    /// <paramref name="carried"/> from earlier sentences; the rules' answers are in the figures
    /// when called and are replaced by the choices.
    /// </summary>
    public void ChooseAll(in Words words, Span<Figure> figures, in CarriedCandidates carried)
    {
        int n = words.Count;
        if (n == 0 || figures.IsEmpty) return;
        ulong[]? rentedHashes = null;
        float[]? rentedFloats = null;
        int[]? rentedInts = null;
        try
        {
            Span<ulong> hashes = n <= 256 ? stackalloc ulong[256] : (rentedHashes = ArrayPool<ulong>.Shared.Rent(n));
            hashes = hashes[..n];
            MeasureFeatures.HashWords(words, hashes);
            if (Recorded is not null)
            {
                foreach (ref var figure in figures) Record(words, hashes, figures, figure, carried);
                return;
            }

            // per token: prefix sums of inside-word and gap-word weights, then (per figure) start and
            // end sums, and (per sentence, on both sides, filled when first needed) first- and last-word sums
            int m = n + 1;
            Span<float> floats = m <= 257 ? stackalloc float[9 * 257] : (rentedFloats = ArrayPool<float>.Shared.Rent(9 * m));
            var sums = new Sums(floats, m);

            // per token: prefix counts of commas and of figure tokens, the near edge's distance bucket, start and end shape bits
            Span<int> ints = m <= 257 ? stackalloc int[6 * 257] : (rentedInts = ArrayPool<int>.Shared.Rent(6 * m));
            var commas = ints[..m];
            var covered = ints.Slice(m, m);
            var distance = ints.Slice(2 * m, m);
            var startShape = ints.Slice(3 * m, m);
            var endShape = ints.Slice(4 * m, m);
            var kinds = ints.Slice(5 * m, m);

            sums.Inside[0] = 0;
            sums.GapWords[0] = 0;
            sums.GapWords[m] = 0;
            commas[0] = 0;
            covered[0] = 0;
            for (int i = 0; i < n; i++)
            {
                sums.Inside[i + 1] = sums.Inside[i] + _weights[MeasureFeatures.Inside(hashes[i])];
                sums.GapWords[i + 1] = sums.GapWords[i] + _weights[MeasureFeatures.GapWord(0, hashes[i])];
                sums.GapWords[m + i + 1] = sums.GapWords[m + i] + _weights[MeasureFeatures.GapWord(1, hashes[i])];
                commas[i + 1] = commas[i] + (words.IsPunct(i, ',') ? 1 : 0);
                startShape[i] = MeasureFeatures.StartShape(words, i);
                kinds[i] = (IsWordOrNumber(words, i) ? Edge : 0) | (IsInner(words, i) ? Inner : 0);
                endShape[i + 1] = MeasureFeatures.EndShape(words, i + 1);
            }

            covered.Clear(); // pooled buffers (long sentences) come back dirty
            foreach (ref readonly var g in figures)
            {
                for (int i = Math.Max(0, g.First); i < Math.Min(n, g.Last); i++) covered[i + 1] = 1;
            }

            for (int i = 0; i < n; i++) covered[i + 1] += covered[i];
            sums.Word.Fill(float.NaN);
            var tables = new Tables(commas, covered, distance, startShape, endShape, kinds);
            foreach (ref var figure in figures) Choose(words, hashes, figures, ref figure, sums, tables, carried);
        }
        finally
        {
            if (rentedHashes is not null) ArrayPool<ulong>.Shared.Return(rentedHashes);
            if (rentedFloats is not null) ArrayPool<float>.Shared.Return(rentedFloats);
            if (rentedInts is not null) ArrayPool<int>.Shared.Return(rentedInts);
        }
    }

    private void Choose(in Words words, ReadOnlySpan<ulong> hashes, ReadOnlySpan<Figure> figures, ref Figure figure, in Sums sums, in Tables tables, in CarriedCandidates carried)
    {
        int n = words.Count;
        int origStart = figure.MeasureStart, origEnd = figure.MeasureEnd;
        ulong rule = MeasureFeatures.RuleHash(figure);
        Span<int> f = stackalloc int[MeasureFeatures.MaxFeatures];
        var startSum = sums.Start;
        var endSum = sums.End;
        var distance = tables.Distance;

        float noneScore = _bias + Sum(f[..MeasureFeatures.None(hashes, figure, rule, f)]);
        float best = noneScore, ruleScore = float.NaN;
        int bestStart = -1, bestEnd = -1;
        if (_checking) Check(noneScore, f[..MeasureFeatures.None(hashes, figure, rule, f)]);

        // measures carried from earlier sentences (scored from their listed features: two at most)
        if (carried.MeasureStart >= 0)
        {
            float score = _bias + Sum(f[..MeasureFeatures.Carried(hashes, figure, rule, 0, carried.MeasureBack, carried.MeasureHead, f)]);
            Consider(score, carried.MeasureStart, carried.MeasureEnd, origStart, origEnd, ref best, ref bestStart, ref bestEnd, ref ruleScore);
        }

        if (carried.GroupStart >= 0)
        {
            float score = _bias + Sum(f[..MeasureFeatures.Carried(hashes, figure, rule, 1, carried.GroupBack, carried.GroupHead, f)]);
            Consider(score, carried.GroupStart, carried.GroupEnd, origStart, origEnd, ref best, ref bestStart, ref bestEnd, ref ruleScore);
        }

        Span<float> figureSum = [_bias + Sum(f[..MeasureFeatures.Figure(figure, rule, 0, f)]), _bias + Sum(f[..MeasureFeatures.Figure(figure, rule, 1, f)])];
        int lo = Math.Max(0, figure.First - Window), hi = Math.Min(n, figure.Last + Window);

        // the figure's neighbours by side and distance bucket
        Span<float> neighbours = stackalloc float[2 * Distances];
        for (int rel = 0; rel < 2; rel++)
        {
            for (int d = 0; d < Distances; d++)
            {
                neighbours[(rel * Distances) + d] = _distance[(rel * Distances) + d]
                    + _weights[MeasureFeatures.FigureNext(hashes, figure, (ulong)rel, (ulong)d)]
                    + _weights[MeasureFeatures.FigurePrevious(hashes, figure, (ulong)rel, (ulong)d)];
            }
        }

        // group sums per token of the window: before the figure the near edge is the end, after it the start
        for (int a = lo; a < figure.First; a++) startSum[a] = StartSum(words, hashes, sums, 0, a);
        for (int b = lo + 1; b <= figure.First; b++)
        {
            endSum[b] = EndSum(words, hashes, sums, 0, b) + _weights[MeasureFeatures.HeadNext(hashes, figure, 0, b)] + NearSum(hashes, figure, sums, neighbours, 0, b, out distance[b]);
        }

        for (int a = figure.Last; a < hi; a++)
        {
            startSum[a] = StartSum(words, hashes, sums, 1, a) + NearSum(hashes, figure, sums, neighbours, 1, a, out distance[a]);
        }

        for (int b = figure.Last + 1; b <= hi; b++) endSum[b] = EndSum(words, hashes, sums, 1, b) + _weights[MeasureFeatures.HeadNext(hashes, figure, 1, b)];

        // the rules' measure when it is only a place or comparator group: the ranker fills as if there were none
        bool rulePlace = origStart >= 0 && RuleTokens(words, origStart, origEnd, out int ra, out int rb) && PlaceOnly(words, ra, rb);

        var inside = sums.Inside;
        var commas = tables.Commas;
        var covered = tables.Covered;
        var startShape = tables.StartShape;
        var endShape = tables.EndShape;
        var kinds = tables.Kinds;
        for (int a = lo; a < hi; a++)
        {
            if (a == figure.First) a = figure.Last; // no candidate starts inside the figure
            if (a >= hi) break;
            if ((kinds[a] & Edge) == 0) continue;
            int rel = a < figure.First ? 0 : 1;
            int bMax = Math.Min(rel == 0 ? figure.First : hi, a + MaxLength); // a candidate does not run into the figure
            for (int b = a + 1; b <= bMax; b++)
            {
                int last = b - 1;
                if (last > a && (kinds[last] & Inner) == 0) break;
                if ((kinds[last] & Edge) == 0) continue;
                bool comma = last > a + 1 && commas[last] - commas[a + 1] > 0;
                bool other = covered[b] - covered[a] > 0;
                int db = distance[rel == 0 ? b : a];
                float score = figureSum[rel] + startSum[a] + endSum[b] + (inside[b] - inside[a])
                    + _small[SmallIndex(rel, db, Math.Min(b - a, 8), startShape[a] | endShape[b], comma, other)];
                if (_checking) Check(score, f[..MeasureFeatures.Span(words, hashes, figures, figure, rule, a, b, f)]);
                if (score > best || origStart >= 0)
                {
                    // a comparator or a place alone ("similar areas", "England", "Calderdale") is where a figure applies, never what
                    // it measures (checked only for a candidate about to lead, so rarely)
                    if (score > best && PlaceOnly(words, a, b) && (rulePlace || !(words.Start(a) == origStart && words.End(last) == origEnd))) continue;
                    Consider(score, words.Start(a), words.End(last), origStart, origEnd, ref best, ref bestStart, ref bestEnd, ref ruleScore);
                }
            }
        }

        bool replace = origStart < 0 || rulePlace
            ? bestStart >= 0 && best - noneScore > FillMargin
            : !float.IsNaN(ruleScore) && best - ruleScore > OverrideMargin;
        if (!replace) return;
        figure.MeasureStart = bestStart;
        figure.MeasureEnd = bestEnd;
    }

    /// <summary>The near-edge group's sum (<see cref="MeasureFeatures.Near"/>) from tables and prefix sums; <paramref name="bucket"/> is the distance bucket.</summary>
    private float NearSum(ReadOnlySpan<ulong> hashes, in Figure figure, in Sums sums, ReadOnlySpan<float> neighbours, int rel, int near, out int bucket)
    {
        var (from, to) = MeasureFeatures.GapOf(figure, (ulong)rel, near);
        bucket = (int)MeasureFeatures.DistanceBucket(figure, (ulong)rel, near);
        float sum = neighbours[(rel * Distances) + bucket];
        if (to - from <= MeasureFeatures.ShortGap)
        {
            ulong gap = MeasureFeatures.GapHash(hashes, from, to);
            return sum + _weights[MeasureFeatures.Gap((ulong)rel, gap)]
                + _weights[MeasureFeatures.LastGap((ulong)rel, gap, rel == 0 ? hashes[near - 1] : hashes[near])];
        }

        var gapWords = sums.GapWords.Slice(rel * sums.Length, sums.Length);
        return sum + _farGap[rel] + (gapWords[Math.Min(to, from + MeasureFeatures.GapWords)] - gapWords[from]);
    }

    /// <summary>The first-word group's sum for a start at <paramref name="a"/> on side <paramref name="rel"/>, computed once per sentence.</summary>
    private float StartSum(in Words words, ReadOnlySpan<ulong> hashes, in Sums sums, int rel, int a)
    {
        ref float cached = ref sums.Word[(rel * sums.Length) + a];
        if (float.IsNaN(cached))
        {
            Span<int> f = stackalloc int[8];
            cached = Sum(f[..MeasureFeatures.Start(words, hashes, (ulong)rel, a, f)]);
        }

        return cached;
    }

    /// <summary>The last-word group's sum for an end at <paramref name="b"/> on side <paramref name="rel"/>, computed once per sentence.</summary>
    private float EndSum(in Words words, ReadOnlySpan<ulong> hashes, in Sums sums, int rel, int b)
    {
        ref float cached = ref sums.Word[((2 + rel) * sums.Length) + b];
        if (float.IsNaN(cached))
        {
            Span<int> f = stackalloc int[8];
            cached = Sum(f[..MeasureFeatures.End(words, hashes, (ulong)rel, b, f)]);
        }

        return cached;
    }

    /// <summary>Per-token float sums of one sentence, each <see cref="Length"/> long (tokens + 1).</summary>
    private readonly ref struct Sums(Span<float> floats, int length)
    {
        public readonly int Length = length;

        /// <summary>Prefix sums of the inside-word weights.</summary>
        public readonly Span<float> Inside = floats[..length];

        /// <summary>The current figure's start-side sums.</summary>
        public readonly Span<float> Start = floats.Slice(length, length);

        /// <summary>The current figure's end-side sums.</summary>
        public readonly Span<float> End = floats.Slice(2 * length, length);

        /// <summary>Cached first-word sums (side 0, then side 1) and last-word sums (side 0, then side 1), NaN until computed.</summary>
        public readonly Span<float> Word = floats.Slice(3 * length, 4 * length);

        /// <summary>Prefix sums of the gap-word weights, side 0 then side 1.</summary>
        public readonly Span<float> GapWords = floats.Slice(7 * length, 2 * length);
    }

    /// <summary>Per-token integer tables of one sentence.</summary>
    private readonly ref struct Tables(Span<int> commas, Span<int> covered, Span<int> distance, Span<int> startShape, Span<int> endShape, Span<int> kinds)
    {
        /// <summary>Per token: <see cref="Edge"/> when a candidate may start or end on it, <see cref="Inner"/> when it may stand inside one.</summary>
        public readonly Span<int> Kinds = kinds;

        public readonly Span<int> Commas = commas;
        public readonly Span<int> Covered = covered;
        public readonly Span<int> Distance = distance;
        public readonly Span<int> StartShape = startShape;
        public readonly Span<int> EndShape = endShape;
    }

    /// <summary>
    /// True when tokens [<paramref name="a"/>, <paramref name="b"/>) are only a comparator group ("(its) statistical neighbours",
    /// "similar areas", "other local authorities"), "England" or "Wales", or a local authority's name: the gold never takes
    /// these as a measure (they are scopes: "compared with 5% in similar areas").
    /// </summary>
    internal static bool PlaceOnly(in Words words, int a, int b)
    {
        while (a < b && (words.Is(a, "the") || words.Is(a, "its") || words.Is(a, "their") || words.Is(a, "our"))) a++;
        if (a >= b || b - a > 4) return false;
        int last = b - 1;
        if (b - a == 1 && (words.Is(a, "England") || words.Is(a, "Wales") || words.Is(a, "nationally"))) return true;
        if (words.Is(last, "areas") || words.Is(last, "authorities") || words.Is(last, "councils") || words.Is(last, "neighbours")
            || words.Is(last, "comparators") || words.Is(last, "counterparts"))
        {
            for (int k = a; k < last; k++)
            {
                if (!(words.Is(k, "similar") || words.Is(k, "statistical") || words.Is(k, "comparator") || words.Is(k, "comparable")
                    || words.Is(k, "other") || words.Is(k, "neighbouring") || words.Is(k, "local") || words.Is(k, "all"))) return false;
            }

            return true;
        }

        return words.IsCapitalised(a) && Inspections.LocalAuthorities.TryMatchAt(words.Source, words.Start(a), out _, out int end) && end == words.End(last);
    }

    /// <summary>The tokens [<paramref name="a"/>, <paramref name="b"/>) that span characters [<paramref name="start"/>, <paramref name="end"/>) of this sentence, if any.</summary>
    private static bool RuleTokens(in Words words, int start, int end, out int a, out int b)
    {
        a = b = -1;
        if (words.Count == 0 || start < words.Start(0) || end > words.End(words.Count - 1)) return false;
        for (int i = 0; i < words.Count; i++)
        {
            if (a < 0 && words.Start(i) == start) a = i;
            if (a >= 0 && words.End(i) == end)
            {
                b = i + 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>Keeps the best-scoring candidate so far, and the score of the rules' own span.</summary>
    private static void Consider(float score, int start, int end, int origStart, int origEnd, ref float best, ref int bestStart, ref int bestEnd, ref float ruleScore)
    {
        if (start == origStart && end == origEnd) ruleScore = score;
        if (score > best)
        {
            best = score;
            bestStart = start;
            bestEnd = end;
        }
    }

    private void Record(in Words words, ReadOnlySpan<ulong> hashes, ReadOnlySpan<Figure> figures, in Figure figure, in CarriedCandidates carried)
    {
        var record = new RecordedFigure(words.Start(figure.First), words.End(figure.Last - 1), [], []);
        Recorded!.Add(record);
        ulong rule = MeasureFeatures.RuleHash(figure);
        Span<int> f = stackalloc int[MeasureFeatures.MaxFeatures];
        record.Candidates.Add((-1, -1));
        record.Features.Add(f[..MeasureFeatures.None(hashes, figure, rule, f)].ToArray());
        if (carried.MeasureStart >= 0)
        {
            record.Candidates.Add((carried.MeasureStart, carried.MeasureEnd));
            record.Features.Add(f[..MeasureFeatures.Carried(hashes, figure, rule, 0, carried.MeasureBack, carried.MeasureHead, f)].ToArray());
        }

        if (carried.GroupStart >= 0)
        {
            record.Candidates.Add((carried.GroupStart, carried.GroupEnd));
            record.Features.Add(f[..MeasureFeatures.Carried(hashes, figure, rule, 1, carried.GroupBack, carried.GroupHead, f)].ToArray());
        }
        int lo = Math.Max(0, figure.First - Window), hi = Math.Min(words.Count, figure.Last + Window);
        for (int a = lo; a < hi; a++)
        {
            if (!IsEdge(words, a, figure)) continue;
            for (int b = a + 1; b <= Math.Min(hi, a + MaxLength); b++)
            {
                int last = b - 1;
                if (last >= figure.First && a < figure.Last) break;
                if (last > a && !IsInner(words, last)) break;
                if (!IsEdge(words, last, figure)) continue;
                record.Candidates.Add((words.Start(a), words.End(last)));
                record.Features.Add(f[..MeasureFeatures.Span(words, hashes, figures, figure, rule, a, b, f)].ToArray());
            }
        }
    }

    private void Check(float fast, ReadOnlySpan<int> features)
    {
        Checked++;
        LargestDifference = Math.Max(LargestDifference, Math.Abs(fast - _model!.Margin(features)));
    }

    private float Sum(ReadOnlySpan<int> features)
    {
        float s = 0;
        foreach (int i in features) s += _weights[i];
        return s;
    }

    private static int SmallIndex(int rel, int distance, int length, int shape, bool comma, bool other) =>
        ((((((((rel * Distances) + distance) * Lengths) + length) * Shapes) + shape) * 2) + (comma ? 1 : 0)) * 2 + (other ? 1 : 0);

    /// <summary>The summed weights of the small-number features for every combination of their values.</summary>
    private float[] SmallTable()
    {
        var table = new float[2 * Distances * Lengths * Shapes * 2 * 2];
        Span<int> f = stackalloc int[8];
        for (int rel = 0; rel < 2; rel++)
        for (int d = 0; d < Distances; d++)
        for (int l = 0; l < Lengths; l++)
        for (int s = 0; s < Shapes; s++)
        for (int c = 0; c < 2; c++)
        for (int o = 0; o < 2; o++)
        {
            int k = MeasureFeatures.Small((ulong)rel, (ulong)d, (ulong)l, s, c == 1, o == 1, f);
            table[SmallIndex(rel, d, l, s, c == 1, o == 1)] = Sum(f[..k]);
        }

        return table;
    }

    private const int Edge = 1, Inner = 2;

    /// <summary>A candidate may start or end on a word or a number that is not part of the figure.</summary>
    private static bool IsEdge(in Words words, int i, in Figure figure) => (i < figure.First || i >= figure.Last) && IsWordOrNumber(words, i);

    private static bool IsWordOrNumber(in Words words, int i) => words.Kind(i) is TokenKind.Word or TokenKind.Number;

    /// <summary>What may stand inside a candidate: words, numbers, and light punctuation.</summary>
    private static bool IsInner(in Words words, int i)
    {
        if (words.Kind(i) != TokenKind.Punctuation) return true;
        char c = words.Char(i);
        return c is ',' or '-' or '–' or '/' or '&' or '\'' or '’' or '.';
    }
}
