namespace Screening.Domain.Model;

/// <summary>What kind of party a listed entry designates.</summary>
public enum EntityType
{
    Individual,
    Entity,
    Vessel,
    Aircraft,
}
