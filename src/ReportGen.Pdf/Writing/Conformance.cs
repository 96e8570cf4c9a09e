namespace ReportGen.Pdf.Writing;

/// <summary>
/// What a written PDF claims in its XMP, decided by one rule from what was really written — claim only what is true:
/// <list type="bullet">
/// <item>No item carries structure (no structure tree): PDF/A-2b (level B, the appearance is preserved), and no
/// PDF/UA claim.</item>
/// <item>A structure tree was written: every item is in it or an artifact (the writer marks an item without
/// structure as an artifact, so nothing is left untagged), every glyph has Unicode text (a ToUnicode map of every
/// glyph, /ActualText where the map cannot say a run's text), the catalog has /Lang and /MarkInfo: PDF/A-2a.</item>
/// <item>Tagged, and besides every figure has alternative text and every link annotation belongs to a structure
/// element: PDF/UA-1 as well (pdfuaid:part 1). Headings in order and table headers are the composer's part; they
/// are checked by the tests, not here.</item>
/// </list>
/// </summary>
internal sealed record Conformance(PdfAIdentification PdfA, int? UaPart)
{
    /// <param name="tree">The document's structure tree, written (it knows then whether its figures have alternative text).</param>
    public static Conformance Decide(StructureTree? tree, int untaggedAnnotations)
    {
        if (tree is null || tree.IsEmpty)
        {
            return new Conformance(new PdfAIdentification(2, "B"), null);
        }
        var accessible = untaggedAnnotations == 0 && tree.FiguresHaveAlternativeText;
        return new Conformance(new PdfAIdentification(2, "A"), accessible ? 1 : null);
    }
}
