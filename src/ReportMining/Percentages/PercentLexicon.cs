using System.Collections.Frozen;

namespace ReportMining.Percentages;

/// <summary>
/// The closed word classes the percentages stage reads phrases with: hedges, determiners,
/// auxiliaries, verbs of change, prepositions, words that start a clause, time words. Lookups
/// take spans (no allocation); words are compared case-insensitively, soft hyphens ignored.
/// </summary>
internal static class PercentLexicon
{
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
            "getting on for", "virtually", "approaching", "nearer", "c");
        Add(PercentageModifier.MoreThan,
            "over", "more than", "above", "in excess of", "upwards of", "greater than", "just over", "well over",
            "just above", "well above", "slightly over", "slightly more than", "just more than", "a little over",
            "a little more than", "somewhat more than", "well in excess of", "comfortably over", "nearer to");
        Add(PercentageModifier.LessThan,
            "under", "less than", "below", "fewer than", "just under", "well under", "just below", "well below",
            "slightly under", "slightly less than", "just less than", "a little under", "a little less than",
            "not quite", "somewhat less than", "short of", "just short of", "shy of", "just shy of");
        Add(PercentageModifier.EqualOrMore,
            "at least", "no fewer than", "no less than", "a minimum of", "at a minimum");
        Add(PercentageModifier.EqualOrLess,
            "up to", "at most", "no more than", "a maximum of", "as many as", "as much as", "as high as");
        list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        return list.ToArray();
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that open a noun phrase and are left out of a measure ("the", "all", "its").</summary>
    public static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "all", "its", "their", "our", "his", "her", "these", "those", "this", "that", "such",
        "both", "each", "every", "any", "your", "my", "some", "whose", "other");

    /// <summary>Subjects that point back to an earlier phrase: a measure is carried from there.</summary>
    public static readonly FrozenSet<string> Pronouns = Set(
        "this", "it", "that", "which", "they", "these", "those", "he", "she", "we", "there", "who", "what", "them",
        "whom", "itself", "here", "both", "figure", "one", "others");

    /// <summary>Auxiliaries and copulas.</summary>
    public static readonly FrozenSet<string> Auxiliaries = Set(
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "will", "would", "can", "could",
        "should", "may", "might", "must", "shall", "do", "does", "did", "isn't", "wasn't", "aren't", "weren't", "'s");

    /// <summary>Verbs that link a subject to a figure ("rose to", "stands at", "reaches", "averaged").</summary>
    public static readonly FrozenSet<string> LinkVerbs = Set(
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
        "make", "makes", "made");

    /// <summary>Adverbs that may stand inside a verb group ("has now risen", "is currently").</summary>
    public static readonly FrozenSet<string> VerbAdverbs = Set(
        "now", "still", "also", "only", "currently", "already", "even", "just", "further", "then", "recently",
        "previously", "consistently", "not", "never", "again", "since", "overall", "typically", "generally", "up",
        "down", "back", "steadily", "sharply", "slightly", "significantly", "substantially", "considerably",
        "dramatically", "markedly", "broadly", "respectively", "nationally", "locally");

    /// <summary>Words before a figure that say it is compared with an earlier one (its measure is carried).</summary>
    public static readonly FrozenSet<string> Comparers = Set(
        "compared", "comparison", "against", "than", "versus", "vs", "and", "or", "nor", "to", "with", "from",
        "comparing", "whereas", "while", "whilst", "but");

    /// <summary>Words that start a clause, so a subject does not reach back past them.</summary>
    public static readonly FrozenSet<string> ClauseStarters = Set(
        "that", "which", "who", "whom", "whose", "while", "whilst", "whereas", "but", "although", "though", "because",
        "when", "where", "if", "so", "unless", "until", "yet", "as", "since", "however", "meaning", "showing",
        "indicating", "suggesting", "despite", "shows", "showed", "show", "found", "find", "finds", "means", "meant",
        "said", "says", "reported", "reports", "highlighted", "noted", "notes", "states", "stated", "indicate",
        "indicates", "indicated", "suggest", "suggests", "suggested", "reveal", "reveals", "revealed", "confirm",
        "confirms", "confirmed", "demonstrate", "demonstrates", "demonstrated", "where", "whether", "with", "than");

    /// <summary>Prepositions that may continue a noun phrase ("children in care", "referrals from schools").</summary>
    public static readonly FrozenSet<string> NounPrepositions = Set(
        "of", "in", "with", "on", "for", "from", "under", "between", "without", "within", "into", "outside", "across",
        "among", "amongst", "through", "about", "over", "aged", "via", "per", "towards", "to", "by", "at");

    /// <summary>Any preposition (a phrase that starts with one is not a subject).</summary>
    public static readonly FrozenSet<string> Prepositions = Set(
        "of", "in", "with", "on", "for", "from", "under", "between", "without", "within", "into", "outside", "across",
        "among", "amongst", "through", "about", "over", "via", "per", "towards", "to", "by", "at", "during", "after",
        "before", "since", "until", "against", "among", "throughout", "beyond", "like", "unlike", "above", "below",
        "despite", "following", "including", "excluding", "inside", "near", "onto", "upon", "around");

    /// <summary>Past participles and adjectives that commonly follow a noun as its modifier ("children looked after").</summary>
    public static readonly FrozenSet<string> PostModifiers = Set(
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
        "dealt", "allocated", "offered", "provided", "accessing", "benefiting", "benefitting");

    /// <summary>Common finite verbs that end a subject ("children attend", "young people achieve").</summary>
    public static readonly FrozenSet<string> FiniteVerbs = Set(
        "attend", "attends", "live", "lives", "receive", "receives", "achieve", "achieves", "make", "makes",
        "go", "goes", "return", "become", "becomes", "leave", "feel", "feels", "report", "say", "says",
        "know", "knows", "take", "takes", "get", "gets", "experience", "benefit", "benefits", "gain", "gains",
        "move", "moves", "wait", "waits", "engage", "engages", "enter", "enters", "show", "shows", "continue",
        "continues", "stay", "stays", "come", "comes", "want", "wants", "end", "complete", "completes",
        "require", "requires", "lack", "lacks", "meet", "meets", "hold", "holds", "see", "sees", "include",
        "includes", "involve", "involves", "occur", "occurs", "happen", "happens", "agree", "agrees", "believe",
        "believes", "think", "thinks", "consider", "considers", "contain", "contains", "lead", "leads", "led",
        "said", "told", "felt", "found", "took", "got", "came", "saw", "kept", "spent", "paid", "gave", "went",
        "remain", "remains", "reach", "reaches", "rose", "fell", "grew", "account", "accounts", "comprise",
        "comprises", "represent", "represents", "stand", "stands", "sit", "sits", "face", "faces", "do",
        "does", "did", "rise", "rises", "fall", "falls", "increase", "decrease", "improve", "improves",
        "play", "plays", "help", "helps", "continue", "rely", "relies", "use", "uses", "speak", "speaks",
        "describe", "describes", "participate", "participates", "stated", "states",
        "spend", "spends", "undertake", "undertakes", "study", "studies", "work", "works", "identify",
        "identifies", "needs", "need", "prefer", "prefers", "wish", "choose", "chose", "tell", "tells", "say");

    /// <summary>Words that make a phrase a time, not a place or group ("in 2015", "in the last year").</summary>
    public static readonly FrozenSet<string> TimeWords = Set(
        "year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times", "period", "periods",
        "term", "terms", "quarter", "quarters", "decade", "decades", "hour", "hours", "minute", "minutes",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "spring", "summer", "autumn", "winter", "past", "last", "previous", "recent", "next", "first", "second",
        "same", "current", "latest", "early", "late", "end", "beginning", "start", "middle", "mid", "run-up",
        "lead-up", "course", "wake", "aftermath", "meantime", "interim", "future", "history", "morning", "evening",
        "half", "today", "yesterday", "timescale", "timescales", "line", "relation", "terms", "comparison", "total",
        "addition", "particular", "place", "order", "part", "turn", "fact", "general", "practice", "response",
        "respect", "regard", "summary", "short", "effect", "contrast", "either", "cases", "case", "instances", "financial", "academic", "reporting", "previous", "preceding",
        "following", "years'", "months'");

    /// <summary>Verbs that are also nouns ("the national average is", "an increase of"): a verb only after an auxiliary or "to".</summary>
    public static readonly FrozenSet<string> NounLikeVerbs = Set(
        "average", "total", "range", "increase", "decrease", "rise", "fall", "drop", "cut", "run", "double", "equal",
        "decline", "peak", "edge", "hit", "surge", "jump", "climb", "move", "stay", "slip", "amount", "make", "rocket",
        "slump", "leap", "hover", "settle", "sit", "stand", "reach", "remain", "grow", "go", "improve", "reduce",
        "represent", "exceed", "soar", "tumble", "vary", "equate", "comprise", "constitute", "recover", "stagnate",
        "fluctuate", "halve", "become", "up", "down", "now");

    /// <summary>Nouns that name what a bare figure before them measures ("a 10% increase", "a 40% vacancy rate").</summary>
    public static readonly FrozenSet<string> FigureNouns = Set(
        "increase", "rise", "reduction", "decrease", "fall", "drop", "growth", "decline", "improvement", "rate",
        "target", "average", "share", "cut", "uplift", "turnover", "vacancy", "reduction", "stake", "discount",
        "pay", "success", "completion", "response", "return", "attendance", "figure", "proportion", "threshold",
        "difference", "gap");

    /// <summary>Quantity words before a bracketed figure that, like a count, leave the measure to the words after ("few (10%) children").</summary>
    public static readonly FrozenSet<string> Quantifiers = Set(
        "few", "many", "most", "some", "several", "majority", "minority", "proportion", "percentage", "number",
        "all", "none", "half", "quarter", "third");

    /// <summary>Heads after which a comma-separated figure restates them ("the national average, 43%").</summary>
    public static readonly FrozenSet<string> RestatedHeads = Set(
        "average", "rate", "figure", "level", "target", "percentage", "proportion", "score", "performance", "share");

    /// <summary>Heads that only restate the figure ("the proportion of X" measures X).</summary>
    public static readonly FrozenSet<string> ProportionHeads = Set(
        "percentage", "percentages", "proportion", "proportions", "share", "per cent", "percent", "majority",
        "minority", "fraction", "number", "numbers");

    /// <summary>Nouns after a number that make "one in N" a time span or a place, not a ratio.</summary>
    public static readonly FrozenSet<string> CountBreakers = Set(
        "year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours", "minute", "minutes",
        "am", "pm", "per", "percent", "%", "working", "calendar", "school");

    /// <summary>After "100 per cent", words that make it a manner of speaking ("100 per cent committed").</summary>
    public static readonly FrozenSet<string> IdiomaticHundred = Set(
        "committed", "behind", "sure", "certain", "confident", "right", "wrong", "focused", "focussed", "dedicated",
        "supportive", "convinced", "clear", "honest", "serious", "determined", "satisfied", "happy", "agree",
        "agreed", "backing", "trust", "true", "correct", "on", "in", "effort", "commitment", "invested", "passionate",
        "fit", "safe", "guaranteed", "accurate", "accountable", "responsible", "aware", "better", "proud");

    /// <summary>Words after "half" that make it a time, a size or a compound, not a proportion.</summary>
    public static readonly FrozenSet<string> HalfBreakers = Set(
        "an", "a", "past", "term", "terms", "time", "hour", "hours", "day", "days", "year", "years", "week", "weeks",
        "month", "months", "way", "dozen", "million", "billion", "thousand", "hundred", "century", "decade",
        "mile", "miles", "price", "as", "marathon", "measures", "hearted", "heartedly", "brother", "brothers",
        "sister", "sisters", "sibling", "siblings", "board", "cut", "truth", "truths", "life", "empty", "full",
        "baked", "yearly", "termly", "session", "sessions", "hourly", "back", "-", "mast", "moon", "volley",
        "century", "share", "length", "size", "pint", "inch", "metre", "metres", "kilo", "kg", "pound", "pounds",
        "percent", "per", "point", "points", "decent", "time's");

    /// <summary>Words before "half" that make it an ordinal half or part of a number ("first half", "one and a half").</summary>
    public static readonly FrozenSet<string> HalfPreBreakers = Set(
        "a", "an", "the", "first", "second", "last", "latter", "former", "other", "each", "this", "that", "next",
        "previous", "every", "in", "one", "my", "his", "her", "its", "their", "our", "your", "better",
        "top", "bottom", "upper", "lower", "back", "front", "opening", "closing", "final", "early", "later",
        "earlier");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DeterminerLookup = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (soft hyphens allowed) is in <paramref name="set"/>.</summary>
    public static bool In(FrozenSet<string> set, ReadOnlySpan<char> word)
    {
        if (word.Length > 40) return false;
        var lookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
        if (word.IndexOfAny('\u00AD', '’') < 0) return lookup.Contains(word);
        Span<char> clean = stackalloc char[word.Length];
        int n = NumberWords.Clean(word, clean);
        return lookup.Contains(clean[..n]);
    }

    /// <summary>True for a determiner.</summary>
    public static bool IsDeterminer(ReadOnlySpan<char> word) => word.Length <= 8 && DeterminerLookup.Contains(word);
}
