using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Core.Model;
using ReportGen.Core.Wording;

namespace ReportGen.Core.Tests.Wording;

public sealed class DataTextTests
{
    private const string Meeting = """
        id: khoa-hop
        unit: { name: Ý Yên, level: huyện }
        # Ghi chú của mẫu: khóa, hóa (không phải dữ liệu)
        issuers:
          - { name: Huyện uỷ Ý Yên, short_name: Huyện uỷ, kind: party }
        meeting:
          kind: conference
          title: "tổng kết công tác văn hoá năm 2020"
          date: 2021-01-23
          place: Ý Yên
          venue: Hội trường "Nhà văn hoá" huyện
        documents:
          - kind: markdown
            file: phat-bieu.md
            title: Phát biểu
            bases: ['Căn cứ Luật Thi đua, khen thưởng', 'Căn cứ kế hoạch "Văn hoá" năm 2021']

        """;

    private static (FileCheck Check, string Folder) Load(string data, string markdown, ToneMarkStyle printed = ToneMarkStyle.New)
    {
        var folder = Directory.CreateTempSubdirectory("reportgen-text-").FullName;
        File.WriteAllText(Path.Combine(folder, "meeting.yaml"), data);
        File.WriteAllText(Path.Combine(folder, "phat-bieu.md"), markdown);
        return (DataLoader.CheckFile(Path.Combine(folder, "meeting.yaml"), printed), folder);
    }

    [Fact]
    public void MixedPlacement_IsWarnedAt_TheFirstWordOfTheLessUsedOne_InTheMarkdownFile()
    {
        var (check, folder) = Load(Meeting, "# Phát biểu\n\nKhoá học mới.\n\nVăn hóa, khóa, hòa bình, tòa án.\n");
        try
        {
            // Old in the data file (uỷ, uỷ, hoá, hoá) and the Markdown's first word (Khoá): 5; new in the Markdown: 4.
            // The comment's "khóa, hóa" does not count. So the new placement is the minority: "hóa" at line 5.
            var warning = Assert.Single(check.Diagnostics, d => d.Code == DiagnosticCodes.MixedToneMarks);
            Assert.Equal(Severity.Warning, warning.Severity);
            Assert.Equal(Path.Combine(folder, "phat-bieu.md"), warning.File);
            Assert.Equal((5, 5), (warning.Line, warning.Column));
            Assert.Contains("“hóa”", warning.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void OnePlacement_IsNotWarned()
    {
        var (check, folder) = Load(Meeting, "Khoá học, hoà bình.\n");
        try
        {
            Assert.DoesNotContain(check.Diagnostics, d => d.Code == DiagnosticCodes.MixedToneMarks);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TheModel_HoldsOneSpelling_AndKeepsItsReferences()
    {
        var (check, folder) = Load(Meeting, "x\n");
        try
        {
            var meeting = Assert.IsType<Meeting>(check.Value);
            Assert.Equal("Huyện ủy Ý Yên", meeting.Issuers[0].Name);
            Assert.Equal("tổng kết công tác văn hóa năm 2020", meeting.Info.Title);
            Assert.Equal("Hội trường “Nhà văn hóa” huyện", meeting.Info.Venue);
            Assert.Equal("phat-bieu.md", meeting.Documents[0].File);
            // A list of texts: the one that changes is rewritten in place, the other kept.
            Assert.Equal(["Căn cứ Luật Thi đua, khen thưởng", "Căn cứ kế hoạch “Văn hóa” năm 2021"], meeting.Documents[0].Bases);
            Assert.Equal("khoa-hop", meeting.Id);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
