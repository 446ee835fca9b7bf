using System.Text.RegularExpressions;
using ReportMining.Tests.Support;
using ReportMining.Text;

namespace ReportMining.Tests.Text;

/// <summary>Segmentation over the real ILACS report texts in ../shared (skipped when absent).</summary>
public class CorpusSegmentationTests
{
    [SharedFact]
    public void No_sentence_is_a_bare_number_or_holds_a_running_footer()
    {
        var folder = SharedData.PathTo("corpus", "ilacs", "texts");
        var files = Directory.GetFiles(folder, "*.txt");
        files.Should().HaveCountGreaterThan(300);
        var problems = new List<string>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var footers = RunningFooters(text);
            int firstPageEnd = Math.Max(0, text.IndexOf('\f'));
            using var doc = Document.Parse(text);
            foreach (var s in doc.Sentences)
            {
                var sentence = doc.NormalizedSlice(s.Span).ToString();
                if (Regex.IsMatch(sentence, @"^\d{1,4}\.?$")) problems.Add($"{Path.GetFileName(file)} {s.Span}: bare number");
                if (sentence.Contains('\f')) problems.Add($"{Path.GetFileName(file)} {s.Span}: form feed");
                if (s.Start < firstPageEnd) continue; // the title page states the same words as content
                foreach (var footer in footers)
                {
                    if (sentence.Contains(footer, StringComparison.Ordinal)) problems.Add($"{Path.GetFileName(file)} {s.Span}: footer");
                }
            }
        }

        problems.Should().BeEmpty();
    }

    /// <summary>Lines that stand, whole, just before three or more page breaks: found independently of the normaliser.</summary>
    private static List<string> RunningFooters(string text)
    {
        var lines = text.Split('\n');
        var counts = new Dictionary<string, int>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains('\f')) continue;
            for (int j = Math.Max(0, i - 6); j < i; j++)
            {
                var t = lines[j].Trim();
                if (t.Length >= 8 && !t.StartsWith('(') && !t.All(char.IsDigit)) counts[t] = counts.GetValueOrDefault(t) + 1;
            }
        }

        return counts.Where(kv => kv.Value >= 3).Select(kv => kv.Key).ToList();
    }
}
