using ReportMining.MachineLearning;

namespace ReportMining.Tests.MachineLearning;

public class RankingTrainerTests
{
    private static readonly FeaturizerOptions Options = new() { HashBits = 12 };

    /// <summary>
    /// Groups of five candidates: the chosen one carries feature 1 ("right kind") and sits at a random place; every
    /// candidate carries a feature of its place (10 + place) and noise (100..119), so only feature 1 tells them apart.
    /// One candidate in three also carries feature 2, which the chosen one never has.
    /// </summary>
    private static (SparseDataset Data, List<int> Groups) ToyGroups(int groups, int seed)
    {
        var data = new SparseDataset(["no", "yes"]);
        var starts = new List<int> { 0 };
        var random = new Random(seed);
        for (int q = 0; q < groups; q++)
        {
            int want = random.Next(5);
            for (int i = 0; i < 5; i++)
            {
                var features = new List<int> { 10 + i, 100 + random.Next(20) };
                if (i == want) features.Add(1);
                else if (random.Next(3) == 0) features.Add(2);
                data.Add([.. features], [.. features.Select(_ => 1f)], i == want ? 1 : 0);
            }

            starts.Add(data.Count);
        }

        return (data, starts);
    }

    private static float Score(LinearModel model, params int[] features)
    {
        var (weights, bias) = model.MarginWeights();
        return bias + features.Sum(f => weights[f]);
    }

    [Fact]
    public void Learns_which_candidate_is_chosen()
    {
        var (data, groups) = ToyGroups(60, 3);
        var model = RankingTrainer.Train(data, groups, ModelKind.PercentageMeasure, Options, new TrainerOptions { L2 = 1e-3 });
        model.Labels.Should().Equal("no", "yes");
        Score(model, 1, 10, 105).Should().BeGreaterThan(Score(model, 10, 105) + 2, "the chosen kind's feature carries the decision");
        Score(model, 2, 11, 105).Should().BeLessThan(Score(model, 11, 105), "a feature only unchosen rows have counts against");
        model.Biases.Should().Equal(0f, 0f);
    }

    [Fact]
    public void Training_is_deterministic_to_the_byte()
    {
        var (data, groups) = ToyGroups(40, 5);
        var a = ModelFile.ToBytes(RankingTrainer.Train(data, groups, ModelKind.PercentageMeasure, Options, new TrainerOptions()));
        var b = ModelFile.ToBytes(RankingTrainer.Train(data, groups, ModelKind.PercentageMeasure, Options, new TrainerOptions()));
        b.Should().Equal(a);
    }

    [Fact]
    public void The_gradient_matches_finite_differences()
    {
        // three groups over four features, with uneven values
        int[] start = [0, 2, 3, 5, 6, 8, 9];
        int[] feat = [0, 1, 2, 0, 3, 1, 2, 3, 0];
        float[] val = [1f, 0.5f, 2f, 1f, 1f, 1.5f, 1f, 0.25f, 1f];
        int[] groupStarts = [0, 2, 4, 6];
        int[] chosen = [1, 2, 5];
        var objective = new RankingTrainer.Objective(start, feat, val, groupStarts, chosen, 4, 0.1);
        double[] x = [0.3, -0.2, 0.5, 0.1];
        var g = new double[4];
        objective.Evaluate(x, g);
        const double h = 1e-6;
        for (int d = 0; d < 4; d++)
        {
            var plus = (double[])x.Clone();
            var minus = (double[])x.Clone();
            plus[d] += h;
            minus[d] -= h;
            double numeric = (objective.Evaluate(plus, new double[4]) - objective.Evaluate(minus, new double[4])) / (2 * h);
            g[d].Should().BeApproximately(numeric, 1e-6, $"the gradient of feature {d}");
        }
    }

    [Fact]
    public void Groups_must_have_exactly_one_chosen_row()
    {
        var data = new SparseDataset(["no", "yes"]);
        data.Add([1], [1f], 0);
        data.Add([2], [1f], 0);
        data.Add([3], [1f], 1);
        data.Add([4], [1f], 1);
        var none = () => RankingTrainer.Train(data, [0, 2, 4], ModelKind.PercentageMeasure, Options, new TrainerOptions());
        none.Should().Throw<ArgumentException>().WithMessage("*group 0 has no chosen row*");
        var twoChosen = () => RankingTrainer.Train(data, [0, 4], ModelKind.PercentageMeasure, Options, new TrainerOptions());
        twoChosen.Should().Throw<ArgumentException>().WithMessage("*more than one chosen row*");
        var gap = () => RankingTrainer.Train(data, [0, 3], ModelKind.PercentageMeasure, Options, new TrainerOptions());
        gap.Should().Throw<ArgumentException>().WithMessage("*cover the rows*");
    }
}
