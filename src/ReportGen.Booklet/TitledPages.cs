using ReportGen.Layout.Output;
using ReportGen.Layout.Pagination;

namespace ReportGen.Booklet;

/// <summary>
/// Hands the composer's finished pages on to a sink with each document's title heading renamed as the contents name
/// it ("BÁO CÁO" → "Báo cáo tổng kết …"): the PDF writer reads the anchors' titles for the bookmarks and the links.
/// </summary>
internal sealed class TitledPages(IPageSink sink, Func<Dictionary<string, string>> titles) : IPageSink
{
    public void Add(Page page)
    {
        Retitle(page, titles());
        sink.Add(page);
    }

    public void Restart() => sink.Restart();

    /// <summary>Gives the page's anchors the titles <paramref name="titles"/> has for them.</summary>
    public static void Retitle(Page page, Dictionary<string, string> titles)
    {
        for (var i = 0; i < page.Anchors.Count; i++)
        {
            if (titles.TryGetValue(page.Anchors[i].Name, out var title))
            {
                page.Anchors[i] = page.Anchors[i] with { Title = title };
            }
        }
    }
}
