using ReportMining.MachineLearning;
using ReportMining.Sentiment;
using ReportMining.Tests.Support;
using ReportMining.Text;

namespace ReportMining.Tests.Sentiment;

public class SentenceAgreementTests
{
    private static readonly ReportMiner Miner = new();

    // a short report written for the project
    private const string Report =
        "Leaders in Eastmere have set out clearly how they will make services better.\n" +
        "Nobody in management makes sure reviews of looked-after children happen when due.\n" +
        "Care leavers are helped to find homes that suit them and most are in work or study.\n" +
        "Staff on the duty team told us their workloads let them do the job properly.\n";

    private static (int Start, int End) SpanOf(string sentence)
    {
        int start = Report.IndexOf(sentence, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0);
        return (start, start + sentence.Length);
    }

    private static string Label(string file, (int Start, int End) span, string sentiment, string area, string fine = "none") =>
        $"{{\"file\": \"{file}\", \"start\": {span.Start}, \"end\": {span.End}, \"sentiment\": \"{sentiment}\", \"area\": \"{area}\", \"fine\": \"{fine}\"}}";

    [Fact]
    public void Sentences_in_their_document_get_the_labels_the_pipeline_gives_them()
    {
        using var folder = new TempFolder();
        folder.Write("texts/eastmere.txt", Report);
        var second = SpanOf("Nobody in management makes sure reviews of looked-after children happen when due.");
        var fourth = SpanOf("Staff on the duty team told us their workloads let them do the job properly.");
        var gold = folder.Write("gold.jsonl", string.Join('\n',
            Label("eastmere.txt", second, "negative", "children_in_care"),
            Label("eastmere.txt", fourth, "positive", "workforce")));

        var result = SentenceAgreement.Run(gold, folder.Combine("texts"), Miner);

        result.Sentences.Should().Be(2);
        result.Documents.Should().Be(1);
        using var document = Document.Parse(Report);
        var pipeline = Miner.LabelSentences(document, document.SentenceSpan, CancellationToken.None);
        int i2 = document.SentenceAt(second.Start), i4 = document.SentenceAt(fourth.Start);
        document.SentenceSpan[i2].Span.Should().Be(new TextSpan(second.Start, second.End), "the labelled spans are whole sentences of the splitter here");

        // the metrics count exactly what the pipeline and classify say about each sentence
        Expect(result.InDocument, pipeline[i2], "negative", "children_in_care", "none");
        Expect(result.InDocument, pipeline[i4], "positive", "workforce", "none");
        Expect(result.Alone, Miner.ClassifySentence(Report[second.Start..second.End]), "negative", "children_in_care", "none");
        result.Alone.Should().AllSatisfy(m => m.Count.Should().Be(2));
    }

    [Fact]
    public void A_labelled_span_that_is_not_one_of_the_splitters_sentences_takes_their_place()
    {
        using var folder = new TempFolder();
        folder.Write("texts/eastmere.txt", Report);

        // two sentences labelled as one, and one of them labelled again on its own (overlapping spans)
        var first = SpanOf("Leaders in Eastmere have set out clearly how they will make services better.");
        var second = SpanOf("Nobody in management makes sure reviews of looked-after children happen when due.");
        var gold = folder.Write("gold.jsonl", string.Join('\n',
            Label("eastmere.txt", (first.Start, second.End), "mixed", "leadership"),
            Label("eastmere.txt", second, "negative", "children_in_care")));

        var result = SentenceAgreement.Run(gold, folder.Combine("texts"), Miner);

        result.Sentences.Should().Be(2);
        result.InDocument.Should().AllSatisfy(m => m.Count.Should().Be(2));

        // the second span, labelled in a round of its own, gets what the pipeline gives that sentence
        using var document = Document.Parse(Report);
        var pipeline = Miner.LabelSentences(document, document.SentenceSpan, CancellationToken.None);
        var own = pipeline[document.SentenceAt(second.Start)];
        int sentimentRow = Array.IndexOf(result.InDocument[0].Classes, "negative");
        result.InDocument[0].Confusion(sentimentRow, SentenceAgreement.ClassOf(own, ModelKind.Sentiment)).Should().Be(1);
    }

    [Fact]
    public void Class_indices_follow_the_label_sets()
    {
        var label = new SentenceLabel(SentimentLabel.Mixed, 0.7f, ServiceArea.CareLeavers, 0.8f, null, ServiceArea.PrivateFostering, 0.6f);
        ClassName(label, ModelKind.Sentiment).Should().Be("mixed");
        ClassName(label, ModelKind.Area).Should().Be("care_leavers");
        ClassName(label, ModelKind.FineArea).Should().Be("private_fostering");
        ClassName(label with { FineArea = null }, ModelKind.FineArea).Should().Be("none");

        static string ClassName(SentenceLabel l, ModelKind kind) =>
            ReportMining.Sentiment.Training.SentenceLabelSets.For(kind)[SentenceAgreement.ClassOf(l, kind)];
    }

    [Fact]
    public void A_label_pointing_outside_its_report_is_an_error_that_names_it()
    {
        using var folder = new TempFolder();
        folder.Write("texts/eastmere.txt", Report);
        var gold = folder.Write("gold.jsonl", Label("eastmere.txt", (10, Report.Length + 50), "neutral", "general"));

        var act = () => SentenceAgreement.Run(gold, folder.Combine("texts"), Miner);

        act.Should().Throw<InvalidDataException>().WithMessage("*gold.jsonl:1*outside*eastmere.txt*");
    }

    private static void Expect(ClassificationMetrics[] metrics, SentenceLabel label, string sentiment, string area, string fine)
    {
        string[] gold = [sentiment, area, fine];
        ModelKind[] kinds = [ModelKind.Sentiment, ModelKind.Area, ModelKind.FineArea];
        for (int m = 0; m < 3; m++)
        {
            int row = Array.IndexOf(metrics[m].Classes, gold[m]);
            metrics[m].Confusion(row, SentenceAgreement.ClassOf(label, kinds[m])).Should().BeGreaterThanOrEqualTo(1, $"the {kinds[m]} prediction for a '{gold[m]}' sentence is counted");
        }
    }
}
