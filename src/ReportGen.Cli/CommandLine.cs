using ReportGen.Build;
using ReportGen.Core.Diagnostics;
using ReportGen.Core.Loading;
using ReportGen.Templating;

namespace ReportGen.Cli;

/// <summary>
/// The <c>reportgen</c> command. It only reads the options and prints; the work is in ReportGen.Build.
/// Exit codes: 0 success, 1 a problem in the data or templates, 2 an internal failure.
/// </summary>
public static class CommandLine
{
    public const int Success = 0;
    public const int UserError = 1;
    public const int InternalError = 2;

    private const string Help = """
        ReportGen: tài liệu hội nghị tổng kết năm từ dữ liệu YAML.

        Cách dùng:
          reportgen build [--data <thư mục>] [--templates <thư mục>] [--out <thư mục>] [--site-url <địa chỉ>] [--only <mã hội nghị>] [--format pdf,html,md] [--verbose]
          reportgen check [--data <thư mục>] [--templates <thư mục>]
          reportgen serve [--out <thư mục>] [--port <số cổng>]
          reportgen new <mã hội nghị> [--data <thư mục>] [--templates <thư mục>]

        Lệnh new tạo tệp dữ liệu mới <thư mục dữ liệu>/<mã hội nghị>.yaml có đủ mọi trường, mỗi trường một
        lời chú thích và một giá trị ví dụ để điền; không ghi đè tệp đã có. Mã chỉ gồm a-z, 0-9 và dấu gạch nối.

        Lệnh check kiểm tra dữ liệu và mẫu, không ghi gì: in mọi lỗi và cảnh báo (tệp(dòng,cột)),
        trả về 0 khi không có lỗi (chỉ cảnh báo), 1 khi có lỗi.

        Lệnh serve mở thư mục kết quả (mặc định: output) tại http://127.0.0.1:<cổng>/ (mặc định cổng 8080)
        để xem nhanh bằng trình duyệt trên chính máy này; nhấn Ctrl+C để dừng.

        Lệnh build đọc mọi tệp .yaml trong thư mục dữ liệu và ghi vào thư mục kết quả:
          index.html                  danh sách hội nghị
          <mã hội nghị>/booklet.pdf    tập tài liệu in cho đại biểu
          <mã hội nghị>/booklet-print.pdf  bản in: trang A5 ghép đôi trên tờ A4 ngang, in hai mặt (lật cạnh ngắn), gấp đôi, ghim giữa
          <mã hội nghị>/index.html     trang web của hội nghị
          <mã hội nghị>/article.md     bài báo
          <mã bài tổng hợp>/article.md bài tổng hợp nhiều hội nghị trong ngày
          print-plan.md               kế hoạch in: số trang, số tờ A4 mỗi cuốn, số cuốn, tổng số tờ

        Tùy chọn:
          --data <thư mục>       dữ liệu (mặc định: seeds)
          --templates <thư mục>  mẫu và giao diện (mặc định: templates)
          --out <thư mục>        nơi ghi kết quả (mặc định: output)
          --only <mã hội nghị>   chỉ làm một hội nghị (cùng trang danh sách và bài tổng hợp có hội nghị đó);
                                 tệp của các hội nghị khác và print-plan.md trong thư mục kết quả giữ nguyên
          --format pdf,html,md   chỉ ghi các loại kết quả này (mặc định: cả ba): pdf là hai tệp PDF, html là các
                                 trang web, md là các bài báo; print-plan.md chỉ ghi khi có cả pdf và md
          --site-url <địa chỉ>   địa chỉ trang web đăng thư mục kết quả; bìa sau bản in có mã QR tới trang hội nghị
          --verbose              in chi tiết lỗi nội bộ (cho người phát triển)
          --help                 hiện hướng dẫn này

        Biến môi trường:
          SOURCE_DATE_EPOCH      số giây kể từ 1970-01-01 UTC: ngày sửa đổi (ModDate) ghi trong các tệp PDF;
                                 không đặt thì là ngày hội nghị. Cùng dữ liệu cho cùng từng byte (docs/printing.md).
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var verbose = args.Contains("--verbose");
        try
        {
            if (args.Length == 0 || args.Contains("--help") || args.Contains("-h"))
            {
                output.WriteLine(Help);
                return args.Length == 0 ? UserError : Success;
            }
            if (args[0] == "check")
            {
                return Check(ParseBuildOptions(args.Skip(1).ToArray()), output);
            }
            if (args[0] == "serve")
            {
                return Serve(args.Skip(1).ToArray(), output);
            }
            if (args[0] == "new")
            {
                return New(args.Skip(1).ToArray(), output);
            }
            if (args[0] != "build")
            {
                error.WriteLine($"Lệnh không rõ: '{args[0]}'. Dùng 'reportgen --help' để xem các lệnh.");
                return UserError;
            }
            var options = ParseBuildOptions(args.Skip(1).ToArray());
            var report = SiteBuilder.Run(options, line => output.WriteLine(line));
            PrintSummary(report, options, output, error);
            return Success;
        }
        catch (UserInputException e)
        {
            foreach (var diagnostic in e.Diagnostics)
            {
                error.WriteLine(diagnostic);
            }
            var errors = e.Diagnostics.Count(d => d.Severity == Severity.Error);
            error.WriteLine($"Không tạo tài liệu: {errors} lỗi. Kết quả cũ trong thư mục kết quả vẫn được giữ nguyên.");
            return UserError;
        }
        catch (ArgumentException e) when (e.ParamName == "args")
        {
            error.WriteLine(e.Message.Split(" (Parameter")[0]);
            return UserError;
        }
        catch (Exception e)
        {
            error.WriteLine($"Lỗi nội bộ của ReportGen: {e.Message}");
            error.WriteLine(verbose ? e.ToString() : "Chạy lại với --verbose để xem chi tiết và gửi cho nhóm phát triển.");
            return InternalError;
        }
    }

    /// <summary>
    /// <c>reportgen check</c>: validates the data and the templates, writes nothing, prints every diagnostic
    /// and a count line. 0 when there is no error (warnings allowed), 1 otherwise.
    /// </summary>
    private static int Check(BuildOptions options, TextWriter output)
    {
        var diagnostics = new List<Diagnostic>(DataLoader.CheckDirectory(options.DataDirectory).Diagnostics);
        try
        {
            TemplateRenderer.Load(options.TemplatesDirectory);
        }
        catch (UserInputException e)
        {
            diagnostics.AddRange(e.Diagnostics);
        }
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic);
        }
        var errors = diagnostics.Count(d => d.Severity == Severity.Error);
        var warnings = diagnostics.Count - errors;
        output.WriteLine(errors == 0
            ? $"Kiểm tra xong: 0 lỗi, {warnings} cảnh báo. Có thể chạy 'reportgen build'."
            : $"Kiểm tra xong: {errors} lỗi, {warnings} cảnh báo. Hãy sửa các lỗi trên rồi chạy lại 'reportgen check'.");
        return errors == 0 ? Success : UserError;
    }

    /// <summary>
    /// <c>reportgen serve</c>: shows the output folder on 127.0.0.1 until Ctrl+C (or
    /// <paramref name="stop"/>, for tests).
    /// </summary>
    public static int Serve(string[] args, TextWriter output, CancellationToken stop = default)
    {
        var folder = new BuildOptions().OutputDirectory;
        var port = 8080;
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new ArgumentException($"Tùy chọn {args[i]} cần một giá trị đi kèm.", nameof(args));
            switch (args[i])
            {
                case "--out":
                    folder = Value();
                    break;
                case "--port":
                    var text = Value();
                    if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port)
                        || port is < 1 or > 65535)
                    {
                        throw new ArgumentException($"Cổng không hợp lệ: '{text}'. Hãy dùng một số từ 1 đến 65535.", nameof(args));
                    }
                    break;
                case "--verbose":
                    break;
                default:
                    throw new ArgumentException($"Tùy chọn không rõ: '{args[i]}'. Dùng 'reportgen --help'.", nameof(args));
            }
        }
        if (!Directory.Exists(folder))
        {
            throw new ArgumentException($"Không có thư mục kết quả '{folder}'. Hãy chạy 'reportgen build' trước.", nameof(args));
        }

        using var server = new PreviewServer(folder, port);
        using var stopped = CancellationTokenSource.CreateLinkedTokenSource(stop);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true; // stop cleanly instead of killing the process
            stopped.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            try
            {
                server.Start();
            }
            catch (System.Net.HttpListenerException e)
            {
                throw new ArgumentException($"Không mở được cổng {port} ({e.Message}). Hãy chọn cổng khác bằng --port.", nameof(args));
            }
            output.WriteLine($"Đang mở {Path.GetFullPath(folder)} tại {server.Address} (chỉ trên máy này). Nhấn Ctrl+C để dừng.");
            stopped.Token.WaitHandle.WaitOne();
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
        output.WriteLine("Đã dừng.");
        return Success;
    }

    /// <summary><c>reportgen new &lt;meeting-id&gt;</c>: writes a new meeting's data file, ready to fill.</summary>
    private static int New(string[] args, TextWriter output)
    {
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException("Lệnh new cần mã hội nghị, ví dụ: reportgen new y-yen-2026", nameof(args));
        }
        var options = ParseBuildOptions(args.Skip(1).ToArray());
        var path = NewMeeting.Create(args[0], options.DataDirectory, options.TemplatesDirectory);
        output.WriteLine($"Đã tạo {path}. Hãy thay các giá trị ví dụ bằng số liệu thật rồi chạy 'reportgen check'.");
        return Success;
    }

    private static BuildOptions ParseBuildOptions(string[] args)
    {
        var options = new BuildOptions { SourceDateEpoch = SourceDateEpoch(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH")) };
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new ArgumentException($"Tùy chọn {args[i]} cần một giá trị đi kèm (thư mục hoặc địa chỉ).", nameof(args));
            options = args[i] switch
            {
                "--data" => options with { DataDirectory = Value() },
                "--templates" => options with { TemplatesDirectory = Value() },
                "--out" => options with { OutputDirectory = Value() },
                "--site-url" => options with { SiteUrl = Value() },
                "--only" => options with { Only = Value() },
                "--format" => options with { Formats = ParseFormats(Value()) },
                "--verbose" => options,
                _ => throw new ArgumentException($"Tùy chọn không rõ: '{args[i]}'. Dùng 'reportgen --help'.", nameof(args)),
            };
        }
        return options;
    }

    /// <summary>Reads <c>--format pdf,html,md</c>.</summary>
    public static OutputFormats ParseFormats(string value)
    {
        var formats = OutputFormats.None;
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            formats |= part.ToLowerInvariant() switch
            {
                "pdf" => OutputFormats.Pdf,
                "html" => OutputFormats.Html,
                "md" => OutputFormats.Md,
                _ => throw new ArgumentException($"Định dạng không rõ: '{part}'. Chỉ dùng pdf, html, md, cách nhau bằng dấu phẩy (ví dụ --format pdf,md).", "args"),
            };
        }
        return formats == OutputFormats.None
            ? throw new ArgumentException("Tùy chọn --format cần ít nhất một định dạng: pdf, html, md.", "args")
            : formats;
    }

    /// <summary>
    /// Reads SOURCE_DATE_EPOCH (reproducible-builds.org): whole seconds since 1970-01-01 UTC. Unset or empty: null.
    /// </summary>
    /// <exception cref="ArgumentException">The value is not such a number.</exception>
    public static DateTimeOffset? SourceDateEpoch(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (!long.TryParse(value.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            throw new ArgumentException(
                $"Biến môi trường SOURCE_DATE_EPOCH phải là số giây kể từ 1970-01-01 UTC (ví dụ 1611360000), không phải '{value}'.", "args");
        }
        return DateTimeOffset.FromUnixTimeSeconds(seconds);
    }

    private static void PrintSummary(BuildReport report, BuildOptions options, TextWriter output, TextWriter error)
    {
        foreach (var warning in report.Warnings)
        {
            error.WriteLine(warning);
        }
        output.WriteLine();
        // Per meeting: pages of the reading copy; for printing, A4 sheets per booklet, booklets, sheets in all.
        output.WriteLine($"{"Hội nghị",-22} {"Đơn vị",-22} {"Số trang",8} {"Tờ/cuốn",8} {"Số cuốn",8} {"Tổng tờ",8}");
        foreach (var meeting in report.Meetings)
        {
            var job = meeting.PrintJob;
            output.WriteLine($"{meeting.Id,-22} {meeting.Unit,-22} {meeting.BookletPages,8} {job.SheetsPerCopy,8} {job.Copies,8} {job.TotalSheets,8}");
        }
        foreach (var roundup in report.Roundups)
        {
            output.WriteLine($"{roundup,-22} {"bài tổng hợp",-22}");
        }
        output.WriteLine($"{"Tổng cộng",-22} {"",-22} {"",8} {"",8} {report.Meetings.Sum(m => m.Copies),8} {report.Meetings.Sum(m => m.PrintJob.TotalSheets),8}");
        output.WriteLine($"Kế hoạch in: {Path.Combine(options.OutputDirectory, "print-plan.md")}");
        output.WriteLine();
        output.WriteLine($"Đã ghi {report.FilesWritten.Count} tệp vào {Path.GetFullPath(options.OutputDirectory)} " +
                         $"trong {report.Elapsed.TotalSeconds:0.0} giây; {report.Warnings.Count} cảnh báo.");
    }
}
