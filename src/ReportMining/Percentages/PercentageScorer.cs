using System.Globalization;
using System.Text;
using System.Text.Json;
using ReportMining.Text;

namespace ReportMining.Percentages;

/// <summary>
/// Scores the percentage extractor against a gold file labelled by reference (offsets only).
/// </summary>
/// <remarks>
/// The gold file is JSONL. A <c>"type": "sentence"</c> line marks a stretch of a file that was
/// read in full: every percentage in it is labelled, so a mention found there that matches no
/// gold mention is a false positive. A <c>"type": "mention"</c> line gives one percentage:
/// <c>file, start, end, value, approximate</c>, and <c>measureStart/measureEnd</c> and
/// <c>scopeStart/scopeEnd</c> (null when there is none). <c>file</c> is relative to the texts
/// folder. A <c>file</c> of the form <c>PATH.jsonl#ID</c> names one record of a JSON Lines file
/// (a benchmark such as <c>bench/polnear/train.jsonl#RECORD-ID</c>): the
/// record whose string property <c>id</c> is <c>ID</c>, and offsets are UTF-16 indices into that
/// record's <c>text</c> property, as decoded from JSON (see <see cref="ReadText"/>).
/// An optional <c>split</c> ("dev", "test", "final", "fresh3", "fresh4", "news1", ...) lets a part be kept for checking only.
/// A found mention matches a gold one when their spans overlap.
/// </remarks>
internal static class PercentageScorer
{
    /// <summary>One gold mention.</summary>
    internal sealed record GoldMention(string File, int Start, int End, double Value, bool Approximate, int? MeasureStart, int? MeasureEnd, int? ScopeStart, int? ScopeEnd);

    /// <summary>A stretch read in full.</summary>
    internal sealed record GoldRegion(string File, int Start, int End);

    /// <summary>The scores.</summary>
    internal sealed class Result
    {
        public int Gold { get; set; }
        public int Found { get; set; }
        public int Predicted { get; set; }
        public int FalsePositives { get; set; }
        public int ExactSpan { get; set; }
        public int ValueRight { get; set; }
        public int HedgeRight { get; set; }
        public int MeasureExact { get; set; }
        public int MeasureOverlap { get; set; }
        public int ScopeExact { get; set; }
        public int ScopeOverlap { get; set; }
        public int GoldWithMeasure { get; set; }
        public List<string> Misses { get; } = [];

        public double Recall => Gold == 0 ? 0 : (double)Found / Gold;
        public double Precision => Predicted == 0 ? 0 : (double)(Predicted - FalsePositives) / Predicted;
        public double ValueAccuracy => Found == 0 ? 0 : (double)ValueRight / Found;
        public double HedgeAccuracy => Found == 0 ? 0 : (double)HedgeRight / Found;
        public double MeasureExactAccuracy => Found == 0 ? 0 : (double)MeasureExact / Found;
        public double MeasureOverlapAccuracy => Found == 0 ? 0 : (double)MeasureOverlap / Found;
        public double ScopeAccuracy => Found == 0 ? 0 : (double)ScopeOverlap / Found;

        /// <summary>One line: found, value, hedge, measure exact/overlap, scope exact/overlap.</summary>
        public string Line(string name) => string.Create(CultureInfo.InvariantCulture,
            $"{name,-8} gold {Gold,4}  found {Found,4} ({Recall:P1})  FP {FalsePositives,2}  value {ValueAccuracy:P1}  hedge {HedgeAccuracy:P1}  measure exact {MeasureExact,4} ({MeasureExactAccuracy:P1}) overlap {MeasureOverlap,4} ({MeasureOverlapAccuracy:P1})  scope exact {ScopeExact,4} overlap {ScopeOverlap,4} ({ScopeAccuracy:P1})");

        public string Summary() => string.Create(CultureInfo.InvariantCulture,
            $"""
            gold mentions {Gold}, found {Found} (recall {Recall:P1}), exact span {ExactSpan}
            predicted in labelled sentences {Predicted}, false positives {FalsePositives} (precision {Precision:P1})
            value right {ValueRight}/{Found} ({ValueAccuracy:P1}); hedge right {HedgeRight}/{Found} ({HedgeAccuracy:P1})
            measure exact {MeasureExact}/{Found} ({MeasureExactAccuracy:P1}); measure overlap (or both none) {MeasureOverlap}/{Found} ({MeasureOverlapAccuracy:P1}); gold with a measure {GoldWithMeasure}
            scope exact {ScopeExact}/{Found}; scope overlap (or both none) {ScopeOverlap}/{Found} ({ScopeAccuracy:P1})
            """);
    }

