using System.Runtime.CompilerServices;

namespace ReportMining.MachineLearning;

/// <summary>
/// A small hand-written lexicon of the language of children's services reports and news, written
/// for this project: evaluative words (praise and criticism), obligation and recommendation cues,
/// hedges, and cue words of each service area and finer area (single words and two-word phrases).
/// The featuriser turns hits into shared features, so that a model learns "a criticism word"
/// from all of them together instead of from each rare word separately.
/// </summary>
internal static class ReportLexicon
{
    /// <summary>Lexicon categories (bit positions of <see cref="Lookup"/>'s result).</summary>
    internal enum Category
    {
        Praise,
        Criticism,
        Obligation,
        Imperative,
        Improvement,
        FewHedge,
        MostHedge,
        Auxiliary,
        Leadership,
        HelpAndProtection,
        ChildrenInCare,
        CareLeavers,
        Workforce,
        FrontDoor,
        EarlyHelp,
        Assessment,
        ChildProtection,
        Exploitation,
        DisabledChildren,
        PrivateFostering,
        Placements,
        Fostering,
        Adoption,
        Education,
        Health,
        Count,
    }

    /// <summary>
    /// Not a category: set on a word that begins a two-word phrase of the lexicon, so that a
    /// reader looks a pair up only after such a word. Masked off before the categories are used.
    /// </summary>
    internal const uint PairStart = 1u << 31;

    /// <summary>Categories whose polarity a negation flips (praise becomes criticism, and back).</summary>
    internal const uint Polar = (1u << (int)Category.Praise) | (1u << (int)Category.Criticism) | (1u << (int)Category.Improvement);

    private const int Bits = 13;
    private static readonly uint[] Keys = new uint[1 << Bits];
    private static readonly uint[] Values = new uint[1 << Bits];

    private static readonly string[] PraiseWords =
    [
        "appropriately", "benefit", "secure", "excellent", "promptly",
        "effective", "effectively", "good", "strong", "strongly", "well", "timely", "thorough", "thoroughly", "robust",
        "robustly", "comprehensive", "comprehensively", "appropriate", "outstanding", 
        "exceptional", "exceptionally", "high-quality", "good-quality", "skilled", "skilful", "skilfully", "skillfully",
        "committed", "commitment", "dedicated", "passionate", "proactive", "proactively", "purposeful", "purposefully",
        "sensitive", "sensitively", "child-centred", "creative", "creatively", "impressive", "innovative", "successful",
        "successfully", "positive", "positively", "securely", "stable", "consistent", "consistently", "clear",
        "clearly", "detailed", "meaningful", "meaningfully", "helpful", "valued", "supportive", "benefits",
        "benefited", "benefitted", "benefiting", "benefitting", "thrive", "thriving", "flourish", "flourishing",
        "strengthened", "enhanced", "embedded", "responsive", "swift", "swiftly", "prompt", "quickly",
        "rigorous", "rigorously", "diligent", "diligently", "insightful", "knowledgeable", "confident", "confidently",
        "trusted", "warm", "caring", "nurturing", "tenacious", "tenacity", "persistent", "persistently", "ambitious",
        "aspirational", "celebrated", "celebrate", "praised", "achieve", "achieving", "achieved", "achievement",
        "achievements", "accessible", "manageable", "sustained", "sufficient", "sufficiently", "safe", "safely", "safer",
        "happy", "enjoy", "enjoys", "enjoying", "proud", "strengths", "exemplary", "commendable", "inclusive", "tailored",
        "bespoke", "holistic", "respectful", "respectfully", "empathy", "empathetic", "compassionate", "authoritative",
        "accurate", "accurately", "focused", "well-established", "established", "well-coordinated", "coordinated",
        "well-targeted", "targeted", "seamless", "valuable", "invaluable", "highly", "best", "better",
        "stronger", "improved", "beneficial", "efficient", "efficiently", "visible",
        "well-understood", "understood", "thoughtful", "thoughtfully", "careful", "carefully", "attentive", "engaged",
        "engaging", "enthusiastic", "motivated", "resilient", "capable", "competent", "compliant", "well-being",
        "influential", "transformed", "transformational", "dramatically", "success", "successes", "excel",
        "excels", "good-quality", "wealth", "rich", "richer", "effectiveness",
        "continuity", "stability", "settled", "readily", "easily", "regularly", "commended", "hailed",
    ];

