namespace ReportMining.Quotes;

/// <summary>What kind of words a speaker mention is.</summary>
internal enum MentionKind
{
    None,
    /// <summary>A person's name ("Rob Henderson", "Mr. Smith").</summary>
    Person,
    /// <summary>A named organisation or publication ("Croydon Council", "Ofsted", "The New York Times").</summary>
    Organisation,
    /// <summary>A description of people ("inspectors", "a spokesman for the council").</summary>
    People,
    /// <summary>A description of a document or body ("the report", "the letter").</summary>
    Document,
    /// <summary>A pronoun ("he", "it").</summary>
    Pronoun,
}

/// <summary>A speaker mention found near a quote: its words, the name within them, and a role.</summary>
internal struct Mention
{
    /// <summary>Start of the whole mention (titles and honorifics included).</summary>
    public int Start;

    /// <summary>End (exclusive) of the whole mention.</summary>
    public int End;

    /// <summary>Start of the name or head words (honorifics and titles left out).</summary>
    public int NameStart;

    /// <summary>End (exclusive) of the name or head words.</summary>
    public int NameEnd;

    /// <summary>Start of the role's words, or -1.</summary>
    public int RoleStart;

    /// <summary>End (exclusive) of the role's words.</summary>
    public int RoleEnd;

    public MentionKind Kind;

    public readonly bool IsEmpty => Kind == MentionKind.None;

    public readonly bool HasRole => RoleStart >= 0 && RoleEnd > RoleStart;

    public static Mention Create(MentionKind kind, int start, int end) =>
        new() { Kind = kind, Start = start, End = end, NameStart = start, NameEnd = end, RoleStart = -1, RoleEnd = -1 };
}

/// <summary>How a quote got its speaker.</summary>
internal enum AttributionSource
{
    None,
    /// <summary>A reporting clause after the quote ("..." she said).</summary>
    After,
    /// <summary>A reporting clause before the quote (She said: "...").</summary>
    Before,
    /// <summary>The speaker of an earlier quote that this one continues.</summary>
    Continued,
    /// <summary>A reporting clause in a neighbouring sentence.</summary>
    Context,
}

/// <summary>The speaker and cue found for one quote.</summary>
internal struct Attribution
{
    public Mention Speaker;

    public int CueStart;

    public int CueEnd;

    public CueWord Cue;

    public AttributionSource Source;

    public readonly bool HasCue => CueEnd > CueStart;

    public readonly bool HasSpeaker => !Speaker.IsEmpty;

    public static Attribution None => new() { Speaker = default, CueStart = -1, CueEnd = -1 };
}
