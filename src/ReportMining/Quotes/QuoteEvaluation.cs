using System.Text.Json;
using ReportMining.Sentiment;
using ReportMining.Text;

namespace ReportMining.Quotes;

/// <summary>A gold quoted span of a PolNeAR record (offsets of the quoted words, marks left out).</summary>
internal sealed record GoldQuote(int Start, int End, bool Direct, string? Speaker, IReadOnlyList<TextSpan> SpeakerSpans, string? Flag);

/// <summary>One PolNeAR article: its text and gold quoted spans.</summary>
internal sealed record GoldDocument(string Id, string Text, IReadOnlyList<GoldQuote> Quotes);

/// <summary>One error, for <c>--misses</c>.</summary>
/// <param name="DocumentId">The article's id.</param>
/// <param name="Start">Start of the quote concerned.</param>
/// <param name="End">End of the quote concerned.</param>
/// <param name="Detail">The words around it, and the speakers for a speaker error.</param>
/// <param name="Kind">"missed" (a gold direct quote not found), "spurious" (a predicted quote matching no gold quote), "speaker" (a matched quote with the wrong speaker).</param>
internal sealed record QuoteMiss(string DocumentId, string Kind, int Start, int End, string Detail);

/// <summary>Scores of quote extraction against PolNeAR gold.</summary>
internal sealed class QuoteScore
{
    public int Documents { get; set; }
    public int TruePositives { get; set; }
    public int FalsePositives { get; set; }
    public int FalseNegatives { get; set; }
    /// <summary>Predictions that coincide with a <c>mixed</c> gold quote: neither right nor wrong.</summary>
    public int IgnoredMixed { get; set; }
    public int NamedTotal { get; set; }
    public int NamedCorrect { get; set; }
    public int PronounTotal { get; set; }
    public int PronounCorrect { get; set; }
    /// <summary>Gold direct quotes whose speaker is named (not a pronoun), matched or not.</summary>
    public int NamedGoldAll { get; set; }
    public List<QuoteMiss> Misses { get; } = [];

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    /// <summary>Named-speaker accuracy over matched direct quotes whose gold speaker is not a pronoun.</summary>
    public double NamedAccuracy => Ratio(NamedCorrect, NamedTotal);
    /// <summary>Pronoun-speaker accuracy: the predicted mention overlaps the gold pronoun.</summary>
    public double PronounAccuracy => Ratio(PronounCorrect, PronounTotal);
    /// <summary>Speaker accuracy over all matched direct quotes with a gold speaker.</summary>
    public double AllAccuracy => Ratio(NamedCorrect + PronounCorrect, NamedTotal + PronounTotal);
    /// <summary>Named speakers right over every gold direct quote with a named speaker (a missed quote counts as wrong).</summary>
    public double NamedEndToEnd => Ratio(NamedCorrect, NamedGoldAll);

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}

