
namespace ReportMining.Percentages;

/// <summary>
/// The closed word classes the percentages stage reads phrases with: hedges, determiners,
/// auxiliaries, verbs of change, prepositions, words that start a clause, time words. Lookups
/// take spans (no allocation); words are compared case-insensitively, soft hyphens ignored.
/// </summary>
internal static class PercentLexicon
{
    /// <summary>Every word set, in creation order: set <c>i</c> owns bit <c>i</c> of a word's class mask.</summary>
    private static readonly List<WordSet> Registry = [];

    /// <summary>A hedge before a figure, as words, with the modifier it gives.</summary>
    internal readonly record struct Hedge(string[] Words, PercentageModifier Modifier);

    /// <summary>Hedges before a figure, longest first so "just over" wins over "over".</summary>
    public static readonly Hedge[] Hedges = BuildHedges();

    /// <summary>Hedges after a figure ("40% or more").</summary>
    public static readonly Hedge[] PostHedges =
    [
        new(["or", "more"], PercentageModifier.EqualOrMore),
        new(["or", "above"], PercentageModifier.EqualOrMore),
        new(["or", "higher"], PercentageModifier.EqualOrMore),
        new(["or", "over"], PercentageModifier.EqualOrMore),
        new(["or", "greater"], PercentageModifier.EqualOrMore),
        new(["or", "better"], PercentageModifier.EqualOrMore),
        new(["or", "less"], PercentageModifier.EqualOrLess),
        new(["or", "fewer"], PercentageModifier.EqualOrLess),
        new(["or", "below"], PercentageModifier.EqualOrLess),
        new(["or", "lower"], PercentageModifier.EqualOrLess),
        new(["or", "under"], PercentageModifier.EqualOrLess),
        new(["or", "so"], PercentageModifier.Approx),
    ];

    private static Hedge[] BuildHedges()
    {
        var list = new List<Hedge>();
        void Add(PercentageModifier m, params string[] phrases)
        {
            foreach (var p in phrases) list.Add(new(p.Split(' '), m));
        }

        Add(PercentageModifier.Approx,
            "nearly", "almost", "about", "around", "approximately", "approx", "roughly", "some", "circa", "estimated",
            "an estimated", "close to", "in the region of", "of the order of", "more or less", "just about", "broadly",
            "getting on for", "virtually", "approaching", "nearer", "c", "near", "perhaps", "maybe", "possibly", "probably", "closer to");
        Add(PercentageModifier.MoreThan,
            "over", "more than", "above", "in excess of", "upwards of", "greater than", "just over", "well over",
            "just above", "well above", "slightly over", "slightly more than", "just more than", "a little over",
            "a little more than", "somewhat more than", "well in excess of", "comfortably over", "nearer to");
        Add(PercentageModifier.LessThan,
            "under", "less than", "below", "fewer than", "just under", "well under", "just below", "well below",
            "slightly under", "slightly less than", "just less than", "a little under", "a little less than",
            "not quite", "somewhat less than", "short of", "just short of", "shy of", "just shy of");
        Add(PercentageModifier.EqualOrMore,
            "at least", "no fewer than", "no less than", "a minimum of", "at a minimum", "at or above", "at or over");
        Add(PercentageModifier.EqualOrLess,
            "up to", "at most", "no more than", "a maximum of", "as many as", "as much as", "as high as", "at or below", "at or under");
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        return list.ToArray();
    }

    private static WordSet Set(params string[] words)
    {
        var set = new WordSet(words, 1ul << Registry.Count);
        Registry.Add(set);
        return set;
    }

    /// <summary>Words that open a noun phrase and are left out of a measure ("the", "all", "its").</summary>
    public static readonly WordSet Determiners = Set(
        "the", "a", "an", "all", "its", "their", "our", "his", "her", "these", "those", "this", "that", "such",
        "both", "each", "every", "any", "your", "my", "some", "whose", "other");

    /// <summary>Subjects that point back to an earlier phrase: a measure is carried from there.</summary>
    public static readonly WordSet Pronouns = Set(
        "this", "it", "that", "which", "they", "these", "those", "he", "she", "we", "there", "who", "what", "them",
        "whom", "itself", "here", "both", "one", "others", "they're", "we're", "you're", "it's", "he's", "she's", "that's", "there's",
        "i", "i'm", "you");

