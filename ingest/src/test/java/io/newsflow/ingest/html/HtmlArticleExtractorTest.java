package io.newsflow.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {

    private static final String BASE = "file:///page.html";

    @Test
    void shouldReadArticleTextGivenStoryBodyInWrapperNamedLikeFurniture() {
        String html = """
                <html><head><title>Golf days</title></head><body>
                <section class="feed">
                  <article class="story"><h2><a href="/1"><p>Golf days</p></a></h2>
                    <div class="sr-body-share-wrapper"><div class="sr-text">
                      <p>The president kicked off the year the same way he spent a quarter of the last one.</p>
                      <p>He visited one of his golf resorts at least 86 days in 2019, by one count.</p>
                    </div></div></article>
                  <article class="story"><h2><a href="/2"><p>Another story</p></a></h2>
                    <div class="sr-body-share-wrapper"><div class="sr-text">
                      <p>A much longer story about something else entirely, which is not what this page is about,
                      and which goes on for quite a while to be the longest of the stories in the feed.</p>
                    </div></div></article>
                </section></body></html>
                """;

        HtmlArticle page = HtmlArticleExtractor.extract(html, BASE);

        assertThat(page.text()).startsWith("The president kicked off the year").contains("at least 86 days")
                .doesNotContain("something else entirely");
    }

    @Test
    void shouldReadArticleTextGivenBodyInDivsRatherThanParagraphs() {
        String html = """
                <html><head><title>Exports fall</title></head><body>
                <div class="col"><p><a href="/markets">Markets close higher on hopes of a trade deal</a></p></div>
                <article><div class="social-sharing"><p>Share :</p></div>
                  <div class="post-content">
                    <div>Exports fell for a sixth month in a row in January, the trade figures show.</div>
                    <div>Imports fell too, by 0.7 percent, the smallest drop in a year.</div>
                  </div></article></body></html>
                """;

        HtmlArticle page = HtmlArticleExtractor.extract(html, BASE);

        assertThat(page.text()).contains("Exports fell for a sixth month in a row")
                .contains("Imports fell too").doesNotContain("Markets");
    }

    @Test
    void shouldFallBackToThePageSummaryGivenNoTextInTheBody() {
        String html = """
                <html><head><title>Short</title>
                <meta property="og:description" content="Talks in Riyadh resumed on Tuesday, officials said.">
                </head><body><nav><a href="/">Home</a></nav></body></html>
                """;

        assertThat(HtmlArticleExtractor.extract(html, BASE).text())
                .isEqualTo("Talks in Riyadh resumed on Tuesday, officials said.");
    }

    @Test
    void shouldFindNoTextGivenPageOfOnlyScriptsAndNavigation() {
        String html = """
                <html><head><title>Menu</title><script>var challenge = 'a long script that is not text';</script>
                </head><body><nav><ul><li><a href="/a">Home</a></li></ul></nav>
                <footer>Copyright the publisher, all rights reserved</footer></body></html>
                """;

        assertThat(HtmlArticleExtractor.extract(html, BASE).text()).isEmpty();
    }
}
