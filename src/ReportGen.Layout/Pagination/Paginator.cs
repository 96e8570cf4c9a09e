using ReportGen.Layout.Elements;
using ReportGen.Layout.Output;
using ReportGen.Layout.Text;

namespace ReportGen.Layout.Pagination;

/// <summary>
/// Flows content onto pages: measure, draw what fits, start a new page, until everything is drawn. This
/// is the one place where pages begin and end.
/// </summary>
public static class Paginator
{
    /// <summary>A document longer than this is a runaway layout, not a booklet.</summary>
    public const int MaxPages = 2000;

    public static IReadOnlyList<Page> Paginate(Element content, PageSetup setup, ParagraphSetter setter)
    {
        content.ResetState();
        var pages = new List<Page>();
        var area = setup.ContentSize;
        while (true)
        {
            var plan = content.Measure(area);
            if (plan.Kind == SpacePlanKind.Empty && pages.Count > 0)
            {
                break;
            }
            if (plan.IsWrap)
            {
                throw new LayoutException($"Không đặt được nội dung lên trang {pages.Count + 1}: {plan.Reason}. " +
                                          "Nội dung lớn hơn cả một trang giấy; hãy rút gọn hoặc chia nhỏ nó.");
            }
            if (pages.Count >= MaxPages)
            {
                throw new LayoutException($"Tài liệu vượt quá {MaxPages} trang: có thể dữ liệu bị lặp.");
            }
            var page = new Page(setup.Paper, pages.Count + 1);
            content.Draw(new DrawingContext(page, setup.MarginLeft, setup.MarginTop), area);
            pages.Add(page);
            if (plan.IsFull)
            {
                break;
            }
        }

        foreach (var page in pages)
        {
            DrawPageNumber(page, setup, setter);
        }
        return pages;
    }

    private static void DrawPageNumber(Page page, PageSetup setup, ParagraphSetter setter)
    {
        if (setup.PageNumberStyle is not { } style || page.Number < setup.FirstNumberedPage)
        {
            return;
        }
        var number = new TextBlock(setter, [new TextSpan(page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), style)],
            new ParagraphStyle(TextAlignment.Center));
        var size = new Size(setup.ContentSize.Width, setup.MarginTop);
        var height = number.Measure(size).Height;
        // Centred in the top margin, as NĐ 30/2020 asks.
        number.Draw(new DrawingContext(page, setup.MarginLeft, (setup.MarginTop - height) / 2), size);
    }
}

/// <summary>Content that cannot be laid out, with a message for the user.</summary>
public sealed class LayoutException(string message) : Exception(message);