    /// <summary>Auxiliaries and copulas.</summary>
    public static readonly WordSet Auxiliaries = Set(
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "shall", "do", "does", "did", "isn't", "wasn't", "aren't", "weren't", "'s", "having",
        "cannot", "can't", "won't", "doesn't", "don't", "didn't", "hasn't", "haven't");

    /// <summary>Verbs that link a subject to a figure ("rose to", "stands at", "reaches", "averaged").</summary>
    public static readonly WordSet LinkVerbs = Set(
        "rise", "rises", "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling",
        "increase", "increases", "increased", "increasing", "decrease", "decreases", "decreased", "decreasing",
        "reduce", "reduces", "reduced", "reducing", "drop", "drops", "dropped", "dropping",
        "decline", "declines", "declined", "declining", "improve", "improves", "improved", "improving",
        "grow", "grows", "grew", "grown", "growing", "go", "goes", "went", "gone", "going",
        "climb", "climbs", "climbed", "climbing", "jump", "jumps", "jumped", "jumping",
        "reach", "reaches", "reached", "reaching", "stand", "stands", "stood", "standing",
        "remain", "remains", "remained", "remaining", "average", "averages", "averaged", "averaging",
        "total", "totals", "totalled", "totaled", "amount", "amounts", "amounted", "equate", "equates", "equated",
        "represent", "represents", "represented", "representing", "stay", "stays", "stayed", "hit", "hits",
        "exceed", "exceeds", "exceeded", "cut", "cuts", "range", "ranges", "ranged", "ranging", "vary", "varies", "varied",
        "peak", "peaked", "slip", "slipped", "soar", "soared", "surge", "surged", "edge", "edged", "sit", "sits", "sat",
        "run", "runs", "ran", "running", "settle", "settled", "move", "moved", "become", "becomes", "became",
        "fluctuate", "fluctuates", "fluctuated", "deteriorate", "deteriorates", "deteriorated", "worsen", "worsened",
        "dip", "dipped", "rebound", "rebounded", "shrank", "expand", "expanded", "plummet", "plummeted", "rocket", "rocketed", "recover", "recovered",
        "halve", "halved", "double", "doubled", "tumble", "tumbled", "slump", "slumped", "shrink", "shrank", "shrunk",
        "climb", "leap", "leapt", "leaped", "stagnate", "stagnated", "hover", "hovers", "hovered", "hovering",
        "equivalent", "equal", "comprise", "comprises", "comprised", "constitute", "constitutes",
        "amounting", "narrow", "narrows", "narrowed", "narrowing", "widen", "widens", "widened", "widening", "slid", "slide", "slides",
        "sank", "sink", "sinks", "sunk", "plunge", "plunges", "plunged", "ease", "eases", "eased", "gain", "gains", "gained", "lost", "shed", "sheds",
        "lose", "loses", "rally", "rallied", "spiked", "inched", "ticked", "crept",
        "retreated", "dived", "slumps", "tumbles", "surges", "soars", "jumps");

    /// <summary>Adverbs that may stand inside a verb group ("has now risen", "is currently").</summary>
    public static readonly WordSet VerbAdverbs = Set(
        "now", "still", "also", "only", "currently", "already", "even", "just", "further", "then", "recently",
        "previously", "consistently", "not", "never", "again", "since", "overall", "typically", "generally", "up",
        "down", "back", "steadily", "sharply", "slightly", "significantly", "substantially", "considerably",
        "dramatically", "markedly", "broadly", "respectively", "nationally", "locally", "later", "subsequently", "eventually");

    /// <summary>Words before a figure that say it is compared with an earlier one (its measure is carried).</summary>
    public static readonly WordSet Comparers = Set(
        "compared", "comparison", "against", "than", "versus", "vs", "and", "or", "nor", "to", "with", "from",
        "comparing", "whereas", "while", "whilst", "but");

    /// <summary>Words that start a clause, so a subject does not reach back past them.</summary>
    public static readonly WordSet ClauseStarters = Set(
        "that", "which", "who", "whom", "whose", "while", "whilst", "whereas", "but", "although", "though", "because",
        "when", "where", "if", "so", "unless", "yet", "as", "since", "however", "meaning", "showing",
        "indicating", "suggesting", "despite", "shows", "showed", "show", "found", "find", "finds", "means", "meant",
        "said", "says", "reported", "reports", "highlighted", "noted", "notes", "states", "stated", "indicate",
        "indicates", "indicated", "suggest", "suggests", "suggested", "reveal", "reveals", "revealed", "confirm",
        "confirms", "confirmed", "demonstrate", "demonstrates", "demonstrated", "where", "whether", "with", "than");

