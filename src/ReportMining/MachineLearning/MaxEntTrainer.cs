using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ReportMining.MachineLearning;

/// <summary>
/// Multinomial logistic regression (maximum entropy) with L2 regularisation, trained by
/// full-batch L-BFGS: minimises the weighted mean negative log-likelihood plus
/// lambda/2 * ||W||^2 (biases unregularised). Like ML.NET's
/// <c>SdcaMaximumEntropy</c>/<c>LbfgsMaximumEntropy</c> trainers, but fully deterministic:
/// single-threaded, fixed order, no random initialisation (weights start at zero), so the same
/// data and options always give the same bits.
/// </summary>
internal static class MaxEntTrainer
{
    /// <summary>Trains on the rows <paramref name="rows"/> of <paramref name="data"/> (all rows when null).</summary>
    public static LinearModel Train(
        SparseDataset data,
        IReadOnlyList<int>? rows,
        ModelKind kind,
        FeaturizerOptions featurizer,
        TrainerOptions options,
        TrainingLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(featurizer);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        rows ??= Enumerable.Range(0, data.Count).ToArray();
        if (rows.Count == 0) throw new ArgumentException("no training rows", nameof(rows));
        int k = data.Classes.Length;

        // ---- compact feature ids: the buckets seen in the training rows, ascending ----
        var (buckets, start, feat, val) = data.Compact(rows);
        int f = buckets.Length;
        var y = new int[rows.Count];
        var w = new double[rows.Count];
        var classCount = new double[k];
        for (int i = 0; i < rows.Count; i++)
        {
            int r = rows[i];
            y[i] = data.Label(r);
            w[i] = data.Weight(r);
            classCount[y[i]]++;
        }

        if (options.ClassWeightPower > 0)
        {
            int present = classCount.Count(c => c > 0);
            for (int i = 0; i < rows.Count; i++)
            {
                w[i] *= Math.Pow(rows.Count / (present * classCount[y[i]]), options.ClassWeightPower);
            }
        }

        double total = w.Sum();
        for (int i = 0; i < w.Length; i++) w[i] /= total;

        var problem = new Problem(start, feat, val, y, w, f, k, options.L2);
        var x = Minimise(problem, options, log);

        int stride = problem.Stride;
        var weights = new float[f * k];
        for (int b = 0; b < f; b++)
        {
            for (int c = 0; c < k; c++) weights[(b * k) + c] = (float)x[(b * stride) + c];
        }

        var biases = new float[k];
        for (int c = 0; c < k; c++) biases[c] = (float)x[(f * stride) + c];
        return new LinearModel(kind, data.Classes, featurizer, options, rows.Count, buckets, weights, biases);
    }

    /// <summary>
    /// The objective: weighted mean log-loss plus L2 on the weights. Parameters are laid out
    /// feature by feature, each with the class count padded to a multiple of 4 so that a
    /// feature's weights are whole SIMD vectors (padding stays zero).
    /// </summary>
    private sealed class Problem(int[] start, int[] feat, float[] val, int[] y, double[] w, int features, int classes, double l2) : IObjective
    {
        public int Stride { get; } = (classes + 3) & ~3;

        public int Dimension => (features + 1) * Stride;

