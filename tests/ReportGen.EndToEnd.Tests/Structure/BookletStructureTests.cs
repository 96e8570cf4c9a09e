using System.Globalization;
using ReportGen.Booklet;
using ReportGen.Layout.Output;

namespace ReportGen.EndToEnd.Tests.Structure;

/// <summary>
/// The logical structure (tagged PDF) of the composed booklets, checked on the page data before any PDF writer:
/// every item tagged or an artifact of a sensible kind, headings without skipped levels, tables headed by TH,
/// figures described by their numbers, the contents a TOC of links, and the tree read in the pages' order.
/// Seeds and corpus meetings; the expectations come from PDF/UA-1 and booklet-conventions.md, not from the output.
/// </summary>
public sealed class BookletStructureTests(ComposedBooklets booklets) : IClassFixture<ComposedBooklets>
{
    public static TheoryData<string> Seeds() => ["y-yen-2021", "xuan-truong-2021"];

    [Fact]
    public void EveryItem_IsTaggedOrAnArtifactOfItsKind()
    {
        foreach (var (name, pages) in booklets.All)
        {
            _ = new StructureWalk(pages); // one tree per booklet
            foreach (var page in pages)
            {
                foreach (var item in page.Items)
                {
                    var where = $"{name}, page {page.Number}: {item.GetType().Name} {(item as GlyphRun)?.Text}";
                    switch (item)
                    {
                        case GlyphRun run when run.Structure is null:
                            // Only furniture and dot leaders are not content; body text never is.
                            var furniture = run.Artifact is ArtifactKind.Pagination or ArtifactKind.Watermark;
                            var leaders = run.Artifact == ArtifactKind.Layout && run.Text.All(c => c == '.');
                            Assert.True(furniture || leaders, where);
                            break;
                        case LinkArea or InternalLink:
                            Assert.Equal(StructureRole.Link, item.Structure?.Role);
                            break;
                        case ChartFrame or ImageItem:
                            Assert.Equal(StructureRole.Figure, item.Structure?.Role);
                            break;
                        case LineSegment or FilledRectangle when item.Structure is not null:
                            // Drawn shapes are content only inside a figure (bars, axes, a QR code).
                            Assert.True(StructureWalk.IsWithin(item.Structure, e => e.Role == StructureRole.Figure), where);
                            break;
                    }
                }
            }
        }
    }

    [Fact]
    public void EveryElementThatShowsSomething_HasItsItems_SoNoPassMadeElementsTwice()
    {
        // Elements made while drawing would be made again by each layout pass (the contents' first pass, when it is
        // needed): the copies made by a pass that draws nothing would stand in the tree without a single item.
        var showing = new[]
        {
            StructureRole.Part, StructureRole.Sect, StructureRole.Div, StructureRole.P, StructureRole.L, StructureRole.Lbl, StructureRole.Link,
            StructureRole.Span, StructureRole.Table, StructureRole.Figure, StructureRole.Caption, StructureRole.TOC,
        };
        foreach (var (name, pages) in booklets.All)
        {
            var walk = new StructureWalk(pages);
            foreach (var element in walk.Elements.Where(e => showing.Contains(e.Role) || StructureWalk.IsHeading(e)))
            {
                Assert.True(StructureWalk.Descendants(element).Any(e => walk.ItemsOf(e).Count > 0), $"{name}: an empty {element.Role} in {element.Parent?.Role}");
            }
        }
    }

    [Fact]
    public void PageNumbersAndFooter_ArePagination_AndTheDraftMarkAWatermark()
    {
        foreach (var (name, pages) in booklets.All)
        {
            var numbered = 0;
            foreach (var page in pages.Where(p => p.Number >= 2))
            {
                var number = page.Number.ToString(CultureInfo.InvariantCulture);
                // The number centred in the top margin (the cover and the back cover carry none).
                var runs = page.Items.OfType<GlyphRun>().Where(r => r.Text == number && r.Baseline < page.Size.Height * 0.08f).ToList();
                Assert.All(runs, r => Assert.Equal((null, ArtifactKind.Pagination), (r.Structure, r.Artifact)));
                numbered += runs.Count;
            }
            Assert.True(numbered >= pages.Count - 3, $"{name}: {numbered} numbers on {pages.Count} pages");
        }
        var draft = booklets.Seeds.Values.SelectMany(p => p).SelectMany(p => p.Items).OfType<GlyphRun>()
            .Where(r => r.Text.StartsWith("DỰ THẢO", StringComparison.Ordinal)).ToList();
        Assert.All(draft, r => Assert.Equal(ArtifactKind.Watermark, r.Artifact));
    }

