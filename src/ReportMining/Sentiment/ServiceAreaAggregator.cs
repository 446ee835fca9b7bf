using ReportMining.MachineLearning;
using ReportMining.Text;

namespace ReportMining.Sentiment;

/// <summary>
/// Turns sentence labels into the per-area summary of a document.
/// </summary>
/// <remarks>
/// The rules:
/// <list type="number">
/// <item>A sentence is about its main area, its second area and its finer area (a finer area also
/// counts for its parent when the main area is general). General is not a service area and is not
/// reported.</item>
/// <item>Context, as the labelling guide reads it (a sentence with the one before it): a sentence
/// without a finer area of its own that refers back ("this", "these", "they", "such" among its
/// first words) and that the models place in no particular area (general, or an area guess below
/// <see cref="WeakAreaConfidence"/>; below <see cref="OpeningReferenceConfidence"/> when its very
/// first word refers back, as in "This means ...") takes the areas of the sentence before it; one
/// that refers back with its own area takes the previous sentence's finer area when its area is
/// that finer area's parent. This rule is the older way of reading a sentence in context; it
/// applies only to labels made sentence by sentence. Labels made in the document
/// (<see cref="ReportMinerOptions.SentenceContext"/>, the default) have already taken in the
/// sentences around them (<see cref="NeighbourContext"/>), and the rule is not applied on top:
/// with both, a sentence's neighbours were counted twice, and agreement with the inspectors'
/// grades (<c>reportmining eval grades</c>) was lower (90.3% of judgements against 91.1%).</item>
/// <item>Per area, each judging sentence weighs its sentiment confidence: praise
/// P = sum(positive) + sum(mixed)/2, criticism N = sum(negative) + sum(mixed)/2, score
/// (P - N) / (P + N) in [-1, 1]. The area is neutral when no sentence judges it, positive when
/// score &gt; <see cref="PositiveScore"/>, negative when score &lt; <see cref="NegativeScore"/>, and
/// mixed otherwise. The thresholds are not symmetric because report language is not: an area the
/// inspectors grade inadequate still draws a good deal of praise, so its score sits near -0.3,
/// not -1. They were set against the inspectors' grades of the ILACS dev reports
/// (<c>reportmining eval grades</c>: a good or outstanding grade means positive, requires improvement mixed,
/// inadequate negative).</item>
/// </list>
/// Top-level areas come first (in the order of DESIGN.md), then finer areas, each naming its parent.
/// </remarks>
internal static class ServiceAreaAggregator
{
    /// <summary>An area guess below this probability counts as "no particular area" for the context rule.</summary>
    public const float WeakAreaConfidence = 0.6f;

    /// <summary>The same, for a sentence whose first word refers back ("This means ...", "They ...").</summary>
    public const float OpeningReferenceConfidence = 0.8f;

    /// <summary>Score above which an area is positive (the praising side holds more than 77.5% of the weight).</summary>
    public const double PositiveScore = 0.55;

    /// <summary>Score below which an area is negative (the criticising side holds more than 60% of the weight); in between, mixed.</summary>
    public const double NegativeScore = -0.2;

    /// <summary>How many leading words are searched for a word that refers back.</summary>
    public const int ReferenceWindow = 8;

    private static readonly uint[] ReferringWords =
        [.. new[] { "this", "these", "those", "it", "its", "they", "their", "them", "such", "he", "she" }.Select(w => TextFeaturizer.HashWord(w))];

    private const int AreaCount = (int)ServiceArea.Health + 1;

    /// <summary>Summarises the labelled sentences of a document by area.</summary>
    public static IReadOnlyList<ServiceAreaSentiment> Aggregate(AnalysisContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var document = context.Document;
        var sentences = document.Sentences;
        var labels = context.SentenceLabels;
        int n = Math.Min(sentences.Count, labels.Length);
        if (n == 0) return [];
        Func<int, int> reference = context.SentenceLabelsInContext ? static _ => 0 : i => Reference(document.NormalizedSlice(sentences[i].Span));
        return Aggregate(labels.AsSpan(0, n), reference, i => (sentences[i].Start, sentences[i].End));
    }