        public double Evaluate(double[] x, double[] g)
        {
            int k = classes;
            int stride = Stride;
            int lanes = stride / 4;
            int biasAt = features * stride;
            Array.Clear(g);
            Span<double> s = stackalloc double[stride];
            Span<Vector256<double>> acc = stackalloc Vector256<double>[lanes];
            ref double x0 = ref MemoryMarshal.GetArrayDataReference(x);
            ref double g0 = ref MemoryMarshal.GetArrayDataReference(g);
            double loss = 0;
            for (int i = 0; i < y.Length; i++)
            {
                for (int q = 0; q < lanes; q++) acc[q] = Vector256.LoadUnsafe(ref x0, (nuint)(biasAt + (4 * q)));
                int end = start[i + 1];
                for (int j = start[i]; j < end; j++)
                {
                    nuint o = (nuint)(feat[j] * stride);
                    var v = Vector256.Create((double)val[j]);
                    for (int q = 0; q < lanes; q++) acc[q] += v * Vector256.LoadUnsafe(ref x0, o + (nuint)(4 * q));
                }

                for (int q = 0; q < lanes; q++) acc[q].CopyTo(s[(4 * q)..]);
                double max = s[0];
                for (int c = 1; c < k; c++) if (s[c] > max) max = s[c];
                double sum = 0;
                for (int c = 0; c < k; c++)
                {
                    s[c] = Math.Exp(s[c] - max);
                    sum += s[c];
                }

                int label = y[i];
                loss += w[i] * (Math.Log(sum) - Math.Log(s[label]));
                double inv = w[i] / sum;
                for (int c = 0; c < k; c++) s[c] *= inv; // w_i * p_c
                for (int c = k; c < stride; c++) s[c] = 0;
                s[label] -= w[i];
                for (int q = 0; q < lanes; q++) acc[q] = Vector256.Create<double>(s[(4 * q)..]);
                for (int q = 0; q < lanes; q++)
                {
                    nuint o = (nuint)(biasAt + (4 * q));
                    (Vector256.LoadUnsafe(ref g0, o) + acc[q]).StoreUnsafe(ref g0, o);
                }

                for (int j = start[i]; j < end; j++)
                {
                    nuint o = (nuint)(feat[j] * stride);
                    var v = Vector256.Create((double)val[j]);
                    for (int q = 0; q < lanes; q++)
                    {
                        nuint at = o + (nuint)(4 * q);
                        (Vector256.LoadUnsafe(ref g0, at) + (v * acc[q])).StoreUnsafe(ref g0, at);
                    }
                }
            }

            double reg = 0;
            for (int d = 0; d < biasAt; d++)
            {
                reg += x[d] * x[d];
                g[d] += l2 * x[d];
            }

            return loss + (0.5 * l2 * reg);
        }
    }

    internal static double[] Minimise(IObjective problem, TrainerOptions options, TrainingLog? log)
    {
        var watch = Stopwatch.StartNew();
        int n = problem.Dimension;
        int m = options.Memory;
        var x = new double[n];
        var g = new double[n];
        var xNew = new double[n];
        var gNew = new double[n];
        var d = new double[n];
        var sHist = new float[m][];
        var yHist = new float[m][];
        var rho = new double[m];
        var alpha = new double[m];
        int stored = 0, head = 0;

        double fx = problem.Evaluate(x, g);
        int iteration = 0, evaluations = 1;
        for (; iteration < options.MaxIterations; iteration++)
        {
            // d = -H g (two-loop recursion)
            for (int i = 0; i < n; i++) d[i] = -g[i];
            double gamma = 1;
            if (stored > 0)
            {
                for (int t = 0; t < stored; t++)
                {
                    int j = (head - 1 - t + m) % m;
                    alpha[j] = rho[j] * Dot(sHist[j], d);
                    Axpy(-alpha[j], yHist[j], d);
                }

                int last = (head - 1 + m) % m;
                double yy = Dot(yHist[last], yHist[last]);
                gamma = yy > 0 ? 1 / (rho[last] * yy) : 1;
                for (int i = 0; i < n; i++) d[i] *= gamma;
                for (int t = stored - 1; t >= 0; t--)
                {
                    int j = (head - 1 - t + m) % m;
                    double beta = rho[j] * Dot(yHist[j], d);
                    Axpy(alpha[j] - beta, sHist[j], d);
                }
            }

            double gd = 0;
            for (int i = 0; i < n; i++) gd += g[i] * d[i];
            if (!(gd < 0))
            {
                // not a descent direction: restart from steepest descent
                stored = 0;
                gd = 0;
                for (int i = 0; i < n; i++)
                {
                    d[i] = -g[i];
                    gd -= g[i] * g[i];
                }
            }

            if (gd > -1e-20) break; // gradient vanished

            double step = stored == 0 ? 1 / Math.Sqrt(-gd) : 1;
            double fNew;
            int halvings = 0;
            while (true)
            {
                for (int i = 0; i < n; i++) xNew[i] = x[i] + (step * d[i]);
                fNew = problem.Evaluate(xNew, gNew);
                evaluations++;
                if (fNew <= fx + (1e-4 * step * gd) || halvings >= 40) break;
                step *= 0.5;
                halvings++;
            }

            if (!(fNew <= fx)) break; // no progress possible

            // history update
            var sv = sHist[head] ??= new float[n];
            var yv = yHist[head] ??= new float[n];
            double sy = 0;
            for (int i = 0; i < n; i++)
            {
                sv[i] = (float)(xNew[i] - x[i]);
                yv[i] = (float)(gNew[i] - g[i]);
                sy += (double)sv[i] * yv[i];
            }

            if (sy > 1e-12)
            {
                rho[head] = 1 / sy;
                head = (head + 1) % m;
                stored = Math.Min(stored + 1, m);
            }

            double decrease = (fx - fNew) / Math.Max(Math.Abs(fx), 1e-12);
            (x, xNew) = (xNew, x);
            (g, gNew) = (gNew, g);
            fx = fNew;
            if (decrease < options.Tolerance)
            {
                iteration++;
                break;
            }
        }

        log?.Record(iteration, evaluations, fx, watch.Elapsed);
        return x;
    }

