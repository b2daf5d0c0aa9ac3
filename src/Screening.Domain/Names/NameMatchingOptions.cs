namespace Screening.Domain.Names;

/// <summary>
/// Every weight and threshold of name matching, as named values with documented defaults
/// (docs/matching.md explains each and how the thresholds were calibrated).
/// </summary>
public sealed record NameMatchingOptions
{
    public static NameMatchingOptions Default { get; } = new();

    /// <summary>Score at or above which a result is a match (calibrated on the evaluation benchmark).</summary>
    public double MatchThreshold { get; init; } = 0.875;

    /// <summary>Score at or above which a result below <see cref="MatchThreshold"/> deserves human review.</summary>
    public double ReviewThreshold { get; init; } = 0.75;

    /// <summary>Token pairs less similar than this count as unmatched (Jaro-Winkler scale).</summary>
    public double TokenSimilarityFloor { get; init; } = 0.82;

    /// <summary>Subtracted from a fuzzy or phonetic token similarity for each typing error beyond the first.</summary>
    public double ExtraEditPenalty { get; init; } = 0.05;

    /// <summary>
    /// Similarity of tokens within the error budget that fall under <see cref="TokenSimilarityFloor"/> only through
    /// <see cref="ExtraEditPenalty"/> ("ATRSYAM" / "ARSHAM", two errors): such a token still ranks its name, but
    /// counts little more than a missing one, so it cannot make an otherwise different name a match.
    /// </summary>
    public double DistantTypoSimilarity { get; init; } = 0.5;

    /// <summary>Similarity of a one-letter initial and a name that begins with it ("J" / "JOACHIM").</summary>
    public double InitialSimilarity { get; init; } = 0.9;

    /// <summary>
    /// Highest final score of a name in which a distinctive word of the query and one of the listed name are both left
    /// unmatched: a word replaced, not dropped ("NORTHWIND STEEL TUBES" / "NORTHWIND STEEL WIRES", "HOSHINO MARU NO 8" /
    /// "NO 3", "DIALLO ET FILS" / "BALDE ET FILS"). That names another party, so it may reach review, never a match;
    /// keep it below <see cref="MatchThreshold"/>.
    /// </summary>
    public double ReplacedWordScoreCap { get; init; } = 0.85;

    /// <summary>Similarity of two different spellings with the same romanization key ("KIM" / "GIM").</summary>
    public double RomanizationVariantSimilarity { get; init; } = 0.96;

    /// <summary>Floor similarity of two tokens with the same consonant skeleton ("MHMD" / "MUHAMMAD").</summary>
    public double SkeletonSimilarity { get; init; } = 0.86;

    /// <summary>
    /// Similarity of a word written without vowels (Hebrew) and a listed token of at least four consonants when one
    /// of the word's readings has exactly the listed token's consonants ("קרדונה" / "CARDONA"): the script wrote every
    /// sound it writes as the listing has it, so it is that name transliterated, above <see cref="MatchThreshold"/>;
    /// below <see cref="RomanizationVariantSimilarity"/>, as its vowels are read, not written.
    /// </summary>
    public double ScriptReadingSimilarity { get; init; } = 0.92;

    /// <summary>
    /// Similarity of a kana query token and a Latin listed token with the same katakana phonetic key and the same vowels
    /// once those Japanese adds are skipped ("プーチン" / "PUTIN", "ウラジーミル" / "VLADIMIR").
    /// </summary>
    public double KanaPhoneticSimilarity { get; init; } = 0.88;

    /// <summary>
    /// Similarity of a kana query token and a Latin listed token whose consonants agree but vowels do not
    /// ("イヴァナエフ" / "IVANOV"): enough to rank a name, and a name with such a token besides exact ones stays under
    /// <see cref="MatchThreshold"/> (at 0.88, "アンドレイ・イヴァナエフ" was a match for "Andrey Ivanov").
    /// </summary>
    public double KanaConsonantKeySimilarity { get; init; } = 0.80;

    /// <summary>Similarity of adjacent tokens that equal one token when joined ("KWANG SON" / "KWANGSON").</summary>
    public double JoinedTokenSimilarity { get; init; } = 0.97;

    /// <summary>Weight factor of legal forms, honorifics and particles relative to their rarity weight.</summary>
    public double WeakTokenWeightFactor { get; init; } = 0.15;

    /// <summary>
    /// How much a listed token the query does not mention costs, relative to a query token that matches
    /// nothing (dropped middle names are common and benign; an extra query token is evidence of another person).
    /// </summary>
    public double UnmatchedListedTokenPenalty { get; init; } = 0.5;

    /// <summary>
    /// <see cref="UnmatchedListedTokenPenalty"/> for a listed name that holds every query token in the query's order
    /// ("ALWAYS LTD" in "ALWAYS SMOOTH LTD"): the query is that name with words left out, and nothing else. Lower, so such
    /// a name ranks above one that lacks a query word or has the query's words in another order ("ALWAYS PROPERTIES",
    /// "VILLA DE CIFUENTES" for "CIFUENTES VILLA"), whatever the rarity of the word left out. Meant to be at most
    /// <see cref="UnmatchedListedTokenPenalty"/>: a higher value gives no gain, never a loss.
    /// </summary>
    public double InOrderUnmatchedListedTokenPenalty { get; init; } = 0.35;

    /// <summary>Score multiplier for names the list itself marks as weak (low-quality) aliases.</summary>
    public double WeakAliasFactor { get; init; } = 0.95;

    /// <summary>Added when the query's year of birth falls in one of the entity's dates of birth.</summary>
    public double DateOfBirthMatchBonus { get; init; } = 0.04;

    /// <summary>Subtracted when the entity lists dates of birth and none covers the query's year.</summary>
    public double DateOfBirthMismatchPenalty { get; init; } = 0.15;

    /// <summary>Added when the query country is one of the entity's nationalities, citizenships or address countries.</summary>
    public double CountryMatchBonus { get; init; } = 0.03;

    /// <summary>Subtracted when the entity lists countries and the query country is none of them.</summary>
    public double CountryMismatchPenalty { get; init; } = 0.05;

    /// <summary>How many of the best candidate names (by the index's quick estimate) are fully scored.</summary>
    public int CandidatePoolSize { get; init; } = 12;

    /// <summary>
    /// A query token whose matching listed tokens occur in more names than this only adds to candidates that
    /// rarer query tokens proposed (unless none did), which bounds the work for queries with common names.
    /// </summary>
    public int CommonTokenPostings { get; init; } = 1_000;

    /// <summary>
    /// Tokens shorter than this get no deletion forms of their own: a short query token is looked up whole, and a
    /// short listed token (three letters) is indexed whole, so a query one letter longer still reaches it ("KGIM" → "KIM").
    /// </summary>
    public int MinimumTypoTokenLength { get; init; } = 4;

    /// <summary>Default number of results when the query gives none.</summary>
    public int DefaultLimit { get; init; } = 10;
}