    /// <summary>The rules above over labels given directly (for tests and other callers).</summary>
    /// <param name="labels">One label per sentence, in order.</param>
    /// <param name="reference">How sentence i refers back: 0 not, 1 among its first words, 2 with its first word (see <see cref="Reference"/>).</param>
    /// <param name="span">Where sentence i lies.</param>
    internal static IReadOnlyList<ServiceAreaSentiment> Aggregate(ReadOnlySpan<SentenceLabel> labels, Func<int, int> reference, Func<int, (int Start, int End)> span)
    {
        var praise = new double[AreaCount];
        var criticism = new double[AreaCount];
        var judging = new int[AreaCount];
        Span<int> counts = stackalloc int[AreaCount];
        counts.Clear();

        // first pass: which areas each sentence is about (a bit set), counted per area, so the
        // evidence arrays are allocated once at their size
        var rented = System.Buffers.ArrayPool<uint>.Shared.Rent(labels.Length);
        var about = rented.AsSpan(0, labels.Length);
        SentenceLabel previous = default;
        for (int i = 0; i < labels.Length; i++)
        {
            var label = i > 0 && NeedsReference(labels[i], previous) ? Resolve(labels[i], previous, reference(i)) : labels[i];
            previous = label;

            uint seen = 0;
            if (label.Area != ServiceArea.General) seen |= 1u << (int)label.Area;
            if (label.SecondArea is { } second && second != ServiceArea.General) seen |= 1u << (int)second;
            if (label.FineArea is { } fine)
            {
                seen |= 1u << (int)fine;
                if (label.Area == ServiceArea.General) seen |= 1u << (int)fine.Parent();
            }

            about[i] = seen;
            double w = label.SentimentConfidence;
            for (uint rest = seen; rest != 0; rest &= rest - 1)
            {
                int a = System.Numerics.BitOperations.TrailingZeroCount(rest);
                counts[a]++;
                switch (label.Sentiment)
                {
                    case SentimentLabel.Positive: praise[a] += w; judging[a]++; break;
                    case SentimentLabel.Negative: criticism[a] += w; judging[a]++; break;
                    case SentimentLabel.Mixed: praise[a] += w / 2; criticism[a] += w / 2; judging[a]++; break;
                }
            }
        }

        // second pass: the evidence, in sentence order
        var evidence = new Evidence[AreaCount][];
        for (int a = 0; a < AreaCount; a++) evidence[a] = counts[a] == 0 ? [] : new Evidence[counts[a]];
        counts.Clear();
        for (int i = 0; i < labels.Length; i++)
        {
            uint seen = about[i];
            if (seen == 0) continue;
            var (start, end) = span(i);
            var item = new Evidence { Start = start, End = end, Sentiment = labels[i].Sentiment, Confidence = Math.Round(labels[i].SentimentConfidence, 4) };
            for (uint rest = seen; rest != 0; rest &= rest - 1)
            {
                int a = System.Numerics.BitOperations.TrailingZeroCount(rest);
                evidence[a][counts[a]++] = item;
            }
        }

        System.Buffers.ArrayPool<uint>.Shared.Return(rented);

        var result = new List<ServiceAreaSentiment>();
        foreach (var area in ServiceAreas.TopLevel) Add(area);
        for (var area = ServiceArea.FrontDoor; area <= ServiceArea.Health; area++) Add(area);
        return result;

        void Add(ServiceArea area)
        {
            int a = (int)area;
            if (evidence[a] is not { Length: > 0 } list) return;
            double p = praise[a], c = criticism[a];
            double score = p + c > 0 ? (p - c) / (p + c) : 0;
            var sentiment = judging[a] == 0 ? SentimentLabel.Neutral
                : score > PositiveScore ? SentimentLabel.Positive
                : score < NegativeScore ? SentimentLabel.Negative
                : SentimentLabel.Mixed;
            result.Add(new ServiceAreaSentiment
            {
                Area = area,
                Parent = area.IsTopLevel() ? null : area.Parent(),
                Sentiment = sentiment,
                Score = Math.Round(score, 4),
                Mentions = list.Length,
                Evidence = list,
            });
        }
    }

    /// <summary>
    /// False when <see cref="Resolve"/> returns the label as it is whatever the sentence refers
    /// back to (it has a finer area, the previous sentence is about nothing in particular, or its
    /// own area is confident and no finer area could be inherited), so the sentence need not be read.
    /// </summary>
    internal static bool NeedsReference(SentenceLabel label, SentenceLabel previous)
    {
        if (label.FineArea is not null) return false;
        if (previous.Area == ServiceArea.General && previous.FineArea is null) return false;
        if (label.Area == ServiceArea.General || label.AreaConfidence < OpeningReferenceConfidence) return true;
        return previous.FineArea is { } fine && label.Area == fine.Parent();
    }

    /// <summary>The label after the context rule, given the previous sentence's (resolved) label and how this one refers back.</summary>
    internal static SentenceLabel Resolve(SentenceLabel label, SentenceLabel previous, int reference)
    {
        if (reference == 0 || label.FineArea is not null) return label;
        if (previous.Area == ServiceArea.General && previous.FineArea is null) return label;
        float threshold = reference >= 2 ? OpeningReferenceConfidence : WeakAreaConfidence;
        if (label.Area == ServiceArea.General || label.AreaConfidence < threshold)
        {
            return label with
            {
                Area = previous.Area, AreaConfidence = previous.AreaConfidence, SecondArea = previous.SecondArea,
                FineArea = previous.FineArea, FineAreaConfidence = previous.FineAreaConfidence,
            };
        }

        if (previous.FineArea is { } fine && label.Area == fine.Parent())
        {
            return label with { FineArea = fine, FineAreaConfidence = previous.FineAreaConfidence };
        }

        return label;
    }

    /// <summary>
    /// How a sentence refers back to what came before: 2 when its first word does ("This means
    /// ...", "They ..."), 1 when one of its first <see cref="ReferenceWindow"/> words does ("The
    /// inspection found that these children ..."), else 0.
    /// </summary>
    internal static int Reference(ReadOnlySpan<char> sentence)
    {
        int words = 0;
        foreach (var token in Tokenizer.Tokenize(sentence))
        {
            if (token.Kind != TokenKind.Word) continue;
            if (++words > ReferenceWindow) break;
            uint h = TextFeaturizer.HashWord(sentence.Slice(token.Start, token.Length));
            if (Array.IndexOf(ReferringWords, h) >= 0) return words == 1 ? 2 : 1;
        }

        return 0;
    }
}
