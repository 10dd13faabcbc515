package io.newsflow.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.ingest.testing.BadInput;
import io.newsflow.model.ArticleId;
import io.newsflow.model.RawArticle;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static final Instant NOW = Instant.parse("2025-02-18T10:00:00Z");

    @TempDir
    Path inbox;

    @TempDir
    Path outside;

    private final ArticleReader reader = new ArticleReader(BadInput.MAX_BYTES, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldTakeInlineDatePrefixAsMetadataGivenSeedOne() throws IOException {
        Path seed = copySeed("001_1d405d6aa1e26848.txt");

        RawArticle article = single(reader.read(inbox, seed));

        assertThat(article.metadata()).containsEntry("date", "2025-02-17");
        assertThat(article.text()).startsWith("Top US and Russian diplomats will meet in Saudi Arabia");
        assertThat(article.id()).isEqualTo(ArticleId.of(article.text()));
    }

    @Test
    void shouldKeepShortFirstLineInTextAndRepeatItAsTitle() throws IOException {
        Path seed = copySeed("003_c9c436f39f886739.txt");

        RawArticle article = single(reader.read(inbox, seed));

        assertThat(article.title()).isEqualTo("US, Russian officials begin meeting in Riyadh");
        assertThat(article.text()).startsWith("US, Russian officials begin meeting in Riyadh\n");
    }

    @Test
    void shouldNotTakeLongLeadParagraphForTitle() throws IOException {
        RawArticle article = single(reader.read(inbox, copySeed("000_aa0f16735758f05d.txt")));

        assertThat(article.title()).isNull();
    }

    @Test
    void shouldFillSourceGivenFileInSubfolder() throws IOException {
        Path file = inbox.resolve("world news/ünïcode ..name.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "Headline\n\nBody of the story.", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2025-02-17T08:30:00Z")));

        RawArticle article = single(reader.read(inbox, file));

        assertThat(article.source().path()).isEqualTo("world news/ünïcode ..name.txt");
        assertThat(article.source().fileName()).isEqualTo("ünïcode ..name.txt");
        assertThat(article.source().sizeBytes()).isEqualTo(Files.size(file));
        assertThat(article.source().modifiedAt()).isEqualTo("2025-02-17T08:30:00Z");
        assertThat(article.source().receivedAt()).isEqualTo("2025-02-18T10:00:00Z");
        assertThat(article.source().contentType()).isEqualTo("text/plain");
        assertThat(article.source().charset()).isEqualTo("UTF-8");
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void shouldMoveHeaderLinesToMetadataAndOutOfText() throws IOException {
        Path file = write("headers.txt", "Title: Talks in Riyadh\nDate: 2025-02-18\nURL: https://example.org/a\n"
                + "Author: Jane Roe\n\nDiplomats met on Tuesday.\nMore text.\n");

        RawArticle article = single(reader.read(inbox, file));

        assertThat(article.title()).isEqualTo("Talks in Riyadh");
        assertThat(article.text()).isEqualTo("Diplomats met on Tuesday.\nMore text.");
        assertThat(article.metadata()).containsEntry("date", "2025-02-18").containsEntry("url",
                "https://example.org/a").containsEntry("author", "Jane Roe");
    }

    @Test
    void shouldReadMarkdownFrontMatterAndHeading() throws IOException {
        Path file = write("story.md", "---\ntitle: \"Quoted title\"\npublished: 2025-02-18T09:00:00Z\n---\n"
                + "# Heading in body\n\nParagraph one.\n");

        RawArticle article = single(reader.read(inbox, file));

        assertThat(article.title()).isEqualTo("Quoted title");
        assertThat(article.metadata()).containsEntry("date", "2025-02-18T09:00:00Z");
        assertThat(article.text()).isEqualTo("# Heading in body\n\nParagraph one.");
        assertThat(article.source().contentType()).isEqualTo("text/markdown");
    }

    @Test
    void shouldExtractArticleTextWithoutFurnitureGivenHtmlPage() throws IOException {
        Path file = write("page.html", """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
                <title>Talks begin | Example News</title>
                <meta property="og:title" content="Talks begin in Riyadh">
                <meta property="article:published_time" content="2025-02-18T08:00:00Z">
                <meta name="author" content="Jane Roe">
                <link rel="canonical" href="https://example.org/world/talks">
                </head><body>
                <nav><a href="/">Home</a> <a href="/world">World</a></nav>
                <div class="ad-slot">Buy now, limited offer for our readers</div>
                <article><h1>Talks begin in Riyadh</h1>
                <p>Top US and Russian diplomats met in Riyadh on Tuesday for talks on their relations.</p>
                <p>Both sides played down the chances of a breakthrough at the first meeting.</p>
                <div class="related-stories"><h3>Related</h3><ul><li><a href="/x">Another story entirely</a></li></ul></div>
                </article>
                <aside>Most read: a list of other things people clicked</aside>
                <footer>Copyright Example News</footer>
                </body></html>
                """);

        RawArticle article = single(reader.read(inbox, file));

        assertThat(article.title()).isEqualTo("Talks begin in Riyadh");
        assertThat(article.text()).isEqualTo("Top US and Russian diplomats met in Riyadh on Tuesday for talks on"
                + " their relations.\n\nBoth sides played down the chances of a breakthrough at the first meeting.");
        assertThat(article.metadata())
                .hasEntrySatisfying("date", date -> assertThat(date).startsWith("2025-02-18T08:00").endsWith("Z"))
                .containsEntry("date.origin", "meta:article:published_time")
                .containsEntry("url", "https://example.org/world/talks")
                .containsEntry("author", "Jane Roe")
                .containsEntry("language", "en");
        assertThat(article.source().contentType()).isEqualTo("text/html");
    }

    @Test
    void shouldHonourDeclaredCharsetGivenLatin1Page() throws IOException {
        Path file = inbox.resolve("latin.htm");
        Files.write(file, ("<html><head><meta charset=\"ISO-8859-1\"></head><body><p>Caf\u00e9 na\u00efve"
                + " r\u00e9sum\u00e9 in M\u00fcnchen, a paragraph long enough.</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1));

        RawArticle article = single(reader.read(inbox, file));

        assertThat(article.text()).contains("Café naïve résumé in München");
        assertThat(article.source().charset()).isEqualTo("ISO-8859-1");
    }

    @Test
    void shouldHonourByteOrderMarkGivenUtf16File() throws IOException {
        Path file = inbox.resolve("wide.txt");
        Files.write(file, "Überschrift\n\nText über München.".getBytes(Charset.forName("UTF-16")));

        RawArticle article = single(reader.read(inbox, file));

        assertThat(article.title()).isEqualTo("Überschrift");
        assertThat(article.source().charset()).isEqualTo("UTF-16BE");
    }

    @Test
    void shouldDetectCharsetAndSayItGivenUndeclaredLegacyText() throws IOException {
        Path file = inbox.resolve("legacy.txt");
        Files.write(file, ("Les négociations à Riyad ont commencé mardi. Les deux côtés ont minimisé les chances"
                + " d'une percée lors de cette première réunion, a déclaré le ministère.")
                .getBytes(Charset.forName("windows-1252")));

        RawArticle article = single(reader.read(inbox, file));

        assertThat(article.text()).contains("négociations à Riyad ont commencé");
        assertThat(article.warnings()).anyMatch(warning -> warning.contains("detected"));
    }

    @Test
    void shouldReadAsUtf8WithoutWarningGivenValidUtf8ThatHoldsAReplacementCharacter() throws IOException {
        Path file = write("replacement.txt", "Der Name war unleserlich (\uFFFD) im Bericht über Erdoğan.");

        RawArticle article = single(reader.read(inbox, file));

        assertThat(article.source().charset()).isEqualTo("UTF-8");
        assertThat(article.text()).contains("(\uFFFD)").contains("Erdoğan");
        assertThat(article.warnings()).isEmpty();
    }

    @Test
    void shouldFlagReplacementCharactersGivenDeclaredCharsetThatLies() throws IOException {
        Path file = inbox.resolve("liar.html");
        byte[] head = "<html><head><meta charset=\"utf-8\"></head><body><p>A long paragraph of news text with one bad byte "
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = " in the middle of it, still readable.</p></body></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] content = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, content, 0, head.length);
        content[head.length] = (byte) 0xC3;
        System.arraycopy(tail, 0, content, head.length + 1, tail.length);
        Files.write(file, content);

        RawArticle article = single(reader.read(inbox, file));

        assertThat(article.warnings()).anyMatch(warning -> warning.contains("replaced with U+FFFD"));
    }

    @Test
    void shouldReadJsonArticleFields() throws IOException {
        Path file = write("a.json", """
                {"headline": "Talks begin", "body": "Diplomats met in Riyadh.", "datePublished": "2025-02-18",
                 "url": "https://example.org/a", "author": {"name": "Jane Roe"}, "language": "en"}
                """);

        RawArticle article = single(reader.read(inbox, file));

        assertThat(article.title()).isEqualTo("Talks begin");
        assertThat(article.text()).isEqualTo("Diplomats met in Riyadh.");
        assertThat(article.metadata()).containsEntry("date", "2025-02-18").containsEntry("author", "Jane Roe")
                .containsEntry("language", "en").containsEntry("url", "https://example.org/a");
        assertThat(article.source().contentType()).isEqualTo("application/json");
    }

    @Test
    void shouldPublishGoodLinesAndListBadOnesGivenJsonLines() throws IOException {
        Path file = write("feed.jsonl", """
                {"title": "One", "text": "First story."}
                {"title": "Two", "text":
                {"title": "Three"}

                {"title": "Four", "text": "Fourth story."}
                """);

        ReadResult result = reader.read(inbox, file);

        assertThat(result.isRejected()).isFalse();
        assertThat(result.articles()).extracting(RawArticle::title).containsExactly("One", "Four");
        assertThat(result.partErrors()).hasSize(2);
        assertThat(result.partErrors().get(0)).startsWith("line 2: malformed JSON");
        assertThat(result.partErrors().get(1)).startsWith("line 3: the object has no article text");
    }

    @Test
    void shouldReadJsonLinesByContentGivenTxtName() throws IOException {
        Path file = write("feed.txt", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");

        assertThat(reader.read(inbox, file).articles()).extracting(RawArticle::text).containsExactly("One.", "Two.");
    }

    @Test
    void shouldReadGzippedFileAsItsInnerFormat() throws IOException {
        Path file = inbox.resolve("page.html.gz");
        Files.write(file, BadInput.gzip("<html><body><p>Compressed news story body.</p></body></html>"
                .getBytes(StandardCharsets.UTF_8)));

        RawArticle article = single(reader.read(inbox, file));

        assertThat(article.text()).isEqualTo("Compressed news story body.");
        assertThat(article.source().contentType()).isEqualTo("text/html");
        assertThat(article.warnings()).contains("decompressed from gzip");
    }

    @Test
    void shouldGiveSameIdGivenSameTextWithDifferentLineEnds() throws IOException {
        RawArticle unix = single(reader.read(inbox, write("unix.txt", "Head\n\nSame story.\n")));
        RawArticle windows = single(reader.read(inbox, write("windows.txt", "Head\r\n\r\nSame story.\r\n")));

        assertThat(windows.id()).isEqualTo(unix.id());
        assertThat(windows.text()).isEqualTo(unix.text());
    }

    @Test
    void shouldRejectAsVanishedGivenFileThatIsGone() {
        ReadResult result = reader.read(inbox, inbox.resolve("gone.txt"));

        assertThat(result.rejection().kind()).isEqualTo(RejectionKind.VANISHED);
    }

    @Test
    void shouldRejectAsUnreadableGivenDirectory() throws IOException {
        Path folder = Files.createDirectory(inbox.resolve("folder.txt"));

        assertThat(reader.read(inbox, folder).rejection().reason()).contains("directory");
    }

    @Test
    void shouldReadLinkThatStaysInsideInbox() throws IOException {
        Path target = write("target.txt", "Linked story text.");
        Path link = Files.createSymbolicLink(inbox.resolve("link.txt"), target);

        assertThat(single(reader.read(inbox, link)).text()).isEqualTo("Linked story text.");
    }

    @TestFactory
    Stream<DynamicTest> shouldRejectEveryKindOfBadInputWithItsReason() {
        List<BadInput> corpus = BadInput.corpus();
        assertThat(corpus.stream().map(BadInput::name).distinct()).hasSizeGreaterThanOrEqualTo(20);
        return corpus.stream().map(bad -> DynamicTest.dynamicTest(bad.name(), () -> {
            Path file = bad.writeInto(inbox, outside);

            ReadResult result = reader.read(inbox, file);

            assertThat(result.isRejected()).as("rejected: %s", result).isTrue();
            assertThat(result.rejection().kind()).as("%s", result.rejection()).isEqualTo(bad.kind());
            assertThat(result.rejection().reason()).containsIgnoringCase(bad.reasonContains());
        }));
    }

    private Path copySeed(String name) throws IOException {
        return Files.copy(Path.of("..", "seeds", name), inbox.resolve(name));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(inbox.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static RawArticle single(ReadResult result) {
        assertThat(result.rejectionIfAny()).isEmpty();
        assertThat(result.articles()).hasSize(1);
        return result.articles().get(0);
    }
}
