namespace ReportMining.Ratings;

/// <summary>A grade statement in prose or news ("raised from inadequate to good").</summary>
public sealed record Rating
{
    /// <summary>The grade stated.</summary>
    public required Grade Grade { get; init; }

    /// <summary>The grade before, when the text gives it.</summary>
    public Grade? PreviousGrade { get; init; }

    /// <summary>How the grade changed, when the text says.</summary>
    public RatingChange? Change { get; init; }

    /// <summary>The judgement area graded, when the text says.</summary>
    public JudgementArea? Area { get; init; }

    /// <summary>Whose services are graded ("Croydon"), with "the council" and "its" resolved.</summary>
    public string? Subject { get; init; }

    /// <summary>
    /// When the judgement was made (TIMEX3 value such as <c>2017</c> or <c>2020-02</c>), when the
    /// text says: in the statement's own sentence, the current inspection's dates for the current
    /// grade, or, for an earlier grade stated without a date ("three years after it was judged
    /// inadequate"), the date the document gives the same grade of the same subject elsewhere.
    /// </summary>
    public string? Date { get; init; }

    /// <summary>True for a negated statement ("not yet good").</summary>
    public bool Negated { get; init; }

    /// <summary>The words of the statement (equal to the text's slice).</summary>
    public required string Text { get; init; }

    /// <summary>Start of the statement in the text.</summary>
    public required int Start { get; init; }

    /// <summary>End (exclusive) of the statement in the text.</summary>
    public required int End { get; init; }
}
