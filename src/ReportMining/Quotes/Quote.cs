using ReportMining.Sentiment;

namespace ReportMining.Quotes;

/// <summary>A direct quotation with its speaker and stance.</summary>
public sealed record Quote
{
    /// <summary>The quoted words without the quote marks (equal to the text's slice).</summary>
    public required string Text { get; init; }

    /// <summary>Who said it: a name, or "the report", "inspectors"; null when the text does not say.</summary>
    public string? Speaker { get; init; }

    /// <summary>The speaker's role when given ("director of children's services").</summary>
    public string? SpeakerRole { get; init; }

    /// <summary>Start of the speaker mention, when there is one.</summary>
    public int? SpeakerStart { get; init; }

    /// <summary>End (exclusive) of the speaker mention.</summary>
    public int? SpeakerEnd { get; init; }

    /// <summary>The reporting verb ("said", "states", "added").</summary>
    public string? Cue { get; init; }

    /// <summary>Start of the reporting verb, when there is one.</summary>
    public int? CueStart { get; init; }

    /// <summary>End (exclusive) of the reporting verb.</summary>
    public int? CueEnd { get; init; }

    /// <summary>
    /// The mention attributed to this quote in its own context: the same as
    /// <see cref="SpeakerStart"/> for a name given there, the pronoun of "he said" or the surname
    /// of "Henderson said" when <see cref="Speaker"/> was resolved to a name given earlier.
    /// Null when no mention is attributed.
    /// </summary>
    public int? SpeakerMentionStart { get; init; }

    /// <summary>End (exclusive) of <see cref="SpeakerMentionStart"/>'s mention.</summary>
    public int? SpeakerMentionEnd { get; init; }

    /// <summary>Start of the role's words (<see cref="SpeakerRole"/>), when a role is given.</summary>
    public int? SpeakerRoleStart { get; init; }

    /// <summary>End (exclusive) of the role's words.</summary>
    public int? SpeakerRoleEnd { get; init; }

    /// <summary>Whether the quote praises or criticises the service.</summary>
    public Stance Stance { get; init; } = Stance.Neutral;

    /// <summary>Confidence of the stance, in [0, 1].</summary>
    public double Confidence { get; init; }

    /// <summary>Service areas the quote is about.</summary>
    public IReadOnlyList<ServiceArea> Areas { get; init; } = [];

    /// <summary>Start of the quoted words.</summary>
    public required int Start { get; init; }

    /// <summary>End (exclusive) of the quoted words.</summary>
    public required int End { get; init; }

    /// <summary>
    /// The quote's parts, one per paragraph, when it runs over several paragraphs (each part
    /// without its quote marks); empty for a quote within one paragraph.
    /// </summary>
    public IReadOnlyList<QuoteSegment> Segments { get; init; } = [];
}
