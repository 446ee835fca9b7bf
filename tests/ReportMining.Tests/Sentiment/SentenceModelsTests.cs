using ReportMining.MachineLearning;
using ReportMining.Sentiment;

namespace ReportMining.Tests.Sentiment;

/// <summary>The shipped models on sentences written for these tests (not in the training data).</summary>
public sealed class SentenceModelsTests : IDisposable
{
    private static readonly ReportMiner Miner = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("rm-models-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<string, SentimentLabel, ServiceArea> ClearCases => new()
    {
        { "Social workers in Pellingham hold manageable caseloads and get supervision every month.", SentimentLabel.Positive, ServiceArea.Workforce },
        { "Care leavers in Dunsford are not given enough help to find somewhere suitable to live.", SentimentLabel.Negative, ServiceArea.CareLeavers },
        { "The virtual school follows how each child in care is doing at school and challenges schools effectively.", SentimentLabel.Positive, ServiceArea.ChildrenInCare },
        { "In Ashcombe, strategy meetings are sometimes not held for a child who is at risk of significant harm.", SentimentLabel.Negative, ServiceArea.HelpAndProtection },
        { "Senior leaders in Oxbury know accurately where frontline practice is strong or weak.", SentimentLabel.Positive, ServiceArea.Leadership },
        { "Caseloads are too high and staff turnover remains a serious problem.", SentimentLabel.Negative, ServiceArea.Workforce },
        { "Foster carers in Hollin Vale receive good training and feel well supported.", SentimentLabel.Positive, ServiceArea.ChildrenInCare },
        { "Personal advisers stay in touch with care leavers and help them into work and training.", SentimentLabel.Positive, ServiceArea.CareLeavers },
    };

    [Theory]
    [MemberData(nameof(ClearCases))]
    public void Clear_sentences_get_their_sentiment_and_area(string sentence, SentimentLabel sentiment, ServiceArea area)
    {
        var label = Miner.ClassifySentence(sentence);
        label.Sentiment.Should().Be(sentiment);
        label.Area.Should().Be(area);
        label.SentimentConfidence.Should().BeInRange(0.25f, 1f);
        label.AreaConfidence.Should().BeInRange(1f / 6, 1f);
    }

    /// <summary>Harder sentences: the models must get most of them, not necessarily all.</summary>
    private static readonly (string Text, SentimentLabel Sentiment, ServiceArea Area, ServiceArea? Fine)[] Mixed =
    [
        ("Most assessments in Wrexley are thorough, but a minority do not consider the views of fathers.", SentimentLabel.Mixed, ServiceArea.HelpAndProtection, ServiceArea.Assessment),
        ("Although adoption is considered early, some children still wait too long for a family.", SentimentLabel.Mixed, ServiceArea.ChildrenInCare, ServiceArea.Adoption),
        ("The front door responds quickly to contacts, although the quality of referrals from partners varies.", SentimentLabel.Mixed, ServiceArea.HelpAndProtection, ServiceArea.FrontDoor),
        ("Return home interviews are rarely completed for children who go missing.", SentimentLabel.Negative, ServiceArea.HelpAndProtection, ServiceArea.Exploitation),
        ("Children in care have their first health assessments on time.", SentimentLabel.Positive, ServiceArea.ChildrenInCare, ServiceArea.Health),
        ("Last year the council knew of four children in private fostering, all with relatives.", SentimentLabel.Neutral, ServiceArea.HelpAndProtection, ServiceArea.PrivateFostering),
        ("Early help workers support families well and prevent problems from getting worse.", SentimentLabel.Positive, ServiceArea.HelpAndProtection, ServiceArea.EarlyHelp),
        ("Children's homes run by the council are of good quality and children feel at home there.", SentimentLabel.Positive, ServiceArea.ChildrenInCare, ServiceArea.Placements),
        ("The inspection took place over five days in the autumn.", SentimentLabel.Neutral, ServiceArea.General, null),
        ("Ensure that child protection plans set out clearly what needs to change.", SentimentLabel.Negative, ServiceArea.HelpAndProtection, ServiceArea.ChildProtection),
        ("Disabled children in Eastmere wait too long before their needs are assessed.", SentimentLabel.Negative, ServiceArea.HelpAndProtection, ServiceArea.DisabledChildren),
        ("Children in care are helped to go to school regularly and they achieve well.", SentimentLabel.Positive, ServiceArea.ChildrenInCare, ServiceArea.Education),
    ];

    [Fact]
    public void Most_harder_sentences_are_right()
    {
        int sentiment = 0, area = 0, fine = 0;
        foreach (var (text, s, a, f) in Mixed)
        {
            var label = Miner.ClassifySentence(text);
            if (label.Sentiment == s) sentiment++;
            if (label.Area == a) area++;
            if (label.FineArea == f) fine++;
        }

        sentiment.Should().BeGreaterThanOrEqualTo(9, "sentiment of {0} sentences", Mixed.Length);
        area.Should().BeGreaterThanOrEqualTo(10, "areas of {0} sentences", Mixed.Length);
        fine.Should().BeGreaterThanOrEqualTo(9, "finer areas of {0} sentences", Mixed.Length);
    }

    [Fact]
    public void Classifying_a_span_does_not_allocate_and_is_thread_safe()
    {
        var models = SentenceModels.Load(null);
        const string sentence = "Managers do not always record their decisions, although supervision is regular.";
        var expected = models.Classify(sentence);
        for (int i = 0; i < 100; i++) models.Classify(sentence);

        // The runtime may allocate a few hundred bytes once (tiering, thread statics), so the
        // claim is per call: 10,000 calls that allocated even the smallest object each (24 bytes)
        // would show 240,000 bytes; fewer than 10,000 means no call allocates.
        const int calls = 10_000;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < calls; i++) models.Classify(sentence);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().BeLessThan(calls, "classifying a span allocates nothing per call");

        var results = new SentenceLabel[64];
        Parallel.For(0, results.Length, i => results[i] = models.Classify(sentence));
        results.Should().OnlyContain(r => r == expected);
    }