    /// <summary>Reads a gold file; with <paramref name="split"/>, only the lines of that split ("dev", "test", "final", "fresh3", "fresh4", "news1", ...).</summary>
    public static (List<GoldMention> Mentions, List<GoldRegion> Regions) Load(string path, string? split = null) =>
        Load(path, split is null ? null : name => name == split);

    /// <summary>Reads a gold file: with <paramref name="include"/>, only the lines whose split (null when absent) it accepts.</summary>
    public static (List<GoldMention> Mentions, List<GoldRegion> Regions) Load(string path, Func<string?, bool>? include)
    {
        var mentions = new List<GoldMention>();
        var regions = new List<GoldRegion>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (include is not null && !include(root.TryGetProperty("split", out var sp) ? sp.GetString() : null)) continue;
            string file = root.GetProperty("file").GetString()!;
            int start = root.GetProperty("start").GetInt32();
            int end = root.GetProperty("end").GetInt32();
            if (root.GetProperty("type").GetString() == "sentence")
            {
                regions.Add(new GoldRegion(file, start, end));
                continue;
            }

            mentions.Add(new GoldMention(
                file, start, end,
                root.GetProperty("value").GetDouble(),
                root.GetProperty("approximate").GetBoolean(),
                Int(root, "measureStart"), Int(root, "measureEnd"), Int(root, "scopeStart"), Int(root, "scopeEnd")));
        }

