namespace ReportMining.Ratings;

/// <summary>The words the rating extractor reads around a grade, as case-insensitive sets looked up by span.</summary>
internal static class RatingLexicon
{
    /// <summary>A word set that answers for spans without allocating.</summary>
    internal sealed class WordSet
    {
        private readonly HashSet<string> _set;
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public WordSet(params string[] words)
        {
            _set = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
            _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
    }

    /// <summary>Words that give a grade: "rated good", "judged to be inadequate", "given a 'good' rating", "a rating of good".</summary>
    public static readonly WordSet Strong = new(
        "rated", "rate", "rates", "rating", "ratings", "re-rated", "judged", "judge", "judges", "judgement", "judgements", "judgment", "judgments",
        "graded", "grade", "grades", "grading", "regraded", "assessed", "deemed", "declared", "classed", "classified", "branded", "labelled", "labeled",
        "awarded", "handed", "given", "earned", "achieved", "achieve", "achieves", "gained", "secured", "received", "receive", "receives",
        "retained", "retain", "retains", "verdict", "upgraded", "downgraded", "scored", "ranked", "kept", "keeps", "maintained", "maintains",
        "held", "holds", "regained", "regains", "reclaimed", "attained", "won", "wins", "earns", "gains", "secures", "achieving",
        "reach", "reached", "reaches", "reaching", "gave", "give", "gives", "giving", "awarding", "rates", "judging", "grading");

    /// <summary>Rating verbs that also take ordinary objects ("receive good help"): the grade must end the object.</summary>
    public static readonly WordSet ObjectVerbs = new(
        "received", "receive", "receives", "receiving", "given", "gave", "give", "gives", "giving", "achieved", "achieve", "achieves", "achieving",
        "gained", "earned", "secured", "secures", "gains", "earns", "handed", "got", "get", "gets", "held", "holds", "kept", "keeps",
        "maintained", "maintains", "retained", "retain", "retains", "reach", "reached", "reaches", "reaching", "attained", "won", "wins");

    /// <summary>Verbs of change that give a grade when "to" follows them: "raised to good", "dropped to inadequate".</summary>
    public static readonly WordSet Change = new(
        "raised", "upgraded", "improved", "improve", "improves", "rose", "risen", "rise", "rises", "jumped", "climbed", "lifted", "boosted", "promoted",
        "moved", "move", "moves", "returned", "restored", "went", "gone", "back", "dropped", "drop", "drops", "fell", "fallen", "falls", "slipped", "plunged",
        "sank", "sunk", "lowered", "downgraded", "declined", "demoted", "deteriorated", "worsened", "relegated", "up", "down", "falls", "fall",
        "drops", "slips", "plunges", "sinks", "climbs", "jumps", "rises", "upgrade", "downgrade", "way");

    /// <summary>Verbs that say the grade went up.</summary>
    public static readonly WordSet Improved = new(
        "raised", "upgraded", "improved", "rose", "risen", "jumped", "climbed", "lifted", "boosted", "promoted", "restored", "improves", "improve",
        "rises", "rise", "climbs", "jumps", "upgrade", "regained", "regains");

    /// <summary>Verbs that say the grade went down.</summary>
    public static readonly WordSet Declined = new(
        "downgraded", "dropped", "fell", "fallen", "slipped", "plunged", "sank", "sunk", "lowered", "declined", "demoted", "deteriorated", "worsened", "relegated",
        "falls", "fall", "drops", "drop", "slips", "plunges", "sinks", "downgrade");

    /// <summary>Words that say the grade stayed: "remains good", "retained its outstanding rating", "again".</summary>
    public static readonly WordSet Unchanged = new(
        "remains", "remain", "remained", "stays", "stay", "stayed", "retained", "retains", "retain", "kept", "keeps", "maintained", "maintains", "maintain",
        "again", "still", "unchanged", "consecutive", "stuck");

    /// <summary>Verbs that state a grade when the subject is a service, council or judgement area: "services are good", "remains inadequate".</summary>
    public static readonly WordSet Copula = new(
        "is", "are", "was", "were", "be", "been", "being", "remains", "remain", "remained", "stays", "stay", "stayed", "become", "became", "becomes", "continues", "continue",
        "isn't", "aren't", "wasn't", "weren't", "isn’t", "aren’t", "wasn’t", "weren’t");

