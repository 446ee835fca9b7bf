using ReportMining.Ratings;

namespace ReportMining.Tests.Ratings;

/// <summary>Grade statements in news-style prose written for the project (fictional councils and people).</summary>
public class RatingExtractorTests
{
    [Fact]
    public void Rated_outstanding_with_the_council_named_in_the_sentence()
    {
        var r = RatingHarness.Single("Wexbury Council's children's services have been rated outstanding by Ofsted.");
        r.Grade.Should().Be(Grade.Outstanding);
        r.Subject.Should().Be("Wexbury");
        r.PreviousGrade.Should().BeNull();
        r.Change.Should().BeNull();
        r.Negated.Should().BeFalse();
        r.Area.Should().Be(JudgementArea.OverallEffectiveness);
        r.Text.Should().Be("rated outstanding");
    }

    [Fact]
    public void Judged_inadequate_takes_the_date_in_its_sentence()
    {
        var r = RatingHarness.Single("In March 2019 Tarnside children's services were judged inadequate by inspectors.", ("March 2019", "2019-03"));
        r.Grade.Should().Be(Grade.Inadequate);
        r.Subject.Should().Be("Tarnside");
        r.Date.Should().Be("2019-03");
    }

    [Fact]
    public void Downgraded_from_good_to_requires_improvement()
    {
        var r = RatingHarness.Single("Corvey Borough Council was downgraded from good to requires improvement after inspectors found delays at its front door.");
        r.Grade.Should().Be(Grade.RequiresImprovement);
        r.PreviousGrade.Should().Be(Grade.Good);
        r.Change.Should().Be(RatingChange.Declined);
        r.Subject.Should().Be("Corvey");
        r.Text.Should().Be("downgraded from good to requires improvement");
    }

    [Fact]
    public void Raised_from_inadequate_to_good_with_quotes()
    {
        var r = RatingHarness.Single("Children's services in the London Borough of Eastmere have been raised from ‘inadequate’ to ‘good’.");
        r.Grade.Should().Be(Grade.Good);
        r.PreviousGrade.Should().Be(Grade.Inadequate);
        r.Change.Should().Be(RatingChange.Improved);
        r.Subject.Should().Be("Eastmere");
    }

    [Fact]
    public void Raised_to_good_without_the_grade_before()
    {
        var r = RatingHarness.Single("Linfield children's services raised to ‘good’ by Ofsted");
        r.Grade.Should().Be(Grade.Good);
        r.Change.Should().Be(RatingChange.Improved);
        r.PreviousGrade.Should().BeNull();
        r.Subject.Should().Be("Linfield");
    }

    [Fact]
    public void Previously_rated_then_raised_is_one_statement()
    {
        var ratings = RatingHarness.Ratings(
            "Ashgrove Council faced a tough year. The council's services, previously rated “requires improvement” by Ofsted, have now been upgraded to “outstanding”.");
        ratings.Should().ContainSingle();
        var r = ratings[0];
        r.Grade.Should().Be(Grade.Outstanding);
        r.PreviousGrade.Should().Be(Grade.RequiresImprovement);
        r.Change.Should().Be(RatingChange.Improved);
        r.Subject.Should().Be("Ashgrove", "'the council' is the council named before");
    }

    [Fact]
    public void Remains_good_is_unchanged()
    {
        var r = RatingHarness.Single("Following its latest inspection, Brackley County Council remains good.");
        r.Grade.Should().Be(Grade.Good);
        r.Change.Should().Be(RatingChange.Unchanged);
        r.PreviousGrade.Should().Be(Grade.Good);
        r.Subject.Should().Be("Brackley");
    }

    [Fact]
    public void The_same_result_as_before_is_unchanged_and_the_earlier_year_is_not_its_date()
    {
        var r = RatingHarness.Single(
            "Meanwhile, Oxley Council in the north has also been rated “outstanding” by Ofsted, the same result as in the 2016 inspection.",
            ("2016", "2016"));
        r.Grade.Should().Be(Grade.Outstanding);
        r.PreviousGrade.Should().Be(Grade.Outstanding);
        r.Change.Should().Be(RatingChange.Unchanged);
        r.Subject.Should().Be("Oxley");
        r.Date.Should().BeNull("2016 is the date of the earlier inspection");
    }

    [Fact]
    public void Up_from_gives_the_previous_grade()
    {
        var r = RatingHarness.Single("Ofsted judged Penmore Council's children's services to be good, up from requires improvement in 2018.");
        r.Grade.Should().Be(Grade.Good);
        r.PreviousGrade.Should().Be(Grade.RequiresImprovement);
        r.Change.Should().Be(RatingChange.Improved);
        r.Subject.Should().Be("Penmore");
    }

