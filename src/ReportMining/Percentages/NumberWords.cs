using System.Globalization;

namespace ReportMining.Percentages;

/// <summary>
/// Numbers written in words and fraction words, read from spans without allocating:
/// cardinals ("four", "forty", "forty-four", "ninety two", "a hundred") and the denominators of
/// proportions ("half", "a third", "two thirds", "three-quarters", "a fifth").
/// </summary>
/// <remarks>
/// Internal to the percentages stage. The dates stage may keep a reader of its own; a shared
/// one would live in <c>Text/</c>.
/// </remarks>
internal static class NumberWords
{
    private static readonly string[] Units =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
    ];

    private static readonly string[] Tens =
    [
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];

    /// <summary>Ordinal denominators (singular) from 2 to 10: "half" is 2, "quarter" 4.</summary>
    private static readonly string[] Denominators =
    [
        "", "", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    ];

    private static readonly string[] PluralDenominators =
    [
        "", "", "halves", "thirds", "quarters", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths",
    ];

    /// <summary>
    /// Reads one word as a cardinal below 100: "seven", "forty", "forty-four", "ninety‑two".
    /// "nought" and "nil" read as zero.
    /// </summary>
    public static bool TryCardinalWord(ReadOnlySpan<char> word, out int value)
    {
        value = 0;
        if (word.IsEmpty || word.Length > 16) return false;
        Span<char> clean = stackalloc char[word.Length];
        int n = Clean(word, clean);
        var w = clean[..n];
        int dash = w.IndexOfAny('-', '‑');
        if (dash > 0)
        {
            if (!TryTens(w[..dash], out int tens) || !TryUnit(w[(dash + 1)..], out int unit) || unit is 0 or > 9) return false;
            value = tens + unit;
            return true;
        }

        if (TryUnit(w, out value)) return true;
        if (TryTens(w, out value)) return true;
        if (w.Equals("nought", StringComparison.OrdinalIgnoreCase) || w.Equals("nil", StringComparison.OrdinalIgnoreCase))
        {
            value = 0;
            return true;
        }

        return false;
    }

    /// <summary>True for "twenty" to "ninety" (value is the tens).</summary>
    public static bool TryTens(ReadOnlySpan<char> word, out int value)
    {
        for (int i = 2; i < Tens.Length; i++)
        {
            if (word.Equals(Tens[i], StringComparison.OrdinalIgnoreCase))
            {
                value = i * 10;
                return true;
            }
        }

        value = 0;
        return false;
    }

    /// <summary>True for "zero" to "nineteen".</summary>
    public static bool TryUnit(ReadOnlySpan<char> word, out int value)
    {
        for (int i = 0; i < Units.Length; i++)
        {
            if (word.Equals(Units[i], StringComparison.OrdinalIgnoreCase))
            {
                value = i;
                return true;
            }
        }

        value = 0;
        return false;
    }

    /// <summary>True for "hundred".</summary>
    public static bool IsHundred(ReadOnlySpan<char> word) => word.Equals("hundred", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads a fraction denominator: "half" (2), "third" (3) ... "tenth" (10); plural forms
    /// ("thirds", "quarters") set <paramref name="plural"/>.
    /// </summary>
    public static bool TryDenominator(ReadOnlySpan<char> word, out int denominator, out bool plural)
    {
        for (int i = 2; i < Denominators.Length; i++)
        {
            if (word.Equals(Denominators[i], StringComparison.OrdinalIgnoreCase))
            {
                denominator = i;
                plural = false;
                return true;
            }

            if (word.Equals(PluralDenominators[i], StringComparison.OrdinalIgnoreCase))
            {
                denominator = i;
                plural = true;
                return true;
            }
        }

        denominator = 0;
        plural = false;
        return false;
    }

    /// <summary>
    /// Reads a hyphenated fraction word: "two-thirds" (2, 3), "one-quarter" (1, 4),
    /// "three-quarters" (3, 4), "one-half" (1, 2).
    /// </summary>
    public static bool TryHyphenatedFraction(ReadOnlySpan<char> word, out int numerator, out int denominator)
    {
        numerator = 0;
        denominator = 0;
        if (word.Length > 24) return false;
        Span<char> clean = stackalloc char[word.Length];
        int n = Clean(word, clean);
        var w = clean[..n];
        int dash = w.IndexOfAny('-', '‑');
        if (dash <= 0 || w[(dash + 1)..].IndexOfAny('-', '‑') >= 0) return false;
        if (!TryUnit(w[..dash], out numerator) || numerator is 0 or > 9) return false;
        if (!TryDenominator(w[(dash + 1)..], out denominator, out bool plural)) return false;
        if (plural != numerator > 1 || numerator >= denominator) return false;
        return true;
    }

    /// <summary>
    /// Parses digits as written in a report: "40", "4.5", "1,250" (comma as thousands
    /// separator).
    /// </summary>
    public static bool TryDigits(ReadOnlySpan<char> token, out double value)
    {
        value = 0;
        if (token.IsEmpty || token.Length > 24) return false;
        Span<char> buffer = stackalloc char[token.Length];
        int n = 0;
        foreach (char c in token)
        {
            if (c == ',') continue;
            if (c is not (>= '0' and <= '9' or '.')) return false;
            buffer[n++] = c;
        }

        return double.TryParse(buffer[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Copies <paramref name="word"/> without soft hyphens; curly apostrophes become straight.</summary>
    public static int Clean(ReadOnlySpan<char> word, Span<char> into)
    {
        int n = 0;
        foreach (char c in word)
        {
            if (c == '\u00AD') continue;
            into[n++] = c == '’' ? '\'' : c;
        }

        return n;
    }
}
