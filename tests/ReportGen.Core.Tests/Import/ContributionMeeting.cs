using System.Text;

namespace ReportGen.Core.Tests.Import;

/// <summary>The smallest meeting that binds one contribution file, for the tests of what loading says about that file.</summary>
internal static class ContributionMeeting
{
    /// <summary>Writes <c>meeting.yaml</c> into <paramref name="folder"/>, binding <paramref name="file"/>; returns its path.</summary>
    public static string Write(string folder, string file)
    {
        var path = Path.Combine(folder, "meeting.yaml");
        File.WriteAllText(path, $"""
            id: test-2021
            unit:
              name: Ý Yên
              level: huyện
            issuers:
              - name: Huyện ủy Ý Yên
                short_name: Huyện ủy
                kind: party
            meeting:
              title: tổng kết năm 2020
              year: 2020
              date: 2021-01-23
              place: Ý Yên
              delegates: 100
            documents:
              - kind: contribution
                file: {file}
                author: Đồng chí A
                unit: Đảng bộ xã Yên Tiến
            """, new UTF8Encoding(false));
        return path;
    }
}
