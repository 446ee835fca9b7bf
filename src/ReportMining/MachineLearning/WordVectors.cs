using System.Runtime.CompilerServices;
using ReportMining.Text;

namespace ReportMining.MachineLearning;

/// <summary>
/// Distributional word vectors learned from unlabelled report text: positive pointwise mutual
/// information (PPMI) of words within a small window, reduced to a few dimensions by a seeded
/// randomised eigen-decomposition (the symmetric PPMI matrix's truncated SVD), each row scaled to
/// unit length. Words are keyed by the featuriser's word hash (<see cref="TextFeaturizer.HashWord"/>;
/// numbers share one key), so a sentence's vectors are looked up straight from its tokens.
/// Immutable; equal when the words and the numbers are equal. Stored in the model files.
/// </summary>
internal sealed class WordVectors : IEquatable<WordVectors>
{
    private readonly int[] _slots; // open addressing: row + 1, 0 empty
    private readonly int _slotMask;

    /// <summary>Creates vectors for <paramref name="hashes"/> (distinct), <paramref name="values"/> row-major.</summary>
    public WordVectors(uint[] hashes, float[] values, int dimension)
    {
        ArgumentNullException.ThrowIfNull(hashes);
        ArgumentNullException.ThrowIfNull(values);
        if (dimension is < 1 or > 512) throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "must be 1..512");
        if (values.Length != hashes.Length * dimension) throw new ArgumentException("one vector per word", nameof(values));
        Hashes = hashes;
        Values = values;
        Dimension = dimension;
        int size = 16;
        while (size < hashes.Length * 2) size <<= 1;
        _slots = new int[size];
        _slotMask = size - 1;
        for (int r = 0; r < hashes.Length; r++)
        {
            int slot = (int)(TextFeaturizer.Mix(hashes[r], 0xE00E) & (uint)_slotMask);
            while (_slots[slot] != 0)
            {
                if (Hashes[_slots[slot] - 1] == hashes[r]) throw new ArgumentException($"word hash {hashes[r]} appears twice", nameof(hashes));
                slot = (slot + 1) & _slotMask;
            }

            _slots[slot] = r + 1;
        }
    }

    /// <summary>Number of dimensions.</summary>
    public int Dimension { get; }

    /// <summary>The words' hashes, by row.</summary>
    public uint[] Hashes { get; }

    /// <summary>The vectors, row-major.</summary>
    public float[] Values { get; }

    /// <summary>Number of words.</summary>
    public int Count => Hashes.Length;

    /// <summary>The row of a word hash, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Row(uint hash)
    {
        int slot = (int)(TextFeaturizer.Mix(hash, 0xE00E) & (uint)_slotMask);
        while (true)
        {
            int r = _slots[slot];
            if (r == 0) return -1;
            if (Hashes[r - 1] == hash) return r - 1;
            slot = (slot + 1) & _slotMask;
        }
    }

    /// <inheritdoc />
    public bool Equals(WordVectors? other) =>
        other is not null && (ReferenceEquals(this, other) ||
            (Dimension == other.Dimension && Hashes.AsSpan().SequenceEqual(other.Hashes) && Values.AsSpan().SequenceEqual(other.Values)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as WordVectors);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Dimension, Count, Count > 0 ? Hashes[0] : 0u, Count > 0 ? Values[0] : 0f);

    /// <summary>The key of a token: its folded word hash, or one key for every number.</summary>
    internal static uint Key(ReadOnlySpan<char> text, TokenKind kind) => kind == TokenKind.Number ? NumberKey : TextFeaturizer.HashWord(text);

    internal static readonly uint NumberKey = TextFeaturizer.HashWord("<num>");

    /// <summary>
    /// Learns vectors from <paramref name="texts"/> (normalised document text): the
    /// <paramref name="maxWords"/> most frequent words seen at least <paramref name="minCount"/>
    /// times; co-occurrence within <paramref name="window"/> words weighted 1/distance; PPMI with
    /// context smoothing 0.75; the top <paramref name="dimension"/> eigenvectors by a seeded
    /// randomised range finder with two power iterations, scaled by sqrt(|eigenvalue|). Deterministic.
    /// </summary>
    public static WordVectors Learn(IEnumerable<string> texts, int dimension, int minCount = 5, int maxWords = 10000, int window = 4, int seed = 20261122)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var streams = new List<uint[]>();
        var counts = new Dictionary<uint, int>();
        var buffer = new List<uint>();
        foreach (var text in texts)
        {
            buffer.Clear();
            foreach (var token in Tokenizer.Tokenize(text))
            {
                if (token.Kind == TokenKind.Punctuation) continue;
                uint key = Key(text.AsSpan(token.Start, token.Length), token.Kind);
                buffer.Add(key);
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;
            }

            streams.Add([.. buffer]);
        }

        var vocab = counts.Where(p => p.Value >= minCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key)
            .Take(maxWords).Select(p => p.Key).ToArray();
        int n = vocab.Length;
        if (n < dimension + 2) throw new ArgumentException($"only {n} words occur {minCount} times or more; too few for {dimension} dimensions", nameof(texts));
        var id = new Dictionary<uint, int>(n);
        for (int i = 0; i < n; i++) id[vocab[i]] = i;

        // ---- co-occurrence counts, each unordered pair once, then both directions in key order ----
        var pairs = new Dictionary<long, double>(1 << 20);
        foreach (var stream in streams)
        {
            var ids = new int[stream.Length];
            for (int i = 0; i < stream.Length; i++) ids[i] = id.TryGetValue(stream[i], out int v) ? v : -1;
            for (int i = 0; i < ids.Length; i++)
            {
                int a = ids[i];
                if (a < 0) continue;
                int last = Math.Min(ids.Length - 1, i + window);
                for (int j = i + 1; j <= last; j++)
                {
                    int b = ids[j];
                    if (b < 0) continue;
                    long key = a < b ? ((long)a * n) + b : ((long)b * n) + a;
                    System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(pairs, key, out _) += (a == b ? 2.0 : 1.0) / (j - i);
                }
            }
        }

        var upper = pairs.Keys.ToArray();
        Array.Sort(upper);
        var keys = new long[upper.Length * 2];
        var counts2 = new double[upper.Length * 2];
        int nk = 0;
        foreach (long key in upper)
        {
            int a = (int)(key / n), b = (int)(key % n);
            keys[nk] = key;
            counts2[nk++] = pairs[key];
            if (a != b)
            {
                keys[nk] = ((long)b * n) + a;
                counts2[nk++] = pairs[key];
            }
        }

        Array.Resize(ref keys, nk);
        Array.Resize(ref counts2, nk);
        Array.Sort(keys, counts2);
        var rowSum = new double[n];
        double total = 0;
        for (int i = 0; i < nk; i++)
        {
            rowSum[keys[i] / n] += counts2[i];
            total += counts2[i];
        }

        var ctx = new double[n];
        double ctxTotal = 0;
        for (int i = 0; i < n; i++) ctxTotal += ctx[i] = Math.Pow(rowSum[i], 0.75);

        // ---- PPMI as CSR ----
        var start = new int[n + 1];
        var col = new List<int>();
        var val = new List<double>();
        int row = 0;
        for (int i = 0; i < nk; i++)
        {
            long key = keys[i];
            int a = (int)(key / n), b = (int)(key % n);
            while (row < a) start[++row] = col.Count;
            double pmi = Math.Log(counts2[i] * ctxTotal / (rowSum[a] * ctx[b]));
            if (pmi > 0)
            {
                col.Add(b);
                val.Add(pmi);
            }
        }

        while (row < n) start[++row] = col.Count;
        var m = new Csr(n, start, [.. col], [.. val]);

        // ---- randomised eigen-decomposition of the symmetric PPMI matrix ----
        int k = Math.Min(n, dimension + 16);
        var rng = new SplitMix(seed);
        var y = new double[n * k];
        for (int i = 0; i < y.Length; i++) y[i] = rng.NextGaussian();
        var q = m.Times(y, k);
        Orthonormalise(q, n, k);
        for (int it = 0; it < 2; it++)
        {
            q = m.Times(q, k);
            Orthonormalise(q, n, k);
        }

        var mq = m.Times(q, k);
        var t = new double[k * k]; // Q^T M Q
        for (int i = 0; i < n; i++)
        {
            for (int a = 0; a < k; a++)
            {
                double qa = q[(i * k) + a];
                if (qa == 0) continue;
                for (int b = 0; b < k; b++) t[(a * k) + b] += qa * mq[(i * k) + b];
            }
        }

        for (int a = 0; a < k; a++)
        {
            for (int b = a + 1; b < k; b++) t[(a * k) + b] = t[(b * k) + a] = 0.5 * (t[(a * k) + b] + t[(b * k) + a]);
        }

        var (eigenvalues, eigenvectors) = Jacobi(t, k);
        var order = Enumerable.Range(0, k).OrderByDescending(i => Math.Abs(eigenvalues[i])).ThenBy(i => i).Take(dimension).ToArray();
        var values = new float[n * dimension];
        for (int i = 0; i < n; i++)
        {
            double norm = 0;
            var v = new double[dimension];
            for (int d = 0; d < dimension; d++)
            {
                int e = order[d];
                double s = 0;
                for (int a = 0; a < k; a++) s += q[(i * k) + a] * eigenvectors[(a * k) + e];
                v[d] = s * Math.Sqrt(Math.Abs(eigenvalues[e]));
                norm += v[d] * v[d];
            }

            double scale = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
            for (int d = 0; d < dimension; d++) values[(i * dimension) + d] = (float)(Half)(v[d] * scale); // stored as f16: the model trains on what it will load
        }

        return new WordVectors(vocab, values, dimension);
    }

    private static void Orthonormalise(double[] q, int n, int k)
    {
        // modified Gram-Schmidt over the columns, on a column-major copy (contiguous columns)
        var c = new double[n * k];
        for (int i = 0; i < n; i++) for (int a = 0; a < k; a++) c[(a * n) + i] = q[(i * k) + a];
        for (int a = 0; a < k; a++)
        {
            var ca = c.AsSpan(a * n, n);
            for (int b = 0; b < a; b++)
            {
                var cb = c.AsSpan(b * n, n);
                double dot = 0;
                for (int i = 0; i < n; i++) dot += ca[i] * cb[i];
                for (int i = 0; i < n; i++) ca[i] -= dot * cb[i];
            }

            double norm = 0;
            for (int i = 0; i < n; i++) norm += ca[i] * ca[i];
            norm = Math.Sqrt(norm);
            double inv = norm > 1e-300 ? 1 / norm : 0;
            for (int i = 0; i < n; i++) ca[i] *= inv;
        }

        for (int i = 0; i < n; i++) for (int a = 0; a < k; a++) q[(i * k) + a] = c[(a * n) + i];
    }

    /// <summary>Cyclic Jacobi eigen-decomposition of a symmetric k×k matrix: eigenvalues and eigenvectors (columns).</summary>
    private static (double[] Values, double[] Vectors) Jacobi(double[] a, int k)
    {
        a = (double[])a.Clone();
        var v = new double[k * k];
        for (int i = 0; i < k; i++) v[(i * k) + i] = 1;
        for (int sweep = 0; sweep < 100; sweep++)
        {
            double off = 0;
            for (int p = 0; p < k; p++) for (int r = p + 1; r < k; r++) off += a[(p * k) + r] * a[(p * k) + r];
            if (off < 1e-22) break;
            for (int p = 0; p < k; p++)
            {
                for (int r = p + 1; r < k; r++)
                {
                    double apr = a[(p * k) + r];
                    if (Math.Abs(apr) < 1e-300) continue;
                    double theta = (a[(r * k) + r] - a[(p * k) + p]) / (2 * apr);
                    double t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.Sqrt((t * t) + 1), s = t * c;
                    for (int i = 0; i < k; i++)
                    {
                        double aip = a[(i * k) + p], air = a[(i * k) + r];
                        a[(i * k) + p] = (c * aip) - (s * air);
                        a[(i * k) + r] = (s * aip) + (c * air);
                    }

                    for (int i = 0; i < k; i++)
                    {
                        double api = a[(p * k) + i], ari = a[(r * k) + i];
                        a[(p * k) + i] = (c * api) - (s * ari);
                        a[(r * k) + i] = (s * api) + (c * ari);
                    }

                    for (int i = 0; i < k; i++)
                    {
                        double vip = v[(i * k) + p], vir = v[(i * k) + r];
                        v[(i * k) + p] = (c * vip) - (s * vir);
                        v[(i * k) + r] = (s * vip) + (c * vir);
                    }
                }
            }
        }

        var values = new double[k];
        for (int i = 0; i < k; i++) values[i] = a[(i * k) + i];
        return (values, v);
    }

    private sealed class Csr(int n, int[] start, int[] col, double[] val)
    {
        /// <summary>This matrix times a dense n×k matrix (row-major).</summary>
        public double[] Times(double[] x, int k)
        {
            var result = new double[n * k];
            for (int i = 0; i < n; i++)
            {
                int o = i * k;
                for (int j = start[i]; j < start[i + 1]; j++)
                {
                    double v = val[j];
                    int c = col[j] * k;
                    for (int a = 0; a < k; a++) result[o + a] += v * x[c + a];
                }
            }

            return result;
        }
    }

    /// <summary>A small seeded generator (SplitMix64) with Box-Muller normals.</summary>
    private sealed class SplitMix(int seed)
    {
        private ulong _state = (ulong)seed * 0x9E3779B97F4A7C15UL;

        public ulong Next()
        {
            ulong z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }

        public double NextGaussian()
        {
            double u1 = ((Next() >> 11) + 1.0) / 9007199254740993.0;
            double u2 = (Next() >> 11) / 9007199254740992.0;
            return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
        }
    }
}
