using ReportMining.Text;

namespace ReportMining.Quotes;

/// <summary>
/// The tokens of a short stretch of text around a quote (a reporting clause, a sentence), with
/// the phrase readers that find reporting verbs and the speaker mentions attached to them. The
/// token list is a buffer the caller reuses, so reading allocates nothing.
/// </summary>
internal ref struct TokenWindow
{
    private const int MaxMentionTokens = 9;
    private const int MaxAppositiveTokens = 24;

    private readonly ReadOnlySpan<char> _text;
    private readonly List<Token> _tokens;
    private readonly List<WordInfo> _info;

    public TokenWindow(ReadOnlySpan<char> text, TokenBuffer buffer)
    {
        _text = text;
        _tokens = buffer.Tokens;
        _info = buffer.Info;
        _tokens.Clear();
        _info.Clear();
    }

    public readonly int Count => _tokens.Count;

    public readonly Token this[int i] => _tokens[i];

    /// <summary>Adds the tokens of text[from..to).</summary>
    public readonly void Add(int from, int to)
    {
        if (to <= from) return;
        foreach (var t in Tokenizer.Tokenize(_text[from..to], from))
        {
            _tokens.Add(t);
            _info.Add(default); // looked up on first question, then cached
        }
    }

    /// <summary>What the lexicon says of token <paramref name="i"/> (a word): looked up once, then read from the cache.</summary>
    private readonly WordInfo InfoAt(int i)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_info);
        ref var info = ref span[i];
        if (!info.Has(WordFlags.Known))
        {
            var found = _tokens[i].Kind == TokenKind.Word ? QuoteLexicon.Info(_text.Slice(_tokens[i].Start, _tokens[i].Length)) : default;
            info = found with { Flags = found.Flags | WordFlags.Known };
        }

        return info;
    }

    /// <summary>True when token <paramref name="i"/> is a word of the given class.</summary>
    public readonly bool Has(int i, WordFlags flag) => i >= 0 && i < _tokens.Count && (InfoAt(i).Flags & flag) != 0;

    public readonly ReadOnlySpan<char> Word(int i) => _text.Slice(_tokens[i].Start, _tokens[i].Length);

    public readonly bool IsWord(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Word;

    public readonly bool IsPunct(int i, char c) =>
        i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] == c;

    public readonly bool IsPunct(int i) => i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Punctuation;

    public readonly char PunctAt(int i) => IsPunct(i) ? _text[_tokens[i].Start] : '\0';

    public readonly bool IsCapitalised(int i) => IsWord(i) && char.IsUpper(_text[_tokens[i].Start]);

    public readonly bool IsLower(int i) => IsWord(i) && char.IsLower(_text[_tokens[i].Start]);

    public static bool IsQuoteMark(char c) => c is '"' or '“' or '”' or '„' or '‟' or '«' or '»' or '‘' or '’' or '\'' or '`';

    public static bool IsDash(char c) => c is '—' or '–' or '―' or '-';

    private readonly bool IsPossessive(int i)
    {
        var w = Word(i);
        return w.Length > 2 && (w.EndsWith("’s", StringComparison.OrdinalIgnoreCase) || w.EndsWith("'s", StringComparison.OrdinalIgnoreCase));
    }

    public readonly bool IsPossessiveAt(int i) => IsWord(i) && IsPossessive(i);

    /// <summary>The name owning a possessive at <paramref name="i"/> ("Obama’s"), its span without the "’s".</summary>
    public readonly Mention PossessiveOwner(int i)
    {
        int start = i;
        while (start - 1 >= 0 && IsCapitalised(start - 1) && !IsCapitalisedFunctionWordAt(start - 1) && i - start < 4) start--;
        if (IsCapitalisedFunctionWordAt(start) && start == i) return default;
        var m = SplitName(start, i, start);
        m.End -= 2;
        m.NameEnd -= 2;
        return m.End > m.Start ? m : default;
    }

    private readonly bool IsAllCaps(int i)
    {
        var w = Word(i);
        if (w.Length < 2) return false;
        foreach (char c in w)
        {
            if (char.IsLower(c)) return false;
        }

        return true;
    }

    private readonly bool IsInitialWithDot(int i) =>
        IsWord(i) && _tokens[i].Length == 1 && char.IsUpper(_text[_tokens[i].Start]) && IsPunct(i + 1, '.');

    private readonly bool IsAbbreviationWithDot(int i) =>
        IsWord(i) && IsPunct(i + 1, '.') && (Has(i, WordFlags.Honorific) || Has(i, WordFlags.Title) || _tokens[i].Length == 1);

    /// <summary>A noun that can head a speaker description with a complement: "a spokesman for", "a narrator in", "mother of three".</summary>
    private static bool IsSpeakerHead(ReadOnlySpan<char> w) =>
        QuoteLexicon.IsRoleWord(w) || QuoteLexicon.IsDocumentWord(w) || (w.Length > 3 && w[^1] == 's' && QuoteLexicon.IsRoleWord(w[..^1]))
        || w is "narrator" or "voice" or "group" or "people" or "members" or "one" or "some" or "many" or "most" or "all" or "none" or "each";

    private static bool IsPluralOfRoleWord(ReadOnlySpan<char> w) =>
        w.Length > 3 && w[^1] == 's' && (QuoteLexicon.IsRoleWord(w[..^1]) || w is "Officials" or "Critics" or "Inspectors" or "Residents" or "Parents" or "Leaders" or "Experts" or "Sources" or "Campaigners" or "Children" or "Families" or "Staff" or "People" or "Managers" or "Adopters" or "Carers");

    private static bool IsDayName(ReadOnlySpan<char> w) =>
        w is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday" or "Yesterday" or "Today";

    private static bool IsParticle(ReadOnlySpan<char> w) =>
        w is "de" or "van" or "von" or "der" or "den" or "bin" or "al" or "da" or "del" or "della" or "di" or "du" or "la" or "le" or "st" or "mac" or "ter";

    /// <summary>True when token <paramref name="i"/> is a reporting verb used as a verb; <paramref name="cue"/> says which.</summary>
    public readonly bool IsCue(int i, out CueWord cue)
    {
        cue = default;
        if (!IsWord(i)) return false;
        var w = Word(i);
        if (!InfoAt(i).Has(WordFlags.Cue))
        {
            // "went on", "goes on" (continued); "put it" (as X put it)
            if ((w is "went" or "goes") && IsWord(i + 1) && Word(i + 1) is "on" && !IsWord(i + 2) || w is "put" && IsWord(i + 1) && Word(i + 1) is "it"
                || (w is "fired" or "shot" or "hit" or "hits" or "fires" or "shoots") && IsWord(i + 1) && Word(i + 1) is "back")
            {
                cue = new CueWord(w is "put" ? "put" : "continue", CueForm.Finite, true, CueLean.None);
                return true;
            }

            return false;
        }

        cue = InfoAt(i).Cue;
        if (char.IsUpper(w[0]) && i > 0 && !IsPunct(i - 1)) return false; // "United States", "Post"
        // a noun after a plural possessive: "care leavers’ comments"
        if (IsPunct(i - 1) && PunctAt(i - 1) is '’' or '\'' && IsWord(i - 2) && _tokens[i - 2].End == _tokens[i - 1].Start && Word(i - 2).EndsWith("s", StringComparison.Ordinal))
        {
            return false;
        }

        // a noun after an article or possessive: "the report", "a statement", "his remarks"
        if (IsWord(i - 1))
        {
            var prev = Word(i - 1);
            if (Has(i - 1, WordFlags.Determiner) || IsPossessive(i - 1)) return false;
            if (cue.Form == CueForm.Bare && !(prev is "to" or "would" or "will" or "did" or "does" or "do" or "could" or "might" or "may" or "should" or "can" or "must" or "not" or "never" or "also" or "n't")
                && !IsPluralSubject(i - 1))
            {
                return false;
            }
        }
        else if (cue.Form == CueForm.Bare)
        {
            return false;
        }

        // "chants of", "claims of": nouns
        if (IsWord(i + 1) && Word(i + 1) is "of" && w.EndsWith("s", StringComparison.Ordinal) && !w.Equals("says", StringComparison.OrdinalIgnoreCase)) return false;

        // "continues to battle", "claims to be": a verb with an infinitive, not a report ("said to reporters" is)
        if (cue.Lemma is not "tell" && cue.Lean != CueLean.Resolve && IsWord(i + 1) && Word(i + 1) is "to" && IsLower(i + 2) && !Has(i + 2, WordFlags.Determiner)
            && !Has(i + 2, WordFlags.Pronoun) && !(Word(i + 2) is "him" or "her" or "them" or "me" or "us") && !Word(i + 2).EndsWith("s", StringComparison.Ordinal))
        {
            return false;
        }

        // passive "was found", "is described", "were told": no subject of its own
        return !(cue.Form == CueForm.Finite && IsWord(i - 1) && IsBe(Word(i - 1)) && !IsPronoun(i - 1));
    }

    /// <summary>Verbs that govern "to say": "went on to say", "wanted to add".</summary>
    public static bool IsGoverningVerb(ReadOnlySpan<char> w) =>
        w is "went" or "goes" or "go" or "wanted" or "wants" or "decided" or "continued" or "began" or "begins" or "tried" or "refused"
            or "declined" or "plans" or "planned" or "expected" or "used" or "is" or "was" or "are" or "were" or "has" or "had" or "have"
            or "appeared" or "seemed" or "chose" or "took" or "stopped" or "paused" or "hastened" or "rushed" or "moved";

    /// <summary>A subject that takes a bare present verb: "they say", "critics say", "Democrats call".</summary>
    private readonly bool IsPluralSubject(int i)
    {
        var w = Word(i);
        if (w is "they" or "They" or "we" or "We" or "I" or "you" or "You" or "two" or "three" or "four" or "both" or "all" or "many" or "some" or "others" or "several") return true;
        if (Has(i, WordFlags.Stop | WordFlags.Determiner)) return false;
        return (w.Length > 3 && w[^1] == 's' && !w.EndsWith("ss", StringComparison.Ordinal) && IsLower(i)) || (IsCapitalised(i) && !IsCapitalisedFunctionWordAt(i) && w[^1] == 's');
    }

    private static bool IsBe(ReadOnlySpan<char> w) =>
        w.Equals("was", StringComparison.OrdinalIgnoreCase) || w.Equals("were", StringComparison.OrdinalIgnoreCase)
        || w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase)
        || w.Equals("be", StringComparison.OrdinalIgnoreCase) || w.Equals("been", StringComparison.OrdinalIgnoreCase)
        || w.Equals("being", StringComparison.OrdinalIgnoreCase);

    public readonly bool IsPronoun(int i) => IsWord(i) && Has(i, WordFlags.Pronoun);

    /// <summary>True for "according to" at <paramref name="i"/>.</summary>
    public readonly bool IsAccordingTo(int i) =>
        IsWord(i) && Word(i).Equals("according", StringComparison.OrdinalIgnoreCase) && IsWord(i + 1) && Word(i + 1).Equals("to", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The subject written before the verb at <paramref name="k"/> ("Ann Lowe said",
    /// "the Ofsted report, published today, states", "he has also said"), not reaching left of
    /// <paramref name="lo"/>.
    /// </summary>
    public readonly bool ParseLeft(int k, int lo, out Mention mention)
    {
        mention = default;
        int j = k - 1;
        while (j >= lo && IsWord(j) && (Has(j, WordFlags.Auxiliary) || IsDayName(Word(j))) && !IsPronoun(j)) j--;
        if (j < lo) return false;
        int roleStart = -1, roleEnd = -1;
        int nameAppositive = -1, nameAppositiveEnd = -1;
        if (IsPunct(j, ','))
        {
            // an appositive or relative clause between subject and verb: "Henderson, the director, said",
            // "Smith, R-Ky., said", "Jones (D-Ohio), a committee member, said"
            int m = j - 1;
            while (m >= lo && j - m <= MaxAppositiveTokens && !IsPunct(m, ',') && !IsPunct(m, ')') && !IsAppositiveBreak(m)) m--;
            if (m < lo || !(IsPunct(m, ',') || IsPunct(m, ')')) || m == j - 1) return false;
            if (IsWord(m + 1) && !(Word(m + 1) is "who" or "which" or "whose" or "where" or "when" or "speaking" or "writing" or "according")
                && ContainsRoleWord(m + 1, j - 1))
            {
                roleStart = _tokens[m + 1].Start;
                roleEnd = _tokens[j - 1].End;
            }
            else if (IsCapitalised(m + 1) && IsCapitalised(j - 1) && j - 1 - m <= 4)
            {
                nameAppositive = m + 1;
                nameAppositiveEnd = j - 1;
            }

            j = IsPunct(m, ')') ? m : m - 1;

            // a second appositive before the first: "Jane Roe, the attorney general of a state, one of those suing, said"
            if (IsWord(m + 1) && Word(m + 1) is "one" or "who" or "which" or "whose" or "a" or "an" or "another")
            {
                int m2 = j - 1;
                while (m2 >= lo && j - m2 <= MaxAppositiveTokens && !IsPunct(m2, ',') && !IsAppositiveBreak(m2)) m2--;
                if (m2 - 1 >= lo && IsPunct(m2, ',') && IsWord(m2 + 1) && Has(m2 + 1, WordFlags.Determiner) && IsLower(m2 + 1)
                    && ContainsRoleWord(m2 + 1, j) && (IsCapitalised(m2 - 1) || IsPunct(m2 - 1, ')')))
                {
                    roleStart = _tokens[m2 + 1].Start;
                    roleEnd = _tokens[j].End;
                    j = IsPunct(m2 - 1, ')') ? m2 - 1 : m2 - 1;
                }
            }
        }

        if (IsPunct(j, ')'))
        {
            int m = j - 1;
            while (m >= lo && j - m <= 8 && !IsPunct(m, '(')) m--;
            if (m < lo || !IsPunct(m, '(')) return false;
            j = m - 1;
        }

        if (j < lo) return false;
        if (IsPunct(j, '.') && j - 1 >= lo && IsInitialWithDot(j - 1)) return false;
        if (!IsWord(j)) return false;
        var w = Word(j);
        if (w is "who" or "which" && j - 2 >= lo && IsPunct(j - 1, ',') && IsWord(j - 2))
        {
            // "Mike Lee, who declared", "the AP report, which notes": the words before, through the relative pronoun
            var antecedent = default(Mention);
            if (IsCapitalised(j - 2) && !IsCapitalisedFunctionWordAt(j - 2) && !IsPossessive(j - 2)) antecedent = NameLeft(j - 2, lo);
            else if (IsLower(j - 2) && !Has(j - 2, WordFlags.Stop)) antecedent = DescriptionLeft(j - 2, lo);
            if (antecedent.IsEmpty) return false;
            antecedent.End = _tokens[j].End;
            mention = antecedent;
            return true;
        }

        if (QuoteLexicon.IsPronoun(w))
        {
            mention = Mention.Create(MentionKind.Pronoun, _tokens[j].Start, _tokens[j].End);
        }
        else if (IsCapitalised(j) && !IsCapitalisedFunctionWordAt(j) && !IsPossessive(j))
        {
            mention = NameLeft(j, lo);
        }
        else if (IsLower(j) && !Has(j, WordFlags.Stop | WordFlags.Determiner) && !IsPossessive(j) && !IsCue(j, out _))
        {
            mention = DescriptionLeft(j, lo);
        }
        else if (w is "two" or "three" or "both" or "others" or "one" or "another" or "many" or "some" or "several")
        {
            // "the two write", "another added"
            int s0 = j;
            if (s0 - 1 >= lo && IsWord(s0 - 1) && Word(s0 - 1) is "the" or "The" or "these" or "These") s0--;
            mention = Mention.Create(MentionKind.People, _tokens[s0].Start, _tokens[j].End);
        }

        if (mention.IsEmpty) return false;
        if (nameAppositive >= 0 && mention.Kind is MentionKind.People)
        {
            // "his spokesman, Jason Miller, said": the name, with the description as its role
            var named = SplitName(nameAppositive, nameAppositiveEnd, nameAppositive);
            if (named.Kind == MentionKind.Person)
            {
                named.RoleStart = mention.Start;
                named.RoleEnd = mention.End;
                named.Start = mention.Start;
                mention = named;
                return true;
            }
        }

        int first = FirstTokenAt(mention.Start, lo, j);
        if (mention.Kind is MentionKind.Person or MentionKind.Organisation && first - 2 >= lo && IsWord(first - 1) && Word(first - 1) is "on" or "of" or "for" or "at" or "from" or "in"
            && IsLower(first - 2) && IsSpeakerHead(Word(first - 2)))
        {
            // "the Ofsted report on Harbury", "a spokesman for Harbury Council": a description with a named complement
            var head = DescriptionLeft(first - 2, lo);
            head.End = mention.End;
            head.NameEnd = mention.End;
            mention = head;
            first = FirstTokenAt(mention.Start, lo, j);
        }

        if (first - 2 >= lo && IsWord(first - 1) && Word(first - 1) is "to" or "with" or "on" && IsWord(first - 2) && Word(first - 2).EndsWith("ing", StringComparison.Ordinal)
            && !IsCue(first - 2, out _) && ParseLeft(first - 2, lo, out var speaking))
        {
            // "A second source speaking to a news channel said": the source, not the channel
            mention = speaking;
            return true;
        }

        if (mention.Kind == MentionKind.Person && first - 2 >= lo && IsPunct(first - 1, ','))
        {
            // "another friend, Mariam Emara told", "his spokesman, Jason Miller, said": a role before the name
            int d = first - 2;
            if (IsLower(d) && !Has(d, WordFlags.Stop))
            {
                var desc = DescriptionLeft(d, lo);
                int descFirst = FirstTokenAt(desc.Start, lo, d);
                if (ContainsRoleWord(descFirst, d) && (descFirst == lo || IsPunct(descFirst - 1, ',') || IsPunct(descFirst - 1) && IsQuoteMark(PunctAt(descFirst - 1))))
                {
                    mention.Start = desc.Start;
                    if (roleStart < 0)
                    {
                        roleStart = desc.Start;
                        roleEnd = _tokens[d].End;
                    }
                }
            }
        }

        if (mention.Kind is MentionKind.Organisation or MentionKind.Person && first - 1 >= lo && IsWord(first - 1) && Word(first - 1) is "the" or "The")
        {
            // "the Times", "The New York Times"
            first--;
            mention.Start = _tokens[first].Start;
            if (first - 2 >= lo && IsWord(first - 1) && Word(first - 1) is "of" or "at" or "from" && IsCapitalised(first - 2) && !IsCapitalisedFunctionWordAt(first - 2))
            {
                // "Mr. Morgan of the Sierra Club": the person, with the organisation as role
                var person = NameLeft(first - 2, lo);
                if (person.Kind == MentionKind.Person)
                {
                    person.RoleStart = _tokens[first - 1].Start;
                    person.RoleEnd = mention.End;
                    person.End = mention.End;
                    mention = person;
                }
            }
        }
        else if (mention.Kind == MentionKind.Organisation && first - 2 >= lo && IsWord(first - 1) && Word(first - 1) is "of" or "at" or "from"
            && IsCapitalised(first - 2) && !IsCapitalisedFunctionWordAt(first - 2))
        {
            var person = NameLeft(first - 2, lo);
            if (person.Kind == MentionKind.Person)
            {
                person.RoleStart = _tokens[first - 1].Start;
                person.RoleEnd = mention.End;
                person.End = mention.End;
                mention = person;
            }
        }

        if (roleStart >= 0)
        {
            mention.RoleStart = roleStart;
            mention.RoleEnd = roleEnd;
        }

        return true;
    }

    /// <summary>Index of the token starting at <paramref name="start"/>, or -1.</summary>
    public readonly int TokenAt(int start)
    {
        for (int t = 0; t < _tokens.Count; t++)
        {
            if (_tokens[t].Start == start) return t;
        }

        return -1;
    }

    private readonly int FirstTokenAt(int start, int lo, int hi)
    {
        for (int t = lo; t <= hi; t++)
        {
            if (_tokens[t].Start == start) return t;
        }

        return hi;
    }

    /// <summary>The name (with the role written before it) whose last word is token <paramref name="j"/>.</summary>
    public readonly Mention NameEndingAt(int j) => IsCapitalised(j) ? NameLeft(j, 0) : default;

    /// <summary>Capitalised sentence openers that are not names ("However", "The", "In").</summary>
    private readonly bool IsCapitalisedFunctionWordAt(int i) => Has(i, WordFlags.Function) || IsCue(i, out _);

    private readonly bool IsAppositiveBreak(int i) =>
        IsPunct(i) && (PunctAt(i) is ';' or ':' or '?' or '!' or '(' || PunctAt(i) is '"' or '“' or '”' or '«' or '»' || PunctAt(i) is '‘' or '\'' && !IsWord(i - 1));

    private readonly bool IsClauseBreak(int i) =>
        IsPunct(i) && (PunctAt(i) is ';' or ':' or '.' or '?' or '!' or '(' or ')' || IsQuoteMark(PunctAt(i)));

    private readonly bool ContainsRoleWord(int from, int to)
    {
        for (int i = from; i <= to; i++)
        {
            if (IsWord(i) && (Has(i, WordFlags.Role) || Has(i, WordFlags.Title))) return true;
        }

        return false;
    }

    /// <summary>A capitalised name ending at <paramref name="j"/>, read leftwards, with the role written before it.</summary>
    private readonly Mention NameLeft(int j, int lo)
    {
        int i = j;
        while (i - 1 >= lo)
        {
            int t = i - 1;
            if (IsWord(t) && IsCapitalised(t) && !IsCapitalisedFunctionWordAt(t))
            {
                i = t;
                continue;
            }

            if (IsWord(t) && IsParticle(Word(t)) && t - 1 >= lo && IsCapitalised(t - 1))
            {
                i = t;
                continue;
            }

            if (IsPunct(t, '.') && t - 1 >= lo && IsAbbreviationWithDot(t - 1))
            {
                i = t - 1;
                continue;
            }

            break;
        }

        if (j - i >= MaxMentionTokens) i = j - MaxMentionTokens + 1;
        return SplitName(i, j, lo);
    }

    /// <summary>Splits a capitalised run [i..j] into titles or a possessive owner, and the name; finds a role before it.</summary>
    private readonly Mention SplitName(int i, int j, int lo)
    {
        while (j > i && !IsWord(j)) j--;
        int nameStart = i;
        for (int t = j - 1; t >= i; t--)
        {
            if (!IsWord(t)) continue;
            var w = Word(t);
            if (IsPossessive(t) || Has(t, WordFlags.Title | WordFlags.Honorific | WordFlags.Role)
                || (Has(t, WordFlags.Organisation) && !IsAllCaps(t)))
            {
                nameStart = t + 1;
                while (nameStart < j && !IsWord(nameStart)) nameStart++;
                break;
            }
        }

        var kind = MentionKind.Person;
        if (i == j && IsPluralOfRoleWord(Word(j)))
        {
            // "Inspectors noted", "Officials said": a description capitalised at the start of a sentence
            return Mention.Create(MentionKind.People, _tokens[j].Start, _tokens[j].End);
        }

        for (int t = nameStart; t <= j; t++)
        {
            if (IsWord(t) && (Has(t, WordFlags.Organisation) || (IsAllCaps(t) && _tokens[t].Length > 1 && !(Word(t) is "II" or "III" or "IV" or "JR"))))
            {
                kind = MentionKind.Organisation;
                break;
            }
        }

        if (kind == MentionKind.Organisation)
        {
            // "the Ofsted inspection team", "New York Times": the whole run names it
            nameStart = i;
            while (nameStart <= j && IsWord(nameStart) && (IsPossessive(nameStart) || Has(nameStart, WordFlags.Title))) nameStart++;
            if (nameStart > j) nameStart = j;
        }

        var m = Mention.Create(kind, _tokens[i].Start, _tokens[j].End);
        m.NameStart = _tokens[nameStart].Start;
        m.NameEnd = _tokens[j].End;
        // the role: titles within the run ("Sen.", "Director of ...") and lowercase role words before it
        int roleEnd = nameStart - 1;
        while (roleEnd >= i && !IsWord(roleEnd)) roleEnd--;
        int roleStart = i;
        if (kind == MentionKind.Person)
        {
            int r = RoleLeft(i - 1, lo);
            if (r >= 0)
            {
                roleStart = r;
                if (roleEnd < i) roleEnd = i - 1;
            }
        }

        if (roleEnd >= roleStart && roleEnd >= 0 && kind == MentionKind.Person)
        {
            // honorifics are not roles
            while (roleStart <= roleEnd && IsWord(roleStart) && Has(roleStart, WordFlags.Honorific))
            {
                roleStart++;
                while (roleStart <= roleEnd && !IsWord(roleStart)) roleStart++;
            }

            if (roleStart <= roleEnd)
            {
                m.RoleStart = _tokens[roleStart].Start;
                m.RoleEnd = _tokens[roleEnd].End;
                if (roleStart < i) m.Start = _tokens[roleStart].Start;
            }
        }

        return m;
    }

    /// <summary>The start token of a lowercase role phrase ending at <paramref name="j"/> ("director of children’s services"), or -1.</summary>
    private readonly int RoleLeft(int j, int lo)
    {
        int i = j + 1;
        bool hasRole = false;
        int count = 0;
        for (int t = j; t >= lo && count < MaxMentionTokens; t--, count++)
        {
            if (!IsWord(t)) break;
            var w = Word(t);
            bool connector = w is "of" or "for" or "at" or "and" or "on";
            if (!connector && (Has(t, WordFlags.Stop | WordFlags.Determiner) || IsCue(t, out _))) break;
            if (connector && !IsWord(t - 1)) break;
            if (Has(t, WordFlags.Role | WordFlags.Title)) hasRole = true;
            i = t;
        }

        if (!hasRole) return -1;
        // start at the first word that can open a role
        while (i <= j)
        {
            var w = Word(i);
            if (Has(i, WordFlags.Role | WordFlags.Title | WordFlags.RoleModifier) || IsPossessive(i) || IsCapitalised(i)) break;
            i++;
        }

        if (i > j) return -1;
        var first = Word(i);
        return first is "of" or "for" or "at" or "and" or "on" ? -1 : i;
    }

    /// <summary>A lowercase description ending at <paramref name="j"/> ("the Ofsted report", "inspectors", "a spokesman for the council").</summary>
    private readonly Mention DescriptionLeft(int j, int lo)
    {
        int i = j;
        int count = 1;
        while (i - 1 >= lo && count < MaxMentionTokens)
        {
            int t = i - 1;
            if (IsNumberOrHyphen(t))
            {
                // "the 34-year-old mother of three"
                i = t;
                count++;
                continue;
            }

            if (!IsWord(t)) break;
            var w = Word(t);
            if (w is "of" or "for" or "at" or "in" or "from" or "on" && t - 1 >= lo && IsWord(t - 1) && IsLower(t - 1) && IsSpeakerHead(Word(t - 1)))
            {
                // "a spokesman for the campaign", "a narrator in the Clinton ad", "mother of three"
                i = t - 1;
                count += 2;
                continue;
            }

            if (QuoteLexicon.IsDeterminer(w))
            {
                i = t;
                if (t - 2 >= lo && IsWord(t - 1) && Word(t - 1) is "for" or "of" or "at" or "in" or "from" or "on" && IsWord(t - 2) && IsLower(t - 2)
                    && IsSpeakerHead(Word(t - 2)))
                {
                    i = t - 2;
                    count += 3;
                    continue;
                }

                break;
            }

            if (Has(t, WordFlags.Stop) || IsCue(t, out _) || IsCapitalisedFunctionWordAt(t) && IsCapitalised(t)) break;
            i = t;
            count++;
        }

        // a determiner-led description that opens with a name ("the Ofsted report") is still a description
        // extend back over a determiner left behind
        while (i - 1 >= lo && IsWord(i - 1) && Has(i - 1, WordFlags.Determiner) && count < MaxMentionTokens)
        {
            i--;
            count++;
        }

        var kind = Has(j, WordFlags.Document) ? MentionKind.Document : MentionKind.People;
        var m = Mention.Create(kind, _tokens[i].Start, _tokens[j].End);
        if (kind == MentionKind.People)
        {
            // "director of children’s services Ann Lowe" read from "services" is a role, not a speaker
            m.NameStart = _tokens[i].Start;
        }

        return m;
    }

    /// <summary>A lowercase word that looks like a finite verb ending a subject ("rallied", "walks").</summary>
    private readonly bool EndsLikeVerb(int i)
    {
        var w = Word(i);
        return w.EndsWith("ed", StringComparison.Ordinal) || IsCue(i, out _);
    }

    private readonly bool IsNumberOrHyphen(int i) =>
        i >= 0 && i < _tokens.Count && (_tokens[i].Kind == TokenKind.Number || IsPunct(i, '-') && (IsWord(i + 1) || IsWord(i - 1)));

    /// <summary>The subject written after the verb at <paramref name="k"/> ("said Mr. Smith", "said a spokesman for the council"), not reaching <paramref name="hi"/>.</summary>
    public readonly bool ParseRight(int k, int hi, out Mention mention)
    {
        mention = default;
        int j = k + 1;
        int modifiers = j;
        while (j < hi && j - modifiers < 4 && (_tokens[j].Kind == TokenKind.Number || IsPunct(j, '/') || IsPunct(j, '-'))) j++;
        if (j > modifiers && !(IsLower(j) && Has(j, WordFlags.Role)))
        {
            j = modifiers; // a number that is not a modifier of a role ("said 20 of them")
        }

        if (j >= hi || !IsWord(j))
        {
            return false;
        }

        var w = Word(j);
        if (QuoteLexicon.IsPronoun(w))
        {
            mention = Mention.Create(MentionKind.Pronoun, _tokens[j].Start, _tokens[j].End);
            return true;
        }

        if (IsCapitalised(j) || QuoteLexicon.IsHonorific(w))
        {
            int e = j;
            int t = j + 1;
            while (t < hi && e - j < MaxMentionTokens)
            {
                if (IsCapitalised(t) && !IsCue(t, out _))
                {
                    e = t;
                    t++;
                }
                else if (IsPunct(t, '.') && IsAbbreviationWithDot(t - 1) && IsCapitalised(t + 1))
                {
                    t++;
                }
                else if (IsWord(t) && IsParticle(Word(t)) && IsCapitalised(t + 1))
                {
                    t++;
                }
                else
                {
                    break;
                }
            }

            if (IsCapitalisedFunctionWordAt(j) && e == j && !QuoteLexicon.IsHonorific(w)) return false;
            // "said GOP strategist Keith Nahigian", "said Democratic Sen. Jo Bloggs": a modifier and role before the name
            int r0 = e + 1, r = r0;
            while (r < hi && r - r0 < 4 && IsLower(r) && !Has(r, WordFlags.Stop) && !IsCue(r, out _)) r++;
            if (r > r0 && r < hi && IsCapitalised(r) && ContainsRoleWord(r0, r - 1))
            {
                int n = r;
                while (n + 1 < hi && (IsCapitalised(n + 1) || IsPunct(n + 1, '.') && IsAbbreviationWithDot(n) && IsCapitalised(n + 2))) n++;
                var named = SplitName(r, n, r);
                if (named.Kind == MentionKind.Person)
                {
                    named.RoleStart = _tokens[j].Start;
                    named.RoleEnd = _tokens[r - 1].End;
                    named.Start = _tokens[j].Start;
                    AppositiveRight(n + 1, hi, ref named);
                    mention = named;
                    return true;
                }
            }

            mention = SplitName(j, e, j);
            AppositiveRight(e + 1, hi, ref mention);
            return true;
        }

        if (!IsLower(j) || QuoteLexicon.IsStopWord(w) && !QuoteLexicon.IsDeterminer(w)) return false;
        // a description, possibly a role before a name: "said a spokesman", "said director of children’s services Ann Lowe"
        int end = j;
        int s = j;
        bool connectorUsed = false;
        for (int t = j; t < hi && t - j < MaxMentionTokens; t++)
        {
            if (t > j && IsNumberOrHyphen(t))
            {
                // "a 2008 Clinton veteran", "the 46-year-old"
                if (_tokens[t].Kind == TokenKind.Number) end = t;
                continue;
            }

            if (!IsWord(t)) break;
            var v = Word(t);
            if (t > j && IsLower(t) && v.EndsWith("ed", StringComparison.Ordinal) && !QuoteLexicon.IsRoleWord(v)) break; // "a court document filed by"
            if (IsCapitalised(t) && t > j)
            {
                // a role followed by a name
                int r = t;
                while (r + 1 < hi && (IsCapitalised(r + 1) || IsPunct(r + 1, '.') && IsAbbreviationWithDot(r))) r++;
                if (ContainsRoleWord(j, t - 1))
                {
                    mention = SplitName(t, r, t);
                    mention.RoleStart = _tokens[j].Start;
                    mention.RoleEnd = _tokens[t - 1].End;
                    return true;
                }

                end = r;
                t = r;
                continue;
            }

            bool connector = v is "of" or "for" or "at" or "with";
            if (connector)
            {
                if (connectorUsed || !(Has(end, WordFlags.Role) || Has(end, WordFlags.Document) || Word(end) is "spokesman" or "spokeswoman")) break;
                connectorUsed = true;
                continue;
            }

            if (t > j && (QuoteLexicon.IsStopWord(v) || IsCue(t, out _))) break;
            if (t > j && QuoteLexicon.IsDeterminer(v) && !connectorUsed) break;
            end = t;
        }

        while (end > s && !IsWord(end)) end--;
        if (end == s && Word(s) is "one" or "another" or "others" or "both" or "many" or "some")
        {
            // "read one.", "said another."
            mention = Mention.Create(MentionKind.People, _tokens[s].Start, _tokens[s].End);
            return true;
        }

        if (Has(end, WordFlags.Determiner) || Has(end, WordFlags.Stop)) return false;
        var kind = QuoteLexicon.IsDocumentWord(HeadOf(s, end)) ? MentionKind.Document : MentionKind.People;
        mention = Mention.Create(kind, _tokens[s].Start, _tokens[end].End);
        return true;
    }

    /// <summary>The head word of a description: the last word before "of"/"for", or the last word.</summary>
    private readonly ReadOnlySpan<char> HeadOf(int from, int to)
    {
        for (int t = from; t <= to; t++)
        {
            if (IsWord(t) && Word(t) is "of" or "for" or "at" or "with" && t > from) return Word(t - 1);
        }

        return Word(to);
    }

    private readonly void AppositiveRight(int t, int hi, ref Mention mention)
    {
        if (mention.HasRole || !IsPunct(t, ',') || mention.Kind != MentionKind.Person) return;
        int e = t + 1;
        while (e < hi && e - t <= MaxAppositiveTokens && !IsPunct(e, ',') && !IsClauseBreak(e)) e++;
        if (e - 1 <= t || !IsWord(t + 1) || Word(t + 1) is "who" or "which" or "whose" or "where" or "when" or "adding" or "saying") return;
        if (!ContainsRoleWord(t + 1, e - 1)) return;
        int last = e - 1;
        while (last > t && !IsWord(last)) last--;
        mention.RoleStart = _tokens[t + 1].Start;
        mention.RoleEnd = _tokens[last].End;
    }

    /// <summary>
    /// The subject of the clause a participle or colon hangs from: the last clause start (the window
    /// start or just after a comma) where a noun phrase is followed by a verb ("Hours later, Trump
    /// praised the donor in turn, telling a news agency"); else the sentence's subject.
    /// </summary>
    public readonly bool ParseClauseSubject(int from, int to, out Mention mention)
    {
        for (int c = to - 1; c >= from; c--)
        {
            if (c != from && !IsPunct(c - 1, ',')) continue;
            if (ParseSentenceSubject(c, to, out mention) && mention.Kind != MentionKind.None)
            {
                int next = TokenAt(mention.End) < 0 ? NextTokenAfter(mention.End) : TokenAt(mention.End);
                if (next >= 0 && next < to && IsLower(next) && (LooksFinite(next) || IsCue(next, out _))) return true;
            }
        }

        return ParseSentenceSubject(from, to, out mention);
    }

    private readonly int NextTokenAfter(int pos)
    {
        for (int t = 0; t < _tokens.Count; t++)
        {
            if (_tokens[t].Start >= pos) return t;
        }

        return -1;
    }

    /// <summary>A lowercase word that can be a finite verb after a subject: "returned", "makes", "has", "was".</summary>
    private readonly bool LooksFinite(int i)
    {
        var w = Word(i);
        return w.EndsWith("ed", StringComparison.Ordinal) || (w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal))
            || w is "has" or "had" or "was" or "is" or "will" or "would" or "did" or "then" or "also" or "later" or "can" or "could" or "took" or "made" or "gave" or "went" or "sent" or "held" or "left" or "met" or "told" or "said" or "wrote" or "spoke";
    }

    /// <summary>The subject at the start of the window ("He then listed ...:"), skipping openers like "However,".</summary>
    public readonly bool ParseSentenceSubject(int from, int to, out Mention mention)
    {
        mention = default;
        int i = from;
        if (IsWord(i) && Word(i) is "In" or "On" or "At" or "After" or "Before" or "During" or "When" or "While" or "Since" or "Asked" or "Speaking" or "Writing" or "Later" or "Earlier" or "Last" or "Following")
        {
            // an opening phrase up to its comma: "On July 6, 2015, Sanders made ...:"
            int comma = i;
            while (comma < to && comma - i < 12 && !(IsPunct(comma, ',') && !(comma + 1 < to && _tokens[comma + 1].Kind == TokenKind.Number))) comma++;
            if (comma < to && IsPunct(comma, ',')) i = comma + 1;
        }

        // a dateline: "WASHINGTON —", "NEWPORT NEWS, Va. -"
        int dash = i;
        while (dash < to && dash - i < 6 && (IsWord(dash) && IsAllCaps(dash) || IsPunct(dash, ',') || IsPunct(dash, '.') || IsCapitalised(dash) && dash > i)) dash++;
        if (dash > i && dash < to && IsPunct(dash) && IsDash(PunctAt(dash)) && IsAllCaps(i)) i = dash + 1;

        while (i < to && (IsPunct(i) || IsWord(i) && Has(i, WordFlags.Function) && !IsPronoun(i) && !Has(i, WordFlags.Determiner))) i++;
        if (i >= to || !IsWord(i)) return false;
        if (IsPronoun(i))
        {
            mention = Mention.Create(MentionKind.Pronoun, _tokens[i].Start, _tokens[i].End);
            return true;
        }

        // read forwards to the end of the noun phrase, then parse it leftwards
        int e = i;
        while (e + 1 < to && (IsWord(e + 1) || IsNumberOrHyphen(e + 1)) && !(IsWord(e + 1) && (Has(e + 1, WordFlags.Stop) || IsCue(e + 1, out _))) && e - i < MaxMentionTokens)
        {
            if (IsLower(e + 1) && IsCapitalised(e) && !Has(e, WordFlags.Determiner) && !IsPossessive(e)) break;
            if (IsLower(e + 1) && IsLower(e) && EndsLikeVerb(e + 1)) break;
            e++;
        }

        while (e > i && !IsWord(e)) e--;

        if (IsCapitalised(e) && !IsCapitalisedFunctionWordAt(e))
        {
            mention = NameLeft(e, i);
        }
        else if (IsLower(e) && !Has(e, WordFlags.Stop))
        {
            mention = DescriptionLeft(e, i);
        }

        return !mention.IsEmpty;
    }
}
