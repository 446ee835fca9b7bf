using System.Globalization;
using W = ReportMining.Dates.Kw;

namespace ReportMining.Dates;

/// <summary>
/// A hand-written grammar of English temporal expressions over the tokens of a small window,
/// with TIMEX3 normalisation. <see cref="TryAt"/> reads the longest expression starting at a
/// token; every rule looks only a few tokens ahead, so a parse is bounded by the window size.
/// </summary>
internal ref struct TimexParser
{
    private readonly ReadOnlySpan<DTok> _t;
    private readonly int _n;
    private readonly TimexContext _c;
    private readonly ReadOnlySpan<char> _text;

    public TimexParser(ReadOnlySpan<DTok> tokens, TimexContext context, ReadOnlySpan<char> text)
    {
        _t = tokens;
        _n = tokens.Length;
        _c = context;
        _text = text;
    }

    private enum PrefixKind : byte
    {
        None,
        Quantity, // about, more than, at least: durations (and approximate dates)
        Position, // early, mid, late, the end of: dates only
    }

    /// <summary>Reads the longest temporal expression starting at token <paramref name="s"/>.</summary>
    public bool TryAt(int s, out TimexMatch m)
    {
        m = default;
        if (s >= _n) return false;
        if (Suppressed(s, out int se))
        {
            m = new TimexMatch { S = s, E = se, Suppress = true, Value = string.Empty };
            return true;
        }

        var mod = Prefix(s, out int i, out var kind);
        if (!Core(i, out m)) return false;
        if (TitledUnit(i + 1, m.E)) return false; // "This Week", "60 Minutes": the name of a programme or a title
        if (kind == PrefixKind.Position && m.Type is not (DateType.Date or DateType.Time)) return false;
        m.C = s;
        // TimeML leaves the possessive out ("its [third quarter]"), and the article of a compound
        // used as an adjective ("the [third-quarter] loss")
        if (mod is null && m.E > i + 1 && (K(i, W.Its) || K(i, W.Their) || K(i, W.The) && Pu(m.E - 2, '-') && Glued(m.E - 2) && Glued(m.E - 1))) m.C = i + 1;
        if (mod is not null)
        {
            if (m.Value is "PRESENT_REF" or "PAST_REF" or "FUTURE_REF") return false;
            m.Mod ??= mod;
            // news annotation leaves "about", "around" and "over" out of the extent, and keeps "nearly", "almost", "at least"
            // ("almost daily" keeps the set alone)
            if (kind == PrefixKind.Quantity && (K(s, W.About) || K(s, W.Around) || K(s, W.Approximately) || K(s, W.Roughly) || K(s, W.Over)
                || m.Type == DateType.Set && mod == DateModifier.Approx)) m.C = i;
        }

        // "or so", "or more", "and beyond"
        if (m.Type == DateType.Duration && K(m.E, W.Or) && K(m.E + 1, W.So))
        {
            m.E += 2;
            m.Mod ??= DateModifier.Approx;
        }
        else if (m.Type == DateType.Duration && K(m.E, W.Or) && K(m.E + 1, W.More))
        {
            m.E += 2;
            m.Mod ??= DateModifier.EqualOrMore;
        }
        else if (m.Type == DateType.Date && m.Explicit && K(m.E, W.And) && K(m.E + 1, W.Beyond))
        {
            m.E += 2;
            m.Mod ??= DateModifier.OnOrAfter;
        }

        // "since 2017": the time from then on
        if (m.Type == DateType.Date && m.Mod is null && K(s - 1, W.Since) && m.Value is not ("PRESENT_REF" or "PAST_REF" or "FUTURE_REF")) m.Mod = DateModifier.After;

        m.S = s;
        return true;
    }

    /// <summary>True when a unit word ("Week", "Minutes"; not "Day" or "Year" of a holiday) after the first word is capitalised in mixed-case text.</summary>
    private readonly bool TitledUnit(int from, int end)
    {
        for (int k = from; k < end && k < _n; k++)
        {
            if (KindAt(k) == LexKind.Unit && _t[k].Upper && !_t[k].AllUpper && !SentenceStart(k)
                && (TimeUnit)_t[k].Lex.Value is not (TimeUnit.Day or TimeUnit.Year)
                && !(K(k - 1, W.Holy) && (TimeUnit)_t[k].Lex.Value == TimeUnit.Week)) return true; // not "Thanksgiving Day", "New Year", "Holy Week"
        }

        return false;
    }

    // ------------------------------------------------------------------ token predicates

    private readonly bool K(int i, W k) => i >= 0 && i < _n && _t[i].Lex.Kind == LexKind.Keyword && _t[i].Lex.Value == (int)k && _t[i].Kind == TokKind.Word;

    private readonly bool Pu(int i, char c) => i >= 0 && i < _n && _t[i].Kind == TokKind.Punct && _t[i].Ch == c;

    /// <summary>True when token <paramref name="i"/> follows the previous one without a space.</summary>
    private readonly bool Glued(int i) => i > 0 && i < _n && !_t[i].Space;

    private readonly bool IsNum(int i) => i >= 0 && i < _n && _t[i].Kind == TokKind.Number;

    private readonly bool IsWord(int i) => i >= 0 && i < _n && _t[i].Kind == TokKind.Word;

    private readonly bool Word(int i, string w) => IsWord(i) && _text[_t[i].Start.._t[i].End].Equals(w, StringComparison.OrdinalIgnoreCase);

    private readonly LexKind KindAt(int i) => i >= 0 && i < _n && _t[i].Kind == TokKind.Word ? _t[i].Lex.Kind : LexKind.None;

    /// <summary>A month name (capitalised), with the full stop of an abbreviation.</summary>
    private readonly int MonthAt(int i, out int next)
    {
        next = i;
        if (KindAt(i) != LexKind.Month) return 0;
        ref readonly var t = ref _t[i];
        if (!t.Upper) return 0;
        int len = t.Length;
        next = i + 1;
        if (!t.Lex.Trigger && Pu(next, '.') && Glued(next)) next++; // "Oct." (an abbreviation), not "June." (a sentence end)
        else if (len == 3 && t.AllUpper) { } // "SEP"
        return t.Lex.Value;
    }

    /// <summary>A weekday name (full, or a capitalised abbreviation with its full stop).</summary>
    private readonly int WeekdayAt(int i, out int next)
    {
        next = i;
        if (KindAt(i) != LexKind.Weekday || _t[i].Lex.Plural) return 0;
        ref readonly var t = ref _t[i];
        if (!t.Lex.Trigger && !t.Upper) return 0;
        next = i + 1;
        if (!t.Lex.Trigger && Pu(next, '.') && Glued(next)) next++;
        return t.Lex.Value;
    }

    private readonly TimeUnit UnitAt(int i, out bool plural)
    {
        plural = false;
        if (KindAt(i) == LexKind.Ordinal && _t[i].Lex.Value == 2 && _t[i].Length == 6) return TimeUnit.Second;
        if (KindAt(i) != LexKind.Unit) return TimeUnit.None;
        plural = _t[i].Lex.Plural;
        return (TimeUnit)_t[i].Lex.Value;
    }

    /// <summary>A day of the month: 1 to 31, one or two digits, with an optional ordinal suffix.</summary>
    private readonly int DayAt(int i, out int next)
    {
        next = i;
        if (!IsNum(i) || _t[i].Digits > 2 || _t[i].Num < 1 || _t[i].Num > 31) return 0;
        if (Glued(i) && i > 0 && (_t[i - 1].IsNumber || Pu(i - 1, '.') || Pu(i - 1, ',') || Pu(i - 1, ':') || Pu(i - 1, '£') || Pu(i - 1, '$'))) return 0;
        next = i + 1;
        if (IsWord(next) && Glued(next) && IsOrdinalSuffix(next)) next++;
        if (Pu(next, ':') && IsNum(next + 1) && Glued(next + 1)) return 0; // a time
        if (Pu(next, '%') || (Pu(next, '.') && IsNum(next + 1) && Glued(next + 1))) return 0;
        return _t[i].Num;
    }

    private readonly bool IsOrdinalSuffix(int i)
    {
        var w = _text[_t[i].Start.._t[i].End];
        return w.Equals("st", StringComparison.OrdinalIgnoreCase) || w.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || w.Equals("rd", StringComparison.OrdinalIgnoreCase) || w.Equals("th", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A four-digit year (or '98) that is not part of a bigger number, an amount or a name.</summary>
    private readonly int YearAt(int i, out int next, bool attached)
    {
        next = i;
        if (i >= _n) return 0;
        if (KindAt(i) == LexKind.Number) return SpelledYear(i, out next, attached);
        if (Pu(i, '\'') && IsNum(i + 1) && Glued(i + 1) && _t[i + 1].Digits == 2 && !(IsWord(i + 2) && Glued(i + 2)))
        {
            if (!attached) return 0;
            next = i + 2;
            int yy = _t[i + 1].Num;
            int century = _c.Dct is { } d && yy <= (d.Year % 100) + 10 ? d.Year / 100 * 100 : 1900;
            return century + yy;
        }

        if (!IsNum(i) || _t[i].Digits != 4) return 0;
        int y = _t[i].Num;
        if (y < (attached ? 1000 : 1600) || y > 2099) return 0;
        if (i > 0 && Glued(i) && (Pu(i - 1, ',') || Pu(i - 1, '.') || Pu(i - 1, '/') || IsNum(i - 1) || IsWord(i - 1) && !IsFy(i - 1))) return 0;
        if (i > 0 && (Pu(i - 1, '£') || Pu(i - 1, '$') || Pu(i - 1, '€') || Pu(i - 1, '#') || Pu(i - 1, '¥'))) return 0;
        if (Glued(i + 1) && (Pu(i + 1, ',') || Pu(i + 1, '.') || Pu(i + 1, ':')) && IsNum(i + 2) && Glued(i + 2)) return 0;
        if (Pu(i + 1, '%') || K(i + 1, W.Percent) || (K(i + 1, W.Per) && K(i + 2, W.Cent))) return 0;
        if (IsWord(i + 1) && Glued(i + 1) && !(Word(i + 1, "s"))) return 0;
        if (!attached)
        {
            if (i > 0 && (K(i - 1, W.Act) || K(i - 1, W.Regulations) || K(i - 1, W.Page)
                || K(i - 1, W.Paragraph) || K(i - 1, W.Section) || K(i - 1, W.Number))) return 0;
            if (Pu(i - 1, '.') && i >= 2 && Word(i - 2, "No")) return 0;
            if (IsWord(i + 1) && !_t[i + 1].Upper && IsCountNoun(i + 1)) return 0;
        }

        next = i + 1;
        return y;
    }

    /// <summary>"nineteen ninety-six", "nineteen eighty", "two thousand (and) one".</summary>
    private readonly int SpelledYear(int i, out int next, bool attached)
    {
        next = i;
        int v = _t[i].Lex.Value;
        if ((v is 19 or 20 || attached && v is >= 11 and <= 18) && KindAt(i + 1) == LexKind.Number)
        {
            int tens = _t[i + 1].Lex.Value;
            int j = i + 2;
            if (tens is < 10 or > 90 || tens % 10 != 0)
            {
                if (tens is >= 10 and <= 19) { next = j; return (v * 100) + tens; }
                return 0;
            }

            int k = Pu(j, '-') && Glued(j) ? j + 1 : j;
            if (KindAt(k) == LexKind.Number && _t[k].Lex.Value is > 0 and < 10)
            {
                tens += _t[k].Lex.Value;
                j = k + 1;
            }

            next = j;
            return (v * 100) + tens;
        }

        if (v == 2 && attached && KindAt(i + 1) == LexKind.Number && _t[i + 1].Lex.Value == 1000)
        {
            int j = i + 2;
            int k = K(j, W.And) ? j + 1 : j;
            int add = 0;
            if (KindAt(k) == LexKind.Number && _t[k].Lex.Value is > 0 and < 100)
            {
                add = _t[k].Lex.Value;
                j = k + 1;
            }

            next = j;
            return 2000 + add;
        }

        return 0;
    }

    private readonly bool IsFy(int i) => K(i, W.Fy) || Word(i, "FY");

    private readonly bool IsCountNoun(int i)
    {
        var w = _text[_t[i].Start.._t[i].End];
        if (w.Length < 3) return false;
        return w.Equals("people", StringComparison.OrdinalIgnoreCase) || w.Equals("children", StringComparison.OrdinalIgnoreCase)
            || w.Equals("staff", StringComparison.OrdinalIgnoreCase) || w.Equals("pounds", StringComparison.OrdinalIgnoreCase)
            || w.Equals("points", StringComparison.OrdinalIgnoreCase) || w.Equals("shares", StringComparison.OrdinalIgnoreCase)
            || w.Equals("cases", StringComparison.OrdinalIgnoreCase) || w.Equals("families", StringComparison.OrdinalIgnoreCase)
            || w.Equals("miles", StringComparison.OrdinalIgnoreCase) || w.Equals("members", StringComparison.OrdinalIgnoreCase)
            || w.Equals("jobs", StringComparison.OrdinalIgnoreCase) || w.Equals("dollars", StringComparison.OrdinalIgnoreCase)
            || w.Equals("words", StringComparison.OrdinalIgnoreCase) || w.Equals("referrals", StringComparison.OrdinalIgnoreCase)
            || w.Equals("contacts", StringComparison.OrdinalIgnoreCase) || w.Equals("places", StringComparison.OrdinalIgnoreCase)
            || w.Equals("households", StringComparison.OrdinalIgnoreCase) || w.Equals("pupils", StringComparison.OrdinalIgnoreCase)
            || w.Equals("troops", StringComparison.OrdinalIgnoreCase) || w.Equals("employees", StringComparison.OrdinalIgnoreCase)
            || w.Equals("workers", StringComparison.OrdinalIgnoreCase) || w.Equals("tons", StringComparison.OrdinalIgnoreCase)
            || w.Equals("tonnes", StringComparison.OrdinalIgnoreCase) || w.Equals("metres", StringComparison.OrdinalIgnoreCase)
            || w.Equals("feet", StringComparison.OrdinalIgnoreCase) || w.Equals("km", StringComparison.OrdinalIgnoreCase);
    }

    // ------------------------------------------------------------------ numbers

    /// <summary>
    /// A cardinal: digits ("18", "2 1/2", "2.5"), words ("twenty-four", "a hundred"), "a"/"an"
    /// (one), or a vague amount ("a few", "several", "a couple of", "many"): vague = NaN.
    /// </summary>
    private readonly bool Cardinal(int i, out double value, out bool approx, out int next)
    {
        value = 0;
        approx = false;
        next = i;
        if (i >= _n) return false;
        ref readonly var t = ref _t[i];
        if (t.Kind == TokKind.Number)
        {
            if (Glued(i) && i > 0 && (_t[i - 1].IsNumber || Pu(i - 1, ',') || Pu(i - 1, '.') || Pu(i - 1, '/') || Pu(i - 1, '$') || Pu(i - 1, '£'))) return false;
            value = t.Num;
            next = i + 1;
            if (Pu(next, ',') && Glued(next) && IsNum(next + 1) && Glued(next + 1) && _t[next + 1].Digits == 3)
            {
                value = (value * 1000) + _t[next + 1].Num;
                next += 2;
            }

            if (Pu(next, '.') && Glued(next) && IsNum(next + 1) && Glued(next + 1))
            {
                value += _t[next + 1].Num / Math.Pow(10, _t[next + 1].Digits);
                next += 2;
            }
            else if (IsNum(next) && !Glued(next) && Pu(next + 1, '/') && Glued(next + 1) && IsNum(next + 2) && Glued(next + 2) && _t[next + 2].Num > 0 && _t[next].Num < _t[next + 2].Num)
            {
                value += (double)_t[next].Num / _t[next + 2].Num; // 2 1/2
                next += 3;
            }

            if (Pu(next, '%')) return false;
            if (IsWord(next) && Glued(next) && !IsOrdinalSuffix(next) && UnitAt(next, out _) == TimeUnit.None) return false; // "3D", "10am"
            AndAHalf(ref value, ref next);
            return true;
        }

        if (t.Kind != TokKind.Word) return false;
        if (t.Lex.Kind == LexKind.Number && t.Lex.Value < 1000)
        {
            int v = t.Lex.Value;
            int j = i + 1;
            if (v >= 20 && v < 100 && v % 10 == 0)
            {
                int k = Pu(j, '-') && Glued(j) ? j + 1 : j;
                if (KindAt(k) == LexKind.Number && _t[k].Lex.Value is > 0 and < 10)
                {
                    v += _t[k].Lex.Value;
                    j = k + 1;
                }
            }

            if (KindAt(j) == LexKind.Number && _t[j].Lex.Value is 100 or 1000)
            {
                v *= _t[j].Lex.Value;
                j++;
            }

            value = v;
            next = j;
            AndAHalf(ref value, ref next);
            return v > 0 || t.Lex.Value == 0;
        }

        switch (t.Kw)
        {
            case W.A:
            case W.An:
                if (KindAt(i + 1) == LexKind.Number && _t[i + 1].Lex.Value is 100 or 1000)
                {
                    value = _t[i + 1].Lex.Value;
                    next = i + 2;
                    return true;
                }

                if (K(i + 1, W.Few))
                {
                    value = double.NaN;
                    next = i + 2;
                    return true;
                }

                if (K(i + 1, W.Couple) && K(i + 2, W.Of))
                {
                    value = 2;
                    approx = true;
                    next = i + 3;
                    return true;
                }

                if (K(i + 1, W.Dozen))
                {
                    value = 12;
                    next = i + 2;
                    return true;
                }

                if (K(i + 1, W.Half) && !Glued(i + 1))
                {
                    value = 0.5;
                    next = i + 2;
                    return true;
                }

                value = 1;
                next = i + 1;
                return true;
            case W.Several:
            case W.Many:
            case W.Few:
                value = double.NaN;
                next = i + 1;
                return true;
            case W.Couple when K(i + 1, W.Of):
                value = 2;
                approx = true;
                next = i + 2;
                return true;
            case W.Some:
                if (i + 1 < _n && (_t[i + 1].IsNumber || KindAt(i + 1) == LexKind.Number)) return false;
                value = double.NaN;
                next = i + 1;
                return true;
            case W.Half:
                if ((K(i + 1, W.A) || K(i + 1, W.An)) && KindAt(i + 2) == LexKind.Unit)
                {
                    value = 0.5;
                    next = i + 2;
                    return true;
                }

                return false;
        }

        if (Word(i, "dozens") || Word(i, "hundreds") || Word(i, "thousands"))
        {
            value = double.NaN;
            next = K(i + 1, W.Of) ? i + 2 : i + 1;
            return true;
        }

        return false;
    }

    /// <summary>"two and a half (years)": adds the half when a unit follows.</summary>
    private readonly void AndAHalf(ref double value, ref int next)
    {
        if (K(next, W.And) && (K(next + 1, W.A) || K(next + 1, W.An)) && K(next + 2, W.Half) && UnitAt(next + 3, out _) != TimeUnit.None)
        {
            value += 0.5;
            next += 3;
        }
    }

    // ------------------------------------------------------------------ suppressions

    /// <summary>Ages ("aged 16", "16-year-olds", "three years old"), school years ("Year 11"), prices per month.</summary>
    private readonly bool Suppressed(int s, out int e)
    {
        e = s;
        // "aged 11 to 16"
        if (K(s, W.Aged) && Cardinal(s + 1, out _, out _, out int a))
        {
            e = a;
            if ((K(e, W.To) || K(e, W.And) || Pu(e, '-')) && Cardinal(e + 1, out _, out _, out int b)) e = b;
            if (UnitAt(e, out _) == TimeUnit.Year) e++;
            return true;
        }

        // "Year 11" (school year)
        if (UnitAt(s, out bool pl) == TimeUnit.Year && !pl && _t[s].Upper && IsNum(s + 1) && _t[s + 1].Num <= 14 && _t[s + 1].Digits <= 2)
        {
            e = s + 2;
            return true;
        }

        // "£15 / month", "£12 a month", "$1 billion a year", "£20 per week"
        if ((Pu(s, '/') || K(s, W.A) || K(s, W.Per)) && UnitAt(s + 1, out bool p2) != TimeUnit.None && !p2 && MoneyBefore(s)
            && !(K(s + 2, W.Ago) || K(s + 2, W.Earlier) || K(s + 2, W.Later) || K(s + 2, W.Before) || K(s + 2, W.After)))
        {
            e = s + 2;
            return true;
        }

        return false;
    }

    private readonly bool MoneyBefore(int s)
    {
        for (int k = s - 1; k >= 0 && k >= s - 4; k--)
        {
            if (Pu(k, '£') || Pu(k, '$') || Pu(k, '€') || Pu(k, '#') || Word(k, "pence") || Word(k, "p") && Glued(k)
                || Word(k, "pounds") || Word(k, "dollars") || Word(k, "euros") || Word(k, "yen")) return true;
        }

        return false;
    }

    // ------------------------------------------------------------------ prefixes

    private readonly DateModifier? Prefix(int i, out int next, out PrefixKind kind)
    {
        next = i;
        kind = PrefixKind.None;
        if (i >= _n || _t[i].Kind != TokKind.Word) return null;
        var kw = _t[i].Kw;
        bool qty1 = DirectQuantity(i + 1);
        switch (kw)
        {
            case W.About:
            case W.Around:
            case W.Approximately:
            case W.Roughly:
                kind = PrefixKind.Quantity;
                next = i + 1;
                return DateModifier.Approx;
            case W.Nearly:
            case W.Almost:
                kind = PrefixKind.Quantity;
                next = i + 1;
                return DateModifier.Approx;
            case W.Some when IsNum(i + 1) || KindAt(i + 1) == LexKind.Number:
                kind = PrefixKind.Quantity;
                next = i + 1;
                return DateModifier.Approx;
            case W.Close when K(i + 1, W.To) && QuantityFollows(i + 2):
                kind = PrefixKind.Quantity;
                next = i + 2;
                return DateModifier.Approx;
            case W.Less:
            case W.Fewer:
                if (!K(i + 1, W.Than)) return null;
                kind = PrefixKind.Quantity;
                next = i + 2;
                return DateModifier.LessThan;
            case W.More:
                if (!K(i + 1, W.Than)) return null;
                kind = PrefixKind.Quantity;
                next = i + 2;
                return DateModifier.MoreThan;
            case W.Under when qty1:
                kind = PrefixKind.Quantity;
                next = i + 1;
                return DateModifier.LessThan;
            case W.Over when qty1:
                kind = PrefixKind.Quantity;
                next = i + 1;
                return DateModifier.MoreThan;
            case W.Up when K(i + 1, W.To) && QuantityFollows(i + 2):
                kind = PrefixKind.Quantity;
                next = i + 2;
                return DateModifier.EqualOrLess;
            case W.No when (K(i + 1, W.More) || K(i + 1, W.Less)) && K(i + 2, W.Than):
                kind = PrefixKind.Quantity;
                next = i + 3;
                return K(i + 1, W.More) ? DateModifier.EqualOrLess : DateModifier.EqualOrMore;
            case W.At when K(i + 1, W.Least):
                kind = PrefixKind.Quantity;
                next = i + 2;
                return DateModifier.EqualOrMore;
            case W.At when K(i + 1, W.Most) && QuantityFollows(i + 2):
                kind = PrefixKind.Quantity;
                next = i + 2;
                return DateModifier.EqualOrLess;
            case W.Early:
            case W.Late:
            case W.Mid:
            {
                var pos = kw == W.Early ? DateModifier.Start : kw == W.Late ? DateModifier.End : DateModifier.Mid;
                next = i + 1;
                if (Pu(next, '-') && Glued(next)) next++;
                if (kw == W.Early && K(next, W.In) && K(next + 1, W.The)) next++;
                kind = PrefixKind.Position;
                return pos;
            }

            case W.Earlier:
            case W.Later:
            {
                int j = i + 1;
                if (K(j, W.In) && K(j + 1, W.The)) j++;
                if (!(K(j, W.This) || K(j, W.That) || K(j, W.Last) || K(j, W.Next)
                      || K(j, W.The) || KindAt(j) == LexKind.Weekday || K(j, W.Today) || K(j, W.Yesterday)
                      || K(j, W.Tomorrow) || KindAt(j) == LexKind.Month))
                {
                    return null;
                }

                // "Earlier Friday, ...", "later today", "earlier this week": news annotation leaves the adverb out
                // (it keeps it in "earlier this year", "later yesterday")
                if (j == i + 1 && (KindAt(j) == LexKind.Weekday || K(j, W.Today) || K(j, W.This) && UnitAt(j + 1, out bool weeks) == TimeUnit.Week && !weeks))
                {
                    return null;
                }

                next = j;
                kind = PrefixKind.Position;
                return kw == W.Earlier ? DateModifier.Start : DateModifier.End;
            }

            case W.The:
            {
                if (K(i + 1, W.Early) || K(i + 1, W.Late) || K(i + 1, W.Mid))
                {
                    var inner = Prefix(i + 1, out next, out kind);
                    return inner;
                }

                if ((K(i + 1, W.End) || K(i + 1, W.Beginning) || K(i + 1, W.Start)
                     || K(i + 1, W.Middle) || K(i + 1, W.Close) || K(i + 1, W.Turn)) && K(i + 2, W.Of))
                {
                    next = i + 3;
                    kind = PrefixKind.Position;
                    return K(i + 1, W.End) || K(i + 1, W.Close) ? DateModifier.End
                        : K(i + 1, W.Middle) ? DateModifier.Mid : DateModifier.Start;
                }

                return null;
            }

            case W.End:
            case W.Beginning:
            case W.Start:
            case W.Middle:
                if (!K(i + 1, W.Of)) return null;
                next = i + 2;
                kind = PrefixKind.Position;
                return kw == W.End ? DateModifier.End : kw == W.Middle ? DateModifier.Mid : DateModifier.Start;
        }

        return null;
    }

    private readonly bool DirectQuantity(int i) =>
        IsNum(i) || KindAt(i) == LexKind.Number || K(i, W.A) || K(i, W.An) || K(i, W.Half) || K(i, W.Several);

    private readonly bool QuantityFollows(int i) =>
        IsNum(i) || KindAt(i) == LexKind.Number || K(i, W.A) || K(i, W.An)
        || K(i, W.Half) || K(i, W.Several) || K(i, W.The) && (K(i + 1, W.Past) || K(i + 1, W.Last));

    // ------------------------------------------------------------------ core

    private bool Core(int i, out TimexMatch m)
    {
        m = default;
        if (i >= _n) return false;
        ref readonly var t = ref _t[i];
        if (t.Kind == TokKind.Punct && t.Ch != '\'') return false;
        if (Time(i, out m)) return true;
        if (Absolute(i, out m)) return true;
        if (Relative(i, out m)) return true;
        if (Duration(i, out m)) return true;
        if (Single(i, out m)) return true;
        if (Set(i, out m)) return true;
        return false;
    }

    // ------------------------------------------------------------------ absolute dates and ranges

    private struct Piece
    {
        public int S, E;
        public int Year;   // TDate.Unknown when absent
        public int Month;  // 0 when absent
        public int Day;    // 0 when absent
        public int Weekday;
        public bool Decade;
        public bool MonthFirst; // "March 16"
        public bool Numeric;
    }

    private readonly bool PieceAt(int i, bool allowBareDay, out Piece p)
    {
        p = new Piece { S = i, Year = TDate.Unknown };
        if (i >= _n) return false;
        int j = i;
        int wd = WeekdayAt(j, out int wn);
        if (wd > 0)
        {
            j = wn;
            if (Pu(j, ',')) j++;
            p.Weekday = wd;
        }

        // "the 16th of March"
        if (K(j, W.The) && wd == 0)
        {
            int d0 = DayAt(j + 1, out int dn);
            if (d0 == 0 && KindAt(j + 1) == LexKind.Ordinal && _t[j + 1].Lex.Value <= 31)
            {
                d0 = _t[j + 1].Lex.Value;
                dn = j + 2;
            }

            if (d0 > 0 && K(dn, W.Of) && MonthAt(dn + 1, out int mn) is > 0 and var mo)
            {
                p.Day = d0;
                p.Month = mo;
                p.E = mn;
                TakeYear(ref p);
                return true;
            }
        }

        if (NumericDate(j, ref p)) return true;

        if (IsNum(j))
        {
            int day = DayAt(j, out int dn);
            if (day > 0)
            {
                int k = dn;
                if (K(k, W.Of)) k++;
                int mo = MonthAt(k, out int mn);
                if (mo > 0 && !(Pu(mn, '-') && Glued(mn)))
                {
                    p.Day = day;
                    p.Month = mo;
                    p.E = mn;
                    TakeYear(ref p);
                    return day <= DaysIn(mo);
                }

                if (allowBareDay && wd == 0)
                {
                    p.Day = day;
                    p.E = dn;
                    // "July 10-11, 2019": the bare day may carry the year
                    if (Pu(p.E, ',') && YearAt(p.E + 1, out int yn, true) is > 0 and var y)
                    {
                        p.Year = y;
                        p.E = yn;
                    }

                    return true;
                }
            }
        }

        if (KindAt(j) == LexKind.Ordinal && _t[j].Lex.Value <= 31 && K(j + 1, W.Of) && MonthAt(j + 2, out int omn) is > 0 and var omo)
        {
            p.Day = _t[j].Lex.Value;
            p.Month = omo;
            p.E = omn;
            TakeYear(ref p);
            return true;
        }

        int month = MonthAt(j, out int mEnd);
        if (month > 0)
        {
            int k = mEnd;
            int day = DayAt(k, out int dn);
            if (day > 0 && !(UnitAt(dn, out _) != TimeUnit.None) && !(Pu(dn, '-') && Glued(dn) && IsWord(dn + 1)) && day <= DaysIn(month)
                && !(IsWord(dn) && !_t[dn].Upper && IsCountNoun(dn)))
            {
                p.Month = month;
                p.Day = day;
                p.MonthFirst = true;
                p.E = dn;
                TakeYear(ref p);
                return true;
            }

            if (wd > 0) return false;
            int yk = Pu(k, ',') ? k + 1 : K(k, W.Of) ? k + 1 : k;
            int y = YearAt(yk, out int yn, true);
            if (y > 0)
            {
                p.Month = month;
                p.Year = y;
                p.E = yn;
                return true;
            }

            // "July last year", "January this year"
            if ((K(k, W.This) || K(k, W.Last) || K(k, W.Next)) && UnitAt(k + 1, out bool pl) == TimeUnit.Year && !pl && _c.Dct is { } dct)
            {
                p.Month = month;
                p.Year = dct.Year + (K(k, W.Last) ? -1 : K(k, W.Next) ? 1 : 0);
                p.E = k + 2;
                return true;
            }

            if (!MonthAloneOk(j, month, mEnd)) return false;
            p.Month = month;
            p.E = mEnd;
            return true;
        }

        if (wd > 0) return false;
        int year = YearAt(j, out int yEnd, false);
        if (year > 0)
        {
            p.Year = year;
            p.E = yEnd;
            if (Word(yEnd, "s") && Glued(yEnd) && year % 10 == 0)
            {
                p.Decade = true;
                p.E = yEnd + 1;
            }
            else if (Pu(yEnd, '\'') && Glued(yEnd) && Word(yEnd + 1, "s") && Glued(yEnd + 1) && year % 10 == 0)
            {
                p.Decade = true;
                p.E = yEnd + 2;
            }

            return true;
        }

        // the '90s
        if (Pu(j, '\'') && IsNum(j + 1) && Glued(j + 1) && _t[j + 1].Digits == 2 && _t[j + 1].Num % 10 == 0 && Word(j + 2, "s") && Glued(j + 2))
        {
            int yy = _t[j + 1].Num;
            p.Year = (_c.Dct is { } d && yy <= d.Year % 100 ? d.Year / 100 * 100 : 1900) + yy;
            p.Decade = true;
            p.E = j + 3;
            return true;
        }

        return false;
    }

    private static int DaysIn(int month) => month == 2 ? 29 : month is 4 or 6 or 9 or 11 ? 30 : 31;

    private readonly void TakeYear(ref Piece p)
    {
        int k = p.E;
        if (Pu(k, ',')) k++;
        int y = YearAt(k, out int yn, true);
        if (y > 0)
        {
            p.Year = y;
            p.E = yn;
        }
    }

    /// <summary>May a month name stand alone here? ("in May", "last March"; not "may" the verb).</summary>
    private readonly bool MonthAloneOk(int i, int month, int end)
    {
        if (_t[i].Length <= 4 && month != 5 && month != 6 && month != 7) return false; // abbreviations need a day or a year
        if (month != 5 && month != 3) return true;
        int b = i - 1;
        if (b < 0) return false;
        if (Pu(b, '-') && Glued(b) && Glued(i) && K(b - 1, W.Mid)) return true; // "mid-March", "mid-May"
        if (_t[b].Kind != TokKind.Word) return false;
        return _t[b].Kw is W.In or W.Since or W.Until or W.Till
            or W.By or W.Of or W.From or W.During
            or W.Before or W.After or W.Early or W.Late
            or W.Mid or W.Last or W.Next or W.This
            or W.Through or W.To or W.And or W.Between
            or W.Since or W.Or or W.Each or W.Every or W.The;
    }

    /// <summary>16/03/2020, 16.03.2020, 2020-03-16, 03/2020.</summary>
    private readonly bool NumericDate(int j, ref Piece p)
    {
        if (!IsNum(j)) return false;
        if (Glued(j) && (IsNum(j - 1) || Pu(j - 1, '/') || Pu(j - 1, '.') || Pu(j - 1, '-') || IsWord(j - 1))) return false;
        char sep = j + 1 < _n && _t[j + 1].Kind == TokKind.Punct ? _t[j + 1].Ch : '\0';
        if (sep is not ('/' or '.' or '-') || !Glued(j + 1) || !IsNum(j + 2) || !Glued(j + 2)) return false;
        int a = _t[j].Num, b = _t[j + 2].Num;
        int da = _t[j].Digits, db = _t[j + 2].Digits;
        bool third = Pu(j + 3, sep) && Glued(j + 3) && IsNum(j + 4) && Glued(j + 4);
        if (third)
        {
            if (Glued(j + 5) && (IsNum(j + 5) || Pu(j + 5, sep) && IsNum(j + 6) || IsWord(j + 5))) return false;
            int c = _t[j + 4].Num, dc = _t[j + 4].Digits;
            int y, mo, d;
            if (da == 4 && db <= 2 && dc <= 2)
            {
                y = a; mo = b; d = c; // ISO
            }
            else if (da <= 2 && db <= 2 && (dc == 4 || dc == 2))
            {
                y = dc == 4 ? c : (c <= ((_c.Dct?.Year ?? 2030) % 100) + 5 ? 2000 + c : 1900 + c);
                bool dayFirst = a > 12 || (b <= 12 && _c.NumericDayFirst);
                if (b > 12) dayFirst = false;
                (d, mo) = dayFirst ? (a, b) : (b, a);
                if (sep == '.' && dc == 2 && !dayFirst) return false;
            }
            else
            {
                return false;
            }

            if (mo < 1 || mo > 12 || d < 1 || d > DaysIn(mo) || y < 1000 || y > 2099) return false;
            p.Year = y;
            p.Month = mo;
            p.Day = d;
            p.Numeric = true;
            p.E = j + 5;
            return true;
        }

        // 03/2020 (month/year): only with a slash and a four-digit year
        if (sep == '/' && da <= 2 && db == 4 && a >= 1 && a <= 12 && b >= 1900 && b <= 2099 && !(Glued(j + 3) && (IsNum(j + 3) || Pu(j + 3, '/') || IsWord(j + 3))))
        {
            p.Year = b;
            p.Month = a;
            p.Numeric = true;
            p.E = j + 3;
            return true;
        }

        return false;
    }

    private bool Absolute(int i, out TimexMatch m)
    {
        m = default;
        ref readonly var t0 = ref _t[i];
        bool the = t0.Kw == W.The;
        if (!(t0.IsNumber || t0.Lex.Kind is LexKind.Month or LexKind.Weekday or LexKind.Ordinal or LexKind.Number || t0.Ch == '\'' && t0.IsPunct || the || IsFy(i) || t0.Kw == W.Fiscal)) return false;

        // "the year two thousand", "the year 2000"
        if (the && UnitAt(i + 1, out bool typl) == TimeUnit.Year && !typl && YearAt(i + 2, out int tyn, true) is > 0 and var ty)
        {
            m = DateMatch(i, tyn, TDate.OfYear(ty), true);
            return true;
        }

        // fiscal 1989, FY2019, fiscal year 1990
        if (t0.Kw == W.Fiscal || IsFy(i))
        {
            int k = i + 1;
            if (UnitAt(k, out bool pl) == TimeUnit.Year && !pl) k++;
            int y = YearAt(k, out int yn, true);
            if (y == 0 && IsNum(k) && _t[k].Digits == 2 && (Glued(k) || t0.Kw == W.Fiscal))
            {
                y = (_t[k].Num <= ((_c.Dct?.Year ?? 2030) % 100) + 5 ? 2000 : 1900) + _t[k].Num;
                yn = k + 1;
            }

            if (y == 0) return false;
            if (FinancialYearRange(i, y, yn, out m)) return true;
            m = DateMatch(i, yn, TDate.OfYear(y), true);
            return true;
        }

        int start = i;
        if (the)
        {
            // "the 1990s", "the '90s", "the 16th of March"
            if (PieceAt(i, false, out var tp) && tp.Day > 0)
            {
                return FinishPiece(i, tp, out m);
            }

            if (!PieceAt(i + 1, false, out var dp) || !dp.Decade) return false;
            m = DateMatch(i, dp.E, TDate.OfDecade(dp.Year / 10 * 10), true);
            return true;
        }

        if (!PieceAt(start, true, out var a)) return false;
        if (a.Decade)
        {
            m = DateMatch(i, a.E, TDate.OfDecade(a.Year / 10 * 10), true);
            return true;
        }

        // financial / academic year: 2019-20, 2019/20
        if (a.Year != TDate.Unknown && a.Month == 0 && FinancialYearRange(i, a.Year, a.E, out m)) return true;

        // a range?
        int c = a.E;
        bool between = i > 0 && K(i - 1, W.Between);
        int connEnd = -1;
        if (Pu(c, '-')) connEnd = c + 1;
        else if (K(c, W.To) || K(c, W.Until) || K(c, W.Till) || K(c, W.Through) || K(c, W.Thru)) connEnd = c + 1;
        else if (between && K(c, W.And)) connEnd = c + 1;
        else if (Pu(c, '/') && a.Year != TDate.Unknown && a.Month == 0 && Glued(c)) connEnd = c + 1;

        if (connEnd > 0 && PieceAt(connEnd, a.Month > 0 && a.Day > 0 && a.MonthFirst, out var b) && !b.Decade && CombineRange(ref a, ref b))
        {
            return FinishRange(i, a, b, out m);
        }

        if (a.Month == 0 && a.Year == TDate.Unknown) return a.Day > 0 && CoordinatedDay(i, a, out m); // a bare day, unless listed with a date
        if (a.Day > 0 && a.Month == 0) return false;
        return FinishPiece(i, a, out m);
    }

    private bool FinancialYearRange(int i, int y, int e, out TimexMatch m)
    {
        m = default;
        // the second year glued to the dash, or (text from PDF) after a space when it has two digits: "2013– 14"
        if (!((Pu(e, '-') || Pu(e, '/')) && Glued(e) && IsNum(e + 1) && (Glued(e + 1) || _t[e + 1].Digits == 2 && Pu(e, '-')))) return false;
        if (Glued(e + 2) && (IsNum(e + 2) || IsWord(e + 2) || Pu(e + 2, '/') || Pu(e + 2, '-') && IsNum(e + 3) || Pu(e + 2, '.') && IsNum(e + 3) || Pu(e + 2, '%'))) return false;
        if (UnitAt(e + 2, out _) != TimeUnit.None || K(e + 2, W.Percent)) return false; // "2014-15 years"? an amount
        int second = _t[e + 1].Num;
        int y2;
        if (_t[e + 1].Digits == 2) y2 = (y / 100 * 100) + second;
        else if (_t[e + 1].Digits == 4) y2 = second;
        else return false;
        if (y2 < y && _t[e + 1].Digits == 2) y2 += 100;
        if (y2 <= y || y2 > y + 10 || Pu(e, '/') && y2 != y + 1) return false; // "2019-20" (financial year), "2012–15"
        var a = TDate.OfYear(y);
        var b = TDate.OfYear(y2);
        m = new TimexMatch
        {
            E = e + 2,
            Type = DateType.Range,
            Value = a.Format() + "/" + b.Format(),
            Date = a,
            HasDate = true,
            Explicit = true,
            S1 = i,
            E1 = e,
            S2 = e + 1,
            E2 = e + 2,
            V1 = a.Format(),
            V2 = b.Format(),
        };
        return true;
    }

    private readonly bool CombineRange(ref Piece a, ref Piece b)
    {
        // a bare day takes the month (and year) of b: "9–24 November 2017"
        if (a.Month == 0 && a.Day > 0)
        {
            if (b.Month == 0 || b.Day == 0 || b.MonthFirst) return false;
            a.Month = b.Month;
            a.Year = b.Year;
        }

        // b a bare day after "July 10": "July 10-11"
        if (b.Month == 0 && b.Day > 0)
        {
            if (a.Month == 0 || a.Day == 0) return false;
            b.Month = a.Month;
            if (b.Year == TDate.Unknown) b.Year = a.Year;
            else if (a.Year == TDate.Unknown) a.Year = b.Year;
        }

        if (a.Year == TDate.Unknown && b.Year != TDate.Unknown) a.Year = b.Year;
        if (b.Year == TDate.Unknown && a.Year != TDate.Unknown && (b.Month > 0)) b.Year = a.Year;

        // same granularity on both sides
        if ((a.Day > 0) != (b.Day > 0) || (a.Month > 0) != (b.Month > 0)) return false;
        if (a.Month == 0 && (a.Year == TDate.Unknown || b.Year == TDate.Unknown)) return false;
        if (a.Month == 0 && b.Year <= a.Year) return false;
        if (a.Numeric != b.Numeric) return false;
        return true;
    }

    private bool FinishRange(int i, Piece a, Piece b, out TimexMatch m)
    {
        var da = Resolve(a);
        var db = Resolve(b);
        if (!a.Numeric && a.Year == TDate.Unknown && da.HasYear && db.HasYear && db.FirstDay < da.FirstDay)
        {
            // "30 December to 2 January": the end is in the next year
            db.Year = da.Year + 1;
        }

        if (da.HasYear && db.HasYear && db.FirstDay < da.FirstDay) return FinishPiece(i, a, out m);
        if (a.Day > 0) Vote(a);
        m = new TimexMatch
        {
            E = b.E,
            Type = DateType.Range,
            Value = da.Format() + "/" + db.Format(),
            Date = da,
            HasDate = true,
            Explicit = a.Year != TDate.Unknown || b.Year != TDate.Unknown,
            S1 = i,
            E1 = a.E,
            S2 = b.S,
            E2 = b.E,
            V1 = da.Format(),
            V2 = db.Format(),
        };
        return true;
    }

    /// <summary>
    /// A bare day listed with a full date, which TimeML annotates as a date of its own: "9 and 10
    /// March 2020", "3, 4 and 5 May" (the month comes after), "April 24 and 25" (before).
    /// </summary>
    private bool CoordinatedDay(int i, Piece a, out TimexMatch m)
    {
        m = default;
        // the list ends the phrase: not "March 5 and 6 children"
        if (IsWord(a.E) && !_t[a.E].Upper && _t[a.E].Lex.Kind is LexKind.None or LexKind.Unit or LexKind.Number) return false;
        if ((Pu(a.E, ',') || Pu(a.E, '.')) && Glued(a.E) && IsNum(a.E + 1) && Glued(a.E + 1)) return false; // "1,934 children"
        if (K(i - 1, W.Section) || K(i - 1, W.Paragraph) || K(i - 1, W.Page) || K(i - 1, W.Chapter) || K(i - 1, W.Number)) return false;
        if (K(a.E, W.Of) || K(a.E, W.Per) || K(a.E, W.Percent) || K(a.E, W.Times) || K(a.E, W.More) || K(a.E, W.Less) || K(a.E, W.Or) || K(a.E, W.Old) || Pu(a.E, '%')) return false;

        // the month after: "9 and 10 March"
        int k = a.E;
        for (int step = 0; step < 6; step++)
        {
            if (Pu(k, ',') && K(k + 1, W.And)) k += 2;
            else if (Pu(k, ',') || K(k, W.And)) k++;
            else break;
            if (!PieceAt(k, true, out var b)) break;
            if (b.Month > 0 && b.Day > 0 && !b.MonthFirst)
            {
                var full = a;
                full.Month = b.Month;
                full.Year = b.Year;
                if (a.Day > DaysIn(b.Month)) return false;
                var d = Resolve(full);
                m = DateMatch(i, a.E, d, b.Year != TDate.Unknown);
                return true;
            }

            if (b.Month != 0 || b.Year != TDate.Unknown || b.Day == 0) break;
            k = b.E;
        }

        // the month before: "April 24 and 25", "April 24, 25 and 26" (the date just read, then ", " or "and")
        if (_c.Reference is not { } r || r.G != Gran.Day || !r.HasYear || r.Month == 0 || _c.ReferenceEnd < 0 || _c.ReferenceEnd > _t[i].Start) return false;
        var gap = _text[_c.ReferenceEnd.._t[i].Start].Trim();
        if (gap.StartsWith(",")) gap = gap[1..].TrimStart();
        if (!(gap.IsEmpty && _c.ReferenceEnd < _t[i].Start && _text[_c.ReferenceEnd] == ',' || gap.Equals("and", StringComparison.OrdinalIgnoreCase))) return false;
        if (a.Day > DateTime.DaysInMonth(r.Year, r.Month)) return false;
        m = DateMatch(i, a.E, TDate.OfDay(r.Year, r.Month, a.Day), false);
        return true;
    }

    private bool FinishPiece(int i, Piece a, out TimexMatch m)
    {
        if (a.Day > 0 && a.Month > 0) Vote(a);
        var d = Resolve(a);
        m = DateMatch(i, a.E, d, a.Year != TDate.Unknown);
        return true;
    }

    private readonly void Vote(Piece a)
    {
        if (a.Numeric) return;
        if (a.MonthFirst) _c.MonthFirst++;
        else _c.DayFirst++;
    }

    private static TimexMatch DateMatch(int s, int e, TDate d, bool isExplicit) => new()
    {
        S = s,
        E = e,
        Type = DateType.Date,
        Value = d.Format(),
        Date = d,
        HasDate = d.HasYear,
        Explicit = isExplicit,
    };

    /// <summary>The calendar value of a piece, with the year worked out from the document date when the text gives none.</summary>
    private TDate Resolve(Piece p)
    {
        if (p.Month == 0) return TDate.OfYear(p.Year);
        if (p.Day == 0)
        {
            if (p.Year != TDate.Unknown) return TDate.OfMonth(p.Year, p.Month);
            return TDate.OfMonth(YearForMonth(p.Month, p.S), p.Month);
        }

        if (p.Year != TDate.Unknown) return TDate.OfDay(p.Year, p.Month, Math.Min(p.Day, DateTime.DaysInMonth(p.Year, p.Month)));
        int y = YearForDay(p.Month, p.Day, p.Weekday, p.S);
        if (y == TDate.Unknown) return new TDate { G = Gran.Day, Year = TDate.Unknown, Month = p.Month, Day = p.Day };
        return TDate.OfDay(y, p.Month, Math.Min(p.Day, DateTime.DaysInMonth(y, p.Month)));
    }

    /// <summary>
    /// True when a future marker ("will", "is scheduled to", "as soon as") comes before the token in
    /// the same sentence, within <paramref name="reach"/> words, and no verb in the past tense comes
    /// between. Reads the text itself, so the cue may lie before the window the expression was parsed in.
    /// </summary>
    private readonly bool Future(int tokenIndex, int reach = 12, bool would = false)
    {
        var words = new ClauseWords(_text, _t[tokenIndex].Start, backward: true);
        ReadOnlySpan<char> next = default, next2 = default;
        for (int k = 0; k < reach && words.Move(); k++)
        {
            var w = words.Current;
            if (w.Length >= 2 && w.Length <= 9)
            {
                if (FutureWord(w) || would && w.Equals("would", StringComparison.OrdinalIgnoreCase)) return !Pluperfect(words);
                if (next.Equals("to", StringComparison.Ordinal) && IntentVerb(w)) return true; // "did not plan to remove him on Thursday"
                if ((w.Equals("is", StringComparison.OrdinalIgnoreCase) || w.Equals("are", StringComparison.OrdinalIgnoreCase) || w.Equals("due", StringComparison.OrdinalIgnoreCase) || w.Equals("set", StringComparison.OrdinalIgnoreCase))
                    && next.Equals("to", StringComparison.OrdinalIgnoreCase)) return !Pluperfect(words);
                if (w.Equals("as", StringComparison.OrdinalIgnoreCase) && (next.Equals("soon", StringComparison.OrdinalIgnoreCase) || next.Equals("early", StringComparison.OrdinalIgnoreCase))
                    && next2.Equals("as", StringComparison.OrdinalIgnoreCase)) return true;
            }

            // a verb in the past just before, or a common past form nearer than the marker, governs:
            // "would fight the ruling, announced Wednesday", "will be there, she said Friday"
            if (k == 0 ? PastWord(w, next, words.Previous) : IsPastForm(w) && !Passive(words.Previous)) return false;

            next2 = next;
            next = w;
        }

        return false;
    }

    /// <summary>
    /// True when the clause around token <paramref name="tokenIndex"/> tells of the past: "since",
    /// "ago", or a verb in the past tense ("stepped down in March", "In January, the council
    /// appointed ...") before it in the sentence or just after it.
    /// </summary>
    private readonly bool PastClue(int tokenIndex)
    {
        var back = new ClauseWords(_text, _t[tokenIndex].Start, backward: true);
        ReadOnlySpan<char> next = default;
        for (int k = 0; k < 12 && back.Move(); k++)
        {
            if (back.Current.Equals("to", StringComparison.Ordinal) && Infinitive(next)) return false; // "agreed to buy it in January"
            if (PastWord(back.Current, next, back.Previous)) return true;
            next = back.Current;
        }

        var fwd = new ClauseWords(_text, _t[tokenIndex].End, backward: false);
        ReadOnlySpan<char> before = default;
        for (int k = 0; k < 10 && fwd.Move(); k++)
        {
            if (PastWord(fwd.Current, default, before)) return true;
            before = fwd.Current;
        }

        return false;
    }

    /// <summary>
    /// True when the nearest verb in the past before token <paramref name="tokenIndex"/> in its clause
    /// is not a verb of saying: "rose 5% in May", "was held in May"; not "said the offer expires in
    /// December", where the month belongs to what was said.
    /// </summary>
    private readonly bool PastVerbBefore(int tokenIndex)
    {
        var back = new ClauseWords(_text, _t[tokenIndex].Start, backward: true);
        ReadOnlySpan<char> next = default;
        for (int k = 0; k < 12 && back.Move(); k++)
        {
            var w = back.Current;
            if (w.Equals("to", StringComparison.Ordinal) && Infinitive(next)) return false;
            if (FutureWord(w) || w.Equals("is", StringComparison.Ordinal) || w.Equals("are", StringComparison.Ordinal) || w.Equals("that", StringComparison.Ordinal)) return false;
            if (PastWord(w, next, back.Previous)) return !SayingVerb(w);
            next = w;
        }

        return false;
    }

    private static bool SayingVerb(ReadOnlySpan<char> w) => IsOneOf(w, SayingVerbs);

    /// <summary>True when <paramref name="w"/> is one of <paramref name="words"/> (ordinal; the lists are short).</summary>
    private static bool IsOneOf(ReadOnlySpan<char> w, string[] words)
    {
        foreach (var v in words)
        {
            if (w.Equals(v, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static readonly string[] SayingVerbs = ["said", "told", "added", "announced", "reported", "noted", "stated", "warned", "wrote", "confirmed", "indicated", "explained", "estimated", "predicted", "forecast", "disclosed"];

    /// <summary>A word after "to" that makes it an infinitive ("to acquire"), not a preposition ("to the", "to 5%").</summary>
    private static bool Infinitive(ReadOnlySpan<char> w)
    {
        if (w.Length < 2 || !char.IsLower(w[0])) return false;
        foreach (var d in NotVerbs)
        {
            if (w.Equals(d, StringComparison.Ordinal)) return false;
        }

        return true;
    }

    private static readonly string[] NotVerbs = ["the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "some", "all", "about", "date", "day", "be"];

    /// <summary>A word that marks the past: "since", "ago", "was", a common irregular past, or a lower-case verb in -ed not after "is", "be", "will".</summary>
    private static bool PastWord(ReadOnlySpan<char> w, ReadOnlySpan<char> next, ReadOnlySpan<char> before)
    {
        if (w.Length < 3 || w.Length > 12) return false;
        if (w.Equals("since", StringComparison.OrdinalIgnoreCase) || w.Equals("ago", StringComparison.OrdinalIgnoreCase)) return true;
        if (char.IsUpper(w[0])) return false;
        if (w.Length >= 5 && w.EndsWith("ed", StringComparison.Ordinal) && !w.EndsWith("eed", StringComparison.Ordinal)
            && !w.EndsWith("based", StringComparison.Ordinal) && !w.EndsWith("hundred", StringComparison.Ordinal)
            && !(before.Equals("is", StringComparison.OrdinalIgnoreCase) || before.Equals("are", StringComparison.OrdinalIgnoreCase)
                || before.Equals("be", StringComparison.OrdinalIgnoreCase) || before.Equals("will", StringComparison.OrdinalIgnoreCase))
            && !next.Equals("to", StringComparison.Ordinal)) return true;
        return IsPastForm(w);
    }

    /// <summary>True when the words just before a future marker put it in the past: "had been due to", "had been scheduled", "as previously planned".</summary>
    private static bool Pluperfect(ClauseWords words)
    {
        for (int k = 0; k < 2 && words.Move(); k++)
        {
            var w = words.Current;
            if (w.Equals("had", StringComparison.OrdinalIgnoreCase) || w.Equals("previously", StringComparison.OrdinalIgnoreCase) || w.Equals("originally", StringComparison.OrdinalIgnoreCase)) return true;
            if (!(w.Equals("been", StringComparison.OrdinalIgnoreCase) || w.Equals("as", StringComparison.OrdinalIgnoreCase))) return false;
        }

        return false;
    }

    /// <summary>A word before a participle that makes it passive or future ("would be paid", "will be held").</summary>
    private static bool Passive(ReadOnlySpan<char> before) =>
        before.Equals("be", StringComparison.OrdinalIgnoreCase) || before.Equals("been", StringComparison.OrdinalIgnoreCase)
        || before.Equals("being", StringComparison.OrdinalIgnoreCase) || before.Equals("is", StringComparison.OrdinalIgnoreCase)
        || before.Equals("are", StringComparison.OrdinalIgnoreCase) || before.Equals("will", StringComparison.OrdinalIgnoreCase);

    private static bool IsPastForm(ReadOnlySpan<char> w)
    {
        foreach (var f in PastForms)
        {
            if (w.Equals(f, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static readonly string[] PastForms =
    [
        "was", "were", "had", "did", "said", "began", "took", "made", "rose", "fell", "left", "met", "came", "went",
        "won", "lost", "sold", "told", "paid", "got", "gave", "held", "bought", "brought", "saw", "spent", "ran", "became",
    ];

    private static bool IntentVerb(ReadOnlySpan<char> w) =>
        w.Equals("plan", StringComparison.Ordinal) || w.Equals("intend", StringComparison.Ordinal) || w.Equals("intends", StringComparison.Ordinal)
        || w.Equals("aims", StringComparison.Ordinal) || w.Equals("hopes", StringComparison.Ordinal) || w.Equals("hope", StringComparison.Ordinal);

    private static bool FutureWord(ReadOnlySpan<char> w) =>
        w.Equals("will", StringComparison.OrdinalIgnoreCase) || w.Equals("ll", StringComparison.OrdinalIgnoreCase) || w.Equals("shall", StringComparison.OrdinalIgnoreCase)
        || w.Equals("scheduled", StringComparison.OrdinalIgnoreCase) || w.Equals("planned", StringComparison.OrdinalIgnoreCase) || w.Equals("plans", StringComparison.OrdinalIgnoreCase)
        || w.Equals("planning", StringComparison.OrdinalIgnoreCase) || w.Equals("expected", StringComparison.OrdinalIgnoreCase) || w.Equals("expects", StringComparison.OrdinalIgnoreCase)
        || w.Equals("resume", StringComparison.OrdinalIgnoreCase) || w.Equals("upcoming", StringComparison.OrdinalIgnoreCase) || w.Equals("tomorrow", StringComparison.OrdinalIgnoreCase);

    /// <summary>The year of "March 16" without a year: the nearest to the document date (the next one in future sentences).</summary>
    private readonly int YearForDay(int month, int day, int weekday, int tokenIndex)
    {
        if (_c.Dct is not { } dct) return TDate.Unknown;
        int best = dct.Year;
        int bestDist = int.MaxValue;
        bool ended = K(tokenIndex - 1, W.Ended);
        // in a clause about the future ("the court will rule on Jan. 20", written in August) the next such day
        bool ahead = !ended && weekday == 0 && !K(tokenIndex - 1, W.The) && Future(tokenIndex);
        for (int y = dct.Year - 1; y <= dct.Year + 1; y++)
        {
            var d = new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)));
            int dist = d.DayNumber - dct.DayNumber;
            if (ahead && dist < 0) continue;
            dist = dist > 0 ? dist * 3 / 2 : -dist; // news mostly reports what has happened: lean to the past
            if (ended && dist > 0 && d > dct) dist += 400; // "the quarter ended Sept. 30"
            if (weekday > 0 && (int)d.DayOfWeek != weekday % 7) dist += 400;
            if (dist < bestDist)
            {
                bestDist = dist;
                best = y;
            }
        }

        return best;
    }

    /// <summary>The year of "January" without a year.</summary>
    private readonly int YearForMonth(int month, int tokenIndex)
    {
        if (_c.Dct is not { } dct) return TDate.Unknown;
        // the next such month in a sentence about the future; else the nearest, leaning to the past
        int diff = month - dct.Month;
        if (Future(tokenIndex, 16, would: true) || K(tokenIndex - 1, W.By)) return diff < 0 ? dct.Year + 1 : dct.Year;
        // "funded through September", "until January": the coming one, unless the clause is in the past
        bool upTo = K(tokenIndex - 1, W.Through) || K(tokenIndex - 1, W.Until) || K(tokenIndex - 1, W.Till);
        if (upTo && diff > 4 && !PastClue(tokenIndex)) return dct.Year;
        if (diff > 4) return dct.Year - 1;
        // "graduated in June", written in March: a month two or more months ahead, in a clause in the past, is last year's
        if (diff >= 2 && !upTo && PastVerbBefore(tokenIndex)) return dct.Year - 1;
        // "in January", written in October: the coming one ("through January"), unless the clause is in the past
        if (diff < -7) return !(K(tokenIndex - 1, W.Through) || K(tokenIndex - 1, W.Until) || K(tokenIndex - 1, W.Till)) && PastClue(tokenIndex) ? dct.Year : dct.Year + 1;
        return dct.Year;
    }

    // ------------------------------------------------------------------ relative dates

    private bool Relative(int i, out TimexMatch m)
    {
        m = default;
        int j = i;
        bool the = false;
        if (K(j, W.The) || K(j, W.Its) || K(j, W.Their))
        {
            the = true;
            j++;
        }

        if (Quarter(i, j, out m)) return true;
        if (YearAgo(i, j, the, out m)) return true;

        // year-end, year end, year's end
        if (UnitAt(j, out bool yp) == TimeUnit.Year && !yp)
        {
            int k = j + 1;
            if (Pu(k, '-') && Glued(k)) k++;
            else if (Pu(k, '\'') && Word(k + 1, "s")) k += 2;
            if (K(k, W.End) && !Pu(k + 1, '-'))
            {
                m = DateMatch(i, k + 1, _c.Now(Gran.Year), false);
                m.Mod = DateModifier.End;
                return true;
            }
        }

        // "the 1988 quarter", "the 1989 period": the reporting quarter of that year
        if (the && YearAt(j, out int yq, true) is > 0 and var qy && (UnitAt(yq, out bool qp) == TimeUnit.Quarter && !qp || K(yq, W.Period)))
        {
            var v0 = _c.ReferenceQuarter is { } rq0 ? TDate.OfQuarter(qy, rq0.Sub) : TDate.OfYear(qy);
            m = DateMatch(i, yq + 1, v0, true);
            return true;
        }

        // "the full year", "the whole year"
        if (the && (K(j, W.Full) || K(j, W.Whole) || K(j, W.Entire)) && UnitAt(j + 1, out bool fp) == TimeUnit.Year && !fp)
        {
            m = DateMatch(i, j + 2, _c.Now(Gran.Year), false);
            return true;
        }

        // "the first week of April", "the last week of March": the calendar week holding the month's
        // first (or last) Thursday, the week most of whose days are in the month
        if (the && (KindAt(j) == LexKind.Ordinal && _t[j].Lex.Value is >= 1 and <= 4 || K(j, W.Last) || K(j, W.Final))
            && UnitAt(j + 1, out bool wkp) == TimeUnit.Week && !wkp && K(j + 2, W.Of) && MonthAt(j + 3, out int wmn) is > 0 and var wmo)
        {
            int wy = YearAt(wmn, out int wyn, true);
            int we = wmn;
            if (wy > 0) we = wyn;
            else if (Pu(wmn, ',') && YearAt(wmn + 1, out int wyn2, true) is > 0 and var wy2)
            {
                wy = wy2;
                we = wyn2;
            }
            else wy = YearForMonth(wmo, j + 3);

            if (wy != TDate.Unknown && wy > 0)
            {
                bool lastWeek = K(j, W.Last) || K(j, W.Final);
                var d = lastWeek ? new DateOnly(wy, wmo, DateTime.DaysInMonth(wy, wmo)) : new DateOnly(wy, wmo, 1);
                while (d.DayOfWeek != DayOfWeek.Thursday) d = d.AddDays(lastWeek ? -1 : 1);
                if (!lastWeek) d = d.AddDays(7 * (_t[j].Lex.Value - 1));
                m = DateMatch(i, we, TDate.OfWeek(d), wy > 0 && we != wmn);
                return true;
            }
        }

        // the relative word
        var rel = IsWord(j) ? _t[j].Kw : W.None;
        switch (rel)
        {
            case W.This:
            case W.That:
            case W.Last:
            case W.Next:
            case W.Past:
            case W.Previous:
            case W.Preceding:
            case W.Prior:
            case W.Coming:
            case W.Following:
            case W.Current:
            case W.Latest:
            case W.Same:
            case W.Upcoming:
                j++;
                break;
            default:
                rel = W.None;
                break;
        }

        bool thisPast = false;
        if (rel == W.This && K(j, W.Past))
        {
            rel = W.Last;
            thisPast = true;
            j++;
        }

        if (rel == W.That && K(j, W.Same))
        {
            rel = W.Same;
            j++;
        }

        if (the && rel is W.This or W.That) return false;
        bool fiscal = false;
        if (K(j, W.Fiscal) || K(j, W.Financial) || K(j, W.Academic) || K(j, W.Calendar) || K(j, W.School))
        {
            fiscal = true;
            j++;
        }

        if (j >= _n) return false;
        if (rel == W.None && fiscal && !the) return false;

        // weekdays
        int wd = WeekdayAt(j, out int wn);
        if (wd > 0)
        {
            return WeekdayMatch(i, j, wn, wd, the, rel, out m);
        }

        // months: "last April", "next March"
        int mo = MonthAt(j, out int mn);
        if (mo > 0 && !the && rel is W.Last or W.Next or W.This or W.Past or W.Coming)
        {
            if (_c.Dct is not { } dct) return false;
            int y = dct.Year;
            if (rel is W.Last or W.Past) y = mo < dct.Month ? dct.Year : dct.Year - 1;
            else if (rel is W.Next or W.Coming) y = mo > dct.Month ? dct.Year : dct.Year + 1;
            m = DateMatch(i, mn, TDate.OfMonth(y, mo), false);
            return true;
        }

        // seasons: "last summer", "the summer of 2019", "summer 2019"
        if (KindAt(j) == LexKind.Season && !_t[j].Lex.Plural)
        {
            return SeasonMatch(i, j, the, rel, thisPast, out m);
        }

        // holidays
        if (Holiday(i, j, rel, out m)) return true;

        // decades and centuries by name
        if (KindAt(j) == LexKind.Decade && K(i, W.The) && rel == W.None)
        {
            int c = _c.Dct is { } d0 ? d0.Year / 100 * 100 : 1900;
            int first = c + _t[j].Lex.Value;
            if (_c.Dct is { } d1 && first > d1.Year) first -= 100;
            m = DateMatch(i, j + 1, TDate.OfDecade(first), false);
            return true;
        }

        if (Century(i, j, the, rel, out m)) return true;

        var unit = UnitAt(j, out bool plural);
        if (unit == TimeUnit.None)
        {
            if (_t[j].Lex.Kind == LexKind.PartOfDay && rel is W.This or W.That or W.Same or W.Following or W.Next or W.Previous)
            {
                var part = (DayPart)_t[j].Lex.Value;
                var day = rel switch
                {
                    W.This => _c.Now(Gran.Day),
                    W.Following or W.Next => _c.Anchor(Gran.Day).Shift(1),
                    W.Previous => _c.Anchor(Gran.Day).Shift(-1),
                    _ => _c.Anchor(Gran.Day),
                };
                m = TimeOfDayMatch(i, j + 1, day, part);
                return true;
            }

            if (K(j, W.Period) && !plural && the && rel is W.Latest or W.Same or W.Current && _c.ReferenceQuarter is not null)
            {
                var q = rel == W.Current ? _c.Now(Gran.Quarter) : rel == W.Latest ? _c.Now(Gran.Quarter).Shift(-1) : LatestQuarter();
                m = DateMatch(i, j + 1, q, false);
                return true;
            }

            return false;
        }

        if (plural) return false;
        int e = j + 1;
        if (unit == TimeUnit.Night && rel is W.Last && !the)
        {
            m = TimeOfDayMatch(i, e, _c.Now(Gran.Day).Shift(-1), DayPart.Night);
            m.Type = DateType.Time;
            return true;
        }

        if (unit is TimeUnit.Night or TimeUnit.Second or TimeUnit.Minute or TimeUnit.Hour or TimeUnit.Millennium or TimeUnit.Fortnight) return false;
        if (Pu(e, '-') && Glued(e)) return false; // "this year-long", "last-minute"

        var g = UnitGran(unit);
        TDate v;
        bool durationInstead = false;
        switch (rel)
        {
            case W.This:
            case W.Current:
                v = unit == TimeUnit.Weekend ? Weekend(0) : _c.Now(g);
                break;
            case W.Last:
            case W.Past:
                if (the && unit is TimeUnit.Decade or TimeUnit.Century && rel == W.Past)
                {
                    durationInstead = true;
                    v = default;
                    break;
                }

                v = unit == TimeUnit.Weekend ? Weekend(-1) : unit == TimeUnit.Quarter && the ? LatestQuarter() : _c.Now(g).Shift(-1);
                break;
            case W.Next:
            case W.Coming:
            case W.Upcoming:
                v = the && rel == W.Next && unit is TimeUnit.Day ? _c.Anchor(g).Shift(1)
                    : unit == TimeUnit.Weekend ? Weekend(1) : _c.Now(g).Shift(1);
                break;
            case W.Previous:
            case W.Preceding:
            case W.Prior:
                if (!the) return false;
                v = _c.Anchor(g).Shift(-1);
                break;
            case W.Following:
                if (!the) return false;
                v = _c.Anchor(g).Shift(1);
                break;
            case W.Same:
            case W.That:
                v = unit == TimeUnit.Quarter && _c.ReferenceQuarter is { } rq ? rq : _c.Anchor(g);
                // "that same day" after "last October": a day of that month (1998-10-XX), not the document date;
                // the demonstrative points back to the narrative, whose date is known only as finely as it was given
                // (only "that", and only just after the date: "on the same day" in a report is a habit, not a date)
                if (!the && unit is TimeUnit.Day or TimeUnit.Month && _c.Reference is { HasYear: true } coarse && coarse.G < g && coarse.G is Gran.Month or Gran.Year
                    && _c.ReferenceEnd >= 0 && _t[i].Start - _c.ReferenceEnd is >= 0 and <= NarrativeReach)
                {
                    v = new TDate { G = g, Year = coarse.Year, Month = g == Gran.Day && coarse.G == Gran.Month ? coarse.Month : 0 };
                }

                break;
            case W.Latest:
                // "the latest quarter": the last one completed; "the latest fiscal year"
                if (unit is not (TimeUnit.Quarter or TimeUnit.Year)) return false;
                v = _c.Now(g).Shift(-1);
                break;
            default:
                if (!the) return false;
                // "the year", "the quarter", "the week", "the weekend", "the day"
                if (unit == TimeUnit.Year && (K(e, W.Ended) || K(e, W.Ending) || K(e, W.To)))
                {
                    m = DurationMatch(i, e, 1, unit, false);
                    return true;
                }

                if (fiscal && unit == TimeUnit.Year)
                {
                    m = DurationMatch(i, e, 1, unit, false);
                    return true;
                }

                // "the day before last Tuesday", "the day after March 3": that day moved by one
                if (unit == TimeUnit.Day && (K(e, W.Before) || K(e, W.After)) && TryAt(e + 1, out var inner)
                    && inner.Type == DateType.Date && inner.Mod is null && inner.Date.IsFullDay)
                {
                    m = DateMatch(i, inner.E, inner.Date.Shift(K(e, W.Before) ? -1 : 1), false);
                    return true;
                }

                // "the quarter ended July 31": the calendar quarter that holds most of the three months to that day
                // (when no quarter has been named before: a fiscal one, "the fiscal first quarter", stays the reference)
                if (unit == TimeUnit.Quarter && _c.RecentQuarter(_t[i].Start) is null && (K(e, W.Ended) || K(e, W.Ending)) && PieceAt(e + 1, false, out var qpiece) && qpiece.Month > 0 && qpiece.Day > 0
                    && Resolve(qpiece) is { HasYear: true } qend && qend.FirstDay is { } qlast)
                {
                    // a quarter that ended is over: "the quarter ending 31 March", written in November, is this March's
                    if (qpiece.Year == TDate.Unknown && _c.Dct is { } qdct && qlast > qdct && !Future(i)) qlast = qlast.AddYears(-1);
                    m = DateMatch(i, e, TDate.OfDay(qlast.AddDays(-45)).Coarsen(Gran.Quarter), false);
                    return true;
                }

                // "the week of March 6": the calendar week that holds the date (2000-W10)
                if (unit == TimeUnit.Week && K(e, W.Of) && PieceAt(e + 1, false, out var wp) && wp.Month > 0 && wp.Day > 0
                    && Resolve(wp) is { HasYear: true } wday && wday.FirstDay is { } wfirst)
                {
                    m = DateMatch(i, wp.E, TDate.OfWeek(wfirst), wp.Year != TDate.Unknown);
                    return true;
                }

                // "the year before", "the day after": one unit from the time the narrative is at, when nothing follows
                if (unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week or TimeUnit.Day && (K(e, W.Before) || K(e, W.After) || K(e, W.Earlier) || K(e, W.Later))
                    && (e + 1 >= _n || _t[e + 1].Kind == TokKind.Punct && _t[e + 1].Ch is ',' or '.' or ';' or ':' or ')'))
                {
                    var from = _c.LastMentioned is { HasYear: true } lm && lm.G >= g ? lm.Coarsen(g) : _c.Anchor(g);
                    var shifted = from.Shift(K(e, W.Before) || K(e, W.Earlier) ? -1 : 1);
                    if (shifted.HasYear)
                    {
                        m = DateMatch(i, e + 1, shifted, false);
                        m.Derived = true;
                        return true;
                    }
                }

                // "in 1992, the year the treaty was signed": in apposition to the date just before, that date
                if (unit is TimeUnit.Year or TimeUnit.Month && i > 0 && Pu(i - 1, ',') && _c.Reference is { HasYear: true } near
                    && _c.ReferenceEnd == _t[i - 1].Start && near.G >= g)
                {
                    m = DateMatch(i, e, near.Coarsen(g), false);
                    return true;
                }

                v = unit switch
                {
                    TimeUnit.Quarter => LatestQuarter(),
                    TimeUnit.Weekend => Weekend(_c.Dct is { } dd && dd.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : -1),
                    TimeUnit.Year => _c.Now(Gran.Year),
                    TimeUnit.Week => new TDate { G = Gran.Week, Year = _c.Now(Gran.Year).Year }, // "the week": which one is not said
                    TimeUnit.Month => _c.Now(Gran.Month),
                    _ => default,
                };
                if (v.G == Gran.None) return false;
                break;
        }

        if (durationInstead)
        {
            m = DurationMatch(i, e, 1, unit, false);
            return true;
        }

        // "last year's quarter", "last year's period": the reporting quarter, a year back
        if (unit == TimeUnit.Year && rel is W.Last && Pu(e, '\'') && Word(e + 1, "s") && (UnitAt(e + 2, out bool lq) == TimeUnit.Quarter && !lq || K(e + 2, W.Period))
            && _c.RecentQuarter(_t[i].Start) is not null)
        {
            m = DateMatch(i, e + 3, LatestQuarter().Shift(-4), false);
            m.Derived = true;
            return true;
        }

        // "this year's third quarter"
        if (unit == TimeUnit.Year && Pu(e, '\'') && Word(e + 1, "s") && Quarter(i, e + 2, out var qm, v.HasYear ? v.Year : TDate.Unknown))
        {
            m = qm;
            return true;
        }

        m = DateMatch(i, e, v, false);
        return true;
    }

    private readonly TDate LatestQuarter()
    {
        if (_c.ReferenceQuarter is { } q) return q;
        return _c.Now(Gran.Quarter).Shift(-1);
    }

    /// <summary>The weekend of this week (0), the last one (-1) or the next one (1).</summary>
    private readonly TDate Weekend(int shift)
    {
        var w = _c.Now(Gran.Week);
        if (!w.HasYear) return new TDate { G = Gran.Weekend, Year = TDate.Unknown };
        w = w.Shift(shift);
        w.G = Gran.Weekend;
        return w;
    }

    private static Gran UnitGran(TimeUnit u) => u switch
    {
        TimeUnit.Day or TimeUnit.Night => Gran.Day,
        TimeUnit.Week or TimeUnit.Fortnight => Gran.Week,
        TimeUnit.Weekend => Gran.Weekend,
        TimeUnit.Month => Gran.Month,
        TimeUnit.Quarter => Gran.Quarter,
        TimeUnit.Half => Gran.Half,
        TimeUnit.Season => Gran.Season,
        TimeUnit.Year => Gran.Year,
        TimeUnit.Decade => Gran.Decade,
        TimeUnit.Century or TimeUnit.Millennium => Gran.Century,
        _ => Gran.Day,
    };

    private bool WeekdayMatch(int i, int j, int wn, int wd, bool the, W rel, out TimexMatch m)
    {
        m = default;
        TDate v;
        if (_c.Dct is not { } dct)
        {
            v = new TDate { G = Gran.Day, Year = TDate.Unknown, Weekday = wd };
        }
        else
        {
            int today = ((int)dct.DayOfWeek + 6) % 7 + 1; // ISO
            DateOnly day;
            switch (rel)
            {
                case W.Last:
                case W.Past:
                {
                    int back = (today - wd + 7) % 7;
                    if (back == 0) back = 7;
                    day = dct.AddDays(-back);
                    break;
                }

                case W.Next:
                case W.Coming:
                {
                    int fwd = (wd - today + 7) % 7;
                    if (fwd == 0) fwd = 7;
                    day = dct.AddDays(fwd);
                    break;
                }

                case W.This:
                    day = dct.AddDays(wd - today);
                    break;
                case W.Previous:
                case W.Following:
                case W.Same:
                case W.That:
                {
                    if (!the && rel is W.Previous or W.Following) return false;
                    var a = _c.Anchor(Gran.Day).FirstDay ?? dct;
                    int aw = ((int)a.DayOfWeek + 6) % 7 + 1;
                    if (rel == W.Previous)
                    {
                        int back = (aw - wd + 7) % 7;
                        if (back == 0) back = 7;
                        day = a.AddDays(-back);
                    }
                    else
                    {
                        int fwd = (wd - aw + 7) % 7;
                        if (fwd == 0 && rel == W.Following) fwd = 7;
                        day = a.AddDays(fwd);
                    }

                    break;
                }

                default:
                    if (the) return false;
                    if (Future(j, would: !(Pu(wn, '\'') && Word(wn + 1, "s"))) || Deadline(i) || ScheduledPresent(j) || FrontedFuture(j, wn))
                    {
                        int fwd = (wd - today + 7) % 7; // the document's own weekday is that day
                        day = dct.AddDays(fwd);
                    }
                    else
                    {
                        int back = (today - wd + 7) % 7;
                        day = dct.AddDays(-back);
                    }

                    break;
            }

            v = TDate.OfDay(day);
        }

        int e = wn;
        // "Friday night": the annotations of news split between the day and the part of the day
        // (2000-01-07 or 2000-01-07TNI); those typed DATE mostly give the day
        if (KindAt(e) == LexKind.PartOfDay && (DayPart)_t[e].Lex.Value is DayPart.Morning or DayPart.Afternoon or DayPart.Evening || UnitAt(e, out bool pl) == TimeUnit.Night && !pl) e++;
        m = DateMatch(i, e, v, false);
        return true;
    }

    /// <summary>
    /// True when a verb of scheduled events in the simple present governs the weekday at
    /// <paramref name="tokenIndex"/>: news uses it for what is to come ("the two leaders meet
    /// Monday", "the trial begins Friday", "the court hears the case on Tuesday"). The verb comes
    /// just before the weekday (an adverb in -ly may come between), or a few words before "on".
    /// </summary>
    private readonly bool ScheduledPresent(int tokenIndex)
    {
        var words = new ClauseWords(_text, _t[tokenIndex].Start, backward: true);
        bool on = false;
        for (int k = 0; k < 6 && words.Move(); k++)
        {
            var w = words.Current;
            if (w.Length < 2 || !char.IsLower(w[0]) && !(on && k >= 1)) return false; // a name may come between: "flies to Berlin on Monday"
            if (k == 0 && w.Equals("on", StringComparison.Ordinal))
            {
                on = true;
                continue;
            }

            if (IsScheduleVerb(w))
            {
                var before = words.Previous;
                foreach (var d in NotSubjects)
                {
                    if (before.Equals(d, StringComparison.OrdinalIgnoreCase)) return false; // "the talks Monday", "to meet Monday", "did not meet"
                }

                return true;
            }

            if (!on && !w.EndsWith("ly", StringComparison.Ordinal)) return false;
            if (IsPastForm(w) || w.EndsWith("ed", StringComparison.Ordinal) || FutureWord(w)) return false;
        }

        return false;
    }

    /// <summary>
    /// True when the weekday at <paramref name="tokenIndex"/> opens its sentence ("On Tuesday, the
    /// league plans to ...") and the clause after it speaks of the future before any verb in the past.
    /// </summary>
    private readonly bool FrontedFuture(int tokenIndex, int endToken)
    {
        var back = new ClauseWords(_text, _t[tokenIndex].Start, backward: true);
        if (back.Move() && !(back.Current.Equals("On", StringComparison.Ordinal) && !back.Move())) return false;
        if (endToken > _n) return false;
        var fwd = new ClauseWords(_text, _t[endToken - 1].End, backward: false);
        ReadOnlySpan<char> before = default;
        for (int k = 0; k < 14 && fwd.Move(); k++)
        {
            var w = fwd.Current;
            // "planned", "expected" count only after "is" or "are": "the government planned to pay" is the past
            bool participle = w.EndsWith("ed", StringComparison.Ordinal);
            if (w.Equals("plans", StringComparison.Ordinal) && !fwd.Previous.Equals("to", StringComparison.Ordinal))
            {
                before = w;
                continue; // "set aside vacation plans": the noun
            }

            if (FutureWord(w) && (!participle || before.Equals("is", StringComparison.Ordinal) || before.Equals("are", StringComparison.Ordinal))
                || (w.Equals("is", StringComparison.Ordinal) || w.Equals("are", StringComparison.Ordinal)) && fwd.Previous.Equals("to", StringComparison.Ordinal)) return true;
            if (PastWord(w, fwd.Previous, before) || participle) return false;
            before = w;
        }

        return false;
    }

    private static bool IsScheduleVerb(ReadOnlySpan<char> w) => IsOneOf(w, ScheduleVerbs);

    private static readonly string[] ScheduleVerbs =
    [
        "meet", "meets", "begin", "begins", "start", "starts", "open", "opens", "close", "closes", "resume", "resumes",
        "vote", "votes", "arrive", "arrives", "leave", "leaves", "travel", "travels", "go", "goes", "hold", "holds",
        "hear", "hears", "decide", "decides", "announce", "announces", "expire", "expires", "fly", "flies",
        "convene", "convenes", "reconvene", "reconvenes", "testify", "testifies", "kick", "kicks", "sit", "sits",
        "end", "ends", "conclude", "concludes", "return", "returns", "visit", "visits",
    ];

    private static readonly string[] NotSubjects =
    [
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "to", "did", "didn't", "not",
        "does", "do", "doesn't", "don't", "never", "had", "has", "have",
    ];

    /// <summary>
    /// True when "until" or "till" comes just before the expression starting at <paramref name="i"/>
    /// (possibly with a clock time between: "until 9 a.m. Tuesday") inside a sentence: a deadline,
    /// which news gives for the days ahead.
    /// </summary>
    private readonly bool Deadline(int i)
    {
        for (int k = i - 1; k >= 0 && k >= i - 8; k--)
        {
            if (K(k, W.Until) || K(k, W.Till)) return !SentenceStart(k); // "Until Thursday, they had ...": a past state
            if (IsNum(k) || K(k, W.Am) || K(k, W.Pm) || K(k, W.Est) || K(k, W.Oclock) || K(k, W.On) || Word(k, "a") || Word(k, "p") || Word(k, "m")
                || Pu(k, '.') || Pu(k, ':') || KindAt(k) == LexKind.PartOfDay) continue;
            return false;
        }

        return false;
    }

    private static TimexMatch TimeOfDayMatch(int s, int e, TDate day, DayPart part)
    {
        var v = day;
        if (day.G >= Gran.Day)
        {
            v.G = Gran.PartOfDay;
            v.Part = part;
        }

        return new TimexMatch { S = s, E = e, Type = DateType.Time, Value = v.Format(), Date = day, HasDate = false };
    }

    private bool SeasonMatch(int i, int j, bool the, W rel, bool thisPast, out TimexMatch m)
    {
        m = default;
        var season = (Season)_t[j].Lex.Value;
        bool ambiguous = season is Season.Autumn && Word(j, "fall") || season is Season.Spring;
        int e = j + 1;
        int year = TDate.Unknown;
        int k = K(e, W.Of) ? e + 1 : e;
        int y = YearAt(k, out int yn, true);
        if (y > 0)
        {
            year = y;
            e = yn;
        }
        else if (K(e, W.Of)) return false; // "the fall of the wall"

        if (year == TDate.Unknown)
        {
            if (ambiguous && !the && rel == W.None && !(i > 0 && (K(i - 1, W.In) || K(i - 1, W.By) || K(i - 1, W.Since) || K(i - 1, W.Until) || K(i - 1, W.This)))) return false;
            if (ambiguous && rel == W.None && !_t[j].Upper && (K(e, W.In) || K(e, W.To) || K(e, W.From) || K(e, W.Of))) return false;
            if (_c.Dct is { } dct)
            {
                int seasonEnd = season switch { Season.Spring => 5, Season.Summer => 8, Season.Autumn => 11, _ => 2 };
                year = rel switch
                {
                    W.Last when thisPast && dct.Month > seasonEnd && season != Season.Winter => dct.Year,
                    W.Last or W.Past or W.Previous => dct.Year - 1,
                    W.Next or W.Coming or W.Following => dct.Year + 1,
                    W.That or W.Same => _c.Anchor(Gran.Year).Year,
                    _ => dct.Year,
                };

                // "the summer" with no year, like a month: one still to begin this year in a clause in the past is
                // last year's ("it happened in the summer", written in March); one already over in a clause about the
                // future is next year's ("will reopen in the spring", written in October). Winter straddles two years: left alone.
                if (rel == W.None && season != Season.Winter)
                {
                    int seasonStart = seasonEnd - 2;
                    if (dct.Month < seasonStart && !Future(j, 16, would: true) && PastClue(j)) year = dct.Year - 1;
                    else if (dct.Month > seasonEnd && Future(j, 16, would: true)) year = dct.Year + 1;
                }
            }
        }

        var v = TDate.OfSeason(year, season);
        m = DateMatch(i, e, v, y > 0);
        return true;
    }

    private bool Holiday(int i, int j, W rel, out TimexMatch m)
    {
        m = default;
        int month = 0, day = 0, e = j;
        string? special = null;
        if (K(j, W.Christmas))
        {
            month = 12;
            day = 25;
            e = j + 1;
            if (K(e, W.Eve))
            {
                day = 24;
                e++;
            }
            else if (UnitAt(e, out bool pl) == TimeUnit.Day && !pl)
            {
                e++;
            }
        }
        else if (K(j, W.New) && _t[j].Upper && UnitAt(j + 1, out bool p1) == TimeUnit.Year && _t[j + 1].Upper)
        {
            int k = j + 2;
            if (Pu(k, '\'') && Word(k + 1, "s")) k += 2;
            if (UnitAt(k, out bool p2) == TimeUnit.Day && !p2)
            {
                month = 1;
                day = 1;
                e = k + 1;
            }
            else if (K(k, W.Eve))
            {
                month = 12;
                day = 31;
                e = k + 1;
            }
        }
        else if (K(j, W.Easter) && _t[j].Upper)
        {
            special = "easter";
            e = j + 1;
            if (Word(e, "Sunday") || UnitAt(e, out bool p3) == TimeUnit.Day && !p3) e++;
            else if (Word(e, "Monday") && _t[e].Upper)
            {
                special = "easter+1";
                e++;
            }
        }
        else if (_t[j].Upper && (K(j, W.Palm) || K(j, W.Good) || K(j, W.Holy) || K(j, W.Maundy) || K(j, W.Ash))
            && (WeekdayAt(j + 1, out int hwn) is var hwd && hwd > 0 && _t[j + 1].Upper && !_t[j + 1].Lex.Plural
                || K(j, W.Holy) && UnitAt(j + 1, out bool hwp) == TimeUnit.Week && !hwp && _t[j + 1].Upper))
        {
            // the days of Holy Week, counted from Easter Sunday: Palm Sunday, Holy (Maundy) Thursday, Good Friday, Ash Wednesday
            int wd = WeekdayAt(j + 1, out _);
            special = K(j, W.Palm) && wd == 7 ? "easter-7" : K(j, W.Good) && wd == 5 ? "easter-2" : (K(j, W.Holy) || K(j, W.Maundy)) && wd == 4 ? "easter-3"
                : K(j, W.Holy) && wd == 6 ? "easter-1" : K(j, W.Ash) && wd == 3 ? "easter-46" : K(j, W.Holy) && wd == 0 ? "holy-week" : null;
            if (special is null) return false;
            e = j + 2;
        }
        else if (_t[j].Upper && (K(j, W.St) || K(j, W.Patrick) || K(j, W.Valentine)))
        {
            // St. Patrick's Day, Valentine's Day
            int k = j;
            if (K(k, W.St))
            {
                k++;
                if (Pu(k, '.') && Glued(k)) k++;
            }

            if (!(_t[k].Upper && (K(k, W.Patrick) || K(k, W.Valentine)))) return false;
            month = K(k, W.Patrick) ? 3 : 2;
            day = K(k, W.Patrick) ? 17 : 14;
            k++;
            if (Pu(k, '\'') && Word(k + 1, "s")) k += 2;
            if (!(UnitAt(k, out bool sp) == TimeUnit.Day && !sp && _t[k].Upper)) return false;
            e = k + 1;
        }
        else if (K(j, W.Halloween) && _t[j].Upper)
        {
            month = 10;
            day = 31;
            e = j + 1;
        }
        else if (_t[j].Upper && (K(j, W.Independence) || K(j, W.Memorial) || K(j, W.Labor) || K(j, W.Veterans) || K(j, W.Boxing) || K(j, W.Remembrance)))
        {
            int k = j + 1;
            if (Pu(k, '\'') && Glued(k)) k++; // "Veterans' Day"
            if (!(UnitAt(k, out bool dp) == TimeUnit.Day && !dp && _t[k].Upper)) return false;
            e = k + 1;
            if (K(j, W.Memorial)) special = "memorial";
            else if (K(j, W.Labor)) special = "labor";
            else
            {
                month = K(j, W.Independence) ? 7 : K(j, W.Boxing) ? 12 : 11;
                day = K(j, W.Independence) ? 4 : K(j, W.Boxing) ? 26 : 11;
            }
        }
        else if (K(j, W.Thanksgiving) && _t[j].Upper)
        {
            special = "thanksgiving";
            e = j + 1;
            if (UnitAt(e, out bool p4) == TimeUnit.Day && !p4) e++;
        }
        else if (K(j, W.Election) && _t[j].Upper && UnitAt(j + 1, out bool p5) == TimeUnit.Day && !p5 && _t[j + 1].Upper)
        {
            special = "election";
            e = j + 2;
        }
        else
        {
            return false;
        }

        if (month == 0 && special is null) return false;
        int year = TDate.Unknown;
        int y = YearAt(e, out int yn, true);
        if (y > 0)
        {
            year = y;
            e = yn;
        }
        else if (_c.Dct is { } dct)
        {
            year = dct.Year;
            if (rel is W.Last) year--;
            else if (rel is W.Next) year++;
            else if (rel == W.None)
            {
                // the next one when the sentence speaks of the future; else the last one (or one just ahead)
                var here = HolidayDate(special, month, day, dct.Year);
                if (Future(j)) { if (here < dct) year++; }
                else if (here.DayNumber - dct.DayNumber > 31) year--;
            }
        }

        if (year == TDate.Unknown)
        {
            if (special is not null) return false;
            m = DateMatch(i, e, new TDate { G = Gran.Day, Year = TDate.Unknown, Month = month, Day = day }, false);
            return true;
        }

        var holiday = HolidayDate(special, month, day, year);
        if (special == "holy-week")
        {
            m = DateMatch(i, e, TDate.OfWeek(holiday), y > 0);
            return true;
        }

        // "Easter week", "Christmas week": the calendar week that holds the day (2000-W16)
        if (UnitAt(e, out bool wpl) == TimeUnit.Week && !wpl && !(Pu(e + 1, '-') && Glued(e + 1)))
        {
            m = DateMatch(i, e + 1, TDate.OfWeek(holiday), y > 0);
            return true;
        }

        // "the Easter weekend": the weekend of the week that holds the day
        if (y <= 0 && UnitAt(e, out bool wepl) == TimeUnit.Weekend && !wepl && !(Pu(e + 1, '-') && Glued(e + 1)))
        {
            var weekend = TDate.OfWeek(holiday);
            weekend.G = Gran.Weekend;
            m = DateMatch(i, e + 1, weekend, false);
            return true;
        }

        // "the Easter holiday", "the Christmas break": the extent takes the noun
        if (y <= 0 && (Word(e, "holiday") || Word(e, "break") || Word(e, "holidays")) && !(Pu(e + 1, '-') && Glued(e + 1))) e++;
        m = DateMatch(i, e, TDate.OfDay(holiday), y > 0);
        return true;
    }

    private static DateOnly HolidayDate(string? special, int month, int day, int year)
    {
        switch (special)
        {
            case "easter":
            {
                // anonymous Gregorian algorithm
                int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
                int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
                int mm = (a + (11 * h) + (22 * l)) / 451;
                int month2 = (h + l - (7 * mm) + 114) / 31, day2 = ((h + l - (7 * mm) + 114) % 31) + 1;
                return new DateOnly(year, month2, day2);
            }

            case "easter+1":
                return HolidayDate("easter", month, day, year).AddDays(1);
            case "easter-1":
                return HolidayDate("easter", month, day, year).AddDays(-1);
            case "easter-2":
                return HolidayDate("easter", month, day, year).AddDays(-2);
            case "easter-3":
            case "holy-week":
                return HolidayDate("easter", month, day, year).AddDays(-3);
            case "easter-7":
                return HolidayDate("easter", month, day, year).AddDays(-7);
            case "easter-46":
                return HolidayDate("easter", month, day, year).AddDays(-46);
            case "memorial":
            {
                var last = new DateOnly(year, 5, 31);
                return last.AddDays(-(((int)last.DayOfWeek - (int)DayOfWeek.Monday + 7) % 7));
            }

            case "labor":
            {
                var first = new DateOnly(year, 9, 1);
                return first.AddDays(((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7);
            }

            case "thanksgiving":
            {
                var first = new DateOnly(year, 11, 1);
                int offset = ((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7;
                return first.AddDays(offset + 21);
            }

            case "election":
            {
                var first = new DateOnly(year, 11, 1);
                int offset = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
                return first.AddDays(offset + 1);
            }

            default:
                return new DateOnly(year, month, day);
        }
    }

    private bool Century(int i, int j, bool the, W rel, out TimexMatch m)
    {
        m = default;
        int n = 0, e = j;
        if (KindAt(j) == LexKind.Ordinal) { n = _t[j].Lex.Value; e = j + 1; }
        else if (IsNum(j) && _t[j].Digits <= 2 && IsWord(j + 1) && Glued(j + 1) && IsOrdinalSuffix(j + 1)) { n = _t[j].Num; e = j + 2; }
        if (n > 0)
        {
            if (Pu(e, '-') && Glued(e)) e++;
            if (UnitAt(e, out bool pl) != TimeUnit.Century || pl) return false;
            m = DateMatch(i, e + 1, TDate.OfCentury((n - 1) * 100), true);
            return true;
        }

        if (UnitAt(j, out bool p2) == TimeUnit.Century && !p2 && rel is W.This or W.Last or W.Next or W.Past or W.Previous)
        {
            if (the && rel == W.Past) return false;
            var c = _c.Now(Gran.Century);
            if (rel is W.Last or W.Previous or W.Past) c = c.Shift(-1);
            else if (rel == W.Next) c = c.Shift(1);
            m = DateMatch(i, j + 1, c, false);
            return true;
        }

        return false;
    }

    /// <summary>Quarters and halves: "the third quarter of 1989", "third-quarter", "Q3 2019", "the first half", "the fiscal first quarter", "the 1988 third quarter".</summary>
    private bool Quarter(int i, int j, out TimexMatch m, int givenYear = TDate.Unknown)
    {
        m = default;
        int k = j;
        int year = givenYear;
        bool fiscal = false;
        // "the 1988 third quarter"
        if (year == TDate.Unknown && YearAt(k, out int yn0, true) is > 0 and var y0 && (KindAt(yn0) == LexKind.Ordinal || K(yn0, W.Fiscal)))
        {
            year = y0;
            k = yn0;
        }

        if (K(k, W.Fiscal) || K(k, W.Financial))
        {
            fiscal = true;
            k++;
            if (Pu(k, '-') && Glued(k)) k++;
        }

        // Q3 2019, Q3/2019, 2019 Q3, H1
        if ((K(k, W.Q) || K(k, W.H)) && _t[k].Upper && IsNum(k + 1) && Glued(k + 1) && _t[k + 1].Digits == 1)
        {
            bool half = K(k, W.H);
            int q = _t[k + 1].Num;
            if (q < 1 || q > (half ? 2 : 4)) return false;
            int e = k + 2;
            if (IsWord(e) && Glued(e)) return false;
            int yk = Pu(e, '/') || Pu(e, '-') ? e + 1 : e;
            if (YearAt(yk, out int yn, true) is > 0 and var yy)
            {
                year = yy;
                e = yn;
            }
            else if (year == TDate.Unknown)
            {
                if (i == j && k == j && !(i > 0 && IsWord(i - 1))) { }
                year = _c.Now(Gran.Year).Year;
            }

            var v0 = half ? TDate.OfHalf(year, q) : TDate.OfQuarter(year, q);
            m = DateMatch(i, e, v0, false);
            return true;
        }

        int n;
        if (KindAt(k) == LexKind.Ordinal)
        {
            n = _t[k].Lex.Value;
        }
        else if (K(k, W.Last) || K(k, W.Final))
        {
            n = -1;
        }
        else
        {
            return false;
        }

        // "the first two quarters of 1990", "the last two quarters of this year": a half (1990-H1)
        if (n is 1 or -1 && Cardinal(k + 1, out double two, out _, out int tn) && two == 2 && UnitAt(tn, out bool qpl) == TimeUnit.Quarter && qpl && K(tn + 1, W.Of))
        {
            int a = tn + 2;
            if (K(a, W.Fiscal)) a++;
            int hy = TDate.Unknown, he = 0;
            if (YearAt(a, out int hyn, true) is > 0 and var hy0)
            {
                hy = hy0;
                he = hyn;
            }
            else if ((K(a, W.This) || K(a, W.Last) || K(a, W.Next)) && UnitAt(a + 1, out bool hp) == TimeUnit.Year && !hp && _c.Now(Gran.Year).HasYear)
            {
                hy = _c.Now(Gran.Year).Year + (K(a, W.Last) ? -1 : K(a, W.Next) ? 1 : 0);
                he = a + 2;
            }

            if (hy != TDate.Unknown)
            {
                m = DateMatch(i, he, TDate.OfHalf(hy, n == 1 ? 1 : 2), false);
                return true;
            }
        }

        int u = k + 1;
        if (Pu(u, '-') && Glued(u)) u++;
        bool isHalf = K(u, W.Half);
        var unit = UnitAt(u, out bool pl);
        if (!isHalf && (unit != TimeUnit.Quarter || pl)) return false;
        if (n == -1 && i == j) return false; // "last quarter" is relative
        if (n == -1) n = isHalf ? 2 : 4;
        if (n < 1 || n > (isHalf ? 2 : 4)) return false;
        int end = u + 1;
        // "of 1989", "of the year", "of this year", "of fiscal 1990", "1990"
        if (K(end, W.Of))
        {
            int a = end + 1;
            if (K(a, W.Fiscal)) a++;
            if (YearAt(a, out int yn2, true) is > 0 and var y2)
            {
                year = y2;
                end = yn2;
            }
            else if ((K(a, W.This) || K(a, W.Last) || K(a, W.Next) || K(a, W.The)) && UnitAt(a + 1, out bool p3) == TimeUnit.Year && !p3)
            {
                int shift = K(a, W.Last) ? -1 : K(a, W.Next) ? 1 : 0;
                year = _c.Now(Gran.Year).HasYear ? _c.Now(Gran.Year).Year + shift : TDate.Unknown;
                end = a + 2;
            }
        }
        else if (YearAt(end, out int yn3, true) is > 0 and var y3)
        {
            year = y3;
            end = yn3;
        }

        // "in the last quarter" with no year: the latest quarter, which Relative reads ("the final quarter" stays the fourth)
        if (year == TDate.Unknown && end == u + 1 && K(k, W.Last) && !isHalf) return false;
        if (year == TDate.Unknown && _c.Dct is { } dct)
        {
            year = dct.Year;
            // a quarter of this year still to begin: the last one of that number, unless the clause is
            // about the future ("fourth-quarter profit rose", written in January, is last year's), or
            // it is the next quarter and nothing says the past
            if (!isHalf && new DateOnly(year, (3 * n) - 2, 1) is var qStart && qStart > dct && !Future(i, 16, would: true)
                && (qStart > dct.AddMonths(3) || PastClue(i))) year--;
        }

        var v = isHalf ? TDate.OfHalf(year, n) : TDate.OfQuarter(year, n);
        m = DateMatch(i, end, v, false);
        _ = fiscal;
        return true;
    }

    /// <summary>"year-ago", "the year-earlier quarter", "the year-ago period".</summary>
    private bool YearAgo(int i, int j, bool the, out TimexMatch m)
    {
        m = default;
        int k = j;
        bool same = false;
        if (Word(k, "comparable") || Word(k, "corresponding") || Word(k, "same"))
        {
            k++;
            same = true;
        }

        // "the quarter a year ago", "the same period last year": the reporting quarter, a year back
        if ((the || same) && (UnitAt(k, out bool qp0) == TimeUnit.Quarter && !qp0 || K(k, W.Period)) && _c.RecentQuarter(_t[i].Start) is not null)
        {
            int a = k + 1;
            if (K(a, W.Of)) a++;
            int ae = 0;
            if (K(a, W.Last) && UnitAt(a + 1, out bool yp0) == TimeUnit.Year && !yp0) ae = a + 2;
            else if (IsWord(a) && _t[a].Length == 1 && Word(a, "a") && UnitAt(a + 1, out bool yp1) == TimeUnit.Year && !yp1 && (K(a + 2, W.Ago) || K(a + 2, W.Earlier))) ae = a + 3;
            if (ae > 0)
            {
                m = DateMatch(i, ae, LatestQuarter().Shift(-4), false);
                m.Derived = true;
                return true;
            }
        }

        if (!(UnitAt(k, out bool pl) == TimeUnit.Year && !pl && Pu(k + 1, '-') && Glued(k + 1) && (K(k + 2, W.Ago) || K(k + 2, W.Earlier)) && Glued(k + 2))) return false;
        int e = k + 3;
        int ordinal = 0;
        if (KindAt(e) == LexKind.Ordinal && _t[e].Lex.Value is >= 1 and <= 4 && UnitAt(e + 1, out bool p1) == TimeUnit.Quarter && !p1)
        {
            ordinal = _t[e].Lex.Value; // "the year-earlier third quarter"
            e++;
        }

        bool quarterNoun = UnitAt(e, out bool p2) == TimeUnit.Quarter && !p2;
        bool periodNoun = K(e, W.Period);
        if (quarterNoun || periodNoun) e++;
        else if (the) return false;
        TDate v;
        if (ordinal > 0) v = TDate.OfQuarter(_c.Now(Gran.Year).HasYear ? _c.Now(Gran.Year).Year - 1 : TDate.Unknown, ordinal);
        else if (quarterNoun || _c.RecentQuarter(_t[i].Start) is not null) v = LatestQuarter().Shift(-4);
        else v = _c.Now(Gran.Year).Shift(-1);
        m = DateMatch(i, e, v, false);
        m.Derived = true;
        return true;
    }

    // ------------------------------------------------------------------ durations and "N units ago"

    private bool Duration(int i, out TimexMatch m)
    {
        m = default;
        int j = i;
        bool the = false;
        var rel = W.None;
        if (K(j, W.The) || K(j, W.Its) || K(j, W.Their) || K(j, W.These) || K(j, W.Those))
        {
            the = true;
            j++;
        }

        if (IsWord(j))
        {
            switch (_t[j].Kw)
            {
                case W.Past:
                case W.Last:
                case W.Next:
                case W.First:
                case W.Coming:
                case W.Following:
                case W.Previous:
                case W.Final:
                case W.Recent:
                case W.Latest:
                case W.Further:
                case W.Additional:
                case W.Another:
                case W.Preceding:
                case W.Upcoming:
                    rel = _t[j].Kw;
                    j++;
                    break;
                default:
                    if (KindAt(j) == LexKind.Ordinal && _t[j].Lex.Value == 1)
                    {
                        rel = W.First;
                        j++;
                    }

                    break;
            }
        }

        if (rel is W.Recent && !the && i > 0 && K(i - 1, W.Most)) return false;
        if (rel is W.Last && !the && LastIsVerb(i)) return false; // "could last six months": the expression is "six months"
        if (j == i && UnitAt(i, out bool lp) is var lu && lu != TimeUnit.None && Pu(i + 1, '-') && Glued(i + 1) && K(i + 2, W.Long) && Glued(i + 2))
        {
            m = DurationMatch(i, i + 3, lp ? double.NaN : 1, lu, false);
            return true;
        }

        double n;
        bool approx = false;
        int k = j;
        if (!Cardinal(j, out n, out approx, out k))
        {
            // "recent years", "the past few weeks", "coming months", "the next several days", "years"
            n = double.NaN;
            k = j;
            if (UnitAt(k, out bool plural0) == TimeUnit.None || !plural0) return false;
            if (rel == W.None && the)
            {
                // "the years that followed", "the weeks ahead", "over the years"
                bool ahead = K(k + 1, W.Ahead);
                if (!(ahead || K(k + 1, W.That) && !Glued(k + 1) || K(k + 1, W.Since) || K(k + 1, W.Following) || i > 0 && (K(i - 1, W.Over) || K(i - 1, W.Through)) && !IsWord(k + 1))) return false;
                m = DurationMatch(i, ahead ? k + 2 : k + 1, double.NaN, UnitAt(k, out _), false);
                return true;
            }

            if (rel == W.None && !PluralUnitAloneOk(k)) return false;
        }
        else if ((K(j, W.A) || K(j, W.An)) && (the || rel != W.None))
        {
            return false;
        }

        if (K(k, W.More) || K(k, W.Additional) || K(k, W.Further) || K(k, W.Extra)
            || K(k, W.Straight) || K(k, W.Consecutive) || K(k, W.Successive) || K(k, W.Full)
            || K(k, W.Whole) || K(k, W.Trading) || K(k, W.Business) || K(k, W.Working)
            || K(k, W.Calendar) || K(k, W.Long) && UnitAt(k + 1, out _) != TimeUnit.None)
        {
            k++;
        }

        bool hyphen = false;
        if (Pu(k, '-') && Glued(k) && k > j)
        {
            hyphen = true;
            k++;
        }

        var unit = UnitAt(k, out bool plural);
        if (unit is TimeUnit.None or TimeUnit.Night && !(unit == TimeUnit.Night && !double.IsNaN(n))) return false;
        if (hyphen && !Glued(k)) return false;
        if (_t[k].Upper && !_t[k].AllUpper && !SentenceStart(j) && !(j > 0 && _t[j - 1].Upper)) return false; // "CBS's 60 Minutes": a name
        int e = k + 1;
        if (unit == TimeUnit.Quarter && !double.IsNaN(n) && n <= 3 && !the && rel == W.None)
        {
            // a fraction of a unit: "a quarter of a century" (P25Y), "three quarters of an hour", "a quarter-century"
            int fk = K(e, W.Of) && (K(e + 1, W.A) || K(e + 1, W.An)) ? e + 2 : Pu(e, '-') && Glued(e) && Glued(e + 1) && !plural ? e + 1 : !plural ? e : -1;
            if (fk > 0 && UnitAt(fk, out bool fp) is TimeUnit.Century or TimeUnit.Hour or TimeUnit.Year or TimeUnit.Decade && !fp
                && !(Pu(fk + 1, '-') && Glued(fk + 1)))
            {
                m = DurationMatch(i, fk + 1, n / 4, UnitAt(fk, out _), approx);
                return true;
            }
        }

        if (Pu(e, '-') && Glued(e) && IsWord(e + 1) && Glued(e + 1) && !(K(e + 1, W.Long) || K(e + 1, W.Old) || K(e + 1, W.Olds))) return false; // "year-earlier", "year-end"

        // ages: "three years old", "16-year-olds", "five-year-old", "18 years of age", "16 years or older",
        // "under the age of 18 years", "16+ years", "(12–16 years)"
        if (K(e, W.Old) || K(e, W.Olds) || Pu(e, '-') && Glued(e) && (K(e + 1, W.Old) || K(e + 1, W.Olds))
            || K(e, W.Of) && K(e + 1, W.Age)
            || unit == TimeUnit.Year && (K(e, W.Or) || K(e, W.And)) && (K(e + 1, W.Over) || K(e + 1, W.Under) || K(e + 1, W.Above) || Word(e + 1, "older") || Word(e + 1, "younger") || Word(e + 1, "below"))
            || unit == TimeUnit.Year && j > 0 && (K(j - 1, W.Of) && K(j - 2, W.Age) || K(j - 1, W.Aged) || Pu(j - 1, '-') && IsNum(j - 2) && Pu(j - 3, '(') || Pu(k, '+'))
            || unit == TimeUnit.Year && Pu(k - 1, '+') && Glued(k - 1))
        {
            if (the || rel != W.None) return false;
            int se = K(e, W.Of) ? e + 2 : Pu(e, '-') ? e + 2 : e + 1;
            m = new TimexMatch { S = i, E = se, Suppress = true, Value = string.Empty };
            return true;
        }

        // "N-unit" adjectives must be glued: "two-week"
        if (!hyphen && k > j && !_t[k].Space && !(IsNum(k - 1))) { }

        // a year and a half
        bool andAHalf = false;
        if (K(e, W.And) && (K(e + 1, W.A) || K(e + 1, W.An)) && K(e + 2, W.Half) && !double.IsNaN(n))
        {
            n += 0.5;
            e += 3;
            andAHalf = true;
            if (K(e, W.Old) || Pu(e, '-') && Glued(e) && K(e + 1, W.Old)) return false; // "a year and a half old": an age
        }

        if ((K(j, W.A) || K(j, W.An)) && plural && n == 1) return false;
        if (!double.IsNaN(n) && IsNum(j) && _t[j].Digits == 4 && n >= 1000 && !plural) return false; // "the 1988 quarter"
        if (hyphen && the) return false; // "the two-week inspection": the expression is "two-week"
        if (unit == TimeUnit.Quarter && !double.IsNaN(n) && n <= 3 && (K(e, W.Of) || hyphen && plural)) return false; // "three-quarters of", "a quarter of": fractions
        if (!double.IsNaN(n) && n == 1 && plural && IsNum(j)) { }
        if (!double.IsNaN(n) && n > 1 && !plural && !hyphen && !IsNum(j) && !(KindAt(j) == LexKind.Number) && !(andAHalf && n < 2)) return false;

        // "day-long", "year-long", "decades-long"
        if (hyphen == false && Pu(e, '-') && Glued(e) && K(e + 1, W.Long) && Glued(e + 1))
        {
            e += 2;
        }

        // relative to now: "two years ago", "a year earlier", "six months from now". After "later",
        // "after", "before" and "earlier" (but for years) TimeML marks the length alone, as a duration.
        if (!the && (rel == W.None || rel == W.Another) && !hyphen)
        {
            int post = e;
            bool orSo = false;
            if (K(post, W.Or) && K(post + 1, W.So) && (K(post + 2, W.Ago) || K(post + 2, W.Earlier)))
            {
                post += 2;
                orSo = true;
            }

            int dir = 0, after = post;
            bool anchorNow = true;
            if (K(post, W.Ago)) { dir = -1; after = post + 1; }
            else if (K(post, W.Earlier) && unit == TimeUnit.Year && !double.IsNaN(n)) { dir = -1; anchorNow = false; after = post + 1; }
            else if (K(post, W.From) && K(post + 1, W.Now)) { dir = 1; after = post + 2; }
            else if (K(post, W.Hence)) { dir = 1; after = post + 1; }

            if (dir != 0)
            {
                if (double.IsNaN(n))
                {
                    m = RefMatch(i, after, dir < 0 ? "PAST_REF" : "FUTURE_REF");
                    if (approx || orSo) m.Mod = DateModifier.Approx;
                    return true;
                }

                m = AgoMatch(i, after, n, unit, dir, anchorNow);
                if (approx || orSo) m.Mod ??= DateModifier.Approx;
                return true;
            }
        }

        // "recent years" reads as a past reference, as annotated in TimeML corpora
        if (rel == W.Recent && double.IsNaN(n) && unit == TimeUnit.Year && !the)
        {
            m = RefMatch(i, e, "PAST_REF");
            return true;
        }

        // "the last few months", "the past several quarters": a vague stretch of the past is a past reference
        if (the && rel is W.Past or W.Last && double.IsNaN(n) && plural && !K(j, W.Many))
        {
            m = RefMatch(i, e, "PAST_REF");
            return true;
        }

        if (rel is W.Coming or W.Upcoming && double.IsNaN(n) && unit is TimeUnit.Month or TimeUnit.Year or TimeUnit.Quarter && plural)
        {
            m = RefMatch(i, e, "FUTURE_REF");
            return true;
        }

        // a bare singular unit after "a" that is really a rate: "twice a week"
        if ((K(j, W.A) || K(j, W.An)) && n == 1 && i > 0 && (K(i - 1, W.Times) || K(i - 1, W.Once) || K(i - 1, W.Twice))) return false;
        if ((K(j, W.A) || K(j, W.An)) && n == 1 && i == j && RateBefore(i))
        {
            m = new TimexMatch { S = i, E = e, Type = DateType.Set, Value = DurationValue(1, unit) };
            return true;
        }

        if (unit == TimeUnit.Weekend && n == 1 && !plural)
        {
            m = DurationMatch(i, e, 2, TimeUnit.Day, false);
            return true;
        }

        m = DurationMatch(i, e, n, unit, approx);
        if (rel == W.Recent && the) { }
        return true;
    }

    /// <summary>May a plural unit stand alone as a duration ("for years", "months of delay")?</summary>
    /// <summary>How far (characters, about two sentences) "that day" reaches back for the date it refers to.</summary>
    private const int NarrativeReach = 300;

    /// <summary>
    /// True when "last" at <paramref name="i"/> is the verb: after a modal ("will last", "could
    /// last", "may last") or after "to" when a number follows ("expected to last two weeks").
    /// </summary>
    private readonly bool LastIsVerb(int i)
    {
        if (i == 0 || !IsWord(i - 1)) return false;
        var w = _text[_t[i - 1].Start.._t[i - 1].End];
        foreach (var modal in Modals)
        {
            if (w.Equals(modal, StringComparison.Ordinal)) return true; // lower case: "May last year" is a date
        }

        return w.Equals("to", StringComparison.Ordinal) && (IsNum(i + 1) || KindAt(i + 1) == LexKind.Number);
    }

    private static readonly string[] Modals = ["will", "would", "could", "can", "may", "might", "should", "must", "shall", "cannot", "ll"];

    private readonly bool PluralUnitAloneOk(int k)
    {
        int b = k - 1;
        if (b < 0) return false;
        if (K(b, W.For) || K(b, W.Within) || K(b, W.In) && !K(k + 1, W.Of) || K(b, W.Of) && b > 0 && (Word(b - 1, "matter") || Word(b - 1, "space"))) return true;
        return false;
    }

    private readonly bool IsDateStart(int i) => i < _n && (_t[i].IsNumber || _t[i].Lex.Kind is LexKind.Month or LexKind.Weekday || K(i, W.The) || K(i, W.Its) || K(i, W.Their) || K(i, W.His) || K(i, W.Her) || K(i, W.A) || K(i, W.An) || K(i, W.This) || K(i, W.That) || IsWord(i) && !_t[i].Upper && _t[i].Lex.Kind == LexKind.None);

    /// <summary>"$5 a year", "twice a week", "visits a month": a number or amount just before.</summary>
    private readonly bool RateBefore(int i)
    {
        int b = i - 1;
        if (b < 0) return false;
        if (_t[b].IsNumber) return true;
        // "four flights a week", "24 hours a day"
        if (IsWord(b) && !_t[b].Upper && !FunctionWord(b) && (IsNum(b - 1) || KindAt(b - 1) == LexKind.Number)) return true;
        if (IsWord(b) && (Word(b, "million") || Word(b, "billion") || Word(b, "thousand") || Word(b, "hundred") || Word(b, "cents") || Word(b, "share") || Word(b, "times"))) return true;
        return false;
    }

    private TimexMatch AgoMatch(int s, int e, double n, TimeUnit unit, int dir, bool anchorNow)
    {
        int whole = (int)Math.Round(n);
        var g = UnitGran(unit);
        int steps = whole * dir;
        if (unit == TimeUnit.Decade) { g = Gran.Year; steps *= 10; }
        else if (unit == TimeUnit.Century) { g = Gran.Year; steps *= 100; }
        else if (unit == TimeUnit.Fortnight) { g = Gran.Week; steps *= 2; }
        else if (unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second) { g = Gran.Day; steps = 0; }

        TDate v;
        if (!anchorNow)
        {
            // "a year earlier": the same period a year before (the quarter being reported, if any)
            // otherwise the time the narrative is at ("In 1995 ... Two years earlier"), as TimeML anchors "earlier"
            if (unit == TimeUnit.Year && _c.RecentQuarter(_t[s].Start) is { } rq && rq.HasYear) v = rq.Shift(4 * steps);
            else v = _c.Anchor(g).Shift(steps);
        }
        else if (unit == TimeUnit.Year && _c.RecentQuarter(_t[s].Start) is { } rq2 && rq2.HasYear && whole == 1 && _c.Dct is { } d && rq2.Year >= d.Year - 1)
        {
            v = rq2.Shift(4 * steps);
        }
        else
        {
            v = _c.Now(g).Shift(steps);
        }

        var m = DateMatch(s, e, v, false);
        m.Derived = true;
        if (unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second) m.Type = DateType.Time;
        return m;
    }

    private static TimexMatch RefMatch(int s, int e, string value) => new() { S = s, E = e, Type = DateType.Date, Value = value };

    private static TimexMatch DurationMatch(int s, int e, double n, TimeUnit unit, bool approx) => new()
    {
        S = s,
        E = e,
        Type = DateType.Duration,
        Value = DurationValue(n, unit),
        Mod = approx ? DateModifier.Approx : null,
    };

    /// <summary>An ISO 8601 period: P3Y, P6M, P2W, PT5H30M, PXY.</summary>
    internal static string DurationValue(double n, TimeUnit unit)
    {
        if (double.IsNaN(n))
        {
            return unit switch
            {
                TimeUnit.Second => "PTXS",
                TimeUnit.Minute => "PTXM",
                TimeUnit.Hour => "PTXH",
                TimeUnit.Day or TimeUnit.Night => "PXD",
                TimeUnit.Week or TimeUnit.Fortnight or TimeUnit.Weekend => "PXW",
                TimeUnit.Month => "PXM",
                TimeUnit.Quarter => "PXQ",
                TimeUnit.Decade => "PXE",
                TimeUnit.Century => "PXC",
                TimeUnit.Millennium => "PXL",
                _ => "PXY",
            };
        }

        switch (unit)
        {
            case TimeUnit.Decade: n *= 10; unit = TimeUnit.Year; break;
            case TimeUnit.Century: n *= 100; unit = TimeUnit.Year; break;
            case TimeUnit.Millennium: n *= 1000; unit = TimeUnit.Year; break;
            case TimeUnit.Fortnight: n *= 2; unit = TimeUnit.Week; break;
            case TimeUnit.Night: unit = TimeUnit.Day; break;
        }

        double whole = Math.Floor(n);
        double frac = n - whole;
        var inv = CultureInfo.InvariantCulture;
        string W(double v) => ((long)v).ToString(inv);
        if (frac < 1e-9)
        {
            return unit switch
            {
                TimeUnit.Second => $"PT{W(whole)}S",
                TimeUnit.Minute => $"PT{W(whole)}M",
                TimeUnit.Hour => $"PT{W(whole)}H",
                TimeUnit.Day => $"P{W(whole)}D",
                TimeUnit.Week => $"P{W(whole)}W",
                TimeUnit.Month => $"P{W(whole)}M",
                TimeUnit.Quarter => $"P{W(whole)}Q",
                _ => $"P{W(whole)}Y",
            };
        }

        // a fraction: express the rest in the next smaller unit
        string head = whole > 0 ? W(whole) : string.Empty;
        return unit switch
        {
            TimeUnit.Year => whole > 0 ? $"P{head}Y{W(Math.Round(frac * 12))}M" : $"P{W(Math.Round(frac * 12))}M",
            TimeUnit.Quarter => $"P{W(Math.Round(n * 3))}M",
            TimeUnit.Month => whole > 0 ? $"P{head}M{W(Math.Round(frac * 30))}D" : $"P{W(Math.Round(frac * 30))}D",
            TimeUnit.Week => $"P{W(Math.Round(n * 7))}D",
            TimeUnit.Day => whole > 0 ? $"P{head}DT{W(Math.Round(frac * 24))}H" : $"PT{W(Math.Round(frac * 24))}H",
            TimeUnit.Hour => whole > 0 ? $"PT{head}H{W(Math.Round(frac * 60))}M" : $"PT{W(Math.Round(frac * 60))}M",
            TimeUnit.Minute => whole > 0 ? $"PT{head}M{W(Math.Round(frac * 60))}S" : $"PT{W(Math.Round(frac * 60))}S",
            _ => $"PT{W(Math.Round(n))}S",
        };
    }

    // ------------------------------------------------------------------ single words

    private bool Single(int i, out TimexMatch m)
    {
        m = default;
        if (!IsWord(i)) return false;
        var kw = _t[i].Kw;
        switch (kw)
        {
            case W.Now:
                if (InName(i)) return false; // "CYP Now", "Apocalypse Now"
                m = RefMatch(i, i + 1, "PRESENT_REF");
                return true;
            case W.Right:
            case W.Just:
                if (!K(i + 1, W.Now) || kw == W.Just) return false;
                m = RefMatch(i, i + 2, "PRESENT_REF");
                return true;
            case W.Currently:
            case W.Presently:
            case W.Nowadays:
                m = RefMatch(i, i + 1, "PRESENT_REF");
                return true;
            case W.Current:
                if (Glued(i + 1) && Pu(i + 1, '-')) return false;
                m = RefMatch(i, i + 1, "PRESENT_REF");
                return true;
            case W.Then:
                // "the then current price", "the then-current board": what was current then
                int ce = Pu(i + 1, '-') && Glued(i + 1) && Glued(i + 2) ? i + 2 : i + 1;
                if (!K(ce, W.Current) || Glued(ce + 1) && Pu(ce + 1, '-')) return false;
                m = RefMatch(i, ce + 1, "PAST_REF");
                return true;
            case W.Recently:
            case W.Lately:
                m = RefMatch(i, i + 1, "PAST_REF");
                return true;
            case W.Recent:
                m = RefMatch(i, i + 1, "PAST_REF");
                return true;
            case W.As when K(i + 1, W.Soon) && K(i + 2, W.As) && Word(i + 3, "possible"):
                m = RefMatch(i, i + 4, "FUTURE_REF");
                return true;
            case W.Future:
                // "future years", "future quarters"; a bare "future" is an adjective more often than a time
                if (UnitAt(i + 1, out bool fp) != TimeUnit.None && fp)
                {
                    m = RefMatch(i, i + 2, "FUTURE_REF");
                    return true;
                }

                return false;
            case W.Today:
                if (Pu(i + 1, '\'') && Word(i + 2, "s") && GenericNoun(i + 3)) return false; // "today's youth": nowadays, which news leaves unannotated
                return DayWord(i, 0, out m);
            case W.Yesterday:
                return DayWord(i, -1, out m);
            case W.Tomorrow:
                return DayWord(i, 1, out m);
            case W.Tonight:
                m = TimeOfDayMatch(i, i + 1, _c.Now(Gran.Day), DayPart.Night);
                return true;
            case W.Overnight:
                if (Pu(i + 1, '-') || IsWord(i + 1) && !FunctionWord(i + 1)) return false; // "overnight stays"
                m = TimeOfDayMatch(i, i + 1, _c.Now(Gran.Day).Shift(-1), DayPart.Night);
                return true;
            case W.These:
                if (UnitAt(i + 1, out bool pl) == TimeUnit.Day && pl)
                {
                    m = RefMatch(i, i + 2, "PRESENT_REF");
                    return true;
                }

                return false;
            case W.The:
                if (K(i + 1, W.Future))
                {
                    m = RefMatch(i, i + 2, "FUTURE_REF");
                    return true;
                }

                if (K(i + 1, W.Near) && K(i + 2, W.Future))
                {
                    m = RefMatch(i, i + 3, "FUTURE_REF");
                    return true;
                }

                if ((K(i + 1, W.Near) || K(i + 1, W.Short) || K(i + 1, W.Long) || Word(i + 1, "medium"))
                    && K(i + 2, W.Term) && !Pu(i + 3, '-') && !(IsWord(i + 3) && !_t[i + 3].Upper && _t[i + 3].Lex.Kind == LexKind.None && !FunctionWord(i + 3)))
                {
                    m = RefMatch(i, i + 3, "FUTURE_REF");
                    return true;
                }

                // "the past" as a noun: followed by punctuation or a function word ("in the past it had")
                if (K(i + 1, W.Past) && (i + 2 >= _n || _t[i + 2].IsPunct || FunctionWord(i + 2)))
                {
                    m = RefMatch(i, i + 2, "PAST_REF");
                    return true;
                }

                if (K(i + 1, W.Present) && !(IsWord(i + 2) && !_t[i + 2].Upper && _t[i + 2].Lex.Kind == LexKind.None))
                {
                    m = RefMatch(i, i + 2, "PRESENT_REF");
                    return true;
                }

                if (K(i + 1, W.Moment) && i > 0 && K(i - 1, W.At))
                {
                    m = RefMatch(i, i + 2, "PRESENT_REF");
                    return true;
                }

                return false;
            case W.Present when i > 0 && K(i - 1, W.At):
                m = RefMatch(i, i + 1, "PRESENT_REF");
                return true;
        }

        return false;
    }

    /// <summary>True when token <paramref name="i"/> begins a sentence (or the window).</summary>
    private readonly bool SentenceStart(int i) =>
        i == 0 || _t[i - 1].Kind == TokKind.Punct && _t[i - 1].Ch is '.' or '!' or '?' or ':' or '"' or '“' or '(' or '\'' or '-' or '–';

    /// <summary>True when a capitalised word stands inside a title-case name ("CYP Now Magazine").</summary>
    private readonly bool InName(int i)
    {
        if (!_t[i].Upper || SentenceStart(i)) return false;
        bool before = IsWord(i - 1) && (_t[i - 1].Upper || _t[i - 1].AllUpper) && !FunctionWord(i - 1);
        bool after = IsWord(i + 1) && _t[i + 1].Upper && !Glued(i + 1);
        return before || after;
    }

    /// <summary>Pronouns, articles, prepositions, conjunctions and auxiliaries: words that cannot be the noun a "past" or "term" modifies.</summary>
    private readonly bool FunctionWord(int i)
    {
        if (!IsWord(i)) return false;
        var w = _text[_t[i].Start.._t[i].End];
        if (w.Length > 5) return false;
        foreach (var f in (ReadOnlySpan<string>)["it", "he", "she", "they", "we", "i", "you", "the", "a", "an", "this", "that", "there", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "by", "as", "is", "was", "were", "has", "have", "had", "when", "where", "which", "who", "its", "their", "his", "her", "our", "has", "been", "be", "will", "would", "can", "could", "may", "not", "so", "if", "than", "from"])
        {
            if (w.Equals(f, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    /// <summary>A noun that makes "today's" mean "of our time" ("today's world", "today's young people").</summary>
    private readonly bool GenericNoun(int i)
    {
        int k = i;
        if (Word(k, "young") || Word(k, "personal")) k++;
        if (!IsWord(k)) return false;
        var w = _text[_t[k].Start.._t[k].End];
        foreach (var g in GenericNouns)
        {
            if (w.Equals(g, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static readonly string[] GenericNouns =
    [
        "world", "youth", "society", "generation", "children", "kids", "teenagers", "people", "families", "parents",
        "consumers", "workers", "workforce", "economy", "technology", "computers", "standards", "culture",
    ];

    private bool DayWord(int i, int shift, out TimexMatch m)
    {
        var d = _c.Now(Gran.Day).Shift(shift);
        int e = i + 1;
        if (KindAt(e) == LexKind.PartOfDay || UnitAt(e, out bool pl) == TimeUnit.Night && !pl)
        {
            var part = KindAt(e) == LexKind.PartOfDay ? (DayPart)_t[e].Lex.Value : DayPart.Night;
            m = TimeOfDayMatch(i, e + 1, d, part);
            return true;
        }

        m = DateMatch(i, e, d, false);
        return true;
    }

    // ------------------------------------------------------------------ sets

    private bool Set(int i, out TimexMatch m)
    {
        m = default;
        if (!IsWord(i)) return false;
        var kw = _t[i].Kw;
        string? v = kw switch
        {
            W.Daily => "P1D",
            W.Weekly => "P1W",
            W.Monthly => "P1M",
            W.Yearly or W.Annually => "P1Y",
            W.Hourly => "PT1H",
            W.Quarterly => "P3M",
            W.Nightly => "P1D",
            W.Fortnightly or W.Biweekly => "P2W",
            _ => null,
        };
        if (v is not null)
        {
            if (Pu(i + 1, '-') && Glued(i + 1)) return false;
            // "the quarterly dividend": an adjective of financial reporting, not a time; "paid quarterly": a set
            if (kw == W.Quarterly && (IsWord(i + 1) && !FunctionWord(i + 1) || i > 0 && (K(i - 1, W.The) || K(i - 1, W.Its) || K(i - 1, W.Their) || K(i - 1, W.A) || K(i - 1, W.An) || IsWord(i - 1) && _t[i - 1].Upper && !FunctionWord(i - 1) && !SentenceStart(i - 1)))) return false;
            m = new TimexMatch { S = i, E = i + 1, Type = DateType.Set, Value = v };
            return true;
        }

        // Mondays
        if (KindAt(i) == LexKind.Weekday && _t[i].Lex.Plural && _t[i].Upper)
        {
            int e = i + 1;
            string value = "XXXX-WXX-" + _t[i].Lex.Value.ToString(CultureInfo.InvariantCulture);
            m = new TimexMatch { S = i, E = e, Type = DateType.Set, Value = value };
            return true;
        }

        // every day, each Thursday, every other week, every three months
        if (kw is W.Every or W.Each)
        {
            int j = i + 1;
            double n = 1;
            if (K(j, W.Other)) { n = 2; j++; }
            else if (Cardinal(j, out double c, out _, out int cn) && !double.IsNaN(c) && !K(j, W.A)) { n = c; j = cn; }
            int wd = WeekdayAt(j, out int wn);
            if (wd > 0)
            {
                m = new TimexMatch { S = i, E = wn, Type = DateType.Set, Value = "XXXX-WXX-" + wd.ToString(CultureInfo.InvariantCulture) };
                return true;
            }

            int mo = MonthAt(j, out int mn);
            if (mo > 0)
            {
                m = new TimexMatch { S = i, E = mn, Type = DateType.Set, Value = "XXXX-" + mo.ToString("00", CultureInfo.InvariantCulture) };
                return true;
            }

            if (KindAt(j) == LexKind.Season && !_t[j].Lex.Plural)
            {
                m = new TimexMatch { S = i, E = j + 1, Type = DateType.Set, Value = TDate.OfSeason(TDate.Unknown, (Season)_t[j].Lex.Value).Format() };
                return true;
            }

            if (KindAt(j) == LexKind.PartOfDay)
            {
                var part = (DayPart)_t[j].Lex.Value;
                m = new TimexMatch { S = i, E = j + 1, Type = DateType.Set, Value = new TDate { G = Gran.PartOfDay, Year = TDate.Unknown, Part = part }.Format() };
                return true;
            }

            var unit = UnitAt(j, out bool plural);
            if (unit == TimeUnit.None || plural != (n != 1)) return false;
            m = new TimexMatch { S = i, E = j + 1, Type = DateType.Set, Value = DurationValue(n, unit) };
            return true;
        }

        // twice a week, once a month, three times a year, per month
        if (kw is W.Once or W.Twice || kw == W.Times)
        {
            int j = i + 1;
            if (!(K(j, W.A) || K(j, W.An) || K(j, W.Per) || K(j, W.Every) || K(j, W.Each))) return false;
            var unit = UnitAt(j + 1, out bool plural);
            if (unit == TimeUnit.None || plural) return false;
            int s = i;
            if (kw == W.Times && i > 0 && Cardinal(i - 1, out _, out _, out int cn) && cn == i) s = i - 1;
            m = new TimexMatch { S = s, E = j + 2, Type = DateType.Set, Value = DurationValue(1, unit) };
            return true;
        }

        if (kw == W.Per && UnitAt(i + 1, out bool p2) is var u2 && u2 != TimeUnit.None && !p2 && !MoneyBefore(i))
        {
            m = new TimexMatch { S = i, E = i + 2, Type = DateType.Set, Value = DurationValue(1, u2) };
            return true;
        }

        return false;
    }

    // ------------------------------------------------------------------ times of day

    private bool Time(int i, out TimexMatch m)
    {
        m = default;
        int hour, minute = 0, e;
        bool clock = false;
        if (KindAt(i) == LexKind.PartOfDay && (DayPart)_t[i].Lex.Value is DayPart.Noon or DayPart.Midnight)
        {
            hour = (DayPart)_t[i].Lex.Value == DayPart.Noon ? 12 : 24;
            e = i + 1;
            clock = true;
        }
        else
        {
            if (!IsNum(i) || _t[i].Digits > 2) return false;
            if (Glued(i) && (IsNum(i - 1) || Pu(i - 1, '.') || Pu(i - 1, ':') || Pu(i - 1, '$') || Pu(i - 1, '£'))) return false;
            hour = _t[i].Num;
            e = i + 1;
            if ((Pu(e, ':') || Pu(e, '.')) && Glued(e) && IsNum(e + 1) && Glued(e + 1) && _t[e + 1].Digits == 2 && _t[e + 1].Num < 60)
            {
                minute = _t[e + 1].Num;
                e += 2;
                if (Pu(e, ':') || Pu(e, '.') && IsNum(e + 1) && Glued(e + 1)) return false;
                clock = Pu(e - 2, ':');
            }

            int ampm = AmPm(e, out int an);
            if (ampm != 0)
            {
                if (hour < 1 || hour > 12) return false;
                if (ampm == 2 && hour < 12) hour += 12;
                if (ampm == 1 && hour == 12) hour = 0;
                e = an;
                clock = true;
            }
            else if (K(e, W.Oclock))
            {
                e++;
                clock = true;
            }
            else if (K(e, W.In) && K(e + 1, W.The) && KindAt(e + 2) == LexKind.PartOfDay)
            {
                var p = (DayPart)_t[e + 2].Lex.Value;
                if (p is DayPart.Afternoon or DayPart.Evening or DayPart.Night && hour < 12) hour += 12;
                e += 3;
                clock = true;
            }

            if (!clock || hour > 24) return false;
        }

        if (K(e, W.Est)) e++;

        // the day it is on (stated after it, else the day the narrative is at)
        var day = _c.Anchor(Gran.Day);
        int k = Pu(e, ',') ? e + 1 : e;
        if (K(k, W.On)) k++;
        if (k < _n && (KindAt(k) == LexKind.Weekday || KindAt(k) == LexKind.Month || K(k, W.Today) || K(k, W.Yesterday) || K(k, W.Tomorrow)))
        {
            if (Absolute(k, out var dm) || Relative(k, out dm) || Single(k, out dm))
            {
                if (dm.Type == DateType.Date && dm.HasDate)
                {
                    day = dm.Date;
                    e = dm.E;
                    // "will leave at 4 a.m. Thursday": the period of "a.m." hides the future marker from the
                    // weekday, so the clause is read from the clock time: a bare weekday in a future clause is the coming one
                    if (KindAt(k) == LexKind.Weekday && _c.Dct is { } tdct && day.FirstDay is { } tday && tday < tdct && Future(i, would: true))
                    {
                        day = day.Shift(7);
                    }
                }
            }
        }

        var v = day;
        if (day.G >= Gran.Day && day.HasYear)
        {
            v.G = Gran.Time;
            v.Hour = hour;
            v.Minute = minute;
        }
        else
        {
            v = new TDate { G = Gran.Time, Year = TDate.Unknown, Hour = hour, Minute = minute };
        }

        string value = v.Format();
        if (!day.HasYear) value = "T" + hour.ToString("00", CultureInfo.InvariantCulture) + ":" + minute.ToString("00", CultureInfo.InvariantCulture);
        m = new TimexMatch { S = i, E = e, Type = DateType.Time, Value = value };
        return true;
    }

    /// <summary>1 for a.m., 2 for p.m.</summary>
    private readonly int AmPm(int i, out int next)
    {
        next = i;
        if (K(i, W.Am) || Word(i, "a") && Pu(i + 1, '.') && Word(i + 2, "m"))
        {
            next = K(i, W.Am) ? i + 1 : i + 3;
            if (Pu(next, '.') && Glued(next) && !K(i, W.Am)) next++;
            return 1;
        }

        if (K(i, W.Pm) || Word(i, "p") && Pu(i + 1, '.') && Word(i + 2, "m"))
        {
            next = K(i, W.Pm) ? i + 1 : i + 3;
            if (Pu(next, '.') && Glued(next) && !K(i, W.Pm)) next++;
            return 2;
        }

        return 0;
    }
}
