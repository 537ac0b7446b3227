using System.Diagnostics;
using System.Text;

namespace Praktijkvoorbeelden.Content.Tests.Support;

/// <summary>
/// Runs the hunspell command line with the Dutch dictionary (Debian package hunspell-nl) and
/// returns the words it does not know. A process per call: simple, and fast enough for a few
/// dozen files.
/// </summary>
internal static class Hunspell
{
    private const string Dictionary = "nl";

    /// <summary>Why hunspell cannot run here, or null when it can.</summary>
    public static string? UnavailableReason { get; } = Probe();

    public static IReadOnlyList<string> UnknownWords(string text)
    {
        var start = new ProcessStartInfo("hunspell")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-d", Dictionary, "-i", "UTF-8", "-l" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("hunspell did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(text);
        process.StandardInput.Close();
        process.WaitForExit();
        if (process.ExitCode != 0 || error.Result.Contains("Can't open", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"hunspell failed ({process.ExitCode}): {error.Result}");
        }

        return output.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    private static string? Probe()
    {
        try
        {
            // "huis" is in every Dutch dictionary; "xqzv" is in none. Both answers must be right.
            var unknown = UnknownWords("huis xqzv");
            return unknown is ["xqzv"] ? null : $"hunspell -d {Dictionary} gives unexpected results: {string.Join(", ", unknown)}";
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return $"hunspell with the Dutch dictionary is not available ({e.Message}). Install it with: apt-get install -y hunspell hunspell-nl";
        }
    }
}
