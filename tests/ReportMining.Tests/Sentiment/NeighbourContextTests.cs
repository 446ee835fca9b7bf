using ReportMining.Sentiment;
using ReportMining.Text;

namespace ReportMining.Tests.Sentiment;

/// <summary>Sentences labelled in their documents, with their neighbours as context.</summary>
public sealed class NeighbourContextTests
{
    private static readonly SentenceModels Models = SentenceModels.Load(null);

    [Fact]
    public void Combine_adds_each_neighbour_times_its_weight()
    {
        float[] own = [-0.5f, -1f, -2f];
        float[] previous = [-3f, -0.1f, -1f];
        float[] next = [-1f, -2f, -0.2f];
        var result = new float[3];

        NeighbourContext.Combine(own, previous, 0.5f, next, 0.25f, result);

        result.Should().Equal(-0.5f - 1.5f - 0.25f, -1f - 0.05f - 0.5f, -2f - 0.5f - 0.05f);
    }

    [Fact]
    public void Combine_without_neighbours_or_weights_keeps_the_sentence_own()
    {
        float[] own = [-0.2f, -1.7f];
        var result = new float[2];

        NeighbourContext.Combine(own, default, 0.3f, default, 0.2f, result);
        result.Should().Equal(own);

        NeighbourContext.Combine(own, [-5f, -0.01f], 0f, [-5f, -0.01f], 0f, result);
        result.Should().Equal(own);
    }

    [Fact]
    public void Without_context_a_document_is_labelled_sentence_by_sentence()
    {
        const string text =
            "Larkfield's personal advisers phone each care leaver every fortnight. Nearly every young adult who left care there has a flat of their own. "
            + "Leaders in Larkfield have let the backlog of assessments grow again. Inspectors spent four days in Larkfield in April.";
        using var document = Document.Parse(text);
        var sentences = document.SentenceSpan;
        var labels = new SentenceLabel[sentences.Length];

        Models.ClassifyDocument(document.Normalized, sentences, labels, NeighbourContext.None);

        sentences.Length.Should().Be(4);
        for (int i = 0; i < sentences.Length; i++)
        {
            var alone = Models.Classify(document.NormalizedSlice(sentences[i].Span));
            labels[i].Sentiment.Should().Be(alone.Sentiment);
            labels[i].Area.Should().Be(alone.Area);
            labels[i].FineArea.Should().Be(alone.FineArea);
            labels[i].SecondArea.Should().Be(alone.SecondArea);
            labels[i].SentimentConfidence.Should().BeApproximately(alone.SentimentConfidence, 1e-4f);
            labels[i].AreaConfidence.Should().BeApproximately(alone.AreaConfidence, 1e-4f);
        }
    }

    [Fact]
    public void A_one_sentence_document_keeps_its_own_label_with_context()
    {
        const string sentence = "Young people leaving care in Dunsford wait months for help with a tenancy.";
        using var document = Document.Parse(sentence);
        var labels = new SentenceLabel[document.SentenceSpan.Length];

        Models.ClassifyDocument(document.Normalized, document.SentenceSpan, labels, NeighbourContext.Default);

        var alone = Models.Classify(sentence);
        labels.Should().ContainSingle();
        labels[0].Area.Should().Be(alone.Area);
        labels[0].Sentiment.Should().Be(alone.Sentiment);
        labels[0].AreaConfidence.Should().BeApproximately(alone.AreaConfidence, 1e-4f);
    }

    private const string Ambiguous = "Things have moved on a great deal over the past year.";

    [Fact]
    public void A_sentence_that_names_no_area_takes_the_area_of_the_sentences_around_it()
    {
        var alone = Models.Classify(Ambiguous);
        alone.AreaConfidence.Should().BeLessThan(0.5f, "on its own the sentence names no area, so no area is likely");
        alone.Area.Should().NotBe(ServiceArea.CareLeavers).And.NotBe(ServiceArea.HelpAndProtection);

        AreaInDocument("Larkfield's personal advisers help every care leaver to draw up a plan for work or college. " + Ambiguous
            + " Most of the young adults they advise now have a job or a college place.").Should().Be(ServiceArea.CareLeavers);
        AreaInDocument("Larkfield holds each child protection conference on the date set, and reviews every child protection plan promptly. " + Ambiguous
            + " Parents said the child protection social worker made their homes safer for the children.").Should().Be(ServiceArea.HelpAndProtection);
    }

    [Fact]
    public void The_pipeline_counts_the_sentence_under_the_area_of_its_context()
    {
        const string text = "Larkfield's personal advisers help every care leaver to draw up a plan for work or college. " + Ambiguous
            + " Most of the young adults they advise now have a job or a college place.";
        var analysis = new ReportMiner().Analyze(text);
        int start = text.IndexOf(Ambiguous, StringComparison.Ordinal);

        var careLeavers = analysis.ServiceAreas.Should().ContainSingle(a => a.Area == ServiceArea.CareLeavers).Subject;
        careLeavers.Evidence.Should().Contain(e => e.Start == start);
        analysis.ServiceAreas.Where(a => a.Area == ServiceArea.General).SelectMany(a => a.Evidence).Should().NotContain(e => e.Start == start);
    }

    [Fact]
    public void Without_sentence_context_the_pipeline_labels_each_sentence_alone()
    {
        const string text = "Larkfield's personal advisers help every care leaver to draw up a plan for work or college. " + Ambiguous
            + " Most of the young adults they advise now have a job or a college place.";
        var analysis = new ReportMiner(new ReportMinerOptions { SentenceContext = false }).Analyze(text);
        int start = text.IndexOf(Ambiguous, StringComparison.Ordinal);

        analysis.ServiceAreas.Where(a => a.Area == ServiceArea.CareLeavers).SelectMany(a => a.Evidence).Should().NotContain(e => e.Start == start);
    }

    private static ServiceArea AreaInDocument(string text)
    {
        using var document = Document.Parse(text);
        var labels = new SentenceLabel[document.SentenceSpan.Length];
        Models.ClassifyDocument(document.Normalized, document.SentenceSpan, labels, NeighbourContext.Default);
        int i = document.SentenceAt(text.IndexOf(Ambiguous, StringComparison.Ordinal));
        return labels[i].Area;
    }
}
