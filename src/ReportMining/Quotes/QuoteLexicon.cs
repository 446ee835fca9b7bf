
namespace ReportMining.Quotes;

/// <summary>How a reporting verb relates to its subject and to the quote.</summary>
internal enum CueForm
{
    /// <summary>A finite verb with a subject: "said", "says", "told", "warned".</summary>
    Finite,
    /// <summary>A participle whose subject is the main clause's: "saying", "adding".</summary>
    Participle,
    /// <summary>A bare form after an auxiliary: "say", "add" ("would say", "went on to say").</summary>
    Bare,
}

/// <summary>What a reporting verb says about the quote's stance.</summary>
internal enum CueLean
{
    None,
    Praise,
    Criticism,
    /// <summary>A promise or resolve ("vowed", "pledged"): about the future, not praise.</summary>
    Resolve,
}

/// <summary>The classes a word belongs to in <see cref="QuoteLexicon"/>, looked up once per token.</summary>
[Flags]
internal enum WordFlags : ushort
{
    None = 0,
    Stop = 1,
    Determiner = 2,
    Role = 4,
    RoleModifier = 8,
    Title = 16,
    Honorific = 32,
    Document = 64,
    Organisation = 128,
    Pronoun = 256,
    /// <summary>Capitalised at a sentence start without being a name: stop words, determiners, discourse openers.</summary>
    Function = 512,
    /// <summary>Auxiliaries and adverbs between a subject and its verb.</summary>
    Auxiliary = 1024,
    Cue = 2048,
    /// <summary>Set once a token's entry has been looked up (see TokenWindow).</summary>
    Known = 0x8000,
}

/// <summary>What the lexicon knows about a word.</summary>
/// <param name="Flags">Its classes.</param>
/// <param name="Cue">The reporting verb it is, when <see cref="WordFlags.Cue"/> is set.</param>
internal readonly record struct WordInfo(WordFlags Flags, CueWord Cue)
{
    public bool Has(WordFlags flag) => (Flags & flag) != 0;
}

/// <summary>A reporting verb form.</summary>
/// <param name="Lemma">Its base form ("say").</param>
/// <param name="Form">How it takes its subject.</param>
/// <param name="Speech">True for verbs of saying and writing ("said", "wrote"); false for verbs that report a judgement ("praised", "highlighted", "found").</param>
/// <param name="Lean">The stance it lends the quote.</param>
internal readonly record struct CueWord(string Lemma, CueForm Form, bool Speech, CueLean Lean);