    [Fact]
    public void Moved_from_to_in_a_rating_phrase()
    {
        var r = RatingHarness.Single("Harlow Vale Council saw its rating move from inadequate to requires improvement in just two years.");
        r.Grade.Should().Be(Grade.RequiresImprovement);
        r.PreviousGrade.Should().Be(Grade.Inadequate);
        r.Change.Should().Be(RatingChange.Improved);
    }

    [Fact]
    public void Not_yet_good_is_negated()
    {
        var r = RatingHarness.Single("Services in Dunmere Council are not yet good, the report concludes.");
        r.Grade.Should().Be(Grade.Good);
        r.Negated.Should().BeTrue();
        r.Subject.Should().Be("Dunmere");
    }

    [Fact]
    public void No_longer_inadequate_is_negated()
    {
        var r = RatingHarness.Single("Kelbrook Council said this week that the council is no longer inadequate.");
        r.Grade.Should().Be(Grade.Inadequate);
        r.Negated.Should().BeTrue();
    }

    [Fact]
    public void Given_a_quoted_rating()
    {
        var r = RatingHarness.Single("Ravensholt Council was given an ‘outstanding’ rating for leadership.");
        r.Grade.Should().Be(Grade.Outstanding);
        r.Area.Should().Be(JudgementArea.ImpactOfLeaders);
        r.Subject.Should().Be("Ravensholt");
    }

    [Fact]
    public void Work_with_children_in_care_and_care_leavers_is_the_combined_area()
    {
        var r = RatingHarness.Single(
            "Mossgate Council welcomed the report. However, Ofsted found that Mossgate’s work with looked-after children and with children leaving care “still required improvement to be good”.");
        r.Grade.Should().Be(Grade.RequiresImprovement);
        r.Area.Should().Be(JudgementArea.ChildrenInCareAndCareLeavers);
        r.Subject.Should().Be("Mossgate");
        r.Text.Should().Be("required improvement to be good");
    }

    [Fact]
    public void Two_areas_in_one_sentence_are_two_ratings()
    {
        var ratings = RatingHarness.Ratings("At Fenwold Council, help and protection was rated good, while leadership was judged outstanding.");
        ratings.Should().HaveCount(2);
        ratings[0].Area.Should().Be(JudgementArea.HelpAndProtection);
        ratings[0].Grade.Should().Be(Grade.Good);
        ratings[1].Area.Should().Be(JudgementArea.ImpactOfLeaders);
        ratings[1].Grade.Should().Be(Grade.Outstanding);
        ratings.Should().OnlyContain(r => r.PreviousGrade == null && r.Subject == "Fenwold");
    }

    [Fact]
    public void Each_council_in_a_sentence_gets_its_own_grade()
    {
        var ratings = RatingHarness.Ratings("Ollerton Council was rated good, while Strand Borough Council was rated inadequate.");
        ratings.Should().HaveCount(2);
        ratings[0].Subject.Should().Be("Ollerton");
        ratings[0].Grade.Should().Be(Grade.Good);
        ratings[1].Subject.Should().Be("Strand");
        ratings[1].Grade.Should().Be(Grade.Inadequate);
        ratings.Should().OnlyContain(r => r.PreviousGrade == null && r.Change == null);
    }

    [Fact]
    public void Its_resolves_to_the_council_named_earlier()
    {
        var ratings = RatingHarness.Ratings(
            "Inspectors spent two weeks with Croydon social workers in February. Its children's services were rated good.");
        ratings.Should().ContainSingle().Which.Subject.Should().Be("Croydon");
    }

    [Fact]
    public void A_table_authority_is_named_by_its_reference_name()
    {
        var r = RatingHarness.Single("Royal Borough of Kensington and Chelsea: judged outstanding in every area.");
        r.Subject.Should().Be("Kensington and Chelsea");
    }

    [Fact]
    public void Merged_authorities_are_named_whole()
    {
        var r = RatingHarness.Single("Bournemouth, Christchurch and Poole has been rated good.");
        r.Subject.Should().Be("Bournemouth, Christchurch and Poole");
    }

    [Fact]
    public void A_school_rating_has_no_council_subject()
    {
        var r = RatingHarness.Single("Elsewhere in Wexbury Council's area, the primary school was rated good.");
        r.Grade.Should().Be(Grade.Good);
        r.Subject.Should().BeNull();
        r.Area.Should().BeNull();
    }

