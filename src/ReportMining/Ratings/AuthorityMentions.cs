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

    /// <summary>Every council named before <paramref name="end"/>, in order.</summary>
    public IReadOnlyList<NamedCouncil> UpTo(int end)
    {
        if (end > _scanned)
        {
            Scan(_scanned, Math.Min(end + 400, _text.Length));
        }

        return _found;
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
        if (_found.Count > before + 1)
        {
            _found.Sort(before, _found.Count - before, Comparer<NamedCouncil>.Create((a, b) => a.Start.CompareTo(b.Start)));
        }

        _scanned = to;
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
                if (cap && (word.SequenceEqual("The") || word.SequenceEqual("A"))) break;
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

            if (name.IsEmpty || IsQualifierOnly(name)) continue;
            // a table authority is named here already
            bool known = false;
            foreach (var m in _scratch)
            {
                if (m.Start >= nameStart && m.Start < nameEnd) { known = true; break; }
            }

            if (known) continue;
            _found.Add(new NamedCouncil(name.ToString(), nameStart, nameStart + name.Length));
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
