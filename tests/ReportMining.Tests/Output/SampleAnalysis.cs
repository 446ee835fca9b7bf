using ReportMining.Dates;
using ReportMining.Input;
using ReportMining.Inspections;
using ReportMining.Percentages;
using ReportMining.Quotes;
using ReportMining.Ratings;
using ReportMining.Sentiment;

namespace ReportMining.Tests.Output;

/// <summary>An analysis with one item of every kind, over a text written for the project.</summary>
public static class SampleAnalysis
{
    public const string Text =
        "Wrenford was rated \"good\", up from inadequate, on 16 March 2020.\n" +
        "The vacancy rate is 40%, but \"it is, frankly, too high\", said director Ana Silva.";

    private static (int Start, int End, string Text) Find(string words)
    {
        int start = Text.IndexOf(words, StringComparison.Ordinal);
        return (start, start + words.Length, words);
    }

    public static DocumentResult Result(string id = "wrenford.txt")
    {
        var rating = Find("Wrenford was rated \"good\", up from inadequate");
        var date = Find("16 March 2020");
        var pct = Find("40%");
        var quote = Find("it is, frankly, too high");
        var speaker = Find("director Ana Silva");
        var grade = Find("good");
        var sentence = Find("The vacancy rate is 40%, but \"it is, frankly, too high\", said director Ana Silva.");
        var analysis = new ReportAnalysis
        {
            Id = id,
            Kind = DocumentKind.News,
            DocumentDate = new DateOnly(2020, 3, 16),
            DocumentDateSource = "given",
            Inspection = new InspectionFacts
            {
                LocalAuthority = "Wrenford",
                LaCode = null,
                Framework = "standard",
                Start = new DateOnly(2020, 2, 3),
                End = new DateOnly(2020, 2, 14),
                LeadInspector = "Jo Bright",
                LeadInspectors = ["Jo Bright"],
                Judgements = [new Judgement { Area = JudgementArea.OverallEffectiveness, Grade = Grade.Good, Start = grade.Start, End = grade.End }],
            },
            Ratings = [new Rating { Grade = Grade.Good, PreviousGrade = Grade.Inadequate, Change = RatingChange.Improved, Subject = "Wrenford", Text = rating.Text, Start = rating.Start, End = rating.End }],
            Dates = [new DateMention { Text = date.Text, Type = DateType.Date, Value = "2020-03-16", Start = date.Start, End = date.End }],
            Percentages = [new PercentageMention { Text = pct.Text, Value = 40.0, Measure = "vacancy rate", Start = pct.Start, End = pct.End }],
            Quotes = [new Quote
            {
                Text = quote.Text, Speaker = "Ana Silva", SpeakerRole = "director", SpeakerStart = speaker.Start, SpeakerEnd = speaker.End,
                Cue = "said", Stance = Stance.Criticism, Confidence = 0.875, Areas = [ServiceArea.Workforce], Start = quote.Start, End = quote.End,
            }],
            ServiceAreas = [new ServiceAreaSentiment
            {
                Area = ServiceArea.Workforce, Sentiment = SentimentLabel.Negative, Score = -0.5, Mentions = 1,
                Evidence = [new Evidence { Start = sentence.Start, End = sentence.End, Sentiment = SentimentLabel.Negative, Confidence = 0.75 }],
            }],
        };
        var input = InputItem.Ok(new DocumentInput(id, Text, new DateOnly(2020, 3, 16)), Text.Length, InputFormat.Text);
        return new DocumentResult { Input = input, Analysis = analysis };
    }

    public static DocumentResult Error(string id, InputErrorKind kind, string message) =>
        new() { Input = InputItem.Failed(id, kind, message, 0, InputFormat.Text), Error = new InputError(kind, message) };
}
