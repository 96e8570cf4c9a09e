using ReportGen.Core.Diagnostics;
using ReportGen.Core.Security;
using ReportGen.Localization;

namespace ReportGen.Build;

/// <summary>
/// Which folders a build may write into (docs/security.md): not the root of a drive, not the home folder itself,
/// not a file, and not the data or templates folder or one holding them (the outputs would mix with the inputs).
/// </summary>
public static class OutputFolderRules
{
    /// <summary>Throws a <see cref="UserInputException"/> when the build must not write into the options' output folder.</summary>
    public static void Check(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var output = PathSafety.Resolve(options.OutputDirectory);
        Diagnostic Refused(string message) => Diagnostic.Error(DiagnosticCodes.OutputFolderRefused, message, options.OutputDirectory);
        if (File.Exists(output))
        {
            throw new UserInputException(Diagnostic.Error(DiagnosticCodes.OutputNotWritable, Messages.OutputIsAFile(), options.OutputDirectory));
        }
        if (Path.GetPathRoot(output) is { } root && Same(output, root))
        {
            throw new UserInputException(Refused(Messages.OutputFolderIsRoot()));
        }
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && Same(output, PathSafety.Resolve(home)))
        {
            throw new UserInputException(Refused(Messages.OutputFolderIsHome()));
        }
        foreach (var (folder, message) in new[] { (options.DataDirectory, Messages.OutputFolderHoldsData()), (options.TemplatesDirectory, Messages.OutputFolderHoldsTemplates()) })
        {
            var input = PathSafety.Resolve(folder);
            if (Same(output, input) || PathSafety.IsInside(input, output))
            {
                throw new UserInputException(Refused(message));
            }
        }
    }

    private static bool Same(string a, string b) => string.Equals(
        a.TrimEnd(Path.DirectorySeparatorChar), b.TrimEnd(Path.DirectorySeparatorChar),
        OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
}