/// <summary>
/// Scores quote extraction on the PolNeAR JSONL format of <c>../shared/bench/polnear</c>.
/// </summary>
/// <remarks>
/// <para>
/// Units: a predicted quote counts once per paragraph part (<see cref="Quote.Segments"/>) because
/// PolNeAR marks each paragraph of a multi-paragraph quote as its own quoted
/// span; a quote within one paragraph is one unit. Gold spans include their quote marks, which
/// are left out before comparing (predictions never include them).
/// </para>
/// <para>
/// Quotes: a prediction matches a gold quote when they share at least half of the gold quote's
/// characters; each gold quote matches at most one prediction (the one sharing most). Gold
/// quotes of kind <c>direct</c> are scored; a prediction that matches no direct quote but shares
/// at least half of a <c>mixed</c> one (a partial quote inside an indirect report) is ignored;
/// every other prediction is a false positive.
/// </para>
/// <para>
/// Speakers, over matched direct quotes whose gold attribution has a source: right when the
/// predicted mention (<see cref="Quote.SpeakerMentionStart"/>..<see cref="Quote.SpeakerMentionEnd"/>:
/// the words attributed in the quote's context, the pronoun itself for "he said") overlaps the
/// gold source span. "Named" speakers are gold sources that are not a bare pronoun (names and
/// descriptions such as "a spokesman"); pronoun sources are reported apart, and checked the same
/// way (the pronoun found, not what it was resolved to, which PolNeAR does not annotate).
/// </para>
/// </remarks>
internal static class QuoteEvaluation
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "i", "we", "you", "him", "her", "them", "me", "us", "his", "its", "their",
    };

    /// <summary>Reads a PolNeAR JSONL file.</summary>
    public static IEnumerable<GoldDocument> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return Parse(line);
        }
    }

    /// <summary>Reads one PolNeAR record.</summary>
    public static GoldDocument Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        string id = root.GetProperty("id").GetString() ?? "";
        string text = root.GetProperty("text").GetString() ?? "";
        var quotes = new List<GoldQuote>();
        if (root.TryGetProperty("quotes", out var qs))
        {
            foreach (var q in qs.EnumerateArray())
            {
                int start = q.GetProperty("start").GetInt32();
                int end = q.GetProperty("end").GetInt32();
                // leave out the marks
                if (start < end && IsMark(text[start])) start++;
                if (end > start && IsMark(text[end - 1])) end--;
                bool direct = q.GetProperty("kind").GetString() == "direct";
                string? speaker = q.TryGetProperty("speaker", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
                var spans = new List<TextSpan>();
                if (q.TryGetProperty("speakerSpans", out var ss) && ss.ValueKind == JsonValueKind.Array)
                {
                    foreach (var pair in ss.EnumerateArray()) spans.Add(new TextSpan(pair[0].GetInt32(), pair[1].GetInt32()));
                }
                else if (q.TryGetProperty("speakerStart", out var a) && a.ValueKind == JsonValueKind.Number
                    && q.TryGetProperty("speakerEnd", out var b) && b.ValueKind == JsonValueKind.Number)
                {
                    spans.Add(new TextSpan(a.GetInt32(), b.GetInt32()));
                }

                string? flag = q.TryGetProperty("flag", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
                quotes.Add(new GoldQuote(start, end, direct, speaker, spans, flag));
            }
        }

        return new GoldDocument(id, text, quotes);
    }

    private static bool IsMark(char c) => c is '"' or '“' or '”' or '„' or '‟' or '«' or '»';

    /// <summary>Extracts and scores every document of <paramref name="gold"/>.</summary>
    public static QuoteScore Evaluate(IEnumerable<GoldDocument> gold, ISentenceClassifier classifier)
    {
        var score = new QuoteScore();
        foreach (var g in gold)
        {
            using var document = Document.Parse(g.Text);
            var trace = new List<string>();
            var predicted = QuoteExtractor.Extract(document, classifier, trace);
            Score(g, predicted, score, trace);
        }

        return score;
    }

    /// <summary>Adds the scores of one document to <paramref name="score"/>.</summary>
    public static void Score(GoldDocument gold, IReadOnlyList<Quote> predicted, QuoteScore score, IReadOnlyList<string>? trace = null)
    {
        string How(Quote q)
        {
            if (trace is null) return "";
            for (int i = 0; i < predicted.Count; i++)
            {
                if (ReferenceEquals(predicted[i], q)) return i < trace.Count ? " {" + trace[i] + "}" : "";
            }

            return "";
        }

        score.Documents++;
        // prediction units: one per paragraph part
        var units = new List<(TextSpan Span, Quote Quote)>();
        foreach (var p in predicted)
        {
            if (p.Segments.Count > 0)
            {
                foreach (var s in p.Segments) units.Add((new TextSpan(s.Start, s.End), p));
            }
            else
            {
                units.Add((new TextSpan(p.Start, p.End), p));
            }
        }

        var used = new bool[units.Count];
        foreach (var q in gold.Quotes)
        {
            if (!q.Direct) continue;
            bool named = q.SpeakerSpans.Count > 0 && !IsPronoun(q.Speaker);
            if (named) score.NamedGoldAll++;
            int best = -1, bestOverlap = 0;
            for (int u = 0; u < units.Count; u++)
            {
                if (used[u]) continue;
                int overlap = Overlap(units[u].Span, q.Start, q.End);
                if (overlap * 2 >= q.End - q.Start && overlap > bestOverlap)
                {
                    best = u;
                    bestOverlap = overlap;
                }
            }

            if (best < 0)
            {
                score.FalseNegatives++;
                score.Misses.Add(new QuoteMiss(gold.Id, "missed", q.Start, q.End, Snippet(gold.Text, q.Start, q.End)));
                continue;
            }

            used[best] = true;
            score.TruePositives++;
            if (q.SpeakerSpans.Count == 0) continue;
            var quote = units[best].Quote;
            int? ms = quote.SpeakerMentionStart ?? quote.SpeakerStart, me = quote.SpeakerMentionEnd ?? quote.SpeakerEnd;
            bool right = ms is { } a && me is { } b && q.SpeakerSpans.Any(s => s.Start < b && a < s.End);
            if (named)
            {
                score.NamedTotal++;
                if (right) score.NamedCorrect++;
            }
            else
            {
                score.PronounTotal++;
                if (right) score.PronounCorrect++;
            }

            if (!right)
            {
                string predictedMention = ms is { } x && me is { } y ? gold.Text[x..y] : "(none)";
                score.Misses.Add(new QuoteMiss(gold.Id, named ? "speaker" : "pronoun", q.Start, q.End,
                    $"gold [{q.Speaker}] predicted [{predictedMention}]{How(quote)} for {Snippet(gold.Text, q.Start, q.End)}"));
            }
        }

        for (int u = 0; u < units.Count; u++)
        {
            if (used[u]) continue;
            var span = units[u].Span;
            if (gold.Quotes.Any(q => !q.Direct && Overlap(span, q.Start, q.End) * 2 >= q.End - q.Start))
            {
                score.IgnoredMixed++;
                continue;
            }

            score.FalsePositives++;
            score.Misses.Add(new QuoteMiss(gold.Id, "spurious", span.Start, span.End, How(units[u].Quote) + " " + Snippet(gold.Text, span.Start, span.End)));
        }
    }

    private static bool IsPronoun(string? speaker)
    {
        if (speaker is null) return false;
        var trimmed = speaker.Trim().Trim(',', '.', ':', ';', '"', '“', '”', '(', ')').Trim();
        return Pronouns.Contains(trimmed);
    }

    private static int Overlap(TextSpan a, int start, int end) => Math.Max(0, Math.Min(a.End, end) - Math.Max(a.Start, start));

    private static string Snippet(string text, int start, int end)
    {
        int from = Math.Max(0, start - 60), to = Math.Min(text.Length, end + 60);
        if (end - start > 240) return (text[from..(start + 100)] + " … " + text[(end - 100)..to]).ReplaceLineEndings("¶");
        return (text[from..start] + "⟦" + text[start..end] + "⟧" + text[end..to]).ReplaceLineEndings("¶");
    }
}
