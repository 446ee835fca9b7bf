using ReportMining.Text;
using static ReportMining.Percentages.PercentLexicon;

namespace ReportMining.Percentages;

/// <summary>
/// Finds the figures of one sentence: numbers with a percent sign or "per cent", percentage
/// points, fractions in words and "one in five" ratios, with their hedges and ranges.
/// Works on the sentence's tokens; never allocates except to add to the output list.
/// </summary>
internal readonly ref struct FigureFinder
{
    private readonly Words _w;

    public FigureFinder(Words words) => _w = words;

    /// <summary>Adds the figures of the sentence to <paramref name="figures"/>, in text order.</summary>
    public void Find(List<Figure> figures)
    {
        int first = figures.Count;
        var w = _w;
        int n = w.Count;
        for (int i = 0; i < n; i++)
        {
            var kind = w.Kind(i);
            if (kind == TokenKind.Punctuation)
            {
                char c = w.Char(i);
                if ((c == '%' || c == '％') && GluedDigitsBefore(i, out int digitsStart, out double gv))
                {
                    // "there are100%": pdftotext lost the space, so the number ends a word token (GluedNumbers splits such
                    // words before a sentence is read; this is for a sentence too long to split in place)
                    Add(figures, i - 1, i + 1, gv, PercentageKind.Percent);
                    if (figures.Count > 0 && figures[^1].ValueFirst == i - 1)
                    {
                        var last = figures[^1];
                        last.StartChar = digitsStart;
                        figures[^1] = last;
                    }
                }
                else if ((c == '%' || c == '％') && TryNumberBefore(i, allowGap: true, out int vf, out double v))
                {
                    int last = i + 1;
                    SlashFraction(ref vf, ref v);
                    var k = PercentageKind.Percent;
                    if (w.Is(last, "point") || w.Is(last, "points"))
                    {
                        k = PercentageKind.PercentagePoints;
                        last++;
                    }

                    // "I am 100% convinced": a manner of speaking, as with "100 per cent" below
                    if (v == 100 && k == PercentageKind.Percent && IdiomaticHundredAt(vf, last)) continue;
                    Add(figures, vf, last, v, k);
                }

                continue;
            }

            if (kind != TokenKind.Word) continue;

            // a cheap look at the word first: most words cannot start a figure
            var word = w.Text(i);
            char c0 = (char)(word[0] | 0x20);

            // "with a margin of error of 4.5 points": a poll's error is in percentage points whether or not it says so
            if (c0 == 'p' && word.Length is 5 or 6 && (w.Is(i, "points") || w.Is(i, "point")) && AfterErrorMargin(i)
                && TryNumberBefore(i, allowGap: true, out int ef, out double ev))
            {
                Add(figures, ef, i + 1, ev, PercentageKind.PercentagePoints);
                continue;
            }

            bool unitLike = c0 == 'p' && (word.Length is 2 or 3 or 7 or 8 or 10 or 16 or 17 || word.Contains('\u00AD'));
            bool ratioLike = word.Length == 2 && c0 is 'i' or 'o' || word.Length == 3 && c0 == 'o';
            bool fractionLike = word.Length >= 4 && c0 is 'h' or 't' or 'q' or 'f' or 's' or 'e' or 'n' or 'o';
            bool hyphenRatio = word.Length >= 4 && word.IndexOf('-') > 0
                && (word.StartsWith("in-", StringComparison.OrdinalIgnoreCase) || word.Length >= 5 && word.Contains("-in-", StringComparison.OrdinalIgnoreCase));
            if (!unitLike && !ratioLike && !fractionLike && !hyphenRatio) continue;

            // "a three-percentage-point margin": a number word joined to the unit
            int joined = word.IndexOf("-percentage-point", StringComparison.OrdinalIgnoreCase);
            if (joined > 0 && word.Length - joined is 17 or 18 && NumberWords.TryCardinalWord(word[..joined], out int points))
            {
                Add(figures, i, i + 1, points, PercentageKind.PercentagePoints);
                continue;
            }

            if (w.Is(i, "percentage-point") || w.Is(i, "percentage-points"))
            {
                // "a 3 percentage-point drop", "a 5-percentage-point lead"
                if (TryNumberBefore(HyphenUnit(i), allowGap: true, out int pf, out double pv)) Add(figures, pf, i + 1, pv, PercentageKind.PercentagePoints);
                continue;
            }

            bool centOwned = w.Is(i, "per") && w.Kind(i + 1) == TokenKind.Word && w.Text(i + 1).StartsWith("cent-", StringComparison.OrdinalIgnoreCase);
            if (w.Is(i, "percent") || w.Is(i, "per-cent") || w.Is(i, "pct") || w.Is(i, "per") && w.Is(i + 1, "cent") || centOwned || w.Is(i, "pc") && w.Glued(i - 1, i) && !w.IsWordAt(i + 1, glued: true))
            {
                int last = w.Is(i, "per") ? i + 2 : i + 1;
                if (TryNumberBefore(HyphenUnit(i), allowGap: !w.Is(i, "pc"), out int vf, out double v) || FractionOfAUnit(i, out vf, out v))
                {
                    var k = PercentageKind.Percent;
                    if (w.Is(last, "point") || w.Is(last, "points"))
                    {
                        k = PercentageKind.PercentagePoints;
                        last++;
                    }

                    if (v == 100 && IdiomaticHundredAt(vf, last)) continue;
                    Add(figures, vf, last, v, k);
                }

                i = last - 1;
                continue;
            }

            if (w.Is(i, "percentage") && (w.Is(i + 1, "point") || w.Is(i + 1, "points")))
            {
                if (TryNumberBefore(i, allowGap: true, out int vf, out double v) || FractionOfAUnit(i, out vf, out v)) Add(figures, vf, i + 2, v, PercentageKind.PercentagePoints);
                i++;
                continue;
            }

            if (hyphenRatio)
            {
                if (TryHyphenRatio(i, out int hf, out double hv)) Add(figures, hf, i + 1, hv, PercentageKind.Proportion);
                continue;
            }

            if ((w.Is(i, "in") || w.Is(i, "out") && w.Is(i + 1, "of") || w.Is(i, "of") && (w.Kind(i + 1) == TokenKind.Number && w.Text(i + 1).SequenceEqual("10") || w.Is(i + 1, "ten")))
                && TryRatio(i, out int rf, out int rl, out double rv))
            {
                Add(figures, rf, rl, rv, PercentageKind.Proportion);
                i = rl - 1;
                continue;
            }

            if (TryFraction(i, figures, first, out int ff, out double fv))
            {
                Add(figures, ff, i + 1, fv, PercentageKind.Proportion);
            }
        }
    }

    private void Add(List<Figure> figures, int valueFirst, int last, double value, PercentageKind kind)
    {
        var w = _w;
        // two decimals ("33.33"); a written figure keeps a third when that is exact ("7.375" from "7 3/8%")
        var figure = new Figure(valueFirst, valueFirst, last, Math.Round(value, kind != PercentageKind.Proportion && Math.Round(value, 3) == value ? 3 : 2), kind);

        // a range whose unit comes once, after the second figure: "20-30%", "20 to 30 per cent", "between 20 and 30%"
        int rangeFirst = -1;
        double rangeValue = 0;
        bool score = false;
        if (kind != PercentageKind.Proportion && valueFirst >= 2 && w.Kind(valueFirst) == TokenKind.Word && w.Kind(valueFirst - 2) == TokenKind.Word
            && (w.Is(valueFirst - 1, "to") || w.Is(valueFirst - 1, "or") || w.Is(valueFirst - 1, "and") && w.Is(valueFirst - 3, "between"))
            && NumberWords.TryCardinalWord(w.Text(valueFirst - 2), out int wordStart) && wordStart > 0 && wordStart < value
            && NumberWords.TryCardinalWord(w.Text(valueFirst), out _) && !w.In(valueFirst - 3, PercentLexicon.NumberLabels)
            && (figures.Count == 0 || figures[^1].Last <= valueFirst - 2))
        {
            // "three to four percentage points", "between five and ten per cent": number words in a range
            rangeFirst = valueFirst - 2;
            rangeValue = wordStart;
        }
        else if (kind != PercentageKind.Proportion && valueFirst >= 2 && w.Kind(valueFirst) == TokenKind.Number)
        {
            int sep = valueFirst - 1;
            bool dash = w.Kind(sep) == TokenKind.Punctuation && w.Char(sep) is '-' or '–' or '—' or '‑';
            bool to = w.Is(sep, "to");
            bool and = w.Is(sep, "and") && valueFirst >= 3 && w.Is(valueFirst - 3, "between");
            bool or = w.Is(sep, "or");

            // "between three and 12 percentage points": the first end in words
            double start = 0;
            bool first = w.Kind(sep - 1) == TokenKind.Number
                ? NumberWords.TryDigits(w.Text(sep - 1), out start)
                : (and || to || or) && w.Kind(sep - 1) == TokenKind.Word && NumberWords.TryCardinalWord(w.Text(sep - 1), out int startWord) && (start = startWord) > 0;
            if ((dash || to || and || or) && first && !w.In(sep - 2, PercentLexicon.NumberLabels)
                // ("from 38 to 14 percent", "beat him 47 to 39 percent": a larger first figure before "to" is the other side of a change or a score)
                && (or ? start < value : start <= value || to && start <= 100) && !w.IsYearLike(sep - 1)
                // ("from 40 percent on July 14 to 46 percent": a day of a month is no figure)
                && !(w.In(sep - 2, PercentLexicon.TimeWords) && w.Kind(sep - 2) == TokenKind.Word && w.IsCapitalised(sep - 2))
                && !(w.Kind(sep - 2) == TokenKind.Punctuation && w.Char(sep - 2) is '-' or '–' or '—' or '−' or '/' && (w.Glued(sep - 2, sep - 1) || w.IsYearLike(sep - 3)) && w.Kind(sep - 3) == TokenKind.Number)
                && (figures.Count == 0 || figures[^1].Last <= sep - 1))
            {
                rangeFirst = sep - 1;
                rangeValue = start;

                // a score unless "from" opens a change: then the first figure is a figure of its own, not a range's start
                score = to && start > value && !w.Is(sep - 2, "from");
            }
        }

        // "save 6, 8, 11 percent": two or more bare figures before it in a comma list, rising, share its unit
        int listFirst = -1;
        if (rangeFirst < 0 && kind != PercentageKind.Proportion && w.Kind(valueFirst) == TokenKind.Number)
        {
            int k = valueFirst, count = 0;
            double next = value;
            while (k >= 2 && w.IsPunct(k - 1, ',') && !w.Glued(k - 1, k) && w.Kind(k - 2) == TokenKind.Number && !w.IsYearLike(k - 2)
                && NumberWords.TryDigits(w.Text(k - 2), out double earlier) && earlier < next && (figures.Count == 0 || figures[^1].Last <= k - 2))
            {
                next = earlier;
                k -= 2;
                count++;
            }

            // ("polling at 3, 4 percent": two figures one step apart are "three or four")
            bool pair = count == 1 && NumberWords.TryDigits(w.Text(k), out double low) && value - low is > 0 and <= 2 && low == Math.Floor(low);
            if ((count >= 2 || pair) && w.Kind(k - 1) != TokenKind.Number && !w.In(k - 1, PercentLexicon.NumberLabels)) listFirst = k;
        }

        int hedgeFrom = rangeFirst >= 0 ? rangeFirst : listFirst >= 0 ? listFirst : valueFirst;
        if (TryHedge(hedgeFrom, out int hedgeFirst, out var modifier))
        {
            figure.Modifier = modifier;
        }
        else
        {
            hedgeFirst = hedgeFrom;
        }

        if (TryPostHedge(figure.Last, out int postLast, out var post))
        {
            figure.Last = postLast;
            figure.Modifier ??= post;
        }

        if (rangeFirst >= 0)
        {
            var start = new Figure(hedgeFirst, rangeFirst, rangeFirst + 1, Math.Round(rangeValue, 2), kind)
            {
                Modifier = figure.Modifier,
                RangeStart = !score,
            };
            figures.Add(start);
        }
        else if (listFirst >= 0)
        {
            for (int k = listFirst; k < valueFirst; k += 2)
            {
                NumberWords.TryDigits(w.Text(k), out double listValue);
                figures.Add(new Figure(k == listFirst ? hedgeFirst : k, k, k + 1, Math.Round(listValue, 2), kind) { Modifier = figure.Modifier, RangeStart = true });
            }
        }
        else
        {
            figure.First = hedgeFirst;
        }

        // "one-eighth of 1 percent", "a quarter of 1%", "half of one per cent": the fraction of a percentage is one figure
        if (rangeFirst < 0 && value == 1 && kind != PercentageKind.Proportion && figures.Count > 0 && w.Is(valueFirst - 1, "of")
            && figures[^1].Kind == PercentageKind.Proportion && figures[^1].Last == valueFirst - 1)
        {
            var fraction = figures[^1];
            fraction.Last = figure.Last;
            fraction.Value = Math.Round(fraction.Value / 100, 4);
            fraction.Kind = kind;
            fraction.Modifier ??= figure.Modifier;
            figures[^1] = fraction;
            return;
        }

        // a figure never overlaps an earlier one
        if (figures.Count > 0 && figures[^1].Last > figure.First) return;
        figures.Add(figure);

        // "fell to 40 per cent from 45", "rose to 52%, up from 47 in May": the earlier figure, its unit left out
        if (kind != PercentageKind.Proportion)
        {
            int from = figure.Last;
            if (w.IsPunct(from, ',') && (w.Is(from + 1, "up") || w.Is(from + 1, "down"))) from += 2;
            else if (w.Is(from, "up") || w.Is(from, "down")) from++;
            int n = from + 1;
            if (w.Is(from, "from") && w.Kind(n) == TokenKind.Number && !w.IsYearLike(n) && NumberWords.TryDigits(w.Text(n), out double earlier) && earlier <= 100
                && !(w.Kind(n + 1) == TokenKind.Punctuation && w.Char(n + 1) is '%' or '％' or '/' or '-' or '–' or '.' && w.Glued(n, n + 1))
                && !w.Is(n + 1, "per") && !w.Is(n + 1, "percent") && !w.Is(n + 1, "pc") && !w.Is(n + 1, "to") && !w.Is(n + 1, "and")
                && !Phrases.IsContent(w, n + 1) && !w.In(n + 1, TimeWords))
            {
                figures.Add(new Figure(n, n, n + 1, Math.Round(earlier, 2), kind));
            }
        }
    }

    /// <summary>
    /// "6 3/8%", "3/4%": a fraction in eighths, quarters or halves before the sign (bond coupons);
    /// <paramref name="first"/> is the denominator's token on entry.
    /// </summary>
    private void SlashFraction(ref int first, ref double value)
    {
        var w = _w;
        int slash = first - 1;
        if (!w.IsPunct(slash, '/') || !w.Glued(slash, first) || !w.Glued(slash - 1, slash) || w.Kind(slash - 1) != TokenKind.Number) return;
        if (value is not (2 or 4 or 8 or 16 or 32) || !NumberWords.TryDigits(w.Text(slash - 1), out double numerator) || numerator <= 0 || numerator >= value
            || numerator != Math.Floor(numerator)) return;
        double fraction = numerator / value;
        first = slash - 1;

        // a whole number before it, with a space: "6 3/8%"
        int whole = first - 1;
        if (w.Kind(whole) == TokenKind.Number && !w.Glued(whole, first) && w.Gap(whole, first) == 1 && !w.IsYearLike(whole)
            && NumberWords.TryDigits(w.Text(whole), out double units) && units == Math.Floor(units) && units < 100)
        {
            first = whole;
            fraction += units;
        }

        value = fraction;
    }

    /// <summary>
    /// "half a percentage point", "a quarter of a percentage point", "three-quarters of a per cent", "half a percent":
    /// a fraction of one unit before <paramref name="unit"/> (the word "percentage", "per", "percent").
    /// </summary>
    private bool FractionOfAUnit(int unit, out int first, out double value)
    {
        var w = _w;
        first = unit;
        value = 0;
        if (!w.Is(unit - 1, "a")) return false;
        int end = unit - 1;
        if (w.Is(end - 1, "of")) end--;
        int k = end - 1;
        if (k < 0 || w.Kind(k) != TokenKind.Word) return false;
        var word = w.Text(k);
        if (w.Is(k, "half") && end == unit - 1)
        {
            first = k;
            value = 50;
        }
        else if (end < unit - 1 && NumberWords.TryHyphenatedFraction(word, out int hn, out int hd))
        {
            first = k;
            value = 100.0 * hn / hd;
        }
        else if (end < unit - 1 && NumberWords.TryDenominator(word, out int den, out bool plural) && den > 2)
        {
            if (!plural && (w.Is(k - 1, "a") || w.Is(k - 1, "one")))
            {
                first = k - 1;
                value = 100.0 / den;
            }
            else if (plural && NumberWords.TryUnit(w.Text(k - 1), out int num) && num >= 2 && num < den)
            {
                first = k - 1;
                value = 100.0 * num / den;
            }
            else
            {
                return false;
            }
        }
        else
        {
            return false;
        }

        value /= 100;
        return true;
    }

    /// <summary>Digits at the end of a word glued to the sign at <paramref name="sign"/> ("are100%").</summary>
    private bool GluedDigitsBefore(int sign, out int start, out double value)
    {
        var w = _w;
        start = -1;
        value = 0;
        int k = sign - 1;
        if (w.Kind(k) != TokenKind.Word || !w.Glued(k, sign)) return false;
        var word = w.Text(k);
        int d = word.Length;
        while (d > 0 && char.IsAsciiDigit(word[d - 1])) d--;
        if (d == word.Length || d == 0 || word.Length - d > 6) return false;
        if (!NumberWords.TryDigits(word[d..], out value)) return false;
        start = w.Start(k) + d;
        return true;
    }

    /// <summary>A whole number at <paramref name="at"/>: digits ("2") or a cardinal word ("two").</summary>
    private bool TryWholeAt(int at, out double value)
    {
        var w = _w;
        value = 0;
        if (w.Kind(at) == TokenKind.Number) return NumberWords.TryDigits(w.Text(at), out value) && value == Math.Floor(value);
        if (w.Kind(at) != TokenKind.Word || !NumberWords.TryCardinalWord(w.Text(at), out int v)) return false;
        value = v;
        return true;
    }

    /// <summary>The number before a unit: digits ("40", "4.5") or words ("forty", "ninety two", "a hundred").</summary>
    /// <summary>
    /// True when "margin of error", "margin of sampling error" or "error margin" comes in the twenty
    /// words before <paramref name="unit"/>, with no semicolon between.
    /// </summary>
    private bool AfterErrorMargin(int unit)
    {
        var w = _w;
        for (int k = unit - 2; k >= 1 && k >= unit - 20; k--)
        {
            if (w.Kind(k) == TokenKind.Punctuation && w.Char(k) == ';') return false;
            if (w.Is(k, "error") && (w.Is(k - 2, "margin") || w.Is(k - 3, "margin") && w.Is(k - 2, "of") || w.Is(k + 1, "margin"))) return true;
        }

        return false;
    }

    private bool TryNumberBefore(int unit, bool allowGap, out int first, out double value)
    {
        var w = _w;
        first = unit - 1;
        value = 0;
        if (first < 0) return false;
        if (w.Kind(first) == TokenKind.Number)
        {
            if (!allowGap && !w.Glued(first, unit)) return false;
            if (w.Gap(first, unit) > 1) return false;
            return NumberWords.TryDigits(w.Text(first), out value);
        }

        if (w.Kind(first) != TokenKind.Word) return false;
        var word = w.Text(first);

        // "two and a half per cent", "3 and a quarter percent", "one and three-quarters per cent": a whole number and a fraction
        if (first >= 3 && w.Is(first - 2, "and") && (w.Is(first - 1, "a") || w.Is(first - 1, "an") || w.Is(first - 1, "one"))
            && (w.Is(first, "half") || w.Is(first, "quarter") || w.Is(first, "third")) && TryWholeAt(first - 3, out double whole))
        {
            value = whole + (w.Is(first, "half") ? 0.5 : w.Is(first, "quarter") ? 0.25 : 1.0 / 3);
            first -= 3;
            return true;
        }

        if (first >= 2 && w.Is(first - 1, "and") && NumberWords.TryHyphenatedFraction(word, out int fn, out int fd) && TryWholeAt(first - 2, out double whole2))
        {
            value = whole2 + (double)fn / fd;
            first -= 2;
            return true;
        }

        if (NumberWords.IsHundred(word))
        {
            // "a hundred", "one hundred", "two hundred"
            if (first >= 1 && (w.Is(first - 1, "a") || w.Is(first - 1, "one")))
            {
                first--;
                value = 100;
                return true;
            }

            if (first >= 1 && NumberWords.TryUnit(w.Text(first - 1), out int h) && h > 1)
            {
                first--;
                value = 100 * h;
                return true;
            }

            return false;
        }

        if (!NumberWords.TryCardinalWord(word, out int v)) return false;
        value = v;
        if (v is > 0 and < 10 && first >= 1 && NumberWords.TryTens(w.Text(first - 1), out int tens))
        {
            // "ninety two"
            first--;
            value = tens + v;
        }

        // "one hundred and five"
        if (first >= 3 && w.Is(first - 1, "and") && NumberWords.IsHundred(w.Text(first - 2)) && (w.Is(first - 3, "one") || w.Is(first - 3, "a")))
        {
            first -= 3;
            value += 100;
        }

        return true;
    }

    /// <summary>
    /// "100 per cent" as a manner of speaking: before a word such as "committed" or a nationality ("100 percent Welsh"),
    /// or closing a clause after a verb of backing and its object ("supports Ms Hale 100 percent").
    /// </summary>
    private bool IdiomaticHundredAt(int first, int last)
    {
        var w = _w;
        if (w.Kind(last) == TokenKind.Word)
        {
            // "100 per cent on board", "100% in agreement", but not "rose to 100% in January"
            if (w.Is(last, "in") || w.Is(last, "on"))
            {
                if (w.In(last + 1, PercentLexicon.IdiomaticHundredObjects)) return true;
            }
            else if (w.In(last, IdiomaticHundred))
            {
                return true;
            }

            var next = w.Text(last);
            bool nationality = char.IsUpper(next[0]) && next.Length > 3 && (next.EndsWith("an") || next.EndsWith("ish") || next.EndsWith("ese") || next.EndsWith("sh"))
                && (last + 1 >= w.Count || w.Kind(last + 1) == TokenKind.Punctuation);
            if (nationality) return true;
        }

        if (last < w.Count && w.Kind(last) == TokenKind.Word && !w.Is(last, "and") && !w.Is(last, "or")) return false;
        for (int k = first - 1; k >= 0 && k >= first - 5; k--)
        {
            if (w.Kind(k) == TokenKind.Punctuation || w.Kind(k) == TokenKind.Number) return false;

            // ("support rose to 100 percent": a level reached, not a manner)
            if (w.In(k, Prepositions) && !w.Is(k, "with") && !w.Is(k, "behind")) return false;
            if (w.In(k, PercentLexicon.BackingVerbs)) return true;
        }

        return false;
    }

    /// <summary>A verb of cutting or splitting ("cut", "slashed", "split") in the few words before <paramref name="before"/>, in the same clause.</summary>
    private bool CutVerbBefore(int before)
    {
        var w = _w;
        for (int k = before - 1; k >= 0 && k >= before - 6; k--)
        {
            if (w.Kind(k) == TokenKind.Punctuation) return false;
            if (w.In(k, PercentLexicon.CutVerbs)) return true;
        }

        return false;
    }

    /// <summary>The unit at <paramref name="unit"/>, or the hyphen before it when a number is glued to both ("10-percent", "5-percentage-point").</summary>
    private int HyphenUnit(int unit)
    {
        var w = _w;
        return w.IsPunct(unit - 1, '-') && w.Glued(unit - 1, unit) && w.Glued(unit - 2, unit - 1) && w.Kind(unit - 2) == TokenKind.Number ? unit - 1 : unit;
    }

    /// <summary>"nine-in-ten", "three-in-10" (one word) and "3-in-10" (a number, a hyphen, "in-10").</summary>
    private bool TryHyphenRatio(int i, out int first, out double value)
    {
        var w = _w;
        first = i;
        value = 0;
        var word = w.Text(i);
        double numerator;
        ReadOnlySpan<char> rest;
        if (word.StartsWith("in-", StringComparison.OrdinalIgnoreCase))
        {
            if (!(w.IsPunct(i - 1, '-') && w.Glued(i - 1, i) && w.Glued(i - 2, i - 1) && w.Kind(i - 2) == TokenKind.Number)) return false;
            if (!NumberWords.TryDigits(w.Text(i - 2), out numerator)) return false;
            first = i - 2;
            rest = word[3..];
        }
        else
        {
            int at = word.IndexOf("-in-", StringComparison.OrdinalIgnoreCase);
            if (at <= 0 || !NumberWords.TryCardinalWord(word[..at], out int n)) return false;
            numerator = n;
            rest = word[(at + 4)..];
        }

        double denominator;
        if (NumberWords.TryCardinalWord(rest, out int d)) denominator = d;
        else if (!NumberWords.TryDigits(rest, out denominator)) return false;
        if (numerator < 1 || denominator < 2 || numerator >= denominator || numerator != Math.Floor(numerator) || denominator != Math.Floor(denominator)) return false;
        value = 100.0 * numerator / denominator;
        return true;
    }

    /// <summary>"one in five", "1 in 10", "one in every four", "nine out of ten", "24 out of 30".</summary>
    private bool TryRatio(int at, out int first, out int last, out double value)
    {
        var w = _w;
        first = at - 1;
        last = at;
        value = 0;
        if (first < 0) return false;
        double numerator;

        // "17 young people out of 135", "101 child protection plans out of 222": a count of a noun out of a total
        if (w.Is(at, "out") && w.Kind(first) == TokenKind.Word && !NumberWords.TryCardinalWord(w.Text(first), out _))
        {
            int k = first;
            while (k >= 0 && k > at - 5 && w.Kind(k) == TokenKind.Word && !w.IsCapitalised(k) && !w.In(k, Prepositions) && !w.In(k, PercentLexicon.Auxiliaries)
                && !w.Is(k, "and") && !w.Is(k, "or") && !w.Is(k, "the") && !NumberWords.TryCardinalWord(w.Text(k), out _)) k--;
            bool count = k >= 0 && (w.Kind(k) == TokenKind.Number && !w.IsYearLike(k) || w.Kind(k) == TokenKind.Word && NumberWords.TryCardinalWord(w.Text(k), out _));
            if (!count || k == first || k >= 1 && w.Kind(k - 1) == TokenKind.Number) return false;
            first = k;
        }

        if (w.Kind(first) == TokenKind.Number)
        {
            if (!NumberWords.TryDigits(w.Text(first), out numerator) || numerator != Math.Floor(numerator) || numerator > 999) return false;
            // "40% in 2019" has a unit between; "the 2 in 5" is fine
        }
        else if (w.Kind(first) == TokenKind.Word && NumberWords.TryCardinalWord(w.Text(first), out int nw) && nw > 0)
        {
            // "Pelham One in two sales": a capitalised number word after a capitalised word is part of a name
            if (w.IsCapitalised(first) && w.IsCapitalised(first - 1) && first >= 2 && w.Kind(first - 2) == TokenKind.Word) return false;
            numerator = nw;
            if (first >= 1 && NumberWords.TryTens(w.Text(first - 1), out int tens) && nw < 10)
            {
                first--;
                numerator += tens;
            }
        }
        else
        {
            return false;
        }

        int j = w.Is(at, "out") ? at + 2 : at + 1;
        if (w.Is(at, "out") && w.Is(j, "a") && w.Is(j + 1, "total") && w.Is(j + 2, "of")) j += 3;
        if (w.Is(j, "every") || w.Is(at, "out") && w.Is(j, "the") && (w.Kind(j + 1) == TokenKind.Number || NumberWords.TryCardinalWord(w.Text(j + 1), out _))) j++;
        double denominator;
        if (w.Kind(j) == TokenKind.Number)
        {
            if (w.IsYearLike(j) || !NumberWords.TryDigits(w.Text(j), out denominator) || denominator != Math.Floor(denominator)) return false;
            last = j + 1;
        }
        else if (w.Kind(j) == TokenKind.Word && NumberWords.TryCardinalWord(w.Text(j), out int dw))
        {
            denominator = dw;
            last = j + 1;
            if (dw >= 20 && dw % 10 == 0 && NumberWords.TryUnit(w.Text(j + 1), out int unit) && unit is > 0 and < 10)
            {
                denominator += unit;
                last = j + 2;
            }
        }
        else if ((w.Is(j, "a") || w.Is(j, "one")) && (w.Is(j + 1, "hundred") || w.Is(j + 1, "thousand")))
        {
            denominator = w.Is(j + 1, "hundred") ? 100 : 1000;
            last = j + 2;
        }
        else
        {
            return false;
        }

        if (denominator < 2 || denominator <= numerator) return false;

        // "eight of 10 voters", "nine of ten say": "of" makes a ratio only out of ten, before a word ("three of 10," is a score or a count)
        if (w.Is(at, "of") && (w.Kind(last) != TokenKind.Word || w.Is(first - 1, "the") || w.In(last, CountBreakers))) return false;

        // "Brent is one of 10 councils", "as one of ten pilots": one member named, not a share
        if (w.Is(at, "of") && numerator == 1 && (w.In(first - 1, PercentLexicon.Auxiliaries) || w.Is(first - 1, "as") || w.Is(first - 1, "becomes") || w.Is(first - 1, "became"))) return false;
        // "one in 10 days", "three in 12 months", "one in 5-10"
        if (last < w.Count)
        {
            if (w.Kind(last) == TokenKind.Word && w.In(last, CountBreakers)) return false;
            if (w.Kind(last) == TokenKind.Punctuation && w.Char(last) is '%' or '-' or '–' or '/' or ':' or '.' && w.Glued(last - 1, last) && w.Kind(last + 1) == TokenKind.Number) return false;
            if (w.Kind(last) == TokenKind.Punctuation && w.Char(last) == '%') return false;
        }

        // "page 1 in 2" etc. are rare; a number glued to another number or unit before is not a ratio
        if (first >= 1 && w.Kind(first - 1) == TokenKind.Punctuation && w.Char(first - 1) is '%' or '/' or '.' or '-' && w.Glued(first - 1, first)) return false;

        value = 100.0 * numerator / denominator;
        return true;
    }

    /// <summary>"half", "a third", "one quarter", "two thirds", "three-quarters", "a fifth".</summary>
    private bool TryFraction(int i, List<Figure> figures, int sentenceFirst, out int first, out double value)
    {
        var w = _w;
        first = i;
        value = 0;
        var word = w.Text(i);
        if (word.Length < 4 || word.Length > 20) return false;

        // "the first three-quarters of the report", "the last two thirds of the match", "a loss for the past two quarters",
        // "over the next three quarters": a stretch, not a share
        if (i >= 1 && w.In(i - 1, StretchOpeners)
            || i >= 2 && w.Kind(i - 1) is TokenKind.Word or TokenKind.Number && (NumberWords.TryUnit(w.Text(i - 1), out _) || NumberWords.TryDigits(w.Text(i - 1), out _))
                && w.In(i - 2, StretchOpeners)) return false;

        if (NumberWords.TryHyphenatedFraction(word, out int hn, out int hd))
        {
            if (hd == 4 && w.Is(i + 1, "of") && (w.Is(i + 2, "a") || w.Is(i + 2, "an"))) return false;

            // "$21 and one-eighth", "98 and three-quarters", "one and three-quarters per cent": the fraction of a whole number, not a share
            if (i >= 2 && w.Is(i - 1, "and") && (w.Kind(i - 2) == TokenKind.Number || NumberWords.TryCardinalWord(w.Text(i - 2), out _)) && !w.Is(i + 1, "of")) return false;
            value = 100.0 * hn / hd;
            return true;
        }

        if (!NumberWords.TryDenominator(word, out int den, out bool plural)) return false;

        if (plural)
        {
            if (den == 2) return false;
            if (i < 1) return false;
            int num;
            if (w.Kind(i - 1) == TokenKind.Word && NumberWords.TryUnit(w.Text(i - 1), out num) && num >= 2 && num < den) { }
            else if (w.Kind(i - 1) == TokenKind.Number && NumberWords.TryDigits(w.Text(i - 1), out double dn) && dn >= 2 && dn < den) num = (int)dn;
            else return false;
            // "for three quarters in a row", "two quarters running": business quarters
            if (den == 4 && (w.Is(i + 1, "in") && w.Is(i + 2, "a") && w.Is(i + 3, "row") || w.Is(i + 1, "running"))) return false;
            first = i - 1;
            value = 100.0 * num / den;
            return !OfTimeOrSize(i + 1);
        }

        if (den == 2)
        {
            // "half" on its own: "half of", "nearly half", "by half", "half the children", "half are"
            bool oneHalf = i >= 1 && w.Is(i - 1, "one") && w.Is(i + 1, "of") && !(i >= 2 && w.Is(i - 2, "and"));

            // "a drop of almost a half", "reduced by a half" (but not "one and a half", "a half-day")
            // ("renters made up a half or more of them": a trailing hedge and "of")
            bool aHalf = i >= 2 && w.Is(i - 1, "a") && (TryHedge(i - 1, out _, out _) || w.Is(i - 2, "by") || w.Is(i - 2, "than")
                || w.Is(i + 1, "or") && (w.Is(i + 2, "more") || w.Is(i + 2, "less")) && w.Is(i + 3, "of"));

            // "cut its dividend in half", "the budget was split in half": a change by half
            if (i >= 2 && w.Is(i - 1, "in") && CutVerbBefore(i - 1)
                && !(w.IsDeterminerAt(i + 1) || w.Is(i + 1, "of") || w.Kind(i + 1) == TokenKind.Punctuation && w.Char(i + 1) is '-' or '‑' && w.Glued(i, i + 1)))
            {
                value = 50;
                return true;
            }

            // ("the audit shows that half of the pupils": "that" opening a clause after a verb of saying or showing is no determiner)
            bool clauseThat = i >= 2 && w.Is(i - 1, "that") && w.In(i - 2, PercentLexicon.ReportingVerbs);
            // ("took in half of all the gains", "in half of the cases": "in" before a share of something is no "in half")
            bool inHalfOf = i >= 1 && w.Is(i - 1, "in") && w.Is(i + 1, "of") && !OfTimeOrSize(i + 1);
            if (!oneHalf && !aHalf && !clauseThat && !inHalfOf && i >= 1 && w.Kind(i - 1) == TokenKind.Word && w.In(i - 1, HalfPreBreakers)) return false;
            if (i >= 2 && w.Is(i - 1, "and") && (w.Kind(i - 2) == TokenKind.Number || NumberWords.TryCardinalWord(w.Text(i - 2), out _))) return false;
            if (!oneHalf && i >= 1 && w.Kind(i - 1) == TokenKind.Number) return false;
            if (i + 1 < w.Count)
            {
                if (w.Kind(i + 1) == TokenKind.Word && w.In(i + 1, HalfBreakers)) return false;
                if (w.Kind(i + 1) == TokenKind.Punctuation && w.Char(i + 1) is '-' or '‑' && w.Glued(i, i + 1)) return false;
                // ("half the time", "half a day"; but "half their full entitlement": an adjective before its noun)
                if (w.IsDeterminerAt(i + 1) && w.Kind(i + 2) == TokenKind.Word && (w.In(i + 2, TimeWords) || w.In(i + 2, HalfBreakers))
                    && !((w.Is(i + 2, "full") || w.Is(i + 2, "empty")) && Phrases.IsContent(w, i + 3))) return false;
                if (w.Kind(i + 1) == TokenKind.Number) return false;
            }

            if (OfTimeOrSize(i + 1)) return false;
            first = oneHalf || aHalf ? i - 1 : i;
            value = 50;
            return true;
        }

        // singular third, quarter, fifth ... tenth: needs "a" or "one" before ("a further fifth of children", "another quarter of")
        bool further = i >= 2 && (w.Is(i - 1, "further") || w.Is(i - 1, "additional")) && (w.Is(i - 2, "a") || w.Is(i - 2, "an"))
            || i >= 1 && w.Is(i - 1, "another");
        if (i < 1 || !(w.Is(i - 1, "a") || w.Is(i - 1, "one") || further)) return false;
        if (further && !w.Is(i + 1, "of")) return false;
        first = further && !w.Is(i - 1, "another") ? i - 2 : i - 1;
        value = 100.0 / den;
        if (w.Is(i + 1, "of"))
        {
            if (w.Is(i + 2, "a") || w.Is(i + 2, "an")) return false; // a quarter of an hour, of a century, of a million
            return !OfTimeOrSize(i + 1);
        }

        bool hedged = TryHedge(first, out _, out _) || first >= 1 && (w.Is(first - 1, "by") || w.Is(first - 1, "than"));
        bool joined = first >= 1 && (w.Is(first - 1, "to") || w.Is(first - 1, "and") || w.Is(first - 1, "or"))
            && figures.Count > sentenceFirst && figures[^1].Last == first - 1;
        bool bracketed = first >= 1 && w.Kind(first - 1) == TokenKind.Punctuation && w.Char(first - 1) == '(';
        if (i + 1 >= w.Count) return hedged || joined;
        var nextKind = w.Kind(i + 1);
        if (nextKind == TokenKind.Punctuation)
        {
            char c = w.Char(i + 1);
            if (c is '-' or '‑' or '‘' or '“' or '"' or '\'' or '’') return false;
            return hedged || joined || bracketed;
        }

        if (nextKind != TokenKind.Word) return false;
        if (w.In(i + 1, Auxiliaries) || w.In(i + 1, FiniteVerbs)) return true;

        // "Of 19 contacts seen by the team, a third that should have gone on were closed": a share of a fronted count
        if (w.IsPunct(first - 1, ',') && (w.Is(i + 1, "that") || w.Is(i + 1, "who") || w.Is(i + 1, "which") || w.EndsWith(i + 1, "ed")) && FrontedCountBefore(first - 1)) return true;

        // "One third achieved five good passes", "..., and a quarter moved school": a share opening its clause, then a past verb
        // ("Fewer than a third backed the plan in ...": after a hedge that opens the clause, any past verb)
        int opener = TryHedge(first, out int hedgeAt, out _) ? hedgeAt : first;
        bool opens = opener == 0 || w.Kind(opener - 1) == TokenKind.Punctuation && w.Char(opener - 1) is '.' or ',' or ';' or ':' || w.Is(opener - 1, "and") || w.Is(opener - 1, "but") || w.Is(opener - 1, "while");
        if (opens && w.EndsWith(i + 1, "ed") && w.Kind(i + 2) is TokenKind.Word or TokenKind.Number && (!w.In(i + 2, Prepositions) || opener < first) && !w.Is(i + 2, "by")) return true;
        if (w.Is(i + 1, "to") && (w.Is(i + 2, "a") || w.Is(i + 2, "one") || w.Is(i + 2, "half"))) return true; // a fifth to a quarter
        if ((hedged || joined) && (w.Is(i + 1, "and") || w.Is(i + 1, "or") || w.Is(i + 1, "in") || w.Is(i + 1, "at")))
        {
            return true;
        }

        // "have grown by a third since 2011", "cut by a quarter since March", "fell by a fifth over the decade",
        // "rose by almost a quarter between 2020 and 2024" (a hedge between "by" and the share)
        int byAt = TryHedge(first, out int hedgeFirst, out _) ? hedgeFirst - 1 : first - 1;
        if (byAt >= 0 && w.Is(byAt, "by") && (w.Is(i + 1, "from") || w.Is(i + 1, "since") || w.Is(i + 1, "over") || w.Is(i + 1, "between")
            || w.Is(i + 1, "during") || w.Is(i + 1, "compared") || w.Is(i + 1, "on") || w.Is(i + 1, "last") || w.Is(i + 1, "this")))
        {
            return true;
        }

        return false;
    }

    /// <summary>True when the sentence opens, before the comma at <paramref name="comma"/>, with "Of" and a count ("Of 19 contacts ...", "Of the eight sets ...").</summary>
    private bool FrontedCountBefore(int comma)
    {
        var w = _w;
        int s = comma - 1;
        while (s > 0 && s > comma - 30 && !(w.Kind(s - 1) == TokenKind.Punctuation && w.Char(s - 1) is '.' or ';' or ':' or '!' or '?')) s--;
        if (!w.Is(s, "of") || !w.IsCapitalised(s)) return false;
        int n = w.Is(s + 1, "the") ? s + 2 : s + 1;
        return w.Kind(n) == TokenKind.Number || NumberWords.TryCardinalWord(w.Text(n), out _);
    }

    /// <summary>True when "of" at <paramref name="at"/> is followed by a time or a size ("of the year", "of 2015", "of an hour").</summary>
    private bool OfTimeOrSize(int at)
    {
        var w = _w;
        if (!w.Is(at, "of")) return false;
        int j = at + 1;
        if (w.Kind(j) == TokenKind.Number) return w.IsYearLike(j);

        // "one quarter of year 11 pupils": a school year group, not a stretch of time
        if (w.Is(j, "year") && w.Kind(j + 1) == TokenKind.Number) return false;
        while (j < w.Count && j < at + 3 && w.IsDeterminerAt(j)) j++;
        if (w.Kind(j) != TokenKind.Word) return false;
        if (w.Is(j, "year") || w.Is(j, "month") || w.Is(j, "week") || w.Is(j, "day") || w.Is(j, "term") || w.Is(j, "decade")
            || w.Is(j, "century") || w.Is(j, "hour") || w.Is(j, "season") || w.Is(j, "period") || w.Is(j, "quarter")
            || w.Is(j, "match") || w.Is(j, "game") || w.Is(j, "financial") || w.Is(j, "academic") || w.Is(j, "school") && w.Is(j + 1, "year"))
        {
            return true;
        }

        return w.In(j, TimeWords) && (w.Is(j, "january") || w.Is(j, "february") || w.Is(j, "march") || w.Is(j, "april") || w.Is(j, "june")
            || w.Is(j, "july") || w.Is(j, "august") || w.Is(j, "september") || w.Is(j, "october") || w.Is(j, "november") || w.Is(j, "december"));
    }

    /// <summary>A hedge ending just before <paramref name="at"/>: "nearly", "just over", "more than", "up to".</summary>
    public bool TryHedge(int at, out int first, out PercentageModifier modifier)
    {
        var w = _w;
        foreach (var hedge in Hedges)
        {
            int len = hedge.Words.Length;
            int start = at - len;
            if (start < 0) continue;
            bool match = true;
            for (int k = 0; k < len; k++)
            {
                if (!w.Is(start + k, hedge.Words[k]))
                {
                    match = false;
                    break;
                }
            }

            if (!match) continue;

            // "went up to 60%" is a level reached, not a cap
            if (len == 2 && hedge.Words[0] == "up" && start >= 1 && (w.Is(start - 1, "went") || w.Is(start - 1, "gone") || w.Is(start - 1, "go")
                || w.Is(start - 1, "goes") || w.Is(start - 1, "going") || w.Is(start - 1, "moved") || w.Is(start - 1, "shot")
                || w.Is(start - 1, "climbed") || w.Is(start - 1, "jumped") || w.Is(start - 1, "crept") || w.Is(start - 1, "risen")))
            {
                continue;
            }

            // "has turned around 90% of its families": a verb's particle, not a hedge
            if (len == 1 && hedge.Words[0] == "around" && start >= 1 && (w.Is(start - 1, "turned") || w.Is(start - 1, "turn") || w.Is(start - 1, "turns")
                || w.Is(start - 1, "turning")))
            {
                continue;
            }

            // "some" only as "some 40%" (not "in some 2 cases" - numbers there are not figures anyway)
            first = start;
            modifier = hedge.Modifier;
            return true;
        }

        // "about a 17 percentage point margin", "nearly a 10% rise": the hedge before the article of the figure
        if (at >= 2 && (w.Is(at - 1, "a") || w.Is(at - 1, "an")) && !w.Is(at - 2, "a") && !w.Is(at - 2, "an") && TryHedge(at - 1, out first, out modifier)
            && modifier == PercentageModifier.Approx) return true;

        // "perhaps only 10%": a focus word between the hedge and the figure
        if (at >= 2 && (w.Is(at - 1, "only") || w.Is(at - 1, "just")) && !w.Is(at - 2, "only") && !w.Is(at - 2, "just") && TryHedge(at - 1, out first, out modifier)) return true;

        first = at;
        modifier = default;
        return false;
    }

    private bool TryPostHedge(int at, out int last, out PercentageModifier modifier)
    {
        var w = _w;
        foreach (var hedge in PostHedges)
        {
            if (w.Is(at, hedge.Words[0]) && w.Is(at + 1, hedge.Words[1]))
            {
                // "40% or more of children", but not "40% or more than half"
                if (w.Is(at + 2, "than")) continue;
                last = at + 2;
                modifier = hedge.Modifier;
                return true;
            }
        }

        last = at;
        modifier = default;
        return false;
    }
}
