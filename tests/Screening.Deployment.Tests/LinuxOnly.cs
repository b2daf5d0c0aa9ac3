using System.Runtime.Versioning;

// The Bicep CLI comes from the linux-x64 NuGet package and the hook under test is a POSIX shell script.
[assembly: SupportedOSPlatform("linux")]
