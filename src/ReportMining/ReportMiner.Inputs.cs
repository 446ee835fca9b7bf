using ReportMining.Input;

namespace ReportMining;

public sealed partial class ReportMiner
{
    /// <summary>
    /// Analyses inputs read by <see cref="InputReader"/> on all cores (the <c>AnalyzeMany</c> of files, folders and JSONL), yielding one result per
    /// input in input order: the analysis, or the input's read error passed through, or an
    /// <see cref="InputErrorKind.AnalysisFailed"/> error when the analysis itself failed on that
    /// document (the other documents go on). Memory stays bounded as for
    /// <see cref="AnalyzeMany(IEnumerable{DocumentInput}, CancellationToken)"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">When <paramref name="inputs"/> is null.</exception>
    /// <exception cref="OperationCanceledException">When cancelled.</exception>
    public IEnumerable<DocumentResult> AnalyzeInputs(IEnumerable<InputItem> inputs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return OrderedParallel.Map(inputs, item => AnalyzeItem(item, cancellationToken), DegreeOfParallelism, cancellationToken);
    }

    private int DegreeOfParallelism => Math.Max(1, Options.MaxDegreeOfParallelism ?? Environment.ProcessorCount);

    private DocumentResult AnalyzeItem(InputItem item, CancellationToken cancellationToken)
    {
        if (item.Document is not { } document)
            return new DocumentResult { Input = item, Error = item.Error ?? new InputError(InputErrorKind.Unreadable, "no document") };
        try
        {
            var analysis = Analyze(document.Text, new AnalysisOptions { Id = document.Id, DocumentDate = document.DocumentDate }, cancellationToken);
            return new DocumentResult { Input = item, Analysis = analysis };
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            return new DocumentResult
            {
                Input = item,
                Error = new InputError(InputErrorKind.AnalysisFailed, $"analysis failed: {ex.GetType().Name}: {ex.Message}"),
            };
        }
    }
}
