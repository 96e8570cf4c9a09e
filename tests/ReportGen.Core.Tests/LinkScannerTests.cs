using System.Text.RegularExpressions;
using ReportGen.Core.Security;

namespace ReportGen.Core.Tests;

/// <summary>The check says where a data text makes a link the documents refuse; it never fails the check itself.</summary>
public sealed class LinkScannerTests
{
    [Fact]
    public void RefusedLinks_AreFoundWithTheirPlace_AndASearchOutOfTime_EndsTheListWithoutFailing()
    {
        const string text = "Xem [trang](https://example.org).\n[bấm](javascript:alert(1)) và <data:text/html,x>";
        Assert.Equal([(2, 7, "javascript:alert(1"), (2, 32, "data:text/html,x")], LinkScanner.RefusedLinks(text));
        // The expression's limit is wall-clock time (a starved machine can reach it): what was found by then is said.
        IEnumerable<Match> FirstThenOutOfTime(string t)
        {
            yield return Regex.Match(t, @"\]\((?<url>[^)\s]+)");
            yield return Regex.Match(t, @"\]\(\s*(?<url>javascript:[^)\s]+)");
            throw new RegexMatchTimeoutException(t, "x", TimeSpan.FromSeconds(2));
        }
        Assert.Equal([(2, 7, "javascript:alert(1")], LinkScanner.RefusedLinks(text, FirstThenOutOfTime));
    }
}