    [Theory]
    [InlineData("The council provides good-quality placements for most children.")]
    [InlineData("Most families receive a good service from the early help team.")]
    [InlineData("Some families still live in inadequate housing, the report said.")]
    [InlineData("Inspectors saw good practice and outstanding work with disabled children.")]
    [InlineData("Several actions from the last visit remain outstanding.")]
    [InlineData("Leaders are ambitious and partnerships with schools are good.")]
    [InlineData("Most children go to schools that are rated good or outstanding.")]
    [InlineData("If a school is judged less than good, the virtual head steps in.")]
    [InlineData("The quality of supervision is good and staff feel supported.")]
    [InlineData("A council requires improvement when it cannot yet deliver good help.")]
    [InlineData("It is good to see young people involved in recruitment.")]
    [InlineData("Social workers said morale was good.")]
    [InlineData("Families and their children get good and effective help from early help teams.")]
    [InlineData("Most care leavers are given good, practical support to find a home.")]
    [InlineData("Completion rates of education plans and the quality of work are good.")]
    public void Ordinary_uses_of_grade_words_are_not_ratings(string sentence)
    {
        RatingHarness.Ratings("Wexbury Council's services were inspected. " + sentence).Should().BeEmpty();
    }

    [Fact]
    public void Services_are_good_in_a_summary_is_a_rating()
    {
        var r = RatingHarness.Single("Services for Tarnside's children in care and its care leavers are good.");
        r.Grade.Should().Be(Grade.Good);
        r.Area.Should().Be(JudgementArea.ChildrenInCareAndCareLeavers);
    }

    [Fact]
    public void A_relative_clause_with_the_earlier_grade()
    {
        var r = RatingHarness.Single("The service, which was previously rated good, is now inadequate according to Ofsted.");
        r.Grade.Should().Be(Grade.Inadequate);
        r.PreviousGrade.Should().Be(Grade.Good);
        r.Change.Should().Be(RatingChange.Declined);
    }

    [Fact]
    public void After_being_rated_is_a_past_rating_on_its_own()
    {
        var r = RatingHarness.Single("Nearly three years on from being rated inadequate, Ollerton Council’s children’s services are improving.");
        r.Grade.Should().Be(Grade.Inadequate);
        r.Subject.Should().Be("Ollerton");
        r.Change.Should().BeNull();
    }

    [Fact]
    public void The_date_of_the_inspection_a_story_reports_on()
    {
        var ratings = RatingHarness.Ratings(
            "Linfield children's services raised to ‘good’ by Ofsted.\n\nThe report, following a three-week inspection in January, praises leaders.",
            ("January", "2021-01"));
        ratings.Should().ContainSingle().Which.Date.Should().Be("2021-01");
    }

    [Fact]
    public void Older_scales_need_a_rating_word()
    {
        RatingHarness.Single("In 2011 the council in Northmoor was judged to be adequate.").Grade.Should().Be(Grade.Adequate);
        RatingHarness.Ratings("Staff said the support was adequate and excellent in places.").Should().BeEmpty();
    }
}

/// <summary>The many ways news words a grade and its change (fictional councils).</summary>
public class RatingPhraseTests
{
    [Theory]
    [InlineData("Kelbrook Council has retained its ‘good’ rating.", Grade.Good, Grade.Good, RatingChange.Unchanged)]
    [InlineData("Kelbrook Council kept its outstanding rating after a week-long visit.", Grade.Outstanding, Grade.Outstanding, RatingChange.Unchanged)]
    [InlineData("Kelbrook Council was handed an 'inadequate' rating.", Grade.Inadequate, null, null)]
    [InlineData("Kelbrook Council received the lowest rating of inadequate.", Grade.Inadequate, null, null)]
    [InlineData("Kelbrook Council has been given the top grade of outstanding.", Grade.Outstanding, null, null)]
    [InlineData("Kelbrook Council improves to 'good' in latest Ofsted report", Grade.Good, null, RatingChange.Improved)]
    [InlineData("Kelbrook Council falls to inadequate after damning report", Grade.Inadequate, null, RatingChange.Declined)]
    [InlineData("Kelbrook Council's children's services have been upgraded to good from requires improvement.", Grade.Good, Grade.RequiresImprovement, RatingChange.Improved)]
    [InlineData("Kelbrook Council was rated inadequate again.", Grade.Inadequate, Grade.Inadequate, RatingChange.Unchanged)]
    [InlineData("Kelbrook Council was judged inadequate for the second time in three years.", Grade.Inadequate, Grade.Inadequate, RatingChange.Unchanged)]
    [InlineData("Kelbrook Council's services stayed at 'requires improvement'.", Grade.RequiresImprovement, Grade.RequiresImprovement, RatingChange.Unchanged)]
    [InlineData("Kelbrook Council still requires improvement to be good, inspectors found.", Grade.RequiresImprovement, Grade.RequiresImprovement, RatingChange.Unchanged)]
    [InlineData("Kelbrook Council moved up to requires improvement from inadequate.", Grade.RequiresImprovement, Grade.Inadequate, RatingChange.Improved)]
    [InlineData("Inspectors judged Kelbrook Council's children's services to be outstanding.", Grade.Outstanding, null, null)]
    [InlineData("Ofsted found that Kelbrook Council's services were inadequate.", Grade.Inadequate, null, null)]
    [InlineData("Kelbrook Council was branded “inadequate” by the watchdog.", Grade.Inadequate, null, null)]
    [InlineData("Ofsted: Kelbrook Council children's services 'inadequate'", Grade.Inadequate, null, null)]
    [InlineData("Kelbrook Council, which had been rated inadequate, is now rated good.", Grade.Good, Grade.Inadequate, RatingChange.Improved)]
    [InlineData("Kelbrook Council is now good, having been judged inadequate in 2019.", Grade.Good, Grade.Inadequate, RatingChange.Improved)]
    public void A_grade_its_previous_grade_and_the_change(string sentence, Grade grade, Grade? previous, RatingChange? change)
    {
        var r = RatingHarness.Single(sentence);
        r.Grade.Should().Be(grade);
        r.PreviousGrade.Should().Be(previous);
        r.Change.Should().Be(change);
        r.Subject.Should().Be("Kelbrook");
        r.Negated.Should().BeFalse();
    }

