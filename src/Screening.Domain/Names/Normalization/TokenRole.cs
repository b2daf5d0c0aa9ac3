namespace Screening.Domain.Names.Normalization;

/// <summary>What a token contributes to identifying a party; every role except <see cref="Regular"/> is weak.</summary>
public enum TokenRole
{
    Regular,

    /// <summary>Company legal form: LLC, LTD, JSC, OOO, GMBH, ...</summary>
    LegalForm,

    /// <summary>Title or honorific: MR, DR, SHEIKH, HAJI, ...</summary>
    Honorific,

    /// <summary>Article, preposition or name particle: AL, EL, BIN, DE, OF, THE, ...</summary>
    Particle,

    /// <summary>Vessel prefix: MV (M/V, motor vessel), MT (M/T, motor tanker).</summary>
    VesselPrefix,
}
