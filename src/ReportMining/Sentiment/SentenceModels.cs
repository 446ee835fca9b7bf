using System.Buffers.Binary;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using ReportMining.MachineLearning;
using ReportMining.Sentiment.Training;
using ReportMining.Text;

namespace ReportMining.Sentiment;

/// <summary>
/// The three sentence models (sentiment, top-level area, finer area): loaded once, shared by
/// every analysis. A sentence is featurised once; its features index one combined weight table
/// whose rows hold the weights of all three models side by side, so each feature costs one
/// memory fetch and three SIMD multiply-adds.
/// </summary>
internal sealed class SentenceModels : ISentenceClassifier
{
    /// <summary>Probability the second most likely top-level area needs to be reported as a second area.</summary>
    public const float SecondAreaThreshold = 0.35f;

    /// <summary>Resource name prefix of the models embedded in the library.</summary>
    internal const string ResourcePrefix = "ReportMining.Models.";

    private const int Stride = 24; // 4 sentiment + 6 area + 13 finer area, padded to 3 x 8 floats
    private const int SentimentAt = 0;
    private const int AreaAt = 4;
    private const int FineAt = 10;

    private static readonly Lazy<SentenceModels> Embedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Feature spaces up to 2^17 buckets get a dense table (one fetch per feature); larger ones a bucket-to-row index.</summary>
    private const int DenseBits = 17;

    private readonly TextFeaturizer _featurizer;
    private readonly int[]? _rowOf;
    private readonly float[] _rows;
    private readonly float[] _bias = new float[Stride];
    /// <summary>The weight table in 16 bits (dense feature spaces, with AVX2): half the float table's memory traffic per feature.</summary>
    private readonly short[]? _quantised;
    private readonly float[] _scale = [];
    /// <summary>
    /// With a mean word-vector block (<see cref="FeaturizerOptions.EmbeddingMean"/>): per word of the
    /// word vectors, the three models' scores of that word's vector (<see cref="Stride"/> floats). The
    /// block's share of a sentence's scores is then the sum of its words' rows times the block weight
    /// over the number of words, added straight from here instead of featurising and scoring the
    /// block dimension by dimension. Null with an L2-normalised block.
    /// </summary>
    private readonly float[]? _wordScores;

    private SentenceModels(LinearModel sentiment, LinearModel area, LinearModel fine, string source, QuantisedTable? built = null)
    {
        Source = source;
        Sentiment = sentiment;
        Area = area;
        FineArea = fine;
        _featurizer = new TextFeaturizer(sentiment.Featurizer);

        int bits = sentiment.Featurizer.HashBits;
        if (bits <= DenseBits && Avx2.IsSupported)
        {
            // dense, in 16 bits: each class scaled so its largest weight is 32,767; the table may
            // have been built while the model files were read (LoadEmbedded)
            if (built is not { Complete: true } || built.Dimension != sentiment.Featurizer.Dimension)
            {
                built = new QuantisedTable(sentiment.Featurizer.Dimension);
                built.Add(ModelKind.Sentiment, sentiment.Buckets, sentiment.Weights, sentiment.ClassCount);
                built.Add(ModelKind.Area, area.Buckets, area.Weights, area.ClassCount);
                built.Add(ModelKind.FineArea, fine.Buckets, fine.Weights, fine.ClassCount);
            }

            _rows = [];
            _scale = built.Scale;
            _quantised = built.Table;
            sentiment.Biases.CopyTo(_bias, SentimentAt);
            area.Biases.CopyTo(_bias, AreaAt);
            fine.Biases.CopyTo(_bias, FineAt);
            _wordScores = WordScores(sentiment.Featurizer);
            return;
        }

        if (bits <= DenseBits)
        {
            _rows = new float[sentiment.Featurizer.Dimension * Stride];
        }
        else
        {
            // the union of the buckets with weights, in ascending order: row r of the combined table
            var union = sentiment.Buckets.Concat(area.Buckets).Concat(fine.Buckets).Distinct().Order().ToArray();
            _rowOf = new int[sentiment.Featurizer.Dimension];
            Array.Fill(_rowOf, -1);
            for (int r = 0; r < union.Length; r++) _rowOf[union[r]] = r;
            _rows = new float[union.Length * Stride];
        }

        Fill(sentiment, SentimentAt);
        Fill(area, AreaAt);
        Fill(fine, FineAt);
        _wordScores = WordScores(sentiment.Featurizer);
    }

