using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Core.Validation;

/// <summary>
/// A data file as the validator parsed it: the parser's events, in order, and the document they make. The loader
/// builds the model from the same events (<see cref="Replay"/>) instead of parsing the text again: a file used
/// to be parsed four times (the validator's event pass, its document, the loader's document and the deserializer's
/// pass), and parsing was about half the time of loading a province.
/// </summary>
/// <param name="Events">The parser's events, from the stream's start to its end.</param>
/// <param name="Root">The root node of the file's one document.</param>
internal sealed record ParsedYaml(IReadOnlyList<ParsingEvent> Events, YamlNode Root)
{
    /// <summary>A parser that gives the file's events again, for YamlDotNet's deserializer.</summary>
    public IParser Replay() => new EventReplay(Events);
}
