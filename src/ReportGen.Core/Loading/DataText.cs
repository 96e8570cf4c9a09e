using System.Collections;
using System.Collections.Concurrent;
using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Schema;
using ReportGen.Core.Wording;
using ReportGen.Localization;

namespace ReportGen.Core.Loading;

/// <summary>
/// The data's text brought to one spelling where it enters the pipeline (<see cref="Spelling.Canonical"/>):
/// every text value of a meeting or roundup, and (by the renderer, as it reads them) its Markdown files. Said
/// with a warning when a meeting's data mixes the two tone-mark placements; straight quotes are curled silently,
/// since a straight quote is what a keyboard types, not a choice of the writer.
/// </summary>
public static class DataText
{
    /// <summary>
    /// Values that are names of things rather than prose: ids, file paths, the list of example fields, a roundup's
    /// meeting ids. Changing a letter there would break a reference.
    /// </summary>
    private static readonly HashSet<string> NotProse = ["Id", "File", "Examples", "Meetings", "SourcePath"];

    /// <summary>Every text value of <paramref name="model"/> (a meeting, a roundup) in the canonical spelling, in place.</summary>
    public static void Normalise(object model)
    {
        ArgumentNullException.ThrowIfNull(model);
        foreach (var property in ProseProperties(model.GetType()))
        {
            switch (property.Read(model))
            {
                case string text:
                    // Written back only when it changed: most texts already are as printed, and the native program writes a
                    // property through reflection (an array of arguments and more, for every text of every data file).
                    if (NormaliseValue(text) is var normalised && !ReferenceEquals(normalised, text))
                    {
                        property.Write!(model, normalised);
                    }
                    break;
                case IList<string> list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        if (NormaliseValue(list[i]) is var spelled && !ReferenceEquals(spelled, list[i]))
                        {
                            list[i] = spelled;
                        }
                    }
                    break;
                case IList items:
                    // By index: an enumerator of the list was one more object for every list of every data file.
                    for (var i = 0; i < items.Count; i++)
                    {
                        if (items[i] is var item && IsModel(item))
                        {
                            Normalise(item!);
                        }
                    }
                    break;
                case var value when IsModel(value):
                    Normalise(value!);
                    break;
            }
        }
    }

    /// <summary>A key that may hold prose: text, a list or a model object (not an id, a path, a number or a date).</summary>
    private sealed record ProseProperty(Func<object, object?> Read, Action<object, object?>? Write);

    private static readonly ConcurrentDictionary<Type, ProseProperty[]> Prose = new();

    // Per type, with delegates for reading and writing (PropertyAccess): every object of every data file is walked.
    private static ProseProperty[] ProseProperties(Type type) => Prose.GetOrAdd(type, static t =>
        [.. ModelKeys.Properties(t)
            .Where(p => !NotProse.Contains(p.Name) && !p.PropertyType.IsValueType)
            .Select(p => new ProseProperty(PropertyAccess.Reader(p), p.PropertyType == typeof(string) ? PropertyAccess.Writer(p) : null))]);

    private static bool IsModel(object? value) =>
        value is not null && value.GetType() is { IsClass: true } type && type != typeof(string) && type.Namespace == typeof(Model.Meeting).Namespace;

    // A link has a colon after its scheme: most values have none, and are not parsed as one.
    private static string NormaliseValue(string? text) =>
        text is null || text.Contains(':', StringComparison.Ordinal) && Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "mailto"
            ? text!
            : Spelling.Canonical.Normalise(text);

    /// <summary>
    /// The warning for a meeting whose data file and Markdown files place tone marks both ways: at the first word
    /// of the less used placement, saying which placement the documents print. Null when the data keeps to one.
    /// </summary>
    /// <param name="files">The data file and its Markdown files, path and text (NFC), in that order.</param>
    public static Diagnostic? MixedToneMarks(IReadOnlyList<(string Path, string Text)> files, ToneMarkStyle printed) =>
        MixedToneMarks(files, () => printed);

    /// <param name="files">The data file and its Markdown files, path and text (NFC), in that order.</param>
    /// <param name="printed">
    /// The placement the documents print, asked only when the data is mixed: a build checks the data while the theme
    /// that says it is still being read, and a data file that keeps to one placement never waits for it.
    /// </param>
    public static Diagnostic? MixedToneMarks(IReadOnlyList<(string Path, string Text)> files, Func<ToneMarkStyle> printed)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(printed);
        // Counted in one pass, keeping each placement's first word: no list of every marked syllable, and none of
        // the generic LINQ over tuples that a cold start compiled just for this (about 40 methods).
        var newCount = 0;
        var oldCount = 0;
        StyledWord? firstNew = null;
        StyledWord? firstOld = null;
        foreach (var (path, text) in files)
        {
            foreach (var region in ProseRegions.Of(text))
            {
                foreach (var (index, syllable, style) in ToneMarks.Styled(text.Substring(region.Start, region.Length)))
                {
                    if (style == ToneMarkStyle.New)
                    {
                        newCount++;
                        firstNew ??= new StyledWord(path, text, region.Start + index, syllable);
                    }
                    else
                    {
                        oldCount++;
                        firstOld ??= new StyledWord(path, text, region.Start + index, syllable);
                    }
                }
            }
        }
        if (firstNew is null || firstOld is null)
        {
            return null;
        }
        // The fewer words are the slips; on a tie, the placement the documents do not print is the one to point at.
        var printedStyle = printed();
        var minority = newCount == oldCount
            ? (printedStyle == ToneMarkStyle.New ? ToneMarkStyle.Old : ToneMarkStyle.New)
            : newCount < oldCount ? ToneMarkStyle.New : ToneMarkStyle.Old;
        var (first, firstCount, example, exampleCount) = minority == ToneMarkStyle.New
            ? (firstNew, newCount, firstOld, oldCount)
            : (firstOld, oldCount, firstNew, newCount);
        var (line, column) = TextPosition.Of(first.Text, first.Index);
        return Diagnostic.Warning(DiagnosticCodes.MixedToneMarks,
            Messages.MixedToneMarks(first.Syllable, minority == ToneMarkStyle.Old, firstCount, example.Syllable, exampleCount,
                printedStyle == ToneMarkStyle.Old),
            first.Path, line, column);
    }

    /// <summary>A word of one tone-mark placement: where it is (file, its text, index) and as written.</summary>
    private sealed record StyledWord(string Path, string Text, int Index, string Syllable);

    /// <summary>A Markdown file of the data read as the renderer reads it, for <see cref="MixedToneMarks"/>; null when it cannot be.</summary>
    internal static string? ReadContentFile(string path)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path))
                .TrimStart('\uFEFF').Normalize(NormalizationForm.FormC).ReplaceLineEndings("\n");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            return null; // the document check has said why
        }
    }
}