    /// <summary>Prepositions that may continue a noun phrase ("children in care", "referrals from schools").</summary>
    public static readonly WordSet NounPrepositions = Set(
        "of", "in", "with", "on", "for", "from", "under", "between", "without", "within", "into", "outside", "across",
        "among", "amongst", "through", "about", "over", "aged", "via", "per", "towards", "to", "by", "at");

    /// <summary>Nouns of going, sending or answering whose "to" phrase says where ("visits to children", "referrals to the hub").</summary>
    public static readonly WordSet ToNouns = Set(
        "visit", "visits", "referral", "referrals", "contact", "contacts", "admission", "admissions", "application", "applications",
        "return", "returns", "response", "responses", "transfer", "transfers", "move", "moves", "journey", "journeys", "trip", "trips",
        "call", "calls", "complaint", "complaints", "notification", "notifications", "contributor", "contributors", "donor", "donors",
        "donation", "donations", "contribution", "contributions", "giving", "payment", "payments", "grant", "grants", "access");

    /// <summary>Any preposition (a phrase that starts with one is not a subject).</summary>
    public static readonly WordSet Prepositions = Set(
        "of", "in", "with", "on", "for", "from", "under", "between", "without", "within", "into", "outside", "across",
        "among", "amongst", "through", "about", "over", "via", "per", "towards", "to", "by", "at", "during", "after",
        "before", "since", "until", "against", "among", "throughout", "beyond", "like", "unlike", "above", "below",
        "despite", "following", "including", "excluding", "inside", "near", "onto", "upon", "around");

    /// <summary>Past participles and adjectives that commonly follow a noun as its modifier ("children looked after").</summary>
    public static readonly WordSet PostModifiers = Set(
        "looked", "placed", "seen", "allocated", "supported", "known", "referred", "aged", "assessed", "adopted",
        "identified", "visited", "rated", "subject", "eligible", "entitled", "involved", "accommodated",
        "reviewed", "audited", "sampled", "tracked", "excluded", "approved", "registered", "recorded", "closed",
        "open", "reported", "completed", "held", "undertaken", "taken", "given", "made", "received", "returned",
        "re-referred", "rereferred", "convened", "considered", "classed", "classified", "deemed", "graded",
        "waiting", "missing", "unable", "able", "likely", "new", "born", "employed", "enrolled", "engaged",
        "discharged", "cared", "housed", "living", "leaving", "receiving", "attending", "going", "entering",
        "needing", "requiring", "affected", "aged", "surveyed", "questioned", "asked", "interviewed", "polled",
        "responding", "inspected", "due", "resident", "present", "available", "ready", "outstanding", "old",
        "requiring", "transferred", "signposted", "escalated", "stepped", "qualified", "experienced", "confirmed",
        "recommended", "sent", "filled", "vacant", "covered", "staffed", "based", "working", "employed", "responded",
        "dealt", "allocated", "offered", "provided", "accessing", "benefiting", "benefitting", "spent", "paid", "raised", "invested",
        "donated", "borrowed", "owed", "collected");

    /// <summary>Words before a number that make it a label, not a figure ("section 20 to 34%", "Year 7 to 86%").</summary>
    public static readonly WordSet NumberLabels = Set(
        "section", "sections", "year", "years", "stage", "stages", "aged", "age", "ages", "page", "pages", "paragraph",
        "paragraphs", "level", "levels", "grade", "grades", "part", "chapter", "regulation", "schedule", "article",
        "appendix", "figure", "table", "room", "phase", "tier", "band", "number", "no", "cohort", "class", "step",
        "outcome", "recommendation", "priority", "week", "weeks", "day", "days", "month", "months", "quarter", "q",
        "ward", "wards", "rule", "standard", "point", "points", "key");

    /// <summary>Participles and adjectives that may open a noun phrase ("looked after children", "qualified social workers").</summary>
    public static readonly WordSet Prenominal = Set(
        "looked", "qualified", "unqualified", "disabled", "unaccompanied", "experienced", "registered", "approved",
        "missing", "eligible", "new", "open", "vacant", "accommodated", "adopted", "newly", "recently", "permanently",
        "newly-qualified", "closed", "completed", "allocated", "unallocated", "supported", "detained", "excluded",
        "privately", "working", "leaving", "existing", "remaining", "outstanding", "skilled", "trained", "increasing",
        "growing", "rising", "ongoing", "continuing", "emerging", "caring", "fostering", "offending", "reoffending");

