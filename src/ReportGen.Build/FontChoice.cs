using ReportGen.Layout.Fonts;
using ReportGen.Localization;

namespace ReportGen.Build;

/// <summary>
/// The build's line about the face it sets the booklets in, and why that one: the user's fonts folder, the
/// theme's first choice installed, the shipped face with its metrics, or a fallback that will not break
/// lines like the office's print.
/// </summary>
internal static class FontChoice
{
    /// <summary>Families whose glyphs have the widths of Times New Roman, so lines and pages break alike.</summary>
    private static readonly string[] TimesMetrics = ["Times New Roman", "Liberation Serif", "Tinos"];

    public static string Describe(FontLibrary fonts, IReadOnlyList<string> themeStack)
    {
        var family = fonts.Stack[0];
        var wanted = themeStack.Count > 0 ? themeStack[0] : family.Name;
        if (family.Origin == FontOrigin.User)
        {
            return Messages.FontUsedFromUserFolder(family.Name, family.RegularPath);
        }
        if (Same(family.Name, wanted))
        {
            return Messages.FontUsedInstalled(family.Name, family.RegularPath);
        }
        var sameMetrics = TimesMetrics.Any(f => Same(f, wanted)) && TimesMetrics.Any(f => Same(f, family.Name));
        return !sameMetrics
            ? Messages.FontUsedFallback(family.Name, wanted, family.RegularPath)
            : family.Origin == FontOrigin.Shipped
                ? Messages.FontUsedShipped(family.Name, wanted, family.RegularPath)
                : Messages.FontUsedInstalled(family.Name, family.RegularPath);
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
