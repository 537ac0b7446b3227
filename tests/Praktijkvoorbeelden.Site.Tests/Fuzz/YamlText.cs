using System.Globalization;
using System.Text;

namespace Praktijkvoorbeelden.Site.Tests.Fuzz;

/// <summary>Writes any string as a YAML double-quoted scalar, so the parser reads back exactly that string.</summary>
internal static class YamlText
{
    public static string Quote(string value)
    {
        var builder = new StringBuilder("\"", value.Length + 2);
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => builder.Append("\\\\"),
                '"' => builder.Append("\\\""),
                _ when c < ' ' || c is (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c) =>
                    builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
