using ReportMining.Percentages;
using ReportMining.Text;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// The percentage extractor on sentences written for the project (fictional councils), one
/// form at a time: figures, words, ranges, points, proportions, hedges, measures, scopes,
/// and the things that are not percentages.
/// </summary>
public class PercentageExtractorTests
{
    internal static List<PercentageMention> Extract(string text)
    {
        using var document = Document.Parse(text);
        var found = PercentageExtractor.Extract(document);
        foreach (var p in found)
        {
            p.Text.Should().Be(text[p.Start..p.End], "every text equals its slice");
            if (p.MeasureStart is int ms) ms.Should().BeLessThan(p.MeasureEnd!.Value);
        }

        return found;
    }

    /// <summary>The one percentage found in <paramref name="text"/> (the tests of every percentage rule share it).</summary>
    internal static PercentageMention Single(string text)
    {
        var found = Extract(text);
        found.Should().ContainSingle($"one percentage in: {text}");
        return found[0];
    }

    /// <summary>The words a span covers, with line breaks read as spaces.</summary>
    private static string? Words(string text, int? start, int? end) =>
        start is null ? null : string.Join(' ', text[start.Value..end!.Value].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [Theory]
    [InlineData("Across Northbury the vacancy rate is 40% this spring.", "40%", 40)]
    [InlineData("Some 44 per cent of councils in the survey were rated good.", "Some 44 per cent", 44)]
    [InlineData("Only 12 percent of the foster carers in Eastmoor are men.", "12 percent", 12)]
    [InlineData("Kingsbridge says 60pc of referrals came from the police.", "60pc", 60)]
    [InlineData("The timeliness of assessments improved to 86.5% in Westvale.", "86.5%", 86.5)]
    [InlineData("Forty per cent of the audited cases in Dunmore lacked a plan.", "Forty per cent", 40)]
    [InlineData("Forty-four per cent of social workers in Ashby said caseloads were too high.", "Forty-four per cent", 44)]
    [InlineData("Ninety two per cent of young people in Harfield took part in their reviews.", "Ninety two per cent", 92)]
    [InlineData("The board said one hundred per cent of visits in Caldmoor were on time.", "one hundred per cent", 100)]
    [InlineData("The rate in Pemberley is 7 % after the change.", "7 %", 7)]
    [InlineData("Rates rose to 1,250% of the 2010 level.", "1,250%", 1250)]
    public void Reads_figures_in_each_form(string text, string words, double value)
    {
        var p = Single(text);
        p.Text.Should().Be(words);
        p.Value.Should().Be(value);
        p.Kind.Should().Be(PercentageKind.Percent);
    }

    [Fact]
    public void Reads_a_figure_broken_over_a_line_and_a_page_break()
    {
        var text = "The share of agency social workers in Northbury was 38 per\ncent in March.";
        var p = Single(text);
        p.Value.Should().Be(38);
        p.Text.Should().Be("38 per\ncent");
    }

    [Fact]
    public void Reads_a_number_glued_to_the_word_before_it()
    {
        // text converted from PDF sometimes loses a space: "there are100%"
        var p = Single("Inspectors noted that there are100% tracking returns in Caldmoor.");
        p.Text.Should().Be("100%");
        p.Value.Should().Be(100);
        p.Measure.Should().Be("tracking returns in Caldmoor");
    }

    [Theory]
    [InlineData("In Caldmoor the rate for children in care is 3.1% (the England average is19.4%).", "19.4%", 19.4, "England average")]
    [InlineData("The rate fell from 7.7% in 2019 to5.2% in 2024.", "5.2%", 5.2, "rate")]
    [InlineData("Agency use in the assessment teams was at14.25% in March.", "14.25%", 14.25, "Agency use in the assessment teams")]
    public void Reads_a_decimal_glued_to_the_word_before_it(string text, string figure, double value, string measure)
    {
        // the word, the point and the decimals are three tokens; the figure is the whole number with its decimals, and
        // the word before it reads as the verb or preposition it is
        var p = PercentageExtractorTests.Extract(text)[^1];
        p.Text.Should().Be(figure);
        p.Value.Should().Be(value);
        p.Measure.Should().Be(measure);
    }

    [Fact]
    public void A_name_with_digits_is_not_split()
    {
        var p = Single("Covid19 admissions in Caldmoor rose 5% in May.");
        p.Value.Should().Be(5);
        p.Measure.Should().Be("Covid19 admissions in Caldmoor");
    }

    [Theory]
    [InlineData("half of all children in Eastmoor", 50)]
    [InlineData("a third of the social work posts", 33.33)]
    [InlineData("one third of the audited cases", 33.33)]
    [InlineData("two thirds of the families", 66.67)]
    [InlineData("two-thirds of the families", 66.67)]
    [InlineData("three quarters of the care leavers", 75)]
    [InlineData("three-quarters of the care leavers", 75)]
    [InlineData("a quarter of the plans", 25)]
    [InlineData("a fifth of the adopters", 20)]
    [InlineData("one in five children", 20)]
    [InlineData("one in every four children", 25)]
    [InlineData("1 in 10 children", 10)]
    [InlineData("nine out of ten councils", 90)]
    [InlineData("12 out of 15 cases", 80)]
    [InlineData("two out of the three indicators", 66.67)]
    public void Reads_proportions_said_in_words(string phrase, double value)
    {
        var text = $"In the Dunmore audit, {phrase} needed a better plan.";
        var p = Single(text);
        p.Kind.Should().Be(PercentageKind.Proportion);
        p.Value.Should().Be(value);
        p.Approximate.Should().BeFalse();
    }

    [Theory]
    [InlineData("nearly", PercentageModifier.Approx)]
    [InlineData("almost", PercentageModifier.Approx)]
    [InlineData("about", PercentageModifier.Approx)]
    [InlineData("around", PercentageModifier.Approx)]
    [InlineData("approximately", PercentageModifier.Approx)]
    [InlineData("roughly", PercentageModifier.Approx)]
    [InlineData("some", PercentageModifier.Approx)]
    [InlineData("more than", PercentageModifier.MoreThan)]
    [InlineData("over", PercentageModifier.MoreThan)]
    [InlineData("just over", PercentageModifier.MoreThan)]
    [InlineData("well over", PercentageModifier.MoreThan)]
    [InlineData("under", PercentageModifier.LessThan)]
    [InlineData("less than", PercentageModifier.LessThan)]
    [InlineData("fewer than", PercentageModifier.LessThan)]
    [InlineData("just under", PercentageModifier.LessThan)]
    [InlineData("up to", PercentageModifier.EqualOrLess)]
    [InlineData("at least", PercentageModifier.EqualOrMore)]
    public void A_hedge_is_part_of_the_mention_and_makes_it_approximate(string hedge, PercentageModifier modifier)
    {
        foreach (var figure in new[] { "40%", "half", "a third", "one in five" })
        {
            var text = $"In Westvale {hedge} {figure} of the children had a plan.";
            var p = Single(text);
            p.Text.Should().Be($"{hedge} {figure}");
            p.Approximate.Should().BeTrue();
            p.Modifier.Should().Be(modifier);
            Words(text, p.MeasureStart, p.MeasureEnd).Should().Be("children");
        }
    }

    [Fact]
    public void An_unhedged_figure_is_exact()
    {
        var p = Single("Only 15% of the children in Ashby had a plan.");
        p.Approximate.Should().BeFalse();
        p.Modifier.Should().BeNull();
    }

    [Fact]
    public void A_hedge_after_the_figure_counts_too()
    {
        var p = Single("In Ashby 80% or more of the plans were up to date.");
        p.Text.Should().Be("80% or more");
        p.Modifier.Should().Be(PercentageModifier.EqualOrMore);
        p.Measure.Should().Be("plans");
    }

    [Fact]
    public void Went_up_to_is_a_level_reached_not_a_cap()
    {
        var p = Single("The vacancy rate in Caldmoor went up to 35% last winter.");
        p.Approximate.Should().BeFalse();
        p.Measure.Should().Be("vacancy rate in Caldmoor");
    }

    [Theory]
    [InlineData("Between 20% and 30% of placements ended early in Dunmore.", "20%", "30%")]
    [InlineData("In Dunmore 20-30% of placements ended early.", "20", "30%")]
    [InlineData("In Dunmore 20–30% of placements ended early.", "20", "30%")]
    [InlineData("In Dunmore 20 to 30 per cent of placements ended early.", "20", "30 per cent")]
    [InlineData("In Dunmore between 20 and 30 per cent of placements ended early.", "20", "30 per cent")]
    public void A_range_gives_one_mention_per_figure_with_the_same_measure(string text, string first, string second)
    {
        var found = Extract(text);
        found.Select(p => p.Text).Should().Equal(first, second);
        found.Select(p => p.Value).Should().Equal(20, 30);
        found.Should().OnlyContain(p => p.Measure == "placements");
    }

    [Fact]
    public void A_year_range_before_a_figure_is_not_a_range()
    {
        var found = Extract("Re-referrals in Ashby fell from 37% in 2014–15 to 22% this year.");
        found.Select(p => p.Value).Should().Equal(37, 22);
        found.Should().OnlyContain(p => p.Measure == "Re-referrals in Ashby");
    }

    [Theory]
    [InlineData("The turnover rate in Harfield rose by five percentage points.", "five percentage points", 5)]
    [InlineData("The turnover rate in Harfield rose by 5 percentage points.", "5 percentage points", 5)]
    [InlineData("The turnover rate in Harfield rose by 5.5 % points.", "5.5 % points", 5.5)]
    public void Percentage_points_are_their_own_kind_with_the_rate_as_measure(string text, string words, double value)
    {
        var p = Single(text);
        p.Text.Should().Be(words);
        p.Value.Should().Be(value);
        p.Kind.Should().Be(PercentageKind.PercentagePoints);
        p.Measure.Should().Be("turnover rate in Harfield");
    }

    [Theory]
    [InlineData("The Courier poll of 600 parents has a margin of error of plus or minus 3.5 points.", "3.5 points", 3.5)]
    [InlineData("Its error margin is four points for carers and 5 points for staff.", "5 points", 5)]
    public void Points_of_a_polls_error_margin_are_percentage_points(string text, string last, double value)
    {
        var p = Extract(text).Last();
        p.Text.Should().Be(last);
        p.Value.Should().Be(value);
        p.Kind.Should().Be(PercentageKind.PercentagePoints);
    }

    [Theory]
    [InlineData("Hale leads Moreno by six points, within the poll's margin of error.")]
    [InlineData("The under-12s scored 12 points in the second half.")]
    [InlineData("There was a margin of error; the team still scored 9 points.")]
    public void Other_points_are_not_percentages(string text)
    {
        Extract(text).Should().BeEmpty(text);
    }

    [Fact]
    public void The_vacancy_rate_sentence_gives_measure_and_scope()
    {
        var text = "Overall, the vacancy rate in Northbury is 40%, but this rises to 80% in the assessment teams.";
        var found = Extract(text);
        found.Should().HaveCount(2);
        found[0].Measure.Should().Be("vacancy rate in Northbury");
        found[0].Scope.Should().BeNull();
        found[1].Value.Should().Be(80);
        found[1].Measure.Should().Be("vacancy rate in Northbury", "'this' points back to the first clause");
        found[1].Scope.Should().Be("assessment teams");
        Words(text, found[1].ScopeStart, found[1].ScopeEnd).Should().Be("assessment teams");
        Words(text, found[1].MeasureStart, found[1].MeasureEnd).Should().Be("vacancy rate in Northbury");
    }

    [Theory]
    [InlineData("The vacancy rate is 40% across the county.", "vacancy rate")]
    [InlineData("In Eastmoor 40% of social workers are agency staff.", "social workers")]
    [InlineData("The survey found 44 per cent of councils had a waiting list.", "councils")]
    [InlineData("Westvale reported a rate of 12% for re-referrals.", "rate")]
    [InlineData("The proportion of children seen within timescales rose to 91%.", "children seen within timescales")]
    [InlineData("The share of care leavers in work, training or college was 62%.", "care leavers in work, training or college")]
    [InlineData("Attendance of children looked after is very high (96%).", "Attendance of children looked after")]
    [InlineData("The percentage of re-referrals (18%) is lower than last year.", "re-referrals")]
    [InlineData("The timeliness of reviews, at 97%, is a strength.", "timeliness of reviews")]
    [InlineData("Dunmore saw a 15% rise in referrals.", "rise")]
    [InlineData("Just under half (47%) of children subject to a plan were seen weekly.", "children subject to a plan")]
    [InlineData("Only seven (39%) care leavers were in work.", "care leavers")]
    [InlineData("Of the 68 approved adopters, half were from outside the area.", "approved adopters")]
    [InlineData("In Ashby, one in five children waited more than a year.", "children")]
    [InlineData("Caseloads have fallen by half since the spring.", "Caseloads")]
    [InlineData("Kingsbridge has cut the use of agency workers from 47% to 12%.", "use of agency workers")]
    [InlineData("The share of children placed more than 20 miles from home rose to 16%.", "children placed more than 20 miles from home")]
    [InlineData("The proportion of child protection visits made on time rose to 91% in Ashby.", "child protection visits made on time")]
    [InlineData("Ofsted rated 12% of councils inadequate.", "councils")]
    [InlineData("The figure for England was 31 per cent.", "figure for England")]
    [InlineData("Ninety per cent of home educated pupils in Dunmore were seen.", "home educated pupils in Dunmore")]
    [InlineData("Almost a quarter of the children looked after for more than twelve months had no dental check.", "children looked after for more than twelve months")]
    [InlineData("In Westvale 55% of children over 11 years old go to their own review meetings.", "children over 11 years old")]
    [InlineData("Children looked after in Ashby see a dentist, though one in five have no dentist of their own.", "Children looked after in Ashby")]
    [InlineData("Emotional abuse features in 78% of children with plans, neglect in 49% and physical abuse in 6%.", "children with plans")]
    public void Finds_what_a_figure_measures(string text, string measure)
    {
        var found = Extract(text);
        found.Should().NotBeEmpty();
        found.Should().OnlyContain(p => p.Measure == measure, $"in: {text}");
        Words(text, found[0].MeasureStart, found[0].MeasureEnd).Should().Be(measure);
    }

    [Fact]
    public void A_comparison_keeps_the_measure_and_takes_a_scope()
    {
        var found = Extract("Children of minority ethnic heritage make up 12% of all children living in Ashby, compared with 22% in the nation as a whole.");
        found.Should().HaveCount(2);
        found.Should().OnlyContain(p => p.Measure == "children living in Ashby");
        found[1].Scope.Should().Be("nation as a whole");
    }

    [Fact]
    public void A_list_heading_gives_the_measure_of_its_items()
    {
        var text = "The proportion of pupils entitled to free school meals:\n\n in primary schools is 8.5% (the national average is 16%)\n\n in secondary schools is 6.5% (the national average is 14%).";
        var found = Extract(text);
        found.Select(p => p.Value).Should().Equal(8.5, 16, 6.5, 14);
        found[0].Measure.Should().Be("pupils entitled to free school meals");
        found[0].Scope.Should().Be("primary schools");
        found[1].Measure.Should().Be("national average");
        found[2].Measure.Should().Be("pupils entitled to free school meals");
        found[2].Scope.Should().Be("secondary schools");
    }

    [Fact]
    public void A_measure_is_carried_from_a_figure_before()
    {
        var found = Extract("Re-referrals in Harfield fell from 31% in 2022 to 24% in 2023, against 22% nationally.");
        found.Select(p => p.Value).Should().Equal(31, 24, 22);
        found.Should().OnlyContain(p => p.Measure == "Re-referrals in Harfield");
    }

    [Fact]
    public void A_pronoun_in_the_next_sentence_carries_the_measure()
    {
        var found = Extract("The vacancy rate in Ashby was 30% in May. It rose to 36% by July.");
        found.Select(p => p.Measure).Should().Equal("vacancy rate in Ashby", "vacancy rate in Ashby");
    }

    [Fact]
    public void A_proportion_named_in_a_sentence_without_figures_is_the_group_of_a_bare_proportion_after_it()
    {
        var found = Extract("The proportion of care leavers in Harfield with a personal adviser has risen. In 2023 the proportion was 92%.");
        found.Should().ContainSingle().Which.Measure.Should().StartWith("care leavers in Harfield");

        // with no proportion named before, a bare "the proportion" names nothing
        Extract("Staffing in Harfield has improved. In 2023 the proportion was 92%.").Should().ContainSingle().Which.Measure.Should().BeNull();
    }

    [Theory]
    [InlineData("The service in Harfield took on 60 newly qualified social workers last year. Of these, 80% are still in post.", "newly qualified social workers")]
    [InlineData("Inspectors in Ashby sampled 40 cases in March. About a quarter of these lacked a clear plan.", "cases")]
    [InlineData("Eastmoor's fostering team approved 24 new households. Nearly half of them care for teenagers.", "new households")]
    [InlineData("The virtual school in Ashby tracked 30 pupils in Year 11. In September, 92% of these looked after young people were in education.", "looked after young people")]
    public void These_after_a_counted_group_in_the_sentence_before_counts_that_group(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The council in Dunmore spent £40 million on placements. Of these, 30% were outside the county.")]
    [InlineData("Dunmore has waited for 12 months. Of these, 30% were outside the county.")]
    public void A_sum_or_a_time_in_the_sentence_before_is_no_counted_group(string text)
    {
        Single(text).Measure.Should().NotBe("million on placements").And.NotBe("months");
    }

    [Fact]
    public void A_figure_that_names_nothing_has_no_measure()
    {
        var p = Single("Of this number, 95 (or 59.4%) live outside the area.");
        p.Measure.Should().BeNull();
    }

    [Theory]
    [InlineData("The council reported strong third-quarter results.")]
    [InlineData("In the first half of the year the team was short-staffed.")]
    [InlineData("The second half of the meeting covered fostering.")]
    [InlineData("Each visit lasted a quarter of an hour.")]
    [InlineData("Clubs ran during half-term and the half term after it.")]
    [InlineData("A third party reviewed the complaint.")]
    [InlineData("A third sector agency ran the sessions.")]
    [InlineData("He was seventeen and a half when he left care.")]
    [InlineData("The wait was six and a half months.")]
    [InlineData("Staff are 100 per cent committed to the children they support.")]
    [InlineData("We are one hundred percent behind the new director.")]
    [InlineData("The director said she was 100% sure the plan would work.")]
    [InlineData("Leaders are 100% on board with the new model.")]
    [InlineData("The director said she had 100 per cent confidence in her managers.")]
    [InlineData("Three children out of care were moved to new homes.")]
    [InlineData("The council employs 240 social workers and 35 managers.")]
    [InlineData("The team saw 1,200 families in 2023 and 30 more in 2024.")]
    [InlineData("Providers grew from one in 2012 to nine in 2015.")]
    [InlineData("She described it as one in which children flourish.")]
    [InlineData("Two children live out of area and one in a residential school.")]
    [InlineData("Children placed out of county are visited monthly.")]
    [InlineData("The percentage of care leavers in work has fallen.")]
    [InlineData("The majority of children are seen on time and most plans are good.")]
    [InlineData("Ashby is the third best performing authority in the region.")]
    [InlineData("Every third meeting is held in the evening.")]
    [InlineData("The children's services cost £3.5m per quarter.")]
    [InlineData("Rated 10 out of 10 by the young people.")]
    [InlineData("Under section 20 to 34 children were accommodated.")]
    public void Not_percentages(string text)
    {
        Extract(text).Should().BeEmpty($"nothing in: {text}");
    }

    [Theory]
    [InlineData("In Harfield, 17 young people out of 135 gained five GCSEs.", "17 young people out of 135", 12.59)]
    [InlineData("Eleven children out of a total of 19 were adopted within a year.", "Eleven children out of a total of 19", 57.89)]
    public void A_count_of_a_noun_out_of_a_total_is_a_proportion(string text, string words, double value)
    {
        var p = Single(text);
        p.Text.Should().Be(words);
        p.Value.Should().Be(value);
        p.Kind.Should().Be(PercentageKind.Proportion);
    }

    [Fact]
    public void A_day_of_a_month_before_to_is_not_the_start_of_a_range()
    {
        var found = Extract("Take-up in Harfield went from 40% on July 14 to 46% on August 1.");
        found.Select(p => p.Value).Should().Equal(40, 46);
    }

    [Fact]
    public void Turned_around_is_a_verb_and_or_better_a_hedge()
    {
        Single("The programme has turned around 90% of its families.").Approximate.Should().BeFalse();
        var p = Single("The service usually meets 90% or better.");
        p.Approximate.Should().BeTrue();
        p.Modifier.Should().Be(PercentageModifier.EqualOrMore);
        p.Text.Should().Be("90% or better");
    }

    [Theory]
    [InlineData("Visits within timescales rose from 80% in May to 100% in June.", 2)]
    [InlineData("Reviews held on time went up to 100 per cent in the last quarter.", 1)]
    [InlineData("Plans were 100% on time in March.", 1)]
    public void A_hundred_per_cent_before_in_or_on_is_still_a_figure(string text, int count)
    {
        var found = Extract(text);
        found.Should().HaveCount(count, text);
        found.Last().Value.Should().Be(100);
    }

    [Fact]
    public void Half_as_a_proportion_in_its_common_shapes()
    {
        Extract("Half the staff in Dunmore are agency workers.").Should().ContainSingle().Which.Measure.Should().Be("staff in Dunmore");
        Extract("Of the eight adopters in Dunmore, half are seeking dual approval.").Should().ContainSingle().Which.Value.Should().Be(50);
        Extract("Referrals in Dunmore have dropped by almost a half.").Should().ContainSingle().Which.Text.Should().Be("almost a half");
        Extract("Ashby reduced exclusions by half (26 to 13).").Should().ContainSingle().Which.Measure.Should().Be("exclusions");
    }

    [Fact]
    public void A_fifth_to_a_quarter_is_two_figures()
    {
        var found = Extract("Conversion rates in Westvale are high, at a fifth to a quarter of enquiries.");
        found.Select(p => p.Value).Should().Equal(20, 25);
        found.Should().OnlyContain(p => p.Measure == "enquiries");
    }

    [Fact]
    public void Mentions_come_in_text_order_and_do_not_overlap()
    {
        var text = "In Ashby 40% of plans, nearly half of visits and one in five reviews were late; in Dunmore 12% were.";
        var found = Extract(text);
        found.Select(p => p.Start).Should().BeInAscendingOrder();
        for (int i = 1; i < found.Count; i++) found[i].Start.Should().BeGreaterThanOrEqualTo(found[i - 1].End);
        found.Select(p => p.Value).Should().Equal(40, 50, 20, 12);
    }
}
