using ReportMining.Sentiment;
using ReportMining.Tests.Support;

namespace ReportMining.Tests.Sentiment;

public class ServiceAreaAggregatorTests
{
    private static SentenceLabel L(SentimentLabel s, ServiceArea area, float confidence = 1f, ServiceArea? second = null, ServiceArea? fine = null, float areaConfidence = 0.9f) =>
        new(s, confidence, area, areaConfidence, second, fine, fine is null ? 0f : 0.8f);

    private static IReadOnlyList<ServiceAreaSentiment> Run(SentenceLabel[] labels, params int[] referring) =>
        ServiceAreaAggregator.Aggregate(labels, i => referring.Contains(i) ? 1 : referring.Contains(-i - 100) ? 2 : 0, i => (i * 10, (i * 10) + 9));

    /// <summary>Marks sentence i as referring back with its first word.</summary>
    private static int Opening(int i) => -i - 100;

    private static ServiceAreaSentiment Area(IReadOnlyList<ServiceAreaSentiment> result, ServiceArea area) => result.Single(a => a.Area == area);

    [Fact]
    public void Praise_only_is_positive_and_criticism_only_negative()
    {
        var result = Run([L(SentimentLabel.Positive, ServiceArea.Workforce), L(SentimentLabel.Positive, ServiceArea.Workforce), L(SentimentLabel.Negative, ServiceArea.CareLeavers)]);
        Area(result, ServiceArea.Workforce).Should().BeEquivalentTo(new { Sentiment = SentimentLabel.Positive, Score = 1.0, Mentions = 2 });
        Area(result, ServiceArea.CareLeavers).Should().BeEquivalentTo(new { Sentiment = SentimentLabel.Negative, Score = -1.0, Mentions = 1 });
    }

    [Fact]
    public void Praise_and_criticism_together_are_mixed_unless_one_side_is_small()
    {
        Area(Run([L(SentimentLabel.Positive, ServiceArea.Leadership), L(SentimentLabel.Negative, ServiceArea.Leadership)]), ServiceArea.Leadership)
            .Should().BeEquivalentTo(new { Sentiment = SentimentLabel.Mixed, Score = 0.0 });
        Area(Run([L(SentimentLabel.Mixed, ServiceArea.Leadership)]), ServiceArea.Leadership).Sentiment.Should().Be(SentimentLabel.Mixed);

        // 3 praise, 1 criticism: score 0.5, not above 0.5, so still mixed; 4 to 1 is positive
        var threeToOne = Enumerable.Repeat(L(SentimentLabel.Positive, ServiceArea.Leadership), 3).Append(L(SentimentLabel.Negative, ServiceArea.Leadership)).ToArray();
        Area(Run(threeToOne), ServiceArea.Leadership).Should().BeEquivalentTo(new { Sentiment = SentimentLabel.Mixed, Score = 0.5 });
        var fourToOne = Enumerable.Repeat(L(SentimentLabel.Positive, ServiceArea.Leadership), 4).Append(L(SentimentLabel.Negative, ServiceArea.Leadership)).ToArray();
        Area(Run(fourToOne), ServiceArea.Leadership).Should().BeEquivalentTo(new { Sentiment = SentimentLabel.Positive, Score = 0.6 });
    }

    [Fact]
    public void Criticism_needs_less_of_a_majority_than_praise_to_set_the_tone()
    {
        // reports praise even what they grade inadequate: 2 criticisms to 1 praise (score -1/3) is negative,
        // 3 to 2 (score -0.2, not below it) is still mixed; the praising side needs more than 3 to 1
        Leadership(2, 1).Should().BeEquivalentTo(new { Sentiment = SentimentLabel.Negative, Score = -0.3333 });
        Leadership(3, 2).Should().BeEquivalentTo(new { Sentiment = SentimentLabel.Mixed, Score = -0.2 });
        Leadership(1, 3).Sentiment.Should().Be(SentimentLabel.Mixed);

        static ServiceAreaSentiment Leadership(int criticisms, int praises) =>
            Area(Run([.. Enumerable.Repeat(L(SentimentLabel.Negative, ServiceArea.Leadership), criticisms), .. Enumerable.Repeat(L(SentimentLabel.Positive, ServiceArea.Leadership), praises)]), ServiceArea.Leadership);
    }

