namespace Screening.Domain.Sources.MofExcel;

/// <summary>What a column of a MOF programme sheet holds, whatever the sheet calls it (34 header rows in all).</summary>
internal enum MofColumnKind
{
    NoticeDate,
    NoticeNumber,
    JapaneseName,
    EnglishName,
    StrongAliases,
    WeakAliases,
    Title,
    BirthDate,
    BirthDateAndPlace,
    BirthPlace,
    Nationality,
    Passport,
    IdNumber,
    Address,
    UnReference,
    Other,
}
