using ReportMining.Input;

namespace ReportMining.Tests.Input;

public class HtmlArticleReaderTests
{
    // A news page written for the project, with the boilerplate real pages carry.
    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Fenmoor children's services rated good | The Fenmoor Gazette</title>
          <meta property="article:published_time" content="2021-06-04T08:30:00+01:00">
          <style>.promo { color: red }</style>
          <script>window.dataLayer = [{ page: "news" }];</script>
        </head>
        <body>
          <div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. <button>Accept all</button></div>
          <header class="site-header"><a href="/">The Fenmoor Gazette</a>
            <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          </header>
          <main>
            <article>
              <header>
                <h1>Fenmoor children's services rated &lsquo;good&rsquo; by Ofsted</h1>
                <p class="byline">By <a rel="author" href="/staff/ada">Ada Brennan</a></p>
                <time datetime="2021-06-04T08:30:00+01:00">Friday, June 4, 2021</time>
              </header>
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
              <p>Children's services at Fenmoor Council have been rated
                 <strong>good</strong> by Ofsted, two years after they were found
                 <em>inadequate</em>.</p>
              <figure><img src="team.jpg" alt="Staff"><figcaption>The family support team. Picture: Gazette</figcaption></figure>
              <p>Inspectors said leaders had "a clear grip" on practice.<br>The report was published on Thursday.</p>
              <aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Council budget set</a></li></ul></aside>
              <div class="newsletter-signup"><p>Sign up to our daily newsletter</p><form><input type="email"></form></div>
              <blockquote>We are proud of our social workers, said director Tom Okafor.</blockquote>
              <ul><li>Help and protection: good</li><li>Children in care: good</li></ul>
              <footer><p>Tags: <a href="/t/ofsted">Ofsted</a></p></footer>
            </article>
          </main>
          <aside><h2>Most read</h2><ol><li><a href="/x">Road closed</a></li></ol></aside>
          <footer class="site-footer"><p>&copy; 2021 Gazette Media. All rights reserved.</p></footer>
          <script>trackPage();</script>
        </body>
        </html>
        """;

    [Fact]
    public void Keeps_headline_byline_date_and_paragraphs_in_order_with_blank_lines_between()
    {
        var article = HtmlArticleReader.Read(NewsPage);
        article.Text.Should().Be(
            "Fenmoor children's services rated ‘good’ by Ofsted\n\n" +
            "By Ada Brennan\n\n" +
            "Friday, June 4, 2021\n\n" +
            "Children's services at Fenmoor Council have been rated good by Ofsted, two years after they were found inadequate.\n\n" +
            "Inspectors said leaders had \"a clear grip\" on practice.\nThe report was published on Thursday.\n\n" +
            "We are proud of our social workers, said director Tom Okafor.\n\n" +
            "Help and protection: good\n\n" +
            "Children in care: good\n");
    }

    [Fact]
    public void Drops_scripts_styles_navigation_cookies_share_buttons_newsletters_and_footers()
    {
        var text = HtmlArticleReader.Read(NewsPage).Text;
        foreach (var boilerplate in new[] { "dataLayer", "color: red", "cookies", "Accept all", "Sport", "Share on", "Related stories", "Sign up", "Most read", "All rights reserved", "Picture: Gazette", "trackPage", "Tags:" })
            text.Should().NotContain(boilerplate);
    }

    [Fact]
    public void Publication_date_comes_from_the_metadata()
    {
        HtmlArticleReader.Read(NewsPage).PublishedDate.Should().Be(new DateOnly(2021, 6, 4));
    }

    [Fact]
    public void Publication_date_falls_back_to_json_ld_then_to_the_article_time_element()
    {
        const string jsonLd = """
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2019-08-02T10:00:00Z"}]}</script></head>
            <body><article><h1>Marshfield improves</h1><p>Marshfield's services are improving, inspectors found.</p></article></body></html>
            """;
        HtmlArticleReader.Read(jsonLd).PublishedDate.Should().Be(new DateOnly(2019, 8, 2));

        const string timeOnly = """
            <html><body><article><h1>Marshfield improves</h1><time datetime="2019-08-03">3 August</time>
            <p>Marshfield's services are improving, inspectors found.</p></article></body></html>
            """;
        HtmlArticleReader.Read(timeOnly).PublishedDate.Should().Be(new DateOnly(2019, 8, 3));

        HtmlArticleReader.Read("<p>No date anywhere on this page about Marshfield.</p>").PublishedDate.Should().BeNull();
    }

    [Fact]
    public void Prefers_the_article_holding_the_story_over_teasers_and_takes_the_headline_above_it()
    {
        const string page = """
            <html><body>
            <div class="page-title"><h1>Ofsted upgrades Brackenford</h1><span class="byline">Sam Idowu</span></div>
            <article class="teaser"><p>Short teaser about another council.</p></article>
            <article class="story">
              <p>Brackenford's children's services have moved from requires improvement to good.</p>
              <p>The council said the result reflected years of work by its staff and partners.</p>
            </article>
            </body></html>
            """;
        var text = HtmlArticleReader.Read(page).Text;
        text.Should().Be(
            "Ofsted upgrades Brackenford\n\nSam Idowu\n\n" +
            "Brackenford's children's services have moved from requires improvement to good.\n\n" +
            "The council said the result reflected years of work by its staff and partners.\n");
    }

    [Fact]
    public void Without_an_article_element_the_body_is_read_without_its_boilerplate()
    {
        const string page = """
            <html><body>
            <nav><a href="/">Home</a></nav>
            <div class="content"><h2>Update from Dunhollow</h2><p>The monitoring visit in March found progress.</p></div>
            <div class="social-share"><a href="#">Tweet</a></div>
            <p style="display:none">hidden tracking text</p>
            <div hidden>also hidden</div>
            </body></html>
            """;
        HtmlArticleReader.Read(page).Text.Should().Be("Update from Dunhollow\n\nThe monitoring visit in March found progress.\n");
    }

    [Fact]
    public void A_class_word_does_not_remove_the_story_itself()
    {
        // "share" appears in the class of the element holding the whole story
        const string page = """
            <html><body><div class="story share-enabled"><h1>Eastholme rated good</h1>
            <p>Eastholme's services for care leavers were praised by inspectors in the report.</p></div></body></html>
            """;
        HtmlArticleReader.Read(page).Text.Should().Contain("care leavers were praised");
    }

    [Fact]
    public void Malformed_markup_and_entities_are_read()
    {
        var text = HtmlArticleReader.Read("<p>Caseloads fell by 12&percnt; &amp; vacancies&nbsp;halved<p>Second <b>unclosed paragraph");
        text.Text.Should().Be("Caseloads fell by 12% & vacancies\u00A0halved\n\nSecond unclosed paragraph\n");
    }

    [Fact]
    public void A_page_of_boilerplate_only_gives_no_text()
    {
        HtmlArticleReader.Read("<html><body><nav>Home</nav><script>x()</script><footer>© 2020</footer></body></html>").Text.Should().BeEmpty();
    }
}
