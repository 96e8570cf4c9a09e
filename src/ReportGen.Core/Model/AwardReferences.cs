namespace ReportGen.Core.Model;

/// <summary>
/// How a document's <c>awards</c> names one of the meeting's awards: by its title ("Giấy khen"), which names every
/// award of that title, or by its title and giver as the booklet writes them ("Giấy khen của Chủ tịch UBND đặc khu
/// Phú Quốc"), which tells apart two awards of one title: the People's Committee's decision must not announce the
/// Party committee's giấy khen. Case, composition and tone-mark style do not matter.
/// </summary>
public static class AwardReferences
{
    /// <summary>The names that refer to an award of this title and giver, normalised.</summary>
    public static IEnumerable<string> NamesOf(string? title, string? giver)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            yield break;
        }
        yield return DocumentConventions.Normalise(title);
        if (!string.IsNullOrWhiteSpace(giver))
        {
            yield return DocumentConventions.Normalise($"{title.Trim()} của {giver.Trim()}");
        }
    }

    /// <summary>Whether the award is one of <paramref name="wanted"/> (normalised references); an empty set wants all.</summary>
    public static bool IsWanted(IReadOnlySet<string> wanted, string? title, string? giver) =>
        wanted.Count == 0 || NamesOf(title, giver).Any(wanted.Contains);
}
