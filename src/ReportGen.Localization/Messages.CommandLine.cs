namespace ReportGen.Localization;

// What the reportgen command prints: help, option errors, progress, the summary.
public static partial class Messages
{
    public static string Help => Say(
        """
        ReportGen: tài liệu hội nghị tổng kết năm từ dữ liệu YAML.

        Cách dùng:
          reportgen build [--data <thư mục>] [--templates <thư mục>] [--out <thư mục>] [--site-url <địa chỉ>] [--only <mã hội nghị>] [--format pdf,html,md,docx] [--force] [--lang vi|en] [--verbose]
          reportgen watch [các tùy chọn như build]
          reportgen check [--data <thư mục>] [--templates <thư mục>]
          reportgen serve [--out <thư mục>] [--port <số cổng>]
          reportgen new <mã hội nghị> [--data <thư mục>] [--templates <thư mục>]

        Lệnh build đọc mọi tệp .yaml trong thư mục dữ liệu và ghi vào thư mục kết quả:
          index.html                  danh sách hội nghị
          <mã hội nghị>/booklet.pdf    tập tài liệu in cho đại biểu
          <mã hội nghị>/booklet-print.pdf  bản in: trang A5 ghép đôi trên tờ A4 ngang, in hai mặt (lật cạnh ngắn), gấp đôi, ghim giữa
          <mã hội nghị>/index.html     trang web của hội nghị
          <mã hội nghị>/article.md     bài báo
          <mã bài tổng hợp>/article.md bài tổng hợp nhiều hội nghị trong ngày
          print-plan.md               kế hoạch in: số trang, số tờ A4 mỗi cuốn, số cuốn, tổng số tờ
        Các hội nghị được làm song song trên mọi lõi máy. Hội nghị nào dữ liệu, mẫu, phông chữ và phiên bản
        ReportGen không đổi từ lần trước thì giữ nguyên tệp cũ (không ghi lại); --force làm lại tất cả.

        Lệnh watch làm như build, rồi theo dõi thư mục dữ liệu và mẫu: mỗi khi lưu một tệp, làm lại những gì
        thay đổi. Nhấn Ctrl+C để dừng.

        Lệnh check kiểm tra dữ liệu và mẫu, không ghi gì: in mọi lỗi và cảnh báo (tệp(dòng,cột)),
        trả về 0 khi không có lỗi (chỉ cảnh báo), 1 khi có lỗi.

        Lệnh serve mở thư mục kết quả (mặc định: output) tại http://127.0.0.1:<cổng>/ (mặc định cổng 8080)
        để xem nhanh bằng trình duyệt trên chính máy này; nhấn Ctrl+C để dừng.

        Lệnh new tạo tệp dữ liệu mới <thư mục dữ liệu>/<mã hội nghị>.yaml có đủ mọi trường, mỗi trường một
        lời chú thích và một giá trị ví dụ để điền; không ghi đè tệp đã có. Mã chỉ gồm a-z, 0-9 và dấu gạch nối.

        Tùy chọn:
          --data <thư mục>       dữ liệu (mặc định: seeds)
          --templates <thư mục>  mẫu và giao diện (mặc định: templates)
          --out <thư mục>        nơi ghi kết quả (mặc định: output)
          --only <mã hội nghị>   chỉ làm một hội nghị (cùng trang danh sách và bài tổng hợp có hội nghị đó);
                                 tệp của các hội nghị khác và print-plan.md trong thư mục kết quả giữ nguyên
          --format pdf,html,md,docx  chỉ ghi các loại kết quả này (mặc định: cả bốn): pdf là hai tệp PDF, html là
                                 các trang web, md là các bài báo, docx là tệp Word của từng văn bản (thư mục
                                 docx/ của hội nghị); print-plan.md chỉ ghi khi có cả pdf và md
          --site-url <địa chỉ>   địa chỉ trang web đăng thư mục kết quả; bìa sau bản in có mã QR tới trang hội nghị
          --force                làm lại mọi hội nghị, kể cả khi không có gì thay đổi
          --lang vi|en           ngôn ngữ của thông báo: vi tiếng Việt (mặc định), en tiếng Anh; tài liệu luôn bằng tiếng Việt
          --verbose              in chi tiết lỗi nội bộ (cho người phát triển)
          --ascii                thông báo không dấu (cho cửa sổ lệnh không hiện được tiếng Việt)
          --help                 hiện hướng dẫn này

        Bấm đúp vào reportgen.exe (bản tải về): làm dữ liệu mẫu trong thư mục du-lieu bên cạnh, ghi vào output/
        bên cạnh và mở output/index.html. Kéo một thư mục dữ liệu thả lên reportgen.exe: làm thư mục đó, ghi vào
        thư mục output bên cạnh nó.

        Biến môi trường:
          SOURCE_DATE_EPOCH      số giây kể từ 1970-01-01 UTC: ngày sửa đổi (ModDate) ghi trong các tệp PDF;
                                 không đặt thì là ngày hội nghị. Cùng dữ liệu cho cùng từng byte (docs/printing.md).
          REPORTGEN_ASCII=1      như --ascii
          REPORTGEN_NO_OPEN=1    bấm đúp hay thả thư mục: không mở trình duyệt
        """,
        """
        ReportGen: year-end conference documents from YAML data.

        Usage:
          reportgen build [--data <folder>] [--templates <folder>] [--out <folder>] [--site-url <address>] [--only <meeting id>] [--format pdf,html,md,docx] [--force] [--lang vi|en] [--verbose]
          reportgen watch [the options of build]
          reportgen check [--data <folder>] [--templates <folder>]
          reportgen serve [--out <folder>] [--port <port number>]
          reportgen new <meeting id> [--data <folder>] [--templates <folder>]

        build reads every .yaml file in the data folder and writes into the output folder:
          index.html                  the list of meetings
          <meeting id>/booklet.pdf     the booklet for the delegates
          <meeting id>/booklet-print.pdf  the print copy: A5 pages two-up on landscape A4 sheets, printed on both sides (flip on the short edge), folded, stapled in the middle
          <meeting id>/index.html      the meeting's web page
          <meeting id>/article.md      the press article
          <roundup id>/article.md      the roundup article of several meetings of a day
          print-plan.md               the print plan: pages, A4 sheets per copy, copies, sheets in all
        Meetings are built in parallel on all cores. A meeting whose data, templates, fonts and ReportGen
        version did not change since the last build keeps its files (nothing is written); --force rebuilds all.

        watch builds like build, then watches the data and template folders: each time a file is saved it
        rebuilds what changed. Press Ctrl+C to stop.

        check validates the data and the templates and writes nothing: it prints every error and warning
        (file(line,col)) and returns 0 when there is no error (warnings only), 1 when there are errors.

        serve shows the output folder (default: output) at http://127.0.0.1:<port>/ (default port 8080)
        for a quick look in a browser on this computer; press Ctrl+C to stop.

        new writes a new data file <data folder>/<meeting id>.yaml with every field, each with a comment and
        an example value to replace; it never overwrites a file. Ids use only a-z, 0-9 and hyphens.

        Options:
          --data <folder>        the data (default: seeds)
          --templates <folder>   templates and theme (default: templates)
          --out <folder>         where the results go (default: output)
          --only <meeting id>    build one meeting only (with the index and the roundups that include it);
                                 other meetings' files and print-plan.md in the output folder stay as they are
          --format pdf,html,md,docx  write only these kinds of output (default: all four): pdf the two PDF files,
                                 html the web pages, md the articles, docx a Word file per document (the
                                 meeting's docx/ folder); print-plan.md needs both pdf and md
          --site-url <address>   where the output folder is published; the print copy's back cover gets a QR code to the meeting's page
          --force                build every meeting, even when nothing changed
          --lang vi|en           the language of messages: vi Vietnamese (default), en English; documents are always in Vietnamese
          --verbose              print details of internal errors (for developers)
          --ascii                messages without diacritics (for a console that cannot show Vietnamese)
          --help                 show this help

        Double-click reportgen.exe (the download): builds the example data in du-lieu beside it into output/
        beside it and opens output/index.html. Drop a data folder on reportgen.exe: builds that folder into an
        output folder beside it.

        Environment:
          SOURCE_DATE_EPOCH      seconds since 1970-01-01 UTC: the modification date (ModDate) written in the PDF files;
                                 unset, it is the meeting's date. The same data gives the same bytes (docs/printing.md).
          REPORTGEN_ASCII=1      as --ascii
          REPORTGEN_NO_OPEN=1    double-click or dropped folder: do not open the browser
        """);

