using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace ReportGen.Core.Validation;

/// <summary>
/// Finds a node of the representation model by a path such as <c>results.fields[1].indicators[0].value</c>,
/// so a problem found in the data can be reported at the node's line and column.
/// </summary>
public static partial class YamlPaths
{
    [GeneratedRegex(@"([^.\[\]]+)|\[(\d+)\]")]
    private static partial Regex Segment();

    /// <summary>The node at <paramref name="path"/> below <paramref name="root"/>, or null when there is none.</summary>
    public static YamlNode? Find(YamlNode? root, string path)
    {
        var node = root;
        foreach (Match m in Segment().Matches(path))
        {
            if (node is null)
            {
                return null;
            }
            if (m.Groups[1].Success)
            {
                node = node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(m.Groups[1].Value), out var child) ? child : null;
            }
            else
            {
                var index = int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
                node = node is YamlSequenceNode seq && index < seq.Children.Count ? seq.Children[index] : null;
            }
        }
        return node;
    }
}
