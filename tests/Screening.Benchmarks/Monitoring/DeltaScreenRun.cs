using System.Diagnostics;
using System.Globalization;
using Screening.Domain.Model;
using Screening.Domain.Monitoring;
using Screening.Domain.Screening;
using Screening.Domain.Sources;
using Screening.Infrastructure.Monitoring;

namespace Screening.Benchmarks.Monitoring;

/// <summary>
/// CPU only, one thread: N synthetic subjects screened against the 2024-05-03 SDN index in full and within the
/// 2021-07-07 → 2024-05-03 delta (added and changed entities), with the hits of both compared.
/// Run: dotnet run -c Release --project tests/Screening.Benchmarks -- monitoring-delta-screen 20000
/// </summary>
internal static class DeltaScreenRun
{
    public static async Task RunAsync(int count)
    {
        var before = Sdn(TestPaths.Data("ofac", "sdn_csv_2021-07-07_full_set"));
        var after = Sdn(TestPaths.Data("ofac", "sdn_csv_2024-05-03"));
        var index = ScreeningIndex.Build(after);
        var previous = before.ToDictionary(e => e.Id, EntityFingerprint.OfScreened, StringComparer.Ordinal);
        var changed = after.Where(e => !previous.TryGetValue(e.Id, out var print) || print != EntityFingerprint.OfScreened(e)).Select(e => e.Id).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"added {after.Count(e => !previous.ContainsKey(e.Id)):N0}"));
        var scope = new RescreenScope(index, changed);
        var csv = await SyntheticSubjects.WriteCsvAsync(count, Path.Combine(Path.GetTempPath(), $"subjects-delta-{count}.csv"));
        List<Subject> subjects;
        await using (var file = File.OpenRead(csv))
        {
            subjects = [.. SubjectCsv.Read(file).Select(row => new Subject
            {
                Id = row[SubjectCsv.Id]!,
                Kind = Enum.Parse<SubjectKind>(row[SubjectCsv.Kind]!, ignoreCase: true),
                Name = row[SubjectCsv.Name],
                DateOfBirth = string.IsNullOrEmpty(row[SubjectCsv.DateOfBirth]) ? null : row[SubjectCsv.DateOfBirth],
                Country = row[SubjectCsv.Country],
                Wallets = [.. SubjectCsv.Items(row[SubjectCsv.Wallets]).Select(SubjectCsv.Wallet)],
            })];
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"delta 2021 -> 2024: {changed.Count:N0} of {after.Count:N0} entities added or changed; {subjects.Count:N0} subjects"));
        var full = Time("full", subjects, s => SubjectScreener.Screen(index, s).Where(h => scope.Contains(h.Entity.Id)).Select(h => $"{s.Id}|{h.Entity.Id}|{h.Score}"));
        var delta = Time("delta", subjects, s => SubjectScreener.Screen(index, s, scope).Select(h => $"{s.Id}|{h.Entity.Id}|{h.Score}"));
        Console.WriteLine(full.SetEquals(delta) ? $"same {full.Count:N0} hits within the delta" : $"DIFFERENT: full {full.Count:N0}, delta {delta.Count:N0}");
    }

    private static HashSet<string> Time(string label, List<Subject> subjects, Func<Subject, IEnumerable<string>> screen)
    {
        var hits = new HashSet<string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        foreach (var subject in subjects)
        {
            hits.UnionWith(screen(subject));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: {subjects.Count / clock.Elapsed.TotalSeconds:F0} subjects/s one thread ({hits.Count:N0} hits in the delta)"));
        return hits;
    }

    private static List<SanctionedEntity> Sdn(string folder) =>
        [.. ListReader.Read(new ListInput("ofac-sdn", [.. Directory.GetFiles(folder, "*.csv").Select(p => new ListFile(Path.GetFileName(p), () => File.OpenRead(p)))])).Entities];
}
