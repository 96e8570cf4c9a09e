using System.Runtime.CompilerServices;
using ReportGen.Booklet;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Layout.Fonts;
using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;
using ReportGen.Layout.Text;
using ReportGen.Templating.Documents;

namespace ReportGen.EndToEnd.Tests.Structure;

/// <summary>
/// A booklet's elements are built from its documents' Markdown trees before the first page, and the layout reads only
/// them: once the composer says the documents are read, nothing of the booklet may hold a tree, or a thick booklet keeps
/// it alive to its last page. A long table (rows made again as the table reaches them) is what held it before.
/// </summary>
public sealed class MarkdownTreeLifetimeTests
{
    private const int Rows = 400;

    [Fact]
    public void Trees_ReadByTheComposer_AreNotHeldWhileItsPagesAreLaidOut()
    {
        var meeting = DataLoader.LoadDirectory(ReportGen.Tests.RepositoryRoot.Of("seeds")).Meetings.OrderBy(m => m.Id, StringComparer.Ordinal).First();
        var markdown = "# DANH SÁCH\n\n| STT | Họ và tên | Đơn vị |\n|---:|---|---|\n" +
            string.Concat(Enumerable.Range(1, Rows).Select(i => $"| {i} | Nguyễn Văn Người{i} | [Xã số {i}](https://xa{i}.example.vn/) |\n"));
        var document = new RenderedDocument("danh-sach", DocumentKind.Report, markdown) { Annex = "## Phụ lục\n\nMột đoạn.\n" };
        var theme = new BookletTheme();
        using var fonts = FontLibrary.Load(theme.Fonts.Stack, []);
        var composer = new BookletComposer(new TextShaper(fonts), theme);
        var read = 0;
        var sink = new CollectingSink(onPage: 3) { Body = WeakBody(document), Annex = WeakAnnex(document) };

        var pages = composer.Compose(meeting, [document], sink: sink, documentsRead: () =>
        {
            read++;
            document.ForgetTrees();
        });

        Assert.Equal(1, read);
        Assert.True(pages.Count >= 8, $"{pages.Count} pages");
        Assert.True(sink.Collected, "page 3 never came");
        Assert.False(sink.BodyAlive, "the document's tree was still held on page 3");
        Assert.False(sink.AnnexAlive, "the annex's tree was still held on page 3");
    }

    [Fact]
    public void TheProbe_SeesATreeStillHeld()
    {
        var document = new RenderedDocument("danh-sach", DocumentKind.Report, "# Một\n\nĐoạn văn.\n");
        var tree = WeakBody(document);

        Collect();

        Assert.True(tree.IsAlive); // the document still holds it
        document.ForgetTrees();
        Collect();
        Assert.False(tree.IsAlive);
    }

    // In calls of their own, so that no local or temporary of the test holds the tree.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference WeakBody(RenderedDocument document) => new(document.MarkdownTree());

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference WeakAnnex(RenderedDocument document) => new(document.AnnexTree());

    private static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }

    /// <summary>Takes the pages; on page <c>onPage</c>, collects and notes whether the trees are alive.</summary>
    private sealed class CollectingSink(int onPage) : IPageSink
    {
        public WeakReference? Body { get; set; }

        public WeakReference? Annex { get; set; }

        public bool Collected { get; private set; }

        public bool BodyAlive { get; private set; }

        public bool AnnexAlive { get; private set; }

        public void Add(Page page)
        {
            if (page.Number == onPage)
            {
                Collect();
                Collected = true;
                BodyAlive = Body?.IsAlive ?? false;
                AnnexAlive = Annex?.IsAlive ?? false;
            }
        }

        public void Restart()
        {
        }
    }
}
