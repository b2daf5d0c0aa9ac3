using System.Text;
using Screening.Domain.Sources;

namespace Screening.Domain.Tests.Sources.CustomCsv;

/// <summary>Custom list files made of invented, clearly fictional parties.</summary>
internal static class CustomCsvBuilder
{
    public const string Header = "id,type,name,aliases,wallet_addresses,date_of_birth,country,programs,remarks";

    public static readonly string[] ExampleRows =
    [
        "C-001,individual,\"DOE, Jane Example\",\"J. Example Doe;Janey Fictional\",\"ETH:0x0000000000000000000000000000000000000001;XBT:1ExampleExampleExampleExampleEx\",1970-01-15,Atlantis,INTERNAL-WATCH,\"Invented for tests, not a real person\"",
        "C-002,entity,Fictional Trading Co,,bc1qexampleexampleexampleexampleexample00,,Utopia,\"INTERNAL-WATCH;FRAUD\",",
        "C-003,vessel,MV IMAGINARY,,,,,,",
    ];

    public static ListInput Input(string content, bool withBom = false) =>
        ListInput.FromBytes("custom:acme", "acme-watchlist.csv", withBom ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(content)] : Encoding.UTF8.GetBytes(content));

    public static string File(params string[] rows) => string.Join("\r\n", [Header, .. rows]) + "\r\n";
}
