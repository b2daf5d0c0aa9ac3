namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Legal forms written in full or abbreviated ("LTD" / "LIMITED", "CO" / "COMPANY") share one key, like
/// romanization variants, so "AMIGO SUPERMARKET LTD" and "AMIGO SUPERMARKET LIMITED" align exactly.
/// Russian forms follow their English glosses only where lists use both (OAO = open joint-stock, ZAO = closed).
/// </summary>
internal static class LegalFormEquivalence
{
    public static readonly IReadOnlyList<(string Canonical, string[] Variants)> Table =
    [
        ("LTD", ["LIMITED", "LTDA", "LIMITADA"]),
        ("CO", ["COMPANY", "CIA"]),
        ("CORP", ["CORPORATION"]),
        ("INC", ["INCORPORATED"]),
        ("INTL", ["INTERNATIONAL"]),
        ("JSC", ["OAO", "AO", "PAO", "PJSC", "OJSC"]),
        ("CJSC", ["ZAO"]),
        ("LLC", ["OOO", "TOO"]),
        ("ESTABLISHMENT", ["EST"]),
    ];
}
