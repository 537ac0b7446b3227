using System.Text.Json;
using Microsoft.Playwright;

namespace Praktijkvoorbeelden.Search.Browser.Benchmarks;

/// <summary>
/// Chromium's sampling profiler around a piece of work on a page, summed by function: shows
/// whether warm searches spend their time in the engine (WebAssembly) or in the page script and
/// the DOM. Proportions, not absolute times, are what to read: they hold on a busy machine too.
/// </summary>
internal static class CpuProfile
{
    public static async Task PrintAsync(IPage page, Func<Task> work, int top = 25)
    {
        var session = await page.Context.NewCDPSessionAsync(page);
        await session.SendAsync("Profiler.enable");
        await session.SendAsync("Profiler.setSamplingInterval", new Dictionary<string, object> { ["interval"] = 100 });
        await session.SendAsync("Profiler.start");
        await work();
        var result = await session.SendAsync("Profiler.stop");
        var profile = result!.Value.GetProperty("profile");

        var selfSamples = new Dictionary<int, int>();
        foreach (var sample in profile.GetProperty("samples").EnumerateArray())
        {
            selfSamples[sample.GetInt32()] = selfSamples.GetValueOrDefault(sample.GetInt32()) + 1;
        }

        var byFunction = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var node in profile.GetProperty("nodes").EnumerateArray())
        {
            var samples = selfSamples.GetValueOrDefault(node.GetProperty("id").GetInt32());
            if (samples > 0)
            {
                var key = Name(node.GetProperty("callFrame"));
                byFunction[key] = byFunction.GetValueOrDefault(key) + samples;
            }
        }

        var total = byFunction.Values.Sum();
        Console.WriteLine($"  cpu profile of the warm queries ({total} samples), self time by function:");
        foreach (var (name, samples) in byFunction.OrderByDescending(f => f.Value).Take(top))
        {
            Console.WriteLine($"    {100.0 * samples / total,5:0.0}%  {name}");
        }
    }

    private static string Name(JsonElement frame)
    {
        var function = frame.GetProperty("functionName").GetString() is { Length: > 0 } f ? f : "(anonymous)";
        var url = frame.GetProperty("url").GetString() ?? "";
        return url.Length == 0 ? function : $"{function}  [{url[(url.LastIndexOf('/') + 1)..]}]";
    }
}
