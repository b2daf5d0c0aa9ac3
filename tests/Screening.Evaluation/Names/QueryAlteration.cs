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

    /// <summary>A Latin-listed person name written in Greek letters by the harness's rule table (<see cref="LatinToScript"/>).</summary>
    GreekSpelling,

    /// <summary>A Latin-listed person name written in Armenian letters by the harness's rule table.</summary>
    ArmenianSpelling,

    /// <summary>A Latin-listed person name written in Georgian letters by the harness's rule table.</summary>
    GeorgianSpelling,

    /// <summary>A Latin-listed person name written in Hebrew letters by the harness's rule table.</summary>
    HebrewSpelling,

    /// <summary>A Latin-listed person name written in Devanagari by the harness's rule table.</summary>
    DevanagariSpelling,

    /// <summary>A Latin-listed person name written in katakana by the harness's rule table (<see cref="LatinToKatakana"/>).</summary>
    KatakanaSpelling,

    /// <summary>A listed name as written in its original script, against an index of Latin-script names only.</summary>
    OriginalScript,
    Unlisted,

    /// <summary>A listed company name with one distinctive word replaced by another listed word: another company.</summary>
    NearMissCompany,
}