    [Fact]
    public void Confidence_weighs_each_sentence()
    {
        var result = Run([L(SentimentLabel.Positive, ServiceArea.Workforce, 0.9f), L(SentimentLabel.Negative, ServiceArea.Workforce, 0.3f)]);
        Area(result, ServiceArea.Workforce).Score.Should().BeApproximately(0.5, 1e-6);
    }

    [Fact]
    public void Neutral_sentences_are_mentions_but_not_judgements()
    {
        var result = Run([L(SentimentLabel.Neutral, ServiceArea.ChildrenInCare), L(SentimentLabel.Neutral, ServiceArea.ChildrenInCare)]);
        Area(result, ServiceArea.ChildrenInCare).Should().BeEquivalentTo(new { Sentiment = SentimentLabel.Neutral, Score = 0.0, Mentions = 2 });
        var withPraise = Run([L(SentimentLabel.Neutral, ServiceArea.ChildrenInCare), L(SentimentLabel.Positive, ServiceArea.ChildrenInCare)]);
        Area(withPraise, ServiceArea.ChildrenInCare).Sentiment.Should().Be(SentimentLabel.Positive);
    }

    [Fact]
    public void General_is_not_an_area_and_top_level_areas_come_before_finer_ones_with_their_parent()
    {
        var result = Run([
            L(SentimentLabel.Negative, ServiceArea.HelpAndProtection, fine: ServiceArea.PrivateFostering),
            L(SentimentLabel.Positive, ServiceArea.General),
            L(SentimentLabel.Positive, ServiceArea.ChildrenInCare, second: ServiceArea.Workforce, fine: ServiceArea.Fostering),
            L(SentimentLabel.Positive, ServiceArea.Leadership),
        ]);
        result.Select(a => a.Area).Should().Equal(
            ServiceArea.Leadership, ServiceArea.HelpAndProtection, ServiceArea.ChildrenInCare, ServiceArea.Workforce,
            ServiceArea.PrivateFostering, ServiceArea.Fostering);
        result.Where(a => a.Area.IsTopLevel()).Should().OnlyContain(a => a.Parent == null);
        Area(result, ServiceArea.PrivateFostering).Parent.Should().Be(ServiceArea.HelpAndProtection);
        Area(result, ServiceArea.Fostering).Parent.Should().Be(ServiceArea.ChildrenInCare);
    }

    [Fact]
    public void A_finer_area_of_a_general_sentence_counts_for_its_parent()
    {
        var result = Run([L(SentimentLabel.Negative, ServiceArea.General, fine: ServiceArea.Adoption)]);
        Area(result, ServiceArea.ChildrenInCare).Mentions.Should().Be(1);
        Area(result, ServiceArea.Adoption).Sentiment.Should().Be(SentimentLabel.Negative);
    }

    [Fact]
    public void Evidence_carries_each_sentence_span_label_and_confidence_in_order()
    {
        var result = Run([L(SentimentLabel.Positive, ServiceArea.CareLeavers, 0.8f), L(SentimentLabel.Neutral, ServiceArea.Leadership), L(SentimentLabel.Negative, ServiceArea.CareLeavers, 0.6f)]);
        Area(result, ServiceArea.CareLeavers).Evidence.Should().BeEquivalentTo(new[]
        {
            new Evidence { Start = 0, End = 9, Sentiment = SentimentLabel.Positive, Confidence = 0.8 },
            new Evidence { Start = 20, End = 29, Sentiment = SentimentLabel.Negative, Confidence = 0.6 },
        }, o => o.WithStrictOrdering().Using<double>(c => c.Subject.Should().BeApproximately(c.Expectation, 1e-4)).WhenTypeIs<double>());
    }

