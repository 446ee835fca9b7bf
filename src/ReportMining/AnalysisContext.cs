using ReportMining.Dates;
using ReportMining.Inspections;
using ReportMining.Sentiment;
using ReportMining.Text;

namespace ReportMining;

/// <summary>
/// What the pipeline knows about a document so far, handed from stage to stage. Each stage
/// reads what earlier stages filled in. Internal: the public result is <see cref="ReportAnalysis"/>.
/// </summary>
internal sealed class AnalysisContext
{
    public AnalysisContext(Document document, AnalysisOptions options, ISentenceClassifier classifier, CancellationToken cancellationToken)
    {
        Document = document;
        Classifier = classifier;
        Options = options;
        CancellationToken = cancellationToken;
    }

    public Document Document { get; }

    public AnalysisOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>The sentence models, for stages that label spans other than whole sentences (quotes).</summary>
    public ISentenceClassifier Classifier { get; }

    public DocumentKind Kind { get; set; } = DocumentKind.Other;

    public InspectionFacts? Inspection { get; set; }

    /// <summary>The anchor for relative dates, given or found.</summary>
    public DateOnly? DocumentDate { get; set; }

    public string? DocumentDateSource { get; set; }

    public IReadOnlyList<DateMention> Dates { get; set; } = [];

    /// <summary>One label per sentence of <see cref="Document"/>, same order.</summary>
    public SentenceLabel[] SentenceLabels { get; set; } = [];

    /// <summary>
    /// True when <see cref="SentenceLabels"/> were made with each sentence's neighbours in view
    /// (<see cref="ReportMinerOptions.SentenceContext"/>); the service-area summary then does not
    /// apply its own, older reference rule on top.
    /// </summary>
    public bool SentenceLabelsInContext { get; set; }
}
