namespace ReportGen.Core.Diagnostics;

/// <summary>Where a character of a text stands, as an editor counts: 1-based line and column.</summary>
public static class TextPosition
{
    /// <summary>The line and column of the character at <paramref name="index"/> (clamped to the text).</summary>
    public static (int Line, int Column) Of(string text, int index)
    {
        ArgumentNullException.ThrowIfNull(text);
        index = Math.Clamp(index, 0, text.Length);
        var line = 1 + text.AsSpan(0, index).Count('\n');
        var column = index - (index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1) + 1;
        return (line, column);
    }
}
