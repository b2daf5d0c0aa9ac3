namespace Screening.Domain.Sources.MofExcel;

/// <summary>One programme sheet being read: its name, number, programme title and column layout.</summary>
internal sealed record MofProgrammeSheet(string Name, string Number, string Programme, MofSheetLayout Layout);
