using System.Text;

namespace ReportMining.Quotes;

/// <summary>A speaker as reported: the name (or "the report", "inspectors"), where it is written, and a role.</summary>
internal readonly record struct ResolvedSpeaker(string? Name, int Start, int End, string? Role, int RoleStart, int RoleEnd, MentionKind Kind)
{
    public static ResolvedSpeaker None => new(null, -1, -1, null, -1, -1, MentionKind.None);
}

/// <summary>
/// Turns speaker mentions into speakers as a document is read: names keep their words (honorifics
/// left out), a later surname-only mention ("Henderson") takes the full name and role given
/// earlier ("Ann Lowe, the council’s children’s services director"), descriptions of Ofsted's reports and
/// inspectors read "the report" and "inspectors", and pronouns take the last speaker that fits
/// ("he" and "she" a person, "it" a document or organisation, "they" a group).
/// </summary>
internal sealed class SpeakerRegistry
{
    private const int NameSearchWindow = 6000;

    private readonly TokenBuffer _buffer;
    private readonly Dictionary<string, ResolvedSpeaker> _bySurname;
    private readonly Dictionary<string, string> _names;
    private ResolvedSpeaker _lastPerson = ResolvedSpeaker.None;
    private ResolvedSpeaker _lastThing = ResolvedSpeaker.None;
    private ResolvedSpeaker _lastGroup = ResolvedSpeaker.None;

    public SpeakerRegistry(QuoteScratch scratch)
    {
        _buffer = scratch.Names;
        _bySurname = scratch.Surnames;
        _names = scratch.NameStrings;
    }

