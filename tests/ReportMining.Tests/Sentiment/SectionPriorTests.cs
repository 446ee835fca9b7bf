using ReportMining.Inspections;
using ReportMining.MachineLearning;
using ReportMining.Sentiment;
using ReportMining.Text;

namespace ReportMining.Tests.Sentiment;

/// <summary>The section prior: biases per report section fitted to labelled sentences, and how a document's sentences take them in.</summary>
public sealed class SectionPriorTests
{
    private static readonly SentenceModels Models = SentenceModels.Load(null);

    /// <summary>A prior with the area model's biases only: in the help-and-protection section, <paramref name="bias"/> for care leavers.</summary>
    private static SectionPrior AreaPrior(float bias)
    {
        var text = new System.Text.StringBuilder("area\tsection\tleadership\thelp_and_protection\tchildren_in_care\tcare_leavers\tworkforce\tgeneral\n");
        foreach (var name in new[] { "head", "summary", "improve", "help_and_protection", "children_in_care", "adoption", "care_leavers", "children_in_care_and_care_leavers", "leadership", "lscb", "children_summary", "area_information", "about" })
        {
            float b = name == "help_and_protection" ? bias : 0f;
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"area\t{name}\t0\t0\t0\t{b}\t0\t0\n");
        }

        return SectionPrior.Parse(text.ToString(), "test");
    }

    [Fact]
    public void Fitted_biases_favour_the_classes_a_section_holds_more_often_than_the_model_says()
    {
        // six sentences in the care leavers section: the model is unsure, the labels say care leavers
        int n = 6;
        var logits = new float[]?[n + 1];
        var labels = new int[n + 1];
        var sections = new ReportSection[n + 1];
        for (int i = 0; i < n; i++)
        {
            logits[i] = [-1.8f, -1.8f, -1.8f, -1.8f, -1.8f, -1.8f];
            labels[i] = 3;
            sections[i] = ReportSection.CareLeavers;
        }

        logits[n] = [-0.1f, -3f, -3f, -3f, -3f, -3f]; // a news sentence: no section, left out
        sections[n] = ReportSection.None;

        var prior = SectionPrior.Fit(new Dictionary<ModelKind, float[]?[]> { [ModelKind.Area] = logits }, new Dictionary<ModelKind, int[]> { [ModelKind.Area] = labels }, sections);

        var bias = prior.Bias(ModelKind.Area, ReportSection.CareLeavers).ToArray();
        bias.Should().HaveCount(6);
        Array.IndexOf(bias, bias.Max()).Should().Be(3);
        bias.Sum().Should().BeApproximately(0f, 1e-4f, "only differences between classes matter, so the biases are centred");
        prior.Bias(ModelKind.Area, ReportSection.Lscb).ToArray().Should().OnlyContain(b => b == 0f, "no labelled sentence sits there");
        prior.Bias(ModelKind.Area, ReportSection.None).IsEmpty.Should().BeTrue();
        prior.Has(ModelKind.Sentiment).Should().BeFalse();
        prior.Bias(ModelKind.Sentiment, ReportSection.CareLeavers).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void The_biases_are_written_and_read_back_the_same()
    {
        var prior = AreaPrior(1.25f);

        var again = SectionPrior.Parse(prior.ToText(), "again");

        again.ToText().Should().Be(prior.ToText());
        again.Bias(ModelKind.Area, ReportSection.HelpAndProtection).ToArray().Should().Equal(0f, 0f, 0f, 1.25f, 0f, 0f);
    }

    [Theory]
    [InlineData("area\tsection\tleadership\thelp_and_protection\tchildren_in_care\tcare_leavers\tworkforce\tgeneral\narea\tfront_matter\t0\t0\t0\t0\t0\t0\n")]
    [InlineData("area\thead\t0\t0\t0\t0\t0\n")]
    [InlineData("area\thead\t0\t0\t0\tx\t0\t0\n")]
    [InlineData("moods\thead\t0\t0\t0\t0\n")]
    [InlineData("area\thead\t0\t0\t0\t0\t0\t0\n")]
    public void A_malformed_file_is_refused(string text)
    {
        var act = () => SectionPrior.Parse(text, "bad.tsv");
        act.Should().Throw<InvalidDataException>().WithMessage("bad.tsv*");
    }

    private const string Report = """
        What needs to improve in Larkfield?
        Planning for children.

        The experiences and progress of children needing help and protection: good

        Things have moved on a great deal over the past year.
        """;

    [Fact]
    public void A_sentence_takes_in_the_bias_of_its_section_and_a_sentence_in_no_section_does_not()
    {
        using var document = Document.Parse(Report);
        var sentences = document.SentenceSpan;
        var sections = new ReportSection[sentences.Length];
        ReportSections.Find(document, sections).Should().BeTrue();
        int last = sentences.Length - 1;
        sections[last].Should().Be(ReportSection.HelpAndProtection);

        var models = Models.WithSections(AreaPrior(40f));
        var context = NeighbourContext.Default with { AreaSection = 1f };
        var withSections = new SentenceLabel[sentences.Length];
        var without = new SentenceLabel[sentences.Length];
        var plain = new SentenceLabel[sentences.Length];
        models.ClassifyDocument(document.Normalized, sentences, withSections, context, sections);
        models.ClassifyDocument(document.Normalized, sentences, without, context, default);
        Models.ClassifyDocument(document.Normalized, sentences, plain, NeighbourContext.Default);

        withSections[last].Area.Should().Be(ServiceArea.CareLeavers, "a large bias for care leavers in its section outweighs the sentence");
        withSections[0].Area.Should().Be(plain[0].Area, "the improvement list has no bias");
        without.Select(l => l.Area).Should().Equal(plain.Select(l => l.Area), "without sections the prior is absent");
        without[last].AreaConfidence.Should().BeApproximately(plain[last].AreaConfidence, 1e-5f);
    }

    [Fact]
    public void With_a_zero_weight_the_section_changes_nothing()
    {
        using var document = Document.Parse(Report);
        var sentences = document.SentenceSpan;
        var sections = new ReportSection[sentences.Length];
        ReportSections.Find(document, sections);
        var models = Models.WithSections(AreaPrior(40f));
        var labels = new SentenceLabel[sentences.Length];
        var plain = new SentenceLabel[sentences.Length];

        models.ClassifyDocument(document.Normalized, sentences, labels, NeighbourContext.Default with { SentimentSection = 0, AreaSection = 0, FineSection = 0 }, sections);
        Models.ClassifyDocument(document.Normalized, sentences, plain, NeighbourContext.Default with { SentimentSection = 0, AreaSection = 0, FineSection = 0 }, default);

        labels.Select(l => (l.Area, l.Sentiment, l.FineArea)).Should().Equal(plain.Select(l => (l.Area, l.Sentiment, l.FineArea)));
    }

    [Fact]
    public void News_is_labelled_as_before_the_section_prior()
    {
        const string news = "Larkfield council's children's services have been rated good by Ofsted. "
            + "Inspectors spoke well of the help that care leavers get. Things have moved on a great deal over the past year.";
        using var document = Document.Parse(news);
        var expected = new SentenceLabel[document.SentenceSpan.Length];
        Models.ClassifyDocument(document.Normalized, document.SentenceSpan, expected, NeighbourContext.Default);

        var analysis = new ReportMiner().Analyze(news);

        analysis.Kind.Should().NotBe(DocumentKind.InspectionReport);
        var evidence = analysis.ServiceAreas.SelectMany(a => a.Evidence).ToList();
        evidence.Should().NotBeEmpty();
        foreach (var e in evidence)
        {
            int i = document.SentenceAt(e.Start);
            e.Sentiment.Should().Be(expected[i].Sentiment);
            e.Confidence.Should().BeApproximately(expected[i].SentimentConfidence, 1e-3);
        }
    }
}
