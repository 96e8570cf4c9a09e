using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ReportGen.Core.Validation;

/// <summary>
/// A YamlDotNet parser over events read before (by <see cref="DataValidator"/>): the representation model and the
/// deserializer take them as from the text, with the same positions, without the text being parsed again.
/// </summary>
internal sealed class EventReplay(IReadOnlyList<ParsingEvent> events) : IParser
{
    private int _next;

    /// <inheritdoc />
    public ParsingEvent? Current { get; private set; }

    /// <inheritdoc />
    public bool MoveNext()
    {
        if (_next < events.Count)
        {
            Current = events[_next++];
            return true;
        }
        Current = null;
        return false;
    }
}