    /// <summary>The speaker a mention names, resolving pronouns and surnames.</summary>
    public ResolvedSpeaker Resolve(in Mention m, ReadOnlySpan<char> normalized)
    {
        string? role = m.HasRole ? CleanRole(normalized[m.RoleStart..m.RoleEnd], StartsSentence(normalized, m.RoleStart)) : null;
        int roleStart = m.HasRole ? m.RoleStart : -1, roleEnd = m.HasRole ? m.RoleEnd : -1;
        switch (m.Kind)
        {
            case MentionKind.Person:
            {
                var nameSpan = normalized[m.NameStart..m.NameEnd];
                string name = CachedName(nameSpan);
                if (!name.Contains(' '))
                {
                    var full = FindFullName(name, m.NameStart, normalized);
                    if (full.Name is not null)
                    {
                        return new ResolvedSpeaker(full.Name, m.NameStart, m.NameEnd, role ?? full.Role, role is null ? full.RoleStart : roleStart, role is null ? full.RoleEnd : roleEnd, MentionKind.Person);
                    }
                }
                else
                {
                    string surname = name[(name.LastIndexOf(' ') + 1)..];
                    if (_bySurname.TryGetValue(surname, out var known) && known.Name == name && role is null)
                    {
                        role = known.Role;
                        roleStart = known.RoleStart;
                        roleEnd = known.RoleEnd;
                    }

                    _bySurname[surname] = new ResolvedSpeaker(name, m.NameStart, m.NameEnd, role, roleStart, roleEnd, MentionKind.Person);
                }

                return new ResolvedSpeaker(name, m.NameStart, m.NameEnd, role, roleStart, roleEnd, MentionKind.Person);
            }

            case MentionKind.Organisation:
                return new ResolvedSpeaker(CachedName(normalized[m.NameStart..m.NameEnd]), m.NameStart, m.NameEnd, role, roleStart, roleEnd, MentionKind.Organisation);
            case MentionKind.Document:
            case MentionKind.People:
                return new ResolvedSpeaker(DescriptionName(normalized[m.Start..m.End], m.Kind), m.Start, m.End, role, roleStart, roleEnd, m.Kind);
            case MentionKind.Pronoun:
            {
                var word = normalized[m.Start..m.End];
                if (word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase)) return _lastPerson;
                if (word.Equals("it", StringComparison.OrdinalIgnoreCase)) return _lastThing;
                if (word.Equals("they", StringComparison.OrdinalIgnoreCase)) return _lastGroup.Name is not null ? _lastGroup : _lastThing;
                return ResolvedSpeaker.None;
            }

            default:
                return ResolvedSpeaker.None;
        }
    }

    /// <summary>Remembers <paramref name="speaker"/> as the last of its kind, for pronouns that follow.</summary>
    public void Remember(in ResolvedSpeaker speaker)
    {
        if (speaker.Name is null) return;
        switch (speaker.Kind)
        {
            case MentionKind.Person:
                _lastPerson = speaker;
                break;
            case MentionKind.Document:
                _lastThing = speaker;
                break;
            case MentionKind.Organisation:
                _lastThing = speaker;
                _lastGroup = speaker;
                break;
            case MentionKind.People:
                if (speaker.Name.EndsWith('s')) _lastGroup = speaker;
                else _lastPerson = speaker;
                break;
        }
    }

    /// <summary>
    /// The full name a surname stands for: one remembered from an earlier attribution, else the
    /// nearest earlier capitalised name in the text that ends with it (remembered either way).
    /// </summary>
    private ResolvedSpeaker FindFullName(string surname, int before, ReadOnlySpan<char> normalized)
    {
        if (_bySurname.TryGetValue(surname, out var known)) return known;
        int from = Math.Max(0, before - NameSearchWindow);
        var window = normalized[from..before];
        int end = window.Length;
        var result = ResolvedSpeaker.None;
        while (end > 0)
        {
            int at = window[..end].LastIndexOf(surname.AsSpan(), StringComparison.Ordinal);
            if (at < 0) break;
            end = at;
            int after = at + surname.Length;
            if (after < window.Length && char.IsLetter(window[after])) continue;
            // the word before must be a capitalised first name
            int k = at - 1;
            if (k < 0 || window[k] != ' ') continue;
            int wEnd = k;
            int wStart = wEnd;
            while (wStart > 0 && (char.IsLetter(window[wStart - 1]) || window[wStart - 1] is '.' or '-')) wStart--;
            if (wEnd - wStart < 2 || !char.IsUpper(window[wStart])) continue;
            var first = window[wStart..wEnd];
            if (QuoteLexicon.IsCapitalisedFunctionWord(first) || QuoteLexicon.IsHonorific(first.TrimEnd('.'))
                || QuoteLexicon.IsTitle(first) || QuoteLexicon.IsTitle(first.TrimEnd('.')) || QuoteLexicon.IsOrganisationWord(first) || QuoteLexicon.IsRoleWord(first))
            {
                continue;
            }

            string name = CleanName(window[wStart..after]);
            result = new ResolvedSpeaker(name, from + wStart, from + after, null, -1, -1, MentionKind.Person);
            // the role written before the full name: "Corporate director Helen Armitage"
            int roleFrom = Math.Max(0, from + wStart - 120);
            var tokens = new TokenWindow(normalized, _buffer);
            tokens.Add(roleFrom, from + after);
            if (tokens.Count > 0)
            {
                var full = tokens.NameEndingAt(tokens.Count - 1);
                if (full.HasRole)
                {
                    result = result with { Role = CleanRole(normalized[full.RoleStart..full.RoleEnd], StartsSentence(normalized, full.RoleStart)), RoleStart = full.RoleStart, RoleEnd = full.RoleEnd };
                }
            }

            break;
        }

        _bySurname[surname] = result;
        return result;
    }

    /// <summary>A name's words as a string, shared between the quotes of a document that name the same speaker.</summary>
    private string CachedName(ReadOnlySpan<char> span)
    {
        var lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out var known)) return known;
        string name = CleanName(span);
        lookup[span] = name;
        return name;
    }

    private static string CleanName(ReadOnlySpan<char> span)
    {
        var sb = new StringBuilder(span.Length);
        bool space = false;
        foreach (char c in span)
        {
            if (c == '\u00AD') continue;
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>True when <paramref name="at"/> opens a sentence (nothing but marks and space after a full stop or paragraph start).</summary>
    private static bool StartsSentence(ReadOnlySpan<char> text, int at)
    {
        int i = at - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) && text[i] != '\n' || TokenWindow.IsQuoteMark(text[i]))) i--;
        return i < 0 || text[i] is '\n' or '.' or '?' or '!' or ':' or ';';
    }

    private static string CleanRole(ReadOnlySpan<char> span, bool sentenceStart)
    {
        string role = CleanName(span);
        // a role opening its sentence is capitalised only for that reason: "Director of children’s services"
        if (sentenceStart && role.Length > 1 && char.IsUpper(role[0]))
        {
            int sp = role.IndexOf(' ');
            var firstWord = sp < 0 ? role.AsSpan() : role.AsSpan(0, sp);
            bool restLower = true;
            for (int i = 1; i < firstWord.Length; i++) restLower &= !char.IsUpper(firstWord[i]);
            bool otherCaps = false;
            for (int i = sp + 1; sp > 0 && i < role.Length; i++)
            {
                if (char.IsUpper(role[i]) && role[i - 1] == ' ') otherCaps = true;
            }

            if (restLower && !otherCaps && (QuoteLexicon.IsRoleWord(firstWord) || QuoteLexicon.IsRoleModifier(firstWord)))
            {
                role = char.ToLowerInvariant(role[0]) + role[1..];
            }
        }

        return role;
    }

    private static string DescriptionName(ReadOnlySpan<char> span, MentionKind kind)
    {
        string text = CleanName(span);
        // the head is the last word before a complement: "the Ofsted report on Harbury"
        int complement = -1;
        foreach (var c in (string[])[" of ", " for ", " on ", " at ", " from ", " in "])
        {
            int k = text.IndexOf(c, StringComparison.Ordinal);
            if (k > 0 && (complement < 0 || k < complement)) complement = k;
        }

        string beforeComplement = complement > 0 ? text[..complement] : text;
        int sp = beforeComplement.LastIndexOf(' ');
        var head = sp < 0 ? beforeComplement.AsSpan() : beforeComplement.AsSpan(sp + 1);
        if (kind == MentionKind.Document && (head.Equals("report", StringComparison.OrdinalIgnoreCase) || head.Equals("inspection", StringComparison.OrdinalIgnoreCase)
            || head.Equals("findings", StringComparison.OrdinalIgnoreCase) || head.Equals("judgement", StringComparison.OrdinalIgnoreCase)))
        {
            return "the report";
        }

        if (head.Equals("inspectors", StringComparison.OrdinalIgnoreCase)) return "inspectors";
        if (text.Length > 1 && char.IsUpper(text[0]))
        {
            int first = text.IndexOf(' ');
            if (first > 0 && QuoteLexicon.IsDeterminer(text.AsSpan(0, first)))
            {
                text = char.ToLowerInvariant(text[0]) + text[1..];
            }
            else if (first < 0)
            {
                text = char.ToLowerInvariant(text[0]) + text[1..];
            }
        }

        return text;
    }
}
