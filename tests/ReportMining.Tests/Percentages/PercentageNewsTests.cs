using ReportMining.Percentages;

namespace ReportMining.Tests.Percentages;

/// <summary>
/// News language (polls, company results, budgets), on sentences written for the project with
/// fictional places, people and firms: figure forms news uses and reports rarely do, hedges, and
/// what the figure measures in news phrasing.
/// </summary>
public class PercentageNewsTests
{
    private static List<PercentageMention> Extract(string text) => PercentageExtractorTests.Extract(text);

    private static PercentageMention Single(string text) => PercentageExtractorTests.Single(text);

    private static string? Slice(string text, int? start, int? end) => start is null ? null : text[start.Value..end!.Value];

    // ---- figures ----

    [Theory]
    [InlineData("A new tally suggests seven of 10 tenants in Ravenholt rent privately.", "seven of 10", 70)]
    [InlineData("Roughly nine of ten shoppers polled in Brackley said prices felt higher.", "Roughly nine of ten", 90)]
    public void Reads_n_of_ten_as_a_ratio(string text, string words, double value)
    {
        var p = Single(text);
        p.Text.Should().Be(words);
        p.Value.Should().Be(value);
        p.Kind.Should().Be(PercentageKind.Proportion);
    }

    [Theory]
    [InlineData("The clerk read out item three of 10, then paused.")]
    [InlineData("She counted one of ten.")]
    [InlineData("Ashwell finished the three of 10 days in the lead.")]
    [InlineData("Corby is one of 10 towns trying the new bins.")]
    [InlineData("She was picked as one of ten judges for the show.")]
    public void N_of_ten_needs_a_word_after_it_that_is_not_a_time_and_is_no_membership(string text)
    {
        Extract(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("The Fernside bond pays 5 1/4% until it matures.", "5 1/4%", 5.25)]
    [InlineData("Holders of the 7 3/8% notes due next year were repaid in full.", "7 3/8%", 7.375)]
    [InlineData("The coupon was cut to 3/4% last month.", "3/4%", 0.75)]
    public void Reads_a_figure_with_a_slash_fraction(string text, string words, double value)
    {
        var p = Single(text);
        p.Text.Should().Be(words);
        p.Value.Should().Be(value);
    }

    [Fact]
    public void A_date_with_a_slash_before_a_figure_is_not_a_fraction()
    {
        var found = Extract("In 2014/15 12% of the tenants moved.");
        found.Should().ContainSingle().Which.Value.Should().Be(12);
    }

    [Theory]
    [InlineData("Savers at Greyford Mutual earn just one-eighth of 1 percent a year.", "one-eighth of 1 percent", 0.125, PercentageKind.Percent)]
    [InlineData("Rail's share of freight in Vantia is a quarter of 1%.", "a quarter of 1%", 0.25, PercentageKind.Percent)]
    [InlineData("Postal votes were less than half of one per cent of the total in Oakmere.", "less than half of one per cent", 0.5, PercentageKind.Percent)]
    [InlineData("The rate cut was half a percentage point, the bank said.", "half a percentage point", 0.5, PercentageKind.PercentagePoints)]
    [InlineData("Bank rate went up by a quarter of a percentage point on Thursday.", "a quarter of a percentage point", 0.25, PercentageKind.PercentagePoints)]
    [InlineData("The levy adds three-quarters of a per cent to the bill.", "three-quarters of a per cent", 0.75, PercentageKind.Percent)]
    public void Reads_a_fraction_of_one_percent_as_one_figure(string text, string words, double value, PercentageKind kind)
    {
        var p = Single(text);
        p.Text.Should().Be(words);
        p.Value.Should().Be(value);
        p.Kind.Should().Be(kind);
    }

    [Fact]
    public void Reads_a_range_in_number_words()
    {
        var found = Extract("The mayor's lead is two to three percentage points in most polls.");
        found.Select(p => p.Value).Should().Equal(2, 3);
        found.Should().OnlyContain(p => p.Kind == PercentageKind.PercentagePoints);
        found[0].Text.Should().Be("two");
        found[1].Text.Should().Be("three percentage points");
    }

    [Theory]
    [InlineData("Wages at the Tolmere plant have grown by a third since 2011.", 33.33)]
    [InlineData("Bus fares in Calderby were cut by a quarter since the spring.", 25)]
    public void Reads_a_fraction_after_by_before_a_time(string text, double value)
    {
        var p = Single(text);
        p.Value.Should().Be(value);
        p.Kind.Should().Be(PercentageKind.Proportion);
    }

    [Theory]
    [InlineData("The firm paid out perhaps only 10% of what it owed.", "perhaps only 10%")]
    [InlineData("Support for the bypass is near 60 percent among drivers.", "near 60 percent")]
    [InlineData("Turnout was maybe 30% in the northern wards.", "maybe 30%")]
    public void News_hedges_make_a_figure_approximate(string text, string words)
    {
        var p = Single(text);
        p.Text.Should().Be(words);
        p.Approximate.Should().BeTrue();
        p.Modifier.Should().Be(PercentageModifier.Approx);
    }

    [Theory]
    [InlineData("Shares in Pelham One in two separate sales were sold to a trust.")]
    [InlineData("\"I was only half joking,\" said the councillor from Wexcombe.")]
    [InlineData("If you skim the first three-quarters of the memo, it looks harmless.")]
    [InlineData("The last two thirds of the debate were about buses.")]
    [InlineData("Halden is the fifth town to vote this way, after a third-quarter slump.")]
    public void Names_manners_and_stretches_are_not_proportions(string text)
    {
        Extract(text).Should().BeEmpty();
    }

    // ---- measures ----

    [Theory]
    [InlineData("In the Marlow count, Petra Vance received 48 percent.", "Petra Vance")]
    [InlineData("Councillor Oduya, standing for the first time in Wexcombe, took almost 30 percent.", "Councillor Oduya")]
    [InlineData("Pollsters doubt the Greens can get to 15 percent in Alder.", "Greens")]
    public void A_candidate_or_firm_that_wins_or_holds_the_share_is_the_measure(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_subject_before_an_aside_between_dashes_is_the_measure()
    {
        Single("Bus use on the coast - in Esk, Tarn and Wray alike - fell 2.1 percent.").Measure.Should().Be("Bus use on the coast");
    }

    [Theory]
    [InlineData("Group turnover reached £18 million in the half, up 12% on a year before.", "Group turnover")]
    [InlineData("Shares in Kelso Mills lost 21p, or 3.5 percent, by the close.", "Shares in Kelso Mills")]
    [InlineData("Tarrant Ltd earned £9 million in the year, up 6% on the last.", null)]
    public void A_figure_after_an_amount_measures_the_subject_of_a_verb_of_change(string text, string? measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Membership of the Vell club climbed a modest 7.5% over the winter.", "Membership of the Vell club")]
    [InlineData("Ticket sales dipped a little, to 6% below target.", "Ticket sales")]
    [InlineData("Among tenants, approval is just as high, at 64 percent.", "approval")]
    public void A_verb_group_is_read_through_an_adjective_or_a_degree_phrase(string text, string measure)
    {
        Extract(text).Should().OnlyContain(p => p.Measure == measure);
    }

    [Fact]
    public void A_rivals_figure_after_a_possessive_carries_the_measure()
    {
        var found = Extract("In the runoff Okafor carried 58 percent of rural wards, against Lindqvist's 42 percent.");
        found.Select(p => p.Value).Should().Equal(58, 42);
        found.Should().OnlyContain(p => p.Measure == "rural wards");
    }

    [Fact]
    public void A_share_with_a_participle_after_with_carries_the_measure_before()
    {
        var found = Extract("Some 70 percent of growers back the scheme, with about one in ten saying it should grow.");
        found.Select(p => p.Value).Should().Equal(70, 10);
        found.Should().OnlyContain(p => p.Measure == "growers");
    }

    [Theory]
    [InlineData("Orrin Bank sold the 45% state-owned Tavish Rail to a pension fund.", "Tavish Rail")]
    [InlineData("It kept a 60%-owned arm, Pell Logistics, for now.", "arm")]
    public void A_share_owned_measures_what_is_owned(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_comma_list_of_group_adjectives_carries_the_measure()
    {
        var found = Extract("The panel found 61 percent of the buyers were first-time owners, 80 percent urban and 12 percent rural.");
        found.Select(p => p.Value).Should().Equal(61, 80, 12);
        found.Should().OnlyContain(p => p.Measure == "buyers");
    }

    [Fact]
    public void The_object_of_put_at_is_the_measure()
    {
        var p = Single("Auditors put the waste in the housing budget at 14 percent.");
        p.Measure.Should().Be("waste in the housing budget");
    }

    [Fact]
    public void Among_after_the_measure_is_the_scope()
    {
        var p = Single("Backing among hill farmers for the bypass is 9 percent.");
        p.Measure.Should().Be("Backing");
        p.Scope.Should().Be("hill farmers for the bypass");
    }

    [Theory]
    [InlineData("The Greens had 11 percent of the vote in a Courier survey of 900 adults.", "vote")]
    [InlineData("Some 64 percent of tenants in Esk see the landlord as fair.", "tenants in Esk")]
    [InlineData("Only 20 percent of members back the merger, and fewer still want a new name.", "members")]
    [InlineData("Nearly half of the tenants who describe themselves as satisfied are in Brook Ward.", "tenants who describe themselves as satisfied")]
    [InlineData("A quarter of the bakeries or fewer will open on Sunday.", "bakeries")]
    [InlineData("In the orchard, 80 percent of the pears and half of the plums were picked.", "pears")]
    public void A_measure_stops_before_a_source_a_verb_or_a_trailing_hedge(string text, string measure)
    {
        Extract(text)[0].Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Each ward result in Wexcombe carries a margin of error of plus or minus 2.7 percentage points.", "margin of error")]
    [InlineData("Their doorstep survey quotes a 5 per cent plus or minus margin of error.", "margin of error")]
    [InlineData("The Tarn panel has an error margin plus or minus 2.5 percent wide.", "error margin")]
    public void Plus_or_minus_reads_as_a_margin_of_error(string text, string measure)
    {
        Extract(text).Should().OnlyContain(p => p.Measure == measure);
    }

    [Theory]
    [InlineData("Grantley bought a 35% interest in a Welsh ferry line.", "interest", "Welsh ferry line")]
    [InlineData("Polling shows a 7 percentage point edge for the incumbent.", "edge", "incumbent")]
    public void A_figure_before_a_holding_or_a_lead_names_it(string text, string measure, string? scope)
    {
        var p = Single(text);
        p.Measure.Should().Be(measure);
        p.Scope.Should().Be(scope);
    }

    [Fact]
    public void An_amount_before_of_is_not_the_measure()
    {
        Single("Wrenfield issued $40 million of 9% senior bonds last week.").Measure.Should().Be("senior bonds");
    }

    [Fact]
    public void A_participle_and_its_object_before_to_give_the_measure()
    {
        Single("The levy was raised again, taking the rate to 8.2 percent.").Measure.Should().Be("rate");
    }

    [Fact]
    public void A_contracted_pronoun_is_not_a_measure()
    {
        Single("\"Savers feel cheated when they're paid 1 percent,\" she said.").Measure.Should().BeNull();
    }

    [Fact]
    public void That_said_before_the_subject_of_the_sentence_before()
    {
        var found = Extract("That said, cyclists in Alder want safer roads. About three out of four say they had a near miss.");
        var p = found.Should().ContainSingle().Subject;
        p.Measure.Should().Be("cyclists in Alder");
    }

    [Fact]
    public void A_pause_mark_inside_the_subject_is_read_through()
    {
        Single("Average rent growth \u2026 is 30 percent, he claims.").Measure.Should().Be("Average rent growth");
    }

    [Theory]
    [InlineData("Across three years the rate of exclusions in Fordham has fallen by 12%.", "rate of exclusions in Fordham")]
    [InlineData("Only 9% of tenants moving three or more times were offered help.", "tenants moving three or more times")]
    public void Report_phrasing_keeps_its_measure(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Hale leads Moreno 48% to 41% across the northern wards.", "Hale", "Moreno", "northern wards")]
    [InlineData("The Tarn councillor, first elected in 2009 and now seeking a third term, leads Moreno 48% to 41% with older voters.", "Tarn councillor", "Moreno", null)]
    [InlineData("Ruiz defeated Tan by 52% to 45% in the runoff.", "Ruiz", "Tan", "runoff")]
    public void A_lead_gives_the_first_figure_to_the_subject_and_the_second_to_the_rival(string text, string first, string second, string? scope)
    {
        var found = Extract(text);
        found.Should().HaveCount(2);
        found[0].Measure.Should().Be(first);
        found[1].Measure.Should().Be(second);
        found.Should().OnlyContain(p => p.Scope == scope);
    }

    [Fact]
    public void An_earlier_figure_after_from_keeps_the_unit_and_the_measure()
    {
        var found = Extract("The jobless rate fell to 4.1 per cent from 4.6, and wages rose to 3%, up from 2 in May.");
        found.Select(p => p.Value).Should().Equal(4.1, 4.6, 3, 2);
        found.Select(p => p.Measure).Should().Equal("jobless rate", "jobless rate", "wages", "wages");
    }

    [Theory]
    [InlineData("Take-up grew 5 percentage points from 3 June onwards.")]
    [InlineData("Sales rose to 40% from 12 stores.")]
    public void A_number_after_from_that_is_a_date_or_a_count_is_not_a_figure(string text)
    {
        Extract(text).Should().ContainSingle();
    }

    [Theory]
    [InlineData("The Tarnside index closed 1.8% lower at 6,200.", "Tarnside index")]
    [InlineData("Loan rates hit 9 per cent in Corby this spring, a ten-year high.", "Loan rates")]
    [InlineData("Fares on the coast line went up an average 4.6% across the network.", "Fares on the coast line")]
    [InlineData("Almost 70 percent of Ferncastle residents disapprove of the new bridge.", "Ferncastle residents")]
    public void News_verbs_lead_to_the_subject(string text, string measure)
    {
        Single(text).Measure.Should().Be(measure);
    }

    [Fact]
    public void A_change_noun_before_of_is_the_measure_with_what_changed_as_the_scope()
    {
        var p = Single("Nurses in Halby were offered a pay rise of 4.5 per cent in basic salary.");
        p.Measure.Should().Be("pay rise");
        p.Scope.Should().Be("basic salary");
    }

    [Fact]
    public void An_ordinal_quarter_after_in_is_a_time_not_a_scope()
    {
        var p = Single("Output at the Redway plant slowed to 0.6 per cent in the third quarter.");
        p.Measure.Should().Be("Output at the Redway plant");
        p.Scope.Should().BeNull();
    }

    [Theory]
    [InlineData("Okafor now has a 6-percentage-point lead in Wexcombe.", "6-percentage-point", 6, PercentageKind.PercentagePoints, "lead")]
    [InlineData("Officials reported a 2 percentage-point drop in turnout.", "2 percentage-point", 2, PercentageKind.PercentagePoints, "drop")]
    [InlineData("The 15-percent levy on imported timber is due to end.", "15-percent", 15, PercentageKind.Percent, "levy on imported timber")]
    [InlineData("Harlow sold its 40 per cent-owned dairy to a rival.", "40 per cent-owned", 40, PercentageKind.Percent, "dairy")]
    public void Reads_hyphenated_units(string text, string words, double value, PercentageKind kind, string measure)
    {
        var p = Single(text);
        p.Text.Should().Be(words);
        p.Value.Should().Be(value);
        p.Kind.Should().Be(kind);
        p.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("Nearly 4-in-10 commuters in Pellbury say they drive to work.", "Nearly 4-in-10", 40, "commuters in Pellbury")]
    [InlineData("Seven-in-ten tenants in Ashgrove have a council landlord.", "Seven-in-ten", 70, "tenants in Ashgrove")]
    [InlineData("About two-in-five members had not voted before.", "About two-in-five", 40, "members")]
    public void Reads_hyphenated_ratios(string text, string words, double value, string measure)
    {
        var p = Single(text);
        p.Text.Should().Be(words);
        p.Value.Should().Be(value);
        p.Measure.Should().Be(measure);
    }

    [Theory]
    [InlineData("The check-in-desk queue at Lowmoor was long.")]
    [InlineData("It was a two-in-one deal.")]
    public void Hyphenated_words_that_are_not_ratios_are_not_read(string text)
    {
        Extract(text).Should().BeEmpty();
    }

    [Fact]
    public void A_poll_that_gives_parties_figures_measures_each_party()
    {
        var found = Extract("The latest polls give the Moorland Party 27 percent, Reform Union 22 percent and Greens 9 percent.");
        found.Select(p => p.Measure).Should().Equal("Moorland Party", "Reform Union", "Greens");
    }
}
