namespace ReportMining.Input;

/// <summary>The article read from an HTML page by <see cref="HtmlArticleReader"/>.</summary>
/// <param name="Text">Headline, byline and date lines, then the paragraphs, with a blank line between blocks.</param>
/// <param name="PublishedDate">The publication date from the page's metadata or its <c>&lt;time datetime&gt;</c>, when there is one.</param>
public sealed record HtmlArticle(string Text, DateOnly? PublishedDate);
