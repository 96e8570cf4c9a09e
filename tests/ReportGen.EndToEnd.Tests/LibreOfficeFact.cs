namespace ReportGen.EndToEnd.Tests;

/// <summary>A test that runs only where LibreOffice is installed (bash tests/run.sh installs it).</summary>
public sealed class LibreOfficeFactAttribute : FactAttribute
{
    public LibreOfficeFactAttribute()
    {
        if (LibreOffice.Path is null)
        {
            Skip = "libreoffice is missing: install the Debian package 'libreoffice-writer-nogui' (bash tests/run.sh does).";
        }
    }
}

/// <summary>LibreOffice headless, the second real client of the Word files: it converts them to PDF.</summary>
public static class LibreOffice
{
    public static string? Path { get; } = new[] { "libreoffice", "soffice" }
        .SelectMany(name => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
            .Select(folder => System.IO.Path.Combine(folder, name)))
        .FirstOrDefault(File.Exists);

    /// <summary>
    /// Converts the files to PDF in <paramref name="outputFolder"/> with a profile of its own (so it runs beside
    /// another LibreOffice), and returns the PDFs' paths in the files' order.
    /// </summary>
    public static IReadOnlyList<string> ConvertToPdf(IReadOnlyList<string> files, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        var profile = System.IO.Path.Combine(outputFolder, "profile");
        var start = new System.Diagnostics.ProcessStartInfo(Path ?? throw new InvalidOperationException("LibreOffice is not installed"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", outputFolder }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A guard against a hung converter, not a measure: the test asserts what it wrote, never how fast.
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("LibreOffice did not finish converting " + string.Join(", ", files));
        }
        var pdfs = files.Select(f => System.IO.Path.Combine(outputFolder, System.IO.Path.GetFileNameWithoutExtension(f) + ".pdf")).ToList();
        var missing = pdfs.Where(p => !File.Exists(p)).ToList();
        return missing.Count == 0
            ? pdfs
            : throw new InvalidOperationException($"LibreOffice wrote no {string.Join(", ", missing)} (exit {process.ExitCode}): {output.Result} {error.Result}");
    }

    /// <summary>The text of a PDF by poppler's pdftotext, any run of white space as one space, without the lines that are only a page number.</summary>
    public static string TextOf(string pdf)
    {
        var start = new System.Diagnostics.ProcessStartInfo("pdftotext") { RedirectStandardOutput = true };
        foreach (var argument in new[] { "-enc", "UTF-8", pdf, "-" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = System.Diagnostics.Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var lines = text.Split('\n', '\f').Where(line => !line.Trim().All(char.IsAsciiDigit) || line.Trim().Length == 0);
        return System.Text.RegularExpressions.Regex.Replace(string.Join(" ", lines), @"[\s\u00A0]+", " ");
    }
}
