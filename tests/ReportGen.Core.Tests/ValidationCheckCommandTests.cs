using ReportGen.Cli;

namespace ReportGen.Core.Tests;

/// <summary><c>reportgen check</c>: prints every diagnostic and a count line, writes nothing, exits 0 or 1.</summary>
public sealed class ValidationCheckCommandTests
{
    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "ReportGen.sln")))
        {
            directory = directory.Parent;
        }
        return directory.FullName;
    }

    private static (int Exit, string Output) Check(string data)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CommandLine.Run(["check", "--data", data, "--templates", Path.Combine(Root(), "templates")], output, error);
        return (exit, output.ToString());
    }

    [Fact]
    public void Check_Seeds_ExitsZero_WithWarningsOnly()
    {
        var (exit, output) = Check(Path.Combine(Root(), "seeds"));
        Assert.Equal(0, exit);
        Assert.Contains(": warning RG070: ", output);
        Assert.DoesNotContain(": error ", output);
        Assert.Contains("0 lỗi", output);
    }

    [Fact]
    public void Check_BadData_PrintsEveryDiagnosticAndACount_ExitsOne_WritesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("rg-check-").FullName;
        try
        {
            File.Copy(Path.Combine(AppContext.BaseDirectory, "BadInputs", "wrong-types.yaml"), Path.Combine(folder, "w.yaml"));
            File.Copy(Path.Combine(AppContext.BaseDirectory, "BadInputs", "district-after-reform.yaml"), Path.Combine(folder, "d.yaml"));
            var (exit, output) = Check(folder);
            Assert.Equal(1, exit);
            Assert.Matches(@"w\.yaml\(21,18\): error RG027: ", output);
            Assert.Matches(@"d\.yaml\(4,10\): warning RG036: ", output);
            Assert.Contains("4 lỗi, 1 cảnh báo", output);
            Assert.Equal(2, Directory.GetFileSystemEntries(folder).Length);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }
}
