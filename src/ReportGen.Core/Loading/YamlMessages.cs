namespace ReportGen.Core.Loading;

/// <summary>What YamlDotNet's own (English) messages say, read back so a message can say it to the user instead.</summary>
public static class YamlMessages
{
    private const string PropertyStart = "Property '";

    /// <summary>
    /// The key YamlDotNet's "Property 'x' not found on type 'T'." names (a key the file has and the type does not), or
    /// null for any other message. Its own message names a .NET type, which means nothing to the person who wrote the file.
    /// </summary>
    public static string? UnknownKey(string message)
    {
        var at = message.IndexOf(PropertyStart, StringComparison.Ordinal);
        var end = at < 0 ? -1 : message.IndexOf('\'', at + PropertyStart.Length);
        return end > 0 && message.IndexOf("not found on type", end, StringComparison.Ordinal) > 0
            ? message[(at + PropertyStart.Length)..end]
            : null;
    }
}
