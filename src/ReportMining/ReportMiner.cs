using ReportMining.Dates;
using ReportMining.Inspections;
using ReportMining.Percentages;
using ReportMining.Quotes;
using ReportMining.Ratings;
using ReportMining.Sentiment;
using ReportMining.Text;

namespace ReportMining;

/// <summary>
/// The extraction pipeline. Build one (models load once), then call <see cref="Analyze"/> or
/// <see cref="AnalyzeMany"/> as often as you like, from as many threads as you like: a miner is
/// immutable and thread-safe.
/// </summary>
/// <example>
/// <code>
/// var miner = new ReportMiner();
/// ReportAnalysis result = miner.Analyze(text, new AnalysisOptions { DocumentDate = new DateOnly(2020, 3, 16) });
/// </code>
/// </example>
public sealed partial class ReportMiner
{
    private readonly InspectionReader _inspections = new();
    private readonly DateExtractor _dates = new();
    private readonly PercentageExtractor _percentages;
    private readonly RatingExtractor _ratings = new();
    private readonly QuoteExtractor _quotes = new();
    private readonly SentenceModels _models;

    /// <summary>Builds a miner with the models shipped in the package.</summary>
    public ReportMiner()
        : this(new ReportMinerOptions())
    {
    }

    /// <summary>Builds a miner with the given options.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="options"/> is null.</exception>
    public ReportMiner(ReportMinerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        _models = SentenceModels.Load(options.ModelDirectory);
        _percentages = new PercentageExtractor(options.LearnedMeasures ? MeasureRanker.Load(options.ModelDirectory) : null);
    }

    /// <summary>The options the miner was built with.</summary>
    public ReportMinerOptions Options { get; }

    /// <summary>The sentence models, to label single sentences.</summary>
    public ISentenceClassifier SentenceClassifier => _models;

    /// <summary>Labels a single sentence with sentiment and service areas.</summary>
    public SentenceLabel ClassifySentence(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        using var document = Document.Parse(sentence);
        return _models.Classify(document.Normalized);
    }

    /// <summary>Analyses one document.</summary>
    /// <param name="text">The document's text (plain text; see <c>Input</c> for HTML and PDF).</param>
    /// <param name="options">Its id and date; null for none.</param>
    /// <param name="cancellationToken">Cancels the analysis between stages.</param>
    /// <exception cref="ArgumentNullException">When <paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException">When cancelled.</exception>
    public ReportAnalysis Analyze(string text, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= new AnalysisOptions();
        using var document = Document.Parse(text);
        var context = new AnalysisContext(document, options, _models, cancellationToken);
        var token = cancellationToken;

        _inspections.Read(context);
        _dates.FindDocumentDate(context);
        token.ThrowIfCancellationRequested();
        context.Dates = _dates.Extract(context);
        token.ThrowIfCancellationRequested();
        var percentages = _percentages.Extract(context);
        var ratings = _ratings.Extract(context);
        token.ThrowIfCancellationRequested();
        context.SentenceLabels = LabelSentences(document, document.SentenceSpan, context.Kind, token);
        context.SentenceLabelsInContext = Options.SentenceContext;
        var quotes = _quotes.Extract(context);
        var areas = ServiceAreaAggregator.Aggregate(context);

        return new ReportAnalysis
        {
            Id = options.Id,
            SourceText = text,
            Kind = context.Kind,
            DocumentDate = context.DocumentDate,
            DocumentDateSource = context.DocumentDateSource,
            Inspection = context.Inspection,
            Ratings = ratings,
            Dates = context.Dates,
            Percentages = percentages,
            Quotes = quotes,
            ServiceAreas = areas,
        };
    }

    /// <summary>
    /// Labels <paramref name="sentences"/> (spans of <paramref name="document"/>, in order) as the
    /// pipeline labels a document's sentences, reading what kind of document it is first (for
    /// evaluations that label given spans in their documents).
    /// </summary>
    internal SentenceLabel[] LabelSentences(Document document, ReadOnlySpan<Sentence> sentences, CancellationToken token)
    {
        var context = new AnalysisContext(document, new AnalysisOptions(), _models, token);
        _inspections.Read(context);
        return LabelSentences(document, sentences, context.Kind, token);
    }

    private SentenceLabel[] LabelSentences(Document document, ReadOnlySpan<Sentence> sentences, DocumentKind kind, CancellationToken token)
    {
        var labels = new SentenceLabel[sentences.Length];
        if (!Options.SentenceContext)
        {
            _models.ClassifyDocument(document.Normalized, sentences, labels, NeighbourContext.None, token);
            return labels;
        }

        // an inspection report's sentences also take in the section they sit in
        ReportSection[]? sections = null;
        var own = document.SentenceSpan;
        if (kind == DocumentKind.InspectionReport && _models.Sections is not null && own.Length > 0 && sentences.Length > 0)
        {
            sections = System.Buffers.ArrayPool<ReportSection>.Shared.Rent(own.Length);
            if (!ReportSections.Find(document, sections.AsSpan(0, own.Length)))
            {
                System.Buffers.ArrayPool<ReportSection>.Shared.Return(sections);
                sections = null;
            }
            else if (sentences.Length != own.Length || !System.Runtime.CompilerServices.Unsafe.AreSame(
                ref System.Runtime.InteropServices.MemoryMarshal.GetReference(sentences), ref System.Runtime.InteropServices.MemoryMarshal.GetReference(own)))
            {
                // spans other than the document's own sentences: each is in the section of the sentence its start lies in
                var found = sections;
                sections = System.Buffers.ArrayPool<ReportSection>.Shared.Rent(sentences.Length);
                for (int i = 0; i < sentences.Length; i++)
                {
                    int at = document.SentenceAt(sentences[i].Start);
                    sections[i] = at >= 0 ? found[at] : default;
                }

                System.Buffers.ArrayPool<ReportSection>.Shared.Return(found);
            }
        }

        try
        {
            _models.ClassifyDocument(document.Normalized, sentences, labels, NeighbourContext.Default, sections is null ? default : sections.AsSpan(0, sentences.Length), token);
        }
        finally
        {
            if (sections is not null) System.Buffers.ArrayPool<ReportSection>.Shared.Return(sections);
        }

        return labels;
    }

    /// <summary>
    /// Analyses many documents on all cores, yielding results in input order as they are ready.
    /// Reads at most a few documents per core ahead of the one being yielded, so memory stays
    /// bounded however long the input is.
    /// </summary>
    /// <exception cref="ArgumentNullException">When <paramref name="inputs"/> is null.</exception>
    /// <exception cref="OperationCanceledException">When cancelled.</exception>
    public IEnumerable<ReportAnalysis> AnalyzeMany(IEnumerable<DocumentInput> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return AnalyzeManyIterator(inputs, cancellationToken);
    }

    private IEnumerable<ReportAnalysis> AnalyzeManyIterator(IEnumerable<DocumentInput> inputs, CancellationToken cancellationToken) =>
        OrderedParallel.Map(
            inputs,
            item => Analyze(item.Text, new AnalysisOptions { Id = item.Id, DocumentDate = item.DocumentDate }, cancellationToken),
            DegreeOfParallelism,
            cancellationToken);
}
