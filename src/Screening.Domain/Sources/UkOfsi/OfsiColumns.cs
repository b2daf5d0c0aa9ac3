namespace Screening.Domain.Sources.UkOfsi;

/// <summary>
/// The OFSI Consolidated List's column headers. The CSV of 2018 has 29 of them; the Excel form of 2022
/// onwards adds the non-Latin script, alias quality, passport number, national identification details
/// and UK Sanctions List columns. Columns absent from a form simply read as blank.
/// </summary>
internal static class OfsiColumns
{
    public const string LastUpdatedLabel = "Last Updated";
    public const string Surname = "Name 6";
    public const string Title = "Title";
    public const string NonLatinName = "Name Non-Latin Script";
    public const string NonLatinScriptType = "Non-Latin Script Type";
    public const string NonLatinScriptLanguage = "Non-Latin Script Language";
    public const string DateOfBirth = "DOB";
    public const string TownOfBirth = "Town of Birth";
    public const string CountryOfBirth = "Country of Birth";
    public const string Nationality = "Nationality";
    public const string PassportNumber = "Passport Number";
    public const string PassportDetails = "Passport Details";
    public const string NationalIdNumber = "National Identification Number";
    public const string NationalIdDetails = "National Identification Details";
    public const string NationalIdNumber2018 = "NI Number";
    public const string Position = "Position";
    public const string PostCode = "Post/Zip Code";
    public const string Country = "Country";
    public const string OtherInformation = "Other Information";
    public const string GroupType = "Group Type";
    public const string AliasType = "Alias Type";
    public const string AliasQuality = "Alias Quality";
    public const string Regime = "Regime";
    public const string ListedOn = "Listed On";
    public const string UkDateDesignated = "UK Sanctions List Date Designated";
    public const string GroupId = "Group ID";

    /// <summary>Name 1 to Name 5: given names first, in order; Name 6 is the surname or the entity's name.</summary>
    public static readonly string[] GivenNames = ["Name 1", "Name 2", "Name 3", "Name 4", "Name 5"];

    public static readonly string[] AddressLines = ["Address 1", "Address 2", "Address 3", "Address 4", "Address 5", "Address 6"];

    /// <summary>A header row names the surname column and the group id; the note row above it does not.</summary>
    public static bool IsHeader(IEnumerable<string?> cells)
    {
        var names = cells.Select(cell => cell?.Trim()).ToList();
        return names.Contains(Surname) && names.Contains(GroupId);
    }
}
