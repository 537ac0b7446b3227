using System.Text;
using Praktijkvoorbeelden.Site.Diagnostics;

namespace Praktijkvoorbeelden.Site.Read;

/// <summary>Reads a text file as strict UTF-8, so a file saved as Windows-1252 is reported, not garbled.</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(SourceFile file, DiagnosticBag diagnostics)
    {
        var bytes = File.ReadAllBytes(file.FullPath);
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[3..];
        }

        try
        {
            return Strict.GetString(span).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException e)
        {
            var line = span[..Math.Clamp(e.Index, 0, span.Length)].Count((byte)'\n') + 1;
            diagnostics.Error(file.DisplayPath, line, 1,
                "Dit bestand is niet opgeslagen als UTF-8, daardoor kloppen letters als ë en é niet.",
                "Sla het bestand op met codering UTF-8 (in de meeste editors: 'Opslaan als' en dan 'UTF-8').");
            return null;
        }
    }
}
