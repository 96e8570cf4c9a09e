using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace ReportGen.EndToEnd.Tests;

/// <summary>Reads a PDF back the way a delegate's reader would, with PdfPig.</summary>
public static partial class PdfText
{
    /// <summary>
    /// The body text of every page, words in reading order joined by single spaces, without the page
    /// numbers in the top margin, so a fact split over two lines or two pages still reads as one.
    /// </summary>
    public static string Body(string pdfPath, float topMarginPt = 56, float bottomMarginPt = 56)
    {
        using var document = PdfDocument.Open(pdfPath);
        var words = new List<string>();
        foreach (var page in document.GetPages())
        {
            words.AddRange(page.GetWords()
                // Not the furniture in the margins: the page number at the top, a draft mark at the foot.
                .Where(w => w.BoundingBox.Top < page.Height - topMarginPt * 0.8 && w.BoundingBox.Bottom > bottomMarginPt * 0.8)
                .Select(w => w.Text));
        }
        // Any white space, a non-breaking one (a number with its unit) too, reads as one space.
        return Spaces().Replace(string.Join(" ", words), " ");
    }

    /// <summary>Whether some page has these words left to right on one line (table cells of a row).</summary>
    public static bool HasRow(string pdfPath, params string[] words)
    {
        using var document = PdfDocument.Open(pdfPath);
        foreach (var page in document.GetPages())
        {
            var all = page.GetWords().ToList();
            foreach (var first in all.Where(w => w.Text == words[0]))
            {
                var x = first.BoundingBox.Left;
                var found = true;
                foreach (var text in words.Skip(1))
                {
                    var next = all.FirstOrDefault(w => w.Text == text && w.BoundingBox.Left > x
                        && Math.Abs(w.BoundingBox.Top - first.BoundingBox.Top) < 3);
                    if (next is null)
                    {
                        found = false;
                        break;
                    }
                    x = next.BoundingBox.Left;
                }
                if (found)
                {
                    return true;
                }
            }
        }
        return false;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
