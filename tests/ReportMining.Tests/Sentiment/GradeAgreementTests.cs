using ReportMining.Sentiment;
using ReportMining.Tests.Support;

namespace ReportMining.Tests.Sentiment;

public class GradeAgreementTests
{
    [Theory]
    [InlineData("outstanding", SentimentLabel.Positive)]
    [InlineData("good", SentimentLabel.Positive)]
    [InlineData("requires_improvement", SentimentLabel.Mixed)]
    [InlineData("inadequate", SentimentLabel.Negative)]
    public void A_grade_implies_a_sentiment(string grade, SentimentLabel expected) =>
        GradeAgreement.Expected(grade).Should().Be(expected);

    [Theory]
    [InlineData("not_judged")]
    [InlineData("")]
    [InlineData("adequate")]
    public void Other_cells_are_not_scored(string grade) => GradeAgreement.Expected(grade).Should().BeNull();

    [Fact]
    public void The_best_thresholds_separate_the_grades_when_the_scores_allow()
    {
        var areas = new List<GradedArea>();
        foreach (var s in new[] { 0.95, 0.8, 0.7 }) areas.Add(Graded("good", SentimentLabel.Positive, s));
        foreach (var s in new[] { 0.4, 0.1, -0.05 }) areas.Add(Graded("requires_improvement", SentimentLabel.Mixed, s));
        foreach (var s in new[] { -0.25, -0.6 }) areas.Add(Graded("inadequate", SentimentLabel.Negative, s));
        var best = new GradeAgreementResult(areas, 8, 0).BestThresholds();
        best.Accuracy.Should().Be(1);
        best.Positive.Should().BeInRange(0.4, 0.69);
        best.Negative.Should().BeInRange(-0.24, -0.05);
    }

    [SharedFact]
    public void Area_sentiment_of_the_dev_reports_mostly_agrees_with_the_inspectors_grades()
    {
        var result = GradeAgreement.Run(SharedData.PathTo("corpus", "ilacs", "gold.csv"), SharedData.PathTo("corpus", "ilacs", "texts"), new ReportMiner());
        result.Areas.Count.Should().BeGreaterThan(700);
        // 0.898 when written, against 0.865 with the symmetric thresholds of before
        result.Accuracy.Should().BeGreaterThan(0.87);
        result.Areas.Where(a => a.Grade == "inadequate").Should().NotContain(a => a.Got == SentimentLabel.Positive);
        result.Areas.Where(a => a.Grade == "outstanding").Should().NotContain(a => a.Got == SentimentLabel.Negative);
    }

    private static GradedArea Graded(string grade, SentimentLabel expected, double score) =>
        new("x.txt", ServiceArea.Leadership, grade, expected, SentimentLabel.Neutral, score);
}
