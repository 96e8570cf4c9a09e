using ReportGen.Cli;

namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// A console that cannot show UTF-8 (an old Windows console, REPORTGEN_ASCII=1, --ascii): Vietnamese without
/// diacritics instead of "L?m 2 h?i ngh?"; and the start by double-click or dropped folder (ExplorerStart).
/// </summary>
public sealed class ConsoleTextTests : IDisposable
{
    private readonly SeedWorkspace _work = new("console");

    public void Dispose() => _work.Dispose();

    [Theory]
    [InlineData("Làm 2 hội nghị; 0 hội nghị không đổi", "Lam 2 hoi nghi; 0 hoi nghi khong doi")]
    [InlineData("Đóng booklet.pdf trong trình đọc PDF rồi làm lại", "Dong booklet.pdf trong trinh doc PDF roi lam lai")]
    [InlineData("ĐẢNG BỘ TỈNH NAM ĐỊNH – Ý Yên", "DANG BO TINH NAM DINH - Y Yen")]
    [InlineData("Thuỷ, Thủy, Nguyễn Văn Ánh", "Thuy, Thuy, Nguyen Van Anh")]
    [InlineData("╭──┬──╮ │ 1.850 │ …", "+--+--+ | 1.850 | ...")]
    public void PlainAscii_StripsMarksAndMapsD(string vietnamese, string plain)
    {
        Assert.Equal(plain, PlainAscii.From(vietnamese));
        Assert.Equal(plain, PlainAscii.From(vietnamese.Normalize(System.Text.NormalizationForm.FormD)));
    }

    [Fact]
    public void Build_ThroughThePlainAsciiWriter_PrintsOnlyAsciiAndReadableVietnamese()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandLine.Run(["build", "--data", _work.Data, "--templates", _work.Templates, "--out", _work.Output, "--format", "md,html"],
            new PlainAsciiWriter(output), new PlainAsciiWriter(error), terminal: false);

        Assert.Equal(CommandLine.Success, code);
        var text = output.ToString() + error.ToString();
        Assert.True(System.Text.Ascii.IsValid(text), text);
        Assert.Contains("Lam 2 hoi nghi; 0 hoi nghi khong doi", text);
        Assert.Contains("huyen Y Yen", text);
        Assert.DoesNotMatch(@"\w\?\w", text); // no letter the console could not show
    }

    [Theory]
    [InlineData("REPORTGEN_ASCII", "1", null)]
    [InlineData("TERM", "dumb", "--ascii")]
    public async Task Process_AskedForAscii_PrintsVietnameseWithoutDiacritics(string variable, string value, string? option)
    {
        var start = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "reportgen.dll"), "check", "--data", _work.Data, "--templates", _work.Templates, option }.OfType<string>())
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment[variable] = value;
        start.Environment.Remove("REPORTGEN_LANG");
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var errors = await error;

        Assert.Equal(0, process.ExitCode);
        Assert.True(System.Text.Ascii.IsValid(output + errors), output + errors);
        Assert.Contains("Kiem tra xong: 0 loi, 2 canh bao.", output);
    }

    [Fact]
    public void DataFolderOf_NoArgumentsOrADroppedFolder_OnlyThose()
    {
        Assert.Equal(_work.Data, ExplorerStart.DataFolderOf([_work.Data]));
        Assert.Null(ExplorerStart.DataFolderOf(["build"]));
        Assert.Null(ExplorerStart.DataFolderOf(["--help"]));
        Assert.Null(ExplorerStart.DataFolderOf([Path.Combine(_work.Data, "y-yen.yaml")]));
        Assert.Null(ExplorerStart.DataFolderOf([_work.Data, "--force"]));
        // The test binaries are no package (no templates and du-lieu beside them): no arguments print the help.
        Assert.Null(ExplorerStart.DataFolderOf([]));
    }

    [Fact]
    public void Run_DroppedFolder_BuildsItIntoAnOutputFolderBesideIt_AndSaysWhere()
    {
        Environment.SetEnvironmentVariable("REPORTGEN_NO_OPEN", "1");
        var output = new StringWriter();
        var code = ExplorerStart.Run(_work.Data, new ConsoleSetup(output, new StringWriter(), Terminal: false, Ascii: false), _work.Templates);

        Assert.Equal(CommandLine.Success, code);
        var index = Path.Combine(_work.Root, "output", "index.html");
        Assert.True(File.Exists(index));
        Assert.Contains($"Kết quả: {index}", output.ToString());
        Assert.Equal(Path.Combine(_work.Root, "output"), ProgramFolders.OutputBeside(_work.Data + Path.DirectorySeparatorChar));
    }
}
