using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ReportGen.Core.Diagnostics;
using ReportGen.Localization;
using ReportGen.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Core.Validation;

/// <summary>The root of a roundup file: one <c>roundup:</c> key.</summary>
internal sealed class RoundupFile
{
    public Roundup? Roundup { get; init; }
}

/// <summary>
/// Checks the text of one data file before it is deserialized and reports every problem found, each at
/// its line and column: tabs, syntax, duplicate keys, unknown keys, wrong types, missing fields,
/// impossible values; warnings for districts after 1 July 2025 and for example values.
/// </summary>
public static partial class DataValidator
{
    private static readonly DateOnly DistrictsAbolished = new(2025, 7, 1);
    private static readonly string[] DistrictLevels = ["huyện", "quận", "thị xã", "thành phố thuộc tỉnh"];

    [GeneratedRegex(@"^-?\d{1,3}(\.\d{3})+(,\d+)?$|^-?\d+,\d+$")]
    private static partial Regex VietnameseNumber();

    /// <summary>All problems of <paramref name="text"/>; <paramref name="path"/> only names the file.</summary>
    public static IReadOnlyList<Diagnostic> Validate(string text, string path) => Validate(text, path, out _);

    /// <summary>All problems of <paramref name="text"/>, and the file as parsed when the checks could read it whole (null when not).</summary>
    internal static IReadOnlyList<Diagnostic> Validate(string text, string path, out ParsedYaml? parsed)
    {
        parsed = null;
        var diagnostics = new List<Diagnostic>();
        CheckTabs(text, path, diagnostics);
        if (diagnostics.Count > 0)
        {
            return diagnostics; // the parser cannot read past a tab: its own messages would only repeat these
        }
        var events = new List<ParsingEvent>();
        if (!CheckEvents(text, path, diagnostics, events))
        {
            return diagnostics;
        }
        var stream = new YamlStream();
        try
        {
            stream.Load(new EventReplay(events));
        }
        catch (ArgumentException)
        {
            // The representation model refuses an event the parser allowed; no position is known beyond the file.
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SyntaxError, Messages.SyntaxError(""), path, 1, 1));
            return diagnostics;
        }
        catch (YamlException e)
        {
            // e.g. an alias (*name) to an anchor (&name) that does not exist
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SyntaxError,
                Messages.SyntaxErrorNearAlias(e.Message),
                path, Math.Max(1, (int)e.Start.Line), Math.Max(1, (int)e.Start.Column)));
            return diagnostics;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.EmptyFile, Messages.EmptyFile(), path, 1, 1));
            return diagnostics;
        }
        if (stream.Documents.Count > 1)
        {
            diagnostics.Add(ErrorAt(DiagnosticCodes.SeveralDocuments, Messages.SeveralDocuments(), path, stream.Documents[1].RootNode));
            return diagnostics;
        }
        var root = stream.Documents[0].RootNode;
        parsed = new ParsedYaml(events, root);
        // A link the documents will not make (javascript:, data:, file: …), said where it is written.
        foreach (var (line, column, url) in Security.LinkScanner.RefusedLinks(text))
        {
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.RefusedLink, Messages.RefusedLink(url), path, line, column));
        }
        var isRoundup = root is YamlMappingNode map && map.Children.ContainsKey(new YamlScalarNode("roundup"));
        CheckNode(root, isRoundup ? typeof(RoundupFile) : typeof(Meeting), "", path, diagnostics);
        if (root is not YamlMappingNode rootMap)
        {
            return diagnostics;
        }
        if (isRoundup)
        {
            CheckRoundup(rootMap, path, diagnostics);
        }
        else
        {
            CheckMeeting(rootMap, path, diagnostics);
        }
        return [.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)];
    }

    /// <summary>Rule 1: YAML forbids tabs in indentation.</summary>
    private static void CheckTabs(string text, string path, List<Diagnostic> diagnostics)
    {
        // Line by line in place: splitting the text into lines copied the whole file (about 4 % of what checking it allocated).
        var lineStart = 0;
        for (var lineNumber = 1; lineStart <= text.Length; lineNumber++)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.Length : lineEnd;
            for (var c = lineStart; c < lineEnd && (text[c] == ' ' || text[c] == '\t'); c++)
            {
                if (text[c] == '\t')
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TabIndentation,
                        Messages.TabIndentation(),
                        path, lineNumber, c - lineStart + 1));
                    break;
                }
            }
            lineStart = lineEnd + 1;
        }
    }

    /// <summary>
    /// An open mapping or list while the events are read. One frame per depth serves every collection at that depth
    /// (<see cref="Open"/>): a meeting has about 150 mappings and lists, and a frame and a key table each were
    /// about 6 % of the bytes checking a file allocated.
    /// </summary>
    private sealed class Frame
    {
        public bool IsMapping { get; private set; }
        public bool ExpectKey { get; set; }
        /// <summary>The keys of a mapping read so far, where each was written.</summary>
        public Dictionary<string, Mark> Keys { get; private set; } = new(StringComparer.Ordinal);
        /// <summary>The anchor (&amp;name) this collection defines, if any.</summary>
        public string? Anchor { get; private set; }
        /// <summary>Nodes inside it, aliases counted as all the nodes they stand for.</summary>
        public long Nodes { get; set; }

        /// <summary>The frame of <paramref name="depth"/> (made the first time that depth is reached), opened for a new collection.</summary>
        public static Frame Open(List<Frame> byDepth, int depth, bool isMapping, string? anchor)
        {
            if (depth == byDepth.Count)
            {
                byDepth.Add(new Frame());
            }
            var frame = byDepth[depth];
            frame.IsMapping = isMapping;
            frame.ExpectKey = true;
            // Clearing costs the table's size: a table grown large by a long mapping is dropped, not cleared again
            // for every small mapping after it at that depth (a hostile file could have many of both).
            if (frame.Keys.Count > 32)
            {
                frame.Keys = new(StringComparer.Ordinal);
            }
            else
            {
                frame.Keys.Clear();
            }
            frame.Anchor = anchor;
            frame.Nodes = 0;
            return frame;
        }
    }

    /// <summary>Deeper than this, a data file is not a meeting but an attack on the parser's stack (60 000 "[" crashed it).</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// Nodes a file may hold once its aliases (*name) stand for what their anchors hold: a province's meeting
    /// with 12 000 award names has some 40 000; a 21 KB "billion laughs" would have a million or a billion.
    /// </summary>
    public const long MaxNodes = 500_000;

    /// <summary>Syntax errors and rule 5 (duplicate keys), from the parser's events. False when the file cannot be loaded further.</summary>
    /// <param name="events">Receives every event the parser gave, for the document and the deserializer to be made from.</param>
    private static bool CheckEvents(string text, string path, List<Diagnostic> diagnostics, List<ParsingEvent> events)
    {
        var parser = new Parser(new StringReader(text));
        var lastGood = Mark.Empty;
        var stack = new Stack<Frame>();
        var frames = new List<Frame>(); // one per depth, reused (Frame.Open)
        var duplicates = false;
        // What each anchor stands for, and the nodes of the whole file with every alias expanded.
        var anchors = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        void Count(long nodes)
        {
            total += nodes;
            if (stack.TryPeek(out var parent))
            {
                parent.Nodes += nodes;
            }
        }
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                events.Add(current);
                lastGood = current.End;
                if (current is MappingEnd or SequenceEnd)
                {
                    var done = stack.Pop();
                    if (done.Anchor is { } name)
                    {
                        anchors[name] = done.Nodes + 1;
                    }
                    Count(done.Nodes + 1);
                    total -= done.Nodes; // counted already, node by node, as they came
                    continue;
                }
                if (current is Scalar { Anchor.IsEmpty: false } anchored)
                {
                    anchors[anchored.Anchor.Value] = 1;
                }
                if (current is Scalar)
                {
                    Count(1);
                }
                else if (current is AnchorAlias alias)
                {
                    Count(anchors.TryGetValue(alias.Value.Value, out var stands) ? stands : 1);
                }
                if (total > MaxNodes)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TooLarge, Messages.TooManyNodes(MaxNodes),
                        path, (int)current.Start.Line, (int)current.Start.Column));
                    return false;
                }
                if (current is MappingStart or SequenceStart && stack.Count >= MaxDepth)
                {
                    diagnostics.Add(Diagnostic.Error(DiagnosticCodes.TooLarge, Messages.TooDeep(MaxDepth),
                        path, (int)current.Start.Line, (int)current.Start.Column));
                    return false;
                }
                if (current is not (Scalar or MappingStart or SequenceStart or AnchorAlias))
                {
                    continue;
                }
                if (stack.TryPeek(out var top) && top.IsMapping)
                {
                    if (top.ExpectKey && current is Scalar { Value.Length: 0, Style: ScalarStyle.Plain } emptyKey)
                    {
                        // A line that starts with ':' (a key lost in an edit): the YAML library itself fails on it later.
                        // The empty key is marked where the text before it ended; the colon is what the user sees.
                        var (line, column) = LineStartingWith(text, ':', (int)emptyKey.Start.Line) ?? ((int)emptyKey.Start.Line, (int)emptyKey.Start.Column);
                        diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SyntaxError, Messages.EmptyKey(), path, line, column));
                        return false;
                    }
                    if (top.ExpectKey && current is Scalar key)
                    {
                        if (top.Keys.TryGetValue(key.Value, out var first))
                        {
                            duplicates = true;
                            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.DuplicateKey,
                                Messages.DuplicateKey(key.Value, first.Line, first.Column, key.Start.Line, key.Start.Column),
                                path, (int)key.Start.Line, (int)key.Start.Column));
                        }
                        else
                        {
                            top.Keys[key.Value] = key.Start;
                        }
                    }
                    top.ExpectKey = !top.ExpectKey;
                }
                if (current is MappingStart mapping)
                {
                    stack.Push(Frame.Open(frames, stack.Count, true, mapping.Anchor.IsEmpty ? null : mapping.Anchor.Value));
                }
                else if (current is SequenceStart sequence)
                {
                    stack.Push(Frame.Open(frames, stack.Count, false, sequence.Anchor.IsEmpty ? null : sequence.Anchor.Value));
                }
            }
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.SyntaxError,
                Messages.SyntaxError(e.Message),
                path, (int)e.Start.Line, (int)e.Start.Column));
            return false;
        }
        catch (InvalidOperationException)
        {
            diagnostics.Add(Diagnostic.Error(DiagnosticCodes.UnclosedBracket,
                Messages.UnclosedBracket(),
                path, Math.Max(1, (int)lastGood.Line), Math.Max(1, (int)lastGood.Column)));
            return false;
        }
        return !duplicates; // the representation model refuses duplicate keys
    }

    /// <summary>The first line from <paramref name="fromLine"/> on whose text starts (after spaces) with <paramref name="wanted"/>.</summary>
    private static (int Line, int Column)? LineStartingWith(string text, char wanted, int fromLine)
    {
        var lines = text.Split('\n');
        for (var i = Math.Max(0, fromLine - 1); i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart(' ');
            if (trimmed.StartsWith(wanted))
            {
                return (i + 1, lines[i].Length - trimmed.Length + 1);
            }
        }
        return null;
    }

    private static Diagnostic ErrorAt(string code, string message, string path, YamlNode node) =>
        Diagnostic.Error(code, message, path, (int)node.Start.Line, (int)node.Start.Column);

    private static bool IsNull(YamlScalarNode s) =>
        s.Style == ScalarStyle.Plain && s.Value is null or "" or "~" or "null" or "Null" or "NULL";

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => Messages.AMapping,
        YamlSequenceNode => Messages.AList,
        YamlScalarNode s => $"'{s.Value}'",
        _ => Messages.AReference,
    };

    /// <summary>Rules 2 and 3: known keys at each level, values of the right type.</summary>
    private static void CheckNode(YamlNode node, Type type, string where, string path, List<Diagnostic> diagnostics)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var name = where.Length == 0 ? Messages.WholeFile : where;
        if (node is YamlScalarNode nullScalar && IsNull(nullScalar))
        {
            return; // empty: the default, or a missing required field reported later
        }
        if (type == typeof(string))
        {
            if (node is not YamlScalarNode)
            {
                diagnostics.Add(ErrorAt(DiagnosticCodes.WrongShape, Messages.NeedsText(name, Describe(node)), path, node));
            }
            return;
        }
        if (type == typeof(int) || type == typeof(decimal))
        {
            CheckNumber(node, type == typeof(int), name, path, diagnostics);
            return;
        }
        if (type == typeof(DateOnly))
        {
            if (node is not YamlScalarNode s || !TryDate(s.Value, out _))
            {
                diagnostics.Add(ErrorAt(DiagnosticCodes.BadDate,
                    Messages.BadDate(Describe(node)), path, node));
            }
            return;
        }
        if (type == typeof(bool))
        {
            if (node is not YamlScalarNode { Value: "true" or "false" or "True" or "False" })
            {
                diagnostics.Add(ErrorAt(DiagnosticCodes.WrongShape, Messages.NeedsTrueOrFalse(name, Describe(node)), path, node));
            }
            return;
        }
        if (type.IsEnum)
        {
            var values = ModelSchema.EnumValues(type);
            if (node is not YamlScalarNode s || !values.Contains(s.Value, StringComparer.OrdinalIgnoreCase))
            {
                var nearest = node is YamlScalarNode sv && sv.Value is { } v ? ModelSchema.Nearest(v, values) : null;
                diagnostics.Add(ErrorAt(DiagnosticCodes.WrongShape, Messages.NotAChoice(Describe(node), name, nearest, values), path, node));
            }
            return;
        }
        if (ModelSchema.ListItemType(type) is { } itemType)
        {
            if (node is not YamlSequenceNode sequence)
            {
                diagnostics.Add(ErrorAt(DiagnosticCodes.WrongShape, Messages.NeedsList(name, Describe(node)), path, node));
                return;
            }
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                CheckNode(sequence.Children[i], itemType, $"{where}[{i}]", path, diagnostics);
            }
            return;
        }
        if (node is not YamlMappingNode mapping)
        {
            diagnostics.Add(ErrorAt(DiagnosticCodes.WrongShape, Messages.NeedsMapping(name, Describe(node)), path, node));
            return;
        }
        var keys = ModelSchema.KeysOf(type);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!keys.TryGetValue(key, out var valueType))
            {
                var nearest = ModelSchema.Nearest(key, keys.Keys);
                diagnostics.Add(ErrorAt(DiagnosticCodes.UnknownKey, Messages.UnknownKey(key, name, nearest, keys.Keys), path, keyNode));
                continue;
            }
            CheckNode(value, valueType, where.Length == 0 ? key : $"{where}.{key}", path, diagnostics);
            CheckBound(value, ModelSchema.RangeOf(type, key), where.Length == 0 ? key : $"{where}.{key}", path, diagnostics);
        }
        CheckRequired(mapping, type, where, path, diagnostics);
    }

    /// <summary>
    /// Rule 4: the model's required fields (<see cref="System.Text.Json.Serialization.JsonRequiredAttribute"/>, the
    /// one place they are declared) are present and not empty; reported at the empty value or at the mapping
    /// that lacks them.
    /// </summary>
    private static void CheckRequired(YamlMappingNode mapping, Type type, string where, string path, List<Diagnostic> diagnostics)
    {
        foreach (var key in ModelSchema.RequiredKeysOf(type))
        {
            var at = where.Length == 0 ? key : $"{where}.{key}";
            mapping.Children.TryGetValue(new YamlScalarNode(key), out var value);
            var empty = value is null
                || value is YamlScalarNode s && (IsNull(s) || string.IsNullOrWhiteSpace(s.Value))
                || value is YamlSequenceNode { Children.Count: 0 };
            if (!empty)
            {
                continue;
            }
            var node = value is YamlScalarNode { Value.Length: > 0 } ? value : mapping;
            diagnostics.Add(at switch
            {
                "issuers" => ErrorAt(DiagnosticCodes.MissingIssuers, Messages.MissingIssuers(), path, value ?? mapping),
                "meeting.date" => ErrorAt(DiagnosticCodes.MissingDate, Messages.MissingDate(), path, node),
                "roundup.meetings" => ErrorAt(DiagnosticCodes.RoundupWithoutMeetings, Messages.RoundupWithoutMeetings(), path, value ?? mapping),
                _ => ErrorAt(DiagnosticCodes.MissingField, Messages.MissingField(at), path, node),
            });
        }
    }

    /// <summary>
    /// Rule 7, the upper bounds: a number above the model's <see cref="System.ComponentModel.DataAnnotations.RangeAttribute"/>
    /// maximum (400 000 000 delegates would overflow the sheet count). Values below zero have their own rules.
    /// </summary>
    private static void CheckBound(YamlNode node, System.ComponentModel.DataAnnotations.RangeAttribute? range, string name, string path, List<Diagnostic> diagnostics)
    {
        if (range is null || node is not YamlScalarNode { Value: { } text } || !TryDecimal(text, out var value))
        {
            return;
        }
        var maximum = Convert.ToDecimal(range.Maximum, CultureInfo.InvariantCulture);
        if (value > maximum)
        {
            diagnostics.Add(ErrorAt(DiagnosticCodes.OutOfRange, Messages.AboveMaximum(name, text, maximum.ToString(CultureInfo.InvariantCulture)), path, node));
        }
    }

    private static void CheckNumber(YamlNode node, bool integer, string name, string path, List<Diagnostic> diagnostics)
    {
        if (node is YamlScalarNode { Value: { } value } && (integer ? TryInt(value, out _) : TryDecimal(value, out _)))
        {
            return;
        }
        if (node is YamlScalarNode { Value: { } text } && VietnameseNumber().IsMatch(text))
        {
            var plain = text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.');
            diagnostics.Add(ErrorAt(DiagnosticCodes.VietnameseNumber,
                Messages.VietnameseNumber(text, plain), path, node));
            return;
        }
        diagnostics.Add(ErrorAt(DiagnosticCodes.NotANumber, Messages.NotANumber(name, Describe(node), integer), path, node));
    }

    private static bool TryInt(string? text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static bool TryDecimal(string? text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static bool TryDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string? Text(YamlNode root, string at) =>
        YamlPaths.Find(root, at) is YamlScalarNode s && !IsNull(s) && !string.IsNullOrWhiteSpace(s.Value) ? s.Value : null;

    /// <summary>An id names an output folder: a slug, never a path (<see cref="Security.Ids"/>).</summary>
    private static void CheckId(YamlNode root, string at, string path, List<Diagnostic> diagnostics)
    {
        if (YamlPaths.Find(root, at) is YamlScalarNode { Value: { Length: > 0 } id } node && !IsNull(node) && !Security.Ids.IsValid(id))
        {
            diagnostics.Add(ErrorAt(DiagnosticCodes.BadId, Messages.BadId(id), path, node));
        }
    }

    private static void CheckMeeting(YamlMappingNode root, string path, List<Diagnostic> diagnostics)
    {
        CheckId(root, "id", path, diagnostics);
        // Rule 7: impossible values (only where the value itself could be read).
        if (YamlPaths.Find(root, "results.targets.achieved") is YamlScalarNode achievedNode && TryInt(achievedNode.Value, out var achieved)
            && TryInt(Text(root, "results.targets.total"), out var total) && achieved > total)
        {
            diagnostics.Add(ErrorAt(DiagnosticCodes.AchievedAboveTotal,
                Messages.AchievedAboveTotal(achieved, total), path, achievedNode));
        }
        var counts = new List<string> { "meeting.delegates", "meeting.reserve_copies", "results.targets.achieved", "results.targets.total" };
        if (YamlPaths.Find(root, "emulation.awards") is YamlSequenceNode awards)
        {
            counts.AddRange(Enumerable.Range(0, awards.Children.Count).Select(i => $"emulation.awards[{i}].count"));
        }
        foreach (var at in counts)
        {
            if (YamlPaths.Find(root, at) is YamlScalarNode n && TryInt(n.Value, out var count) && count < 0)
            {
                diagnostics.Add(ErrorAt(DiagnosticCodes.NegativeCount, Messages.NegativeCount(at, count), path, n));
            }
        }
        if (YamlPaths.Find(root, "results.fields") is YamlSequenceNode fields)
        {
            for (var f = 0; f < fields.Children.Count; f++)
            {
                if (YamlPaths.Find(fields.Children[f], "indicators") is not YamlSequenceNode indicators)
                {
                    continue;
                }
                for (var i = 0; i < indicators.Children.Count; i++)
                {
                    if (YamlPaths.Find(indicators.Children[i], "change.percent") is YamlScalarNode p && TryDecimal(p.Value, out var percent) && percent < -100)
                    {
                        diagnostics.Add(ErrorAt(DiagnosticCodes.ChangeBelowMinus100,
                            Messages.ChangeBelowMinus100(p.Value, $"results.fields[{f}].indicators[{i}]"), path, p));
                    }
                }
            }
        }
        if (YamlPaths.Find(root, "meeting.date") is YamlScalarNode dateNode && TryDate(dateNode.Value, out var date))
        {
            if (date.Year < 1945 || date.Year > 2100)
            {
                diagnostics.Add(ErrorAt(DiagnosticCodes.ImplausibleDate,
                    Messages.ImplausibleDate(dateNode.Value), path, dateNode));
            }
            // Rule 8: no district level since 1 July 2025.
            if (date >= DistrictsAbolished && YamlPaths.Find(root, "unit.level") is YamlScalarNode levelNode
                && DistrictLevels.Contains(levelNode.Value?.Normalize(NormalizationForm.FormC).Trim().ToLowerInvariant()))
            {
                diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.DistrictAfterReform,
                    Messages.DistrictAfterReform(levelNode.Value, dateNode.Value),
                    path, (int)levelNode.Start.Line, (int)levelNode.Start.Column));
            }
        }
        DocumentValidator.Check(root, path, diagnostics);
        if (YamlPaths.Find(root, "examples") is YamlSequenceNode { Children.Count: > 0 } examples)
        {
            var names = examples.Children.OfType<YamlScalarNode>().Select(s => s.Value);
            diagnostics.Add(Diagnostic.Warning(DiagnosticCodes.ExampleValues,
                Messages.ExampleValues(names),
                path, (int)examples.Start.Line, (int)examples.Start.Column));
        }
    }

    private static void CheckRoundup(YamlMappingNode root, string path, List<Diagnostic> diagnostics)
    {
        CheckId(root, "roundup.id", path, diagnostics);
        var roundup = YamlPaths.Find(root, "roundup");
        if (roundup is not YamlMappingNode)
        {
            if (roundup is YamlScalarNode s && IsNull(s))
            {
                diagnostics.Add(ErrorAt(DiagnosticCodes.EmptyRoundup, Messages.EmptyRoundup(), path, s));
            }
        }
    }
}
