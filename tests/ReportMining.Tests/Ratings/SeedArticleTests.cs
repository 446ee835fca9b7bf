using ReportMining.Ratings;
using ReportMining.Tests.Support;

namespace ReportMining.Tests.Ratings;

/// <summary>
/// The acceptance texts: the two seed news articles in ../shared/seeds (read by path). Every
/// rating statement is found with its grade, subject, previous grade and change, and nothing
/// else is reported. The expected statements are written here as facts, not as the articles' words.
/// </summary>
public class SeedArticleTests
{
    private static IReadOnlyList<Rating> RatingsOf(string file) =>
        new ReportMiner().Analyze(File.ReadAllText(SharedData.PathTo("seeds", file))).Ratings;

    [SharedFact]
    public void The_croydon_upgrade_story()
    {
        var got = RatingsOf("000_fff1954a607271f3.txt").Select(r => (r.Grade, r.Subject, r.PreviousGrade, r.Change)).ToList();
        got.Should().Equal(
            (Grade.Good, "Croydon", (Grade?)null, (RatingChange?)RatingChange.Improved),        // the headline
            (Grade.Good, "Croydon", Grade.Inadequate, RatingChange.Improved),                   // the standfirst
            (Grade.Good, "Croydon", null, null),                                                 // the picture caption
            (Grade.Good, "Croydon", null, null),                                                 // printed twice
            (Grade.RequiresImprovement, "Croydon", null, null),                                  // looked-after children and care leavers
            (Grade.Good, "Harrow", Grade.Good, RatingChange.Unchanged));                        // the same result as before
        RatingsOf("000_fff1954a607271f3.txt")[4].Area.Should().Be(JudgementArea.ChildrenInCareAndCareLeavers);
    }

    [SharedFact]
    public void The_croydon_monitoring_visit_story()
    {
        var got = RatingsOf("003_1ae9bd2438d79585.txt").Select(r => (r.Grade, r.Subject, r.PreviousGrade, r.Change, r.Date)).ToList();

        // the standfirst's undated "rated inadequate" is the September 2017 grade the next paragraph dates
        got.Should().Equal(
            (Grade.Inadequate, "Croydon", (Grade?)null, (RatingChange?)null, "2017-09"),
            (Grade.Inadequate, "Croydon", null, null, "2017-09"));
    }
}
