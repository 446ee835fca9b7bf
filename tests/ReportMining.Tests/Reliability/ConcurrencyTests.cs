using ReportMining.Tests.Support;

namespace ReportMining.Tests.Reliability;

public class ConcurrencyTests
{
    private static string[] Documents()
    {
        var texts = new List<string>
        {
            File.ReadAllText(Path.Combine(SharedData.RepoRoot, "samples", "northmoor-inspection-news.txt")),
            ReportMining.Tests.Text.PdfStyleText.ThreePages,
        };
        for (int i = 0; i < 30; i++)
        {
            texts.Add($"Document {i}: on {i % 28 + 1} March 2024 inspectors found that {i * 3 % 100}% of assessments were timely. " +
                      $"“Practice is {(i % 2 == 0 ? "strong" : "not yet good")},” said Director Jo Smith{i}. Services were rated good, up from inadequate in 2021.");
        }

        return texts.ToArray();
    }

    [Fact]
    public void One_miner_used_from_many_threads_gives_the_sequential_results()
    {
        var miner = new ReportMiner();
        var docs = Documents();
        var sequential = docs.Select(d => AnalysisInvariants.Json(miner.Analyze(d))).ToArray();
        var parallel = new string[docs.Length * 8];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 16 },
            i => parallel[i] = AnalysisInvariants.Json(miner.Analyze(docs[i % docs.Length])));
        for (int i = 0; i < parallel.Length; i++) parallel[i].Should().Be(sequential[i % docs.Length]);
    }

    [Fact]
    public void AnalyzeMany_keeps_input_order_and_ids()
    {
        var miner = new ReportMiner(new ReportMinerOptions { MaxDegreeOfParallelism = 4 });
        var docs = Documents();
        var inputs = docs.Select((d, i) => new DocumentInput($"doc-{i}", d)).ToArray();
        var results = miner.AnalyzeMany(inputs).ToList();
        results.Select(r => r.Id).Should().Equal(inputs.Select(i => i.Id));
        for (int i = 0; i < docs.Length; i++)
            AnalysisInvariants.Json(results[i]).Should().Be(AnalysisInvariants.Json(miner.Analyze(docs[i], new AnalysisOptions { Id = $"doc-{i}" })));
    }

    [Fact]
    public void AnalyzeMany_reads_its_input_lazily()
    {
        var miner = new ReportMiner(new ReportMinerOptions { MaxDegreeOfParallelism = 2 });
        int produced = 0;
        IEnumerable<DocumentInput> Endless()
        {
            for (int i = 0; ; i++)
            {
                produced++;
                yield return new DocumentInput($"d{i}", "Caseloads are manageable. 12% of posts are vacant.");
            }
        }

        miner.AnalyzeMany(Endless()).Take(10).Count().Should().Be(10);
        produced.Should().BeLessThan(20, "only a bounded window is read ahead");
    }

    [Fact]
    public void Cancellation_stops_analysis()
    {
        var miner = new ReportMiner();
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var act = () => miner.Analyze("Services are good.", null, cts.Token);
        act.Should().Throw<OperationCanceledException>();
        var many = () => miner.AnalyzeMany([new DocumentInput("a", "x")], cts.Token).ToList();
        many.Should().Throw<OperationCanceledException>();
    }
}
