using System.Globalization;
using System.Text;

namespace Screening.Benchmarks.Monitoring;

/// <summary>
/// A customer base for the scale run: realistic names from several cultures (people and companies), a third of the
/// subjects with an Ethereum wallet, written as a subjects-inbox CSV. Seeded, so every run imports the same file.
/// </summary>
internal static class SyntheticSubjects
{
    private static readonly string[] Given =
    [
        "James", "Olivia", "Mohammed", "Fatima", "Ahmed", "Aisha", "Wei", "Mei", "Hiroshi", "Yuki", "Ivan", "Olga", "Dmitri", "Svetlana",
        "Carlos", "Lucia", "Jose", "Maria", "Chinedu", "Ngozi", "Emeka", "Adaeze", "Raj", "Priya", "Arjun", "Ananya", "Hans", "Greta",
        "Pierre", "Camille", "Giovanni", "Francesca", "Kwame", "Ama", "Omar", "Layla", "Jin", "Soo-ah", "Mehmet", "Elif",
    ];

    private static readonly string[] Family =
    [
        "Smith", "Johnson", "Al-Rashid", "Haddad", "Khan", "Rahman", "Wang", "Zhang", "Tanaka", "Suzuki", "Petrov", "Ivanova", "Volkov",
        "Garcia", "Fernandez", "Rodriguez", "Okafor", "Adeyemi", "Nwosu", "Patel", "Sharma", "Gupta", "Muller", "Schmidt", "Dubois",
        "Lefevre", "Rossi", "Bianchi", "Mensah", "Owusu", "Haddad", "Kim", "Park", "Yilmaz", "Demir", "Novak", "Kowalski", "Silva",
    ];

    private static readonly string[] CompanyWords =
    [
        "Harbour", "Lantern", "Summit", "Meridian", "Atlas", "Cedar", "Orchid", "Falcon", "Northwind", "Silverline", "Crescent",
        "Pioneer", "Golden", "Blue River", "Evergreen", "Sapphire", "Delta", "Horizon", "Granite", "Willow",
    ];

    private static readonly string[] CompanyKinds = ["Trading", "Logistics", "Holdings", "Shipping", "Textiles", "Foods", "Capital", "Imports", "Metals", "Energy"];
    private static readonly string[] CompanySuffixes = ["Ltd", "LLC", "GmbH", "SA", "FZE", "Pte Ltd", "Co"];
    private static readonly string[] Countries = ["GB", "US", "AE", "CN", "JP", "RU", "ES", "NG", "IN", "DE", "FR", "IT", "GH", "KR", "TR", "PL", "BR"];

    public static async Task<string> WriteCsvAsync(int count, string path)
    {
        var random = new Random(20261130);
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        await writer.WriteLineAsync("id,kind,name,date_of_birth,country,wallets,client_reference");
        for (var i = 0; i < count; i++)
        {
            var company = random.Next(4) == 0;
            var name = company
                ? $"{Pick(random, CompanyWords)} {Pick(random, CompanyKinds)} {Pick(random, CompanySuffixes)}"
                : $"{Pick(random, Given)} {Pick(random, Family)}";
            var dateOfBirth = company ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"{random.Next(1940, 2005)}-{random.Next(1, 13):D2}-{random.Next(1, 29):D2}");
            var wallet = random.Next(3) == 0 ? "ETH:0x" + Convert.ToHexStringLower(RandomBytes(random, 20)) : string.Empty;
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"cust-{i:D7},{(company ? "company" : "person")},{name},{dateOfBirth},{Pick(random, Countries)},{wallet},crm-{i}"));
        }

        return path;
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
