using System.Globalization;
using System.Text;
using ReportGen.Layout.Output;

namespace ReportGen.Pdf;

/// <summary>
/// The bookmarks (the PDF outline) mirroring the headings, as PDF objects:
/// <see cref="Writing.PdfDocumentWriter"/> writes these objects and points the catalog at their root.
/// </summary>
internal static class PdfOutline
{
    /// <summary>A heading in the outline tree; level-1 headings are shown opened.</summary>
    private sealed class Item(string title, int pageObject, float top, int level)
    {
        public string Title { get; } = title;
        public int PageObject { get; } = pageObject;
        public float Top { get; } = top;
        public int Level { get; } = level;
        public List<Item> Children { get; } = [];
        public int Number { get; set; }
        public bool Open => Level <= 1;

        /// <summary>Items shown under this one when it is open: its children, and theirs when they are open.</summary>
        public int Visible => Children.Sum(c => 1 + (c.Open ? c.Visible : 0));
    }

    /// <summary>
    /// One bookmark per anchor of <paramref name="pages"/>, numbered from <paramref name="firstNumber"/> on (the
    /// outline root first). Returns no objects when the pages have no anchors.
    /// </summary>
    /// <param name="pageObjects">The PDF page objects, in page order.</param>
    public static IReadOnlyList<(int Number, string Body)> Objects(IReadOnlyList<Page> pages, IReadOnlyList<int> pageObjects, int firstNumber)
    {
        // The outline nests by heading level: a level-2 heading goes under the last level-1 heading.
        var root = new Item("", 0, 0, 0);
        var parents = new Stack<Item>();
        parents.Push(root);
        foreach (var page in pages)
        {
            foreach (var anchor in page.Anchors)
            {
                while (parents.Peek().Level >= anchor.Level)
                {
                    parents.Pop();
                }
                // PDF space grows upwards from the page foot.
                var item = new Item(anchor.Title, pageObjects[page.Number - 1], page.Size.Height - anchor.Y, anchor.Level);
                parents.Peek().Children.Add(item);
                parents.Push(item);
            }
        }
        if (root.Children.Count == 0)
        {
            return [];
        }

        var next = firstNumber;
        void Number(Item item)
        {
            item.Number = next++;
            item.Children.ForEach(Number);
        }
        Number(root);

        var objects = new List<(int, string)>();
        objects.Add((root.Number, $"<</Type /Outlines{Links(root)}/Count {root.Visible.ToString(CultureInfo.InvariantCulture)}>>"));
        void Write(Item parent)
        {
            for (var i = 0; i < parent.Children.Count; i++)
            {
                var item = parent.Children[i];
                var body = new StringBuilder("<</Title ").Append(PdfSyntax.Text(item.Title))
                    .Append("/Parent ").Append(PdfSyntax.Reference(parent.Number))
                    .Append("/Dest [").Append(PdfSyntax.Reference(item.PageObject)).Append(" /XYZ 0 ").Append(PdfSyntax.Number(item.Top)).Append(" null]");
                if (i > 0) body.Append("/Prev ").Append(PdfSyntax.Reference(parent.Children[i - 1].Number));
                if (i < parent.Children.Count - 1) body.Append("/Next ").Append(PdfSyntax.Reference(parent.Children[i + 1].Number));
                body.Append(Links(item));
                if (item.Children.Count > 0)
                {
                    // Open: the items shown under it; closed: minus the items opening it would show.
                    var count = item.Open ? item.Visible : -item.Visible;
                    body.Append("/Count ").Append(count.ToString(CultureInfo.InvariantCulture));
                }
                objects.Add((item.Number, body.Append(">>").ToString()));
                Write(item);
            }
        }
        Write(root);
        return objects;
    }

    private static string Links(Item item) => item.Children.Count == 0
        ? ""
        : $"/First {PdfSyntax.Reference(item.Children[0].Number)}/Last {PdfSyntax.Reference(item.Children[^1].Number)}";
}
