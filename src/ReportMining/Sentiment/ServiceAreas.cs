namespace ReportMining.Sentiment;

/// <summary>Facts about <see cref="ServiceArea"/> values.</summary>
public static class ServiceAreas
{
    /// <summary>The five top-level areas, in the order of DESIGN.md.</summary>
    public static IReadOnlyList<ServiceArea> TopLevel { get; } =
        [ServiceArea.Leadership, ServiceArea.HelpAndProtection, ServiceArea.ChildrenInCare, ServiceArea.CareLeavers, ServiceArea.Workforce];

    /// <summary>The top-level area a finer area belongs to; a top-level area (or general) is its own parent.</summary>
    public static ServiceArea Parent(this ServiceArea area) => area switch
    {
        ServiceArea.FrontDoor or ServiceArea.EarlyHelp or ServiceArea.Assessment or ServiceArea.ChildProtection
            or ServiceArea.Exploitation or ServiceArea.DisabledChildren or ServiceArea.PrivateFostering => ServiceArea.HelpAndProtection,
        ServiceArea.Placements or ServiceArea.Fostering or ServiceArea.Adoption or ServiceArea.Education
            or ServiceArea.Health => ServiceArea.ChildrenInCare,
        _ => area,
    };

    /// <summary>True for the five top-level areas and general.</summary>
    public static bool IsTopLevel(this ServiceArea area) => area <= ServiceArea.General;
}
