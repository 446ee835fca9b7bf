using ReportMining.MachineLearning;

namespace ReportMining.Sentiment.Training;

/// <summary>The featuriser and per-model hyper-parameters of the three sentence models.</summary>
internal sealed record SentenceModelRecipe
{
    /// <summary>The featuriser, shared by the three models (so a sentence is featurised once).</summary>
    public FeaturizerOptions Featurizer { get; init; } = new();

    /// <summary>Hyper-parameters of the sentiment model.</summary>
    public TrainerOptions Sentiment { get; init; } = new();

    /// <summary>Hyper-parameters of the top-level area model.</summary>
    public TrainerOptions Area { get; init; } = new();

    /// <summary>Hyper-parameters of the finer-area model.</summary>
    public TrainerOptions FineArea { get; init; } = new();

    /// <summary>Number of cross-validation folds.</summary>
    public int Folds { get; init; } = 5;

    /// <summary>Dimensions of the word vectors learned from the unlabelled corpus (0: none).</summary>
    public int EmbeddingDimension { get; init; }

    /// <summary>Co-occurrence window of the word vectors.</summary>
    public int EmbeddingWindow { get; init; } = 4;

    /// <summary>Fewest occurrences of a word with a vector.</summary>
    public int EmbeddingMinCount { get; init; } = 5;

    /// <summary>Most words with a vector.</summary>
    public int EmbeddingMaxWords { get; init; } = 10000;

    /// <summary>Weight of a news-style sentence relative to a report sentence.</summary>
    public float NewsWeight { get; init; } = 1f;

    /// <summary>The trainer options of a model kind.</summary>
    public TrainerOptions For(ModelKind kind) => kind switch
    {
        ModelKind.Sentiment => Sentiment,
        ModelKind.Area => Area,
        _ => FineArea,
    };

    /// <summary>
    /// The recipe the shipped models are trained with, chosen by 5-fold cross-validation on the
    /// labels (see models/README.md): 2^16 buckets (a dense 6 MB weight table; 2^17 and 2^18 were
    /// no better), word 1-2-grams, character 4-grams (3-4-, 3-5- and 2-5-grams were no better and
    /// cost more), negation window 3, contrast features, lexicon block at half weight, and the
    /// sentence's mean word vector (100 dimensions learned from the unlabelled reports with a
    /// window of 30 words; 4, 8, 15 and 50 were no better, 200 dimensions no better) at norm 1.5.
    /// </summary>
    public static SentenceModelRecipe Default { get; } = new()
    {
        Featurizer = new FeaturizerOptions
        {
            HashBits = 16,
            WordNgramLength = 2,
            CharNgramMin = 4,
            CharNgramMax = 4,
            NegationWindow = 3,
            ContrastFeatures = true,
            WordWeight = 1f,
            CharWeight = 1f,
            LexiconWeight = 0.5f,
            EmbeddingWeight = 1.5f,
            // the plain mean (session 11): cross-validation within 0.15 point of the L2-normalised block for
            // every model (models/README.md), and the scorer adds the block from per-word scores
            EmbeddingMean = true,
            // the word lists the lexicon and cue features come from: a model trained with other lists is refused when loaded
            LexiconFingerprint = TextFeaturizer.WordListFingerprint,
        },
        EmbeddingDimension = 100,
        EmbeddingWindow = 30,
        // 150 L-BFGS iterations: on the 32,320 labels of session 10, cross-validation at 150 and at 300 iterations agrees to
        // 0.05 point for every model (models/README.md), and training takes half the time
        Sentiment = new TrainerOptions { L2 = 1e-5, MaxIterations = 150 },
        Area = new TrainerOptions { L2 = 3e-5, MaxIterations = 150 },
        FineArea = new TrainerOptions { L2 = 1e-5, ClassWeightPower = 0.3, MaxIterations = 150 },
    };
}

/// <summary>Cross-validated scores of one model, with the out-of-fold predictions.</summary>
internal sealed record CrossValidationResult(ModelKind Kind, ClassificationMetrics Metrics, int[] Predicted, float[][] Probabilities, TimeSpan Elapsed)
{
    /// <summary>Out-of-fold log-probabilities of each sentence's previous sentence in its report (null where there is none).</summary>
    public float[]?[] PreviousLogProbabilities { get; init; } = [];

    /// <summary>Out-of-fold log-probabilities of each sentence's next sentence (null where there is none).</summary>
    public float[]?[] NextLogProbabilities { get; init; } = [];

    /// <summary>
    /// Out-of-fold log-probabilities of every sentence of each held-out report (by file name), when
    /// the trainer was given the reports' sentences (<see cref="SentenceModelTrainer.Documents"/>).
    /// </summary>
    public IReadOnlyDictionary<string, float[][]> DocumentLogProbabilities { get; init; } = new Dictionary<string, float[][]>();
}

