using ReportMining.Inspections;
using ReportMining.Ratings;

namespace ReportMining.Tests.Inspections;

/// <summary>Report headers written for the project in the printed forms of ILACS and SIF reports (invented inspectors and prose).</summary>
public class InspectionReaderTests
{
    private static (DocumentKind Kind, InspectionFacts Facts, string Text) Read(string text)
    {
        var (kind, facts, _) = InspectionReader.ReadText(text);
        facts.Should().NotBeNull();
        return (kind, facts!, text);
    }

    private static void ShouldHave(InspectionFacts facts, string text, JudgementArea area, Grade grade, string words)
    {
        var j = facts.Judgements.Should().ContainSingle(x => x.Area == area).Subject;
        j.Grade.Should().Be(grade);
        text[j.Start..j.End].Should().Be(words);
    }

    private const string Ilacs2023 = """
        Inspection of Rutland local authority
        children’s services
        Inspection dates: 20 to 31 March 2023
        Lead inspector: Alex Marlow, His Majesty’s Inspector
        Judgement

        Grade

        The impact of leaders on social work
        practice with children and families

        Requires improvement to
        be good

        The experiences and progress of
        children who need help and protection

        Requires improvement
        to be good

        The experiences and progress of
        children in care

        Good

        The experiences and progress of care
        leavers

        Outstanding

        Overall effectiveness

        Requires Improvement to be good

        Children in Rutland are helped by a settled group of social workers who know their families well
        and visit them often enough to notice when things change for the better or for the worse.

        """;

    [Fact]
    public void Ilacs_from_2023_has_five_judgements_with_wrapped_grades()
    {
        var (kind, f, text) = Read(Ilacs2023);
        kind.Should().Be(DocumentKind.InspectionReport);
        f.LocalAuthority.Should().Be("Rutland");
        f.LaCode.Should().Be("857");
        f.Framework.Should().Be("standard");
        f.Start.Should().Be(new DateOnly(2023, 3, 20));
        f.End.Should().Be(new DateOnly(2023, 3, 31));
        f.LeadInspector.Should().Be("Alex Marlow");
        f.Judgements.Select(j => j.Area).Should().Equal(
            JudgementArea.ImpactOfLeaders, JudgementArea.HelpAndProtection, JudgementArea.ChildrenInCare, JudgementArea.CareLeavers, JudgementArea.OverallEffectiveness);
        ShouldHave(f, text, JudgementArea.ImpactOfLeaders, Grade.RequiresImprovement, "Requires improvement to\nbe good");
        ShouldHave(f, text, JudgementArea.HelpAndProtection, Grade.RequiresImprovement, "Requires improvement\nto be good");
        ShouldHave(f, text, JudgementArea.ChildrenInCare, Grade.Good, "Good");
        ShouldHave(f, text, JudgementArea.CareLeavers, Grade.Outstanding, "Outstanding");
        ShouldHave(f, text, JudgementArea.OverallEffectiveness, Grade.RequiresImprovement, "Requires Improvement to be good");
    }

    [Fact]
    public void Before_2023_children_in_care_and_care_leavers_are_graded_together()
    {
        var (_, f, text) = Read("""
            London Borough of Hillingdon
            Inspection of children’s social care services
            Inspection dates: 23 July 2018 to 27 July 2018
            Lead inspector:

            Jo Penrose
            Her Majesty’s Inspector

            Judgement

            Grade

            The impact of leaders on social work practice with children and
            families

            Good

            The experiences and progress of children who need help and
            protection

            Inadequate

            The experiences and progress of children in care and care
            leavers

            Good

            Overall effectiveness

            Requires improvement

            to be good

            Leaders in Hillingdon have begun to turn round a service that had drifted, and they know there is more to do.
            """);
        f.LocalAuthority.Should().Be("Hillingdon");
        f.LaCode.Should().Be("312");
        f.Framework.Should().Be("short", "five days on site");
        f.LeadInspector.Should().Be("Jo Penrose");
        ShouldHave(f, text, JudgementArea.ChildrenInCareAndCareLeavers, Grade.Good, "Good");
        ShouldHave(f, text, JudgementArea.HelpAndProtection, Grade.Inadequate, "Inadequate");
        ShouldHave(f, text, JudgementArea.OverallEffectiveness, Grade.RequiresImprovement, "Requires improvement\n\nto be good");
        f.Judgements.Should().HaveCount(4);
    }

