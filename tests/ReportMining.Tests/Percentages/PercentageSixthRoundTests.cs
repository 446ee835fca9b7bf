using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// Measure rules from the errors of the news6 and fresh6 gold splits, on sentences written for
/// the project (fictional places and people).
/// </summary>
public class PercentageSixthRoundTests
{
    private static List<PercentageMention> Extract(string text) => PercentageExtractorTests.Extract(text);

    [Fact]
    public void A_past_verb_after_a_bare_figure_is_not_its_measure()
    {
        var found = Extract("The figures for 2019 show that 71% made good progress in reading and 80% in writing.");
        found.Select(p => p.Value).Should().Equal(71, 80);
        found.Select(p => p.Measure).Should().Equal(null, null);
    }

    [Fact]
    public void A_bare_figure_that_did_something_after_and_shares_the_group_before()
    {
        var found = Extract("In writing 64% of pupils made the expected progress and just over half made the expected progress in spelling (52%) and in science (57%).");
        found.Select(p => p.Value).Should().Equal(64, 50, 52, 57);
        found.Select(p => p.Measure).Should().Equal("pupils", "pupils", "pupils", "pupils");
    }

    [Fact]
    public void A_share_of_a_named_group_keeps_its_group_before_the_verb()
    {
        Extract("Half of the pupils made good progress in reading.")[0].Measure.Should().Be("pupils");
        Extract("Nearly a third of the carers received training in 2020.")[0].Measure.Should().Be("carers");
    }

    [Theory]
    [InlineData("Reviews are timely, with 98% of reviews completed within timescales.", "reviews")]
    [InlineData("Take-up of training is good, with 87% of places filled.", "places")]
    public void After_with_a_participle_after_the_group_is_what_the_share_does(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Placement stability for children in care in Kingston upon Thames is 70% and is good.", "Placement stability for children in care in Kingston upon Thames")]
    [InlineData("Of the care leavers in the study, 40% of care leavers waiting more than a year for a flat said they felt let down.", "care leavers waiting more than a year for a flat")]
    [InlineData("Nearly 30% of young people gaining five GCSEs went on to college.", "young people gaining five GCSEs")]
    [InlineData("Only 9% of children experiencing four or more moves were seen by a nurse.", "children experiencing four or more moves")]
    public void A_subject_keeps_a_place_name_and_a_participle_with_its_count(string text, string measure)
    {
        Extract(text).Last().Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The level of exclusions has risen and is now high, at 14%.", "level of exclusions")]
    [InlineData("The timeliness of health checks has improved but is still poor, at 73%.", "timeliness of health checks")]
    [InlineData("No pupils in care have been excluded in the past year, but the level of short exclusions has risen and is now high, at 14%.", "level of short exclusions")]
    [InlineData("Most plans are up to date, but the timeliness of visits has varied over the year and fell to 85% in May.", "timeliness of visits")]
    public void A_second_verb_after_and_takes_the_subject_of_its_own_clause(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_verb_of_holding_with_its_figure_ends_the_clause_before_and()
    {
        var found = Extract("Clinton received 38 percent, while Hale held 33 percent and Bloomberg had 10 percent.");
        found.Select(p => p.Measure).Should().Equal("Clinton", "Hale", "Bloomberg");
    }

    [Fact]
    public void A_lead_verb_before_by_is_not_part_of_the_leader()
    {
        var found = Extract("Rowe leads by 57 percent to 33 percent in the county poll.");
        found[0].Measure.Should().Be("Rowe");
    }

    [Theory]
    [InlineData("Tarrant's stock closed down 2.7 percent at $31.32.", "Tarrant's stock")]
    [InlineData("The Esk fund is up 4 percent so far this year.", "Esk fund")]
    public void A_figure_after_up_or_down_measures_the_subject_of_the_verb(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_change_noun_right_after_the_figure_is_its_measure()
    {
        Extract("The economy grew fast, averaging nearly 11 percent growth per year.")[0].Measure.Should().Be("growth");
    }

    [Fact]
    public void A_quoted_noun_after_the_figure_is_its_measure()
    {
        Extract("She backed a plan for a 16 percent ''business transfer tax'' on firms.")[0].Measure.Should().Be("business transfer tax");
    }

    [Fact]
    public void A_figure_between_spaced_dashes_restates_the_phrase_before_it()
    {
        Extract("Rowe is distrusted by a large number of voters - 62 percent - but that has stayed flat.")[0].Measure.Should().Be("voters");
    }

    [Fact]
    public void A_share_carried_from_the_sentence_before_is_its_group()
    {
        var found = Extract("Almost half of respondents said the party had changed. Thirty percent said the reason was the economy.");
        found.Select(p => p.Measure).Should().Equal("respondents", "respondents");
    }

    [Fact]
    public void A_hedge_before_the_article_of_a_figure_is_the_figures()
    {
        var p = Extract("Rowe won by about a 17 percentage point margin in the earlier contests.")[0];
        p.Text.Should().Be("about a 17 percentage point");
        p.Approximate.Should().BeTrue();
        p.Measure.Should().Be("margin");
    }

    [Theory]
    [InlineData("The proportion of care leavers who got a job in 2018/19 was 12%.", "care leavers who got a job")]
    [InlineData("The proportion of children in care who passed five exams in 2017–18 was 14%.", "children in care who passed five exams")]
    [InlineData("The share of new admissions to care during 2018/19 was 62%.", "new admissions to care")]
    public void A_year_range_before_the_verb_is_when_not_what(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void A_fraction_opening_its_sentence_before_a_past_verb_is_a_share()
    {
        var found = Extract("Most pupils in care did well. One third achieved five good passes, which is above the national figure.");
        found.Should().ContainSingle();
        found[0].Value.Should().Be(33.33);
        found[0].Measure.Should().Be("pupils in care");
    }

    [Fact]
    public void From_and_to_after_a_change_word_give_levels_of_what_changed()
    {
        var found = Extract("Attainment of pupils in care at GCSE in all subjects shows a decline from 35% in 2017 to 27% in 2018.");
        found.Select(p => p.Measure).Should().Equal("Attainment of pupils in care at GCSE in all subjects", "Attainment of pupils in care at GCSE in all subjects");
        Extract("As a result, there has been a sizeable reduction in turnover, to 15.6% in the first half of the year.")[0].Measure.Should().Be("turnover");
    }

    [Fact]
    public void The_size_of_a_change_still_measures_the_change_word()
    {
        Extract("There was a 15% rise in referrals over the year.")[0].Measure.Should().Be("rise");
    }

    [Fact]
    public void A_count_with_no_noun_before_an_adverb_and_a_verb_has_no_measure()
    {
        Extract("In the year 90 children left care, of whom 12 (13%) subsequently returned to care.")[0].Measure.Should().BeNull();
    }

    [Fact]
    public void A_participle_after_a_verb_that_takes_with_stays_in_the_group()
    {
        Extract("The youth worker has engaged with 84% of young people referred.")[0].Measure.Should().Be("young people referred");
    }
}
