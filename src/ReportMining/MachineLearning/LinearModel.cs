namespace ReportMining.MachineLearning;

/// <summary>
/// A trained multinomial logistic regression over hashed features: per class a bias and a
/// weight for each feature bucket seen in training (the rest weigh zero). Immutable and
/// thread-safe. Saved and loaded by <see cref="ModelFile"/>.
/// </summary>
internal sealed class LinearModel
{
    private int[]? _rowOf;
    private float[]? _weights;
    private readonly Func<float[]>? _reload;

    /// <summary>Creates a model; <paramref name="buckets"/> ascending, <paramref name="weights"/> row-major (bucket, class).</summary>
    public LinearModel(
        ModelKind kind,
        IReadOnlyList<string> labels,
        FeaturizerOptions featurizer,
        TrainerOptions trainer,
        int trainingExamples,
        int[] buckets,
        float[] weights,
        float[] biases)
        : this(kind, labels, featurizer, trainer, trainingExamples, buckets, weights ?? throw new ArgumentNullException(nameof(weights)), null, biases)
    {
        if (weights.Length != buckets.Length * labels.Count) throw new ArgumentException("one weight per bucket and label", nameof(weights));
    }

    /// <summary>A model whose weights are read from <paramref name="reload"/> when first asked for (checked then: one weight per bucket and label).</summary>
    internal LinearModel(
        ModelKind kind,
        IReadOnlyList<string> labels,
        FeaturizerOptions featurizer,
        TrainerOptions trainer,
        int trainingExamples,
        int[] buckets,
        Func<float[]> reload,
        float[] biases)
        : this(kind, labels, featurizer, trainer, trainingExamples, buckets, null, reload ?? throw new ArgumentNullException(nameof(reload)), biases)
    {
    }

    private LinearModel(
        ModelKind kind,
        IReadOnlyList<string> labels,
        FeaturizerOptions featurizer,
        TrainerOptions trainer,
        int trainingExamples,
        int[] buckets,
        float[]? weights,
        Func<float[]>? reload,
        float[] biases)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(featurizer);
        ArgumentNullException.ThrowIfNull(trainer);
        ArgumentNullException.ThrowIfNull(buckets);
        ArgumentNullException.ThrowIfNull(biases);
        if (labels.Count < 2) throw new ArgumentException("a model needs at least two labels", nameof(labels));
        if (biases.Length != labels.Count) throw new ArgumentException("one bias per label", nameof(biases));
        Kind = kind;
        Labels = labels.ToArray();
        Featurizer = featurizer;
        Trainer = trainer;
        TrainingExamples = trainingExamples;
        Buckets = buckets;
        _weights = weights;
        _reload = reload;
        Biases = biases;
    }

    /// <summary>What the model predicts.</summary>
    public ModelKind Kind { get; }

    /// <summary>Class names, by class index.</summary>
    public string[] Labels { get; }

    /// <summary>Number of classes.</summary>
    public int ClassCount => Labels.Length;

    /// <summary>The featuriser the model was trained with.</summary>
    public FeaturizerOptions Featurizer { get; }

    /// <summary>The hyper-parameters it was trained with.</summary>
    public TrainerOptions Trainer { get; }

    /// <summary>Number of training examples.</summary>
    public int TrainingExamples { get; }

    /// <summary>Buckets with weights, ascending.</summary>
    public int[] Buckets { get; }

    /// <summary>Weights, row-major: <c>Weights[row * ClassCount + class]</c> for bucket <c>Buckets[row]</c>.</summary>
    public float[] Weights => _weights ?? LoadWeights();

    private float[] LoadWeights()
    {
        var weights = _reload!();
        if (weights.Length != Buckets.Length * ClassCount) throw new InvalidOperationException($"the reloaded {Kind} model has {weights.Length} weights, not {Buckets.Length * ClassCount}");
        Interlocked.CompareExchange(ref _weights, weights, null);
        return _weights!;
    }

    /// <summary>Per-class biases.</summary>
    public float[] Biases { get; }

    /// <summary>Class probabilities of a featurised sentence into <paramref name="probabilities"/>; returns the best class.</summary>
    public int Predict(FeatureVector features, Span<float> probabilities)
    {
        int k = ClassCount;
        if (probabilities.Length < k) throw new ArgumentException("too short", nameof(probabilities));
        var rowOf = _rowOf ?? BuildRowIndex();
        var scores = probabilities[..k];
        Biases.CopyTo(scores);
        var idx = features.Indices;
        var val = features.Values;
        var weights = Weights;
        for (int j = 0; j < idx.Length; j++)
        {
            int row = rowOf[idx[j]];
            if (row < 0) continue;
            float v = val[j];
            int o = row * k;
            for (int c = 0; c < k; c++) scores[c] += v * weights[o + c];
        }

        return Softmax(scores);
    }

    /// <summary>
    /// For a two-class model and features of value 1: the score of class 1 minus that of class 0
    /// (its log-odds), a bucket listed twice counting twice.
    /// </summary>
    public float Margin(ReadOnlySpan<int> indices)
    {
        if (ClassCount != 2) throw new InvalidOperationException("a margin needs a two-class model");
        var rowOf = _rowOf ?? BuildRowIndex();
        var weights = Weights;
        float score = Biases[1] - Biases[0];
        foreach (int i in indices)
        {
            int row = (uint)i < (uint)rowOf.Length ? rowOf[i] : -1;
            if (row >= 0) score += weights[(row * 2) + 1] - weights[row * 2];
        }

        return score;
    }

    /// <summary>
    /// For a two-class model: per feature bucket, the weight of class 1 minus that of class 0
    /// (zero for buckets never seen), and the bias difference; the margin of features of value 1
    /// is the bias plus the sum of their entries. A new array each call: callers keep it.
    /// </summary>
    public (float[] Weights, float Bias) MarginWeights()
    {
        if (ClassCount != 2) throw new InvalidOperationException("a margin needs a two-class model");
        var delta = new float[Featurizer.Dimension];
        var weights = Weights;
        for (int r = 0; r < Buckets.Length; r++) delta[Buckets[r]] = weights[(r * 2) + 1] - weights[r * 2];
        return (delta, Biases[1] - Biases[0]);
    }

    /// <summary>Turns scores into probabilities in place; returns the index of the largest.</summary>
    public static int Softmax(Span<float> scores)
    {
        int best = 0;
        float max = scores[0];
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > max)
            {
                max = scores[c];
                best = c;
            }
        }

        float sum = 0;
        for (int c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            sum += scores[c];
        }

        float inv = 1f / sum;
        for (int c = 0; c < scores.Length; c++) scores[c] *= inv;
        return best;
    }

    private int[] BuildRowIndex()
    {
        var rowOf = new int[Featurizer.Dimension];
        Array.Fill(rowOf, -1);
        for (int r = 0; r < Buckets.Length; r++) rowOf[Buckets[r]] = r;
        Interlocked.CompareExchange(ref _rowOf, rowOf, null);
        return _rowOf!;
    }
}
