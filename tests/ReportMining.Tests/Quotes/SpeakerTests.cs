using static ReportMining.Tests.Quotes.QuoteTestSupport;

namespace ReportMining.Tests.Quotes;

/// <summary>Who said each quote. All texts are written for the project.</summary>
public class SpeakerTests
{
    [Fact]
    public void NameThenSaid()
    {
        const string text = "“We have listened to every family,” Priya Nair said.";
        var q = Single(text);
        q.Speaker.Should().Be("Priya Nair");
        q.Cue.Should().Be("said");
        text[q.SpeakerStart!.Value..q.SpeakerEnd!.Value].Should().Be("Priya Nair");
        text[q.CueStart!.Value..q.CueEnd!.Value].Should().Be("said");
    }

    [Fact]
    public void SaidThenNameWithHonorific()
    {
        const string text = "“Nobody in this borough waits longer than a week,” said Mr. Daniel Frost.";
        var q = Single(text);
        q.Speaker.Should().Be("Daniel Frost");
        Mention(text, q).Should().Contain("Daniel Frost");
    }

    [Fact]
    public void NameCommaRoleCommaSaidColon()
    {
        const string text = "Rita Mensah, the council’s director for children and families, said: “Our social workers have done remarkable work this year.”";
        var q = Single(text);
        q.Speaker.Should().Be("Rita Mensah");
        q.SpeakerRole.Should().Be("the council’s director for children and families");
        text[q.SpeakerRoleStart!.Value..q.SpeakerRoleEnd!.Value].Should().Be(q.SpeakerRole);
    }

    [Fact]
    public void RoleBeforeNameThenSaid()
    {
        const string text = "Director of children’s services Rob Calloway said the service was “not where we need it to be”.";
        var q = Single(text);
        q.Speaker.Should().Be("Rob Calloway");
        q.SpeakerRole.Should().Be("director of children’s services");
    }

    [Fact]
    public void AccordingTo()
    {
        const string text = "Placements have been “far too unstable for too long”, according to Hannah Reid, who chairs the scrutiny panel.";
        var q = Single(text);
        q.Speaker.Should().Be("Hannah Reid");
        q.Cue.Should().Be("according to");
    }

    [Fact]
    public void TellsSomeone()
    {
        const string text = "Councillor Omar Shah told the committee: “We will recruit forty more social workers by March.”";
        var q = Single(text);
        q.Speaker.Should().Be("Omar Shah");
        q.Cue.Should().Be("told");
    }

    [Fact]
    public void AddedAfterAnEarlierQuote()
    {
        const string text = "“The academy is full,” Lena Hollis said. “We are training our own.”\n\n“Agency costs have halved,” she added.";
        var quotes = FindQuotes(text);
        quotes.Should().HaveCount(3);
        quotes[0].Speaker.Should().Be("Lena Hollis");
        quotes[1].Speaker.Should().Be("Lena Hollis");
        quotes[2].Speaker.Should().Be("Lena Hollis");
        quotes[2].Cue.Should().Be("added");
        Mention(text, quotes[2]).Should().Be("she");
        text[quotes[2].SpeakerStart!.Value..quotes[2].SpeakerEnd!.Value].Should().Be("Lena Hollis");
    }

    [Theory]
    [InlineData("vowed", "Mark Dunne vowed: “We will fix the front door this year.”")]
    [InlineData("warned", "Mark Dunne warned that “too many children are still waiting”.")]
    [InlineData("praised", "Mark Dunne praised the “tireless work of our foster carers”.")]
    public void VowedWarnedPraised(string cue, string text)
    {
        var q = Single(text);
        q.Speaker.Should().Be("Mark Dunne");
        q.Cue.Should().Be(cue);
    }

    [Fact]
    public void TheReportStates()
    {
        const string text = "The report states: “Leaders know their services well and act quickly when practice slips.”";
        var q = Single(text);
        q.Speaker.Should().Be("the report");
        q.Cue.Should().Be("states");
    }

    [Fact]
    public void InspectorsNoted()
    {
        const string text = "Inspectors noted “a marked rise in the quality of child protection plans” across the county.";
        var q = Single(text);
        q.Speaker.Should().Be("inspectors");
        q.Cue.Should().Be("noted");
    }

    [Fact]
    public void ItAddedResolvesToTheLastDocument()
    {
        const string text = "The Ofsted report said: “Senior leaders have a clear plan.”\n\nIt added: “Too many care leavers in Eastmere live in poor housing.”";
        var quotes = FindQuotes(text);
        quotes.Should().HaveCount(2);
        quotes[1].Speaker.Should().Be("the report");
        Mention(text, quotes[1]).Should().Be("It");
    }