    [Fact]
    public void Headings_NeverSkipALevel_InSeedsAndCorpus()
    {
        foreach (var (name, pages) in booklets.All)
        {
            var walk = new StructureWalk(pages);
            var levels = walk.Elements.Where(StructureWalk.IsHeading).Select(StructureWalk.HeadingLevel).ToList();
            Assert.True(levels.Count > 2, name);
            Assert.Equal(1, levels[0]);
            for (var i = 1; i < levels.Count; i++)
            {
                Assert.True(levels[i] <= levels[i - 1] + 1, $"{name}: H{levels[i - 1]} followed by H{levels[i]}");
            }
            // Every heading shows its text, once: the passes that learn the contents' pages make no elements.
            Assert.All(walk.Elements.Where(StructureWalk.IsHeading), h => Assert.NotEmpty(walk.ItemsOf(h)));
        }
    }

    [Fact]
    public void Report_HasItsTitleAsH1_ItsRomanSectionsAsH2_AndItsNumberedFieldsAsH3()
    {
        var walk = new StructureWalk(booklets.Seeds["y-yen-2021"]);
        var report = walk.Root.Children.First(p => p.Role == StructureRole.Part && walk.TextOf(p).Contains("BÁO CÁO", StringComparison.Ordinal));
        var headings = StructureWalk.Descendants(report).Where(StructureWalk.IsHeading).Select(h => (h.Role, Text: walk.TextOf(h))).ToList();
        Assert.Equal((StructureRole.H1, "BÁO CÁO"), headings[0]);
        Assert.Contains(headings, h => h.Role == StructureRole.H2 && h.Text.StartsWith("I. KẾT QUẢ", StringComparison.Ordinal));
        Assert.Contains(headings, h => h.Role == StructureRole.H3 && h.Text.StartsWith("1. ", StringComparison.Ordinal));
        // The indicator appendix, in its own section of the report's part, starts at H1 again.
        var appendix = report.Children.Single(c => c.Title == BookletComposer.AppendixTitle);
        Assert.Equal(StructureRole.H1, StructureWalk.Descendants(appendix).First(StructureWalk.IsHeading).Role);
    }

    [Fact]
    public void Booklet_IsADocument_OfCoverContentsPartsPerDocument()
    {
        foreach (var (id, pages) in booklets.Seeds)
        {
            var walk = new StructureWalk(pages);
            Assert.Equal(StructureRole.Document, walk.Root.Role);
            var kids = walk.Root.Children;
            Assert.Equal((StructureRole.Sect, "Bìa"), (kids[0].Role, kids[0].Title));
            Assert.Equal((StructureRole.Sect, BookletComposer.ContentsSectionTitle), (kids[1].Role, kids[1].Title));
            var parts = kids.Skip(2).ToList();
            Assert.All(parts, p => Assert.Equal(StructureRole.Part, p.Role));
            Assert.All(parts, p => Assert.False(string.IsNullOrWhiteSpace(p.Title), id));
            Assert.Contains(parts, p => p.Title!.StartsWith("Báo cáo", StringComparison.Ordinal));
            // The cover's title is the booklet's first heading.
            Assert.Equal(StructureRole.H1, walk.Elements.First(StructureWalk.IsHeading).Role);
            Assert.Same(kids[0], walk.Elements.First(StructureWalk.IsHeading).Parent);
        }
    }

