using System.Globalization;
using System.Text.RegularExpressions;
using ReportGen.Core.Loading;

namespace ReportGen.Benchmarks;

/// <summary>
/// A synthetic province: N meeting files made from the two seed meetings, each with an id, a unit name and
/// numbers of its own so no two booklets are the same. The files are edited as text, keeping the seeds'
/// layout and comments, and then checked by the real loader, so a benchmark never measures invalid data.
/// </summary>
public static partial class ProvinceGenerator
{
    /// <summary>Districts and towns of the former Nam Định province: real-looking names of various widths.</summary>
    private static readonly string[] UnitNames =
    [
        "Giao Thủy", "Hải Hậu", "Nghĩa Hưng", "Trực Ninh", "Nam Trực", "Vụ Bản", "Mỹ Lộc", "Ý Yên", "Xuân Trường", "Thành Nam",
    ];

    private static readonly (string File, string Id, string Unit)[] Seeds =
    [
        ("y-yen.yaml", "y-yen-2021", "Ý Yên"),
        ("xuan-truong.yaml", "xuan-truong-2021", "Xuân Trường"),
    ];

    /// <summary>Writes <paramref name="count"/> meeting files into a new folder below the temporary folder and returns it.</summary>
    public static string Write(int count, string? folder = null)
    {
        folder ??= Directory.CreateTempSubdirectory($"reportgen-province-{count}-").FullName;
        Directory.CreateDirectory(folder);
        var seedTexts = Seeds.Select(s => File.ReadAllText(Path.Combine(Repo.Seeds, s.File))).ToArray();
        CopyBoundFiles(folder);
        for (var i = 1; i <= count; i++)
        {
            var seed = (i - 1) % Seeds.Length;
            var id = $"{Seeds[seed].Id}-{i:000}";
            var text = Vary(seedTexts[seed], Seeds[seed].Id, id, Seeds[seed].Unit, $"{UnitNames[i % UnitNames.Length]} {i}", i);
            File.WriteAllText(Path.Combine(folder, id + ".yaml"), text);
        }
        Check(folder, count);
        return folder;
    }

    /// <summary>The Markdown files the seeds bind (contributions): every copy of a seed refers to the same ones.</summary>
    public static void CopyBoundFiles(string folder)
    {
        foreach (var markdown in Directory.EnumerateFiles(Repo.Seeds, "*.md"))
        {
            File.Copy(markdown, Path.Combine(folder, Path.GetFileName(markdown)), overwrite: true);
        }
    }

    /// <summary>One meeting's copy of a seed: another id and unit name, counts and values changed by a few percent.</summary>
    public static string Vary(string seedText, string seedId, string id, string seedUnit, string unit, int index)
    {
        var text = seedText.Replace($"id: {seedId}", $"id: {id}", StringComparison.Ordinal)
                           .Replace(seedUnit, unit, StringComparison.Ordinal);
        // The seeds list their made-up values under 'examples:', which makes every build warn (RG070) once per
        // meeting; a province ready to print has none, so the list goes.
        var examples = text.IndexOf("\nexamples:", StringComparison.Ordinal);
        if (examples >= 0)
        {
            text = text[..(examples + 1)];
        }
        // Numbers the booklet prints (delegates, indicator values, award counts) vary by up to ±20 %, so every
        // table, chart and sentence differs; 'achieved' and 'total' stay, they must stay consistent.
        return VariedNumber().Replace(text, m =>
        {
            var value = double.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture);
            var factor = 1 + ((index * 7 + m.Index) % 41 - 20) / 100.0;
            var varied = m.Groups["value"].Value.Contains('.')
                ? Math.Round(value * factor, 2).ToString(CultureInfo.InvariantCulture)
                : Math.Max(1, (int)Math.Round(value * factor)).ToString(CultureInfo.InvariantCulture);
            return m.Groups["key"].Value + varied;
        });
    }

    /// <summary>The same check 'reportgen check' runs: every generated file must load without an error.</summary>
    public static void Check(string folder, int expectedMeetings)
    {
        var result = DataLoader.CheckDirectory(folder);
        if (result.Data is null || result.Data.Meetings.Count != expectedMeetings)
        {
            throw new InvalidOperationException("generated data does not load: " +
                string.Join("; ", result.Diagnostics.Select(d => d.ToString()).Take(5)));
        }
    }

    [GeneratedRegex(@"(?<key>^\s*(?:-\s+)?(?:delegates|reserve_copies|value|count|percent): )(?<value>\d+(?:\.\d+)?)", RegexOptions.Multiline)]
    private static partial Regex VariedNumber();
}
