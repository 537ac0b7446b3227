using System.Diagnostics;

namespace Praktijkvoorbeelden.Site.Tests.Cms;

/// <summary>Loads a page in the system Chromium and returns the DOM after its scripts have run.</summary>
internal static class HeadlessChromium
{
    private const string Executable = "/usr/bin/chromium";

    public static string DumpDom(string url)
    {
        Assert.True(File.Exists(Executable), "Chromium is needed for this test: apt-get install -y chromium");
        var profile = Path.Combine(Path.GetTempPath(), "pv-chromium-" + Guid.NewGuid().ToString("N")[..10]);
        try
        {
            var start = new ProcessStartInfo(Executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync", $"--user-data-dir={profile}",
                         // Docker gives /dev/shm 64 MB, too little for Chromium: use /tmp instead.
                         "--disable-dev-shm-usage",
                         // Virtual time runs the page's scripts and timers without waiting in real time.
                         "--virtual-time-budget=10000", "--dump-dom", url,
                     })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            process.ErrorDataReceived += (_, _) => { };
            process.BeginErrorReadLine();
            var dom = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("Chromium did not finish within 90 seconds.");
            }

            return dom.Result;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still hold a lock file for a moment; the temp folder is cleaned later.
            }
        }
    }
}
