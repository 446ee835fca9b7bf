using ReportMining.Inspections;

namespace ReportMining.Ratings;

/// <summary>A place in the text that names a council: a local authority of the reference table or another "X Council".</summary>
internal readonly record struct NamedCouncil(string Name, int Start, int End);

/// <summary>
/// The councils a text names, found lazily and in order as the rating extractor moves through
/// the text: local authorities of the reference table (any of their name forms), and other
/// councils by the form "Capitalised Words (Borough|City|County|District)? Council". Each
/// part of the text is searched once.
/// </summary>
internal sealed class AuthorityMentions
{
    private readonly string _text;
    private readonly List<NamedCouncil> _found = [];
    private readonly List<AuthorityMention> _scratch = [];
    private int _scanned;

    public AuthorityMentions(string text) => _text = text;

    /// <summary>How far before a sentence the finder looks for the council named last.</summary>
    public const int Lookback = 3000;

    /// <summary>The opening of a text (title, headline), always searched: its first council is the text's main one.</summary>
    public const int Opening = 1500;

    /// <summary>
    /// The councils named in the opening, in the <paramref name="lookback"/> characters before
    /// <paramref name="start"/>, and up to <paramref name="end"/>, in order. Calls must come in
    /// text order; each character is searched at most once.
    /// </summary>
    public IReadOnlyList<NamedCouncil> Around(int start, int end, int lookback = Lookback)
    {
        if (_scanned == 0) Scan(0, Math.Min(Opening, _text.Length));
        int from = Math.Max(_scanned, start - lookback);
        while (from > _scanned && from < _text.Length && !char.IsWhiteSpace(_text[from - 1])) from--; // never cut a word
        if (end > from) Scan(from, Math.Min(end, _text.Length));
        return _found;
    }

