using ReportGen.Layout.Output;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace ReportGen.Pdf;

/// <summary>
/// Adds bookmarks (the PDF outline) mirroring the headings, and makes the reader open with them shown.
/// Skia writes no outline, so the finished file is opened and extended with PDFsharp.
/// </summary>
public static class PdfOutline
{
    public static byte[] AddBookmarks(byte[] pdf, IReadOnlyList<Page> pages, DateTime modified)
    {
        var anchors = pages.SelectMany(p => p.Anchors.Select(a => (Page: p, Anchor: a))).ToList();
        if (anchors.Count == 0)
        {
            return pdf;
        }

        using var input = new MemoryStream(pdf);
        using var document = PdfReader.Open(input, PdfDocumentOpenMode.Modify);
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
        // PDFsharp stamps the clock as the modification date on save; the document's date is the data's.
        document.Info.ModificationDate = modified;

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