    private static readonly string[] CriticismWords =
    [
        "unclear", "unmet", "inadequate", "serious concerns",
        "weak", "weaker", "weakness", "weaknesses", "weakly", "poor", "poorer", "poorly", "inconsistent",
        "inconsistently", "inconsistency", "inconsistencies", "variable", "variability", "delay", "delays", "delayed",
        "delaying", "drift", "drifting", "insufficient", "insufficiently", "inadequately", "ineffective",
        "ineffectively", "lack", "lacks", "lacking", "limited", "shortfall", "shortfalls", "deficit", "deficits",
        "deficiency", "deficiencies", "concern", "concerns", "concerning", "deteriorated", "deteriorating",
        "deterioration", "declined", "declining", "decline", "failure", "failures", "failed", "fail", "fails", "failing",
        "gap", "gaps", "unsafe", "unsuitable", "inappropriate", "inappropriately", "unacceptable",
        "unacceptably", "slow", "slowly", "late", "overdue", "backlog", "backlogs", "excessive", "excessively", "rarely",
        "seldom", "infrequent", "infrequently", "missed", "difficult", "difficulties", "struggle", "struggles",
        "struggled", "struggling", "unstable", "instability", "turnover", "fragile", "fragmented", "disjointed",
        "superficial", "cursory", "vague", "unrealistic", "out-of-date", "outdated", "incomplete", "inaccurate",
        "unreliable", "worse", "worsened", "worsening", "lower", "low", "uncertain", "uncertainty", "confusion",
        "confused", "unaware", "unnecessary", "unnecessarily", "avoidable", "prolonged", "lengthy", "waiting",
        "underdeveloped", "undeveloped", "embryonic", "patchy", "uneven", "erratic", "reactive", "over-optimistic",
        "lapse", "lapsed", "inadequacy", "unaddressed", "unassessed", "unallocated", "vacancies", "vacancy",
        "high-risk", "harmful", "damaging", "detrimental", "undermined", "undermines", "undermine", "undermining",
        "hampered", "hinders", "hindered", "impeded", "compromised", "compromise", "minimal", "narrow", "generic",
        "formulaic", "weakening", "weakened", "breach", "breaches", "non-compliance", "noncompliant", "ineffectual",
        "flawed", "errors", "error", "mistakes", "problem", "problems", "problematic", "issues", "challenges",
        "challenging", "pressures", "pressure", "stretched", "overstretched", "unmanageable", 
        "rising", "worrying", "slippage", "slipped", 
        "still", "yet", "less", "fewer", "unable", "cannot", "absent", "absence", "lost", "losing",
        "neglected", "isolated", "unchallenged", "unresolved",
        "unknown", "unsure", "reliance", "overreliance", "over-reliance", "dependence", "churn",
        "inexperienced", "unqualified", "criticised", "criticism", "criticisms", "adverse",
        "deteriorate", "regressed", "stalled", "slower", "disappointing", "disappointed", "frustrated", "frustration",
        "let down", "lets down", "letting down", "failings", "shortcomings", "damning", "scathing", "warned",
    ];

    private static readonly string[] ObligationWords =
    [
        "should", "must", "need to", "needs to", "needed to", "need for", "required", "requires", "require", "ought",
        "needs improvement", "requires improvement", "required improvement", "to improve", "further work",
        "more work", "yet to", "not yet", "is needed", "are needed", "be strengthened", "be improved",
        "be addressed", "be developed", "area for", "areas for", "what needs", "needs strengthening",
    ];

    private static readonly string[] ImperativeWords =
    [
        "improve", "ensure", "review", "devise", "develop", "strengthen", "establish", "implement", "increase", "reduce",
        "embed", "address", "make", "provide", "undertake", "consider", "extend", "secure", "clarify", "evaluate",
        "monitor", "raise", "revise", "take", "identify", "promote", "introduce", "complete", "record", "use", "update",
        "analyse", "prioritise", "tackle", "enable", "engage", "assure", "audit", "expand", "agree", "streamline",
        "align", "explore", "set", "produce", "deliver", "assess", "publish", "reinforce", "sustain", "build",
    ];

    private static readonly string[] ImprovementWords =
    [
        "improved", "improving", "progress", "progressed", "strengthened", "strengthening", "developing", "developed",
        "enhanced", "increasingly", "better", "transformed", "turnaround", "recovered", "raised", "upgraded",
        "rated good", "now good", "has improved", "have improved", "significant improvement", "improvements",
    ];