    public static string ExplorerBuilding(string data, string output) => Say(
        $"ReportGen: làm tài liệu từ dữ liệu trong {data}, ghi vào {output}.",
        $"ReportGen: building the data in {data} into {output}.");

    public static string ExplorerOutputAt(string index) => Say(
        $"Kết quả: {index} (mở bằng trình duyệt; các tệp PDF, Word nằm trong thư mục của từng hội nghị bên cạnh).",
        $"Output: {index} (open it in a browser; the PDF and Word files are in each meeting's folder beside it).");

    public static string ExplorerCannotOpen(string reason) => Say(
        $"Không mở được trình duyệt ({reason}); hãy mở tệp trên bằng tay.",
        $"Could not open the browser ({reason}); open the file above by hand.");

    public static string ExplorerPressAKey => Say("Nhấn một phím bất kỳ để đóng cửa sổ này.", "Press any key to close this window.");

    public static string UnknownCommand(string command) => Say(
        $"Lệnh không rõ: '{command}'. Dùng 'reportgen --help' để xem các lệnh.",
        $"Unknown command '{command}'. See 'reportgen --help' for the commands.");

    public static string UnknownOption(string option) => Say(
        $"Tùy chọn không rõ: '{option}'. Dùng 'reportgen --help'.",
        $"Unknown option '{option}'. See 'reportgen --help'.");