        return (mentions, regions);
    }

    /// <summary>The split names in a gold file, in order of first appearance.</summary>
    public static List<string> Splits(string path)
    {
        var names = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("split", out var sp) && sp.GetString() is string name && !names.Contains(name)) names.Add(name);
        }

        return names;
    }

    private static int? Int(JsonElement root, string name) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    /// <summary>
    /// The text a gold <c>file</c> reference names: a file under <paramref name="textsRoot"/>, or,
    /// for <c>PATH.jsonl#ID</c>, the <c>text</c> property of the record of <c>PATH.jsonl</c> whose
    /// <c>id</c> is <c>ID</c> (the first <c>#</c> after <c>.jsonl</c> separates them). The records of
    /// a JSONL file are read once into <paramref name="cache"/> when one is given.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No record has that id, or it has no string <c>text</c>.</exception>
    public static string ReadText(string textsRoot, string file, Dictionary<string, Dictionary<string, string>>? cache = null)
    {
        int hash = file.IndexOf(".jsonl#", StringComparison.OrdinalIgnoreCase);
        if (hash < 0) return File.ReadAllText(Path.Combine(textsRoot, file), Encoding.UTF8);
        string path = file[..(hash + ".jsonl".Length)];
        string id = file[(hash + ".jsonl#".Length)..];
        if (cache is null || !cache.TryGetValue(path, out var records))
        {
            records = ReadRecords(Path.Combine(textsRoot, path));
            cache?.Add(path, records);
        }

        return records.TryGetValue(id, out var text) ? text : throw new KeyNotFoundException($"{path}: no record with id \"{id}\" and a string \"text\"");
    }

    /// <summary>The <c>id</c> → <c>text</c> of every record of a JSONL file that has both as strings (the first of a repeated id).</summary>
    private static Dictionary<string, string> ReadRecords(string path)
    {
        var records = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                && root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            {
                records.TryAdd(id.GetString()!, text.GetString()!);
            }
        }

        return records;
    }

    /// <summary>Scores the extractor on the gold in <paramref name="goldPath"/>, texts under <paramref name="textsRoot"/>.</summary>
    public static Result Score(string goldPath, string textsRoot, string? split = null) =>
        Score(goldPath, textsRoot, split is null ? null : name => name == split);

    /// <summary>Scores the extractor on the gold lines whose split <paramref name="include"/> accepts (all when null).</summary>
    public static Result Score(string goldPath, string textsRoot, Func<string?, bool>? include) => Score(goldPath, textsRoot, include, null);

    /// <summary>Scores the extractor, its measures chosen by <paramref name="ranker"/> when one is given.</summary>
    public static Result Score(string goldPath, string textsRoot, Func<string?, bool>? include, MeasureRanker? ranker)
    {
        var (mentions, regions) = Load(goldPath, include);
        var result = new Result { Gold = mentions.Count };
        var files = mentions.Select(m => m.File).Concat(regions.Select(r => r.File)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var records = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            string text = ReadText(textsRoot, file, records);
            List<PercentageMention> found;
            using (var document = Document.Parse(text))
            {
                found = PercentageExtractor.Extract(document, ranker);
            }

            var fileRegions = regions.Where(r => r.File == file).ToList();
            var fileGold = mentions.Where(m => m.File == file).OrderBy(m => m.Start).ToList();
            var used = new HashSet<PercentageMention>();
            foreach (var gold in fileGold)
            {
                if (gold.MeasureStart is not null) result.GoldWithMeasure++;
                var match = found.Where(p => !used.Contains(p) && p.Start < gold.End && gold.Start < p.End)
                    .OrderByDescending(p => Math.Min(p.End, gold.End) - Math.Max(p.Start, gold.Start)).FirstOrDefault();
                string where = $"{file}@{gold.Start}: {Quote(text, gold.Start, gold.End)}";
                if (match is null)
                {
                    result.Misses.Add($"MISSED  {where}  (value {gold.Value.ToString(CultureInfo.InvariantCulture)}) in: {Context(text, gold.Start, gold.End)}");
                    continue;
                }

                used.Add(match);
                result.Found++;
                if (match.Start == gold.Start && match.End == gold.End) result.ExactSpan++;
                bool valueRight = Math.Abs(match.Value - gold.Value) < 0.011;
                if (valueRight) result.ValueRight++;
                else result.Misses.Add($"VALUE   {where}: found {match.Value.ToString(CultureInfo.InvariantCulture)}, gold {gold.Value.ToString(CultureInfo.InvariantCulture)}");
                if (match.Approximate == gold.Approximate) result.HedgeRight++;
                else result.Misses.Add($"HEDGE   {where}: found approximate={match.Approximate}, gold {gold.Approximate}");

                var (exact, overlap) = Compare(match.MeasureStart, match.MeasureEnd, gold.MeasureStart, gold.MeasureEnd);
                if (exact) result.MeasureExact++;
                if (overlap) result.MeasureOverlap++;
                if (!exact)
                {
                    result.Misses.Add($"{(overlap ? "MEASURE~" : "MEASURE ")} {where}: found {Quote(text, match.MeasureStart, match.MeasureEnd)}, gold {Quote(text, gold.MeasureStart, gold.MeasureEnd)} in: {Context(text, gold.Start, gold.End)}");
                }

                var (scopeExact, scopeOverlap) = Compare(match.ScopeStart, match.ScopeEnd, gold.ScopeStart, gold.ScopeEnd);
                if (scopeExact) result.ScopeExact++;
                if (scopeOverlap) result.ScopeOverlap++;
                if (!scopeOverlap)
                {
                    result.Misses.Add($"SCOPE   {where}: found {Quote(text, match.ScopeStart, match.ScopeEnd)}, gold {Quote(text, gold.ScopeStart, gold.ScopeEnd)}");
                }
            }

            foreach (var p in found)
            {
                if (!fileRegions.Any(r => p.Start < r.End && r.Start < p.End)) continue;
                result.Predicted++;
                if (used.Contains(p)) continue;
                if (fileGold.Any(g => p.Start < g.End && g.Start < p.End)) continue; // a second match of one gold span is not a new error
                result.FalsePositives++;
                result.Misses.Add($"EXTRA   {file}@{p.Start}: {Quote(text, p.Start, p.End)} (value {p.Value.ToString(CultureInfo.InvariantCulture)}) in: {Context(text, p.Start, p.End)}");
            }
        }

        return result;
    }

    private static (bool Exact, bool Overlap) Compare(int? s1, int? e1, int? s2, int? e2)
    {
        if (s1 is null || s2 is null) return (s1 is null && s2 is null, s1 is null && s2 is null);
        bool exact = s1 == s2 && e1 == e2;
        bool overlap = s1 < e2 && s2 < e1;
        return (exact, overlap);
    }

    private static string Quote(string text, int? start, int? end)
    {
        if (start is null || end is null) return "(none)";
        int s = Math.Clamp(start.Value, 0, text.Length), e = Math.Clamp(end.Value, s, text.Length);
        return "«" + Flat(text.AsSpan(s, e - s)) + "»";
    }

    private static string Context(string text, int start, int end)
    {
        int s = Math.Max(0, start - 80), e = Math.Min(text.Length, end + 60);
        return "…" + Flat(text.AsSpan(s, start - s)) + "[" + Flat(text.AsSpan(start, end - start)) + "]" + Flat(text.AsSpan(end, e - end)) + "…";
    }

    private static string Flat(ReadOnlySpan<char> s)
    {
        var b = new StringBuilder(s.Length);
        foreach (char c in s) b.Append(char.IsWhiteSpace(c) || char.IsControl(c) ? ' ' : c);
        return b.ToString();
    }
}
