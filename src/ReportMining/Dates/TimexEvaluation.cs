using System.Globalization;
using System.Text;
using System.Text.Json;
using ReportMining.Text;

namespace ReportMining.Dates;

/// <summary>A TIMEX3 annotation of a gold document (TempEval-3 JSONL).</summary>
internal sealed record GoldTimex(int Start, int End, string Type, string Value, string Text);

/// <summary>A gold document: its text, its creation time and its annotations.</summary>
internal sealed record GoldDocument(string Id, DateOnly? Dct, string Text, IReadOnlyList<GoldTimex> Timexes);

/// <summary>Counts for one row of the score table (one TIMEX3 type, or all).</summary>
internal sealed class TimexCounts
{
    public int Gold { get; set; }
    public int System { get; set; }
    public int RelaxedGold { get; set; }     // gold timexes overlapped by a system timex
    public int RelaxedSystem { get; set; }   // system timexes overlapping a gold timex
    public int StrictGold { get; set; }
    public int StrictSystem { get; set; }
    public int ValueMatch { get; set; }
    public int TypeMatch { get; set; }

    public double StrictP => Ratio(StrictSystem, System);
    public double StrictR => Ratio(StrictGold, Gold);
    public double StrictF1 => F1(StrictP, StrictR);
    public double RelaxedP => Ratio(RelaxedSystem, System);
    public double RelaxedR => Ratio(RelaxedGold, Gold);
    public double RelaxedF1 => F1(RelaxedP, RelaxedR);

    /// <summary>Fraction of relaxed-matched gold timexes whose value is exactly right.</summary>
    public double ValueAccuracy => Ratio(ValueMatch, RelaxedGold);

    /// <summary>TempEval-3's value F1: relaxed F1 times value accuracy.</summary>
    public double ValueF1 => RelaxedF1 * ValueAccuracy;

    public double TypeAccuracy => Ratio(TypeMatch, RelaxedGold);

    public double TypeF1 => RelaxedF1 * TypeAccuracy;

    public void Add(TimexCounts o)
    {
        Gold += o.Gold;
        System += o.System;
        RelaxedGold += o.RelaxedGold;
        RelaxedSystem += o.RelaxedSystem;
        StrictGold += o.StrictGold;
        StrictSystem += o.StrictSystem;
        ValueMatch += o.ValueMatch;
        TypeMatch += o.TypeMatch;
    }

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>The scores of a run: per TIMEX3 type, DATE and DURATION together, and overall; plus the errors.</summary>
internal sealed class TimexScores
{
    public static readonly string[] Types = ["DATE", "DURATION", "TIME", "SET"];

    public Dictionary<string, TimexCounts> ByType { get; } = Types.ToDictionary(t => t, _ => new TimexCounts(), StringComparer.Ordinal);

    public TimexCounts Overall { get; } = new();

    public TimexCounts DateAndDuration { get; } = new();

    public int Documents { get; set; }

    /// <summary>One line per error (missed, spurious, wrong value or type, wrong extent).</summary>
    public List<string> Misses { get; } = [];

    /// <summary>The score table as text.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(inv, $"TempEval-3 timex scores over {Documents} documents (relaxed = overlap; value F1 = relaxed F1 x value accuracy)");
        sb.AppendLine("type            gold   sys | strict P    R     F1 | relaxed P    R     F1 | value acc  value F1 | type acc");
        void Row(string name, TimexCounts c) =>
            sb.AppendLine(inv, $"{name,-14} {c.Gold,5} {c.System,5} |   {c.StrictP,6:0.0000} {c.StrictR,6:0.0000} {c.StrictF1,6:0.0000} |   {c.RelaxedP,6:0.0000} {c.RelaxedR,6:0.0000} {c.RelaxedF1,6:0.0000} |   {c.ValueAccuracy,6:0.0000}   {c.ValueF1,6:0.0000} |   {c.TypeAccuracy,6:0.0000}");
        foreach (var t in Types) Row(t, ByType[t]);
        Row("DATE+DURATION", DateAndDuration);
        Row("all", Overall);
        return sb.ToString();
    }
}

