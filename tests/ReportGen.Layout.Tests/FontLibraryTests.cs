using ReportGen.Layout.Fonts;

namespace ReportGen.Layout.Tests;

public sealed class FontLibraryTests
{
    [Fact]
    public void Load_FamilyInTheUsersFontsFolder_WinsOverTheThemeStack()
    {
        var folder = Directory.CreateTempSubdirectory("rg-fonts-").FullName;
        try
        {
            // DejaVu Sans is on every Debian machine; here it plays a font the office supplied.
            File.Copy("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", Path.Combine(folder, "DejaVuSans.ttf"));
            using var fonts = FontLibrary.Load(["Liberation Serif", "DejaVu Serif"], [folder]);

            Assert.Equal("DejaVu Sans", fonts.Stack[0].Name);
            Assert.StartsWith(folder, fonts.Stack[0].RegularPath);
            Assert.Equal(["DejaVu Sans", "Liberation Serif", "DejaVu Serif"], fonts.Stack.Select(f => f.Name));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Load_UserCopyOfAStackFamily_IsTakenFromTheUsersFolder()
    {
        var folder = Directory.CreateTempSubdirectory("rg-fonts-").FullName;
        try
        {
            File.Copy("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", Path.Combine(folder, "DejaVuSerif.ttf"));
            using var fonts = FontLibrary.Load(["Liberation Serif", "DejaVu Serif"], [folder]);
            var dejaVu = fonts.Stack.Single(f => f.Name == "DejaVu Serif");
            Assert.Equal(0, fonts.Stack.ToList().IndexOf(dejaVu));
            Assert.StartsWith(folder, dejaVu.RegularPath);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Load_FamilyNotInstalled_IsLeftOut()
    {
        using var fonts = FontLibrary.Load(["No Such Family 123", "DejaVu Serif"], []);
        Assert.Equal("DejaVu Serif", Assert.Single(fonts.Stack).Name);
    }

    [Fact]
    public void Load_OnABareMachine_FindsTheShippedTimesMetricFace_WithAllFourStyles()
    {
        // No system folder at all: only what the program ships beside itself.
        using var fonts = FontLibrary.Load(["Times New Roman", "Liberation Serif", "DejaVu Serif"], [],
            [FontLibrary.ShippedFontDirectory()], []);
        var family = Assert.Single(fonts.Stack);
        Assert.Equal("Liberation Serif", family.Name);
        Assert.Equal(FontOrigin.Shipped, family.Origin);
        Assert.Equal(4, family.FilePaths.Count());
        // It sets Vietnamese: every letter of a heading with stacked marks has a glyph of its own face.
        Assert.All("ỦY BAN NHÂN DÂN HUYỆN Ý YÊN ngày tháng năm khóa".Where(c => c != ' '),
            c => Assert.Same(family.Face(false, false), fonts.Resolve(c, false, false)));
        Assert.True(File.Exists(Path.Combine(FontLibrary.ShippedFontDirectory(), "OFL.txt")), "the licence travels with the font");
    }

    [Fact]
    public void Load_FamilyBothShippedAndInstalled_IsTakenFromTheShippedCopy_AndInstalledFamiliesKeepTheirPlace()
    {
        using var fonts = FontLibrary.Load(["Liberation Serif", "DejaVu Serif"], [],
            [FontLibrary.ShippedFontDirectory()], ["/usr/share/fonts"]);
        Assert.Equal(FontOrigin.Shipped, fonts.Stack[0].Origin);
        Assert.StartsWith(FontLibrary.ShippedFontDirectory(), fonts.Stack[0].RegularPath, StringComparison.Ordinal);
        Assert.Equal(FontOrigin.Installed, fonts.Stack.Single(f => f.Name == "DejaVu Serif").Origin);
    }
}