    [Fact]
    public void Probabilities_add_up_and_a_second_area_is_a_top_level_area()
    {
        var models = SentenceModels.Load(null);
        foreach (var (text, _, _, _) in Mixed)
        {
            var label = models.Classify(text);
            if (label.SecondArea is { } second)
            {
                second.IsTopLevel().Should().BeTrue();
                second.Should().NotBe(label.Area).And.NotBe(ServiceArea.General);
            }

            if (label.FineArea is { } fine) fine.IsTopLevel().Should().BeFalse();
        }
    }

    private void CopyShippedModels()
    {
        var models = SentenceModels.Load(null);
        foreach (var model in new[] { models.Sentiment, models.Area, models.FineArea })
        {
            ModelFile.Save(model, Path.Combine(_dir, model.Kind.FileName()));
        }
    }

    [Fact]
    public void The_combined_table_scores_as_each_model_does_on_its_own()
    {
        // the combined (possibly 16-bit) table against each float model through its own featuriser
        var models = SentenceModels.Load(null);
        var featurizer = new TextFeaturizer(models.Sentiment.Featurizer);
        string[] sentences =
        [
            "Managers in the front door make timely decisions, and children at risk are seen quickly.",
            "Too many care leavers in Brackenshire live in unsuitable housing and do not know their entitlements.",
            "Although most assessments are thorough, some plans are not reviewed often enough.",
            "During the visit inspectors met managers, social workers and partner agencies.",
            "Caseloads are manageable and staff say their supervisors support them well.",
        ];
        Span<float> p = stackalloc float[16];
        foreach (var sentence in sentences)
        {
            var label = models.Classify(sentence);
            int s = models.Sentiment.Predict(featurizer.Featurize(sentence), p);
            ((int)label.Sentiment).Should().Be(s, sentence);
            label.SentimentConfidence.Should().BeApproximately(p[s], 1e-3f, sentence);
            int a = models.Area.Predict(featurizer.Featurize(sentence), p);
            ((int)label.Area).Should().Be(a, sentence);
            label.AreaConfidence.Should().BeApproximately(p[a], 1e-3f, sentence);
        }
    }

    [Fact]
    public void Sentences_past_the_featuriser_limits_score_as_each_model_does_on_its_own()
    {
        // longer than the featuriser's word and character limits, with words and n-grams repeated
        // hundreds of times: the scorer's occurrence lists against the counted features
        var models = SentenceModels.Load(null);
        var featurizer = new TextFeaturizer(models.Sentiment.Featurizer);
        string[] sentences =
        [
            string.Join(" ", Enumerable.Repeat("Managers do not always check plans, but carers are supported well", 120)),
            string.Join(" ", Enumerable.Repeat("care", 3000)),
            new string('a', TextFeaturizer.MaxChars * 3),
        ];
        Span<float> p = stackalloc float[16];
        foreach (var sentence in sentences)
        {
            var label = models.Classify(sentence);
            int s = models.Sentiment.Predict(featurizer.Featurize(sentence), p);
            ((int)label.Sentiment).Should().Be(s);
            label.SentimentConfidence.Should().BeApproximately(p[s], 1e-3f);
            int a = models.Area.Predict(featurizer.Featurize(sentence), p);
            ((int)label.Area).Should().Be(a);
            label.AreaConfidence.Should().BeApproximately(p[a], 1e-3f);
        }
    }

    [Fact]
    public void The_16_bit_table_read_from_the_model_files_equals_the_one_built_from_float_weights()
    {
        // the embedded models fill the table straight from the files' weight sections (vectorised,
        // with a scalar tail for the last rows); built again from the models' float weights it
        // must be the same table, value for value
        var embedded = SentenceModels.Load(null);
        var rebuilt = SentenceModels.FromModels(embedded.Sentiment, embedded.Area, embedded.FineArea, "test");
        if (!System.Runtime.Intrinsics.X86.Avx2.IsSupported)
        {
            embedded.Quantised.Table.Should().BeEmpty("without AVX2 the float table is used");
            return;
        }

        embedded.Quantised.Table.Should().NotBeEmpty();
        embedded.Quantised.Table.AsSpan().SequenceEqual(rebuilt.Quantised.Table).Should().BeTrue("both ways give the same 16-bit weights");
        embedded.Quantised.Scale.Should().Equal(rebuilt.Quantised.Scale);
    }

