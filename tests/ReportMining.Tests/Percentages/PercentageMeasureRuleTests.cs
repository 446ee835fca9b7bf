using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// Measure and scope rules added for the fresh3 gold split, on sentences written for the project
/// (fictional councils): defining relative clauses, a figure that opens its sentence as the whole
/// subject, "although one in ten do not", "a drop in X of 15%", age ranges, "18-year-olds" and
/// "is high at 31%".
/// </summary>
public class PercentageMeasureRuleTests
{
    private static PercentageMention Single(string text) => PercentageExtractorTests.Single(text);

    [Theory]
    [InlineData("In Northbury, over half of the children who are on a protection plan are seen every week.", "children who are on a protection plan")]
    [InlineData("Harfield acted within a month for 70% of children for whom a court order was sought, the panel heard.", "children for whom a court order was sought")]
    [InlineData("Only 35% of the young people who left care in Dunmore last spring have a flat of their own.", "young people who left care in Dunmore last spring")]
    public void A_defining_relative_clause_stays_in_the_measure(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_subject_keeps_its_relative_clause_up_to_the_main_verb()
    {
        var found = PercentageExtractorTests.Extract("In Ashby the number of pupils who have moved school twice has fallen, from 14% to 9% this year.");
        found.Select(p => p.Value).Should().Equal(14, 9);
        found.Should().OnlyContain(p => p.Measure == "pupils who have moved school twice");
    }

    [Theory]
    [InlineData("Inspectors found that there are 100% tracking returns for pupils in Dunmore.", "tracking returns for pupils in Dunmore")]
    [InlineData("Although the audit rate is low, there is 100% compliance with statutory visits.", "compliance with statutory visits")]
    [InlineData("The panel heard that there have been 30% fewer foster carers since 2022.", "foster carers")]
    public void After_an_existential_there_the_words_after_the_figure_are_measured(string text, string measure)
    {
        PercentageExtractorTests.Extract(text)[^1].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_pronoun_after_a_place_in_a_heading_list_is_the_heading()
    {
        var text = "Pupils in Dunmore who speak Welsh at home:\n\n in primary schools this is 17.5% (the national average is 8%)\n\n in secondary schools it is 11% (the national average is 7%).";
        var found = PercentageExtractorTests.Extract(text);
        found.Select(p => p.Value).Should().Equal(17.5, 8, 11, 7);
        found[0].Measure.Should().Be("Pupils in Dunmore who speak Welsh at home");
        found[0].Scope.Should().Be("primary schools");
        found[2].Measure.Should().Be("Pupils in Dunmore who speak Welsh at home");
        found[2].Scope.Should().Be("secondary schools");
        found[3].Measure.Should().Be("national average");
    }

    [Fact]
    public void A_relative_clause_that_ends_the_sentence_is_what_the_share_does()
    {
        // the clause says what the 30% did; the share is of the carers
        Single("Support stopped for 30% of the carers who moved away.").Measure.Should().Be("carers");
    }

    [Fact]
    public void A_list_heading_keeps_its_relative_clause()
    {
        var text = "The proportion of pupils who speak Welsh at home:\n\n in infant schools is 12% (the national figure is 9%)\n\n in junior schools is 10% (the national figure is 7%).";
        var found = PercentageExtractorTests.Extract(text);
        found.Select(p => p.Value).Should().Equal(12, 9, 10, 7);
        found[0].Measure.Should().Be("pupils who speak Welsh at home");
        found[0].Scope.Should().Be("infant schools");
        found[2].Measure.Should().Be("pupils who speak Welsh at home");
        found[3].Measure.Should().Be("national figure");
    }

    [Fact]
    public void A_figure_opening_its_sentence_is_a_share_of_the_subject_before()
    {
        var text = "Most care leavers in Eastmoor are in work or training. Around two thirds are in college.";
        var p = Single(text);
        p.Value.Should().BeApproximately(66.67, 0.01);
        p.Approximate.Should().BeTrue();
        p.Measure.Should().Be("care leavers in Eastmoor");
        text[p.MeasureStart!.Value..p.MeasureEnd!.Value].Should().Be("care leavers in Eastmoor");
    }

    [Fact]
    public void A_figure_opening_a_new_paragraph_takes_nothing_from_the_paragraph_before()
    {
        var p = Single("Most care leavers in Eastmoor are in work or training.\n\nAround two thirds are in college.");
        p.Measure.Should().BeNull();
    }

    [Fact]
    public void Although_one_in_ten_do_not_reads_the_clause_before()
    {
        var p = Single("Foster carers in Dunmore have finished their training, although one in ten have not.");
        p.Value.Should().Be(10);
        p.Measure.Should().Be("Foster carers in Dunmore");
    }

    [Fact]
    public void A_change_in_something_of_a_figure_measures_the_change()
    {
        var p = Single("A drop in exclusions from Westvale schools of 15% was reported this year.");
        p.Measure.Should().Be("drop");
        p.Scope.Should().Be("exclusions from Westvale schools");
    }

    [Theory]
    [InlineData("About 40% of care leavers aged 19–21 are in education.", "care leavers aged 19–21")]
    [InlineData("Roughly 40% of care leavers aged 19 to 21 are studying.", "care leavers aged 19 to 21")]
    public void An_age_range_stays_in_the_measure(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_number_joined_to_year_olds_is_a_measure()
    {
        Single("Caldmoor had issued passports, with 75% of 18-year-olds given one by March.").Measure.Should().StartWith("18-year-olds");
    }

    [Theory]
    [InlineData("Staff turnover in Pemberley is high at 31%.", "Staff turnover in Pemberley")]
    [InlineData("Dental checks for children in care remain poor at 64%.", "Dental checks for children in care")]
    public void A_predicate_adjective_is_never_the_measure(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The social work vacancy rate as at 31 March 2025 was 17%.", "social work vacancy rate")]
    [InlineData("The agency rate as of June was 22%, higher than the year before.", "agency rate")]
    [InlineData("The vacancy rate, as at March, was 11%.", "vacancy rate")]
    public void As_at_or_as_of_a_date_is_when_not_the_subject(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Councils have seen demand for foster placements grow by 30% since 2020.", "demand for foster placements")]
    [InlineData("The service has seen a fall in the number of late reviews from 14% this year.", "late reviews")]
    [InlineData("Children seen within timescales rose to 91%.", "Children seen within timescales")]
    public void Has_seen_is_a_verb_and_what_it_saw_is_measured(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The rate of children in need in Esk is 12% higher than in similar areas.", "rate of children in need in Esk")]
    [InlineData("Timely visits to children in need rose to 84%.", "Timely visits to children in need")]
    public void In_need_is_a_noun_phrase_not_a_past_verb(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }
}