    /// <summary>Index in the found list of the first council named at or after <paramref name="pos"/>.</summary>
    public int FirstAtOrAfter(int pos)
    {
        int lo = 0, hi = _found.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_found[mid].Start < pos) lo = mid + 1;
            else hi = mid;
        }

        return lo;
    }

    /// <summary>The first council the text names in its opening, or null.</summary>
    public NamedCouncil? First
    {
        get
        {
            if (_scanned == 0) Scan(0, Math.Min(Opening, _text.Length));
            return _found.Count > 0 && _found[0].Start < Opening ? _found[0] : null;
        }
    }

    private void Scan(int from, int to)
    {
        // stop the window at a word boundary so that a name is never cut
        while (to < _text.Length && char.IsLetter(_text[to])) to++;
        _scratch.Clear();
        LocalAuthorities.FindAll(_text.AsSpan(from, to - from), from, _scratch);
        int before = _found.Count;
        foreach (var m in _scratch) _found.Add(new NamedCouncil(m.Authority.Name, m.Start, m.End));
        FindOtherCouncils(from, to);
        FindBoroughsOf(from, to);
        FindNamedServices(from, to);
        if (_found.Count > before + 1)
        {
            _found.Sort(before, _found.Count - before, Comparer<NamedCouncil>.Create((a, b) => a.Start.CompareTo(b.Start)));
        }

        _scanned = Math.Max(_scanned, to);
    }

    private static readonly string[] Qualifiers = ["Borough", "City", "County", "District", "Metropolitan", "Unitary"];

    /// <summary>"Powys County Council": the capitalised words before "Council" when they are not a table authority already.</summary>
    private void FindOtherCouncils(int from, int to)
    {
        var span = _text.AsSpan(from, to - from);
        int pos = 0;
        while (pos < span.Length)
        {
            int k = span[pos..].IndexOf("Council", StringComparison.Ordinal);
            if (k < 0) break;
            int at = from + pos + k;
            pos += k + 7;
            if (at + 7 < _text.Length && char.IsLetter(_text[at + 7])) continue;
            // words before: capitalised, with "and", "upon", "on", "of" inside
            int nameEnd = at;
            int i = at - 1;
            int nameStart = -1;
            int words = 0;
            while (i >= 0 && words < 6)
            {
                while (i >= 0 && _text[i] is ' ' or '\n' or '\t') i--;
                int e = i + 1;
                while (i >= 0 && (char.IsLetter(_text[i]) || _text[i] is '-' or '.')) i--;
                var word = _text.AsSpan(i + 1, e - i - 1);
                if (word.IsEmpty) break;
                bool cap = char.IsUpper(word[0]);
                bool joiner = word.SequenceEqual("and") || word.SequenceEqual("upon") || word.SequenceEqual("on") || word.SequenceEqual("of");
                if (!cap && !joiner) break;
                if (cap && FunctionWords.Contains(word.ToString())) break;
                if (cap) nameStart = i + 1;
                words++;
            }

            if (nameStart < 0) continue;
            // drop the qualifiers at the end: "Powys County" -> "Powys"
            var name = _text.AsSpan(nameStart, nameEnd - nameStart).Trim();
            bool changed = true;
            while (changed)
            {
                changed = false;
                foreach (var q in Qualifiers)
                {
                    if (name.Length > q.Length && name.EndsWith(q, StringComparison.Ordinal) && name[^(q.Length + 1)] == ' ')
                    {
                        name = name[..^q.Length].TrimEnd();
                        changed = true;
                    }
                }
            }

            if (name.IsEmpty || IsQualifierOnly(name) || NotACouncil.Contains(name.ToString())) continue;
            if (!KnownAt(nameStart, nameEnd)) _found.Add(new NamedCouncil(name.ToString(), nameStart, nameStart + name.Length));
        }
    }

    /// <summary>"London Borough of Eastley", "Royal Borough of Westbury": the capitalised words after "Borough of".</summary>
    private void FindBoroughsOf(int from, int to)
    {
        var span = _text.AsSpan(from, to - from);
        int pos = 0;
        while (pos < span.Length)
        {
            int k = span[pos..].IndexOf("Borough of", StringComparison.Ordinal);
            if (k < 0) break;
            int at = from + pos + k + "Borough of".Length;
            pos += k + 10;
            int i = at, nameStart = -1, nameEnd = -1;
            for (int words = 0; words < 5; words++)
            {
                while (i < _text.Length && _text[i] is ' ' or '\n' or '\t') i++;
                int s = i;
                while (i < _text.Length && (char.IsLetter(_text[i]) || _text[i] is '-')) i++;
                var word = _text.AsSpan(s, i - s);
                if (word.IsEmpty) break;
                bool joiner = word.SequenceEqual("and") || word.SequenceEqual("upon") || word.SequenceEqual("on");
                if (!char.IsUpper(word[0]) && !joiner) break;
                if (char.IsUpper(word[0]))
                {
                    if (word.SequenceEqual("Council")) break;
                    nameStart = nameStart < 0 ? s : nameStart;
                    nameEnd = i;
                }
            }

            if (nameStart >= 0 && !KnownAt(nameStart, nameEnd)) _found.Add(new NamedCouncil(_text[nameStart..nameEnd], nameStart, nameEnd));
        }
    }

    private static readonly HashSet<string> NotACouncil = new(StringComparer.Ordinal)
    {
        "Care", "Youth", "School", "Schools", "Children", "Young", "Parish", "Town", "Student", "Students", "Pupil", "Social", "Health", "Research",
        "Arts", "Sports", "Medical", "Nursing", "British", "European", "Security", "Privy", "Legislative", "Executive", "Pupils", "Children’s", "Children's",
        "Care Quality", "General Medical", "Social Work", "Health and Care Professions",
    };

    /// <summary>Capitalised words that start sentences and phrases, never a council's name.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "At", "In", "On", "For", "By", "With", "From", "To", "Of", "Meanwhile", "However", "But", "And", "While", "Elsewhere",
        "Both", "All", "Its", "Their", "This", "That", "These", "Those", "Neighbouring", "Nearby", "Local", "Last", "Next", "Since", "After",
        "Before", "When", "Where", "Children’s", "Children's", "Services", "Ofsted", "Inspectors", "Our", "Your", "His", "Her", "As", "If",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Picture", "Photo", "Credit", "Image",
    };

    /// <summary>True when a name found already (a table authority) overlaps [start, end).</summary>
    private bool KnownAt(int start, int end)
    {
        foreach (var m in _scratch)
        {
            if (m.Start < end && m.End > start) return true;
        }

        return false;
    }

    /// <summary>
    /// "Linfield children’s services", "children's services in Tarnside": a place named with the
    /// service, when it is not a table authority.
    /// </summary>
    private void FindNamedServices(int from, int to)
    {
        var span = _text.AsSpan(from, to - from);
        int pos = 0;
        while (pos < span.Length)
        {
            int k = span[pos..].IndexOf("hildren", StringComparison.Ordinal);
            if (k < 0) break;
            int at = from + pos + k - 1;
            pos += k + 7;
            if (at < 0 || (_text[at] != 'c' && _text[at] != 'C')) continue;
            int apo = at + 8;
            if (apo + 10 > _text.Length || _text[apo] is not ('’' or '\'') || _text[apo + 1] != 's') continue;
            int i = apo + 2;
            while (i < _text.Length && _text[i] is ' ' or '\n') i++;
            if (!_text.AsSpan(i).StartsWith("services", StringComparison.Ordinal)) continue;
            int afterServices = i + 8;
            // capitalised words before "children's services"
            int b = at - 1;
            int nameStart = -1, nameEnd = -1;
            for (int words = 0; words < 4; words++)
            {
                while (b >= 0 && _text[b] is ' ' or '\n') b--;
                int e = b + 1;
                while (b >= 0 && (char.IsLetter(_text[b]) || _text[b] is '-')) b--;
                var word = _text.AsSpan(b + 1, e - b - 1);
                if (word.IsEmpty || !char.IsUpper(word[0]) || FunctionWords.Contains(word.ToString()) || word.SequenceEqual("Council")) break;
                nameStart = b + 1;
                if (nameEnd < 0) nameEnd = e;
            }

            if (nameStart < 0)
            {
                // "children's services in Tarnside"
                int j = afterServices;
                while (j < _text.Length && _text[j] is ' ' or '\n') j++;
                if (!_text.AsSpan(j).StartsWith("in ", StringComparison.Ordinal)) continue;
                j += 3;
                if (_text.AsSpan(j).StartsWith("the ", StringComparison.Ordinal)) j += 4;
                int s = j;
                for (int words = 0; words < 4; words++)
                {
                    int ws = j;
                    while (j < _text.Length && (char.IsLetter(_text[j]) || _text[j] is '-')) j++;
                    var word = _text.AsSpan(ws, j - ws);
                    if (word.IsEmpty || !char.IsUpper(word[0]) || word.SequenceEqual("Council") || FunctionWords.Contains(word.ToString()))
                    {
                        j = ws;
                        break;
                    }

                    nameStart = s;
                    nameEnd = j;
                    while (j < _text.Length && _text[j] == ' ') j++;
                }
            }

            if (nameStart >= 0 && !KnownAt(nameStart, nameEnd) && !NotACouncil.Contains(_text[nameStart..nameEnd]))
            {
                _found.Add(new NamedCouncil(_text[nameStart..nameEnd], nameStart, nameEnd));
            }
        }
    }

    private static bool IsQualifierOnly(ReadOnlySpan<char> name)
    {
        foreach (var q in Qualifiers)
        {
            if (name.SequenceEqual(q)) return true;
        }

        return name.SequenceEqual("Ofsted") || name.SequenceEqual("Local") || name.SequenceEqual("Government");
    }
}
