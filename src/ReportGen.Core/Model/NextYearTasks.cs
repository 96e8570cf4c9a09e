using System.ComponentModel;

namespace ReportGen.Core.Model;

/// <summary>Directions and tasks for the next year (phương hướng, nhiệm vụ).</summary>
public sealed class NextYearTasks
{
    [Description("Năm của nhiệm vụ.")]
    public int Year { get; init; }

    /// <summary>Markdown paragraph that sets the direction before the list of tasks.</summary>
    [Description("Đoạn phương hướng trước danh sách nhiệm vụ (Markdown).")]
    public string? Direction { get; init; }

    /// <summary>Each task as one Markdown sentence.</summary>
    [Description("Mỗi nhiệm vụ một câu (Markdown).")]
    public List<string> Items { get; init; } = [];
}
