namespace Screening.Functions.Console;

/// <summary>An upload as the console confirms it: the inbox reports on it under <paramref name="FileName"/>.</summary>
public sealed record ConsoleUpload(string FileName, string ContentHash, string UploadedBy, DateTimeOffset UploadedAt);