    /// <summary>Common finite verbs that end a subject ("children attend", "young people achieve").</summary>
    public static readonly WordSet FiniteVerbs = Set(
        "attend", "attends", "ends", "live", "lives", "compares", "receive", "receives", "achieve", "achieves", "make", "makes",
        "go", "goes", "become", "becomes", "leave", "feel", "feels", "say", "says",
        "know", "knows", "take", "takes", "get", "gets", "gain", "gains",
        "wait", "waits", "engage", "engages", "enter", "enters", "show", "shows", "continue",
        "continues", "stay", "stays", "come", "comes", "want", "wants", "end", "complete", "completes",
        "require", "requires", "lack", "lacks", "meet", "meets", "hold", "holds", "see", "sees", "include",
        "includes", "involve", "involves", "occur", "occurs", "happen", "happens", "agree", "agrees", "believe",
        "believes", "think", "thinks", "consider", "considers", "contain", "contains", "led",
        "said", "told", "felt", "found", "took", "got", "came", "saw", "kept", "spent", "paid", "gave", "went",
        "remain", "remains", "reach", "reaches", "rose", "fell", "grew", "account", "accounts", "comprise",
        "comprises", "represent", "represents", "stand", "stands", "sit", "sits", "face", "faces", "do",
        "does", "did", "rise", "rises", "fall", "falls", "increase", "decrease", "improve", "improves",
        "continue", "rely", "relies", "speak", "speaks",
        "describe", "describes", "participate", "participates", "stated", "states",
        "spend", "spends", "undertake", "undertakes", "identify",
        "identifies", "prefer", "prefers", "wish", "choose", "chose", "tell", "tells", "say", "left", "expect", "expects",
        "intend", "intends", "doubt", "doubts", "reckon", "reckons", "suspect", "suspects", "insist", "insists", "argue", "argues",
        "predict", "predicts", "approve", "approves", "disapprove", "disapproves", "oppose", "opposes", "reject", "rejects",
        "endorse", "endorses", "distrust", "distrusts", "dislike", "dislikes");

    /// <summary>Judgements that follow a noun as its predicate ("rated 12% of councils inadequate"), not part of it.</summary>
    public static readonly WordSet PredicateAdjectives = Set(
        "inadequate", "good", "outstanding", "poor", "excellent", "satisfactory", "effective", "ineffective", "safe",
        "unsafe", "late", "overdue", "timely", "untimely", "adequate", "weak", "strong", "improving", "worse", "better",
        "steady", "unchanged", "stable");

    /// <summary>Words that make a phrase a time, not a place or group ("in 2015", "in the last year").</summary>
    public static readonly WordSet TimeWords = Set(
        "year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times", "period", "periods",
        "term", "terms", "quarter", "quarters", "decade", "decades", "hour", "hours", "minute", "minutes",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "spring", "summer", "autumn", "winter", "past", "last", "previous", "recent", "next", "first", "second",
        "same", "current", "latest", "early", "late", "end", "beginning", "start", "middle", "mid", "run-up",
        "lead-up", "course", "wake", "aftermath", "meantime", "interim", "future", "history", "morning", "evening",
        "half", "today", "yesterday", "line", "relation", "terms", "comparison", "total",
        "addition", "particular", "place", "order", "part", "turn", "fact", "general", "practice", "response",
        "respect", "regard", "summary", "short", "effect", "contrast", "either", "cases", "case", "instances", "financial", "academic", "reporting", "previous", "preceding",
        "following", "years'", "months'");

    /// <summary>Verbs that are also nouns ("the national average is", "an increase of"): a verb only after an auxiliary or "to".</summary>
    public static readonly WordSet NounLikeVerbs = Set(
        "average", "total", "range", "increase", "decrease", "rise", "fall", "drop", "cut", "run", "double", "equal",
        "decline", "peak", "edge", "hit", "surge", "jump", "climb", "move", "stay", "slip", "amount", "make", "rocket",
        "slump", "leap", "hover", "settle", "sit", "stand", "reach", "remain", "grow", "go", "improve", "reduce",
        "represent", "exceed", "soar", "tumble", "vary", "equate", "comprise", "constitute", "recover", "stagnate",
        "fluctuate", "halve", "become", "gain", "plunge", "slide", "rally", "ease");

