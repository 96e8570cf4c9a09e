using System.Diagnostics.Tracing;

namespace ReportGen.Benchmarks;

/// <summary>
/// The collector's work while switched on, from the runtime's own events: collections by generation and the
/// bytes each collection promoted (what survived it and was copied or kept), summed. A heap holding all the pages
/// of a pass would show as more bytes promoted per page in a thick booklet than in a thin one.
/// </summary>
public sealed class GcWatcher : EventListener
{
    private readonly long[] _collections = new long[3];
    private long _promoted0, _promoted1, _promoted2;
    private volatile bool _on;

    public void Start() => _on = true;

    public void Stop() => _on = false;

    public sealed record Totals(long Gen0, long Gen1, long Gen2, long PromotedFromGen0, long PromotedFromGen1, long PromotedInGen2);

    public Totals Read()
    {
        lock (_collections)
        {
            return new Totals(_collections[0], _collections[1], _collections[2], _promoted0, _promoted1, _promoted2);
        }
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Informational, (EventKeywords)0x1); // GC keyword: GCStart, GCHeapStats
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || e.Payload is null)
        {
            return;
        }
        lock (_collections)
        {
            if (e.EventName.StartsWith("GCStart", StringComparison.Ordinal))
            {
                var depth = Convert.ToInt32(e.Payload[e.PayloadNames!.IndexOf("Depth")], System.Globalization.CultureInfo.InvariantCulture);
                _collections[Math.Clamp(depth, 0, 2)]++;
            }
            else if (e.EventName.StartsWith("GCHeapStats", StringComparison.Ordinal))
            {
                long Field(string name) => Convert.ToInt64(e.Payload[e.PayloadNames!.IndexOf(name)], System.Globalization.CultureInfo.InvariantCulture);
                _promoted0 += Field("TotalPromotedSize0");
                _promoted1 += Field("TotalPromotedSize1");
                _promoted2 += Field("TotalPromotedSize2");
            }
        }
    }
}
