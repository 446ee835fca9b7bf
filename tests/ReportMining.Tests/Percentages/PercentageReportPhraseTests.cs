using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// Phrases of inspection reports that a measure keeps whole or reads past: a repeat plan "for a second or subsequent time",
/// a "where" clause, a dated time after a participle, a trend something shows, "a further fifth", "very few".
/// Sentences written for the project (fictional councils).
/// </summary>
public class PercentageReportPhraseTests
{
    private static PercentageMention Last(string text) => PercentageExtractorTests.Extract(text)[^1];

    [Theory]
    [InlineData("The proportion of children in Ashby subject to a plan for a second or subsequent time in 2024 was 21%.",
        "children in Ashby subject to a plan for a second or subsequent time")]
    [InlineData("The rate of children becoming subject to a plan for a second time was 14%.", "rate of children becoming subject to a plan for a second time")]
    public void A_repeat_plan_is_part_of_the_measure(string text, string measure)
    {
        // "a second" is an ordinal here, not the unit of time a trailing time phrase is cut at
        Last(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The number of children on a plan where neglect is the main concern rose from 38% in 2022 to 51% in 2024.", "children on a plan where neglect is the main concern")]
    [InlineData("The proportion of plans where neglect is the main category was 44%.", "plans where neglect is the main category")]
    public void A_where_clause_in_the_subject_stays_in_the_measure(string text, string measure)
    {
        PercentageExtractorTests.Extract(text).Should().OnlyContain(p => p.Measure == measure);
    }

    [Theory]
    [InlineData("In 2024, 9% of those adopted during 2023–24 were over five.", "those adopted during 2023–24")]
    [InlineData("Minority ethnic adopters make up 13% of adopters recruited in 2024–25.", "adopters recruited in 2024–25")]
    [InlineData("The percentage of children adopted in 2023–24 was 13%.", "children adopted in 2023–24")]
    [InlineData("Ashby places more children far away (11.5% of those placed since June 2023).", "those placed since June 2023")]
    public void A_dated_time_after_a_participle_says_who_is_counted(string text, string measure)
    {
        Last(text).Measure.Should().Be(measure);
    }

    [Theory]
    // a time before the verb with no participle before it is when, not what
    [InlineData("The re-referral rate in Oakham for 2021 was 18%.", "re-referral rate in Oakham")]
    public void Other_times_stay_out(string text, string measure)
    {
        Last(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Care leavers in work or study shows a rising trend from 61% in 2021 to 70% in 2024.", "Care leavers in work or study")]
    [InlineData("The proportion of care leavers in work has shown an improving trend from 48% to 55% since 2022.", "care leavers in work")]
    public void A_trend_something_shows_measures_that_thing(string text, string measure)
    {
        PercentageExtractorTests.Extract(text).Should().OnlyContain(p => p.Measure == measure);
    }

    [Theory]
    [InlineData("The performance for 2024 so far shows a dip to 74% this spring.", "performance")]
    [InlineData("Timeliness of assessments has shown a steady rise to 81%.", "Timeliness of assessments")]
    public void A_change_to_a_level_that_something_shows_measures_that_thing(string text, string measure)
    {
        Last(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void Figures_that_show_a_change_are_a_source_not_the_measure()
    {
        Last("The council's latest figures show a drop to 5% this year.").Measure.Should().NotBe("council's latest figures");
    }

    [Fact]
    public void A_change_in_a_group_since_a_date_measures_the_group()
    {
        Last("Progress is clear in the fall in repeat referrals since May 2022 to 17%.").Measure.Should().Be("repeat referrals");
    }

    [Theory]
    [InlineData("The board's weekly data on performance on care plan reviews show that 61% were late in May.", "care plan reviews")]
    [InlineData("Data on return interviews shows that 40% were held within 72 hours.", "return interviews")]
    [InlineData("The latest figures for care leavers show that 58% are in education or work.", "care leavers")]
    public void A_bare_share_after_what_figures_about_a_group_show_is_of_that_group(string text, string measure)
    {
        PercentageExtractorTests.Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Stability for pupils in the same school for over three years is now 71.5%.", "Stability for pupils in the same school for over three years")]
    [InlineData("The proportion of children seen in the latest inspection window was 80%.", "children seen in the latest inspection window")]
    public void The_same_or_the_latest_before_a_noun_that_is_no_time_stays_in_the_measure(string text, string measure)
    {
        PercentageExtractorTests.Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void The_same_placement_is_no_scope()
    {
        PercentageExtractorTests.Single("Many of these pupils have stayed in the same school for three years or more (68%).").Scope.Should().BeNull();
    }

    [Theory]
    [InlineData("The workforce is stable, with low turnover rates (6.85%).", "turnover rates")]
    [InlineData("Ashby has high caseload levels (31%) in its assessment teams.", "caseload levels")]
    public void How_low_or_high_a_rate_is_is_not_the_measure(string text, string measure)
    {
        PercentageExtractorTests.Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_second_share_after_and_keeps_a_fronted_group()
    {
        var found = PercentageExtractorTests.Extract("Of these pupils, 64% are at primary school and 36% are at secondary school.");
        found.Select(p => p.Value).Should().Equal(64, 36);
        found.Should().OnlyContain(p => p.Measure == "pupils");
    }

    [Theory]
    [InlineData("Half of missing children were found within a day; a further fifth of pupils moved away.", "a further fifth", "pupils")]
    [InlineData("Another quarter of the carers left within a year.", "Another quarter", "carers")]
    [InlineData("An additional third of the budget went on agency staff.", "An additional third", "budget")]
    public void A_further_share_is_a_share(string text, string figure, string measure)
    {
        var p = Last(text);
        p.Text.Should().Be(figure);
        p.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("He waited a further quarter of an hour.")]
    [InlineData("The panel met a further third time in May.")]
    public void A_further_stretch_of_time_is_not_a_share(string text)
    {
        PercentageExtractorTests.Extract(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("In 2023, 60% of pupils reached the expected standard in reading, which is better than last year.", "pupils")]
    [InlineData("Only 35% of carers completed the survey, so the findings are limited.", "carers")]
    [InlineData("At age 16, 12% of the young people got five good passes, and this is rising.", "young people")]
    [InlineData("All told, 100% of schools in Ashby completed their safeguarding audits, which is better than in 2022.", "schools in Ashby")]
    public void A_verb_in_a_later_clause_does_not_make_the_group_run_on(string text, string measure)
    {
        // the verb after ", which", ", so" or ", and" belongs to a new clause; the share's own verb ends its group
        PercentageExtractorTests.Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_participle_after_the_group_stays_when_the_verb_comes_later()
    {
        PercentageExtractorTests.Single("In 2023, 40% of the children placed with relatives, which is a rise, were under five.")
            .Measure.Should().Be("children placed with relatives");
    }

    [Theory]
    [InlineData("Forty per cent of pupils between the ages of eight and 16 who have a plan get advocacy.", "pupils between the ages of eight and 16 who have a plan")]
    [InlineData("Just over half of young adults aged between 18 and 20 in Ashby are in work.", "young adults aged between 18 and 20 in Ashby")]
    public void An_age_range_stays_in_the_measure(string text, string measure)
    {
        PercentageExtractorTests.Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Very few children looked after (3%) attend a school judged inadequate.", "children looked after")]
    [InlineData("Too many initial conferences (56%) are held late.", "initial conferences")]
    [InlineData("Very few of those audited (9%) had a plan.", "those audited")]
    public void A_degree_and_a_quantifier_are_not_the_measure(string text, string measure)
    {
        PercentageExtractorTests.Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_plural_noun_after_of_that_could_be_a_verb_stays_in_the_subject()
    {
        PercentageExtractorTests.Single("In May, the rate of reports sent to conference was 64%.").Measure.Should().Be("rate of reports sent to conference");
    }

    [Theory]
    [InlineData("The timeliness of initial health checks is weak. For example, between April and June only 38% were held within 20 days.", "initial health checks")]
    [InlineData("School attendance for pupils in foster care is strong. As at 31 March 2024, 81% attended school on nine days in ten.", "pupils in foster care")]
    [InlineData("Quality of return interviews remains weak. In 2023, 30% were late.", "return interviews")]
    public void A_share_after_a_fronted_time_counts_what_the_sentence_before_was_about(string text, string measure)
    {
        PercentageExtractorTests.Extract(text)[0].Measure.Should().Be(measure);
    }

    [Fact]
    public void Which_after_a_verbs_object_stands_for_the_whole_object()
    {
        PercentageExtractorTests.Extract("The youth panel has produced a very low rate of reoffending for children in care, which is 3.1% against 7.2% nationally.")[0]
            .Measure.Should().Be("rate of reoffending for children in care");
    }

    [Fact]
    public void The_current_figure_restates_the_figure_before()
    {
        var found = PercentageExtractorTests.Extract("Care leavers in work rose to 48% in 2022. Tracking suggests that the current figure is 53%.");
        found.Should().HaveCount(2);
        found[1].Measure.Should().Be("Care leavers in work");
    }

    [Fact]
    public void A_rate_noun_after_with_and_a_figure_is_the_measure_with_the_ages_as_scope()
    {
        var p = PercentageExtractorTests.Single("Most care leavers are in work or college, with over 90% participation at age 17 and 18.");
        p.Measure.Should().Be("participation");
        p.Scope.Should().Be("age 17 and 18");
    }

    [Fact]
    public void A_span_of_time_between_the_verb_and_from_leaves_the_subject_measured()
    {
        PercentageExtractorTests.Extract("The turnover of agency staff in Esk has grown in the past twelve months, from 9.5% in 2022–23 to 12.1% in 2023–24.")
            .Should().HaveCount(2).And.OnlyContain(p => p.Measure == "turnover of agency staff in Esk");
    }

    [Fact]
    public void A_share_after_and_in_a_sentence_opened_by_almost_all_counts_the_group()
    {
        PercentageExtractorTests.Single("Almost all pupils who leave school early are offered a mentor and just over half take one.")
            .Measure.Should().Be("pupils who leave school early");
    }

    [Fact]
    public void Of_these_and_a_restated_count_takes_the_counted_group_of_the_sentence_before()
    {
        PercentageExtractorTests.Single("In Tarnside, 96 children stopped being looked after in 2023. Of these 96, 14% later came back into care.")
            .Measure.Should().Be("children");
    }

    [Fact]
    public void A_judged_subject_with_its_figure_after_the_clause_keeps_the_subject_and_the_place()
    {
        var found = PercentageExtractorTests.Extract("Attendance is good in the infant schools, at 97%. It is weaker for older pupils, at 90%.");
        found.Select(p => p.Measure).Should().Equal("Attendance", "Attendance");
        found.Select(p => p.Scope).Should().Equal("infant schools", "older pupils");
        PercentageExtractorTests.Single("This is clear from staff churn, which is low, at 2%.").Scope.Should().BeNull();
    }
}