/// <summary>
/// Scores date extraction the way the official TempEval-3 scorer (<c>evaluate_entities.py</c>)
/// does: a system timex matches a gold one when their extents overlap (relaxed) or are the same
/// after trimming surrounding spaces and punctuation (strict); precision and recall of each;
/// value and type accuracy over the relaxed matches; value F1 = relaxed F1 x value accuracy.
/// Rows by type count each gold timex under its gold type, and each system timex under the type
/// of the gold timex it matched, or its own type when it matched none, so the rows add up to
/// the overall row.
/// </summary>
internal static class TimexEvaluation
{
    /// <summary>Reads a TempEval-3 JSONL file (one document a line).</summary>
    public static List<GoldDocument> ReadGold(string path)
    {
        var docs = new List<GoldDocument>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            string id = root.TryGetProperty("id", out var idEl) ? idEl.GetString() ?? string.Empty : string.Empty;
            string text = root.GetProperty("text").GetString() ?? string.Empty;
            DateOnly? dct = null;
            if (root.TryGetProperty("dct", out var dctEl) && dctEl.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(dctEl.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                dct = d;
            }

            var timexes = new List<GoldTimex>();
            if (root.TryGetProperty("timexes", out var arr))
            {
                foreach (var t in arr.EnumerateArray())
                {
                    timexes.Add(new GoldTimex(
                        t.GetProperty("start").GetInt32(),
                        t.GetProperty("end").GetInt32(),
                        t.GetProperty("type").GetString() ?? string.Empty,
                        t.TryGetProperty("value", out var v) ? v.GetString() ?? string.Empty : string.Empty,
                        t.TryGetProperty("text", out var tx) ? tx.GetString() ?? string.Empty : string.Empty));
                }
            }

            docs.Add(new GoldDocument(id, dct, text, timexes));
        }

        return docs;
    }

    /// <summary>Runs the date extractor on every document (anchored at its creation time) and scores it.</summary>
    public static TimexScores Evaluate(IEnumerable<GoldDocument> documents, bool collectMisses = false)
    {
        var scores = new TimexScores();
        foreach (var doc in documents)
        {
            using var parsed = Document.Parse(doc.Text);
            var system = DateExtractor.FindTimeMl(parsed, doc.Dct);
            Score(doc, system, scores, collectMisses);
        }

        return scores;
    }

    /// <summary>The TimeML type name of a system timex.</summary>
    public static string TypeName(DateType type) => type switch
    {
        DateType.Duration => "DURATION",
        DateType.Time => "TIME",
        DateType.Set => "SET",
        _ => "DATE",
    };

