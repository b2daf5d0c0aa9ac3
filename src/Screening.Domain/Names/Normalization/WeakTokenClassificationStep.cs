using System.Collections.Frozen;

namespace Screening.Domain.Names.Normalization;

/// <summary>
/// Step 7: legal forms, honorifics and particles are kept (so "ROSNEFT OAO" still prefers the listed
/// "OAO" over "PJSC") but marked weak, so the scorer gives them a low weight instead of deleting them.
/// The tables hold tokens as they appear after tokenization (dots joined: "S.A." → "SA").
/// </summary>
internal static class WeakTokenClassificationStep
{
    private static readonly FrozenSet<string> LegalForms = FrozenSet.ToFrozenSet(
    [
        "LLC", "LTD", "LIMITED", "CO", "COMPANY", "CORP", "CORPORATION", "INC", "INCORPORATED", "JSC", "PJSC",
        "OJSC", "CJSC", "OAO", "ZAO", "PAO", "AO", "OOO", "TOO", "GMBH", "AG", "KG", "SA", "SAS", "SARL", "SRL",
        "SPA", "BV", "NV", "PLC", "LLP", "LP", "FZE", "FZCO", "FZC", "FZ", "DMCC", "PTE", "PVT", "PTY", "BHD",
        "SDN", "KFT", "DOO", "AB", "AS", "OY", "SL", "SCA", "CIA", "LTDA", "LIMITADA", "EIRL", "SAC", "SAL", "SE", "KK",
        "YK", "PCL",
    ]);

    private static readonly FrozenSet<string> Honorifics = FrozenSet.ToFrozenSet(
    [
        "MR", "MRS", "MS", "MISS", "DR", "PROF", "SHEIKH", "SHAIKH", "SHAYKH", "SHEIK", "SHEKH", "HAJI", "HAJJI",
        "HAJ", "HADJI", "MULLAH", "MULLA", "MAULANA", "MAULAVI", "MAWLAWI", "MAULVI", "QARI", "IMAM", "SAYYED",
        "SAYED", "SAYYID", "SIR", "GEN", "GENERAL", "COL", "COLONEL", "CAPT", "CAPTAIN", "MAJ", "LT", "ENG",
    ]);

    private static readonly FrozenSet<string> Particles = FrozenSet.ToFrozenSet(
    [
        "AL", "EL", "UL", "AD", "AR", "ASH", "AZ", "AN", "AT", "BIN", "BINT", "IBN", "BEN", "BINTI", "BINTE",
        "DE", "DEL", "DA", "DI", "DO", "DOS", "DAS", "LA", "LE", "LOS", "LAS", "VAN", "VON", "DER", "DEN",
        "Y", "E", "OF", "THE", "AND", "FOR", "ET", "DU", "DES",
    ]);

    /// <summary>Motor vessel and motor tanker, as "MV" / "MT" after <see cref="VesselPrefixStep"/>.</summary>
    private static readonly FrozenSet<string> VesselPrefixes = FrozenSet.ToFrozenSet(["MV", "MT"]);

    public static TokenRole Classify(string token) =>
        VesselPrefixes.Contains(token) ? TokenRole.VesselPrefix
        : Particles.Contains(token) ? TokenRole.Particle
        : LegalForms.Contains(token) ? TokenRole.LegalForm
        : Honorifics.Contains(token) ? TokenRole.Honorific
        : TokenRole.Regular;
}