    [Fact]
    public void Tables_HaveTheirHeaderRowAsColumnTH_AndTheRestAsTD_TaggedOnceThoughRepeated()
    {
        foreach (var (name, pages) in booklets.All)
        {
            var walk = new StructureWalk(pages);
            var tables = walk.Elements.Where(e => e.Role == StructureRole.Table).ToList();
            Assert.NotEmpty(tables);
            foreach (var table in tables)
            {
                Assert.All(table.Children, r => Assert.Equal(StructureRole.TR, r.Role));
                var first = table.Children[0];
                Assert.All(first.Children, c => Assert.Equal((StructureRole.TH, HeaderScope.Column), (c.Role, c.Scope)));
                Assert.All(table.Children.Skip(1).SelectMany(r => r.Children), c => Assert.Equal(StructureRole.TD, c.Role));
                Assert.All(table.Children, r => Assert.Equal(first.Children.Count, r.Children.Count));
                // A header cell's words stand on the page where the table starts; repeated ones are artifacts.
                Assert.All(first.Children, th => Assert.True(walk.ItemsOf(th).Select(i => i.Page).Distinct().Count() <= 1, name));
            }
        }
        // Some table does run onto a second page, repeating its header there as pagination artifacts.
        var repeated = booklets.All.SelectMany(b => b.Pages).SelectMany(p => p.Items).OfType<GlyphRun>()
            .Where(r => r.Structure is null && r.Artifact == ArtifactKind.Pagination && r.Text == "STT");
        Assert.NotEmpty(repeated);
    }

    [Fact]
    public void Figures_HaveAltText_StatingEachBarsValue()
    {
        var charts = 0;
        foreach (var (name, pages) in booklets.All)
        {
            var walk = new StructureWalk(pages);
            var meeting = booklets.Meetings[name.Split(' ')[0]];
            foreach (var figure in walk.Elements.Where(e => e.Role == StructureRole.Figure))
            {
                Assert.False(string.IsNullOrWhiteSpace(figure.AlternativeText), name);
                if (walk.ItemsOf(figure).Select(i => i.Item).OfType<ChartFrame>().SingleOrDefault() is not { } frame)
                {
                    continue; // the QR code on the back cover
                }
                charts++;
                var spec = ChartFactory.Create(meeting, frame.Name)!;
                Assert.StartsWith("Biểu đồ ", figure.AlternativeText, StringComparison.Ordinal);
                foreach (var bar in spec.Bars)
                {
                    Assert.Contains($"{bar.Label.Trim()} {bar.ValueLabel.Trim()}", figure.AlternativeText, StringComparison.Ordinal);
                }
                // Its caption follows it.
                var siblings = figure.Parent!.Children.ToList();
                Assert.Equal(StructureRole.Caption, siblings[siblings.IndexOf(figure) + 1].Role);
            }
        }
        Assert.True(charts >= 4, $"{charts} charts");
    }

    [Fact]
    public void AwardsChart_OfYYen_ReadsItsNumbersTheVietnameseWay()
    {
        var walk = new StructureWalk(booklets.Seeds["y-yen-2021"]);
        var alt = walk.Elements.Where(e => e.Role == StructureRole.Figure).Select(f => f.AlternativeText!)
            .Single(a => a.StartsWith("Biểu đồ số lượng khen thưởng", StringComparison.Ordinal));
        // SeedFacts: 4 Bằng khen of the Prime Minister, 7 banners of the province's chairman, 29 excellent collectives.
        Assert.Matches(@"Bằng khen[^;]*Thủ tướng Chính phủ 4;", alt);
        Assert.Matches(@"Cờ[^;]* 7;", alt);
        Assert.Matches(@"Tập thể lao động xuất sắc[^;]* 29", alt);
    }

    [Fact]
    public void Contents_IsATocOfTociEachALink_WithItsAnnotation()
    {
        foreach (var (name, pages) in booklets.Seeds.Select(s => (s.Key, s.Value)).Concat(booklets.PrintCopies.Select(s => (s.Key, s.Value))))
        {
            var walk = new StructureWalk(pages);
            var section = walk.Root.Children[1];
            Assert.Equal([StructureRole.H1, StructureRole.TOC], section.Children.Select(c => c.Role));
            Assert.Equal("MỤC LỤC", walk.TextOf(section.Children[0]));
            var entries = section.Children[1].Children;
            Assert.True(entries.Count >= 5, name);
            foreach (var entry in entries)
            {
                Assert.Equal(StructureRole.TOCI, entry.Role);
                var link = Assert.Single(entry.Children);
                Assert.Equal(StructureRole.Link, link.Role);
                Assert.False(string.IsNullOrWhiteSpace(link.AlternativeText));
                var items = walk.ItemsOf(link).Select(i => i.Item).ToList();
                Assert.Single(items.OfType<InternalLink>());
                // Title and page number are the link's words: the last word is a number.
                var text = walk.TextOf(link);
                Assert.True(int.TryParse(text.Split(' ')[^1], CultureInfo.InvariantCulture, out _), text);
            }
        }
    }

