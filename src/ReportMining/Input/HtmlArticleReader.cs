using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace ReportMining.Input;

/// <summary>
/// Reads the article text of a news page: drops scripts, styles, navigation, page header and
/// footer, asides, forms, cookie banners, newsletter and subscription boxes, share buttons and
/// related-story lists; prefers the <c>&lt;article&gt;</c> (or <c>&lt;main&gt;</c>) holding most of
/// the page's paragraph text; keeps the headline, byline and date, and the paragraphs, with a
/// blank line between blocks. The publication date comes from <c>article:published_time</c> and
/// similar metadata, JSON-LD <c>datePublished</c>, or the article's <c>&lt;time datetime&gt;</c>.
/// </summary>
public static class HtmlArticleReader
{
    private static readonly HashSet<string> DroppedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
        "video", "audio", "picture", "img", "form", "button", "input", "select", "textarea", "label",
        "nav", "aside", "dialog", "menu", "footer", "figcaption", "head", "link", "meta",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figure",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p", "pre",
        "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "caption", "ul", "body", "html",
    };

    private static readonly HashSet<string> DroppedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar",
    };

    // class / id words that mark boilerplate (matched as whole words after splitting on - _ and spaces)
    private static readonly HashSet<string> BoilerplateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "cookie", "cookies", "consent", "gdpr", "newsletter", "newsletters", "subscribe", "subscription", "subscriptions",
        "signup", "share", "sharing", "sharebar", "social", "related", "promo", "promotion", "advert", "adverts",
        "advertisement", "ads", "ad", "sponsored", "paywall", "comments", "comment", "breadcrumb", "breadcrumbs", "nav",
        "navbar", "navigation", "menu", "popup", "modal", "sidebar", "masthead", "footer", "outbrain", "taboola",
        "trending", "mostread", "recommended", "banner", "skip", "tags",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BoilerplateLookup = BoilerplateWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] BoilerplatePhrases =
    [
        "sign up", "subscribe", "newsletter", "advertisement", "share this", "share on", "share article", "follow us",
        "we use cookies", "accept cookies", "cookie policy", "cookie settings", "uses cookies", "all rights reserved",
        "read more", "click here", "related articles", "related stories", "most read", "download our app",
        "support our journalism", "skip to content", "back to top", "copy link",
    ];

    /// <summary>Reads the article of an HTML page.</summary>
    /// <exception cref="ArgumentNullException">When <paramref name="html"/> is null.</exception>
    public static HtmlArticle Read(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false, IsKeepingSourceReferences = false });
        using var document = parser.ParseDocument(html);
        var date = MetadataDate(document);

        var body = document.Body ?? (IElement?)document.DocumentElement;
        if (body is null) return new HtmlArticle(string.Empty, date);
        RemoveBoilerplate(body);

        var root = ChooseRoot(body);
        date ??= TimeDate(root);

        var blocks = new List<string>();
        // headline and byline that the page puts above the article element
        if (!ReferenceEquals(root, body))
        {
            foreach (var extra in LeadElementsOutside(body, root))
                Collect(extra, blocks);
        }

        Collect(root, blocks);
        var text = blocks.Count == 0 ? string.Empty : string.Join("\n\n", blocks) + "\n";
        return new HtmlArticle(text, date);
    }

    private static DateOnly? MetadataDate(IDocument document)
    {
        string[] selectors =
        [
            "meta[property='article:published_time']", "meta[name='article:published_time']",
            "meta[property='og:article:published_time']", "meta[itemprop='datePublished']",
            "meta[name='date']", "meta[name='dc.date']", "meta[name='DC.date.issued']", "meta[name='pubdate']",
            "meta[name='publish-date']", "meta[name='sailthru.date']",
        ];
        foreach (var selector in selectors)
        {
            foreach (var meta in document.QuerySelectorAll(selector))
            {
                if (meta.GetAttribute("content") is { } content && DateParsing.TryParseIsoDate(content, out var d)) return d;
            }
        }

        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            if (JsonLdDate(script.TextContent) is { } d) return d;
        }

        return null;
    }

    private static DateOnly? JsonLdDate(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
            return FindDatePublished(doc.RootElement, 0);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static DateOnly? FindDatePublished(JsonElement element, int depth)
    {
        if (depth > 32) return null;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals("datePublished") && property.Value.ValueKind == JsonValueKind.String
                        && DateParsing.TryParseIsoDate(property.Value.GetString(), out var d))
                        return d;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (FindDatePublished(property.Value, depth + 1) is { } found) return found;
                }

                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindDatePublished(item, depth + 1) is { } found) return found;
                }

                return null;
            default:
                return null;
        }
    }

    private static DateOnly? TimeDate(IElement root)
    {
        var time = root.QuerySelector("time[itemprop='datePublished'][datetime]")
            ?? root.QuerySelector("time[pubdate][datetime]")
            ?? root.QuerySelector("time[datetime]");
        return time?.GetAttribute("datetime") is { } value && DateParsing.TryParseIsoDate(value, out var d) ? d : null;
    }

    private static void RemoveBoilerplate(IElement body)
    {
        var doomed = new List<IElement>();
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (IsBoilerplate(element)) doomed.Add(element);
        }

        foreach (var element in doomed)
        {
            element.Remove(); // removing an already-removed descendant's ancestor is harmless
        }
    }

    private static bool IsBoilerplate(IElement element)
    {
        var tag = element.LocalName;
        if (DroppedTags.Contains(tag)) return true;
        if (tag == "header" && element.Closest("article, main, [role='main']") is null) return true;
        if (element.HasAttribute("hidden")) return true;
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)) return true;
        if (element.GetAttribute("role") is { } role && DroppedRoles.Contains(role.Trim())) return true;
        if (element.GetAttribute("style") is { } style && IsHiddenStyle(style)) return true;
        if (tag is "article" or "main" or "h1" or "body" or "html") return false;
        if (!HasBoilerplateWord(element.GetAttribute("class")) && !HasBoilerplateWord(element.GetAttribute("id"))) return false;

        // a class word is a hint, not proof: never drop what holds the story itself
        if (element.QuerySelector("article, main, h1, [itemprop='articleBody']") is not null) return false;
        return element.TextContent.Length < 2000;
    }

    private static bool IsHiddenStyle(string style)
    {
        var s = style.Replace(" ", string.Empty, StringComparison.Ordinal);
        return s.Contains("display:none", StringComparison.OrdinalIgnoreCase) || s.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasBoilerplateWord(string? value)
    {
        if (string.IsNullOrEmpty(value)) return false;
        foreach (var range in value.AsSpan().SplitAny(" \t\n-_:"))
        {
            var word = value.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            if (word.IsEmpty) continue;
            if (BoilerplateLookup.Contains(word)) return true;
        }

        // "signup", "sign-up" and "sign_up" alike
        return value.Contains("sign-up", StringComparison.OrdinalIgnoreCase) || value.Contains("sign_up", StringComparison.OrdinalIgnoreCase);
    }

    private static IElement ChooseRoot(IElement body)
    {
        int total = ParagraphTextLength(body);
        var candidates = new List<IElement>();
        candidates.AddRange(body.QuerySelectorAll("article").OrderByDescending(ParagraphTextLength));
        candidates.AddRange(body.QuerySelectorAll("[itemprop='articleBody'], main, [role='main']"));
        foreach (var candidate in candidates)
        {
            int length = ParagraphTextLength(candidate);
            if (length > 0 && length * 2 >= total) return candidate;
        }

        return body;
    }

    private static int ParagraphTextLength(IElement element)
    {
        int length = 0;
        foreach (var p in element.QuerySelectorAll("p"))
            length += p.TextContent.Length;
        return length;
    }

    /// <summary>The headline, byline and date elements above the article element when the article itself lacks them.</summary>
    private static IEnumerable<IElement> LeadElementsOutside(IElement body, IElement root)
    {
        var lead = new List<IElement>();
        if (root.QuerySelector("h1") is null && body.QuerySelector("h1") is { } h1 && !root.Contains(h1)) lead.Add(h1);
        bool hasByline = root.QuerySelector("[rel='author'], [itemprop='author'], .byline, .author") is not null;
        if (!hasByline)
        {
            foreach (var byline in body.QuerySelectorAll("[rel='author'], [itemprop='author'], .byline, .author"))
            {
                if (!root.Contains(byline) && !lead.Any(e => e.Contains(byline)) && IsBefore(byline, root)) { lead.Add(byline); break; }
            }
        }

        if (root.QuerySelector("time") is null && body.QuerySelector("time") is { } time && !root.Contains(time)
            && !lead.Any(e => e.Contains(time)) && IsBefore(time, root))
            lead.Add(time);
        lead.Sort(static (a, b) => a == b ? 0 : IsBefore(a, b) ? -1 : 1);
        return lead;
    }

    private static bool IsBefore(INode a, INode b) =>
        (a.CompareDocumentPosition(b) & DocumentPositions.Following) != 0;

    /// <summary>Appends the element's text as blocks: each block-level element its own block, inline text joined, white space collapsed.</summary>
    private static void Collect(IElement element, List<string> blocks)
    {
        var builder = new BlockBuilder(blocks);
        builder.Walk(element, inLink: false, heading: IsHeading(element.LocalName));
        builder.Flush();
    }

    private static bool IsHeading(string tag) => tag.Length == 2 && (tag[0] == 'h' || tag[0] == 'H') && tag[1] is >= '1' and <= '6';

    private sealed class BlockBuilder(List<string> blocks)
    {
        private readonly StringBuilder _text = new();
        private bool _pendingSpace;
        private int _linkChars;
        private bool _heading;

        public void Walk(INode node, bool inLink, bool heading)
        {
            _heading |= heading;
            Walk(node, inLink);
        }

        private void Walk(INode node, bool inLink)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IText text:
                        Append(text.Data, inLink);
                        break;
                    case IElement element:
                        var tag = element.LocalName;
                        if (DroppedTags.Contains(tag)) break;
                        if (tag == "br")
                        {
                            if (_text.Length > 0) _text.Append('\n');
                            _pendingSpace = false;
                            break;
                        }

                        if (BlockTags.Contains(tag))
                        {
                            Flush();
                            _heading = IsHeading(tag);
                            Walk(element, inLink);
                            Flush();
                        }
                        else
                        {
                            if (tag is "td" or "th") _pendingSpace = _text.Length > 0;
                            Walk(element, inLink || element is IHtmlAnchorElement);
                            if (tag is "td" or "th") _pendingSpace = _text.Length > 0;
                        }

                        break;
                }
            }
        }

        private void Append(string data, bool inLink)
        {
            foreach (char c in data)
            {
                if (c is ' ' or '\t' or '\n' or '\r' or '\f')
                {
                    _pendingSpace = _text.Length > 0;
                    continue;
                }

                if (_pendingSpace && _text.Length > 0 && _text[^1] != '\n')
                {
                    _text.Append(' ');
                    if (inLink) _linkChars++;
                }

                _pendingSpace = false;
                _text.Append(c);
                if (inLink) _linkChars++;
            }
        }

        public void Flush()
        {
            int end = _text.Length;
            while (end > 0 && char.IsWhiteSpace(_text[end - 1])) end--;
            if (end > 0)
            {
                var block = _text.ToString(0, end);
                if (!IsBoilerplateBlock(block, _linkChars, _heading)) blocks.Add(block);
            }

            _text.Clear();
            _pendingSpace = false;
            _linkChars = 0;
            _heading = false;
        }
    }

    private static bool IsBoilerplateBlock(string block, int linkChars, bool heading)
    {
        if (block.Length > 160) return false;
        // a short block that is all link text: a menu entry, a tag, "Back to top"
        if (!heading && linkChars * 10 >= block.Length * 9 && block.Length < 100) return true;
        foreach (var phrase in BoilerplatePhrases)
        {
            if (block.Contains(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return block.StartsWith('©');
    }
}