    [Fact]
    public void The_embedded_models_carry_their_checksums()
    {
        // start-up does not re-hash the embedded models; this is where their checksums are checked
        var embedded = SentenceModels.EmbeddedModelBytes().ToList();
        embedded.Select(e => e.Kind).Should().Equal(ModelKind.Sentiment, ModelKind.Area, ModelKind.FineArea);
        foreach (var (kind, bytes) in embedded)
        {
            ModelFile.HasChecksum(bytes).Should().BeTrue($"the embedded {kind} model is intact");
            bytes[^1] ^= 1;
            ModelFile.HasChecksum(bytes).Should().BeFalse("a changed byte breaks the checksum");
        }
    }

    [Fact]
    public void Models_load_from_a_folder()
    {
        CopyShippedModels();
        var fromFolder = new ReportMiner(new ReportMinerOptions { ModelDirectory = _dir });
        const string sentence = "Social workers who know children in care well visit them regularly.";
        fromFolder.ClassifySentence(sentence).Should().Be(Miner.ClassifySentence(sentence));
    }

    [Fact]
    public void A_corrupt_model_in_the_folder_is_reported_by_file()
    {
        CopyShippedModels();
        string path = Path.Combine(_dir, "area.bin");
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(path, bytes);
        var act = () => new ReportMiner(new ReportMinerOptions { ModelDirectory = _dir });
        act.Should().Throw<ModelFormatException>().Which.Message.Should().Contain("area.bin").And.Contain("checksum");
    }

    [Fact]
    public void A_model_file_in_the_wrong_place_is_refused()
    {
        CopyShippedModels();
        File.Copy(Path.Combine(_dir, "sentiment.bin"), Path.Combine(_dir, "area.bin"), overwrite: true);
        var act = () => new ReportMiner(new ReportMinerOptions { ModelDirectory = _dir });
        act.Should().Throw<ModelFormatException>().Which.Message.Should().Contain("area.bin").And.Contain("expected 'area'");
    }

    [Fact]
    public void Models_trained_with_different_featurisers_are_refused()
    {
        var shipped = SentenceModels.Load(null);
        var other = shipped.Area;
        var changed = new LinearModel(other.Kind, other.Labels, other.Featurizer with { NegationWindow = other.Featurizer.NegationWindow + 1 }, other.Trainer, other.TrainingExamples, other.Buckets, other.Weights, other.Biases);
        var act = () => SentenceModels.FromModels(shipped.Sentiment, changed, shipped.FineArea, "test");
        act.Should().Throw<ModelFormatException>().Which.Reason.Should().Contain("featuriser settings differ");
    }

    [Fact]
    public void Models_trained_with_other_word_lists_are_refused()
    {
        var shipped = SentenceModels.Load(null);
        foreach (var model in new[] { shipped.Sentiment, shipped.Area, shipped.FineArea })
        {
            model.Featurizer.LexiconFingerprint.Should().Be(TextFeaturizer.WordListFingerprint, $"the shipped {model.Kind} model must be retrained when a word list changes");
        }

        LinearModel Marked(LinearModel m, ulong fingerprint) =>
            new(m.Kind, m.Labels, m.Featurizer with { LexiconFingerprint = fingerprint }, m.Trainer, m.TrainingExamples, m.Buckets, m.Weights, m.Biases);

        // the same fingerprint on all three, so the featuriser-settings check passes and the word-list check speaks
        ulong other = TextFeaturizer.WordListFingerprint ^ 1;
        var stale = () => SentenceModels.FromModels(Marked(shipped.Sentiment, other), Marked(shipped.Area, other), Marked(shipped.FineArea, other), "test");
        stale.Should().Throw<ModelFormatException>().Which.Message.Should().Contain("sentiment.bin").And.Contain("other word lists").And.Contain("reportmining train");

        var unmarked = () => SentenceModels.FromModels(Marked(shipped.Sentiment, 0), Marked(shipped.Area, 0), Marked(shipped.FineArea, 0), "test");
        unmarked.Should().Throw<ModelFormatException>().Which.Message.Should().Contain("no word-list fingerprint");

        // and from a folder: files rewritten with another fingerprint (their checksums recomputed) are refused, by file
        CopyShippedModels();
        foreach (var model in new[] { shipped.Sentiment, shipped.Area, shipped.FineArea })
        {
            ModelFile.Save(Marked(model, other), Path.Combine(_dir, model.Kind.FileName()));
        }

        var fromFolder = () => new ReportMiner(new ReportMinerOptions { ModelDirectory = _dir });
        fromFolder.Should().Throw<ModelFormatException>().Which.Message.Should().Contain("sentiment.bin").And.Contain("other word lists");
    }
}
