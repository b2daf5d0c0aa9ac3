using Screening.Functions.Contracts;

namespace Screening.Functions.Services.Monitoring;

/// <summary>One validated subject of an import: its place in the file, its id and its fields.</summary>
public sealed record BulkSubject(int Index, string Id, SubjectRequest Request);
