namespace ReportGen.EndToEnd.Tests;

/// <summary>
/// The facts of the seed article (../shared/seeds/000_63737f8ca6b16246.txt), typed from the article by
/// hand, in the Vietnamese number format of the conventions (a space before a unit: "12.278,27 ha").
/// </summary>
public static class SeedFacts
{
    public static readonly string[] YYen =
    [
        "18/21 chỉ tiêu chủ yếu của năm 2020",
        "Đại hội đại biểu Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020-2025",
        "4 xã được UBND tỉnh công nhận đạt chuẩn NTM nâng cao",
        "6 thôn, xóm được UBND huyện công nhận mô hình NTM kiểu mẫu năm 2019",
        "4 tập thể, cá nhân được Thủ tướng Chính phủ tặng Bằng khen",
        "7 tập thể được Chủ tịch UBND tỉnh tặng “Cờ đơn vị dẫn đầu phong trào thi đua”",
        "29 tập thể được tặng danh hiệu “Tập thể lao động xuất sắc”",
        "12 tập thể, cá nhân được UBND tỉnh khen thưởng điển hình tiên tiến giai đoạn 2015-2020",
        // Every task for 2021
        "tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của các cấp ủy Đảng",
        "đẩy mạnh các phong trào thi đua yêu nước trên các lĩnh vực",
        "bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026",
        "“mục tiêu kép” vừa phòng chống dịch COVID-19",
        "xây dựng nông thôn mới nâng cao, kiểu mẫu",
        "thu hút đầu tư vào các cụm, điểm công nghiệp và làng nghề",
    ];

    public static readonly string[] XuanTruong =
    [
        "11/12 chỉ tiêu phát triển kinh tế - xã hội",
        "12.278,27 ha",
        "124,46 tạ/ha",
        "103 triệu đồng",
        "5.809 tỷ đồng, tăng 13% so với năm 2019",
        "37,2 triệu USD, tăng 2% so với cùng kỳ năm trước",
        "Nghị quyết đại hội Đảng bộ huyện lần thứ XXIV, nhiệm kỳ 2020-2025",
        // Every task for 2021
        "bầu cử đại biểu Quốc hội khóa XV và đại biểu HĐND các cấp nhiệm kỳ 2021-2026",
        "xây dựng xã NTM nâng cao, khu dân cư NTM kiểu mẫu",
        "hoàn thành các dự án, công trình nâng cấp hạ tầng cơ sở",
        "cải cách hành chính, xây dựng chính quyền điện tử",
        "giữ vững an ninh chính trị, trật tự an toàn xã hội",
    ];

    /// <summary>Numbers that belong to one unit only: finding them in the other's outputs is a mix-up.</summary>
    public static readonly string[] OnlyXuanTruong = ["12.278,27", "5.809", "37,2 triệu USD", "11/12"];
    public static readonly string[] OnlyYYen = ["18/21", "Tập thể lao động xuất sắc", "mục tiêu kép"];

    public const string Byline = "Đức Thiện và Xuân Thu";
    public const string RoundupTitle = "Các huyện: Ý Yên, Xuân Trường triển khai nhiệm vụ phát triển kinh tế - xã hội năm 2021";
}