    [Fact]
    public void A_sentence_that_refers_back_with_no_area_of_its_own_takes_the_previous_areas()
    {
        SentenceLabel[] labels =
        [
            L(SentimentLabel.Neutral, ServiceArea.HelpAndProtection, fine: ServiceArea.PrivateFostering),
            L(SentimentLabel.Negative, ServiceArea.General),
        ];
        Area(Run(labels, 1), ServiceArea.PrivateFostering).Sentiment.Should().Be(SentimentLabel.Negative);
        Run(labels).Should().NotContain(a => a.Area == ServiceArea.HelpAndProtection && a.Mentions == 2, "without a word referring back, nothing is inherited");

        // a weak guess counts as no area of its own; a confident one is kept
        SentenceLabel[] weak = [labels[0], L(SentimentLabel.Negative, ServiceArea.CareLeavers, areaConfidence: 0.4f)];
        Area(Run(weak, 1), ServiceArea.PrivateFostering).Mentions.Should().Be(2);
        SentenceLabel[] strong = [labels[0], L(SentimentLabel.Negative, ServiceArea.CareLeavers, areaConfidence: 0.7f)];
        Area(Run(strong, 1), ServiceArea.PrivateFostering).Mentions.Should().Be(1);

        // "This means ...": a first word that refers back overrides a fairly confident guess, not a sure one
        Area(Run(strong, Opening(1)), ServiceArea.PrivateFostering).Mentions.Should().Be(2);
        SentenceLabel[] sure = [labels[0], L(SentimentLabel.Negative, ServiceArea.CareLeavers, areaConfidence: 0.9f)];
        Area(Run(sure, Opening(1)), ServiceArea.PrivateFostering).Mentions.Should().Be(1);

        // a sentence with its own finer area keeps it
        SentenceLabel[] own = [labels[0], L(SentimentLabel.Negative, ServiceArea.General, fine: ServiceArea.Health)];
        Area(Run(own, Opening(1)), ServiceArea.PrivateFostering).Mentions.Should().Be(1);
    }

    [Fact]
    public void The_reference_rule_is_left_to_the_models_when_the_labels_were_made_in_context()
    {
        using var document = ReportMining.Text.Document.Parse("Private fostering arrangements are checked by a social worker. They are not always reviewed on time.");
        document.Sentences.Should().HaveCount(2);
        var context = new AnalysisContext(document, new AnalysisOptions(), null!, CancellationToken.None)
        {
            SentenceLabels =
            [
                L(SentimentLabel.Neutral, ServiceArea.HelpAndProtection, fine: ServiceArea.PrivateFostering),
                L(SentimentLabel.Negative, ServiceArea.General),
            ],
        };

        // labelled sentence by sentence: "They" takes the areas of the sentence before
        context.SentenceLabelsInContext = false;
        Area(ServiceAreaAggregator.Aggregate(context), ServiceArea.PrivateFostering).Should().BeEquivalentTo(new { Mentions = 2, Sentiment = SentimentLabel.Negative });

        // labelled in the document: the neighbours are already in the labels, and are not counted again
        context.SentenceLabelsInContext = true;
        var inContext = ServiceAreaAggregator.Aggregate(context);
        Area(inContext, ServiceArea.PrivateFostering).Should().BeEquivalentTo(new { Mentions = 1, Sentiment = SentimentLabel.Neutral });
        inContext.Should().NotContain(a => a.Sentiment == SentimentLabel.Negative);
    }

    [Fact]
    public void A_sentence_that_refers_back_takes_the_previous_finer_area_only_under_its_parent()
    {
        SentenceLabel[] sameParent = [L(SentimentLabel.Neutral, ServiceArea.HelpAndProtection, fine: ServiceArea.FrontDoor), L(SentimentLabel.Positive, ServiceArea.HelpAndProtection)];
        Area(Run(sameParent, 1), ServiceArea.FrontDoor).Mentions.Should().Be(2);
        SentenceLabel[] otherParent = [L(SentimentLabel.Neutral, ServiceArea.HelpAndProtection, fine: ServiceArea.FrontDoor), L(SentimentLabel.Positive, ServiceArea.Workforce)];
        Area(Run(otherParent, 1), ServiceArea.FrontDoor).Mentions.Should().Be(1);
    }

    [Theory]
    [InlineData("This means they are not looked after.", 2)]
    [InlineData("“They told us they felt safe,” the report said.", 2)]
    [InlineData("Inspectors found that these children get a poor service.", 1)]
    [InlineData("Such arrangements are rare.", 2)]
    [InlineData("Private fostering is when a child lives with someone who is not a close relative.", 0)]
    [InlineData("The council said that thirty-one private fostering cases were on its books, a rise on the year before.", 0)]
    public void Reference_looks_at_the_first_words(string sentence, int expected)
    {
        ServiceAreaAggregator.Reference(sentence).Should().Be(expected);
    }

