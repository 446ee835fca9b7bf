using ReportMining.Text;

namespace ReportMining.Tests.Text;

public class TokenizerTests
{
    private static (string Text, TokenKind Kind)[] Tokens(string text)
    {
        var list = new List<(string, TokenKind)>();
        foreach (var t in Tokenizer.Tokenize(text)) list.Add((text.Substring(t.Start, t.Length), t.Kind));
        return list.ToArray();
    }

    [Fact]
    public void Words_keep_inner_apostrophes_and_hyphens()
    {
        Tokens("Children’s multi-agency hub isn't").Select(t => t.Text)
            .Should().Equal("Children’s", "multi-agency", "hub", "isn't");
    }

    [Fact]
    public void Numbers_keep_decimals_and_thousands_but_not_trailing_stops()
    {
        Tokens("60,000 articles, 4.5% and 2019.").Should().Equal(
            ("60,000", TokenKind.Number), ("articles", TokenKind.Word), (",", TokenKind.Punctuation),
            ("4.5", TokenKind.Number), ("%", TokenKind.Punctuation), ("and", TokenKind.Word),
            ("2019", TokenKind.Number), (".", TokenKind.Punctuation));
    }

    [Fact]
    public void Offsets_are_shifted_by_the_given_base()
    {
        var first = Tokenizer.Tokenize("  good", 100);
        first.MoveNext().Should().BeTrue();
        first.Current.Should().Be(new Token(102, 4, TokenKind.Word));
        first.MoveNext().Should().BeFalse();
    }

    [Fact]
    public void Surrogate_pairs_are_one_token_and_lone_surrogates_do_not_break_it()
    {
        Tokens("ok 😀 \uD800 end").Select(t => t.Text).Should().Equal("ok", "😀", "\uD800", "end");
    }
}