    public static string OptionNeedsValue(string option) => Say(
        $"Tùy chọn {option} cần một giá trị đi kèm (thư mục hoặc địa chỉ).",
        $"The option {option} needs a value after it (a folder or an address).");

    public static string UnknownLanguage(string value) => Say(
        $"Ngôn ngữ không rõ: '{value}'. Dùng --lang vi (tiếng Việt) hoặc --lang en (tiếng Anh).",
        $"Unknown language '{value}'. Use --lang vi (Vietnamese) or --lang en (English).");

    public static string UnknownFormat(string part) => Say(
        $"Định dạng không rõ: '{part}'. Chỉ dùng pdf, html, md, docx, cách nhau bằng dấu phẩy (ví dụ --format pdf,md).",
        $"Unknown format '{part}'. Use only pdf, html, md, docx, separated by commas (e.g. --format pdf,md).");

    public static string NoFormat => Say(
        "Tùy chọn --format cần ít nhất một định dạng: pdf, html, md, docx.",
        "The option --format needs at least one format: pdf, html, md, docx.");

    public static string BadSourceDateEpoch(string value) => Say(
        $"Biến môi trường SOURCE_DATE_EPOCH phải là số giây kể từ 1970-01-01 UTC (ví dụ 1611360000), không phải '{value}'.",
        $"The environment variable SOURCE_DATE_EPOCH must be a number of seconds since 1970-01-01 UTC (e.g. 1611360000), not '{value}'.");

    public static string BadPort(string value) => Say(
        $"Cổng không hợp lệ: '{value}'. Hãy dùng một số từ 1 đến 65535.",
        $"Invalid port '{value}'. Use a number from 1 to 65535.");

    public static string PortNeedsValue(string option) => Say(
        $"Tùy chọn {option} cần một giá trị đi kèm.",
        $"The option {option} needs a value after it.");

    public static string NoOutputFolder(string folder) => Say(
        $"Không có thư mục kết quả '{folder}'. Hãy chạy 'reportgen build' trước.",
        $"There is no output folder '{folder}'. Run 'reportgen build' first.");

    public static string PortUnavailable(int port, string reason) => Say(
        $"Không mở được cổng {port} ({reason}). Hãy chọn cổng khác bằng --port.",
        $"Cannot open port {port} ({reason}). Choose another port with --port.");

    public static string Serving(string folder, string address) => Say(
        $"Đang mở {folder} tại {address} (chỉ trên máy này). Nhấn Ctrl+C để dừng.",
        $"Showing {folder} at {address} (on this computer only). Press Ctrl+C to stop.");

    public static string Stopped => Say("Đã dừng.", "Stopped.");

    public static string NewNeedsId => Say(
        "Lệnh new cần mã hội nghị, ví dụ: reportgen new y-yen-2026",
        "The new command needs a meeting id, for example: reportgen new y-yen-2026");

    public static string NewCreated(string path) => Say(
        $"Đã tạo {path}. Hãy thay các giá trị ví dụ bằng số liệu thật rồi chạy 'reportgen check'.",
        $"Created {path}. Replace the example values with the real figures, then run 'reportgen check'.");

    public static string CheckPassed(int warnings) => Say(
        $"Kiểm tra xong: 0 lỗi, {warnings} cảnh báo. Có thể chạy 'reportgen build'.",
        $"Check done: 0 errors, {warnings} warnings. You can run 'reportgen build'.");

    public static string CheckFailed(int errors, int warnings) => Say(
        $"Kiểm tra xong: {errors} lỗi, {warnings} cảnh báo. Hãy sửa các lỗi trên rồi chạy lại 'reportgen check'.",
        $"Check done: {errors} errors, {warnings} warnings. Fix the errors above, then run 'reportgen check' again.");

    public static string BuildFailed(int errors) => Say(
        $"Không tạo tài liệu: {errors} lỗi. Kết quả cũ trong thư mục kết quả vẫn được giữ nguyên.",
        $"No documents made: {errors} errors. The previous results in the output folder are kept as they were.");

