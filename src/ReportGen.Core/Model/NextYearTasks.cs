namespace ReportGen.Core.Model;

/// <summary>Directions and tasks for the next year (phương hướng, nhiệm vụ).</summary>
public sealed class NextYearTasks
{
    public int Year { get; init; }

    /// <summary>Markdown paragraph that sets the direction before the list of tasks.</summary>
    public string? Direction { get; init; }

    /// <summary>Each task as one Markdown sentence.</summary>
    public List<string> Items { get; init; } = [];
}