/// <summary>
/// The words the quote stage reads: reporting verbs, pronouns, honorifics and titles, role
/// words, words that head descriptions of documents and organisations. Look-ups take spans
/// (no allocation) and ignore case; curly apostrophes are read as straight ones.
/// </summary>
internal static class QuoteLexicon
{
    private static readonly Dictionary<string, CueWord> Cues = BuildCues();
    private static readonly Dictionary<string, CueWord>.AlternateLookup<ReadOnlySpan<char>> CueLookup = Cues.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, CueWord> BuildCues()
    {
        var d = new Dictionary<string, CueWord>(StringComparer.OrdinalIgnoreCase);
        // lemma, speech?, lean, forms: finite..., participle, bare
        void Add(bool speech, CueLean lean, string bare, string participle, params string[] finite)
        {
            d.TryAdd(bare, new CueWord(bare, CueForm.Bare, speech, lean));
            d[participle] = new CueWord(bare, CueForm.Participle, speech, lean);
            foreach (var f in finite) d[f] = new CueWord(bare, CueForm.Finite, speech, lean);
        }

        const bool S = true, J = false;
        Add(S, CueLean.None, "say", "saying", "said", "says");
        Add(S, CueLean.None, "tell", "telling", "told", "tells");
        Add(S, CueLean.None, "add", "adding", "added", "adds");
        Add(S, CueLean.None, "write", "writing", "wrote", "writes", "written");
        Add(S, CueLean.None, "state", "stating", "stated", "states");
        Add(S, CueLean.None, "note", "noting", "noted", "notes");
        Add(S, CueLean.None, "continue", "continuing", "continued", "continues");
        Add(S, CueLean.None, "explain", "explaining", "explained", "explains");
        Add(S, CueLean.None, "tweet", "tweeting", "tweeted", "tweets");
        Add(S, CueLean.None, "post", "posting", "posted");
        Add(S, CueLean.None, "ask", "asking", "asked", "asks");
        Add(S, CueLean.None, "reply", "replying", "replied", "replies");
        Add(S, CueLean.None, "respond", "responding", "responded", "responds");
        Add(S, CueLean.None, "answer", "answering", "answered", "answers");
        Add(S, CueLean.None, "declare", "declaring", "declared", "declares");
        Add(S, CueLean.None, "claim", "claiming", "claimed", "claims");
        Add(S, CueLean.None, "insist", "insisting", "insisted", "insists");
        Add(S, CueLean.None, "argue", "arguing", "argued", "argues");
        Add(S, CueLean.None, "conclude", "concluding", "concluded", "concludes");
        Add(S, CueLean.None, "report", "reporting", "reported", "reports");
        Add(S, CueLean.None, "recall", "recalling", "recalled", "recalls");
        Add(S, CueLean.None, "joke", "joking", "joked", "jokes");
        Add(S, CueLean.None, "quip", "quipping", "quipped", "quips");
        Add(S, CueLean.None, "shout", "shouting", "shouted", "shouts");
        Add(S, CueLean.None, "yell", "yelling", "yelled", "yells");
        Add(S, CueLean.None, "chant", "chanting", "chanted", "chants");
        Add(S, CueLean.None, "cry", "crying", "cried");
        Add(S, CueLean.None, "scream", "screaming", "screamed");
        Add(S, CueLean.None, "exclaim", "exclaiming", "exclaimed", "exclaims");
        Add(S, CueLean.None, "announce", "announcing", "announced", "announces");
        Add(S, CueLean.None, "confirm", "confirming", "confirmed", "confirms");
        Add(S, CueLean.None, "suggest", "suggesting", "suggested", "suggests");
        Add(S, CueLean.None, "observe", "observing", "observed", "observes");
        Add(S, CueLean.None, "remark", "remarking", "remarked", "remarks");
        Add(S, CueLean.None, "comment", "commenting", "commented", "comments");
        Add(S, CueLean.None, "mention", "mentioning", "mentioned", "mentions");
        Add(S, CueLean.None, "predict", "predicting", "predicted", "predicts");
        Add(S, CueLean.None, "assure", "assuring", "assured", "assures");
        Add(S, CueLean.None, "counter", "countering", "countered", "counters");
        Add(S, CueLean.None, "testify", "testifying", "testified", "testifies");
        Add(S, CueLean.None, "recount", "recounting", "recounted", "recounts");
        Add(S, CueLean.None, "read", "reading", "read", "reads");
        Add(S, CueLean.None, "demand", "demanding", "demanded", "demands");
        Add(S, CueLean.None, "speak", "speaking", "spoke", "speaks");
        Add(S, CueLean.None, "remember", "remembering", "remembered", "remembers");
        Add(S, CueLean.None, "bark", "barking", "barked", "barks");
        Add(S, CueLean.None, "retaliate", "retaliating", "retaliated", "retaliates");
        Add(S, CueLean.None, "react", "reacting", "reacted", "reacts");
        Add(S, CueLean.None, "question", "questioning", "questioned", "questions");
        Add(S, CueLean.None, "laugh", "laughing", "laughed", "laughs");
        Add(S, CueLean.None, "tease", "teasing", "teased", "teases");
        Add(S, CueLean.None, "interrupt", "interrupting", "interrupted", "interrupts");
        Add(S, CueLean.None, "caution", "cautioning", "cautioned", "cautions");
        Add(S, CueLean.None, "opine", "opining", "opined", "opines");
        Add(S, CueLean.None, "reason", "reasoning", "reasoned", "reasons");
        Add(S, CueLean.None, "confide", "confiding", "confided", "confides");
        Add(S, CueLean.None, "implore", "imploring", "implored", "implores");
        Add(S, CueLean.None, "beg", "begging", "begged", "begs");
        Add(S, CueLean.None, "lecture", "lecturing", "lectured", "lectures");
        Add(S, CueLean.None, "mutter", "muttering", "muttered", "mutters");
        Add(S, CueLean.None, "reflect", "reflecting", "reflected", "reflects");
        Add(S, CueLean.None, "elaborate", "elaborating", "elaborated", "elaborates");
        Add(S, CueLean.None, "clarify", "clarifying", "clarified", "clarifies");
        Add(S, CueLean.None, "contend", "contending", "contended", "contends");
        Add(S, CueLean.None, "maintain", "maintaining", "maintained", "maintains");
        Add(S, CueLean.None, "assert", "asserting", "asserted", "asserts");
        Add(S, CueLean.None, "hint", "hinting", "hinted", "hints");
        Add(S, CueLean.None, "speculate", "speculating", "speculated", "speculates");
        Add(S, CueLean.None, "guess", "guessing", "guessed", "guesses");
        Add(S, CueLean.None, "estimate", "estimating", "estimated", "estimates");
        Add(S, CueLean.None, "reckon", "reckoning", "reckoned", "reckons");
        Add(S, CueLean.None, "retweet", "retweeting", "retweeted", "retweets");
        Add(S, CueLean.None, "caption", "captioning", "captioned", "captions");
        Add(S, CueLean.None, "recite", "reciting", "recited", "recites");
        Add(S, CueLean.None, "smile", "smiling", "smiled", "smiles");
        Add(S, CueLean.None, "shrug", "shrugging", "shrugged", "shrugs");
        Add(S, CueLean.None, "gush", "gushing", "gushed", "gushes");
        Add(S, CueLean.None, "rave", "raving", "raved", "raves");
        Add(S, CueLean.None, "deadpan", "deadpanning", "deadpanned", "deadpans");
        Add(S, CueLean.None, "concur", "concurring", "concurred", "concurs");
        Add(S, CueLean.None, "summarize", "summarizing", "summarized", "summarizes");
        Add(S, CueLean.None, "summarise", "summarising", "summarised", "summarises");
        Add(S, CueLean.None, "repeat", "repeating", "repeated", "repeats");
        Add(S, CueLean.None, "chime", "chiming", "chimed", "chimes");
        Add(S, CueLean.Criticism, "scold", "scolding", "scolded", "scolds");
        Add(S, CueLean.Criticism, "chide", "chiding", "chided", "chides");
        Add(S, CueLean.Criticism, "taunt", "taunting", "taunted", "taunts");
        Add(S, CueLean.Criticism, "mock", "mocking", "mocked", "mocks");
        Add(S, CueLean.Criticism, "grumble", "grumbling", "grumbled", "grumbles");
        Add(S, CueLean.Criticism, "rail", "railing", "railed", "rails");
        Add(S, CueLean.Criticism, "sneer", "sneering", "sneered", "sneers");
        Add(S, CueLean.Criticism, "attack", "attacking", "attacked", "attacks");
        Add(S, CueLean.Criticism, "deride", "deriding", "derided", "derides");
        Add(S, CueLean.Criticism, "denounce", "denouncing", "denounced", "denounces");
        Add(S, CueLean.Criticism, "fume", "fuming", "fumed", "fumes");
        Add(S, CueLean.Criticism, "vent", "venting", "vented", "vents");
        Add(S, CueLean.Praise, "brag", "bragging", "bragged", "brags");
        Add(S, CueLean.Praise, "gloat", "gloating", "gloated", "gloats");
        Add(S, CueLean.None, "sing", "singing", "sang", "sings", "sung");
        Add(S, CueLean.None, "type", "typing", "typed", "types");
        Add(S, CueLean.None, "plead", "pleading", "pleaded", "pleads");
        Add(S, CueLean.None, "proclaim", "proclaiming", "proclaimed", "proclaims");
        Add(S, CueLean.None, "snap", "snapping", "snapped", "snaps");
        Add(S, CueLean.None, "scoff", "scoffing", "scoffed", "scoffs");
        Add(S, CueLean.None, "sigh", "sighing", "sighed", "sighs");
        Add(S, CueLean.None, "whisper", "whispering", "whispered", "whispers");
        Add(S, CueLean.None, "murmur", "murmuring", "murmured");
        Add(S, CueLean.None, "muse", "musing", "mused", "muses");
        Add(S, CueLean.None, "wonder", "wondering", "wondered", "wonders");
        Add(S, CueLean.None, "interject", "interjecting", "interjected");
        Add(S, CueLean.None, "retort", "retorting", "retorted");
        Add(S, CueLean.None, "reiterate", "reiterating", "reiterated", "reiterates");
        Add(S, CueLean.None, "emphasise", "emphasising", "emphasised", "emphasises");
        Add(S, CueLean.None, "emphasize", "emphasizing", "emphasized", "emphasizes");
        Add(S, CueLean.None, "stress", "stressing", "stressed", "stresses");
        Add(S, CueLean.None, "echo", "echoing", "echoed", "echoes");
        Add(S, CueLean.None, "agree", "agreeing", "agreed", "agrees");
        Add(S, CueLean.None, "acknowledge", "acknowledging", "acknowledged", "acknowledges");
        Add(S, CueLean.None, "believe", "believing", "believed", "believes");
        Add(S, CueLean.None, "describe", "describing", "described", "describes");
        Add(S, CueLean.None, "urge", "urging", "urged", "urges");
        Add(S, CueLean.None, "tout", "touting", "touted", "touts");
        Add(S, CueLean.Praise, "boast", "boasting", "boasted", "boasts");
        Add(S, CueLean.Criticism, "warn", "warning", "warned", "warns");
        Add(S, CueLean.Criticism, "admit", "admitting", "admitted", "admits");
        Add(S, CueLean.Criticism, "concede", "conceding", "conceded", "concedes");
        Add(S, CueLean.Criticism, "complain", "complaining", "complained", "complains");
        Add(S, CueLean.Criticism, "charge", "charging", "charged", "charges");
        Add(S, CueLean.Criticism, "accuse", "accusing", "accused", "accuses");
        Add(S, CueLean.Criticism, "criticise", "criticising", "criticised", "criticises");
        Add(S, CueLean.Criticism, "criticize", "criticizing", "criticized", "criticizes");
        Add(S, CueLean.Criticism, "slam", "slamming", "slammed", "slams");
        Add(S, CueLean.Criticism, "blast", "blasting", "blasted", "blasts");
        Add(S, CueLean.Criticism, "condemn", "condemning", "condemned", "condemns");
        Add(S, CueLean.Criticism, "lament", "lamenting", "lamented", "laments");
        Add(S, CueLean.Resolve, "vow", "vowing", "vowed", "vows");
        Add(S, CueLean.Resolve, "pledge", "pledging", "pledged", "pledges");
        Add(S, CueLean.Resolve, "promise", "promising", "promised", "promises");
        Add(J, CueLean.Praise, "praise", "praising", "praised", "praises");
        Add(J, CueLean.Praise, "commend", "commending", "commended", "commends");
        Add(J, CueLean.Praise, "applaud", "applauding", "applauded", "applauds");
        Add(J, CueLean.Praise, "hail", "hailing", "hailed", "hails");
        Add(J, CueLean.Praise, "welcome", "welcoming", "welcomed", "welcomes");
        Add(J, CueLean.None, "highlight", "highlighting", "highlighted", "highlights");
        Add(J, CueLean.None, "find", "finding", "found", "finds");
        Add(J, CueLean.None, "call", "calling", "called", "calls");
        Add(J, CueLean.None, "label", "labeling", "labeled", "labels");
        Add(J, CueLean.None, "labelled", "labelling");
        Add(J, CueLean.None, "dub", "dubbing", "dubbed", "dubs");
        Add(J, CueLean.None, "term", "terming", "termed", "terms");
        Add(J, CueLean.None, "cite", "citing", "cited", "cites");
        Add(J, CueLean.None, "point", "pointing", "pointed", "points");
        Add(J, CueLean.None, "identify", "identifying", "identified", "identifies");
        Add(J, CueLean.None, "liken", "likening", "likened", "likens");
        return d.ToDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Built on first use, after every word list above and below is initialised.</summary>
    private static class InfoHolder
    {
        public static readonly Dictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> Lookup = BuildInfo();
    }

    private static Dictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> BuildInfo()
    {
        var d = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        void Mark(IEnumerable<string> words, WordFlags flag)
        {
            foreach (var w in words) d[w] = d.TryGetValue(w, out var info) ? info with { Flags = info.Flags | flag } : new WordInfo(flag, default);
        }

        Mark(StopWords.Words, WordFlags.Stop | WordFlags.Function);
        Mark(Determiners.Words, WordFlags.Determiner | WordFlags.Function);
        Mark(Discourse.Words, WordFlags.Function);
        Mark(RoleWords.Words, WordFlags.Role);
        Mark(RoleModifiers.Words, WordFlags.RoleModifier);
        Mark(Titles.Words, WordFlags.Title);
        Mark(Honorifics.Words, WordFlags.Honorific);
        Mark(DocumentWords.Words, WordFlags.Document);
        Mark(OrganisationWords.Words, WordFlags.Organisation);
        Mark(Auxiliaries.Words, WordFlags.Auxiliary);
        Mark(["he", "she", "it", "they", "i", "we", "you"], WordFlags.Pronoun);
        foreach (var (w, cue) in Cues)
        {
            d[w] = d.TryGetValue(w, out var info) ? new WordInfo(info.Flags | WordFlags.Cue, cue) : new WordInfo(WordFlags.Cue, cue);
        }

        return d.ToDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Everything the lexicon knows about <paramref name="word"/>, in one look-up.</summary>
    public static WordInfo Info(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[32];
        var clean = Clean(word, buffer);
        InfoHolder.Lookup.TryGetValue(clean, out var info);
        if (clean.Length > 4 && clean.EndsWith("ly", StringComparison.OrdinalIgnoreCase) && !NotAdverbs.Lookup.Contains(clean))
        {
            info = info with { Flags = info.Flags | WordFlags.Auxiliary };
        }

        return info;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CueForms =
        Cues.Keys.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The cue's words as a string, shared for the lexicon's own forms ("said") so that each quote does not copy them.</summary>
    public static string CueText(ReadOnlySpan<char> words) => CueForms.TryGetValue(words, out var known) ? known : words.ToString();

    /// <summary>The reporting verb <paramref name="word"/> is, if it is one.</summary>
    public static bool TryCue(ReadOnlySpan<char> word, out CueWord cue)
    {
        Span<char> buffer = stackalloc char[24];
        return CueLookup.TryGetValue(Clean(word, buffer), out cue);
    }

    /// <summary>The plainest verbs of saying, trusted to attribute a quote from a neighbouring sentence.</summary>
    public static bool IsCoreSpeech(string lemma) =>
        lemma is "say" or "tell" or "add" or "write" or "state" or "note" or "explain" or "tweet" or "post" or "claim" or "argue" or "report"
            or "speak" or "comment" or "announce" or "declare" or "insist" or "warn" or "reply" or "respond" or "ask" or "continue" or "conclude";

    /// <summary>Subject pronouns; "it" and "they" stand for documents and organisations as well as people.</summary>
    public static bool IsPronoun(ReadOnlySpan<char> word) =>
        Is(word, "he") || Is(word, "she") || Is(word, "it") || Is(word, "they") || Is(word, "i") || Is(word, "we") || Is(word, "you");

    /// <summary>Honorifics that precede a name and are not part of it ("Mr", "Dr").</summary>
    public static bool IsHonorific(ReadOnlySpan<char> word) => Contains(Honorifics, word);

    /// <summary>Titles that precede a name and say what the person is ("Sen.", "Councillor", "President").</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => Contains(Titles, word);

    /// <summary>Words that head a role ("director", "spokesman", "inspector").</summary>
    public static bool IsRoleWord(ReadOnlySpan<char> word) => Contains(RoleWords, word);

    /// <summary>Words that may open a role before its head ("lead", "senior", "cabinet").</summary>
    public static bool IsRoleModifier(ReadOnlySpan<char> word) => Contains(RoleModifiers, word);

    /// <summary>Heads of descriptions of things that speak: documents and institutions ("the report", "the letter").</summary>
    public static bool IsDocumentWord(ReadOnlySpan<char> word) => Contains(DocumentWords, word);

    /// <summary>Words that mark a capitalised name as an organisation ("Council", "Times", "Department").</summary>
    public static bool IsOrganisationWord(ReadOnlySpan<char> word) => Contains(OrganisationWords, word);

    /// <summary>Words that end a description or name when read leftwards or rightwards (articles start one).</summary>
    public static bool IsDeterminer(ReadOnlySpan<char> word) => Contains(Determiners, word);

    /// <summary>Function words and verbs that cannot be part of a speaker's description.</summary>
    public static bool IsStopWord(ReadOnlySpan<char> word) => Contains(StopWords, word);

    /// <summary>Sentence-opening words that are capitalised without being names ("However", "The").</summary>
    public static bool IsCapitalisedFunctionWord(ReadOnlySpan<char> word) => Contains(StopWords, word) || Contains(Determiners, word) || Contains(Discourse, word);

    /// <summary>Grade words and phrases of Ofsted judgements, which are quoted without being quotations.</summary>
    public static bool IsGradePhrase(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[48];
        if (text.Length > buffer.Length) return false;
        int n = 0;
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsLetter(c))
            {
                if (space && n > 0) buffer[n++] = ' ';
                space = false;
                buffer[n++] = char.ToLowerInvariant(c);
            }
            else if (char.IsWhiteSpace(c) || c == '-')
            {
                space = true;
            }
            else if (c is '.' or ',' or '!' or '?')
            {
                // trailing punctuation inside the marks
            }
            else
            {
                return false;
            }

            if (n >= buffer.Length - 1) return false;
        }

        return Contains(Grades, buffer[..n]);
    }

    private static readonly WordSet Grades = Set(
        "outstanding", "good", "inadequate", "adequate", "excellent", "satisfactory", "requires improvement", "requires improvement to be good",
        "required improvement", "required improvement to be good", "require improvement", "require improvement to be good",
        "requiring improvement", "requiring improvement to be good", "good or better", "good or outstanding", "performs well",
        "performs adequately", "performs poorly", "performs excellently", "special measures", "serious weaknesses", "improvement required");

    private static readonly WordSet Honorifics = Set(
        "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "dr", "dr.", "sir", "dame", "lord", "lady", "rev", "rev.", "prof", "prof.");

    private static readonly WordSet Titles = Set(
        "sen.", "sen", "rep.", "rep", "gov.", "gov", "gen.", "col.", "lt.", "capt.", "sgt.", "cllr", "cllr.", "councillor", "president", "senator",
        "governor", "congressman", "congresswoman", "secretary", "minister", "mayor", "judge", "justice", "chief", "director", "inspector",
        "commissioner", "chancellor", "speaker", "leader", "chairman", "chairwoman", "ambassador", "attorney", "sheriff", "pastor",
        "bishop", "rabbi", "coach", "professor", "dean", "officer", "deputy", "detective", "sergeant", "lieutenant", "captain", "general",
        "admiral", "king", "queen", "prince", "princess", "pope", "baroness", "baron", "reverend", "father", "sister", "brother", "lawmaker",
        "superintendent", "supt", "commander", "alderman", "councilman", "councilwoman", "premier", "vice", "former", "candidate", "nominee");

    private static readonly WordSet RoleWords = Set(
        "director", "inspector", "manager", "leader", "member", "spokesman", "spokeswoman", "spokesperson", "secretary", "minister",
        "officer", "executive", "chief", "head", "chair", "chairman", "chairwoman", "councillor", "cllr", "mayor", "president", "commissioner",
        "adviser", "advisor", "aide", "analyst", "strategist", "official", "representative", "senator", "governor", "candidate", "nominee",
        "professor", "researcher", "author", "founder", "ceo", "economist", "lawyer", "attorney", "reporter", "editor", "columnist",
        "consultant", "chancellor", "deputy", "partner", "campaigner", "activist", "expert", "teacher", "headteacher", "principal", "nurse",
        "doctor", "surgeon", "parent", "mother", "father", "resident", "owner", "organiser", "organizer", "coordinator", "trustee",
        "volunteer", "boss", "holder", "lead", "correspondent", "host", "anchor", "moderator", "pollster", "historian", "scientist",
        "congressman", "congresswoman", "lawmaker", "judge", "justice", "sheriff", "superintendent", "commander", "worker", "social",
        "campaign", "chairperson", "president-elect", "speaker", "whip", "senior", "supporter", "critic", "voter", "student", "veteran",
        "friend", "son", "daughter", "wife", "husband", "sister", "brother", "colleague", "ally", "rival", "opponent", "writer", "blogger",
        "adopter", "carer", "child", "family", "practitioner", "professional", "pupil", "partner", "councillor", "narrator", "youngster",
        "widow", "widower", "survivor", "victim", "neighbour", "neighbor", "grandmother", "grandfather", "teenager", "mum", "dad", "fan");

    private static readonly WordSet RoleModifiers = Set(
        "lead", "senior", "chief", "deputy", "assistant", "executive", "cabinet", "interim", "acting", "former", "strategic", "corporate",
        "principal", "regional", "national", "local", "political", "press", "campaign", "communications", "social", "council", "borough",
        "county", "city", "district", "group", "service", "services", "team", "policy", "finance", "education", "health", "children's",
        "childrens", "care", "independent", "her", "his", "their", "its", "ofsted", "ofsted's", "council's", "principal", "managing",
        "operations", "programme", "program", "longtime", "long-time", "veteran", "top", "republican", "democratic", "democrat", "labour",
        "conservative", "liberal", "white", "house", "state", "federal", "vice", "co-founder", "general");

    private static readonly WordSet DocumentWords = Set(
        "report", "reports", "inspection", "inspections", "letter", "statement", "document", "study", "survey", "review", "analysis",
        "article", "story", "paper", "memo", "email", "e-mail", "post", "tweet", "website", "site", "book", "bill", "law", "plan", "order",
        "ruling", "filing", "complaint", "lawsuit", "suit", "release", "ad", "advertisement", "video", "sign", "message", "poll", "data",
        "findings", "visit", "judgement", "judgment", "summary", "note", "guidance", "framework", "editorial", "column", "blog", "petition",
        "motion", "resolution", "verdict", "decision", "document", "transcript", "speech", "council", "inspectorate", "department",
        "government", "ministry", "campaign", "committee", "authority", "agency", "organisation", "organization", "company", "firm",
        "party", "board", "office", "newspaper", "network", "court", "service", "team", "group", "union", "charity", "institute");

    private static readonly WordSet OrganisationWords = Set(
        "council", "ofsted", "department", "dept", "times", "post", "news", "party", "committee", "association", "institute", "university",
        "campaign", "foundation", "agency", "office", "services", "service", "trust", "group", "commission", "court", "board", "government",
        "ministry", "cnn", "bbc", "nhs", "journal", "herald", "guardian", "telegraph", "express", "mail", "tribune", "press", "reuters",
        "network", "inc", "ltd", "corporation", "corp", "company", "co", "club", "union", "society", "centre", "center", "school", "college",
        "hospital", "police", "fbi", "cia", "pentagon", "congress", "senate", "parliament", "ap", "msnbc", "fox", "abc", "nbc", "cbs", "npr",
        "politifact", "breitbart", "politico", "authority", "borough", "county", "city", "state", "states", "partnership", "alliance",
        "federation", "coalition", "administration", "inspectorate", "magazine", "radio", "tv", "television", "twitter", "facebook");

    private static readonly WordSet Determiners = Set(
        "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my", "your", "one", "another", "some",
        "many", "several", "two", "three", "four", "five", "both", "each", "every", "other", "most", "few", "all", "no", "such");

    private static readonly WordSet StopWords = Set(
        "and", "but", "or", "nor", "so", "yet", "for", "of", "in", "on", "at", "by", "to", "from", "with", "without", "about", "after",
        "before", "during", "while", "when", "where", "whether", "if", "because", "as", "than", "then", "since", "until", "into", "onto",
        "upon", "over", "under", "through", "across", "against", "between", "among", "who", "whom", "whose", "which", "what", "why",
        "how", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "can", "could",
        "shall", "should", "may", "might", "must", "not", "there", "here", "also", "just", "only", "even", "still", "too", "very", "said",
        "says", "told", "him", "them", "us", "me", "it", "he", "she", "they", "we", "i", "you", "however", "meanwhile", "although", "though",
        "again", "once", "now", "today", "yesterday", "tomorrow", "last", "next", "ago", "later", "earlier", "recently", "like", "unlike",
        "per", "via", "up", "down", "out", "off", "within", "including", "following", "despite", "toward", "towards", "around", "behind");

    private static readonly WordSet Auxiliaries = Set(
        "has", "have", "had", "also", "then", "later", "once", "again", "previously", "recently", "further", "earlier", "subsequently",
        "has also", "would", "will", "did", "does", "do", "could", "might", "may", "can", "should", "must", "just", "still", "even", "simply",
        "reportedly", "allegedly", "often", "always", "never", "repeatedly", "first", "last", "yesterday", "today", "not", "had");

    private static readonly WordSet NotAdverbs = Set("family", "italy", "july", "early", "only", "holly", "kelly", "sally", "billy", "emily", "molly", "bully", "ally", "rally", "daily", "elderly", "assembly", "supply", "reply", "apply", "fly", "ugly", "monthly", "weekly", "friendly", "lovely", "likely", "unlikely", "lonely", "costly", "timely", "orderly");

    private static readonly WordSet Discourse = Set(
        "however", "meanwhile", "but", "and", "so", "yet", "still", "also", "now", "then", "instead", "indeed", "moreover", "furthermore",
        "overall", "finally", "first", "second", "in", "on", "at", "after", "before", "asked", "when", "while", "speaking", "writing",
        "according", "as", "although", "though", "since", "because", "if", "there", "here", "this", "that", "these", "those", "it", "such");

    private static WordSet Set(params string[] words) => new(words);

    private static bool Contains(WordSet set, ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[32];
        return set.Lookup.Contains(Clean(word, buffer));
    }

    /// <summary>A case-insensitive frozen set of words with its span look-up.</summary>
    private sealed class WordSet(string[] words)
    {
        public string[] Words { get; } = words;

        public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } =
            words.ToHashSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static bool Is(ReadOnlySpan<char> word, string value) => word.Equals(value, StringComparison.OrdinalIgnoreCase);

    /// <summary>The word with soft hyphens dropped and curly apostrophes read as straight ones.</summary>
    private static ReadOnlySpan<char> Clean(ReadOnlySpan<char> word, Span<char> buffer)
    {
        if (word.IndexOfAny('\u00AD', '’') < 0 || word.Length > buffer.Length) return word;
        int n = 0;
        foreach (char c in word)
        {
            if (c == '\u00AD') continue;
            buffer[n++] = c == '’' ? '\'' : c;
        }

        return buffer[..n];
    }
}