    /// <summary>The three models' weights of one feature (<see cref="Stride"/> floats), from whichever table is in use.</summary>
    private void FeatureWeights(int feature, Span<float> weights)
    {
        if (_quantised is { } quantised)
        {
            for (int c = 0; c < Stride; c++) weights[c] = quantised[(feature * Stride) + c] * _scale[c];
            return;
        }

        int row = _rowOf is null ? feature : _rowOf[feature];
        if (row < 0) weights.Clear();
        else _rows.AsSpan(row * Stride, Stride).CopyTo(weights);
    }

    /// <summary>See <see cref="_wordScores"/>: each word vector times the weights of the block's dimensions.</summary>
    private float[]? WordScores(FeaturizerOptions options)
    {
        if (!options.EmbeddingMean || options.Vectors is not { } vectors || options.EmbeddingWeight <= 0) return null;
        int dim = vectors.Dimension, first = 1 << options.HashBits;
        var block = new float[dim * Stride];
        for (int d = 0; d < dim; d++) FeatureWeights(first + d, block.AsSpan(d * Stride, Stride));
        var scores = new float[vectors.Count * Stride];
        var values = vectors.Values;
        ref float b = ref MemoryMarshal.GetArrayDataReference(block);
        for (int w = 0; w < vectors.Count; w++)
        {
            // Stride = 3 x 8 floats: the row in three vectors
            var s0 = Vector256<float>.Zero;
            var s1 = Vector256<float>.Zero;
            var s2 = Vector256<float>.Zero;
            var word = values.AsSpan(w * dim, dim);
            for (int d = 0; d < dim; d++)
            {
                var x = Vector256.Create(word[d]);
                nuint o = (nuint)(d * Stride);
                s0 += x * Vector256.LoadUnsafe(ref b, o);
                s1 += x * Vector256.LoadUnsafe(ref b, o + 8);
                s2 += x * Vector256.LoadUnsafe(ref b, o + 16);
            }

            var row = scores.AsSpan(w * Stride, Stride);
            s0.CopyTo(row);
            s1.CopyTo(row[8..]);
            s2.CopyTo(row[16..]);
        }

        return scores;
    }

    /// <summary>
    /// The 16-bit weight table of the three models: each class scaled so that its largest absolute
    /// weight is 32,767, each weight divided by its class's scale and rounded. Built from the
    /// models' float weights, or straight from the weight sections of the model files as they are
    /// read (see <see cref="LoadEmbedded"/>), so that the models need not keep their weights as
    /// floats; both go through the same per-row steps.
    /// </summary>
    private sealed class QuantisedTable
    {
        private int _models;

        public QuantisedTable(int dimension)
        {
            Dimension = dimension;
            Table = new short[dimension * Stride];
            Array.Fill(Scale, 1f);
        }

        public int Dimension { get; }

        public short[] Table { get; }

        public float[] Scale { get; } = new float[Stride];

        /// <summary>True when the three models went in.</summary>
        public bool Complete => _models == 7;

        /// <summary>A model's rows from its float weights (row-major, bucket then class).</summary>
        public void Add(ModelKind kind, ReadOnlySpan<int> buckets, ReadOnlySpan<float> weights, int k)
        {
            Span<float> max = stackalloc float[k];
            max.Clear();
            for (int r = 0; r < buckets.Length; r++) MaxAbs(max, weights.Slice(r * k, k));
            var scale = SetScale(kind, max);
            for (int r = 0; r < buckets.Length; r++) Quantise(Row(kind, buckets[r], k), weights.Slice(r * k, k), scale);
            Done(kind);
        }