    [Fact]
    public void From_April_2026_there_is_no_overall_judgement_and_two_leads_are_read()
    {
        var (_, f, _) = Read("""
            Inspection of Westmorland and Furness local authority
            children’s services
            Inspection dates: 1 to 12 June 2026
            Lead inspectors: Sam Okafor, His Majesty’s Inspector, and Priya Dale,
            His Majesty’s Inspector
            Judgement

            Grade

            The impact of leaders on practice with
            children and families

            Outstanding

            The experiences and progress of
            children who need help and protection

            Good

            The experiences and progress of
            children in care

            Good

            The experiences and progress of
            children care leavers

            Good

            Children and families across Westmorland and Furness get help early, from teams who work closely
            with schools, health visitors and the police, and overall effectiveness has been a focus for years.
            """);
        f.LaCode.Should().Be("943");
        f.LeadInspectors.Should().Equal("Sam Okafor", "Priya Dale");
        f.LeadInspector.Should().Be("Sam Okafor");
        f.Judgements.Select(j => j.Area).Should().Equal(
            JudgementArea.ImpactOfLeaders, JudgementArea.HelpAndProtection, JudgementArea.ChildrenInCare, JudgementArea.CareLeavers);
    }

    [Fact]
    public void A_split_visit_runs_from_the_first_day_to_the_last_and_its_first_part_sets_the_framework()
    {
        var (_, f, _) = Read("""
            Inspection of Thurrock local authority children’s services
            Inspection dates: 12 to 16 December 2022 and 7 to 8 February 2023
            Lead inspector: Kim Osei HMI
            Judgement

            Grade

            Overall effectiveness

            Good

            """);
        f.Start.Should().Be(new DateOnly(2022, 12, 12));
        f.End.Should().Be(new DateOnly(2023, 2, 8));
        f.Framework.Should().Be("short");
        f.LeadInspector.Should().Be("Kim Osei");
    }

    [Fact]
    public void A_sif_report_with_its_overall_statement_numbered_list_and_lscb()
    {
        var (kind, f, text) = Read("""
            Royal Borough of Greenwich
            Inspection of services for children in need of help and
            protection, children looked after and care leavers
            and
            Review of the effectiveness of the Local Safeguarding Children
            Board1
            Inspection date: 8/06/2015 – 2/07/2015
            Report published: 11 August 2015
            The overall judgement is that children’s services require
            improvement
            Help is not yet good enough for every child in this invented borough, though nothing is failing widely.
            1. Children who need help and protection

            Requires
            improvement

            2. Children looked after and achieving
            permanence

            Good

            2.1 Adoption performance

            Not judged

            2.2 Experiences and progress of care leavers

            3

            Outstanding

            3. Leadership, management and governance

            Requires improvement

            The effectiveness of the Local Safeguarding Children Board (LSCB) is
            good

            """);
        kind.Should().Be(DocumentKind.InspectionReport);
        f.Framework.Should().Be("sif");
        f.LaCode.Should().Be("203");
        f.Start.Should().Be(new DateOnly(2015, 6, 8));
        f.End.Should().Be(new DateOnly(2015, 7, 2));
        ShouldHave(f, text, JudgementArea.OverallEffectiveness, Grade.RequiresImprovement, "require\nimprovement");
        ShouldHave(f, text, JudgementArea.HelpAndProtection, Grade.RequiresImprovement, "Requires\nimprovement");
        ShouldHave(f, text, JudgementArea.ChildrenInCare, Grade.Good, "Good");
        ShouldHave(f, text, JudgementArea.CareLeavers, Grade.Outstanding, "Outstanding");
        ShouldHave(f, text, JudgementArea.LeadershipManagementGovernance, Grade.RequiresImprovement, "Requires improvement");
        ShouldHave(f, text, JudgementArea.Lscb, Grade.Good, "good");
        f.Judgements.Should().NotContain(j => j.Area == JudgementArea.Adoption, "adoption was not judged");
    }

