namespace Screening.Evaluation.Names;

/// <summary>How an evaluation query was derived from a listed name (or that it names nobody listed).</summary>
public enum QueryAlteration
{
    Exact,
    CaseAndPunctuation,
    OneTypo,
    TwoTypos,
    TokenReordering,
    DroppedMiddleToken,
    Alias,

    /// <summary>One space lost: "AHMEDQassim Abdullah Ali" (AHMED, Qassim Abdullah Ali), surname typed against the given name.</summary>
    Joined,

    /// <summary>A space added inside one word: "GELO WICZ Fritz Martin".</summary>
    Split,

    /// <summary>All lower case with two parts of the name joined: "changha chang" (CHANG, Chang-ha).</summary>
    LowercaseJoined,

    /// <summary>A Korean name listed in McCune–Reischauer, written in Hangul: "김정은" for "KIM, Jong Un".</summary>
    Hangul,

    /// <summary>A Korean name listed in McCune–Reischauer, written in Revised Romanization: "Gim Jeong-eun".</summary>
    RevisedRomanization,

    /// <summary>A listed name as written in its original script, against an index of Latin-script names only.</summary>
    OriginalScript,
    Unlisted,

    /// <summary>A listed company name with one distinctive word replaced by another listed word: another company.</summary>
    NearMissCompany,
}
