using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ReportGen.Core.Loading;

/// <summary>
/// Reads a data folder: every <c>*.yaml</c> below it is either a meeting or, when its root holds a
/// <c>roundup:</c> key, a roundup. Problems come back as diagnostics with file, line and column.
/// </summary>
public static class DataLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithEnumNamingConvention(HyphenatedNamingConvention.Instance)
        .WithTypeConverter(new IsoDateConverter())
        .Build();

    /// <summary>Loads every data file below <paramref name="dataDirectory"/>; throws <see cref="UserInputException"/> listing all problems.</summary>
    public static DataSet LoadDirectory(string dataDirectory)
    {
        if (!Directory.Exists(dataDirectory))
        {
            throw new UserInputException(Diagnostic.Error("RG001",
                "Không tìm thấy thư mục dữ liệu. Hãy chỉ đúng thư mục chứa các tệp .yaml bằng --data.", dataDirectory));
        }

        var files = Directory.EnumerateFiles(dataDirectory, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

        var meetings = new List<Meeting>();
        var roundups = new List<Roundup>();
        var diagnostics = new List<Diagnostic>();
        foreach (var file in files)
        {
            try
            {
                switch (LoadFile(file))
                {
                    case Meeting m: meetings.Add(m); break;
                    case Roundup r: roundups.Add(r); break;
                }
            }
            catch (UserInputException e)
            {
                diagnostics.AddRange(e.Diagnostics);
            }
        }

        if (diagnostics.Count == 0)
        {
            diagnostics.AddRange(CheckReferences(meetings, roundups));
        }
        if (diagnostics.Any(d => d.Severity == Severity.Error))
        {
            throw new UserInputException(diagnostics);
        }
        if (meetings.Count == 0)
        {
            throw new UserInputException(Diagnostic.Error("RG002",
                "Thư mục dữ liệu không có tệp hội nghị nào (*.yaml). Hãy thêm ít nhất một tệp.", dataDirectory));
        }
        return new DataSet(meetings, roundups);
    }

    /// <summary>Reads one file: a <see cref="Meeting"/> or a <see cref="Roundup"/>.</summary>
    public static object LoadFile(string path)
    {
        string text;
        try
        {
            // Text from Word often arrives decomposed (NFD); shaping and searching want NFC.
            text = File.ReadAllText(path, Encoding.UTF8).Normalize(NormalizationForm.FormC);
        }
        catch (IOException e)
        {
            throw new UserInputException(Diagnostic.Error("RG003", $"Không đọc được tệp: {e.Message}", path));
        }
        return Parse(text, path);
    }

    /// <summary>Parses the text of one data file; <paramref name="path"/> only names it in messages.</summary>
    public static object Parse(string text, string path)
    {
        CheckSyntax(text, path);
        try
        {
            if (IsRoundup(text))
            {
                var roundup = Deserializer.Deserialize<RoundupFile>(text).Roundup
                    ?? throw new UserInputException(Diagnostic.Error("RG010", "Khóa 'roundup' không có nội dung.", path, 1, 1));
                roundup.SourcePath = path;
                Require(path, (roundup.Id, "roundup.id"), (roundup.Title, "roundup.title"));
                if (roundup.Meetings.Count == 0)
                {
                    throw new UserInputException(Diagnostic.Error("RG011", "Bài tổng hợp phải liệt kê ít nhất một hội nghị trong 'roundup.meetings'.", path, 1, 1));
                }
                return roundup;
            }

            var meeting = Deserializer.Deserialize<Meeting>(text)
                ?? throw new UserInputException(Diagnostic.Error("RG012", "Tệp dữ liệu rỗng. Hãy điền thông tin hội nghị.", path, 1, 1));
            meeting.SourcePath = path;
            Require(path,
                (meeting.Id, "id"),
                (meeting.Unit.Name, "unit.name"),
                (meeting.Info.Title, "meeting.title"),
                (meeting.Info.Place, "meeting.place"));
            if (meeting.Issuers.Count == 0)
            {
                throw new UserInputException(Diagnostic.Error("RG013", "Thiếu 'issuers': cần ít nhất một cơ quan tổ chức hội nghị.", path, 1, 1));
            }
            if (meeting.Info.Date == default)
            {
                throw new UserInputException(Diagnostic.Error("RG014", "Thiếu 'meeting.date' (dạng 2021-01-23).", path, 1, 1));
            }
            return meeting;
        }
        catch (YamlException e)
        {
            var located = e.InnerException as YamlException ?? e;
            throw new UserInputException(Diagnostic.Error("RG020", Explain(e), path, (int)located.Start.Line, (int)located.Start.Column));
        }
    }

    /// <summary>
    /// Reads the YAML events once before anything else, so every syntax error gets a position. Some broken
    /// files (an unclosed "[") make YamlDotNet's scanner fail without a position: then the error is placed
    /// just after the last part of the file that was still read correctly.
    /// </summary>
    private static void CheckSyntax(string text, string path)
    {
        var parser = new Parser(new StringReader(text));
        var lastGood = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                lastGood = parser.Current!.End;
            }
        }
        catch (YamlException e)
        {
            throw new UserInputException(Diagnostic.Error("RG021",
                $"Lỗi cú pháp YAML: {e.Message} Hãy kiểm tra dấu hai chấm, thụt lề (dùng dấu cách, không dùng tab) và các dấu ngoặc.",
                path, (int)e.Start.Line, (int)e.Start.Column));
        }
        catch (InvalidOperationException)
        {
            throw new UserInputException(Diagnostic.Error("RG022",
                "Lỗi cú pháp YAML ngay sau vị trí này: có thể thiếu dấu đóng ] hoặc } hay dấu ngoặc kép.",
                path, Math.Max(1, (int)lastGood.Line), Math.Max(1, (int)lastGood.Column)));
        }
    }

    private static bool IsRoundup(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count > 0
            && stream.Documents[0].RootNode is YamlMappingNode root
            && root.Children.ContainsKey(new YamlScalarNode("roundup"));
    }

    private static void Require(string path, params (string? Value, string Key)[] fields)
    {
        var missing = fields.Where(f => string.IsNullOrWhiteSpace(f.Value)).Select(f => f.Key).ToList();
        if (missing.Count > 0)
        {
            throw new UserInputException(missing.Select(key =>
                Diagnostic.Error("RG015", $"Thiếu trường bắt buộc '{key}'. Hãy điền giá trị cho nó.", path, 1, 1)).ToList());
        }
    }

    /// <summary>YamlDotNet's messages name .NET types; say what the secretary should do instead.</summary>
    private static string Explain(YamlException e)
    {
        if (e.InnerException is YamlException own)
        {
            return own.Message; // our own converters already speak to the user
        }
        var inner = e.InnerException?.Message;
        var message = e.Message;
        if (message.Contains("not found on type", StringComparison.Ordinal) && message.Contains("Property '", StringComparison.Ordinal))
        {
            var start = message.IndexOf("Property '", StringComparison.Ordinal) + 10;
            var end = message.IndexOf('\'', start);
            return $"Khóa '{message[start..end]}' không có trong mẫu dữ liệu. Hãy kiểm tra chính tả hoặc xóa dòng này.";
        }
        if (inner is not null && (inner.Contains("was not recognized as a valid", StringComparison.Ordinal) || e.InnerException is FormatException))
        {
            return $"Giá trị không đúng kiểu: {inner} Số viết dạng 12278.27 (dấu chấm thập phân, không có dấu phân cách hàng nghìn); ngày viết dạng 2021-01-23.";
        }
        return inner is null ? message : $"{message} {inner}";
    }

    private static IEnumerable<Diagnostic> CheckReferences(List<Meeting> meetings, List<Roundup> roundups)
    {
        foreach (var group in meetings.GroupBy(m => m.Id).Where(g => g.Count() > 1))
        {
            foreach (var m in group.Skip(1))
            {
                yield return Diagnostic.Error("RG030", $"Mã hội nghị '{m.Id}' trùng với tệp {group.First().SourcePath}. Mỗi hội nghị cần một mã riêng.", m.SourcePath, 1, 1);
            }
        }
        var ids = meetings.Select(m => m.Id).ToHashSet();
        foreach (var r in roundups)
        {
            foreach (var id in r.Meetings.Where(id => !ids.Contains(id)))
            {
                yield return Diagnostic.Error("RG031", $"Bài tổng hợp nhắc đến hội nghị '{id}' nhưng không có tệp dữ liệu nào mang mã này.", r.SourcePath, 1, 1);
            }
        }
    }

    private sealed class RoundupFile
    {
        public Roundup? Roundup { get; init; }
    }
}