    /// <summary>Nouns that name what a bare figure before them measures ("a 10% increase", "a 40% vacancy rate").</summary>
    public static readonly WordSet FigureNouns = Set(
        "increase", "rise", "reduction", "decrease", "fall", "drop", "growth", "decline", "improvement", "rate",
        "target", "average", "share", "cut", "uplift", "turnover", "vacancy", "reduction", "stake", "discount",
        "pay", "success", "completion", "response", "return", "attendance", "figure", "proportion", "threshold",
        "difference", "gap", "interest", "holding", "ownership", "edge", "lead", "margin", "bounce", "divide", "gain", "loss",
        "swing", "premium", "markup", "jump", "surge", "slump", "plunge", "advance");

    /// <summary>Quantity words before a bracketed figure that, like a count, leave the measure to the words after ("few (10%) children").</summary>
    public static readonly WordSet Quantifiers = Set(
        "few", "many", "most", "some", "several", "majority", "minority", "proportion", "percentage", "number",
        "all", "none", "half", "quarter", "third");

    /// <summary>Nouns ending in "-ly", which the "-ly" adverb test must not take ("children who live with their family").</summary>
    public static readonly WordSet LyNouns = Set(
        "family", "july", "italy", "assembly", "supply", "reply", "rally", "ally", "bully", "anomaly", "monopoly",
        "homily", "fly", "butterfly", "lily", "belly", "jelly", "emily", "molly", "holly", "kelly", "sally", "billy");

    /// <summary>Quantity words that open a subject and leave the measure to the group after them ("most care leavers", "all of the children").</summary>
    public static readonly WordSet SubjectQuantifiers = Set("most", "many", "some", "several", "all");

    /// <summary>Heads after which a comma-separated figure restates them ("the national average, 43%").</summary>
    public static readonly WordSet RestatedHeads = Set(
        "average", "rate", "figure", "level", "target", "percentage", "proportion", "score", "performance", "share");

    /// <summary>Heads that only restate the figure ("the proportion of X" measures X).</summary>
    public static readonly WordSet ProportionHeads = Set(
        "percentage", "percentages", "proportion", "proportions", "share", "per cent", "percent", "majority",
        "minority", "fraction", "number", "numbers");

    /// <summary>Nouns after a number that make "one in N" a time span or a place, not a ratio.</summary>
    public static readonly WordSet CountBreakers = Set(
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "am", "pm", "per", "percent", "%", "working", "calendar", "school");

    /// <summary>After "100 per cent", words that make it a manner of speaking ("100 per cent committed").</summary>
    public static readonly WordSet IdiomaticHundred = Set(
        "committed", "behind", "sure", "certain", "confident", "right", "wrong", "focused", "focussed", "dedicated",
        "supportive", "convinced", "clear", "honest", "serious", "determined", "satisfied", "happy", "agree",
        "agreed", "backing", "trust", "true", "correct", "effort", "commitment", "invested", "passionate",
        "fit", "safe", "guaranteed", "accurate", "accountable", "responsible", "aware", "better", "proud", "confidence");

    /// <summary>After "100 per cent in" or "on", words that make it a manner of speaking ("100% on board", "100 per cent in agreement").</summary>
    public static readonly WordSet IdiomaticHundredObjects = Set("board", "agreement", "favour", "favor", "support", "tune");

    /// <summary>Nouns ending in "-ing" that close a phrase as its head, not a participle opening a modifier ("approval rating in the poll").</summary>
    public static readonly WordSet IngNouns = Set(
        "rating", "funding", "spending", "training", "housing", "polling", "offending", "building", "meeting", "staffing",
        "safeguarding", "parenting", "schooling", "wellbeing", "ranking", "timing", "marketing", "advertising", "lending",
        "borrowing", "saving", "clothing", "caseloading", "reporting", "planning", "commissioning", "fostering", "tutoring", "mentoring");

    /// <summary>Verbs of saying or showing before a "that" clause ("means that half of ...", "found that a third ...").</summary>
    public static readonly WordSet ReportingVerbs = Set(
        "means", "meant", "mean", "shows", "showed", "show", "shown", "found", "finds", "indicates", "indicated", "suggests",
        "suggested", "said", "says", "reported", "reports", "notes", "noted", "estimated", "estimates", "confirms", "confirmed",
        "reveals", "revealed", "demonstrates", "demonstrated", "believes", "believed");