    // The vector helpers below work in blocks of 8 (the dimension is a multiple of 4; a scalar
    // tail finishes the rest) and always add in the same order, so results never depend on the machine's thread count.
    private static double Dot(float[] a, double[] b)
    {
        ref float a0 = ref MemoryMarshal.GetArrayDataReference(a);
        ref double b0 = ref MemoryMarshal.GetArrayDataReference(b);
        var acc = Vector256<double>.Zero;
        int i = 0;
        for (; i + 8 <= a.Length; i += 8)
        {
            var (lo, hi) = Vector256.Widen(Vector256.LoadUnsafe(ref a0, (nuint)i));
            acc += (lo * Vector256.LoadUnsafe(ref b0, (nuint)i)) + (hi * Vector256.LoadUnsafe(ref b0, (nuint)(i + 4)));
        }

        double s = Vector256.Sum(acc);
        for (; i < a.Length; i++) s += a[i] * b[i];
        return s;
    }

    private static double Dot(float[] a, float[] b)
    {
        ref float a0 = ref MemoryMarshal.GetArrayDataReference(a);
        ref float b0 = ref MemoryMarshal.GetArrayDataReference(b);
        var acc = Vector256<double>.Zero;
        int i = 0;
        for (; i + 8 <= a.Length; i += 8)
        {
            var (alo, ahi) = Vector256.Widen(Vector256.LoadUnsafe(ref a0, (nuint)i));
            var (blo, bhi) = Vector256.Widen(Vector256.LoadUnsafe(ref b0, (nuint)i));
            acc += (alo * blo) + (ahi * bhi);
        }

        double s = Vector256.Sum(acc);
        for (; i < a.Length; i++) s += (double)a[i] * b[i];
        return s;
    }

    private static void Axpy(double alpha, float[] a, double[] b)
    {
        ref float a0 = ref MemoryMarshal.GetArrayDataReference(a);
        ref double b0 = ref MemoryMarshal.GetArrayDataReference(b);
        var va = Vector256.Create(alpha);
        int i = 0;
        for (; i + 8 <= a.Length; i += 8)
        {
            var (lo, hi) = Vector256.Widen(Vector256.LoadUnsafe(ref a0, (nuint)i));
            (Vector256.LoadUnsafe(ref b0, (nuint)i) + (va * lo)).StoreUnsafe(ref b0, (nuint)i);
            (Vector256.LoadUnsafe(ref b0, (nuint)(i + 4)) + (va * hi)).StoreUnsafe(ref b0, (nuint)(i + 4));
        }

        for (; i < a.Length; i++) b[i] += alpha * a[i];
    }
}

/// <summary>A smooth objective that <see cref="MaxEntTrainer.Minimise"/> minimises by L-BFGS.</summary>
internal interface IObjective
{
    /// <summary>Number of parameters.</summary>
    int Dimension { get; }

    /// <summary>The objective at <paramref name="x"/>; writes its gradient into <paramref name="g"/>.</summary>
    double Evaluate(double[] x, double[] g);
}

/// <summary>What an optimisation did, for the train command's report.</summary>
internal sealed class TrainingLog
{
    /// <summary>L-BFGS iterations of the last run.</summary>
    public int Iterations { get; private set; }

    /// <summary>Objective evaluations of the last run.</summary>
    public int Evaluations { get; private set; }

    /// <summary>Final objective of the last run.</summary>
    public double Objective { get; private set; }

    /// <summary>Time of the last run.</summary>
    public TimeSpan Elapsed { get; private set; }

    internal void Record(int iterations, int evaluations, double objective, TimeSpan elapsed)
    {
        Iterations = iterations;
        Evaluations = evaluations;
        Objective = objective;
        Elapsed = elapsed;
    }
}
