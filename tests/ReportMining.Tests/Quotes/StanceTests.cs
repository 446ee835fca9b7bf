using ReportMining.Quotes;
using ReportMining.Sentiment;
using static ReportMining.Tests.Quotes.QuoteTestSupport;

namespace ReportMining.Tests.Quotes;

/// <summary>Whether quotes praise or criticise. Texts are written for the project.</summary>
public class StanceTests
{
    [Fact]
    public void InterimReadsPraise()
    {
        var q = Single("The report states: “Children receive timely and effective help, and staff feel valued.”");
        q.Stance.Should().Be(Stance.Praise);
        q.Confidence.Should().BeInRange(0.5, 0.8);
    }

    [Fact]
    public void InterimReadsCriticism()
    {
        var q = Single("The report states: “Too many assessments are delayed and plans are not reviewed.”");
        q.Stance.Should().Be(Stance.Criticism);
    }

    [Fact]
    public void InterimReadsMixed()
    {
        var q = Single("The report states: “Supervision has improved, but remains inconsistent across teams.”");
        q.Stance.Should().Be(Stance.Mixed);
    }

    [Fact]
    public void InterimReadsNeutral()
    {
        var q = Single("The report states: “Inspectors met with twelve families during the visit.”");
        q.Stance.Should().Be(Stance.Neutral);
    }

    [Fact]
    public void AVowToImproveIsNotPraise()
    {
        var q = Single("Kim Ward vowed: “We will make the service good and stable for every child.”");
        q.Stance.Should().NotBe(Stance.Praise);
    }

    [Fact]
    public void WarnedLeansTowardsCriticism()
    {
        var q = Single("Kim Ward warned: “The number of children coming into care will rise next year.”");
        q.Stance.Should().Be(Stance.Criticism);
    }

    [Fact]
    public void PraisedInTheReportingSentenceLeansTowardsPraise()
    {
        var q = Single("“Foster carers came to every meeting,” the report states, praising the council’s recruitment drive.");
        q.Stance.Should().Be(Stance.Praise);
    }

    [Fact]
    public void PraiseThatIsStillNeededIsCriticism()
    {
        var q = Single("More work is needed before it offers a “consistently strong service to every child in care”.");
        q.Stance.Should().Be(Stance.Criticism);
    }

    [Fact]
    public void AShortFragmentIsReadWithItsOwnClause()
    {
        var q = Single("Inspectors found that the front door is now “swift and effective”, although too many assessments are late.");
        q.Stance.Should().Be(Stance.Praise);
    }

    [Fact]
    public void InterimAreasComeFromAreaWords()
    {
        var q = Single("The report states: “Care leavers in Northmoor have personal advisers who know each of them well.”");
        q.Areas.Should().Contain(ServiceArea.CareLeavers);
    }

    [Fact]
    public void TheModelsAnswerIsUsedWhenItHasOne()
    {
        var model = new FixedClassifier(new SentenceLabel(SentimentLabel.Negative, 0.91f, ServiceArea.Workforce, 0.8f, FineArea: ServiceArea.Placements, FineAreaConfidence: 0.7f));
        var q = Single("The report states: “Children receive timely and effective help, and staff feel valued.”", model);
        q.Stance.Should().Be(Stance.Criticism, "a trained model's answer overrides the interim lexicon");
        q.Confidence.Should().BeApproximately(0.91, 0.001);
        q.Areas.Should().Equal(ServiceArea.Workforce, ServiceArea.ChildrenInCare, ServiceArea.Placements);
        model.Calls.Should().BeGreaterThan(0);
    }

    [Fact]
    public void AQuoteTheModelsReadAsNeutralTakesItsReportingSentencesJudgement()
    {
        var model = new KeywordClassifier("improved");
        var q = Single("Kim Ward said morale had improved and added that “Harbury is a place where people want to stay”.", model);
        q.Stance.Should().Be(Stance.Praise);
        q.Confidence.Should().BeApproximately(0.8, 0.001);
    }

    [Fact]
    public void TheModelsNeutralAnswerStillTakesTheCueVerbsLean()
    {
        var model = new FixedClassifier(new SentenceLabel(SentimentLabel.Neutral, 0.7f, ServiceArea.General, 0.6f));
        var q = Single("Kim Ward warned: “The number of children coming into care will rise next year.”", model);
        q.Stance.Should().Be(Stance.Criticism);
    }

    /// <summary>A stand-in model: positive (0.8) for text holding the keyword, neutral (0.9) otherwise.</summary>
    private sealed class KeywordClassifier(string keyword) : ISentenceClassifier
    {
        public SentenceLabel Classify(ReadOnlySpan<char> sentence) => sentence.Contains(keyword, StringComparison.Ordinal)
            ? new SentenceLabel(SentimentLabel.Positive, 0.8f, ServiceArea.Workforce, 0.7f)
            : new SentenceLabel(SentimentLabel.Neutral, 0.9f, ServiceArea.General, 0.7f);
    }
}
