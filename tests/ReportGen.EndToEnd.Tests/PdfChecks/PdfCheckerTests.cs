using System.Text.RegularExpressions;
using ReportGen.Tests.PdfChecks;

namespace ReportGen.EndToEnd.Tests.PdfChecks;

/// <summary>
/// The checker fails where it should: a hand-written tagged PDF that meets every rule it knows gives no violation,
/// and each deliberately broken copy gives exactly the rule (veraPDF's id) that the break violates.
/// </summary>
public sealed partial class PdfCheckerTests
{
    private static IReadOnlyList<string> RulesBrokenBy(Func<string, string> edit)
    {
        var correct = MinimalTaggedPdf.Build();
        var broken = MinimalTaggedPdf.Build(edit);
        Assert.False(correct.AsSpan().SequenceEqual(broken), "the edit changed nothing");
        return [.. PdfChecker.Check(broken).Select(v => v.Rule).Distinct().Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void MinimalTaggedPdf_BreaksNoRule()
    {
        var violations = PdfChecker.Check(MinimalTaggedPdf.Build());
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    public static TheoryData<string, string, string, string[]> Breaks() => new()
    {
        { "untagged text", MinimalTaggedPdf.EndOfContent, "BT /F1 12 Tf 72 400 Td <0003> Tj ET\n", [Rules.ContentTagged] },
        { "untagged painting", MinimalTaggedPdf.EndOfContent, "0 0 0 RG 72 390 m 200 390 l S\n", [Rules.ContentTagged] },
        { "an MCID the ParentTree does not know", "/Link <</MCID 5>>", "/Link <</MCID 9>>", [Rules.ContentTagged] },
        { "an artifact inside tagged content", "0 0 1 rg 72 600 100 50 re f", "/Artifact BMC /Artifact <<>> BDC 0 0 1 rg 72 600 100 50 re f EMC EMC", [Rules.ArtifactInTagged] },
        { "H1 then H3", "/S /P /P 11 0 R", "/S /H3 /P 11 0 R", [Rules.HeadingLevels] },
        { "a figure without alternative text", "/Alt (A blue square) ", "", [Rules.FigureAlt] },
        { "a table without TH", "/S /TH", "/S /TD", [Rules.TableHeaders] },
        { "a TH without Scope", " /A << /O /Table /Scope /Column >>", "", [Rules.TableHeaders] },
        { "a paragraph inside a table row", "/S /TD", "/S /P", [Rules.RowKids] },
        { "no structure tree", "/StructTreeRoot 8 0 R ", "", [Rules.StructTreeRoot, Rules.ContentTagged, Rules.LinkTagged] },
        { "a structure element without its parent", "/S /Figure /P 11 0 R", "/S /Figure", [Rules.ParentEntry] },
        { "not marked", "/MarkInfo << /Marked true >>", "/MarkInfo << /Marked false >>", [Rules.Marked] },
        { "the title not displayed", "/DisplayDocTitle true", "/DisplayDocTitle false", [Rules.DisplayDocTitle] },
        { "no language", "/Lang (vi-VN) ", "", [Rules.Language] },
        { "a link without Contents", "/Contents (Link to the site) ", "", [Rules.LinkContents] },
        { "a link not tied to its element", "/StructParent 1 ", "", [Rules.LinkTagged] },
        { "a page with links in no structure order", "/Tabs /S ", "", [Rules.TabOrder] },
        { "a JavaScript action", "/S /URI /URI (https://example.vn/)", "/S /JavaScript /JS (app.alert(1))", [Rules.ForbiddenAction] },
        { "catalog additional actions", "/Type /Catalog ", "/Type /Catalog /AA << >> ", [Rules.CatalogActions] },
        { "no ID", " /ID [<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>]", "", [Rules.FileIdentifier] },
        { "no output intent", " /OutputIntents [14 0 R]", "", [Rules.OutputIntent] },
        { "no PDF/UA identification", " pdfuaid:part=\"1\"", "", [Rules.PdfUAIdentification] },
        { "PDF/A part 1 claimed", "pdfaid:part=\"2\"", "pdfaid:part=\"1\"", [Rules.PdfAPart] },
        { "Info and XMP titles differ", "/Title (Minimal)", "/Title (Other)", [Rules.InfoTitle] },
        { "Info and XMP producers differ", "/Producer (ReportGen tests)", "/Producer (Someone else)", [Rules.InfoProducer] },
        { "Info and XMP dates differ", "xmp:ModifyDate=\"2021-01-23T00:00:00Z\"", "xmp:ModifyDate=\"2021-01-24T00:00:00Z\"", [Rules.InfoModDate] },
        { "no XMP", " /Metadata 13 0 R", "", [Rules.Metadata, Rules.UAMetadata] },
        { "the font not embedded", " /FontFile2 10 0 R", "", [Rules.FontEmbedded, Rules.UAFontEmbedded] },
        { "no ToUnicode", " /ToUnicode 7 0 R", "", [Rules.ToUnicodeA, Rules.ToUnicode] },
    };

    [Theory]
    [MemberData(nameof(Breaks))]
    public void BrokenPdf_BreaksExactlyTheRuleOfItsBreak(string what, string find, string replace, string[] rules)
    {
        var broken = RulesBrokenBy(s => s.Replace(find, find == MinimalTaggedPdf.EndOfContent ? replace + find : replace, StringComparison.Ordinal));
        Assert.True(rules.Order(StringComparer.Ordinal).SequenceEqual(broken), $"{what}: expected {string.Join(", ", rules)}, got {string.Join(", ", broken)}");
    }

    [Fact]
    public void AWidthThatIsNotTheFontsOwn_BreaksTheWidthRules()
    {
        // The first /W entry "gid [w]" gets 100 units more.
        var broken = RulesBrokenBy(s => WidthEntry().Replace(s, m => $"/W [{m.Groups[1].Value} [{int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 100}]", 1));
        Assert.Equal(new[] { Rules.WidthsMatch, Rules.UAWidthsMatch }.Order(StringComparer.Ordinal), broken);
    }

    [Fact]
    public void AGlyphToUnicodeDoesNotMap_BreaksTheToUnicodeRules()
    {
        // Drop the map's first entry.
        var broken = RulesBrokenBy(s => FirstBfChar().Replace(s, m => $"{int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1} beginbfchar\n", 1));
        Assert.Equal(new[] { Rules.ToUnicodeA, Rules.ToUnicode }.Order(StringComparer.Ordinal), broken);
    }

    [Fact]
    public void AGlyphTheFontDoesNotHave_BreaksTheGlyphRule()
    {
        var broken = RulesBrokenBy(s => s.Replace("<</MCID 4>> BDC\nBT /F1 12 Tf 72 550 Td <", "<</MCID 4>> BDC\nBT /F1 12 Tf 72 550 Td <FFF0", StringComparison.Ordinal));
        Assert.Contains(Rules.GlyphsDefined, broken);
    }

    [GeneratedRegex(@"/W \[(\d+) \[(\d+)\]")]
    private static partial Regex WidthEntry();

    [GeneratedRegex(@"(\d+) beginbfchar\n<[0-9A-F]{4}> <[0-9A-F]+>\n")]
    private static partial Regex FirstBfChar();
}
