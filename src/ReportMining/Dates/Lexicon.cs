
namespace ReportMining.Dates;

/// <summary>What a word can be in a temporal expression.</summary>
internal enum LexKind : byte
{
    None,
    Month,      // Value 1..12
    Weekday,    // Value 1..7 (ISO: Monday = 1)
    Number,     // Value: cardinal ("three" = 3, "twenty" = 20, "hundred" = 100)
    Ordinal,    // Value: 1..31 ("first", "third")
    Unit,       // Value: a TimeUnit, plural flag in Plural
    Season,     // Value: a Season
    PartOfDay,  // Value: a DayPart
    Decade,     // Value: 20..90 ("the nineties")
    Keyword,    // Value: a Kw
}

/// <summary>Units of time, ordered from short to long.</summary>
internal enum TimeUnit : byte
{
    None,
    Second,
    Minute,
    Hour,
    Day,
    Night,
    Weekend,
    Week,
    Fortnight,
    Month,
    Quarter,
    Half,
    Season,
    Year,
    Decade,
    Century,
    Millennium,
}

/// <summary>Seasons, with their TIMEX3 codes.</summary>
internal enum Season : byte
{
    None,
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// <summary>Parts of the day, with their TIMEX3 codes.</summary>
internal enum DayPart : byte
{
    None,
    Morning,
    Afternoon,
    Evening,
    Night,
    Noon,
    Midnight,
}

/// <summary>Function words and temporal words the grammar matches by identity.</summary>
internal enum Kw : ushort
{
    None, The, A, An, This, That, These, Those, Last, Next, Past, Previous, Coming, Following,
    Current, Latest, Recent, Same, Its, Their, His, Her, Our, My, Your, Preceding, Prior, Upcoming,
    Final, First, Further, Other, Now, Today, Tonight, Yesterday, Tomorrow, Currently, Presently,
    Nowadays, Recently, Lately, Previously, Formerly, Soon, Future, Present, Earlier, Later, Ago,
    Hence, Before, After, Since, Until, Till, From, To, Through, Thru, Between, And, Or, Of, In, On,
    At, By, For, During, Over, Under, Within, About, Around, Approximately, Roughly, Nearly, Almost,
    Some, Up, Least, Most, More, Less, Fewer, Than, No, Early, Mid, Middle, Late, End, Beginning,
    Start, Close, Turn, Every, Each, Per, Times, Once, Twice, Daily, Weekly, Monthly, Yearly,
    Annually, Hourly, Quarterly, Nightly, Fortnightly, Biweekly, Couple, Few, Several, Many, Dozen,
    Half, Fiscal, Financial, Academic, School, Calendar, Fy, Am, Pm, Oclock, Christmas, Easter,
    Thanksgiving, Eve, New, Election, Term, Period, Time, While, Moment, Age, Aged, Old, Olds,
    Right, Just, Long, Short, Near, So, Beyond, Onwards, Course, Whole, Full, Entire, Rest, Another,
    Additional, Extra, Straight, Consecutive, Successive, Running, Trading, Business, Working, Then,
    Already, Date, Ended, Ending, Base, Section, Paragraph, Page, Chapter, Act, Regulations, Key,
    Stage, Number, Percent, Cent, Pc, Upwards, Excess, Odd, Plus, Overnight, Q, H, Est, As, Ahead, Above,
    Palm, Good, Holy, Maundy, Ash, St, Patrick, Valentine, Halloween, Independence, Memorial, Labor, Veterans, Boxing, Remembrance,
}

/// <summary>A lexicon entry.</summary>
internal readonly record struct Lex(LexKind Kind, int Value, bool Plural = false, bool Trigger = false)
{
    public Kw Keyword => Kind == LexKind.Keyword ? (Kw)Value : Kw.None;
}

/// <summary>
/// The words of temporal expressions (months, weekdays, number words, units, relative words),
/// looked up without allocating. The trigger words, those that can head an expression, are
/// what the scanner searches the text for.
/// </summary>
internal static class Lexicon
{
    private const int TableBits = 11;
    private static readonly string[] Keys = new string[1 << TableBits];   // open addressing, lower case
    private static readonly Lex[] Values = new Lex[1 << TableBits];
    private static readonly bool[] WordFilter = new bool[(MaxWordLength + 1) * 27 * 27];
    private const int MaxWordLength = 16;

