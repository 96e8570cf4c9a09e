using System.Text.Json;
using ReportGen.Templating.Search;

namespace ReportGen.Build.Incremental;

/// <summary>
/// Each meeting's part of the search index, kept beside the build state (output/.reportgen/search/&lt;id&gt;.json)
/// when the meeting is built: when the index must be made again, an unchanged meeting's part is read from here
/// instead of rendering its documents again. Apart from the state, so an unchanged rebuild reads none of them.
/// </summary>
internal static class SearchParts
{
    public static string RelativePath(string meetingId) => $"{OutputFiles.StateFolder}/search/{meetingId}.json";

    /// <summary>
    /// The part's JSON written to <paramref name="stream"/> as it is made: a thousand-row table's part is megabytes, and
    /// its bytes gathered whole in an array grown by doubling lived until the collector's next full collection.
    /// </summary>
    public static void WriteJson(SearchPage page, Stream stream) => JsonSerializer.Serialize(stream, page, BuildStateJson.Default.SearchPage);

    /// <summary>The kept part, or null when there is none or it cannot be read (the meeting is then rendered again).</summary>
    public static SearchPage? Load(string outputDirectory, string meetingId)
    {
        var path = Path.Combine(outputDirectory, RelativePath(meetingId));
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), BuildStateJson.Default.SearchPage) : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