    private static readonly string[] FewHedgeWords =
    [
        "some", "few", "minority", "small number", "not all", "only", "a few", "several", "occasionally", "sometimes",
        "not always", "not consistently", "too many", "too long", "too few", "too much", "too often", "too slow",
        "in some", "a small", "number of",
    ];

    private static readonly string[] MostHedgeWords =
    [
        "most", "majority", "all", "almost", "nearly", "vast", "every", "consistently", "always", "many", "routinely",
    ];

    private static readonly string[] AuxiliaryWords =
    [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "can", "could",
        "will", "would", "should", "may", "might", "must", "shall", "isn't", "aren't", "wasn't", "weren't", "hasn't",
        "haven't", "hadn't", "doesn't", "don't", "didn't", "won't", "cannot", "receive", "receives", "benefit",
        "benefits", "make", "makes", "take", "takes", "know", "knows", "understand", "understands", "work", "works",
        "say", "says", "said", "told", "feel", "feels", "remain", "remains", "continue", "continues", "ensure",
        "ensures", "provide", "provides", "support", "supports", "lead", "leads", "help", "helps", "need", "needs",
        "meet", "meets", "visit", "visits", "see", "sees", "show", "shows", "use", "uses", "get", "gets", "live", "lives",
    ];

    private static readonly string[] LeadershipWords =
    [
        "leaders", "leader", "leadership", "senior leaders", "senior managers", "senior leadership", "management oversight",
        "quality assurance", "audit", "audits", "auditing", "audited", "performance", "scrutiny", "partnership",
        "partnerships", "partners", "corporate parenting", "corporate parents", "board", "investment", "invested",
        "budget", "budgets", "improvement plan", "self-evaluation", "self-assessment", "council", "councillors",
        "elected members", "lead member", "chief executive", "director", "dcs", "strategic", "governance",
        "commissioning", "lscb", "lscp", "safeguarding partnership", "safeguarding board", "data", "performance information",
        "political", "politicians", "cabinet", "corporate", "strategy", "vision", "culture", "priorities", "prioritised",
        "resources", "funding", "funded", "oversight", "accountability", "transformation", "restructure", "restructured",
        "plans to", "action plan", "improvement board", "ofsted", "inspection", "service manager", "service managers",
        "managers", "leaders'", "leaders’", "performance management", "local authority", "practice standards",
        "learning culture", "quality of practice", "practice framework", "practice model", "mayor", "members",
    ];

    private static readonly string[] HelpAndProtectionWords =
    [
        "front door", "mash", "contacts", "referrals", "referral", "early help", "assessment", "assessments",
        "strategy meetings", "strategy meeting", "strategy discussions", "strategy discussion", "section 47",
        "child protection", "children in need", "child in need", "in need", "exploitation", "exploited", "missing",
        "domestic abuse", "domestic violence", "disabled", "disabilities", "disability", "private fostering",
        "privately fostered", "homeless", "homelessness", "out of hours", "emergency duty", "thresholds", "threshold",
        "neglect", "safeguarding", "conferences", "conference", "core groups", "core group", "pre-proceedings",
        "public law", "lado", "allegations", "county lines", "return home", "extra-familial", "young carers",
        "step-up", "step-down", "protection plans", "protection plan", "risk", "risks", "harm", "families", "parents",
        "family", "help and protection", "need of help", "duty", "initial", "enquiries", "police", "multi-agency",
        "youth justice", "youth offending", "gangs", "trafficking", "sexual", "criminal", "cin", "cp", "s47",
        "children's social care", "family support", "family hubs", "thresholds", "16- and", "17-year-olds",
    ];

    private static readonly string[] ChildrenInCareWords =
    [
        "in care", "looked after", "looked-after", "placements", "placement", "sufficiency", "permanence", "permanency",
        "foster carers", "foster carer", "fostering", "foster", "adoption", "adopted", "adopters", "adoptive",
        "children's homes", "children’s homes", "residential", "iro", "iros", "reviewing officers", "reviewing officer",
        "care plans", "care plan", "family time", "virtual school", "personal education", "pep", "peps",
        "health assessments", "unaccompanied", "asylum-seeking", "reunification", "special guardianship", "sgo", "sgos",
        "life-story", "life story", "later life", "connected carers", "kinship", "matching", "matched", "placed",
        "out of area", "care proceedings", "children in care", "cared for", "for adoption", "long-term",
        "carers", "care council", "reviews", "statutory reviews", "siblings", "brothers", "sisters",
    ];

