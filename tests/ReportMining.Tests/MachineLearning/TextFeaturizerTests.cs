using FsCheck;
using FsCheck.Fluent;
using ReportMining.MachineLearning;

namespace ReportMining.Tests.MachineLearning;

public class TextFeaturizerTests
{
    private static readonly TextFeaturizer Featurizer = new(new FeaturizerOptions());

    private static (int[] Indices, float[] Values) Features(string sentence) => Featurizer.FeaturizeToArrays(sentence);

    private static HashSet<int> Buckets(string sentence) => [.. Features(sentence).Indices];

    private static double Norm((int[] Indices, float[] Values) v) => Math.Sqrt(v.Values.Sum(x => (double)x * x));

    [Fact]
    public void Same_sentence_gives_the_same_vector()
    {
        const string sentence = "Most Eastmere assessments are careful, but some run too long and few are updated.";
        var a = Features(sentence);
        Features("Something else entirely, to disturb the per-thread buffers.");
        var b = Features(sentence);
        b.Indices.Should().Equal(a.Indices);
        b.Values.Should().Equal(a.Values);
    }

    [Fact]
    public void Featurising_is_deterministic_and_finite_for_any_text()
    {
        Prop.ForAll<string>(text =>
        {
            text ??= "";
            var a = Features(text);
            var b = Features(text);
            return a.Indices.SequenceEqual(b.Indices) && a.Values.SequenceEqual(b.Values)
                && a.Values.All(float.IsFinite) && a.Indices.All(i => i >= 0 && i < Featurizer.Dimension);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Each_block_has_unit_norm()
    {
        // word block, lexicon block and character block are each scaled to norm 1
        var v = Features("Social workers see the children often and know them well.");
        Norm(v).Should().BeApproximately(Math.Sqrt(3), 1e-4);
    }

    [Fact]
    public void Case_soft_hyphens_line_breaks_and_curly_apostrophes_do_not_change_features()
    {
        var plain = Features("Children's assessments are timely and thorough.");
        Features("CHILDREN'S ASSESSMENTS ARE TIMELY AND THOROUGH.").Indices.Should().Equal(plain.Indices);
        Features("Children’s assess\u00ADments are timely\nand thorough.").Indices.Should().Equal(plain.Indices);
        Features("Children’s assess\u00ADments are timely\nand thorough.").Values.Should().Equal(plain.Values);
    }

    [Theory]
    [InlineData("Eastmere plans are not consistently reviewed.", "consistently")]
    [InlineData("Too many children in Northmoor wait for help.", "many")]
    [InlineData("Not all children are seen alone.", "all")]
    [InlineData("Some children do not receive a timely response.", "receive")]
    [InlineData("There is a lack of oversight by managers.", "of")]
    [InlineData("Supervision in Eastmere is insufficiently reflective.", "reflective")]
    [InlineData("Managers haven't reviewed the plans.", "reviewed")]
    public void Words_after_a_negation_cue_get_a_negated_feature(string sentence, string negatedWord)
    {
        var buckets = Buckets(sentence);
        buckets.Should().Contain(Featurizer.NegatedBucket(negatedWord));
        buckets.Should().Contain(Featurizer.FlagBucket(TextFeaturizer.NegationFlag));
    }

    [Fact]
    public void Without_a_negation_cue_there_is_no_negated_feature()
    {
        var buckets = Buckets("Plans are consistently reviewed.");
        buckets.Should().NotContain(Featurizer.NegatedBucket("consistently"));
        buckets.Should().NotContain(Featurizer.FlagBucket(TextFeaturizer.NegationFlag));
    }

    [Fact]
    public void Negation_scope_ends_at_a_clause_boundary_and_after_the_window()
    {
        var buckets = Buckets("Visits are not frequent, and plans are reviewed by managers every month.");
        buckets.Should().Contain(Featurizer.NegatedBucket("frequent"));
        buckets.Should().NotContain(Featurizer.NegatedBucket("plans"));
        var window = Buckets("It is not only the social workers but managers who know the children well.");
        window.Should().NotContain(Featurizer.NegatedBucket("know"));
    }

    [Fact]
    public void A_negated_praise_word_counts_as_negated_praise()
    {
        Buckets("Plans are not effective.").Should().Contain(Featurizer.LexiconBucket(ReportLexicon.Category.Praise, negated: true));
        Buckets("Plans are effective.").Should().Contain(Featurizer.LexiconBucket(ReportLexicon.Category.Praise));
        Buckets("Plans are effective.").Should().NotContain(Featurizer.LexiconBucket(ReportLexicon.Category.Praise, negated: true));
    }

    [Fact]
    public void Contrast_clauses_are_marked()
    {
        var buckets = Buckets("Most assessments are careful, but some are not updated.");
        buckets.Should().Contain(Featurizer.FlagBucket(TextFeaturizer.ContrastFlag));
        buckets.Should().Contain(Featurizer.ContrastBucket("some"));
        buckets.Should().Contain(Featurizer.FlagBucket(TextFeaturizer.NegationAfterContrastFlag));
        buckets.Should().NotContain(Featurizer.ContrastBucket("careful"));

        var initial = Buckets("Although plans are in place, they are not reviewed.");
        initial.Should().Contain(Featurizer.FlagBucket(TextFeaturizer.InitialContrastFlag));

        var none = Buckets("Plans are in place and they are reviewed.");
        none.Should().NotContain(Featurizer.FlagBucket(TextFeaturizer.ContrastFlag));
    }

    [Fact]
    public void Not_yet_is_negation_not_contrast()
    {
        var buckets = Buckets("The new service is not yet established.");
        buckets.Should().NotContain(Featurizer.FlagBucket(TextFeaturizer.ContrastFlag));
        buckets.Should().Contain(Featurizer.NegatedBucket("established"));
    }

    [Fact]
    public void Bad_input_is_handled_in_bounded_time()
    {
        var huge = new string('x', 200_000) + " " + string.Concat(Enumerable.Repeat("not good but bad ", 50_000));
        var v = Features(huge);
        v.Indices.Length.Should().BeLessThanOrEqualTo(TextFeaturizer.MaxFeatures);
        Features("").Indices.Should().BeEmpty();
        Features("\0\u0001\uFFFF\uD800").Values.All(float.IsFinite).Should().BeTrue();
    }

    [Fact]
    public void Featurising_does_not_allocate_per_sentence()
    {
        const string sentence = "Although most children in care have settled homes, too many have moved more than three times.";
        for (int i = 0; i < 100; i++) Featurizer.Featurize(sentence);
        const int calls = 10_000;
        long before = GC.GetAllocatedBytesForCurrentThread();
        int total = 0;
        for (int i = 0; i < calls; i++) total += Featurizer.Featurize(sentence).Count;
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        total.Should().BeGreaterThan(0);
        // one-off runtime allocations (tiering) are tolerated; one object per call (24 bytes or more) is not
        allocated.Should().BeLessThan(calls);
    }
}

public class WordVectorTests
{
    // written for the project: words in the same places should get similar vectors
    private static IEnumerable<string> Texts()
    {
        string[] carers = ["foster carers", "residential staff", "kinship carers"];
        string[] things = ["assessments", "plans", "reviews"];
        for (int i = 0; i < 60; i++)
        {
            string c = carers[i % 3], t = things[i % 3];
            yield return $"The {c} in Brackenfold support children well. Social workers complete {t} on time and {t} are thorough. The {c} attend training. Managers check {t} each month.";
        }
    }

    [Fact]
    public void Learning_is_deterministic_and_gives_unit_vectors()
    {
        var a = WordVectors.Learn(Texts(), 4, minCount: 5, maxWords: 100, window: 3, seed: 7);
        var b = WordVectors.Learn(Texts(), 4, minCount: 5, maxWords: 100, window: 3, seed: 7);
        a.Should().Be(b);
        a.Values.Should().Equal(b.Values);
        for (int r = 0; r < a.Count; r++)
        {
            double norm = Math.Sqrt(a.Values.Skip(r * 4).Take(4).Sum(x => (double)x * x));
            norm.Should().BeApproximately(1, 1e-2);
        }
    }

    [Fact]
    public void Words_used_alike_are_closer_than_words_used_differently()
    {
        var v = WordVectors.Learn(Texts(), 4, minCount: 5, maxWords: 100, window: 3, seed: 7);
        float[] Vec(string w) => v.Values.Skip(v.Row(TextFeaturizer.HashWord(w)) * 4).Take(4).ToArray();
        double Cos(string x, string y) => Vec(x).Zip(Vec(y), (p, q) => (double)p * q).Sum();
        Cos("assessments", "plans").Should().BeGreaterThan(Cos("assessments", "carers"));
    }

    [Fact]
    public void The_featuriser_adds_the_mean_vector_after_the_hashed_buckets()
    {
        var vectors = WordVectors.Learn(Texts(), 4, minCount: 5, maxWords: 100, window: 3, seed: 7);
        var featurizer = new TextFeaturizer(new FeaturizerOptions { HashBits = 12, EmbeddingWeight = 0.5f, Vectors = vectors });
        var (indices, values) = featurizer.FeaturizeToArrays("Managers check plans each month.");
        var dense = indices.Select((i, j) => (i, v: values[j])).Where(p => p.i >= 1 << 12).ToArray();
        dense.Select(p => p.i).Should().Equal(Enumerable.Range(1 << 12, 4));
        Math.Sqrt(dense.Sum(p => (double)p.v * p.v)).Should().BeApproximately(0.5, 1e-4);
        featurizer.FeaturizeToArrays("Zyxwv qqq.").Indices.Should().OnlyContain(i => i < 1 << 12);
    }

    [Fact]
    public void A_mean_block_is_the_weight_times_the_mean_of_the_word_vectors_and_can_be_left_to_the_scorer()
    {
        var vectors = WordVectors.Learn(Texts(), 4, minCount: 5, maxWords: 100, window: 3, seed: 7);
        var featurizer = new TextFeaturizer(new FeaturizerOptions { HashBits = 12, EmbeddingWeight = 0.5f, EmbeddingMean = true, Vectors = vectors });
        const string sentence = "Managers check plans and reviews each month.";
        var (indices, values) = featurizer.FeaturizeToArrays(sentence);
        var dense = indices.Select((i, j) => (i, v: values[j])).Where(p => p.i >= 1 << 12).Select(p => p.v).ToArray();

        // the words with vectors, in order, and their mean times the weight
        string[] words = ["managers", "check", "plans", "and", "reviews", "each", "month"];
        int[] rows = words
            .Select(w => vectors.Row(TextFeaturizer.HashWord(w))).Where(r => r >= 0).ToArray();
        rows.Length.Should().BeGreaterThan(2, "the test sentence uses words the vectors know");
        var mean = Enumerable.Range(0, 4).Select(d => 0.5 * rows.Average(r => (double)vectors.Values[(r * 4) + d])).ToArray();
        dense.Should().HaveCount(4);
        for (int d = 0; d < 4; d++) ((double)dense[d]).Should().BeApproximately(mean[d], 1e-5);

        // for the scorer: no block, but the rows; each bucket adds up to the same value
        var forScorer = featurizer.FeaturizeForScorer(sentence, out var wordRows);
        wordRows.ToArray().Should().Equal(rows);
        var expected = Sums(indices.Where(i => i < 1 << 12).ToArray(), values.Where((_, j) => indices[j] < 1 << 12).ToArray());
        var actual = Sums(forScorer.Indices.ToArray(), forScorer.Values.ToArray());
        actual.Keys.Should().BeEquivalentTo(expected.Keys);
        foreach (var (bucket, value) in expected) actual[bucket].Should().BeApproximately(value, 1e-6);
    }

    /// <summary>Each bucket's values added up (a linear model's view of a feature vector).</summary>
    private static Dictionary<int, double> Sums(int[] indices, float[] values)
    {
        var sums = new Dictionary<int, double>();
        for (int j = 0; j < indices.Length; j++) sums[indices[j]] = sums.GetValueOrDefault(indices[j]) + values[j];
        return sums;
    }

    [Fact]
    public void For_the_scorer_a_repeated_character_ngram_is_listed_each_time_with_the_counted_blocks_scale()
    {
        // "nana" repeats its 3- and 4-grams and, as a word, its unigram; no word vectors
        var featurizer = new TextFeaturizer(new FeaturizerOptions { HashBits = 14, CharNgramMin = 3, CharNgramMax = 4, CharWeight = 0.8f });
        const string sentence = "banana bandana nana nana";
        var (indices, values) = featurizer.FeaturizeToArrays(sentence);
        var forScorer = featurizer.FeaturizeForScorer(sentence, out var rows);
        rows.IsEmpty.Should().BeTrue();
        forScorer.Indices.Length.Should().BeGreaterThan(indices.Length, "repeated n-grams are listed once per occurrence");
        var expected = Sums(indices, values);
        var actual = Sums(forScorer.Indices.ToArray(), forScorer.Values.ToArray());
        actual.Keys.Should().BeEquivalentTo(expected.Keys);
        foreach (var (bucket, value) in expected) actual[bucket].Should().BeApproximately(value, 1e-6);
    }
}