    /// <summary>Verbs that, before "in half", make it a change by half ("cut its dividend in half").</summary>
    public static readonly WordSet CutVerbs = Set(
        "cut", "cuts", "cutting", "split", "splits", "splitting", "slash", "slashed", "slashes", "slashing",
        "divide", "divided", "divides", "dividing", "reduce", "reduced", "reduces", "reducing", "chop", "chopped");

    /// <summary>Verbs of backing that, with "100 per cent" closing the clause, make it a manner of speaking ("supports her 100 percent").</summary>
    public static readonly WordSet BackingVerbs = Set(
        "support", "supports", "supported", "supporting", "back", "backs", "backed", "backing", "agree", "agrees",
        "agreed", "believe", "believes", "trust", "trusts", "endorse", "endorses", "endorsed", "stand", "stands", "behind");

    /// <summary>Words after "half" that make it a time, a size or a compound, not a proportion.</summary>
    public static readonly WordSet HalfBreakers = Set(
        "an", "a", "past", "term", "terms", "time", "hour", "hours", "day", "days", "year", "years", "week", "weeks",
        "month", "months", "way", "dozen", "million", "billion", "thousand", "hundred", "century", "decade",
        "mile", "miles", "price", "as", "marathon", "measures", "hearted", "heartedly", "brother", "brothers",
        "sister", "sisters", "sibling", "siblings", "board", "cut", "truth", "truths", "life", "empty", "full",
        "baked", "yearly", "termly", "session", "sessions", "hourly", "back", "-", "mast", "moon", "volley",
        "century", "share", "length", "size", "pint", "inch", "metre", "metres", "kilo", "kg", "pound", "pounds",
        "percent", "per", "point", "points", "decent", "time's", "joking", "jokingly", "kidding", "seriously", "asleep",
        "awake", "naked", "dressed", "drunk", "crazy", "mad", "blind");

    /// <summary>
    /// Words before a fraction (or before its number) that make it a stretch of something, not a share:
    /// "the first three-quarters of the report", "the past two quarters", "over the next three quarters".
    /// </summary>
    public static readonly WordSet StretchOpeners = Set(
        "first", "last", "final", "opening", "closing", "past", "next", "previous", "preceding", "following", "coming",
        "recent", "subsequent", "successive", "consecutive");

    /// <summary>Words before "half" that make it an ordinal half or part of a number ("first half", "one and a half").</summary>
    public static readonly WordSet HalfPreBreakers = Set(
        "a", "an", "the", "first", "second", "last", "latter", "former", "other", "each", "this", "that", "next",
        "previous", "every", "in", "one", "my", "his", "her", "its", "their", "our", "your", "better",
        "top", "bottom", "upper", "lower", "back", "front", "opening", "closing", "final", "early", "later",
        "earlier");

    /// <summary>Verbs whose subject wins or holds the share that follows ("Dunmore received 52%", "Ashby took 8 percent", "can get back to 40%").</summary>
    public static readonly WordSet ShareVerbs = Set(
        "received", "receive", "receives", "receiving", "got", "get", "gets", "getting", "gotten", "won", "win", "wins", "winning",
        "break", "breaks", "broke", "crack", "cracks", "cracked", "surpass", "surpasses", "surpassed",
        "took", "take", "takes", "taking", "pulled", "pull", "pulls", "garnered", "garner", "garners", "captured", "capture",
        "captures", "drew", "draw", "draws", "polled", "polls", "scored", "score", "scores", "claimed", "claim", "claims",
        "secured", "secure", "secures", "attracted", "attracts", "netted", "nets", "grabbed", "grabs", "collected", "collects",
        "commanded", "commands", "enjoyed", "enjoys", "notched", "racked", "earned", "earns", "owns", "owned", "holds", "held",
        "controls", "controlled", "snagged", "snags", "nabbed", "nabs", "landed", "lands", "tallied", "tallies", "amassed", "amasses");

    /// <summary>Past tenses that do not end in -ed ("won", "lost", "made", "fell"): read as verbs where a past verb may stand.</summary>
    public static readonly WordSet IrregularPastVerbs = Set(
        "made", "cast", "thought", "chose", "won", "lost", "sold", "bought", "held", "became", "began", "ran", "put", "got",
        "took", "went", "left", "gave", "saw", "felt", "said", "drew", "grew", "fell", "rose");

