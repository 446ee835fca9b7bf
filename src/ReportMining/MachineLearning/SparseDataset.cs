namespace ReportMining.MachineLearning;

/// <summary>
/// Training examples as sparse rows (CSR): bucket indices and values per row, a class per row,
/// and an optional weight per row. Built once, then sliced into folds by row lists.
/// </summary>
internal sealed class SparseDataset
{
    private readonly List<int> _rowStart = [0];
    private readonly List<int> _indices = [];
    private readonly List<float> _values = [];
    private readonly List<int> _labels = [];
    private readonly List<float> _weights = [];

    /// <summary>Creates an empty set over <paramref name="classes"/> classes.</summary>
    public SparseDataset(IReadOnlyList<string> classes)
    {
        ArgumentNullException.ThrowIfNull(classes);
        if (classes.Count < 2) throw new ArgumentException("at least two classes are needed", nameof(classes));
        Classes = classes.ToArray();
    }

    /// <summary>Class names, indexed by label.</summary>
    public string[] Classes { get; }

    /// <summary>Number of rows.</summary>
    public int Count => _labels.Count;

    /// <summary>Adds a row.</summary>
    public void Add(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, int label, float weight = 1f)
    {
        if (indices.Length != values.Length) throw new ArgumentException("indices and values differ in length");
        if ((uint)label >= (uint)Classes.Length) throw new ArgumentOutOfRangeException(nameof(label), label, "no such class");
        if (!(weight > 0) || float.IsInfinity(weight)) throw new ArgumentOutOfRangeException(nameof(weight), weight, "must be finite and > 0");
        foreach (int i in indices) _indices.Add(i);
        foreach (float v in values) _values.Add(v);
        _rowStart.Add(_indices.Count);
        _labels.Add(label);
        _weights.Add(weight);
    }

    /// <summary>The class of row <paramref name="row"/>.</summary>
    public int Label(int row) => _labels[row];

    /// <summary>The weight of row <paramref name="row"/>.</summary>
    public float Weight(int row) => _weights[row];

    /// <summary>The indices of row <paramref name="row"/>.</summary>
    public ReadOnlySpan<int> Indices(int row) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_indices)[_rowStart[row].._rowStart[row + 1]];

    /// <summary>The values of row <paramref name="row"/>.</summary>
    public ReadOnlySpan<float> Values(int row) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_values)[_rowStart[row].._rowStart[row + 1]];

    /// <summary>
    /// The rows <paramref name="rows"/> in compact form for a trainer: <c>Buckets</c>, the bucket indices they use in
    /// ascending order; <c>Start</c>, each row's first entry (one more than the rows, the last the entry count); and per
    /// entry <c>Feature</c>, the position of its bucket in <c>Buckets</c>, and <c>Value</c>.
    /// </summary>
    public (int[] Buckets, int[] Start, int[] Feature, float[] Value) Compact(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int nnz = 0;
        foreach (int r in rows) nnz += Indices(r).Length;
        var all = new int[nnz];
        int p = 0;
        foreach (int r in rows)
        {
            Indices(r).CopyTo(all.AsSpan(p));
            p += Indices(r).Length;
        }

        Array.Sort(all);
        int f = 0;
        for (int i = 0; i < all.Length; i++)
        {
            if (i == 0 || all[i] != all[i - 1]) all[f++] = all[i];
        }

        int[] buckets = all[..f];
        var start = new int[rows.Count + 1];
        var feature = new int[nnz];
        var value = new float[nnz];
        p = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            var idx = Indices(rows[i]);
            var v = Values(rows[i]);
            for (int j = 0; j < idx.Length; j++, p++)
            {
                feature[p] = Array.BinarySearch(buckets, idx[j]);
                value[p] = v[j];
            }

            start[i + 1] = p;
        }

        return (buckets, start, feature, value);
    }
}
