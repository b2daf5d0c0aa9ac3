using Screening.Domain.Model;

namespace Screening.Functions.Services.Monitoring;

/// <summary>The entities of one stored list version, for a re-screen to compare with what is active now.</summary>
public interface IListVersionEntities
{
    /// <summary>Null when the version is no longer stored (retention removed it, or it never was): the caller screens in full.</summary>
    Task<IReadOnlyList<SanctionedEntity>?> ReadAsync(string source, string versionId, CancellationToken cancellationToken);
}
