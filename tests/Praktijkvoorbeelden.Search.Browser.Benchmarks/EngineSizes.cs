using System.IO.Compression;

namespace Praktijkvoorbeelden.Search.Browser.Benchmarks;

/// <summary>
/// Prints the size of every file of the published engine: raw, brotli at the quality a server uses
/// on the fly (4) and at the maximum (11), and gzip. The first search downloads all of them.
/// </summary>
internal static class EngineSizes
{
    public static void Print(string frameworkFolder)
    {
        var rows = Directory.EnumerateFiles(frameworkFolder)
            .Select(f => (Name: Path.GetFileName(f), Bytes: File.ReadAllBytes(f)))
            .Select(f => (f.Name, Raw: f.Bytes.Length, Br4: Brotli(f.Bytes, 4), Br11: Brotli(f.Bytes, 11), Gzip: Gzip(f.Bytes)))
            .OrderByDescending(r => r.Br4)
            .ToList();
        Console.WriteLine($"\nEngine files in {frameworkFolder}");
        Console.WriteLine($"  {"file",-52} {"raw",9} {"br q4",9} {"br q11",9} {"gzip",9}");
        foreach (var r in rows)
        {
            Console.WriteLine($"  {r.Name,-52} {Kb(r.Raw),9} {Kb(r.Br4),9} {Kb(r.Br11),9} {Kb(r.Gzip),9}");
        }

        Console.WriteLine($"  {$"total ({rows.Count} files)",-52} {Kb(rows.Sum(r => r.Raw)),9} {Kb(rows.Sum(r => r.Br4)),9} {Kb(rows.Sum(r => r.Br11)),9} {Kb(rows.Sum(r => r.Gzip)),9}");
    }

    public static string Kb(long bytes) => $"{bytes / 1000.0:0.0} kB";

    private static int Brotli(byte[] data, int quality)
    {
        using var encoder = new BrotliEncoder(quality, 22);
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(data.Length)];
        encoder.Compress(data, output, out _, out var written, isFinalBlock: true);
        return written;
    }

    private static int Gzip(byte[] data)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return (int)memory.Length;
    }
}
