using System.Globalization;
using System.Text;
using ReportMining.Inspections;
using ReportMining.MachineLearning;
using ReportMining.Sentiment.Training;

namespace ReportMining.Sentiment;

/// <summary>
/// What the section of an inspection report says about a sentence's labels: for each model, a
/// bias per <see cref="ReportSection"/> and class that a sentence's combined log-probabilities in
/// its document (its own plus its neighbours', <see cref="NeighbourContext"/>) take in, times a
/// weight (<see cref="NeighbourContext.AreaSection"/> and the like). The biases are fitted by
/// maximum likelihood, one section at a time, to the out-of-fold combined log-probabilities of the
/// labelled sentences of that section, so they add only what the section says beyond what the
/// sentence and its neighbours already show (a sentence about social workers in the leadership
/// section is still workforce). A sentence outside any section (<see cref="ReportSection.None"/>:
/// news, or a text without headings) gets nothing.
/// </summary>
/// <remarks>
/// <c>reportmining train</c> fits them after cross-validation and writes them to
/// <c>models/sections.tsv</c>; in cross-validation each fold's biases are fitted to the other
/// folds' sentences only.
/// </remarks>
internal sealed class SectionPrior
{
    /// <summary>L2 penalty on the biases (per sentence of the section), which keeps a small section's biases near zero.</summary>
    public const double L2 = 1e-3;

    /// <summary>Gradient steps of the fit (a fixed number, so the fit is deterministic).</summary>
    public const int Iterations = 300;

    /// <summary>File name of the biases beside the model files.</summary>
    public const string FileName = "sections.tsv";

    private readonly float[]?[][] _bias; // [model][section][class]; null: no biases for the model

    private SectionPrior(float[]?[][] bias) => _bias = bias;

    /// <summary>The biases of each class of <paramref name="kind"/> in <paramref name="section"/>; empty for <see cref="ReportSection.None"/> or a model without biases.</summary>
    public ReadOnlySpan<float> Bias(ModelKind kind, ReportSection section) =>
        section == ReportSection.None || _bias[Index(kind)][(int)section] is not { } b ? default : b;

    /// <summary>True when the prior has biases for <paramref name="kind"/>.</summary>
    public bool Has(ModelKind kind) => _bias[Index(kind)][1] is not null;

    /// <summary>
    /// Fits the biases of the models in <paramref name="logits"/>: for each model, per section,
    /// the biases that maximise the likelihood of the labels of the sentences in that section
    /// given their combined log-probabilities (sentences with null logits or in no section are
    /// left out).
    /// </summary>
    /// <param name="logits">Per model: each sentence's combined log-probabilities, or null.</param>
    /// <param name="labels">Per model: each sentence's class.</param>
    /// <param name="sections">Each sentence's section.</param>
    public static SectionPrior Fit(IReadOnlyDictionary<ModelKind, float[]?[]> logits, IReadOnlyDictionary<ModelKind, int[]> labels, IReadOnlyList<ReportSection> sections)
    {
        var bias = Empty();
        foreach (var (kind, z) in logits)
        {
            int k = SentenceLabelSets.For(kind).Length;
            for (int s = 1; s < ReportSections.Count; s++)
            {
                var members = new List<int>();
                for (int i = 0; i < z.Length; i++)
                {
                    if (z[i] is not null && (int)sections[i] == s) members.Add(i);
                }

                bias[Index(kind)][s] = FitSection(members, z, labels[kind], k);
            }
        }

        return new SectionPrior(bias);
    }

    /// <summary>Gradient descent on the mean log-loss plus L2 (convex; a fixed step and number of steps).</summary>
    private static float[] FitSection(List<int> members, float[]?[] z, int[] labels, int k)
    {
        var b = new double[k];
        var g = new double[k];
        var p = new double[k];
        if (members.Count > 0)
        {
            for (int iteration = 0; iteration < Iterations; iteration++)
            {
                Array.Clear(g);
                foreach (int i in members)
                {
                    var zi = z[i]!;
                    double max = double.NegativeInfinity;
                    for (int c = 0; c < k; c++) max = Math.Max(max, p[c] = zi[c] + b[c]);
                    double sum = 0;
                    for (int c = 0; c < k; c++) sum += p[c] = Math.Exp(p[c] - max);
                    for (int c = 0; c < k; c++) g[c] += p[c] / sum;
                    g[labels[i]] -= 1;
                }

                for (int c = 0; c < k; c++) b[c] -= (g[c] / members.Count) + (2 * L2 * b[c]);
            }
        }

        // only differences between classes matter: centre the biases
        double mean = b.Average();
        var result = new float[k];
        for (int c = 0; c < k; c++) result[c] = (float)(b[c] - mean);
        return result;
    }