    [Theory]
    [InlineData("Kelbrook Council has yet to achieve a good rating.")]
    [InlineData("Kelbrook Council failed to reach good at its latest inspection.")]
    [InlineData("Kelbrook Council was not rated outstanding.")]
    [InlineData("Kelbrook Council's services aren't good, inspectors found.")]
    public void Negated_statements(string sentence)
    {
        RatingHarness.Single(sentence).Negated.Should().BeTrue();
    }

    [Fact]
    public void A_past_rating_keeps_its_own_date()
    {
        var r = RatingHarness.Single("Kelbrook Council was previously judged ‘inadequate’ in 2016.", ("2016", "2016"));
        r.Date.Should().Be("2016");
    }
}

/// <summary>More ways of wording a rating, and the line between ratings and praise.</summary>
public class RatingWordingTests
{
    [Theory]
    [InlineData("Inspectors gave Kelbrook Council a ‘good’ rating.", Grade.Good)]
    [InlineData("The latest report rates Kelbrook Council's services as outstanding.", Grade.Outstanding)]
    [InlineData("Kelbrook Council's children's services were found to be inadequate.", Grade.Inadequate)]
    [InlineData("Kelbrook Council has improved its rating to 'good'.", Grade.Good)]
    [InlineData("Kelbrook Council scored 'requires improvement' in all four areas.", Grade.RequiresImprovement)]
    public void Other_rating_verbs(string sentence, Grade grade)
    {
        var r = RatingHarness.Single(sentence);
        r.Grade.Should().Be(grade);
        r.Subject.Should().Be("Kelbrook");
    }

    [Fact]
    public void A_report_summary_names_the_earlier_grade_with_its_area()
    {
        var r = RatingHarness.Single(
            "Services have improved since the Ofsted visit in 2019, when its overall effectiveness was judged ‘requires improvement to be good’.",
            ("2019", "2019"));
        r.Grade.Should().Be(Grade.RequiresImprovement);
        r.Area.Should().Be(JudgementArea.OverallEffectiveness);
        r.Date.Should().Be("2019", "the grade of the inspection in 2019");
    }

    [Fact]
    public void An_earlier_grade_without_a_date_takes_the_date_the_story_gives_it_elsewhere()
    {
        const string text =
            "Three years after being rated inadequate, children's services in Marlow Vale are improving. " +
            "In March 2021 the council was rated inadequate by Ofsted and a commissioner was appointed.";
        var ratings = RatingHarness.Ratings(text, ("March 2021", "2021-03"));
        ratings.Should().HaveCount(2);
        ratings.Should().AllSatisfy(r => r.Grade.Should().Be(Grade.Inadequate));
        ratings.Select(r => r.Date).Should().Equal("2021-03", "2021-03");
    }

    [Fact]
    public void An_undated_earlier_grade_stays_undated_when_the_dates_given_elsewhere_disagree()
    {
        const string text =
            "Since being judged inadequate, Fenbridge has worked hard. " +
            "Fenbridge was judged inadequate in 2014. Fenbridge was judged inadequate again in 2018.";
        var ratings = RatingHarness.Ratings(text, ("2014", "2014"), ("2018", "2018"));
        ratings.First().Date.Should().BeNull("two different years would fit");
    }

    [Fact]
    public void A_present_grade_does_not_take_the_date_of_the_same_grade_given_before()
    {
        const string text =
            "Ofsted rated Ashcombe Council good in 2016. Ashcombe Council is rated good.";
        var ratings = RatingHarness.Ratings(text, ("2016", "2016"));
        ratings.Should().HaveCount(2);
        ratings[1].Date.Should().BeNull("the second statement is not marked as past");
    }
}
