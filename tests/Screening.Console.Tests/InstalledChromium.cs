namespace Screening.Console.Tests;

/// <summary>
/// Debian's Chromium, which Playwright drives instead of a browser of its own (its download cannot reach this
/// machine). ./build.sh test installs the package; without it the tests fail, saying what to install.
/// </summary>
public static class InstalledChromium
{
    public const string PathVariable = "CHROMIUM_PATH";

    public static string ExecutablePath()
    {
        // Google Chrome last: hosted CI images ship it instead of Chromium.
        var candidates = new[] { Environment.GetEnvironmentVariable(PathVariable), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };
        return candidates.FirstOrDefault(path => !string.IsNullOrEmpty(path) && File.Exists(path))
            ?? throw new InvalidOperationException(
                $"No Chromium found (looked at ${PathVariable}, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome). Install Debian's 'chromium' package " +
                "(apt-get install chromium; ./build.sh test does so on Debian/Ubuntu) or point CHROMIUM_PATH at a Chromium executable.");
    }
}