    /// <summary>Verbs of change that take an object ("raise parking charges by 15 percent", "cut fares 20 percent"): the object is what changed.</summary>
    public static readonly WordSet ObjectChangeVerbs = Set(
        "raise", "raises", "raised", "raising", "lower", "lowers", "lowered", "lowering", "boost", "boosts", "boosted", "boosting",
        "lift", "lifts", "lifted", "lifting", "trim", "trims", "trimmed", "trimming", "slash", "slashes", "slashed", "slashing",
        "hike", "hikes", "hiked", "hiking", "cut", "cuts", "cutting", "reduce", "reduces", "reduced", "reducing",
        "increase", "increases", "increased", "increasing", "expand", "expands", "expanded", "expanding", "shrink", "shrinks",
        "shrinking", "push", "pushes", "pushed", "pushing", "drive", "drives", "drove", "driving", "improve", "improves", "improved",
        "improving", "decrease", "decreases", "decreased", "decreasing", "grow", "grows", "growing", "halve", "halves", "halving",
        "double", "doubles", "doubling", "scale", "scales", "scaled", "scaling", "pare", "pares", "pared", "paring", "mark", "marks",
        "marked", "marking", "dilute", "dilutes", "diluted", "diluting", "inflate", "inflates", "inflated", "inflating",
        "bolster", "bolsters", "bolstered", "bolstering", "erode", "erodes", "eroded", "eroding", "depress", "depresses",
        "depressed", "depressing", "curb", "curbs", "curbed", "curbing", "lessen", "lessens", "lessened", "lessening",
        "diminish", "diminishes", "diminished", "diminishing", "swell", "swells", "swelled", "swelling", "widen", "widens",
        "widened", "widening", "narrow", "narrows", "narrowed", "narrowing");

    /// <summary>Nouns that name where a figure was reported ("in a Herald poll", "in the latest survey"): a source, not part of what is measured.</summary>
    public static readonly WordSet SourceNouns = Set(
        "poll", "polls", "polling", "survey", "surveys", "study", "studies", "analysis", "census", "ballot", "ballots", "tracker");

    /// <summary>
    /// Adjectives of a group that follow a figure as its predicate ("80 percent urban, 12 percent rural"),
    /// when nothing follows them: the figure is a share of the group named before.
    /// </summary>
    public static readonly WordSet GroupAdjectives = Set(
        "white", "black", "hispanic", "latino", "latina", "latinos", "asian", "male", "female", "arab", "muslim", "christian",
        "catholic", "protestant", "jewish", "evangelical", "democratic", "republican", "conservative", "liberal", "urban", "rural",
        "american", "african-american", "foreign-born", "undecided", "favorable", "unfavorable", "favourable", "unfavourable",
        "positive", "negative", "yes", "no", "british", "european", "english", "welsh", "scottish", "irish", "immigrant", "married",
        "single", "employed", "unemployed", "older", "younger");

    /// <summary>Object and reflexive pronouns: never part of a noun phrase ("voters who describe themselves").</summary>
    public static readonly WordSet ObjectPronouns = Set(
        "him", "them", "us", "me", "themselves", "himself", "herself", "itself", "ourselves", "yourself", "yourselves", "myself");

    /// <summary>School subjects, which after "in" say where a pupil's result is, not whose it is ("progress in English (23%)").</summary>
    public static readonly WordSet SchoolSubjects = Set(
        "reading", "writing", "mathematics", "maths", "english", "science", "sciences", "spelling", "grammar", "punctuation",
        "numeracy", "literacy", "arithmetic", "art", "music", "drama", "history", "geography");

    /// <summary>Words that open a contrasting clause ("although", "while", "whereas").</summary>
    public static readonly WordSet ContrastClauseWords = Set("although", "though", "while", "whilst", "whereas");

    /// <summary>Verbs of answering a poll's question ("21 percent said ...", "40 percent think ...").</summary>
    public static readonly WordSet SayingVerbs = Set(
        "said", "say", "says", "answered", "replied", "responded", "told", "thought", "think", "thinks", "felt", "feel", "believe", "believed");

