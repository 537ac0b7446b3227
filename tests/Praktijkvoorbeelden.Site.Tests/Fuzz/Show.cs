using System.Globalization;
using System.Text;

namespace Praktijkvoorbeelden.Site.Tests.Fuzz;

/// <summary>Generated input as it is printed with a failure: shortened, with invisible characters written as \uXXXX.</summary>
internal static class Show
{
    public static string Text(string text)
    {
        var shown = text.Length <= 2_000 ? text : $"{text[..1_000]}\n[... {text.Length - 2_000} tekens ...]\n{text[^1_000..]}";
        var builder = new StringBuilder(shown.Length);
        foreach (var c in shown)
        {
            _ = c is '\n' || !(char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF' or '\u202E')
                ? builder.Append(c)
                : builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
        }

        return builder.ToString();
    }
}
