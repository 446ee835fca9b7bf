using System.Text;
using ReportMining.MachineLearning;
using ReportMining.Sentiment.Training;
using ReportMining.Text;

namespace ReportMining.Sentiment;

/// <summary>
/// The result of <see cref="SentenceAgreement"/>: for each of the three sentence models
/// (<see cref="ModelKind"/> order: sentiment, area, finer area), its gold labels against what the
/// shipped models say, each sentence on its own and each sentence in its document.
/// </summary>
/// <param name="Alone">Each sentence classified on its own, as <c>reportmining classify</c> does.</param>
/// <param name="InDocument">Each sentence labelled in its document, as <c>Analyze</c> and <c>extract</c> do (the same as <see cref="Alone"/> for sentences given with their text).</param>
/// <param name="Documents">How many reports the sentences came from.</param>
internal sealed record SentenceAgreementResult(ClassificationMetrics[] Alone, ClassificationMetrics[] InDocument, int Documents)
{
    /// <summary>How many labelled sentences were scored.</summary>
    public int Sentences => Alone[0].Count;
}

/// <summary>
/// Scores the shipped sentence models on labelled sentences in the training-label format
/// (report sentences by reference, <c>{"file","start","end","sentiment","area","area2","fine"}</c>,
/// or sentences with their <c>"text"</c>). A report sentence is labelled in its document exactly as
/// the pipeline labels it: the document is split into sentences, the labelled span takes the place
/// of the sentences it overlaps, and the document is labelled with the miner's options (its
/// neighbours in view when <see cref="ReportMinerOptions.SentenceContext"/> is on).
/// </summary>
/// <remarks>
/// This measures the shipped models on labels they were not trained on. On the project's own
/// training labels it measures fit, not accuracy: cross-validation (<c>reportmining train
/// --no-write</c>) is the measure there.
/// </remarks>
internal static class SentenceAgreement
{
    private static readonly ModelKind[] Kinds = [ModelKind.Sentiment, ModelKind.Area, ModelKind.FineArea];

    /// <summary>Reads the labels in <paramref name="goldPath"/> (a JSONL file or a folder of them) and scores them.</summary>
    /// <exception cref="InvalidDataException">A label is malformed or points outside its report.</exception>
    /// <exception cref="FileNotFoundException">The label file is missing.</exception>
    public static SentenceAgreementResult Run(string goldPath, string textsDir, ReportMiner miner, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(miner);
        var gold = TrainingData.Load(goldPath, textsDir, news: null);
        return Run(gold, textsDir, miner, token);
    }

    /// <summary>Scores labelled sentences already read.</summary>
    public static SentenceAgreementResult Run(IReadOnlyList<LabelledSentence> gold, string? textsDir, ReportMiner miner, CancellationToken token = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(miner);
        var alone = Kinds.Select(k => new ClassificationMetrics(SentenceLabelSets.For(k))).ToArray();
        var inDocument = Kinds.Select(k => new ClassificationMetrics(SentenceLabelSets.For(k))).ToArray();

        var documentLabels = new SentenceLabel[gold.Count];
        int documents = 0;
        foreach (var group in gold.Select((s, i) => (Sentence: s, Index: i)).Where(x => x.Sentence.File is not null).GroupBy(x => x.Sentence.File!, StringComparer.Ordinal))
        {
            token.ThrowIfCancellationRequested();
            if (textsDir is null) throw new InvalidDataException($"report sentences of '{group.Key}' need the folder of report texts");
            string text = File.ReadAllText(Path.Combine(textsDir, group.Key), Encoding.UTF8);
            using var document = Document.Parse(text);
            documents++;
            LabelInDocument(document, [.. group.Select(x => (x.Sentence.Start, x.Sentence.End, x.Index))], miner, documentLabels, token);
        }

        for (int i = 0; i < gold.Count; i++)
        {
            var sentence = gold[i];
            var own = miner.ClassifySentence(sentence.Text);
            var inContext = sentence.File is null ? own : documentLabels[i];
            for (int m = 0; m < Kinds.Length; m++)
            {
                int expected = Array.IndexOf(SentenceLabelSets.For(Kinds[m]), sentence.LabelFor(Kinds[m]));
                alone[m].Add(expected, ClassOf(own, Kinds[m]));
                inDocument[m].Add(expected, ClassOf(inContext, Kinds[m]));
            }
        }

        return new SentenceAgreementResult(alone, inDocument, documents);
    }

    /// <summary>The class index a label gives for one model, in <see cref="SentenceLabelSets"/> order.</summary>
    internal static int ClassOf(SentenceLabel label, ModelKind kind) => kind switch
    {
        ModelKind.Sentiment => (int)label.Sentiment,
        ModelKind.Area => (int)label.Area,
        _ => label.FineArea is { } fine ? (int)fine - (int)ServiceArea.FrontDoor + 1 : 0,
    };

    /// <summary>
    /// Labels the spans of one document in place of the document's own sentences that they overlap.
    /// Spans that overlap one another are labelled in further rounds, one document labelling per round.
    /// </summary>
    private static void LabelInDocument(Document document, (int Start, int End, int Index)[] spans, ReportMiner miner, SentenceLabel[] labels, CancellationToken token)
    {
        Array.Sort(spans, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        var pending = spans.ToList();
        var sentences = new List<Sentence>();
        var placed = new List<(int Position, int Index)>();
        while (pending.Count > 0)
        {
            // this round: spans that do not overlap one another, in order; the rest wait
            var round = new List<(int Start, int End, int Index)>();
            var later = new List<(int Start, int End, int Index)>();
            foreach (var s in pending)
            {
                if (round.Count > 0 && s.Start < round[^1].End) later.Add(s);
                else round.Add(s);
            }

            sentences.Clear();
            placed.Clear();
            int r = 0;
            foreach (var sentence in document.SentenceSpan)
            {
                // spans that start before this sentence ends and were not placed yet go in first
                while (r < round.Count && round[r].Start < sentence.End)
                {
                    placed.Add((sentences.Count, round[r].Index));
                    sentences.Add(new Sentence(new TextSpan(round[r].Start, round[r].End), Math.Max(0, document.ParagraphAt(round[r].Start))));
                    r++;
                }

                // spans still to come start after this sentence ends; of those placed, the last one
                // reaches furthest (they do not overlap one another)
                bool covered = placed.Count > 0 && sentences[placed[^1].Position].Span.Overlaps(sentence.Span);
                if (!covered) sentences.Add(sentence);
            }

            for (; r < round.Count; r++)
            {
                placed.Add((sentences.Count, round[r].Index));
                sentences.Add(new Sentence(new TextSpan(round[r].Start, round[r].End), Math.Max(0, document.ParagraphAt(round[r].Start))));
            }

            var result = miner.LabelSentences(document, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sentences), token);
            foreach (var (position, index) in placed) labels[index] = result[position];
            pending = later;
        }
    }
}
