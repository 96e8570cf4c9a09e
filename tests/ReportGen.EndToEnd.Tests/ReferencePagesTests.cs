using System.Diagnostics;
using SkiaSharp;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// Pages of the seed booklets as a reader sees them, rendered by poppler (pdftoppm, a real PDF client) at low
/// resolution and compared with images committed in ReferencePages/, which a person looked at. Any change to
/// the layout then fails here until someone looks at the new pages and refreshes the images on purpose:
/// <c>REPORTGEN_UPDATE_REFERENCE_PAGES=1 dotnet test tests/ReportGen.EndToEnd.Tests --filter ReferencePagesTests</c>.
/// A failure leaves the page as rendered and an image of the differences beside each other in a temporary
/// folder the message names.
/// </summary>
public sealed class ReferencePagesTests(SeedBuildFixture build) : IClassFixture<SeedBuildFixture>
{
    private const string UpdateSwitch = "REPORTGEN_UPDATE_REFERENCE_PAGES";

    /// <summary>Dots per inch of the images: enough to see a line move, small enough to commit (a few KB each).</summary>
    private const int Resolution = 30;

    /// <summary>A pixel differs when its grey level moved by more than this (of 255): anti-aliasing noise is below it.</summary>
    private const int PixelTolerance = 96;

    /// <summary>The share of differing pixels a page may have: a moved word or rule is well above it.</summary>
    private const double PageTolerance = 0.002;

    /// <summary>
    /// A small set that covers each kind of page: cover, contents, agenda, a Party and a state document header,
    /// a chart, a decision with its signature and recipients, award lists, the landscape appendix, a delegate
    /// list; and the print copy's first sheet (cover and back cover) and a sheet with a chart.
    /// </summary>
    public static TheoryData<string, int> Pages => new()
    {
        { "y-yen-2021/booklet.pdf", 1 },
        { "y-yen-2021/booklet.pdf", 2 },
        { "y-yen-2021/booklet.pdf", 3 },
        { "y-yen-2021/booklet.pdf", 4 },
        { "y-yen-2021/booklet.pdf", 5 },
        { "y-yen-2021/booklet.pdf", 8 },
        { "y-yen-2021/booklet.pdf", 9 },
        { "xuan-truong-2021/booklet.pdf", 4 },
        { "xuan-truong-2021/booklet.pdf", 7 },
        { "xuan-truong-2021/booklet.pdf", 9 },
        { "y-yen-2021/booklet-print.pdf", 1 },
        { "y-yen-2021/booklet-print.pdf", 7 },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Page_LooksAsItsReferenceImage(string file, int page)
    {
        var name = $"{file.Replace('/', '-').Replace(".pdf", "", StringComparison.Ordinal)}-{page:00}.png";
        var reference = Path.Combine(build.RepositoryRoot, "tests", "ReportGen.EndToEnd.Tests", "ReferencePages", name);
        var rendered = Render(build.PathOf(file), page);
        if (Environment.GetEnvironmentVariable(UpdateSwitch) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(reference)!);
            File.Copy(rendered, reference, overwrite: true);
            Directory.Delete(Path.GetDirectoryName(rendered)!, recursive: true);
            return;
        }
        Assert.True(File.Exists(reference), $"No reference image {reference}: look at {rendered}, then run with {UpdateSwitch}=1 to commit it.");

        using var expected = SKBitmap.Decode(reference);
        using var actual = SKBitmap.Decode(rendered);
        Assert.True(expected.Width == actual.Width && expected.Height == actual.Height,
            $"page {page} of {file} is {actual.Width}×{actual.Height} px, its reference {expected.Width}×{expected.Height}: look at {rendered}");
        var (share, diff) = Differences(expected, actual);
        if (share <= PageTolerance)
        {
            diff.Dispose();
            Directory.Delete(Path.GetDirectoryName(rendered)!, recursive: true);
            return;
        }
        var diffPath = Path.ChangeExtension(rendered, ".diff.png");
        using (var stream = File.Create(diffPath))
        {
            diff.Encode(stream, SKEncodedImageFormat.Png, 100);
        }
        diff.Dispose();
        Assert.True(share <= PageTolerance,
            $"page {page} of {file} differs from its reference in {share:P2} of its pixels. Look at {rendered} (differences in red: {diffPath}); " +
            $"if the change is right, refresh the references with {UpdateSwitch}=1.");
    }

    /// <summary>The page as poppler renders it, in grey, into a temporary file.</summary>
    private static string Render(string pdf, int page)
    {
        var folder = Directory.CreateTempSubdirectory("reportgen-reference-").FullName;
        var prefix = Path.Combine(folder, "page");
        var start = new ProcessStartInfo("pdftoppm", ["-r", Resolution.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-gray", "-png", "-singlefile", "-f", page.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-l", page.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, prefix])
        {
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"pdftoppm failed on page {page} of {pdf}: {errors}");
        return prefix + ".png";
    }

    /// <summary>The share of pixels whose grey level moved beyond the tolerance, and an image with them in red over the page.</summary>
    private static (double Share, SKBitmap Diff) Differences(SKBitmap expected, SKBitmap actual)
    {
        var diff = new SKBitmap(actual.Width, actual.Height);
        var differing = 0;
        for (var y = 0; y < actual.Height; y++)
        {
            for (var x = 0; x < actual.Width; x++)
            {
                var a = Grey(actual.GetPixel(x, y));
                var e = Grey(expected.GetPixel(x, y));
                var differs = Math.Abs(a - e) > PixelTolerance;
                differing += differs ? 1 : 0;
                var faint = (byte)(192 + a / 4);
                diff.SetPixel(x, y, differs ? SKColors.Red : new SKColor(faint, faint, faint));
            }
        }
        return (differing / (double)(actual.Width * actual.Height), diff);
    }

    private static int Grey(SKColor colour) => (colour.Red + colour.Green + colour.Blue) / 3;
}
