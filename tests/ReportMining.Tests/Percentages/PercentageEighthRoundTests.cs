using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// Rules from the errors of the news8 and fresh8 gold splits, on sentences written for the project
/// (fictional places, groups and figures).
/// </summary>
public class PercentageEighthRoundTests
{
    private static List<PercentageMention> Extract(string text) => PercentageExtractorTests.Extract(text);

    [Fact]
    public void Half_before_a_possessive_and_full_is_a_share_of_what_follows()
    {
        var found = Extract("Several nurseries were paid only half their full grant this spring.");
        found.Should().ContainSingle();
        found[0].Value.Should().Be(50);
        found[0].Measure.Should().Be("full grant");
    }

    [Fact]
    public void Half_full_is_still_no_share()
    {
        Extract("By noon the hall was half full of parents.").Should().BeEmpty();
    }

    [Fact]
    public void A_school_year_after_of_is_a_group_not_a_time()
    {
        var found = Extract("In 2019, one quarter of year 9 pupils in care had a tutor.");
        found.Should().ContainSingle();
        found[0].Value.Should().Be(25);
        found[0].Measure.Should().Be("year 9 pupils in care");
    }

    [Theory]
    [InlineData("In half of the plans read by inspectors, the child's wishes were missing.", "plans read")]
    [InlineData("The richest tenth of landlords took in half of all rent paid in Esk.", "rent paid in Esk")]
    public void In_half_of_something_is_a_share(string text, string measure)
    {
        var half = Extract(text).Single(p => p.Value == 50);
        half.Measure.Should().Be(measure);
    }

