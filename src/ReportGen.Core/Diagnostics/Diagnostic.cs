namespace ReportGen.Core.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One problem found in the user's data or templates, located so an editor can jump to it.
/// Formats as <c>path(line,col): error RG001: message</c>, the form MSBuild and VS Code make clickable.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, string Message, string File, int Line = 0, int Column = 0)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}({Line},{Column})" : File;
        var severity = Severity == Severity.Error ? "error" : "warning";
        // Messages echo the data: a control character or an escape sequence from a file never reaches the terminal raw.
        return Security.TextSafety.Escape($"{where}: {severity} {Code}: {Message}");
    }

    public static Diagnostic Error(string code, string message, string file, int line = 0, int column = 0) =>
        new(Severity.Error, code, message, file, line, column);

    public static Diagnostic Warning(string code, string message, string file, int line = 0, int column = 0) =>
        new(Severity.Warning, code, message, file, line, column);
}

/// <summary>
/// Thrown when user input cannot be used. Carries every diagnostic found, so the user sees all of them
/// at once; the command line prints them without a stack trace.
/// </summary>
public sealed class UserInputException(IReadOnlyList<Diagnostic> diagnostics)
    : Exception(string.Join(Environment.NewLine, diagnostics))
{
    public IReadOnlyList<Diagnostic> Diagnostics { get; } = diagnostics;

    public UserInputException(Diagnostic diagnostic) : this([diagnostic]) { }
}
