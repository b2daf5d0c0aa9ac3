namespace Screening.Domain.Sources.CustomCsv;

/// <summary>The header of a compliance team's own list (docs/custom-lists.md).</summary>
internal static class CustomCsvSchema
{
    public const string Id = "id";
    public const string Type = "type";
    public const string Name = "name";
    public const string Aliases = "aliases";
    public const string WalletAddresses = "wallet_addresses";
    public const string DateOfBirth = "date_of_birth";
    public const string Country = "country";
    public const string Programs = "programs";
    public const string Remarks = "remarks";

    /// <summary>Asset label of a wallet address written without a "CHAIN:" prefix.</summary>
    public const string UnspecifiedAsset = "UNSPECIFIED";

    public static readonly string[] Required = [Id, Type, Name];
    public static readonly string[] Columns = [Id, Type, Name, Aliases, WalletAddresses, DateOfBirth, Country, Programs, Remarks];

    public static IReadOnlyList<string> SplitHeader(string line) =>
        [.. line.Split(',').Select(column => column.Trim().Trim('"').Trim().ToLowerInvariant())];

    /// <summary>True when every column is a schema column and the required ones are all present.</summary>
    public static bool IsHeader(IReadOnlyList<string> columns) =>
        columns.All(Columns.Contains) && Required.All(columns.Contains) && columns.Distinct().Count() == columns.Count;
}