    private const string Article =
        "Thornwick children's services praised for front door but care leavers let down\n\n" +
        "Children's services in Thornwick have been rated good by Ofsted.\n\n" +
        "Inspectors said the council's front door was working well, with contacts and referrals dealt with quickly and thresholds clearly understood.\n\n" +
        "Social workers hold manageable caseloads and told inspectors their managers value and support them well.\n\n" +
        "However, the report found that too many care leavers were living in unsuitable accommodation.\n\n" +
        "Pathway plans for care leavers are often out of date and do not reflect what young people want.\n\n" +
        "The council's director of children's services said the authority would act on the findings.\n";

    [Fact]
    public void An_article_gets_an_area_summary_from_its_sentences()
    {
        var result = new ReportMiner().Analyze(Article).ServiceAreas;
        Area(result, ServiceArea.CareLeavers).Sentiment.Should().Be(SentimentLabel.Negative);
        Area(result, ServiceArea.Workforce).Sentiment.Should().Be(SentimentLabel.Positive);
        Area(result, ServiceArea.FrontDoor).Should().BeEquivalentTo(new { Sentiment = SentimentLabel.Positive, Parent = (ServiceArea?)ServiceArea.HelpAndProtection });
        foreach (var area in result)
        {
            area.Score.Should().BeInRange(-1, 1);
            area.Mentions.Should().Be(area.Evidence.Count);
            foreach (var e in area.Evidence)
            {
                e.Start.Should().BeLessThan(e.End);
                Article[e.Start..e.End].Should().NotStartWith(" ").And.NotBeEmpty();
                e.Confidence.Should().BeInRange(0, 1);
            }
        }
    }

    [Fact]
    public void A_text_without_sentences_has_no_areas()
    {
        new ReportMiner().Analyze("").ServiceAreas.Should().BeEmpty();
        new ReportMiner().Analyze("   \n\n  ").ServiceAreas.Should().BeEmpty();
    }

    [SharedFact]
    public void Seed_articles_come_out_as_the_issue_expects()
    {
        var miner = new ReportMiner();
        var seeds = Directory.GetFiles(SharedData.PathTo("seeds"), "*.txt").Select(File.ReadAllText).ToArray();
        var march = seeds.Single(t => t.Contains("March 16, 2020", StringComparison.Ordinal));
        var august = seeds.Single(t => t.Contains("Friday, August 2", StringComparison.Ordinal));

        var marchAreas = miner.Analyze(march).ServiceAreas;
        Area(marchAreas, ServiceArea.HelpAndProtection).Sentiment.Should().Be(SentimentLabel.Positive);

        var augustAreas = miner.Analyze(august).ServiceAreas;
        Area(augustAreas, ServiceArea.PrivateFostering).Sentiment.Should().Be(SentimentLabel.Negative);
        Area(augustAreas, ServiceArea.Workforce).Sentiment.Should().Be(SentimentLabel.Mixed);
    }

    [Fact]
    public void A_sentence_is_only_read_for_back_references_when_the_context_rule_could_change_its_label()
    {
        // every combination of a small grid of labels: where NeedsReference says no, Resolve gives
        // the label back unchanged however the sentence refers back; the grid includes labels it changes
        ServiceArea?[] fines = [null, ServiceArea.ChildProtection, ServiceArea.Fostering];
        ServiceArea[] areas = [ServiceArea.General, ServiceArea.HelpAndProtection, ServiceArea.ChildrenInCare, ServiceArea.Workforce];
        float[] confidences = [0.5f, 0.7f, 0.9f];
        var grid = (from area in areas from confidence in confidences from fine in fines
                    select new SentenceLabel(SentimentLabel.Positive, 0.9f, area, confidence, null, fine, fine is null ? 0f : 0.7f)).ToArray();
        int skipped = 0, changed = 0;
        foreach (var label in grid)
        {
            foreach (var previous in grid)
            {
                bool needs = ServiceAreaAggregator.NeedsReference(label, previous);
                for (int reference = 0; reference <= 2; reference++)
                {
                    var resolved = ServiceAreaAggregator.Resolve(label, previous, reference);
                    if (!needs) resolved.Should().Be(label);
                    else if (resolved != label) changed++;
                }

                if (!needs) skipped++;
            }
        }

        skipped.Should().BeGreaterThan(grid.Length * grid.Length / 2, "most pairs need no reading");
        changed.Should().BeGreaterThan(0);
    }
}
