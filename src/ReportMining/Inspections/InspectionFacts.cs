namespace ReportMining.Inspections;

/// <summary>What an inspection report or visit letter states about itself.</summary>
public sealed record InspectionFacts
{
    /// <summary>The local authority inspected, as named in <c>local_authorities.csv</c> ("Dorset").</summary>
    public string? LocalAuthority { get; init; }

    /// <summary>The authority's three-digit code ("838"), when it is known.</summary>
    public string? LaCode { get; init; }

    /// <summary>
    /// The inspection framework: <c>standard</c> or <c>short</c> (ILACS, by time on site),
    /// <c>focused_visit</c>, <c>monitoring_visit</c>, <c>sif</c>, <c>pre_sif_lac</c>, <c>lscb_review</c>.
    /// </summary>
    public string? Framework { get; init; }

    /// <summary>First day on site.</summary>
    public DateOnly? Start { get; init; }

    /// <summary>Last day on site (the last day given, for a split visit).</summary>
    public DateOnly? End { get; init; }

    /// <summary>The (first) lead inspector's name.</summary>
    public string? LeadInspector { get; init; }

    /// <summary>All lead inspectors named, in order.</summary>
    public IReadOnlyList<string> LeadInspectors { get; init; } = [];

    /// <summary>The graded judgements, in the order the report gives them.</summary>
    public IReadOnlyList<Judgement> Judgements { get; init; } = [];
}
