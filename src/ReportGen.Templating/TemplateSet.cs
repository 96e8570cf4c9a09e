using System.Text;
using ReportGen.Core.Diagnostics;
using ReportGen.Localization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace ReportGen.Templating;

/// <summary>
/// Every Scriban template of a folder (<c>*.sbn</c>), read and parsed at once so that all syntax
/// errors are reported together, each as <c>file(line,col)</c>. Templates include each other by file
/// name (<c>{{ include '_meeting-body.md.sbn' }}</c>); partials start with '_' by convention.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The extension of template files.</summary>
    public const string Extension = ".sbn";

    /// <summary>Code of a template syntax error.</summary>
    public const string ParseErrorCode = "RG100";

    /// <summary>Code of a missing templates folder or a missing template.</summary>
    public const string MissingCode = "RG101";

    private readonly Dictionary<string, Template> _byName;
    private readonly KeyValuePair<string, Template>[] _byPath;
    private readonly Loader _loader;

    private TemplateSet(string directory, Dictionary<string, Template> byName)
    {
        Directory = directory;
        _byName = byName;
        // Each template under its full path, as include finds it: made once, put in every rendering's context.
        _byPath = [.. byName.Select(t => KeyValuePair.Create(PathOf(t.Key), t.Value))];
        _loader = new Loader(this);
    }

    /// <summary>The folder the templates were read from (full path).</summary>
    public string Directory { get; }

    /// <summary>File names of the templates, e.g. "report.md.sbn".</summary>
    public IReadOnlyCollection<string> Names => _byName.Keys;

    /// <summary>
    /// Reads and parses every template in <paramref name="directory"/>.
    /// </summary>
    /// <param name="directory">The templates folder.</param>
    /// <param name="required">File names that must be present.</param>
    /// <exception cref="UserInputException">
    /// The folder or a required template is missing (RG101), or templates have syntax errors (RG100,
    /// one diagnostic per error with the file, and the 1-based line and column).
    /// </exception>
    public static TemplateSet Load(string directory, IEnumerable<string>? required = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        var full = Path.GetFullPath(directory);
        if (!System.IO.Directory.Exists(full))
        {
            throw new UserInputException(Diagnostic.Error(MissingCode,
                Messages.TemplatesFolderMissing(), directory));
        }

        var diagnostics = new List<Diagnostic>();
        var byName = new Dictionary<string, Template>(StringComparer.Ordinal);
        foreach (var path in System.IO.Directory.EnumerateFiles(full, "*" + Extension).Order(StringComparer.Ordinal))
        {
            // One line ending everywhere: output is the same on Windows, and spans count lines the same.
            var text = File.ReadAllText(path, Encoding.UTF8).ReplaceLineEndings("\n");
            var template = Template.Parse(text, path);
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                diagnostics.Add(Diagnostic.Error(ParseErrorCode, Messages.TemplateSyntaxError(message.Message),
                    path, message.Span.Start.Line + 1, message.Span.Start.Column + 1));
            }

            byName[Path.GetFileName(path)] = template;
        }

        foreach (var name in required ?? [])
        {
            if (!byName.ContainsKey(name))
            {
                diagnostics.Add(Diagnostic.Error(MissingCode,
                    Messages.TemplateMissing(name), Path.Combine(full, name)));
            }
        }

        if (diagnostics.Count > 0)
        {
            throw new UserInputException(diagnostics);
        }

        return new TemplateSet(full, byName);
    }

    /// <summary>The parsed template with this file name.</summary>
    public Template Get(string name) =>
        _byName.TryGetValue(name, out var template)
            ? template
            : throw new KeyNotFoundException($"No template '{name}' in {Directory}.");

    /// <summary>The full path of a template, as diagnostics name it.</summary>
    public string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>Lets <c>include</c> find the templates of this set, already parsed.</summary>
    internal void Prime(TemplateContext context)
    {
        context.TemplateLoader = _loader;
        foreach (var (path, template) in _byPath)
        {
            context.CachedTemplates[path] = template;
        }
    }

    /// <summary>Resolves include names to the templates of the set; never reads another file.</summary>
    private sealed class Loader(TemplateSet set) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
        {
            var name = Path.GetFileName(templateName);
            if (name != templateName || !set._byName.ContainsKey(name))
            {
                throw new Scriban.Syntax.ScriptRuntimeException(callerSpan,
                    Messages.NoSuchTemplate(templateName, set.Directory, set._byName.Keys.Order(StringComparer.Ordinal)));
            }

            return set.PathOf(name);
        }

        // Every template of the set is in the context's cache, so these are never reached.
        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"Template '{templatePath}' is not part of the loaded set.");

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
