namespace ReportMining.MachineLearning;

/// <summary>
/// A listwise ranker (conditional logit, the maximum-entropy model of a choice among candidates):
/// rows come in groups, each group the candidates of one decision with exactly one chosen row;
/// a row scores w·x, and the probability of a candidate is the softmax of the scores within its
/// group. Minimises the mean negative log-likelihood of the chosen rows plus lambda/2 * ||w||^2
/// by the same deterministic L-BFGS as <see cref="MaxEntTrainer"/>. A constant added to every
/// score of a group changes nothing, so there is no bias. The model is written as a two-class
/// <see cref="LinearModel"/> ("no" weights zero, "yes" weights w), whose margin
/// (<see cref="LinearModel.MarginWeights"/>) is the score.
/// </summary>
internal static class RankingTrainer
{
    /// <summary>
    /// Trains on <paramref name="data"/>, whose rows <c>groupStarts[i]</c> to <c>groupStarts[i + 1] - 1</c> are the
    /// candidates of group <c>i</c> (the last entry is the row count); a row of label 1 is the chosen candidate.
    /// </summary>
    /// <exception cref="ArgumentException">A group is empty or has not exactly one chosen row, or the data has not two classes.</exception>
    public static LinearModel Train(SparseDataset data, IReadOnlyList<int> groupStarts, ModelKind kind, FeaturizerOptions featurizer, TrainerOptions options, TrainingLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(groupStarts);
        ArgumentNullException.ThrowIfNull(featurizer);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        if (data.Classes.Length != 2) throw new ArgumentException("a ranking model has two classes (not chosen, chosen)", nameof(data));
        int groups = groupStarts.Count - 1;
        if (groups < 1 || groupStarts[0] != 0 || groupStarts[groups] != data.Count) throw new ArgumentException("the groups must cover the rows from the first to the last", nameof(groupStarts));

        var chosen = new int[groups];
        for (int q = 0; q < groups; q++)
        {
            if (groupStarts[q + 1] <= groupStarts[q]) throw new ArgumentException($"group {q} is empty", nameof(groupStarts));
            chosen[q] = -1;
            for (int r = groupStarts[q]; r < groupStarts[q + 1]; r++)
            {
                if (data.Label(r) != 1) continue;
                if (chosen[q] >= 0) throw new ArgumentException($"group {q} has more than one chosen row", nameof(data));
                chosen[q] = r;
            }

            if (chosen[q] < 0) throw new ArgumentException($"group {q} has no chosen row", nameof(data));
        }

        var (buckets, start, feat, val) = data.Compact([.. Enumerable.Range(0, data.Count)]);
        var problem = new Objective(start, feat, val, [.. groupStarts], chosen, buckets.Length, options.L2);
        var x = MaxEntTrainer.Minimise(problem, options, log);
        var weights = new float[buckets.Length * 2];
        for (int b = 0; b < buckets.Length; b++) weights[(b * 2) + 1] = (float)x[b];
        return new LinearModel(kind, data.Classes, featurizer, options, groups, buckets, weights, [0f, 0f]);
    }

    /// <summary>The mean negative log-likelihood of the chosen rows plus the L2 term, over compact feature ids (internal for the gradient check).</summary>
    internal sealed class Objective(int[] start, int[] feat, float[] val, int[] groupStarts, int[] chosen, int features, double l2) : IObjective
    {
        public int Dimension => features;

        public double Evaluate(double[] x, double[] g)
        {
            Array.Clear(g);
            int groups = chosen.Length;
            double scale = 1.0 / groups;
            double loss = 0;
            var scores = new double[64];
            for (int q = 0; q < groups; q++)
            {
                int first = groupStarts[q], n = groupStarts[q + 1] - first;
                if (scores.Length < n) scores = new double[Math.Max(n, scores.Length * 2)];
                double max = double.NegativeInfinity;
                for (int i = 0; i < n; i++)
                {
                    int r = first + i;
                    double s = 0;
                    for (int j = start[r]; j < start[r + 1]; j++) s += val[j] * x[feat[j]];
                    scores[i] = s;
                    if (s > max) max = s;
                }

                double sum = 0;
                for (int i = 0; i < n; i++) sum += Math.Exp(scores[i] - max);
                loss += scale * (max + Math.Log(sum) - scores[chosen[q] - first]);
                for (int i = 0; i < n; i++)
                {
                    int r = first + i;
                    double coefficient = scale * ((Math.Exp(scores[i] - max) / sum) - (r == chosen[q] ? 1 : 0));
                    if (coefficient == 0) continue;
                    for (int j = start[r]; j < start[r + 1]; j++) g[feat[j]] += coefficient * val[j];
                }
            }

            double reg = 0;
            for (int d = 0; d < features; d++)
            {
                reg += x[d] * x[d];
                g[d] += l2 * x[d];
            }

            return loss + (0.5 * l2 * reg);
        }
    }
}