    [Fact]
    public void A_list_read_as_a_column_of_labels_then_a_column_of_grades()
    {
        var (_, f, _) = Read("""
            Essex County Council
            Inspection of services for children in need of help and
            protection, children looked after and care leavers
            Inspection date: 10 June 2014 - 2 July 2014
            Children’s services in Essex are good
            1. Children who need help and protection
            2. Children looked after and achieving permanence
            Requires
            improvement
            Good
            2.1 Adoption performance
            Outstanding

            """);
        f.LaCode.Should().Be("881");
        f.Judgements.Should().ContainSingle(j => j.Area == JudgementArea.OverallEffectiveness).Which.Grade.Should().Be(Grade.Good);
        f.Judgements.Should().ContainSingle(j => j.Area == JudgementArea.HelpAndProtection).Which.Grade.Should().Be(Grade.RequiresImprovement);
        f.Judgements.Should().ContainSingle(j => j.Area == JudgementArea.ChildrenInCare).Which.Grade.Should().Be(Grade.Good);
        f.Judgements.Should().ContainSingle(j => j.Area == JudgementArea.Adoption).Which.Grade.Should().Be(Grade.Outstanding);
    }

    [Fact]
    public void A_label_and_its_grade_on_one_line()
    {
        var (_, f, _) = Read("""
            Manchester City Council
            Re-inspection of services for children in need of help and protection, children looked after and care leavers
            Inspection dates: 16 October to 9 November 2017
            Children’s services in Manchester require improvement to be good
            1. Children who need help and protection Requires improvement
            2. Children looked after and achieving
            permanence Good
            3. Leadership, management and governance Inadequate

            """);
        f.Judgements.Should().ContainSingle(j => j.Area == JudgementArea.HelpAndProtection).Which.Grade.Should().Be(Grade.RequiresImprovement);
        f.Judgements.Should().ContainSingle(j => j.Area == JudgementArea.ChildrenInCare).Which.Grade.Should().Be(Grade.Good);
        f.Judgements.Should().ContainSingle(j => j.Area == JudgementArea.LeadershipManagementGovernance).Which.Grade.Should().Be(Grade.Inadequate);
        f.Start.Should().Be(new DateOnly(2017, 10, 16));
    }

    [Fact]
    public void Without_a_table_the_graded_section_headings_give_the_judgements()
    {
        var (_, f, text) = Read("""
            Inspection of Kent local authority children’s services
            Inspection dates: 23 April to 4 May 2018
            Lead inspector: Neil Hartley HMI

            Families in Kent are seen quickly, and most get the right help, although some wait too long for a plan.

            The impact of leaders on social work practice with children and families is:
            inadequate
            1. Leaders have not yet got a grip on caseloads, which remain far too high in two teams.

            The experiences and progress of children who need help and
            protection: good
            2. Children who need help are seen quickly.

            The experiences and progress of children in care and care leavers is good
            3. Children in care live in stable homes.

            Overall effectiveness requires improvement to be good
            4. Inspectors found that leaders know what needs to change.
            """);
        ShouldHave(f, text, JudgementArea.ImpactOfLeaders, Grade.Inadequate, "inadequate");
        ShouldHave(f, text, JudgementArea.HelpAndProtection, Grade.Good, "good");
        ShouldHave(f, text, JudgementArea.ChildrenInCareAndCareLeavers, Grade.Good, "good");
        ShouldHave(f, text, JudgementArea.OverallEffectiveness, Grade.RequiresImprovement, "requires improvement to be good");
        f.Framework.Should().Be("standard");
        f.LeadInspector.Should().Be("Neil Hartley");
    }

