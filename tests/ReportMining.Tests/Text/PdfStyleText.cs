namespace ReportMining.Tests.Text;

/// <summary>Report text in the shape pdftotext gives, written for the project (fictional authority).</summary>
internal static class PdfStyleText
{
    public const string Footer = "Inspection of Lowmoor local authority children’s services";
    public const string FooterDates = "3–14 March 2025";

    /// <summary>Three pages; each ends with the running footer, a page number and a form feed.</summary>
    public static string ThreePages { get; } = string.Join('\n',
    [
        "Inspection of Lowmoor local authority",
        "children’s services",
        "Inspection dates: 3–14 March 2025",
        "Lead inspector: Dana Whitfield, His Majesty’s Inspector",
        "",
        "What needs to improve?",
        "◼ How quickly children in care receive their first health assessments.",
        "◼ The quality of pathway plans for each young person leaving care.",
        "",
        "The experiences and progress of children who need help and",
        "protection: good",
        "1. Children in Lowmoor receive a prompt response when concerns are first raised. Mr.",
        "Patel, the head of service, leads a stable team of experienced social workers who",
        "know their families well. Most assessments are thorough, e.g. they consider the",
        "history of the family, and 4.5 per cent of referrals are re-referrals.",
        Footer,
        FooterDates,
        "",
        "1",
        "",
        "\fDecisions in Lowmoor’s multi-agency safeguarding hub are timely and well recorded.",
        "",
        "2.",
        "",
        "Strategy meetings are well attended. However, the recording of child protection",
        "enquiries is not consistently detailed and some plans lack clear timescales for",
        "action. The out-of-hours service works closely with daytime teams and ensures",
        Footer,
        FooterDates,
        "",
        "2",
        "",
        "\fthat information is shared quickly. Leaders have commissioned a review of assess-",
        "ment practice, which is due to report in June.",
        "3. Dr. J. R. Okoye said: “Practice is improving. We are not there yet.” Inspectors agreed.",
        "The review was \u00ABwelcomed\u00BB by partners.",
        Footer,
        FooterDates,
        "",
        "3",
        "",
        "\f",
    ]);
}