    private static readonly string[] CareLeaversWords =
    [
        "care leavers", "care leaver", "leaving care", "pathway plans", "pathway plan", "personal advisers",
        "personal adviser", "pas", "pa", "staying put", "local offer", "suitable accommodation", "neet",
        "care-experienced", "care experienced", "young adults", "staying close", "apprenticeships", "apprenticeship",
        "university", "independent living", "semi-independent", "supported lodgings", "bed and breakfast", "over 21",
        "aged 18", "custody", "tenancy", "tenancies", "housing", "accommodation", "young people", "adulthood",
        "independence", "employment", "council tax", "leavers", "care leavers’", "care leavers'", "after care",
        "18-to-25", "18 to", "to 25", "entitlements", "leaving-care",
    ];

    private static readonly string[] WorkforceWords =
    [
        "social workers", "social worker", "caseloads", "caseload", "recruitment", "recruit", "recruited", "retention",
        "retain", "retained", "vacancies", "vacancy", "agency", "agency staff", "agency workers", "turnover", "morale",
        "training", "trained", "supervision", "supervised", "academy", "workforce", "staff", "staffing",
        "newly qualified", "asye", "practitioners", "practitioner", "workers", "worker", "team managers", "team manager",
        "changes of", "learning and", "career", "progression", "sickness", "stable workforce", "permanent staff",
        "permanent", "interim", "locum", "capacity", "workloads", "workload", "reflective", "development opportunities",
        "continuous professional", "well supported", "feel supported", "valued", "enjoy working", "manageable",
    ];

    private static readonly string[] FrontDoorWords =
    [
        "front door", "mash", "contacts", "contact", "referrals", "referral", "multi-agency safeguarding", "safeguarding hub",
        "initial response", "duty", "screening", "consent", "first point", "thresholds", "threshold", "out of hours",
        "emergency duty", "re-referrals", "re-referral", "advice line", "triage", "decision-making", "daytime",
    ];

    private static readonly string[] EarlyHelpWords =
    [
        "early help", "family support", "targeted support", "family hubs", "family hub", "children's centres",
        "children’s centres", "troubled families", "supporting families", "step-down", "step-up", "early intervention",
        "preventative", "prevention", "lead professional", "team around", "family help",
    ];

    private static readonly string[] AssessmentWords =
    [
        "assessment", "assessments", "assessed", "single assessment", "assessing", "reassessment", "reassessments",
        "analysis", "chronologies", "chronology", "genograms",
    ];

    private static readonly string[] ChildProtectionWords =
    [
        "child protection", "strategy meetings", "strategy meeting", "strategy discussions", "strategy discussion",
        "section 47", "s47", "conferences", "conference", "core groups", "core group", "protection plans",
        "protection plan", "pre-proceedings", "public law", "plo", "lado", "allegations", "significant harm",
        "neglect", "domestic abuse", "care proceedings", "court", "legal", "cp",
    ];

    private static readonly string[] ExploitationWords =
    [
        "exploitation", "exploited", "missing", "county lines", "criminal exploitation", "sexual exploitation", "cse",
        "cce", "return home", "extra-familial", "gangs", "gang", "trafficking", "trafficked", "radicalisation",
        "contextual safeguarding", "youth justice", "youth offending", "serious youth", "knife", "violence",
        "exploitation’", "go missing", "went missing",
    ];

    private static readonly string[] DisabledChildrenWords =
    [
        "disabled", "disability", "disabilities", "special educational", "send", "complex needs", "short breaks",
        "adult services", "transition to", "autism", "autistic", "learning disabilities", "children with",
    ];

    private static readonly string[] PrivateFosteringWords =
    [
        "private fostering", "privately fostered", "private foster", "privately", "private arrangements",
    ];

    private static readonly string[] PlacementsWords =
    [
        "placement", "placements", "sufficiency", "placement stability", "placement moves", "children's homes",
        "children’s homes", "residential", "unregistered", "out of area", "commissioning", "matching", "placed",
        "distance", "homes", "moves", "unregulated", "stability", "supported accommodation",
    ];

    private static readonly string[] FosteringWords =
    [
        "foster carers", "foster carer", "fostering", "foster", "connected carers", "kinship", "family and friends",
        "fostering panel", "supervising social", "fostering service", "carers", "fostered",
    ];

    private static readonly string[] AdoptionWords =
    [
        "adoption", "adopted", "adopters", "adoptive", "regional adoption", "raa", "early permanence", "for adoption",
        "later life", "life-story", "life story", "post-adoption", "placement orders", "special guardianship", "sgo",
        "sgos", "permanence", "permanency", "adoption panel",
    ];

