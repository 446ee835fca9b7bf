using ReportMining.Inspections;
using ReportMining.Ratings;
using ReportMining.Tests.Support;

namespace ReportMining.Tests.Inspections;

/// <summary>The inspection reader against the ILACS corpus in ../shared (by path; no corpus text is copied).</summary>
public class IlacsCorpusTests
{
    [SharedFact]
    public void Every_gold_field_of_the_dev_corpus_is_read_right()
    {
        var result = IlacsEvaluation.Run(SharedData.PathTo("corpus", "ilacs", "gold.csv"), SharedData.PathTo("corpus", "ilacs", "texts"));
        result.Documents.Should().Be(339);
        result.Scored.Should().Be(2478, "the gold table's non-blank cells in the scored columns");
        result.Misses.Should().BeEmpty();
        result.Field("overall_effectiveness").Accuracy.Should().Be(1.0);
        result.Field("care_leavers").Accuracy.Should().Be(1.0);
        result.Field("inspection_end").Accuracy.Should().Be(1.0);
        result.Field("lead_inspector").Accuracy.Should().Be(1.0);
    }

    [SharedFact]
    public void Graded_section_headings_are_found_and_agree_with_the_judgement_table()
    {
        int compared = 0, graded = 0;
        foreach (var path in Directory.GetFiles(SharedData.PathTo("corpus", "ilacs", "texts"), "*.txt"))
        {
            string text = File.ReadAllText(path);
            var (_, facts, _) = InspectionReader.ReadText(text);
            if (facts?.Framework is not ("standard" or "short")) continue;
            var headings = new List<Judgement>();
            InspectionReader.ReadHeadings(text, headings, facts.Judgements.Max(j => j.End));
            foreach (var j in facts.Judgements)
            {
                if (j.Area == JudgementArea.OverallEffectiveness) continue; // graded in the table only
                graded++;
                var h = headings.FirstOrDefault(x => x.Area == j.Area);
                if (h is null) continue;
                h.Grade.Should().Be(j.Grade, $"{Path.GetFileName(path)} {j.Area}");
                compared++;
            }
        }

        graded.Should().Be(785);
        compared.Should().Be(graded, "every area graded in a table has its graded section heading in the body");
    }

    [SharedFact]
    public void Sif_reports_have_their_list_judgements()
    {
        foreach (var path in Directory.GetFiles(SharedData.PathTo("corpus", "ilacs", "texts"), "*.txt"))
        {
            var (_, facts, _) = InspectionReader.ReadText(File.ReadAllText(path));
            if (facts?.Framework != "sif") continue;
            var areas = facts.Judgements.Select(j => j.Area).ToHashSet();
            areas.Should().Contain([JudgementArea.OverallEffectiveness, JudgementArea.HelpAndProtection, JudgementArea.LeadershipManagementGovernance], Path.GetFileName(path));
        }
    }
}