        /// <summary>
        /// A model's rows from a model file's weight section: per row an int32 bucket, then k float32
        /// weights (little-endian; the caller has checked the buckets and that every weight is finite).
        /// The same per-class maximum, divisions and rounding as <see cref="Add(ModelKind, ReadOnlySpan{int}, ReadOnlySpan{float}, int)"/>,
        /// four classes at a time where a row's vectors lie inside the section (start-up reads the
        /// three models' 3 million weights this way).
        /// </summary>
        public void Add(ModelKind kind, ReadOnlySpan<byte> section, int count, int k)
        {
            int rowBytes = 4 + (4 * k);
            int lanes = (k + 3) & ~3;
            Span<float> max = stackalloc float[Math.Max(lanes, 4)];
            Span<float> weights = stackalloc float[Math.Max(lanes, 4)];
            max.Clear();

            // rows whose k weights, read as whole Vector128s, stay inside the section (all but the last few)
            int fast = 0;
            if (Vector128.IsHardwareAccelerated && BitConverter.IsLittleEndian && k <= 16)
            {
                fast = count;
                while (fast > 0 && ((long)(fast - 1) * rowBytes) + 4 + (4 * lanes) > section.Length) fast--;
            }

            ref byte at = ref MemoryMarshal.GetReference(section);
            var magnitude = Vector128.Create(0x7FFFFFFF).AsSingle();
            for (int v = 0; v < lanes; v += 4)
            {
                var m = Vector128<float>.Zero;
                for (int r = 0; r < fast; r++)
                {
                    m = Vector128.Max(m, Vector128.LoadUnsafe(ref at, (nuint)((r * rowBytes) + 4 + (4 * v))).AsSingle() & magnitude);
                }

                m.CopyTo(max[v..]);
            }

            max[k..].Clear(); // lanes past k read the next row
            for (int r = fast; r < count; r++)
            {
                Decode(section.Slice(r * rowBytes, rowBytes), weights[..k]);
                MaxAbs(max[..k], weights[..k]);
            }

            var scale = SetScale(kind, max[..k]);
            Span<float> padded = stackalloc float[Math.Max(lanes, 16)];
            padded.Fill(1f);
            scale.CopyTo(padded);
            var d0 = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(padded));
            var d1 = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(padded), 4);
            var d2 = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(padded), 8);
            var d3 = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(padded), 12);
            Span<int> quantised = stackalloc int[16];
            ref int q = ref MemoryMarshal.GetReference(quantised);
            int at0 = At(kind);
            for (int r = 0; r < fast; r++)
            {
                nuint o = (nuint)((r * rowBytes) + 4);
                int bucket = Unsafe.ReadUnaligned<int>(ref Unsafe.Add(ref at, o - 4));
                Vector128.ConvertToInt32(Vector128.Round(Vector128.LoadUnsafe(ref at, o).AsSingle() / d0)).StoreUnsafe(ref q);
                if (lanes > 4) Vector128.ConvertToInt32(Vector128.Round(Vector128.LoadUnsafe(ref at, o + 16).AsSingle() / d1)).StoreUnsafe(ref q, 4);
                if (lanes > 8) Vector128.ConvertToInt32(Vector128.Round(Vector128.LoadUnsafe(ref at, o + 32).AsSingle() / d2)).StoreUnsafe(ref q, 8);
                if (lanes > 12) Vector128.ConvertToInt32(Vector128.Round(Vector128.LoadUnsafe(ref at, o + 48).AsSingle() / d3)).StoreUnsafe(ref q, 12);
                var target = Table.AsSpan((bucket * Stride) + at0, k);
                for (int c = 0; c < target.Length; c++) target[c] = (short)quantised[c];
            }

            for (int r = fast; r < count; r++)
            {
                int bucket = Decode(section.Slice(r * rowBytes, rowBytes), weights[..k]);
                Quantise(Row(kind, bucket, k), weights[..k], scale);
            }

            Done(kind);
        }

        private static int At(ModelKind kind) => kind switch { ModelKind.Sentiment => SentimentAt, ModelKind.Area => AreaAt, _ => FineAt };

        private static int Decode(ReadOnlySpan<byte> row, Span<float> weights)
        {
            for (int c = 0; c < weights.Length; c++) weights[c] = BinaryPrimitives.ReadSingleLittleEndian(row[(4 + (4 * c))..]);
            return BinaryPrimitives.ReadInt32LittleEndian(row);
        }

        private static void MaxAbs(Span<float> max, ReadOnlySpan<float> weights)
        {
            for (int c = 0; c < max.Length; c++) max[c] = Math.Max(max[c], Math.Abs(weights[c]));
        }

        private static void Quantise(Span<short> target, ReadOnlySpan<float> weights, ReadOnlySpan<float> scale)
        {
            for (int c = 0; c < target.Length; c++) target[c] = (short)Math.Round(weights[c] / scale[c]);
        }

        private Span<float> SetScale(ModelKind kind, ReadOnlySpan<float> max)
        {
            var scale = Scale.AsSpan(At(kind), max.Length);
            for (int c = 0; c < max.Length; c++) scale[c] = max[c] > 0 ? max[c] / 32767f : 1f;
            return scale;
        }

        private Span<short> Row(ModelKind kind, int bucket, int k) => Table.AsSpan((bucket * Stride) + At(kind), k);

        private void Done(ModelKind kind) => _models |= kind switch { ModelKind.Sentiment => 1, ModelKind.Area => 2, _ => 4 };
    }

    /// <summary>Where the models came from (a folder, or the embedded resources).</summary>
    public string Source { get; }

    /// <summary>The sentiment model.</summary>
    public LinearModel Sentiment { get; }

    /// <summary>The top-level area model.</summary>
    public LinearModel Area { get; }

    /// <summary>The finer-area model.</summary>
    public LinearModel FineArea { get; }

    /// <summary>The section prior (<see cref="SectionPrior"/>), or null when none came with the models.</summary>
    public SectionPrior? Sections { get; private set; }

    /// <summary>Loads the models shipped in the package, or those in <paramref name="directory"/>.</summary>
    /// <exception cref="ModelFormatException">A model file is missing, truncated, corrupt, of another version or kind, or does not match the others.</exception>
    public static SentenceModels Load(string? directory)
    {
        if (directory is null) return Embedded.Value;
        var models = Create(
            kind => ModelFile.Load(Path.Combine(directory, kind.FileName()), kind),
            kind => Path.Combine(directory, kind.FileName()),
            Path.GetFullPath(directory));
        string sections = Path.Combine(directory, SectionPrior.FileName);
        if (File.Exists(sections)) models.Sections = ReadSections(File.ReadAllText(sections), sections);
        return models;
    }

    /// <summary>The same models with <paramref name="sections"/> as their section prior (null: none); for tests.</summary>
    internal SentenceModels WithSections(SectionPrior? sections) =>
        new(Sentiment, Area, FineArea, Source) { Sections = sections };

    private static SectionPrior ReadSections(string text, string source)
    {
        try
        {
            return SectionPrior.Parse(text, source);
        }
        catch (InvalidDataException e)
        {
            throw new ModelFormatException(source, e.Message);
        }
    }

    /// <summary>Builds the classifier from three loaded models (checked for consistency).</summary>
    internal static SentenceModels FromModels(LinearModel sentiment, LinearModel area, LinearModel fine, string source) =>
        Create(k => k switch { ModelKind.Sentiment => sentiment, ModelKind.Area => area, _ => fine }, k => $"{source}:{k.FileName()}", source);

    private static SentenceModels LoadEmbedded()
    {
        var assembly = typeof(SentenceModels).Assembly;
        byte[] buffer = []; // used only if a resource cannot be read in place (see ResourceBytes)

        // the weights go straight from the resource bytes into the 16-bit table; a model reads them
        // again (Weights) only if asked, which the pipeline never does
        QuantisedTable? table = null;
        ModelFile.WeightRows Rows(ModelKind kind) => (featurizer, section, count, k) =>
        {
            if (featurizer.HashBits > DenseBits || !Avx2.IsSupported) return;
            table ??= new QuantisedTable(featurizer.Dimension);
            if (table.Dimension == featurizer.Dimension) table.Add(kind, section, count, k);
        };

        var models = Create(kind => ReadResource(assembly, kind, ref buffer, Rows(kind)), kind => "embedded:" + kind.FileName(), "embedded", () => table);
        using var sections = assembly.GetManifestResourceStream(ResourcePrefix + SectionPrior.FileName);
        if (sections is null) return models;
        using var reader = new StreamReader(sections, System.Text.Encoding.UTF8);
        models.Sections = ReadSections(reader.ReadToEnd(), "embedded:" + SectionPrior.FileName);
        return models;
    }

    /// <summary>
    /// Reads an embedded model in place, or, where the resource is not mapped memory, through
    /// <paramref name="buffer"/>, which the three models then share (grown when too small).
    /// </summary>
    private static LinearModel ReadResource(Assembly assembly, ModelKind kind, ref byte[] buffer, ModelFile.WeightRows? rows = null)
    {
        using var stream = OpenResource(assembly, kind);
        var bytes = ResourceBytes(stream, ref buffer);
        if (rows is null) return ModelFile.Read(bytes, "embedded:" + kind.FileName(), kind);
        // not re-hashed at every start-up: the bytes are part of this assembly, and
        // SentenceModelsTests checks the embedded models' checksums
        return ModelFile.Read(bytes, "embedded:" + kind.FileName(), kind, rows, () =>
        {
            byte[] own = [];
            return ReadResource(assembly, kind, ref own).Weights;
        }, checksum: false);
    }

    private static Stream OpenResource(Assembly assembly, ModelKind kind)
    {
        string name = ResourcePrefix + kind.FileName();
        return assembly.GetManifestResourceStream(name)
            ?? throw new ModelFormatException("embedded:" + kind.FileName(), $"resource '{name}' is missing from {assembly.GetName().Name} (train the models with 'reportmining train' and rebuild)");
    }

    /// <summary>
    /// The bytes of an embedded resource: read in place when the stream is the assembly's mapped
    /// image (an <see cref="UnmanagedMemoryStream"/>, valid while the assembly is loaded), else
    /// copied into <paramref name="buffer"/>. In place saves copying 10 MB and touching as many fresh pages at start-up.
    /// </summary>
    private static ReadOnlySpan<byte> ResourceBytes(Stream stream, ref byte[] buffer)
    {
        int length = checked((int)stream.Length);
        if (stream is UnmanagedMemoryStream image && image.Position == 0)
        {
            unsafe
            {
                return new ReadOnlySpan<byte>(image.PositionPointer, length);
            }
        }

        if (buffer.Length < length) buffer = new byte[length];
        var bytes = buffer.AsSpan(0, length);
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The bytes of each embedded model file, for tests (their checksums).</summary>
    internal static IEnumerable<(ModelKind Kind, byte[] Bytes)> EmbeddedModelBytes()
    {
        var assembly = typeof(SentenceModels).Assembly;
        foreach (var kind in new[] { ModelKind.Sentiment, ModelKind.Area, ModelKind.FineArea })
        {
            byte[] buffer = [];
            using var stream = OpenResource(assembly, kind);
            yield return (kind, ResourceBytes(stream, ref buffer).ToArray());
        }
    }

    private static SentenceModels Create(Func<ModelKind, LinearModel> load, Func<ModelKind, string> name, string source, Func<QuantisedTable?>? built = null)
    {
        var sentiment = load(ModelKind.Sentiment);
        var area = load(ModelKind.Area);
        var fine = load(ModelKind.FineArea);
        foreach (var model in new[] { sentiment, area, fine })
        {
            var expected = SentenceLabelSets.For(model.Kind);
            if (!model.Labels.SequenceEqual(expected))
            {
                throw new ModelFormatException(name(model.Kind), $"labels [{string.Join(", ", model.Labels)}] are not the expected [{string.Join(", ", expected)}]");
            }

            if (model.Featurizer != sentiment.Featurizer)
            {
                throw new ModelFormatException(name(model.Kind), "its featuriser settings differ from the sentiment model's; the three models must be trained together");
            }

            if (model.Featurizer.LexiconFingerprint != TextFeaturizer.WordListFingerprint)
            {
                throw new ModelFormatException(
                    name(model.Kind),
                    model.Featurizer.LexiconFingerprint == 0
                        ? "the model records no word-list fingerprint for its lexicon and cue features (it was written before the library recorded one); its features may not line up: retrain the models with 'reportmining train'"
                        : $"the model was trained with other word lists (fingerprint {model.Featurizer.LexiconFingerprint:x16}, this library {TextFeaturizer.WordListFingerprint:x16}); its features would not line up: retrain the models with 'reportmining train'");
            }
        }

        return new SentenceModels(sentiment, area, fine, source, built?.Invoke());
    }

    private void Fill(LinearModel model, int at)
    {
        int k = model.ClassCount;
        model.Biases.CopyTo(_bias, at);
        for (int r = 0; r < model.Buckets.Length; r++)
        {
            int row = _rowOf is null ? model.Buckets[r] : _rowOf[model.Buckets[r]];
            Array.Copy(model.Weights, r * k, _rows, (row * Stride) + at, k);
        }
    }

    /// <inheritdoc />
    public SentenceLabel Classify(ReadOnlySpan<char> sentence)
    {
        Span<float> scores = stackalloc float[Stride];
        Score(sentence, scores);
        return LabelFrom(scores);
    }

    /// <summary>
    /// Labels the sentences of a document in order, each with its neighbours as context
    /// (<paramref name="context"/>): the models score every sentence first, then each sentence's
    /// scores (log-probabilities up to a constant) take in weighted shares of the scores of the
    /// sentences before and after it.
    /// </summary>
    internal void ClassifyDocument(ReadOnlySpan<char> text, ReadOnlySpan<Sentence> sentences, Span<SentenceLabel> labels, NeighbourContext context, CancellationToken token = default) =>
        ClassifyDocument(text, sentences, labels, context, default, token);

    /// <summary>
    /// Labels the sentences of a document in order, each with its neighbours as context
    /// (<paramref name="context"/>), as the overload without sections does; when
    /// <paramref name="sections"/> gives each sentence's report section and the models have a
    /// section prior, each sentence's combination also takes in its section's biases times the
    /// context's section weights.
    /// </summary>
    internal void ClassifyDocument(ReadOnlySpan<char> text, ReadOnlySpan<Sentence> sentences, Span<SentenceLabel> labels, NeighbourContext context, ReadOnlySpan<Inspections.ReportSection> sections, CancellationToken token = default)
    {
        var prior = sections.Length >= sentences.Length ? Sections : null;
        int n = sentences.Length;
        if (n == 0) return;

        // the scores of three sentences at a time (previous, own, next), in a ring; the scores are
        // each model's log-probabilities up to a constant per sentence and model, which the
        // softmax of the combination ignores
        Span<float> ring = stackalloc float[3 * Stride];
        Span<float> combined = stackalloc float[Stride];
        Score(text[sentences[0].Start..sentences[0].End], ring[..Stride]);
        for (int i = 0; i < n; i++)
        {
            if ((i & 255) == 0) token.ThrowIfCancellationRequested();
            if (i + 1 < n) Score(text[sentences[i + 1].Start..sentences[i + 1].End], ring.Slice(((i + 1) % 3) * Stride, Stride));
            var own = ring.Slice((i % 3) * Stride, Stride);
            var previous = i > 0 ? ring.Slice(((i - 1) % 3) * Stride, Stride) : default;
            var next = i + 1 < n ? ring.Slice(((i + 1) % 3) * Stride, Stride) : default;
            Combine(own, previous, next, SentimentAt, 4, context.SentimentPrevious, context.SentimentNext, combined);
            Combine(own, previous, next, AreaAt, 6, context.AreaPrevious, context.AreaNext, combined);
            Combine(own, previous, next, FineAt, 13, context.FinePrevious, context.FineNext, combined);
            if (prior is not null && sections[i] != Inspections.ReportSection.None)
            {
                NeighbourContext.AddSection(prior.Bias(ModelKind.Sentiment, sections[i]), context.SentimentSection, combined.Slice(SentimentAt, 4));
                NeighbourContext.AddSection(prior.Bias(ModelKind.Area, sections[i]), context.AreaSection, combined.Slice(AreaAt, 6));
                NeighbourContext.AddSection(prior.Bias(ModelKind.FineArea, sections[i]), context.FineSection, combined.Slice(FineAt, 13));
            }

            labels[i] = LabelFrom(combined);
        }
    }

    private static void Combine(ReadOnlySpan<float> own, ReadOnlySpan<float> previous, ReadOnlySpan<float> next, int at, int k, float previousWeight, float nextWeight, Span<float> combined)
    {
        NeighbourContext.Combine(
            own.Slice(at, k),
            previous.IsEmpty ? default : previous.Slice(at, k),
            previousWeight,
            next.IsEmpty ? default : next.Slice(at, k),
            nextWeight,
            combined.Slice(at, k));
    }

    /// <summary>The label from the three models' scores (or combined log-probabilities), one block per model; softmaxes the blocks in place.</summary>
    private static SentenceLabel LabelFrom(Span<float> scores)
    {
        var sentimentP = scores.Slice(SentimentAt, 4);
        var areaP = scores.Slice(AreaAt, 6);
        var fineP = scores.Slice(FineAt, 13);
        int s = LinearModel.Softmax(sentimentP);
        int a = LinearModel.Softmax(areaP);
        int f = LinearModel.Softmax(fineP);

        // a second top-level area: the runner-up, when it is likely enough and not "general"
        ServiceArea? second = null;
        int runnerUp = -1;
        for (int c = 0; c < 5; c++)
        {
            if (c != a && (runnerUp < 0 || areaP[c] > areaP[runnerUp])) runnerUp = c;
        }

        if (runnerUp >= 0 && areaP[runnerUp] >= SecondAreaThreshold) second = (ServiceArea)runnerUp;

        ServiceArea? fineArea = f == 0 ? null : (ServiceArea)((int)ServiceArea.FrontDoor + f - 1);
        return new SentenceLabel((SentimentLabel)s, sentimentP[s], (ServiceArea)a, areaP[a], second, fineArea, fineArea is null ? 0f : fineP[f]);
    }

    /// <summary>Raw scores (before softmax) of all three models, laid out sentiment 0-3, area 4-9, finer area 10-22.</summary>
    internal void Score(ReadOnlySpan<char> sentence, Span<float> scores)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, Stride);
        ReadOnlySpan<int> words = default;
        var v = _wordScores is null ? _featurizer.Featurize(sentence) : _featurizer.FeaturizeForScorer(sentence, out words);
        ref float bias = ref MemoryMarshal.GetArrayDataReference(_bias); // Stride floats
        var acc0 = Vector256.LoadUnsafe(ref bias);
        var acc1 = Vector256.LoadUnsafe(ref bias, 8);
        var acc2 = Vector256.LoadUnsafe(ref bias, 16);
        ref float rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        var idx = v.Indices;
        var val = v.Values;
        if (_quantised is { } quantised)
        {
            var q0 = Vector256<float>.Zero;
            var q1 = Vector256<float>.Zero;
            var q2 = Vector256<float>.Zero;
            ref short table = ref MemoryMarshal.GetArrayDataReference(quantised);
            int rowCount = quantised.Length / Stride;

            // features of equal value (a block's occurrences all carry its scale) are summed as
            // whole numbers, one add per row with no conversion, and the run's sum is scaled once
            var i0 = Vector256<int>.Zero;
            var i1 = Vector256<int>.Zero;
            var i2 = Vector256<int>.Zero;
            float run = 0f;
            for (int j = 0; j < idx.Length; j++)
            {
                uint row = (uint)idx[j];
                if (row >= (uint)rowCount) continue;
                float x = val[j];
                if (x != run)
                {
                    var r = Vector256.Create(run);
                    q0 += r * Vector256.ConvertToSingle(i0);
                    q1 += r * Vector256.ConvertToSingle(i1);
                    q2 += r * Vector256.ConvertToSingle(i2);
                    i0 = i1 = i2 = Vector256<int>.Zero;
                    run = x;
                }

                nuint o = (nuint)(row * Stride);
                i0 += Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref table, o));
                i1 += Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref table, o + 8));
                i2 += Avx2.ConvertToVector256Int32(Vector128.LoadUnsafe(ref table, o + 16));
            }

            var last = Vector256.Create(run);
            q0 += last * Vector256.ConvertToSingle(i0);
            q1 += last * Vector256.ConvertToSingle(i1);
            q2 += last * Vector256.ConvertToSingle(i2);

            ref float scale = ref MemoryMarshal.GetArrayDataReference(_scale); // Stride floats with a quantised table
            acc0 += q0 * Vector256.LoadUnsafe(ref scale);
            acc1 += q1 * Vector256.LoadUnsafe(ref scale, 8);
            acc2 += q2 * Vector256.LoadUnsafe(ref scale, 16);
        }
        else if (_rowOf is { } rowOf)
        {
            for (int j = 0; j < idx.Length; j++)
            {
                int row = rowOf[idx[j]];
                if (row < 0) continue;
                var x = Vector256.Create(val[j]);
                nuint o = (nuint)(row * Stride);
                acc0 += x * Vector256.LoadUnsafe(ref rows, o);
                acc1 += x * Vector256.LoadUnsafe(ref rows, o + 8);
                acc2 += x * Vector256.LoadUnsafe(ref rows, o + 16);
            }
        }
        else
        {
            // dense: every bucket has a row (zeros where training saw nothing); indices are < 2^bits by construction
            int rowCount = _rows.Length / Stride;
            for (int j = 0; j < idx.Length; j++)
            {
                uint row = (uint)idx[j];
                if (row >= (uint)rowCount) continue;
                var x = Vector256.Create(val[j]);
                nuint o = (nuint)(row * Stride);
                acc0 += x * Vector256.LoadUnsafe(ref rows, o);
                acc1 += x * Vector256.LoadUnsafe(ref rows, o + 8);
                acc2 += x * Vector256.LoadUnsafe(ref rows, o + 16);
            }
        }

        if (!words.IsEmpty)
        {
            // the mean word-vector block: its words' scores, summed, times weight / words
            ref float wordScores = ref MemoryMarshal.GetArrayDataReference(_wordScores!);
            var w0 = Vector256<float>.Zero;
            var w1 = Vector256<float>.Zero;
            var w2 = Vector256<float>.Zero;
            foreach (int word in words)
            {
                nuint o = (nuint)(word * Stride);
                w0 += Vector256.LoadUnsafe(ref wordScores, o);
                w1 += Vector256.LoadUnsafe(ref wordScores, o + 8);
                w2 += Vector256.LoadUnsafe(ref wordScores, o + 16);
            }

            var x = Vector256.Create(_featurizer.Options.EmbeddingWeight / words.Length);
            acc0 += w0 * x;
            acc1 += w1 * x;
            acc2 += w2 * x;
        }

        ref float output = ref MemoryMarshal.GetReference(scores);
        acc0.StoreUnsafe(ref output);
        acc1.StoreUnsafe(ref output, 8);
        acc2.StoreUnsafe(ref output, 16);
    }

    /// <summary>The 16-bit weight table and its per-class scales (empty when the float table is used), for tests.</summary>
    internal (short[] Table, float[] Scale) Quantised => (_quantised ?? [], _scale);

    /// <summary>Memory held by the weight tables, in bytes.</summary>
    internal long TableBytes => ((long)_rows.Length * sizeof(float)) + ((long)(_rowOf?.Length ?? 0) * sizeof(int)) + ((long)(_quantised?.Length ?? 0) * sizeof(short));

    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void EnsureLoaded() => _ = Embedded.Value;
}