    [Theory]
    [InlineData("16 April to 27 April 2018", "2018-04-16", "2018-04-27")]
    [InlineData("11 to 22 May 2026", "2026-05-11", "2026-05-22")]
    [InlineData("9–24 November 2017", "2017-11-09", "2017-11-24")]
    [InlineData("11 March – 2 April 2014", "2014-03-11", "2014-04-02")]
    [InlineData("05 July 2016–27 July 2016", "2016-07-05", "2016-07-27")]
    [InlineData("1/06/2015 – 25/06/2015", "2015-06-01", "2015-06-25")]
    [InlineData("12/09/2016 to 06/10/2016", "2016-09-12", "2016-10-06")]
    [InlineData("18 Feb 2014 – 7 March 2014", "2014-02-18", "2014-03-07")]
    [InlineData("24 – 28 June 2013", "2013-06-24", "2013-06-28")]
    [InlineData("30 November to\n11 December 2020", "2020-11-30", "2020-12-11")]
    [InlineData("\n\n9 March 2020 to 13 March 2020\n\nLead inspector:", "2020-03-09", "2020-03-13")]
    [InlineData("15 December to 9 January 2025", "2024-12-15", "2025-01-09")]
    [InlineData("15 July 2019 to 19 July 2019 and 5 August 2019 to\n6 August 2019", "2019-07-15", "2019-08-06")]
    [InlineData("18 November-9 December 2013 and 27 – 29\nJanuary 2014", "2013-11-18", "2014-01-29")]
    [InlineData("1st to 5th Sept 2025\nLead inspector: A Person", "2025-09-01", "2025-09-05")]
    public void Visit_dates_in_every_printed_form(string value, string start, string end)
    {
        var d = VisitDateParser.Parse(value);
        d.Should().NotBeNull();
        d!.Value.Start.Should().Be(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        d.Value.End.Should().Be(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void The_first_part_of_a_split_visit()
    {
        var d = VisitDateParser.Parse("23 September to 4 October 2024 and 20 to 23 January 2025")!.Value;
        d.FirstPartEnd.Should().Be(new DateOnly(2024, 10, 4));
        d.FirstPartDays.Should().Be(12);
        d.End.Should().Be(new DateOnly(2025, 1, 23));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Report published: 4 August 2015")]
    [InlineData("31 February 2015")]
    [InlineData("to and –")]
    public void Not_visit_dates(string value)
    {
        VisitDateParser.Parse(value).Should().BeNull();
    }

    [Theory]
    [InlineData("Lead inspector: Alex Marlow, His Majesty’s Inspector\nJudgement", new[] { "Alex Marlow" })]
    [InlineData("Lead inspector: Neil Hartley HMI\n", new[] { "Neil Hartley" })]
    [InlineData("Lead inspector: Andy Pike, HMI\n", new[] { "Andy Pike" })]
    [InlineData("Lead inspector: Jenny-ellen Roe\nHer Majesty’s Inspector\n", new[] { "Jenny-ellen Roe" })]
    [InlineData("Lead inspector:\n\nMarta Vale\nHer Majesty's Inspector\n\nJudgement", new[] { "Marta Vale" })]
    [InlineData("Lead inspectors: Sam Okafor, His Majesty’s Inspector, and Priya Dale,\nHis Majesty’s Inspector\nJudgement", new[] { "Sam Okafor", "Priya Dale" })]
    [InlineData("Lead inspector: Máire O’Neill\nTeam inspectors: Ann Bell, Tom Fry", new[] { "Máire O’Neill" })]
    [InlineData("Lead inspector:\n\nJudgement\n", new string[0])]
    public void Lead_inspectors(string header, string[] names)
    {
        var list = InspectionReader.LeadInspectors(header, header, InspectionReader.ReportType.Ilacs);
        list.Should().Equal(names);
    }

    [Theory]
    [InlineData("London Borough of Barking and\nDagenham\nInspection of children’s social care services", "301")]
    [InlineData("Thurrock Council\nInspection of children’s social care services", "883")]
    [InlineData("West Sussex County Council\nInspection", "938")]
    [InlineData("Royal Borough of Kensington and\nChelsea", "207")]
    [InlineData("The Royal Borough of Windsor and\nMaidenhead", "868")]
    [InlineData("Bournemouth,\nChristchurch and Poole", "839")]
    [InlineData("Metropolitan Borough of Barnsley\nCouncil", "370")]
    [InlineData("City of Bradford Metropolitan District\nCouncil", "380")]
    [InlineData("St. Helens Metropolitan Borough\nCouncil", "342")]
    [InlineData("Inspection of St Helens local authority", "342")]
    [InlineData("North Somerset Council", "802")]
    [InlineData("Somerset County Council", "933")]
    [InlineData("Newcastle upon Tyne City Council", "391")]
    [InlineData("Newcastle Upon Tyne\nInspection of services", "391")]
    [InlineData("Stoke-on-Trent City Council", "861")]
    [InlineData("Bristol City Council", "801")]
    [InlineData("Kingston Upon Hull City Council", "810")]
    [InlineData("Inspection of Brighton & Hove local authority", "846")]
    [InlineData("Durham County Council", "840")]
    public void Authority_names_in_their_printed_forms(string title, string code)
    {
        LocalAuthorities.FindFirst(title)!.Value.Authority.Code.Should().Be(code);
    }

    [Theory]
    [InlineData("A weekend in New York and a trip to Reading the papers.")]
    [InlineData("Bury the past, said the director.")]
    public void Ordinary_words_are_not_authorities(string text)
    {
        LocalAuthorities.FindFirst(text).Should().BeNull();
    }

    [Fact]
    public void A_focused_visit_letter()
    {
        var (kind, f, _) = Read("""
            Dear Ms Example

            Focused visit to Sefton children’s services

            This letter summarises the findings of the focused visit to Sefton children’s services on 2 and 3 March 2021.
            His Majesty’s Inspectors for this visit were Tara Quill and Ben Ashe.

            Inspectors looked at the front door and at help and protection for children.
            """);
        kind.Should().Be(DocumentKind.FocusedVisit);
        f.Framework.Should().Be("focused_visit");
        f.LaCode.Should().Be("343");
        f.Start.Should().Be(new DateOnly(2021, 3, 2));
        f.End.Should().Be(new DateOnly(2021, 3, 3));
        f.LeadInspectors.Should().Equal("Tara Quill", "Ben Ashe");
        f.Judgements.Should().BeEmpty();
    }

    [Fact]
    public void A_monitoring_visit_letter()
    {
        var (kind, f, _) = Read("""
            Dear Mr Example

            Monitoring visit to Torbay children’s services

            This letter summarises the findings of the monitoring visit to Torbay children’s services on 10 to 11 July 2019.
            This was the sixth visit since Torbay was judged inadequate. The inspectors were Lee Carr and Ruth Moss.
            """);
        kind.Should().Be(DocumentKind.MonitoringVisit);
        f.Framework.Should().Be("monitoring_visit");
        f.Start.Should().Be(new DateOnly(2019, 7, 10));
        f.End.Should().Be(new DateOnly(2019, 7, 11));
        f.LeadInspectors.Should().Equal("Lee Carr", "Ruth Moss");
    }

    [Fact]
    public void News_about_an_inspection_is_news_and_has_no_inspection_facts()
    {
        var (kind, facts, _) = InspectionReader.ReadText(
            "Sefton children's services rated good\n\nOfsted inspectors said children in Sefton get help early. Inspectors praised the council's help and protection work for children.");
        kind.Should().Be(DocumentKind.News);
        facts.Should().BeNull();
    }

    [Fact]
    public void Other_text_is_other()
    {
        var (kind, facts, _) = InspectionReader.ReadText("Minutes of the allotment society, spring meeting. Tea and biscuits were served.");
        kind.Should().Be(DocumentKind.Other);
        facts.Should().BeNull();
    }
}
