using FsCheck;
using FsCheck.Fluent;
using ReportMining.Tests.Support;

namespace ReportMining.Tests.Reliability;

/// <summary>For any string, Analyze returns, every span lies inside the text, every text field equals its slice, values are well formed, and the result is deterministic.</summary>
public class PropertyTests
{
    private static readonly ReportMiner Miner = new();

    // Pieces of the language the extractors trigger on, so that random strings reach deep into them.
    private static readonly string[] Pieces =
    [
        "“", "”", "\"", "‘", "’", "'", "%", " per cent", "half of ", "one in five ", "17 March to 21 March 2025", "July 10-11",
        "Monday, March 16, 2020", "in six months", "last year", "2019-20", "1/06/2015 – 25/06/2015", "good", "Good",
        "requires improvement to be good", "inadequate", "Outstanding", "raised from inadequate to good", "said", " he said",
        "according to ", "Inspection dates:", "Lead inspector:", "Judgement\n\nGrade\n\n", "Overall effectiveness\n\n",
        "◼ ", "\uF06E ", "\f", "\n", "\n\n", " ", ". ", "Mr. ", "12. ", "\u00AD", "-\n", "\uD800", "\uDC00", "\0", "\r\n",
        "Croydon Council", "the council", "social workers", "children in care", "care leavers", "40%", "80%", "nearly ",
    ];

    private static Arbitrary<string> ReportLike() =>
        Gen.Choose(0, 60)
            .SelectMany(n => Gen.ArrayOf(Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? string.Empty)), n))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    private static Arbitrary<string> Alphabet(string alphabet, int max) =>
        Gen.Choose(0, max).SelectMany(n => Gen.ArrayOf(Gen.Elements(alphabet.ToCharArray()), n)).Select(cs => new string(cs)).ToArbitrary();

    private static bool Holds(string text)
    {
        text ??= string.Empty;
        var first = Miner.Analyze(text);
        var problems = AnalysisInvariants.Problems(text, first);
        if (problems.Count > 0) throw new Xunit.Sdk.XunitException(string.Join("\n", problems) + "\nfor input: " + Escape(text));
        var second = Miner.Analyze(text);
        if (AnalysisInvariants.Json(first) != AnalysisInvariants.Json(second)) throw new Xunit.Sdk.XunitException("not deterministic for input: " + Escape(text));
        return true;
    }

    private static string Escape(string s) => System.Text.Json.JsonSerializer.Serialize(s.Length > 400 ? s[..400] : s);

    private static void Check(Arbitrary<string> arb, int count = 300) =>
        FsCheck.Check.One(Config.QuickThrowOnFailure.WithMaxTest(count), Prop.ForAll(arb, Holds));

    [Fact]
    public void Any_unicode_string() => Check(ArbMap.Default.ArbFor<string>(), 500);

    [Fact]
    public void Report_like_strings_built_from_trigger_pieces() => Check(ReportLike(), 500);

    [Fact]
    public void Only_quote_marks() => Check(Alphabet("\"“”‘’'«» \n", 200));

    [Fact]
    public void Only_digits_and_percent_signs() => Check(Alphabet("0123456789%.,-/ ", 200));

    [Fact]
    public void Control_characters_and_unpaired_surrogates() =>
        Check(Alphabet("\0\u0001\u0007\b\t\n\v\f\r\u001B\u007F\u0085\u2028\u2029\uD800\uDBFF\uDC00\uDFFF\uFFFE\uFEFFa .", 200));

    [Fact]
    public void No_whitespace_at_all() => Check(Alphabet("abcXYZgood%“”'.,:;-0123456789", 300));
}
