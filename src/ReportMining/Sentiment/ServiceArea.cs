using System.Text.Json.Serialization;
using ReportMining.Output;

namespace ReportMining.Sentiment;

/// <summary>An area of children's services: five top-level areas, general, and finer areas that each name a parent (see ServiceAreas.Parent).</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<ServiceArea>))]
public enum ServiceArea
{
    /// <summary>Leaders (senior and political), oversight by managers, quality assurance, partnerships, corporate parenting.</summary>
    Leadership,
    /// <summary>Front door, early help, assessment, child protection and children in need, exploitation, disabled children, private fostering.</summary>
    HelpAndProtection,
    /// <summary>Looked-after children, placements, permanence, fostering, adoption, health, education.</summary>
    ChildrenInCare,
    /// <summary>Leaving care: pathway plans, personal advisers, where care leavers live, staying put.</summary>
    CareLeavers,
    /// <summary>Social workers, recruitment, retention, vacancies, caseloads, supervision, training.</summary>
    Workforce,
    /// <summary>The service as a whole, or none of the areas.</summary>
    General,
    /// <summary>Contacts, referrals, MASH (help and protection).</summary>
    FrontDoor,
    /// <summary>Early help (help and protection).</summary>
    EarlyHelp,
    /// <summary>Assessments (help and protection).</summary>
    Assessment,
    /// <summary>Child protection: strategy meetings, section 47 enquiries, plans (help and protection).</summary>
    ChildProtection,
    /// <summary>Exploitation and missing children (help and protection).</summary>
    Exploitation,
    /// <summary>Disabled children (help and protection).</summary>
    DisabledChildren,
    /// <summary>Private fostering (help and protection).</summary>
    PrivateFostering,
    /// <summary>Placements and sufficiency (children in care).</summary>
    Placements,
    /// <summary>Fostering and foster carers (children in care).</summary>
    Fostering,
    /// <summary>Adoption (children in care).</summary>
    Adoption,
    /// <summary>Education and the virtual school (children in care).</summary>
    Education,
    /// <summary>Health of children in care (children in care).</summary>
    Health,
}