    /// <summary>Shortest and longest trigger word.</summary>
    public const int MinTriggerLength = 3, MaxTriggerLength = 16;

    /// <summary>
    /// A filter on words that may be triggers, indexed by (length, first letter, second letter),
    /// lower case ASCII: <c>((length * 26 + a) * 26) + b</c>. A word passing it is looked up.
    /// </summary>
    public static bool[] TriggerFilter { get; }

    /// <summary>
    /// A second filter on trigger words, indexed by (length, third letter, last letter), lower case
    /// ASCII: <c>((length * 26 + c) * 26) + z</c>. It turns away common words that share the first
    /// two letters of a trigger ("some" and "soon", "part" and "past", "just" and "june").
    /// </summary>
    public static bool[] TriggerFilterEnd { get; }

    static Lexicon()
    {
        var d = new Dictionary<string, Lex>(StringComparer.OrdinalIgnoreCase);
        void Add(LexKind kind, int value, bool trigger, params string[] words)
        {
            foreach (var w in words) d[w] = new Lex(kind, value, false, trigger);
        }

        void AddKw(Kw kw, bool trigger, params string[] words) => Add(LexKind.Keyword, (int)kw, trigger, words);

        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        for (int m = 0; m < 12; m++) Add(LexKind.Month, m + 1, true, months[m]);
        Add(LexKind.Month, 1, false, "jan");
        Add(LexKind.Month, 2, false, "feb");
        Add(LexKind.Month, 3, false, "mar");
        Add(LexKind.Month, 4, false, "apr");
        Add(LexKind.Month, 6, false, "jun");
        Add(LexKind.Month, 7, false, "jul");
        Add(LexKind.Month, 8, false, "aug");
        Add(LexKind.Month, 9, false, "sep", "sept");
        Add(LexKind.Month, 10, false, "oct");
        Add(LexKind.Month, 11, false, "nov");
        Add(LexKind.Month, 12, false, "dec");

        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (int i = 0; i < 7; i++)
        {
            Add(LexKind.Weekday, i + 1, true, days[i]);
            d[days[i] + "s"] = new Lex(LexKind.Weekday, i + 1, true, true);
        }

        Add(LexKind.Weekday, 1, false, "mon");
        Add(LexKind.Weekday, 2, false, "tue", "tues");
        Add(LexKind.Weekday, 3, false, "wed");
        Add(LexKind.Weekday, 4, false, "thu", "thur", "thurs");
        Add(LexKind.Weekday, 5, false, "fri");
        Add(LexKind.Weekday, 6, false, "sat");
        Add(LexKind.Weekday, 7, false, "sun");

        string[] ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (int i = 0; i < ones.Length; i++) Add(LexKind.Number, i, false, ones[i]);
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (int i = 0; i < tens.Length; i++) Add(LexKind.Number, (i + 2) * 10, false, tens[i]);
        Add(LexKind.Number, 40, false, "fourty");
        Add(LexKind.Number, 100, false, "hundred");
        Add(LexKind.Number, 1000, false, "thousand");
        Add(LexKind.Number, 1_000_000, false, "million");

        string[] ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
        for (int i = 0; i < ordinals.Length; i++) Add(LexKind.Ordinal, i + 1, false, ordinals[i]);
        Add(LexKind.Ordinal, 30, false, "thirtieth");
        Add(LexKind.Ordinal, 21, false, "twenty-first");
        Add(LexKind.Ordinal, 1, false, "1st");

        void Unit(TimeUnit u, string singular, string plural, bool trigger = true)
        {
            d[singular] = new Lex(LexKind.Unit, (int)u, false, trigger);
            d[plural] = new Lex(LexKind.Unit, (int)u, true, trigger);
        }

        d["seconds"] = new Lex(LexKind.Unit, (int)TimeUnit.Second, true, false); // "second" stays an ordinal
        Unit(TimeUnit.Minute, "minute", "minutes");
        Unit(TimeUnit.Hour, "hour", "hours");
        Unit(TimeUnit.Day, "day", "days");
        Unit(TimeUnit.Night, "night", "nights");
        Unit(TimeUnit.Weekend, "weekend", "weekends");
        Unit(TimeUnit.Week, "week", "weeks");
        Unit(TimeUnit.Fortnight, "fortnight", "fortnights");
        Unit(TimeUnit.Month, "month", "months");
        Unit(TimeUnit.Quarter, "quarter", "quarters");
        Unit(TimeUnit.Year, "year", "years");
        Unit(TimeUnit.Decade, "decade", "decades");
        Unit(TimeUnit.Century, "century", "centuries");
        Unit(TimeUnit.Millennium, "millennium", "millennia");
        d["yr"] = new Lex(LexKind.Unit, (int)TimeUnit.Year, false, false);
        d["yrs"] = new Lex(LexKind.Unit, (int)TimeUnit.Year, true, false);
        d["hrs"] = new Lex(LexKind.Unit, (int)TimeUnit.Hour, true, false);
        d["mins"] = new Lex(LexKind.Unit, (int)TimeUnit.Minute, true, false);
        d["millenniums"] = new Lex(LexKind.Unit, (int)TimeUnit.Millennium, true, false);

        void SeasonWord(Season s, params string[] words)
        {
            foreach (var w in words)
            {
                d[w] = new Lex(LexKind.Season, (int)s, false, true);
                d[w + "s"] = new Lex(LexKind.Season, (int)s, true, true);
            }
        }

        SeasonWord(Season.Spring, "spring");
        SeasonWord(Season.Summer, "summer");
        SeasonWord(Season.Autumn, "autumn", "fall");
        SeasonWord(Season.Winter, "winter");

        Add(LexKind.PartOfDay, (int)DayPart.Morning, true, "morning", "mornings");
        Add(LexKind.PartOfDay, (int)DayPart.Afternoon, true, "afternoon", "afternoons");
        Add(LexKind.PartOfDay, (int)DayPart.Evening, true, "evening", "evenings");
        Add(LexKind.PartOfDay, (int)DayPart.Noon, true, "noon", "midday");
        Add(LexKind.PartOfDay, (int)DayPart.Midnight, true, "midnight");

        string[] decades = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        for (int i = 0; i < decades.Length; i++) Add(LexKind.Decade, (i + 2) * 10, true, decades[i]);

        AddKw(Kw.The, false, "the");
        AddKw(Kw.A, false, "a");
        AddKw(Kw.An, false, "an");
        AddKw(Kw.This, false, "this");
        AddKw(Kw.That, false, "that");
        AddKw(Kw.These, false, "these");
        AddKw(Kw.Those, false, "those");
        AddKw(Kw.Last, false, "last");
        AddKw(Kw.Next, false, "next");
        AddKw(Kw.Past, true, "past");
        AddKw(Kw.Previous, false, "previous");
        AddKw(Kw.Coming, false, "coming");
        AddKw(Kw.Following, false, "following");
        AddKw(Kw.Current, true, "current");
        AddKw(Kw.Latest, false, "latest");
        AddKw(Kw.Recent, true, "recent");
        AddKw(Kw.Same, false, "same");
        AddKw(Kw.Its, false, "its");
        AddKw(Kw.Their, false, "their");
        AddKw(Kw.His, false, "his");
        AddKw(Kw.Her, false, "her");
        AddKw(Kw.Our, false, "our");
        AddKw(Kw.My, false, "my");
        AddKw(Kw.Your, false, "your");
        AddKw(Kw.Preceding, false, "preceding");
        AddKw(Kw.Prior, false, "prior");
        AddKw(Kw.Upcoming, false, "upcoming");
        AddKw(Kw.Final, false, "final");
        AddKw(Kw.Further, false, "further");
        AddKw(Kw.Other, false, "other");
        AddKw(Kw.Now, true, "now");
        AddKw(Kw.Today, true, "today");
        AddKw(Kw.Tonight, true, "tonight");
        AddKw(Kw.Yesterday, true, "yesterday");
        AddKw(Kw.Tomorrow, true, "tomorrow");
        AddKw(Kw.Currently, true, "currently");
        AddKw(Kw.Presently, true, "presently");
        AddKw(Kw.Nowadays, true, "nowadays");
        AddKw(Kw.Recently, true, "recently");
        AddKw(Kw.Lately, true, "lately");
        AddKw(Kw.Previously, true, "previously");
        AddKw(Kw.Formerly, true, "formerly");
        AddKw(Kw.Soon, true, "soon");
        AddKw(Kw.Future, true, "future");
        AddKw(Kw.Present, true, "present");
        AddKw(Kw.Earlier, true, "earlier");
        AddKw(Kw.Later, true, "later");
        AddKw(Kw.Ago, false, "ago");
        AddKw(Kw.Hence, false, "hence");
        AddKw(Kw.Before, false, "before");
        AddKw(Kw.After, false, "after");
        AddKw(Kw.Since, false, "since");
        AddKw(Kw.Until, false, "until");
        AddKw(Kw.Till, false, "till");
        AddKw(Kw.From, false, "from");
        AddKw(Kw.To, false, "to");
        AddKw(Kw.Through, false, "through");
        AddKw(Kw.Thru, false, "thru");
        AddKw(Kw.Between, false, "between");
        AddKw(Kw.And, false, "and");
        AddKw(Kw.Or, false, "or");
        AddKw(Kw.Of, false, "of");
        AddKw(Kw.In, false, "in");
        AddKw(Kw.On, false, "on");
        AddKw(Kw.At, false, "at");
        AddKw(Kw.By, false, "by");
        AddKw(Kw.For, false, "for");
        AddKw(Kw.During, false, "during");
        AddKw(Kw.Over, false, "over");
        AddKw(Kw.Under, false, "under");
        AddKw(Kw.Within, false, "within");
        AddKw(Kw.About, false, "about");
        AddKw(Kw.Around, false, "around");
        AddKw(Kw.Approximately, false, "approximately");
        AddKw(Kw.Roughly, false, "roughly");
        AddKw(Kw.Nearly, false, "nearly");
        AddKw(Kw.Almost, false, "almost");
        AddKw(Kw.Some, false, "some");
        AddKw(Kw.Up, false, "up");
        AddKw(Kw.Least, false, "least");
        AddKw(Kw.Most, false, "most");
        AddKw(Kw.More, false, "more");
        AddKw(Kw.Less, false, "less");
        AddKw(Kw.Fewer, false, "fewer");
        AddKw(Kw.Than, false, "than");
        AddKw(Kw.No, false, "no");
        AddKw(Kw.Early, false, "early");
        AddKw(Kw.Mid, false, "mid");
        AddKw(Kw.Middle, false, "middle");
        AddKw(Kw.Late, false, "late");
        AddKw(Kw.End, false, "end");
        AddKw(Kw.Beginning, false, "beginning");
        AddKw(Kw.Start, false, "start");
        AddKw(Kw.Close, false, "close");
        AddKw(Kw.Turn, false, "turn");
        AddKw(Kw.Every, false, "every");
        AddKw(Kw.Each, false, "each");
        AddKw(Kw.Per, false, "per");
        AddKw(Kw.Times, false, "times");
        AddKw(Kw.Once, false, "once");
        AddKw(Kw.Twice, false, "twice");
        AddKw(Kw.Daily, true, "daily");
        AddKw(Kw.Weekly, true, "weekly");
        AddKw(Kw.Monthly, true, "monthly");
        AddKw(Kw.Yearly, true, "yearly");
        AddKw(Kw.Annually, true, "annually");
        AddKw(Kw.Hourly, true, "hourly");
        AddKw(Kw.Quarterly, true, "quarterly");
        AddKw(Kw.Nightly, true, "nightly");
        AddKw(Kw.Fortnightly, true, "fortnightly");
        AddKw(Kw.Biweekly, true, "biweekly", "bi-weekly");
        AddKw(Kw.Couple, false, "couple");
        AddKw(Kw.Few, false, "few");
        AddKw(Kw.Several, false, "several");
        AddKw(Kw.Many, false, "many");
        AddKw(Kw.Dozen, false, "dozen");
        AddKw(Kw.Half, false, "half");
        AddKw(Kw.Fiscal, true, "fiscal");
        AddKw(Kw.Financial, false, "financial");
        AddKw(Kw.Academic, false, "academic");
        AddKw(Kw.School, false, "school");
        AddKw(Kw.Calendar, false, "calendar");
        AddKw(Kw.Fy, false, "fy");
        AddKw(Kw.Am, false, "am");
        AddKw(Kw.Pm, false, "pm");
        AddKw(Kw.Oclock, false, "o'clock", "o’clock");
        AddKw(Kw.Christmas, true, "christmas");
        AddKw(Kw.Easter, true, "easter");
        AddKw(Kw.Thanksgiving, true, "thanksgiving");
        // holidays named by a weekday or by "Day": the first word is read only when capitalised and followed by its day
        AddKw(Kw.Palm, false, "palm");
        AddKw(Kw.Good, false, "good");
        AddKw(Kw.Holy, false, "holy");
        AddKw(Kw.Maundy, false, "maundy");
        AddKw(Kw.Ash, false, "ash");
        AddKw(Kw.St, false, "st", "saint");
        AddKw(Kw.Patrick, true, "patrick");
        AddKw(Kw.Valentine, true, "valentine");
        AddKw(Kw.Halloween, true, "halloween");
        AddKw(Kw.Independence, false, "independence");
        AddKw(Kw.Memorial, false, "memorial");
        AddKw(Kw.Labor, false, "labor", "labour");
        AddKw(Kw.Veterans, false, "veterans");
        AddKw(Kw.Boxing, false, "boxing");
        AddKw(Kw.Remembrance, false, "remembrance");
        AddKw(Kw.Eve, false, "eve");
        AddKw(Kw.New, false, "new");
        AddKw(Kw.Election, false, "election");
        AddKw(Kw.Term, true, "term", "terms");
        AddKw(Kw.Period, true, "period", "periods");
        AddKw(Kw.Time, false, "time");
        AddKw(Kw.While, false, "while");
        AddKw(Kw.Moment, false, "moment");
        AddKw(Kw.Aged, false, "aged");
        AddKw(Kw.Age, false, "age", "ages");
        AddKw(Kw.Old, false, "old");
        AddKw(Kw.Olds, false, "olds");
        AddKw(Kw.Right, false, "right");
        AddKw(Kw.Just, false, "just");
        AddKw(Kw.Long, false, "long");
        AddKw(Kw.Short, false, "short");
        AddKw(Kw.Near, false, "near");
        AddKw(Kw.So, false, "so");
        AddKw(Kw.Beyond, false, "beyond");
        AddKw(Kw.Onwards, false, "onwards", "onward");
        AddKw(Kw.Course, false, "course");
        AddKw(Kw.Whole, false, "whole");
        AddKw(Kw.Full, false, "full");
        AddKw(Kw.Entire, false, "entire");
        AddKw(Kw.Rest, false, "rest");
        AddKw(Kw.Another, false, "another");
        AddKw(Kw.Additional, false, "additional");
        AddKw(Kw.Extra, false, "extra");
        AddKw(Kw.Straight, false, "straight");
        AddKw(Kw.Consecutive, false, "consecutive");
        AddKw(Kw.Successive, false, "successive");
        AddKw(Kw.Running, false, "running");
        AddKw(Kw.Trading, false, "trading");
        AddKw(Kw.Business, false, "business");
        AddKw(Kw.Working, false, "working");
        AddKw(Kw.Then, false, "then");
        AddKw(Kw.Already, false, "already");
        AddKw(Kw.Date, false, "date");
        AddKw(Kw.Ended, false, "ended");
        AddKw(Kw.Ending, false, "ending");
        AddKw(Kw.Base, false, "base");
        AddKw(Kw.Section, false, "section", "sections");
        AddKw(Kw.Paragraph, false, "paragraph", "paragraphs", "para", "paras");
        AddKw(Kw.Page, false, "page", "pages", "pp");
        AddKw(Kw.Chapter, false, "chapter", "chapters");
        AddKw(Kw.Act, false, "act");
        AddKw(Kw.Regulations, false, "regulations", "regulation", "order", "bill");
        AddKw(Kw.Key, false, "key");
        AddKw(Kw.Stage, false, "stage");
        AddKw(Kw.Number, false, "number", "nos");
        AddKw(Kw.Percent, false, "percent", "%");
        AddKw(Kw.Cent, false, "cent");
        AddKw(Kw.Pc, false, "pc");
        AddKw(Kw.Upwards, false, "upwards", "upward");
        AddKw(Kw.Excess, false, "excess");
        AddKw(Kw.Odd, false, "odd");
        AddKw(Kw.Plus, false, "plus");
        AddKw(Kw.Overnight, true, "overnight");
        AddKw(Kw.As, false, "as");
        AddKw(Kw.Ahead, false, "ahead");
        AddKw(Kw.Above, false, "above");
        AddKw(Kw.Q, false, "q");
        AddKw(Kw.H, false, "h");
        AddKw(Kw.Est, false, "est", "edt", "gmt", "bst", "utc", "pst", "pdt", "cst", "cdt", "et");

        // "nineteen" heads spelled-out years ("nineteen ninety-six"); "tonight" etc. above.
        d["nineteen"] = new Lex(LexKind.Number, 19, false, true);

        foreach (var (word, lex) in d)
        {
            if (word.Length > MaxWordLength) continue;
            bool letters = true;
            foreach (char c in word) letters &= char.IsAsciiLetter(c);
            if (!letters) continue; // "o'clock" and "bi-weekly" are put together by the tokenizer, not looked up
            WordFilter[FilterIndex(word)] = true;
            int h = Hash(word) & ((1 << TableBits) - 1);
            while (Keys[h] is not null) h = (h + 1) & ((1 << TableBits) - 1);
            Keys[h] = word.ToLowerInvariant();
            Values[h] = lex;
        }
        TriggerFilter = new bool[(MaxTriggerLength + 1) * 26 * 26];
        TriggerFilterEnd = new bool[(MaxTriggerLength + 1) * 26 * 26];
        foreach (var (word, lex) in d)
        {
            if (!lex.Trigger) continue;
            if (word.Length < MinTriggerLength || word.Length > MaxTriggerLength) throw new InvalidOperationException("trigger length: " + word);
            int a = char.ToLowerInvariant(word[0]) - 'a', b = char.ToLowerInvariant(word[1]) - 'a';
            if ((uint)a >= 26 || (uint)b >= 26) throw new InvalidOperationException("trigger letters: " + word);
            TriggerFilter[(((word.Length * 26) + a) * 26) + b] = true;
            int c = char.ToLowerInvariant(word[2]) - 'a', z = char.ToLowerInvariant(word[^1]) - 'a';
            if ((uint)c >= 26 || (uint)z >= 26) continue; // "bi-weekly": the tokenizer puts it together, the scan triggers on "weekly"
            TriggerFilterEnd[(((word.Length * 26) + c) * 26) + z] = true;
        }
    }

    /// <summary>The entry for a word (letters only, no soft hyphens), or default. Allocation-free, case-insensitive.</summary>
    public static Lex Find(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word.Length > MaxWordLength || !WordFilter[FilterIndex(word)]) return default;
        int h = Hash(word) & ((1 << TableBits) - 1);
        while (Keys[h] is { } key)
        {
            if (key.Length == word.Length && word.Equals(key, StringComparison.OrdinalIgnoreCase)) return Values[h];
            h = (h + 1) & ((1 << TableBits) - 1);
        }

        return default;
    }

    private static int FilterIndex(ReadOnlySpan<char> word)
    {
        int a = Letter(word[0]), b = word.Length > 1 ? Letter(word[1]) : 26;
        return (((word.Length * 27) + a) * 27) + b;
    }

    private static int Letter(char c)
    {
        int l = (c | 0x20) - 'a';
        return (uint)l < 26 ? l : 26;
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word) h = (h ^ (uint)(c | 0x20)) * 16777619;
        return (int)(h ^ (h >> 15));
    }
}