    [Fact]
    public void HeSaidResolvesToTheLastPerson()
    {
        const string text = "Chief executive Alan Birch said: “The budget for children’s services will rise.”\n\n" +
                            "Later, the council published its plan. “We are committed to every child in our care,” he said.";
        var quotes = FindQuotes(text);
        quotes.Should().HaveCount(2);
        quotes[1].Speaker.Should().Be("Alan Birch");
        quotes[1].SpeakerRole.Should().Be("chief executive");
        Mention(text, quotes[1]).Should().Be("he");
    }

    [Fact]
    public void ASpeakerNamedInTheParagraphBeforeAContinuingQuote()
    {
        const string text = "“Our foster carers are the backbone of the service,” said Nadia Webb.\n\n“Without them we could not keep brothers and sisters together.”";
        var quotes = FindQuotes(text);
        quotes.Should().HaveCount(2);
        quotes[1].Speaker.Should().Be("Nadia Webb");
    }

    [Fact]
    public void ALeadInParagraphEndingWithAColonIntroducesTheQuote()
    {
        const string text = "The lead member, Gail Stone, continued:\n\n“We owe it to our children to get this right.”";
        var q = Single(text);
        q.Speaker.Should().Be("Gail Stone");
    }

    [Fact]
    public void ASurnameAloneIsLinkedToTheFullNameAndRole()
    {
        const string text = "Corporate director Helen Armitage said the review was welcome.\n\n“Morale has never been higher,” Armitage said.";
        var q = Single(text);
        q.Speaker.Should().Be("Helen Armitage");
        Mention(text, q).Should().Be("Armitage");
        text[q.SpeakerStart!.Value..q.SpeakerEnd!.Value].Should().Be("Armitage");
        q.SpeakerRole.Should().Be("corporate director");
    }

    [Fact]
    public void AQuoteWithNoSpeakerInTheText()
    {
        const string text = "Harbury rated good.\n\nThe visit took place in May.\n\n“Every child in this borough matters to us.”";
        var q = Single(text);
        q.Speaker.Should().BeNull();
        q.SpeakerStart.Should().BeNull();
        q.SpeakerMentionStart.Should().BeNull();
    }

    [Fact]
    public void ADescriptionAsSpeaker()
    {
        const string text = "“We do not comment on individual cases,” a spokesman for Harbury Council said.";
        var q = Single(text);
        q.Speaker.Should().Be("a spokesman for Harbury Council");
    }

    [Fact]
    public void AnOrganisationAsSpeaker()
    {
        const string text = "“Children in Harbury are safer than they were,” Ofsted said in a statement.";
        var q = Single(text);
        q.Speaker.Should().Be("Ofsted");
    }

    [Fact]
    public void TheSubjectOfAVowIsTheSpeakerOfTheParticiple()
    {
        const string text = "Jo Linton vowed to improve support for the borough’s disabled children, saying: “We are not there yet.”";
        var q = Single(text);
        q.Speaker.Should().Be("Jo Linton");
        q.Cue.Should().Be("vowed");
    }

    [Fact]
    public void TwoAppositivesBetweenNameAndVerb()
    {
        const string text = "“We were not consulted,” Amy Clarke, the county’s lead member for children, one of three councillors on the panel, said at the meeting.";
        var q = Single(text);
        q.Speaker.Should().Be("Amy Clarke");
        q.SpeakerRole.Should().Be("the county’s lead member for children");
    }

    [Fact]
    public void PartyAndRoleBetweenVerbAndName()
    {
        const string text = "“The figures speak for themselves,” said Labour councillor Dev Shah.";
        var q = Single(text);
        q.Speaker.Should().Be("Dev Shah");
        q.SpeakerRole.Should().Be("Labour councillor");
    }

    [Fact]
    public void AReportingVerbOutsideTheLexiconRightAfterTheQuote()
    {
        const string text = "“Is that really the plan for the east of the county?” Councillor Dev Shah pressed.";
        Single(text).Speaker.Should().Be("Dev Shah");
    }

    [Fact]
    public void ANameStandingBeforeAColon()
    {
        const string text = "Polling in Harbury - Kim Yates: “Support for the new family hubs has doubled since the spring.”";
        Single(text).Speaker.Should().Be("Kim Yates");
    }

    [Fact]
    public void WentOnToSay()
    {
        const string text = "The letter went on to say: “The council will review every placement by June.”";
        var q = Single(text);
        q.Speaker.Should().Be("the letter");
        q.Cue.Should().Be("say");
    }

    [Fact]
    public void SpeakerSearchStaysWithinTheQuotesSentences()
    {
        // a name far from the quote, in another paragraph, is not its speaker
        const string text = "Amir Khan said the budget was agreed.\n\nThe council met.\n\nThe weather was poor.\n\nIt rained.\n\n“Attendance was low at every one of the sessions.”";
        Single(text).Speaker.Should().BeNull();
    }
}