/// <summary>
/// Trains and cross-validates the three sentence models from labelled sentences. Every step is
/// deterministic: the folds keep each local authority's reports together and are assigned from
/// the seed; training is deterministic L-BFGS.
/// </summary>
internal sealed class SentenceModelTrainer
{
    private readonly IReadOnlyList<LabelledSentence> _data;
    private readonly Dictionary<ModelKind, SparseDataset> _sets = [];

    /// <summary>Featurises <paramref name="data"/> once for the three models.</summary>
    public SentenceModelTrainer(IReadOnlyList<LabelledSentence> data, SentenceModelRecipe recipe)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(recipe);
        if (data.Count == 0) throw new ArgumentException("no labelled sentences", nameof(data));
        _data = data;
        Recipe = recipe;
        Featurize(data, recipe, recipe.Featurizer, _sets);
        Folds = AssignFolds(data, recipe.Folds, recipe.Sentiment.Seed);
    }

    private static void Featurize(IReadOnlyList<LabelledSentence> data, SentenceModelRecipe recipe, FeaturizerOptions options, Dictionary<ModelKind, SparseDataset> sets)
    {
        var featurizer = new TextFeaturizer(options);
        foreach (var kind in ModelKinds.All) sets[kind] = new SparseDataset(SentenceLabelSets.For(kind));
        foreach (var sentence in data)
        {
            var v = featurizer.Featurize(sentence.Text);
            float weight = sentence.Source == "news" ? recipe.NewsWeight : 1f;
            foreach (var kind in ModelKinds.All)
            {
                int label = Array.IndexOf(SentenceLabelSets.For(kind), sentence.LabelFor(kind));
                sets[kind].Add(v.Indices, v.Values, label, weight);
            }
        }
    }

    /// <summary>
    /// When set, cross-validation featurises each fold's sentences with the featuriser this gives
    /// for the fold (word vectors learned without the held-out local authorities' reports), so the
    /// held-out fold's text is unseen even by the unsupervised step.
    /// </summary>
    public Func<int, FeaturizerOptions>? FoldFeaturizer { get; init; }

    /// <summary>
    /// When set, the normalised text of every sentence of each labelled report (by file name):
    /// cross-validation then also classifies every sentence of a held-out report with the model
    /// that held it out (<see cref="CrossValidationResult.DocumentLogProbabilities"/>).
    /// </summary>
    public IReadOnlyDictionary<string, string[]>? Documents { get; init; }

    /// <summary>The recipe.</summary>
    public SentenceModelRecipe Recipe { get; }

    /// <summary>The fold of each sentence, same order as the data.</summary>
    public int[] Folds { get; }

    /// <summary>How many threads cross-validation may use (folds are independent; results do not depend on it).</summary>
    public int Threads { get; init; } = 1;

    /// <summary>
    /// Assigns folds: groups (a local authority's reports; each news sentence alone) are taken
    /// largest first, ties in seeded-hash order, each into the fold with fewest sentences so far.
    /// </summary>
    public static int[] AssignFolds(IReadOnlyList<LabelledSentence> data, int folds, int seed)
    {
        if (folds < 2) throw new ArgumentOutOfRangeException(nameof(folds), folds, "at least 2 folds");
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < data.Count; i++)
        {
            if (!groups.TryGetValue(data[i].Group, out var list)) groups[data[i].Group] = list = [];
            list.Add(i);
        }

        var order = groups.Keys
            .OrderByDescending(g => groups[g].Count)
            .ThenBy(g => StableHash(g, seed))
            .ThenBy(g => g, StringComparer.Ordinal)
            .ToList();
        var size = new int[folds];
        var fold = new int[data.Count];
        foreach (var g in order)
        {
            int target = 0;
            for (int f = 1; f < folds; f++) if (size[f] < size[target]) target = f;
            foreach (int i in groups[g]) fold[i] = target;
            size[target] += groups[g].Count;
        }

        return fold;
    }

    private static uint StableHash(string s, int seed)
    {
        uint h = TextFeaturizer.Mix((uint)seed, 0x7007);
        foreach (char c in s) h = (h ^ c) * 16777619;
        return TextFeaturizer.Mix(h, 0x7007);
    }

    /// <summary>
    /// Writes every sentence's featurised vector with its fold and labels, little-endian, for
    /// experiments outside the library (<c>models/mlp_compare.py</c>): per sentence the fold, 1 for
    /// news or 0, the sentiment, area and fine-area label indices, the feature count n, then n
    /// feature indices (int32) and n values (float32). The vectors are those the trainer fits.
    /// </summary>
    public void ExportFeatures(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        var features = _sets[ModelKind.Sentiment];
        for (int i = 0; i < _data.Count; i++)
        {
            writer.Write(Folds[i]);
            writer.Write(_data[i].Source == "news" ? 1 : 0);
            foreach (var kind in ModelKinds.All) writer.Write(_sets[kind].Label(i));
            var indices = features.Indices(i);
            writer.Write(indices.Length);
            foreach (int index in indices) writer.Write(index);
            foreach (float value in features.Values(i)) writer.Write(value);
        }
    }

    /// <summary>Trains a model of <paramref name="kind"/> on every sentence.</summary>
    public LinearModel Train(ModelKind kind, TrainingLog? log = null, TrainerOptions? options = null) =>
        MaxEntTrainer.Train(_sets[kind], null, kind, Recipe.Featurizer, options ?? Recipe.For(kind), log);

    /// <summary>Scores of out-of-fold predictions over the sentences that <paramref name="include"/> accepts.</summary>
    public ClassificationMetrics Score(CrossValidationResult cv, Func<LabelledSentence, bool> include)
    {
        var set = _sets[cv.Kind];
        var metrics = new ClassificationMetrics(set.Classes);
        for (int i = 0; i < _data.Count; i++)
        {
            if (cv.Probabilities[i] is not null && include(_data[i])) metrics.Add(set.Label(i), cv.Predicted[i]);
        }

        return metrics;
    }

    /// <summary>
    /// K-fold cross-validation of a model of <paramref name="kind"/>, on the fixed folds. With
    /// <paramref name="trainingFraction"/> below 1, each fold's model sees only that share of its
    /// training sentences (a seeded, nested subsample), for a learning curve.
    /// </summary>
    public CrossValidationResult CrossValidate(ModelKind kind, TrainerOptions? options = null, double trainingFraction = 1)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        options ??= Recipe.For(kind);
        var shared = _sets[kind];
        int k = shared.Classes.Length;
        var predicted = new int[_data.Count];
        var probabilities = new float[_data.Count][];
        var previousLog = new float[]?[_data.Count];
        var nextLog = new float[]?[_data.Count];
        var documentLog = new System.Collections.Concurrent.ConcurrentDictionary<string, float[][]>(StringComparer.Ordinal);
        int folds = Recipe.Folds;
        Parallel.For(0, folds, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Threads) }, f =>
        {
            var train = new List<int>();
            var test = new List<int>();
            for (int i = 0; i < Folds.Length; i++) (Folds[i] == f ? test : train).Add(i);
            if (trainingFraction < 1)
            {
                int keep = (int)Math.Round(train.Count * trainingFraction);
                train = train.OrderBy(i => StableHash(_data[i].Id, Recipe.Sentiment.Seed)).ThenBy(i => i).Take(keep).Order().ToList();
            }

            if (test.Count == 0 || train.Count == 0) return;
            var set = shared;
            var featurizer = Recipe.Featurizer;
            if (FoldFeaturizer is not null)
            {
                featurizer = FoldFeaturizer(f);
                var sets = new Dictionary<ModelKind, SparseDataset>();
                Featurize(_data, Recipe, featurizer, sets);
                set = sets[kind];
            }

            var model = MaxEntTrainer.Train(set, train, kind, featurizer, options);
            var neighbours = new TextFeaturizer(featurizer);
            foreach (int i in test)
            {
                var p = new float[k];
                predicted[i] = model.Predict(new FeatureVector(set.Indices(i), set.Values(i)), p);
                probabilities[i] = p;

                // the neighbours are in the same report, so in the same held-out fold
                previousLog[i] = NeighbourLog(model, neighbours, _data[i].Previous);
                nextLog[i] = NeighbourLog(model, neighbours, _data[i].Next);
            }

            if (Documents is not null)
            {
                foreach (var file in test.Select(i => _data[i].File).OfType<string>().Distinct(StringComparer.Ordinal))
                {
                    if (Documents.TryGetValue(file, out var sentences)) documentLog[file] = sentences.Select(t => NeighbourLog(model, neighbours, t)!).ToArray();
                }
            }
        });

        var metrics = new ClassificationMetrics(shared.Classes);
        for (int i = 0; i < _data.Count; i++)
        {
            if (probabilities[i] is not null) metrics.Add(shared.Label(i), predicted[i]);
        }

        return new CrossValidationResult(kind, metrics, predicted, probabilities, watch.Elapsed)
        {
            PreviousLogProbabilities = previousLog,
            NextLogProbabilities = nextLog,
            DocumentLogProbabilities = documentLog,
        };
    }

    private static float[]? NeighbourLog(LinearModel model, TextFeaturizer featurizer, string? text)
    {
        if (text is null) return null;
        var p = new float[model.ClassCount];
        model.Predict(featurizer.Featurize(text), p);
        for (int c = 0; c < p.Length; c++) p[c] = MathF.Log(Math.Max(p[c], NeighbourContext.Floor));
        return p;
    }

    /// <summary>
    /// Scores of the out-of-fold predictions with document context: each sentence's
    /// log-probabilities plus the weighted log-probabilities of its neighbours in the report, as
    /// <see cref="SentenceModels"/> labels the sentences of a document (news sentences, which
    /// stand alone, keep their own).
    /// </summary>
    public ClassificationMetrics ScoreWithContext(CrossValidationResult cv, float previousWeight, float nextWeight, Func<LabelledSentence, bool> include, float sectionWeight = 0)
    {
        var set = _sets[cv.Kind];
        var metrics = new ClassificationMetrics(set.Classes);
        int k = set.Classes.Length;
        var own = new float[k];
        var combined = new float[k];
        for (int i = 0; i < _data.Count; i++)
        {
            if (cv.Probabilities[i] is not { } p || !include(_data[i])) continue;
            for (int c = 0; c < k; c++) own[c] = MathF.Log(Math.Max(p[c], NeighbourContext.Floor));
            NeighbourContext.Combine(own, cv.PreviousLogProbabilities[i], previousWeight, cv.NextLogProbabilities[i], nextWeight, combined);
            if (sectionWeight != 0 && _data[i].Section != Inspections.ReportSection.None)
            {
                NeighbourContext.AddSection(FoldSectionPrior(cv, Folds[i], previousWeight, nextWeight).Bias(cv.Kind, _data[i].Section), sectionWeight, combined);
            }

            metrics.Add(set.Label(i), LinearModel.Softmax(combined));
        }

        return metrics;
    }

    private readonly Dictionary<(ModelKind Kind, int Fold, float Previous, float Next), SectionPrior> _foldPriors = [];

    /// <summary>
    /// Each sentence's combined out-of-fold log-probabilities in its document: its own plus the
    /// weighted neighbours' (null where the sentence was not predicted).
    /// </summary>
    public float[]?[] CombinedLogits(CrossValidationResult cv, float previousWeight, float nextWeight)
    {
        int k = _sets[cv.Kind].Classes.Length;
        var result = new float[]?[_data.Count];
        var own = new float[k];
        for (int i = 0; i < _data.Count; i++)
        {
            if (cv.Probabilities[i] is not { } p) continue;
            for (int c = 0; c < k; c++) own[c] = MathF.Log(Math.Max(p[c], NeighbourContext.Floor));
            var combined = result[i] = new float[k];
            NeighbourContext.Combine(own, cv.PreviousLogProbabilities[i], previousWeight, cv.NextLogProbabilities[i], nextWeight, combined);
        }

        return result;
    }

    /// <summary>
    /// Fits the section prior of the models in <paramref name="results"/> to the combined
    /// out-of-fold log-probabilities (neighbour weights from <paramref name="context"/>) of the
    /// report sentences, leaving out the sentences of fold <paramref name="heldOut"/> (-1: none).
    /// </summary>
    public SectionPrior FitSectionPrior(IEnumerable<CrossValidationResult> results, NeighbourContext context, int heldOut = -1)
    {
        var logits = new Dictionary<ModelKind, float[]?[]>();
        var labels = new Dictionary<ModelKind, int[]>();
        foreach (var cv in results)
        {
            var (wp, wn) = context.For(cv.Kind);
            var z = CombinedLogits(cv, wp, wn);
            for (int i = 0; i < z.Length; i++)
            {
                if (Folds[i] == heldOut || _data[i].Section == Inspections.ReportSection.None) z[i] = null;
            }

            logits[cv.Kind] = z;
            var set = _sets[cv.Kind];
            labels[cv.Kind] = Enumerable.Range(0, _data.Count).Select(set.Label).ToArray();
        }

        return SectionPrior.Fit(logits, labels, _data.Select(d => d.Section).ToArray());
    }

    /// <summary>
    /// The section prior a held-out fold is scored with: fitted to the other folds' sentences
    /// only, so a held-out sentence's prior never sees its own label or its local authority's.
    /// </summary>
    public SectionPrior FoldSectionPrior(CrossValidationResult cv, int fold, float previousWeight, float nextWeight)
    {
        var key = (cv.Kind, fold, previousWeight, nextWeight);
        lock (_foldPriors)
        {
            if (!_foldPriors.TryGetValue(key, out var prior))
            {
                var context = NeighbourContext.None with
                {
                    SentimentPrevious = previousWeight, SentimentNext = nextWeight,
                    AreaPrevious = previousWeight, AreaNext = nextWeight,
                    FinePrevious = previousWeight, FineNext = nextWeight,
                };
                _foldPriors[key] = prior = FitSectionPrior([cv], context, fold);
            }

            return prior;
        }
    }
}