    public static string InternalError(string message) => Say(
        $"Lỗi nội bộ của ReportGen: {message}",
        $"Internal error in ReportGen: {message}");

    public static string RunWithVerbose => Say(
        "Chạy lại với --verbose để xem chi tiết và gửi cho nhóm phát triển.",
        "Run again with --verbose to see the details, and send them to the developers.");

    // Progress and summary of a build.

    public static string ProgressTotal => Say("Tất cả", "All");

    // The steps of a meeting's build, shown on its progress bar.
    public static string StepText => Say("nội dung", "text");
    public static string StepBooklet => Say("tập A4", "A4 booklet");
    public static string StepPrintCopy => Say("bản in A5", "A5 print copy");

    public static string MeetingBuilt(string id, int pages, double seconds) => Say(
        $"{id}: {pages} trang ({Seconds(seconds)} giây)",
        $"{id}: {pages} pages ({Seconds(seconds)} s)");

    public static string Plan(int toBuild, int unchanged) => Say(
        $"Làm {toBuild} hội nghị; {unchanged} hội nghị không đổi, giữ nguyên.",
        $"Building {toBuild} meetings; {unchanged} unchanged, kept.");

    public static string ColumnMeeting => Say("Hội nghị", "Meeting");
    public static string ColumnUnit => Say("Đơn vị", "Unit");
    public static string ColumnPages => Say("Trang A4", "A4 pages");
    public static string ColumnPrintPages => Say("Trang A5", "A5 pages");
    public static string ColumnSheetsPerCopy => Say("Tờ/cuốn", "Sheets/copy");
    public static string ColumnCopies => Say("Số cuốn", "Copies");
    public static string ColumnTotalSheets => Say("Tổng tờ", "Sheets");
    public static string ColumnWarnings => Say("Cảnh báo", "Warnings");
    public static string ColumnStatus => Say("Trạng thái", "Status");
    public static string StatusBuilt(double seconds) => Say($"đã làm ({Seconds(seconds)} giây)", $"built ({Seconds(seconds)} s)");
    public static string StatusUnchanged => Say("không đổi", "unchanged");
    public static string StatusNotReplaced => Say("chưa thay (tệp mở)", "not replaced");

    public static string MeetingsNotReplaced(IEnumerable<string> ids) => Say(
        $"Không thay được tệp của: {string.Join(", ", ids)}. Tệp cũ của các hội nghị này vẫn nguyên vẹn; đóng tệp đang mở rồi chạy lại (chỉ các hội nghị này được làm lại).",
        $"Could not replace the files of: {string.Join(", ", ids)}. Their previous files are whole; close the open file and build again (only these meetings are built again).");

    public static string DraftsPrinted(IEnumerable<string> ids) => Say(
        $"Bản dự thảo (mọi trang in dòng \"DỰ THẢO – CÒN SỐ LIỆU MẪU\"): {string.Join(", ", ids)}. Thay số liệu mẫu bằng số liệu thật rồi xóa mục 'examples' trong tệp dữ liệu để có bản chính thức.",
        $"Drafts (every page carries the draft mark: example values are left): {string.Join(", ", ids)}. Replace the example values with real ones, then remove 'examples' from the data file for the final booklet.");
    public static string RoundupLabel => Say("bài tổng hợp", "roundup");
    public static string TotalLabel(int meetings) => Say($"Tổng cộng: {meetings} hội nghị", $"Total: {meetings} meetings");

    public static string PrintPlanAt(string path) => Say($"Kế hoạch in: {path}", $"Print plan: {path}");

    public static string BuildDone(int filesWritten, string folder, double seconds, int warnings, int built, int unchanged) => Say(
        $"Đã ghi {filesWritten} tệp vào {folder} trong {Seconds(seconds)} giây; {built} hội nghị làm mới, {unchanged} không đổi; {warnings} cảnh báo.",
        $"Wrote {filesWritten} files into {folder} in {Seconds(seconds)} s; {built} meetings built, {unchanged} unchanged; {warnings} warnings.");

    public static string Watching(string data, string templates) => Say(
        $"Đang theo dõi {data} và {templates}: lưu một tệp để làm lại. Nhấn Ctrl+C để dừng.",
        $"Watching {data} and {templates}: save a file to rebuild. Press Ctrl+C to stop.");

    /// <summary>Seconds with one decimal, in the language's own way: 0,6 giây; 0.6 s.</summary>
    private static string Seconds(double seconds) =>
        seconds.ToString("0.0", System.Globalization.CultureInfo.GetCultureInfo(Language == Language.English ? "en-US" : "vi-VN"));

    public static string ChangeSeen(string file) => Say($"Thay đổi: {file}", $"Changed: {file}");
}