    /// <summary>Words that may stand between a rating word and the grade.</summary>
    public static readonly WordSet Filler = new(
        "as", "to", "be", "been", "being", "a", "an", "its", "their", "the", "now", "still", "again", "once", "overall", "also", "already", "previously",
        "currently", "consistently", "officially", "just", "only", "not", "yet", "no", "longer", "never", "by", "ofsted", "ofsted’s", "ofsted's", "was", "were",
        "is", "are", "has", "have", "had", "it", "they", "then", "up", "down", "back", "formally", "subsequently", "recently", "first", "initially",
        "originally", "ever", "both", "all", "twice", "of", "for", "in", "with", "from", "most", "latest", "last", "previous", "recent", "new", "same",
        "inspectors", "inspector", "widely", "being", "got", "get", "gets", "having", "been", "that", "this", "which", "who", "overall", "effectiveness",
        "s", "it’s", "it's", "highest", "lowest", "top", "bottom", "possible", "second", "third", "fourth", "straight", "successive", "consecutive",
        "at", "stuck", "firmly", "rating", "grade", "judgement", "judgment", "fully", "overall", "finally", "eventually");

    /// <summary>Words (before the grade) that put the grade in the past: "previously rated inadequate", "after being judged good".</summary>
    public static readonly WordSet PastMarker = new(
        "previously", "formerly", "had", "last", "previous", "earlier", "prior", "being", "having", "originally", "initially", "once");

    /// <summary>Words that end the stretch of a clause the extractor looks back over.</summary>
    public static readonly WordSet ClauseBreak = new(
        "while", "whilst", "whereas", "but", "because", "although", "though", "since", "after", "however", "meanwhile", "when", "where", "despite");

    /// <summary>Words that may follow a grade that is a grade ("good overall", "good in 2017", "outstanding rating"); other words make it an adjective ("good practice").</summary>
    public static readonly WordSet AllowedNext = new(
        "by", "in", "for", "overall", "across", "and", "but", "while", "whilst", "whereas", "with", "after", "since", "following", "from", "when", "as",
        "on", "rating", "ratings", "grade", "grades", "grading", "judgement", "judgements", "judgment", "judgments", "verdict", "status", "label", "result",
        "score", "mark", "again", "last", "this", "under", "before", "despite", "though", "although", "which", "who", "or", "until", "to", "then",
        "compared", "nearly", "almost", "just", "only", "following", "because", "so", "meaning", "according", "now", "once", "said", "says", "say",
        "according", "earlier", "previously", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "within", "following", "during",
        "than", "is", "are", "was", "were", "has", "have", "had", "it", "its", "the", "there", "this", "that", "those", "these", "they", "he", "she",
        "inspectors", "ofsted", "ofsted’s", "ofsted's", "at", "against", "ahead", "back", "up", "down", "twice", "consecutively", "yet", "too", "over");

    /// <summary>Nouns that make the subject of "is/are/remains GRADE" a service, council or judgement (the word before the verb).</summary>
    public static readonly WordSet ServiceHead = new(
        "services", "service", "council", "councils", "authority", "authorities", "department", "borough", "provision", "judgement", "judgements",
        "judgment", "judgments", "rating", "ratings", "grade", "grades", "effectiveness", "protection", "leavers", "leadership", "adoption",
        "permanence", "trust", "governance", "lscb", "care");

    /// <summary>Words after the grade that say it is the same as before: "the same result as in 2017".</summary>
    public static readonly WordSet SameNouns = new("result", "grade", "rating", "judgement", "judgment", "outcome", "verdict", "score", "mark");

    /// <summary>Counting subjects ("One was judged outstanding", "Both were good"): providers counted, not a council.</summary>
    public static readonly WordSet Quantifier = new(
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "both", "all", "none", "each", "neither", "either", "most", "many", "some", "several");

    /// <summary>Words before a rated thing that is not a council's service ("the school was rated good").</summary>
    public static readonly WordSet OtherProvider = new(
        "school", "schools", "academy", "academies", "nursery", "nurseries", "college", "colleges", "home", "homes", "hospital", "hospitals",
        "provider", "providers", "agency", "agencies", "prison", "prisons", "hostel", "setting", "settings", "childminder", "childminders", "unit", "pupil", "pupils");
}