    /// <summary>
    /// Verbs of choosing, backing or holding a view, the way a poll's answers are reported ("9 percent chose
    /// neither", "48 percent backed the levy", "12 percent had a poor view").
    /// </summary>
    public static readonly WordSet OpinionVerbs = Set(
        "chose", "choose", "chooses", "picked", "pick", "picks", "selected", "select", "selects", "named", "name", "names",
        "favored", "favor", "favors", "favoured", "favour", "favours", "preferred", "prefer", "prefers",
        "want", "wants", "wanted", "agree", "agrees", "agreed", "disagree", "disagrees", "disagreed",
        "approve", "approves", "approved", "disapprove", "disapproves", "disapproved",
        "oppose", "opposes", "opposed", "support", "supports", "supported", "back", "backs", "backed",
        "expect", "expects", "expected", "rated", "rate", "rates", "viewed", "view", "views", "saw", "see", "sees",
        "voted", "vote", "votes", "plan", "plans", "planned", "intend", "intends", "intended",
        "had", "have", "has", "held", "hold", "holds", "gave", "give", "gives", "called", "described", "cited",
        "reported", "report", "reports", "identified", "listed", "mentioned", "worry", "worried", "fear", "feared",
        "trust", "trusted", "like", "liked", "dislike", "disliked", "recommend", "recommends", "recommended");

    /// <summary>Each listed word with the bits of every set that holds it (built after the sets above).</summary>
    private static readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> Classes = BuildClasses();

    /// <summary>The longest listed word.</summary>
    private static readonly int Longest = Registry.Max(s => s.Longest);

    /// <summary>
    /// FNV-1a fingerprint of every word set, in order, word by word. A word's class mask (<see cref="ClassesOf"/>)
    /// depends on the order and contents of the sets, and <see cref="MeasureRanker"/> hashes class masks into
    /// features, so a measure model records this value and is refused when the sets have changed.
    /// </summary>
    public static ulong Fingerprint { get; } = ComputeFingerprint();

    private static ulong ComputeFingerprint()
    {
        ulong h = 14695981039346656037ul;
        foreach (var set in Registry)
        {
            foreach (var word in set.Words)
            {
                foreach (char c in word) h = (h ^ c) * 1099511628211ul;
                h = (h ^ '\n') * 1099511628211ul;
            }

            h = (h ^ 0x1E) * 1099511628211ul;
        }

        return h;
    }

    private static Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> BuildClasses()
    {
        var classes = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        foreach (var set in Registry)
        {
            foreach (var word in set.Words)
            {
                classes[word] = classes.GetValueOrDefault(word) | set.Bit;
            }
        }

        return classes.ToDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The class mask of <paramref name="word"/>: one bit for each set that holds it (soft hyphens
    /// ignored, curly apostrophes read as straight ones). One hash lookup answers every set.
    /// </summary>
    public static ulong ClassesOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || word.Length > Longest + 4) return 0;

        // an abbreviation joined with its stop ("Oct.", "Sept.") is looked up without it
        if (word.Length > 1 && word[^1] == '.') word = word[..^1];
        if (word.IndexOfAny('\u00AD', '’') < 0) return Classes.TryGetValue(word, out ulong bits) ? bits : 0;
        Span<char> clean = stackalloc char[word.Length];
        int n = NumberWords.Clean(word, clean);
        return Classes.TryGetValue(clean[..n], out ulong cleaned) ? cleaned : 0;
    }

    /// <summary>True when <paramref name="word"/> (soft hyphens allowed) is in <paramref name="set"/>.</summary>
    public static bool In(WordSet set, ReadOnlySpan<char> word) => (ClassesOf(word) & set.Bit) != 0;

    /// <summary>True for a determiner.</summary>
    public static bool IsDeterminer(ReadOnlySpan<char> word) => In(Determiners, word);
}

/// <summary>A closed set of words: one bit of the class mask <see cref="PercentLexicon.ClassesOf"/> gives.</summary>
internal sealed class WordSet
{
    public WordSet(string[] words, ulong bit)
    {
        if (bit == 0 || bit > 1ul << 62) throw new InvalidOperationException("Too many word sets for a 63-bit class mask.");
        Words = words;
        Bit = bit;
        Longest = words.Max(w => w.Length);
    }

    /// <summary>The words.</summary>
    public string[] Words { get; }

    /// <summary>This set's bit in a class mask.</summary>
    public ulong Bit { get; }

    /// <summary>Length of the longest word.</summary>
    public int Longest { get; }

    /// <summary>True when <paramref name="word"/> is one of the words.</summary>
    public bool Contains(ReadOnlySpan<char> word) => PercentLexicon.In(this, word);
}