    /// <summary>This prior's biases, and <paramref name="other"/>'s for the models this one has none for.</summary>
    public SectionPrior Merge(SectionPrior other)
    {
        var bias = Empty();
        foreach (var kind in ModelKinds.All)
        {
            var from = Has(kind) ? _bias : other._bias;
            for (int s = 0; s < ReportSections.Count; s++) bias[Index(kind)][s] = from[Index(kind)][s];
        }

        return new SectionPrior(bias);
    }

    /// <summary>Writes the biases as tab-separated text: a header line per model, then one line per section.</summary>
    public string ToText()
    {
        var o = new StringBuilder();
        o.Append("# ReportMining section prior: per model, a bias per report section and class added to a sentence's log-probabilities in its document (reportmining train; see models/README.md)\n");
        foreach (var kind in ModelKinds.All)
        {
            if (!Has(kind)) continue;
            o.Append(kind.Name()).Append("\tsection\t").Append(string.Join('\t', SentenceLabelSets.For(kind))).Append('\n');
            for (int s = 1; s < ReportSections.Count; s++)
            {
                o.Append(kind.Name()).Append('\t').Append(Name((ReportSection)s));
                foreach (float b in _bias[Index(kind)][s]!) o.Append('\t').Append(b.ToString("0.######", CultureInfo.InvariantCulture));
                o.Append('\n');
            }
        }

        return o.ToString();
    }

    /// <summary>Reads biases written by <see cref="ToText"/>.</summary>
    /// <exception cref="InvalidDataException">A line is malformed or names an unknown model, section or class, or a model lacks a section.</exception>
    public static SectionPrior Parse(string text, string source)
    {
        var bias = Empty();
        int lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            int m = Array.FindIndex(ModelKinds.All.ToArray(), k => k.Name() == parts[0]);
            if (m < 0 || parts.Length < 2) throw new InvalidDataException($"{source}:{lineNumber}: unknown model '{parts[0]}'");
            var kind = ModelKinds.All.ElementAt(m);
            var classes = SentenceLabelSets.For(kind);
            if (parts.Length != classes.Length + 2) throw new InvalidDataException($"{source}:{lineNumber}: expected {classes.Length + 2} tab-separated fields, found {parts.Length}");
            if (parts[1] == "section")
            {
                if (!parts.AsSpan(2).SequenceEqual(classes)) throw new InvalidDataException($"{source}:{lineNumber}: classes are not [{string.Join(", ", classes)}]");
                continue;
            }

            int s = Array.IndexOf(Names, parts[1]);
            if (s <= 0) throw new InvalidDataException($"{source}:{lineNumber}: unknown section '{parts[1]}'");
            var values = new float[classes.Length];
            for (int c = 0; c < classes.Length; c++)
            {
                if (!float.TryParse(parts[c + 2], NumberStyles.Float, CultureInfo.InvariantCulture, out values[c]) || !float.IsFinite(values[c]))
                    throw new InvalidDataException($"{source}:{lineNumber}: '{parts[c + 2]}' is not a number");
            }

            bias[Index(kind)][s] = values;
        }

        foreach (var kind in ModelKinds.All)
        {
            var rows = bias[Index(kind)];
            int present = rows.Skip(1).Count(r => r is not null);
            if (present != 0 && present != ReportSections.Count - 1)
                throw new InvalidDataException($"{source}: {kind.Name()} has biases for {present} of the {ReportSections.Count - 1} sections");
        }

        return new SectionPrior(bias);
    }

    /// <summary>The name of a section in the counts file (snake_case).</summary>
    public static string Name(ReportSection section) => Names[(int)section];

    private static readonly string[] Names =
    [
        "none", "head", "summary", "improve", "help_and_protection", "children_in_care", "adoption", "care_leavers",
        "children_in_care_and_care_leavers", "leadership", "lscb", "children_summary", "area_information", "about",
    ];

    private static int Index(ModelKind kind) => kind switch { ModelKind.Sentiment => 0, ModelKind.Area => 1, _ => 2 };

    private static float[]?[][] Empty()
    {
        var bias = new float[]?[3][];
        for (int m = 0; m < 3; m++) bias[m] = new float[]?[ReportSections.Count];
        return bias;
    }
}