    [Fact]
    public void WebLinks_AreLinkElements_HoldingTheirWordsAndTheirAnnotation()
    {
        foreach (var (id, pages) in booklets.PrintCopies)
        {
            var walk = new StructureWalk(pages);
            var areas = pages.SelectMany(p => p.Items).OfType<LinkArea>().ToList();
            Assert.NotEmpty(areas); // the address on the back cover
            foreach (var area in areas)
            {
                var link = area.Structure!;
                Assert.Equal(StructureRole.Link, link.Role);
                Assert.Contains(area.Uri, link.AlternativeText, StringComparison.Ordinal);
                Assert.Contains(walk.ItemsOf(link).Select(i => i.Item), i => i is GlyphRun);
            }
            var back = walk.Root.Children[^1];
            Assert.Equal("Bìa sau", back.Title);
            var qr = back.Children[0];
            Assert.Equal(StructureRole.Figure, qr.Role);
            Assert.Contains(ComposedBooklets.SiteUrl + id, qr.AlternativeText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Lists_AreLOfLIWithLabelAndBody()
    {
        var lists = booklets.All.Select(b => new StructureWalk(b.Pages)).SelectMany(w => w.Elements.Where(e => e.Role == StructureRole.L).Select(l => (w, l))).ToList();
        Assert.NotEmpty(lists);
        foreach (var (walk, list) in lists)
        {
            foreach (var item in list.Children)
            {
                Assert.Equal(StructureRole.LI, item.Role);
                Assert.Equal([StructureRole.Lbl, StructureRole.LBody], item.Children.Select(c => c.Role));
                Assert.Matches(@"^(-|\d+\.) $", walk.TextOf(item.Children[0]));
                Assert.NotEmpty(walk.TextOf(item.Children[1]));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TreeText_ReadsInThePagesOrder_ForBodyContent(string id)
    {
        var walk = new StructureWalk(booklets.Seeds[id]);
        // Leaves the tree reads in its own order on purpose: the signature before the recipients standing to its
        // left, and a table row's cells one after the other where the row is split over two pages.
        bool Kept(StructureElement e) => !StructureWalk.IsWithin(e, a => a.Role == StructureRole.Table
            || a.Title is SignatureBlockBuilder.SignatureTitle or SignatureBlockBuilder.RecipientsTitle);
        var treeOrder = walk.Elements.Where(Kept).SelectMany(e => walk.ItemsOf(e).Select(i => i.Item)).OfType<GlyphRun>().ToList();
        var pageOrder = walk.Pages.SelectMany(p => p.Items).OfType<GlyphRun>().Where(r => r.Structure is not null && Kept(r.Structure)).ToList();
        Assert.Equal(pageOrder.Count, treeOrder.Count);
        for (var i = 0; i < pageOrder.Count; i++)
        {
            Assert.True(ReferenceEquals(pageOrder[i], treeOrder[i]), $"at {i}: page has '{pageOrder[i].Text}', tree '{treeOrder[i].Text}'");
        }
    }

    [Fact]
    public void AParagraphSplitOverTwoPages_IsOneElement()
    {
        var split = booklets.Seeds.Values.Select(p => new StructureWalk(p))
            .SelectMany(w => w.Elements.Where(e => e.Role == StructureRole.P).Select(e => w.ItemsOf(e).Select(i => i.Page).Distinct().Count()))
            .Count(pages => pages == 2);
        Assert.True(split > 0);
    }

    [Fact]
    public void SignatureAndRecipients_AreRead_AfterTheBody_SignatureFirst()
    {
        var walk = new StructureWalk(booklets.Seeds["y-yen-2021"]);
        var decision = walk.Root.Children.First(p => walk.TextOf(p).Contains("QUYẾT ĐỊNH", StringComparison.Ordinal));
        var titles = decision.Children.Select(c => c.Title).ToList();
        Assert.Equal("Phần đầu văn bản", titles[0]);
        var signature = titles.IndexOf(SignatureBlockBuilder.SignatureTitle);
        Assert.True(signature > 1);
        Assert.Equal(SignatureBlockBuilder.RecipientsTitle, titles[signature + 1]);
        Assert.StartsWith("Nơi nhận", walk.TextOf(decision.Children[signature + 1]), StringComparison.Ordinal);
    }
}