    [Fact]
    public void In_half_an_hour_is_still_no_share()
    {
        Extract("The duty team replied in half an hour.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("Most carers (88%) now attend training each year.", "carers")]
    [InlineData("Few families (4%) live more than 15 miles away.", "families")]
    [InlineData("Nearly all (97.5%) looked after reviews happen on time.", "looked after reviews")]
    [InlineData("The team hears from almost all of its young people (96% in May, by its own count).", "young people")]
    [InlineData("In the minority of visits (4%) where a parent was absent, notes were thin.", "visits")]
    public void A_quantifier_before_a_bracket_counts_its_group(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_superlative_most_stays_in_the_phrase()
    {
        Extract("The most recent figure (61% for June) shows a rise.")[0].Measure.Should().Be("most recent figure");
    }

    [Theory]
    [InlineData("Visits to children in need increased from 45% in 2019 to 80% in 2020.", "Visits to children in need")]
    [InlineData("Admissions to the unit increased from 12% in 2019 to 19% in 2020.", "Admissions to the unit")]
    public void To_after_a_noun_of_going_or_sending_stays_in_the_phrase(string text, string measure)
    {
        Extract(text).Should().AllSatisfy(p => p.Measure.Should().Be(measure));
    }

    [Theory]
    [InlineData("The share of pupils who return to foster care dropped from 8% to 3% over the year.", "return to foster care")]
    [InlineData("It is a strength that 72% of families return to universal support.", "families return to universal support")]
    public void To_after_a_verb_of_going_is_no_part_of_the_group(string text, string wrong)
    {
        Extract(text)[0].Measure.Should().NotBe(wrong);
    }

    [Theory]
    [InlineData("Figures for 2018 show that in Tarnby 17% of young people gained four good GCSEs including maths.", "young people")]
    [InlineData("In 2018 55% of children met the target grade in English, science and maths combined.", "children")]
    public void A_fronted_place_or_year_with_no_comma_leaves_the_share_as_subject(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Of these 64 children, 59% are from traveller families.", "children")]
    [InlineData("Of those schooled out of the county 71% attend schools in Esk.", "those schooled out of the county")]
    public void A_fronted_group_counts_without_its_number_or_its_comma(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_count_before_the_figure_in_a_bracket_leaves_the_phrase_before_it_as_the_measure()
    {
        var found = Extract("The largest groups are White Welsh (12,406 or 71.2%) and mixed heritage (1,093 or 6.3%).");
        found.Select(p => p.Value).Should().Equal(71.2, 6.3);
        found.Select(p => p.Measure).Should().Equal("White Welsh", "mixed heritage");
    }

    [Fact]
    public void A_lead_verb_with_a_pair_after_a_comma_gives_both_sides()
    {
        var found = Extract("Asked who would fix the roads, Hale trounced Moreno, 57 percent to 31 percent.");
        found.Select(p => p.Measure).Should().Equal("Hale", "Moreno");
    }

    [Theory]
    [InlineData("The Tarn index shed 31.2 points to close at 2410.5, down 3.1% from the previous Friday.", "Tarn index")]
    [InlineData("The Esk composite closed down 18.44 points, or 0.4 percent, to finish at 9,114.20.", "Esk composite")]
    public void A_figure_after_a_fall_in_points_measures_the_subject(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void From_after_a_share_gives_its_earlier_level()
    {
        var found = Extract("Lindel expects its exports to rise to 35% of total revenue from 28% a year before.");
        found.Select(p => p.Measure).Should().Equal("total revenue", "total revenue");
    }

    [Fact]
    public void Names_after_a_share_by_a_group_keep_the_group()
    {
        var found = Extract("Hale was picked by 41% of likely voters, Moreno by 33% and Platt by 12%.");
        found.Select(p => p.Measure).Should().AllBe("likely voters");
    }

    [Fact]
    public void Names_in_a_colon_list_after_by_stay_scopes()
    {
        var found = Extract("Takings rose at four of the piers: Ashby by 12.5 percent; Tarnside by 6.1 percent; and Wray by 2.2 percent.");
        found.Select(p => p.Measure).Should().AllBe("Takings");
        found.Select(p => p.Scope).Should().Equal("Ashby", "Tarnside", "Wray");
    }

    [Fact]
    public void A_plural_possessive_opens_the_subject()
    {
        var found = Extract("Foster carers’ use of the training portal rose from 7% in 2015 to 69% in 2016.");
        found.Select(p => p.Measure).Should().AllBe("Foster carers’ use of the training portal");
    }

    [Fact]
    public void A_quoted_name_stays_inside_the_clause()
    {
        Extract("Responses at ‘step two’, the effect on casework, are high at 48%.")[0].Measure.Should().StartWith("Responses");
    }

    [Fact]
    public void A_count_after_a_preposition_leaves_its_noun_beside_the_bracket()
    {
        Extract("This is a rise on four children (11.8%) in 2016–17.")[0].Measure.Should().Be("children");
    }

    [Fact]
    public void The_object_of_a_verb_before_comma_at_is_the_measure_and_which_carries_it()
    {
        var found = Extract("The figures show timeliness of reviews, at 61.2% in March 2019, which rose to 84% in June 2019.");
        found.Select(p => p.Measure).Should().Equal("timeliness of reviews", "timeliness of reviews");
    }

    [Fact]
    public void An_ing_participle_keeps_its_bare_object()
    {
        Extract("Take-up is high, at a rate of 97% of pupils over ten receiving home visits.")[0].Measure
            .Should().Be("pupils over ten receiving home visits");
    }

    [Fact]
    public void A_bare_share_after_a_fronted_participle_clause_takes_the_group_of_the_sentence_before()
    {
        var found = Extract("Asked if the plan was fair, 46 percent of tenants said yes, against 21 percent who called it unfair. Twenty-four percent were unsure.");
        found.Select(p => p.Measure).Should().AllBe("tenants");
    }

    [Fact]
    public void A_margin_of_error_keeps_its_whole_name()
    {
        Extract("The poll of 800 tenants has an overall margin of error of plus or minus 3.1 percentage points.")[0].Measure.Should().Be("margin of error");
    }

    [Fact]
    public void Breaking_a_share_is_reaching_it()
    {
        Extract("In his home county, Hale could not break 40 percent.")[0].Measure.Should().Be("Hale");
    }

    [Theory]
    [InlineData("In the year, 118 pupils left care, of whom 12% later came back.", "pupils")]
    [InlineData("In the year, 118 pupils left care, of whom 14 (12%) later came back.", "pupils")]
    [InlineData("At the visit, 211 families had plans, of which 31 (15%) were second plans.", "plans")]
    [InlineData("In May, 940 calls were logged, of which 412 (44%) needed no action.", "calls")]
    public void Of_whom_or_of_which_after_a_comma_counts_the_group_before_it(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void Of_whom_after_a_count_with_no_noun_has_no_measure()
    {
        Extract("22 are in children's homes, of whom 41% are placed in other counties.")[0].Measure.Should().BeNull();
    }

    [Fact]
    public void This_opening_a_clause_carries_the_figure_of_the_sentence_before()
    {
        var found = Extract("The absence rate for pupils in care is 7.2%. This remains higher than similar areas at 6.3% and well above England's 5.9%.");
        found[1].Measure.Should().Be("absence rate for pupils in care");
        found[1].Scope.Should().Be("similar areas");

        var change = Extract("The share of pupils on a second plan was 16% in 2019. This is a rise from 6% in 2018.");
        change[1].Measure.Should().Be(change[0].Measure);
        change[1].Measure.Should().NotBeNull();
    }

    [Fact]
    public void A_lead_pair_after_a_margin_noun_gives_leader_and_rival()
    {
        var found = Extract("Hale leads Moreno in county polls by a four-percentage-point margin, 47.2 percent to 43 percent, on the latest average.");
        found.Select(p => p.Measure).Should().Equal("margin", "Hale", "Moreno");
    }

    [Fact]
    public void A_lead_of_a_pair_over_a_rival_gives_the_name_before_with_and_the_name_after_over()
    {
        var found = Extract("A survey in March found Hale with a lead of 51 percent to 44 percent over Mr. Moreno.");
        found.Select(p => p.Measure).Should().Equal("Hale", "Mr. Moreno");
    }
}
