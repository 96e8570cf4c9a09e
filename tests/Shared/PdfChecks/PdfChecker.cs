using UglyToad.PdfPig;

namespace ReportGen.Tests.PdfChecks;

/// <summary>
/// Checks a PDF for the PDF/A-2 and PDF/UA-1 rules our files could break, read with PdfPig (a reader independent
/// of the one that writes them), and names each broken rule by veraPDF's published id (<see cref="Rules"/>). It is
/// not veraPDF: it checks fewer rules (see each part), and none that only a person can judge.
/// </summary>
public static class PdfChecker
{
    public static IReadOnlyList<PdfViolation> Check(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var objects = new PdfObjects(document);
        var violations = new List<PdfViolation>();
        MetadataChecks.Run(objects, violations);
        FontChecks.Run(objects, violations);
        MarkedContentChecks.Run(objects, violations);
        StructureChecks.Run(objects, violations);
        return violations;
    }

    public static IReadOnlyList<PdfViolation> Check(string path) => Check(File.ReadAllBytes(path));
}