    /// <summary>Adds one document's counts to <paramref name="scores"/>.</summary>
    public static void Score(GoldDocument doc, IReadOnlyList<Timex> system, TimexScores scores, bool collectMisses)
    {
        scores.Documents++;
        var gold = doc.Timexes;
        var matchOfGold = new int[gold.Count];
        var matchOfSystem = new int[system.Count];
        Array.Fill(matchOfGold, -1);
        Array.Fill(matchOfSystem, -1);

        // one-to-one, each gold timex with the free system timex it overlaps most
        for (int g = 0; g < gold.Count; g++)
        {
            int best = -1, bestOverlap = 0;
            for (int s = 0; s < system.Count; s++)
            {
                if (matchOfSystem[s] >= 0) continue;
                int overlap = Math.Min(gold[g].End, system[s].End) - Math.Max(gold[g].Start, system[s].Start);
                if (overlap > bestOverlap)
                {
                    bestOverlap = overlap;
                    best = s;
                }
            }

            if (best >= 0)
            {
                matchOfGold[g] = best;
                matchOfSystem[best] = g;
            }
        }

        var text = doc.Text;
        for (int g = 0; g < gold.Count; g++)
        {
            var gt = gold[g];
            string type = scores.ByType.ContainsKey(gt.Type) ? gt.Type : "DATE";
            var rows = Rows(scores, type);
            foreach (var c in rows) c.Gold++;
            int s = matchOfGold[g];
            if (s < 0)
            {
                if (collectMisses) scores.Misses.Add($"{doc.Id}\tMISSED\t{gt.Type}\t{gt.Value}\t\"{Slice(text, gt.Start, gt.End)}\"\t{Context(text, gt.Start, gt.End)}");
                continue;
            }

            var st = system[s];
            bool strict = SameExtent(text, gt.Start, gt.End, st.Start, st.End);
            bool value = string.Equals(gt.Value, st.Value, StringComparison.Ordinal);
            bool typeOk = string.Equals(gt.Type, TypeName(st.Type), StringComparison.Ordinal);
            foreach (var c in rows)
            {
                c.RelaxedGold++;
                if (strict) c.StrictGold++;
                if (value) c.ValueMatch++;
                if (typeOk) c.TypeMatch++;
            }

            if (collectMisses && !value)
            {
                scores.Misses.Add($"{doc.Id}\tVALUE\t{gt.Type}\t{gt.Value}\t\"{Slice(text, gt.Start, gt.End)}\"\tsystem {TypeName(st.Type)} {st.Value} \"{Slice(text, st.Start, st.End)}\"\t{Context(text, gt.Start, gt.End)}");
            }
            else if (collectMisses && !strict)
            {
                scores.Misses.Add($"{doc.Id}\tEXTENT\t{gt.Type}\t{gt.Value}\t\"{Slice(text, gt.Start, gt.End)}\"\tsystem \"{Slice(text, st.Start, st.End)}\"");
            }
            else if (collectMisses && !typeOk)
            {
                scores.Misses.Add($"{doc.Id}\tTYPE\t{gt.Type}\t{gt.Value}\t\"{Slice(text, gt.Start, gt.End)}\"\tsystem {TypeName(st.Type)}");
            }
        }

        for (int s = 0; s < system.Count; s++)
        {
            var st = system[s];
            int g = matchOfSystem[s];
            string type = g >= 0 ? (scores.ByType.ContainsKey(gold[g].Type) ? gold[g].Type : "DATE") : TypeName(st.Type);
            var rows = Rows(scores, type);
            foreach (var c in rows)
            {
                c.System++;
                if (g < 0) continue;
                c.RelaxedSystem++;
                if (SameExtent(text, gold[g].Start, gold[g].End, st.Start, st.End)) c.StrictSystem++;
            }

            if (g < 0 && collectMisses)
            {
                scores.Misses.Add($"{doc.Id}\tSPURIOUS\t{TypeName(st.Type)}\t{st.Value}\t\"{Slice(text, st.Start, st.End)}\"\t{Context(text, st.Start, st.End)}");
            }
        }
    }

    private static TimexCounts[] Rows(TimexScores scores, string type) =>
        type is "DATE" or "DURATION"
            ? [scores.ByType[type], scores.DateAndDuration, scores.Overall]
            : [scores.ByType[type], scores.Overall];

    /// <summary>True when the two extents cover the same words (surrounding spaces and punctuation aside).</summary>
    public static bool SameExtent(string text, int s1, int e1, int s2, int e2)
    {
        Trim(text, ref s1, ref e1);
        Trim(text, ref s2, ref e2);
        return s1 == s2 && e1 == e2;
    }

    private static void Trim(string text, ref int s, ref int e)
    {
        s = Math.Clamp(s, 0, text.Length);
        e = Math.Clamp(e, s, text.Length);
        while (s < e && (char.IsWhiteSpace(text[s]) || char.IsPunctuation(text[s]))) s++;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || char.IsPunctuation(text[e - 1]))) e--;
    }

    private static string Slice(string text, int s, int e) =>
        text.Substring(Math.Clamp(s, 0, text.Length), Math.Clamp(e, 0, text.Length) - Math.Clamp(s, 0, text.Length)).Replace('\n', ' ');

    private static string Context(string text, int s, int e)
    {
        int a = Math.Max(0, s - 60), b = Math.Min(text.Length, e + 40);
        return text[a..s].Replace('\n', ' ') + "[" + text[s..e].Replace('\n', ' ') + "]" + text[e..b].Replace('\n', ' ');
    }
}
