using System.ComponentModel;

namespace ReportGen.Core.Model;

/// <summary>A leader who presides or attends: "đồng chí Trần Lê Đoài, Phó Chủ tịch UBND tỉnh".</summary>
[Description("Một lãnh đạo, khách mời.")]
public sealed class Person
{
    [Description("Họ tên.")]
    public string Name { get; init; } = "";

    /// <summary>Position and body as a sentence gives them after the name.</summary>
    [Description("Chức vụ, cơ quan: \"Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh\".")]
    public string? Position { get; init; }

    /// <summary>Gives the directing speech (phát biểu chỉ đạo).</summary>
    [Description("Phát biểu chỉ đạo (true/false).")]
    public bool Speaks { get; init; }
}
