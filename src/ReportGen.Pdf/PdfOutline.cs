using ReportGen.Layout.Output;
using PdfSharp.Pdf;

namespace ReportGen.Pdf;

/// <summary>
/// Adds bookmarks (the PDF outline) mirroring the headings, and makes the reader open with them shown.
/// Skia writes no outline, so <see cref="PdfFinishing"/> opens the finished file with PDFsharp and calls this.
/// </summary>
public static class PdfOutline
{
    /// <summary>One bookmark per anchor of <paramref name="pages"/>; pages without anchors add none.</summary>
    internal static void AddBookmarks(PdfDocument document, IReadOnlyList<Page> pages)
    {
        var anchors = pages.SelectMany(p => p.Anchors.Select(a => (Page: p, Anchor: a))).ToList();
        if (anchors.Count == 0)
        {
            return;
        }

        // The outline nests by heading level: a level-2 heading goes under the last level-1 heading.
        var parents = new Stack<(int Level, PdfOutlineCollection Children)>();
        parents.Push((0, document.Outlines));
        foreach (var (page, anchor) in anchors)
        {
            while (parents.Peek().Level >= anchor.Level)
            {
                parents.Pop();
            }
            var target = document.Pages[page.Number - 1];
            var outline = parents.Peek().Children.Add(anchor.Title, target, opened: anchor.Level <= 1);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Left = 0;
            outline.Top = page.Size.Height - anchor.Y; // PDF space grows upwards from the page foot
            parents.Push((anchor.Level, outline.Outlines));
        }
        document.PageMode = PdfPageMode.UseOutlines;
    }
}
