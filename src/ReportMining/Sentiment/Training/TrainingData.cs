using System.Text;
using System.Text.Json;
using ReportMining.Text;

namespace ReportMining.Sentiment.Training;

/// <summary>
/// Reads labelled sentences from JSONL files: report sentences by reference
/// (<c>{"file","start","end","sentiment","area","area2","fine"}</c>, text read from the corpus
/// folder through <see cref="Document"/>'s normalised reading) and news-style sentences with their
/// text (<c>{"id","text","sentiment","area","area2","fine"}</c>). <c>area2</c> and <c>fine</c> may be
/// null, absent or <c>"-"</c>.
/// </summary>
internal static class TrainingData
{
    /// <summary>
    /// Loads every <c>*.jsonl</c> in <paramref name="labels"/> (a folder, or one file) and
    /// <paramref name="news"/> (when given and not already among them), in ordinal file order.
    /// </summary>
    /// <exception cref="InvalidDataException">A record is malformed, has an unknown label, or points outside its report.</exception>
    public static List<LabelledSentence> Load(string labels, string? corpus, string? news, ICollection<string>? warnings = null)
    {
        var files = new List<string>();
        if (Directory.Exists(labels))
        {
            var found = Directory.GetFiles(labels, "*.jsonl", SearchOption.TopDirectoryOnly);
            Array.Sort(found, StringComparer.Ordinal);
            files.AddRange(found);
        }
        else if (File.Exists(labels))
        {
            files.Add(labels);
        }
        else
        {
            throw new FileNotFoundException($"label folder or file '{labels}' not found", labels);
        }

        if (news is not null && !files.Any(f => string.Equals(Path.GetFullPath(f), Path.GetFullPath(news), StringComparison.Ordinal)))
        {
            if (!File.Exists(news)) throw new FileNotFoundException($"news file '{news}' not found", news);
            files.Add(news);
        }

        var result = new List<LabelledSentence>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var documents = new Dictionary<string, (Document Document, Inspections.ReportSection[] Sections)>(StringComparer.Ordinal);
        try
        {
            foreach (var file in files)
            {
                int lineNumber = 0;
                foreach (var line in File.ReadLines(file, Encoding.UTF8))
                {
                    lineNumber++;
                    if (string.IsNullOrWhiteSpace(line)) continue;
                    string where = $"{Path.GetFileName(file)}:{lineNumber}";
                    var sentence = Parse(line, where, corpus, documents);
                    if (!seen.Add(sentence.Id))
                    {
                        warnings?.Add($"{where}: {sentence.Id} is labelled twice; the first label is kept");
                        continue;
                    }

                    result.Add(sentence);
                }
            }
        }
        finally
        {
            foreach (var d in documents.Values) d.Document.Dispose();
        }

        return result;
    }

    private static LabelledSentence Parse(string line, string where, string? corpus, Dictionary<string, (Document Document, Inspections.ReportSection[] Sections)> documents)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{where}: not JSON: {e.Message}", e);
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new InvalidDataException($"{where}: not a JSON object");
            string sentiment = Required(root, "sentiment", where);
            string area = Required(root, "area", where);
            string? area2 = Optional(root, "area2");
            string fine = Optional(root, "fine") ?? SentenceLabelSets.NoFineArea;
            Check(sentiment, SentenceLabelSets.Sentiment, "sentiment", where);
            Check(area, SentenceLabelSets.Area, "area", where);
            if (area2 is not null) Check(area2, SentenceLabelSets.Area, "area2", where);
            if (area2 == area) area2 = null;
            Check(fine, SentenceLabelSets.FineArea, "fine", where);

            if (root.TryGetProperty("text", out var textElement) && textElement.ValueKind == JsonValueKind.String)
            {
                string id = Optional(root, "id") ?? where;
                string text = textElement.GetString()!;
                if (string.IsNullOrWhiteSpace(text)) throw new InvalidDataException($"{where}: empty text");
                return new LabelledSentence
                {
                    Id = "news:" + id, Source = "news", Group = "news:" + id, Text = text,
                    Sentiment = sentiment, Area = area, Area2 = area2, Fine = fine,
                };
            }

            string file = Required(root, "file", where);
            if (file.Contains('/') || file.Contains('\\') || file.Contains("..", StringComparison.Ordinal))
                throw new InvalidDataException($"{where}: file must be a bare file name, not '{file}'");
            int start = Int(root, "start", where), end = Int(root, "end", where);
            if (corpus is null) throw new InvalidDataException($"{where}: a report sentence needs the corpus folder (--corpus)");
            if (!documents.TryGetValue(file, out var read))
            {
                string path = Path.Combine(corpus, file);
                if (!File.Exists(path)) throw new InvalidDataException($"{where}: report '{path}' not found");
                var parsed = Document.Parse(File.ReadAllText(path, Encoding.UTF8));
                documents[file] = read = (parsed, Sections(parsed));
            }

            var document = read.Document;

            if (start < 0 || end <= start || end > document.Length)
                throw new InvalidDataException($"{where}: span {start}-{end} lies outside '{file}' ({document.Length} characters)");
            var sentences = document.SentenceSpan;
            int first = document.SentenceAt(start), last = document.SentenceAt(end - 1);
            string? previous = first > 0 ? new string(document.NormalizedSlice(sentences[first - 1].Span)) : null;
            string? next = last >= 0 && last + 1 < sentences.Length ? new string(document.NormalizedSlice(sentences[last + 1].Span)) : null;
            return new LabelledSentence
            {
                Id = $"{file}:{start}-{end}",
                Source = "report",
                Group = GroupOf(file),
                File = file,
                Start = start,
                End = end,
                Text = new string(document.Normalized[start..end]),
                Previous = previous,
                Next = next,
                Section = first >= 0 ? read.Sections[first] : Inspections.ReportSection.None,
                Sentiment = sentiment,
                Area = area,
                Area2 = area2,
                Fine = fine,
            };
        }
    }

    /// <summary>The report section of each sentence of a document, found as the pipeline finds it (<see cref="ReportMiner"/>: inspection reports only).</summary>
    internal static Inspections.ReportSection[] Sections(Document document)
    {
        var sections = new Inspections.ReportSection[document.SentenceSpan.Length];
        if (Inspections.InspectionReader.ReadText(document.Text).Kind == DocumentKind.InspectionReport) Inspections.ReportSections.Find(document, sections);
        return sections;
    }

    /// <summary>The group (local authority) of a report file: "la:" and the name up to the first underscore.</summary>
    internal static string GroupOf(string file)
    {
        int underscore = file.IndexOf('_', StringComparison.Ordinal);
        return "la:" + (underscore > 0 ? file[..underscore] : file);
    }

    private static string Required(JsonElement root, string name, string where) =>
        Optional(root, name) ?? throw new InvalidDataException($"{where}: '{name}' is missing");

    private static string? Optional(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null) return null;
        if (e.ValueKind != JsonValueKind.String) throw new InvalidDataException($"'{name}' must be a string");
        string s = e.GetString()!.Trim();
        return s.Length == 0 || s == "-" ? null : s;
    }

    private static int Int(JsonElement root, string name, string where)
    {
        if (!root.TryGetProperty(name, out var e) || e.ValueKind != JsonValueKind.Number || !e.TryGetInt32(out int v))
            throw new InvalidDataException($"{where}: '{name}' must be an integer");
        return v;
    }

    private static void Check(string value, string[] allowed, string field, string where)
    {
        if (Array.IndexOf(allowed, value) < 0)
            throw new InvalidDataException($"{where}: unknown {field} '{value}' (expected one of {string.Join(", ", allowed)})");
    }
}