    private static readonly string[] EducationWords =
    [
        "education", "educational", "virtual school", "pep", "peps", "personal education", "school", "schools",
        "attendance", "exclusion", "exclusions", "excluded", "attainment", "neet", "employment", "apprenticeships",
        "university", "college", "eet", "learning", "headteacher", "tuition", "qualifications", "gcse", "gcses",
    ];

    private static readonly string[] HealthWords =
    [
        "health", "health assessments", "health assessment", "emotional health", "mental health", "camhs", "well-being",
        "wellbeing", "emotional", "strengths and", "sdq", "sdqs", "dental", "immunisations", "therapeutic", "therapy",
        "therapist", "therapists", "substance misuse", "sexual health", "health needs", "nurse", "nurses", "clinical",
        "psychologist", "psychology", "medical",
    ];

    static ReportLexicon()
    {
        Add(PraiseWords, Category.Praise);
        Add(CriticismWords, Category.Criticism);
        Add(ObligationWords, Category.Obligation);
        Add(ImperativeWords, Category.Imperative);
        Add(ImprovementWords, Category.Improvement);
        Add(FewHedgeWords, Category.FewHedge);
        Add(MostHedgeWords, Category.MostHedge);
        Add(AuxiliaryWords, Category.Auxiliary);
        Add(LeadershipWords, Category.Leadership);
        Add(HelpAndProtectionWords, Category.HelpAndProtection);
        Add(ChildrenInCareWords, Category.ChildrenInCare);
        Add(CareLeaversWords, Category.CareLeavers);
        Add(WorkforceWords, Category.Workforce);
        Add(FrontDoorWords, Category.FrontDoor);
        Add(EarlyHelpWords, Category.EarlyHelp);
        Add(AssessmentWords, Category.Assessment);
        Add(ChildProtectionWords, Category.ChildProtection);
        Add(ExploitationWords, Category.Exploitation);
        Add(DisabledChildrenWords, Category.DisabledChildren);
        Add(PrivateFosteringWords, Category.PrivateFostering);
        Add(PlacementsWords, Category.Placements);
        Add(FosteringWords, Category.Fostering);
        Add(AdoptionWords, Category.Adoption);
        Add(EducationWords, Category.Education);
        Add(HealthWords, Category.Health);
    }

    /// <summary>The key of a two-word phrase from its words' hashes.</summary>
    public static uint Pair(uint first, uint second) => TextFeaturizer.Mix(TextFeaturizer.Mix(first, 0xB16) ^ second, 0xB16);

    /// <summary>The categories (bit set) of a word or phrase key; 0 when none.</summary>
    // JIT-compiled fully optimised at the first call, not ReadyToRun code (see Tokenizer.MoveNext)
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static uint Lookup(uint key)
    {
        if (key == 0) key = 1;
        int slot = (int)(TextFeaturizer.Mix(key, 0x1E7) & ((1 << Bits) - 1));
        while (true)
        {
            uint k = Keys[slot];
            if (k == key) return Values[slot];
            if (k == 0) return 0;
            slot = (slot + 1) & ((1 << Bits) - 1);
        }
    }

    private static void Add(string[] entries, Category category)
    {
        foreach (var entry in entries)
        {
            int space = entry.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0)
            {
                Set(TextFeaturizer.HashWord(entry), 1u << (int)category);
                continue;
            }

            uint first = TextFeaturizer.HashWord(entry.AsSpan(0, space));
            Set(Pair(first, TextFeaturizer.HashWord(entry.AsSpan(space + 1))), 1u << (int)category);
            Set(first, PairStart);
        }
    }

    /// <summary>Every key of the table (words, pairs and pair starts) with its bits, as <see cref="Lookup"/> returns them.</summary>
    internal static IEnumerable<(uint Key, uint Bits)> Entries()
    {
        for (int slot = 0; slot < Keys.Length; slot++)
        {
            if (Keys[slot] != 0) yield return (Keys[slot], Values[slot]);
        }
    }

    private static void Set(uint key, uint bits)
    {
        if (key == 0) key = 1;
        int slot = (int)(TextFeaturizer.Mix(key, 0x1E7) & ((1 << Bits) - 1));
        while (Keys[slot] != 0 && Keys[slot] != key) slot = (slot + 1) & ((1 << Bits) - 1);
        Keys[slot] = key;
        Values[slot] |= bits;
    }
}
