using System.Text.Json.Serialization;
using ReportMining.Output;

namespace ReportMining.Ratings;

/// <summary>The area a grade judges.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<JudgementArea>))]
public enum JudgementArea
{
    /// <summary>Overall effectiveness.</summary>
    OverallEffectiveness,
    /// <summary>The impact of leaders on social work practice with children and families.</summary>
    ImpactOfLeaders,
    /// <summary>The experiences and progress of children who need help and protection.</summary>
    HelpAndProtection,
    /// <summary>The experiences and progress of children in care (SIF: children looked after and achieving permanence).</summary>
    ChildrenInCare,
    /// <summary>The experiences and progress of care leavers.</summary>
    CareLeavers,
    /// <summary>Children in care and care leavers, graded together (ILACS before 2023).</summary>
    ChildrenInCareAndCareLeavers,
    /// <summary>Adoption performance (SIF).</summary>
    Adoption,
    /// <summary>Leadership, management and governance (SIF).</summary>
    LeadershipManagementGovernance,
    /// <summary>The effectiveness of the Local Safeguarding Children Board (SIF reviews).</summary>
    Lscb,
}
