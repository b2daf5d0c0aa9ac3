using System.Numerics;
using System.Buffers;
using Screening.Domain.Names.Normalization;

namespace Screening.Domain.Names.Scoring;

/// <summary>
/// Similarity of two tokens in [0, 1]: exact spelling 1; same romanization key
/// <see cref="NameMatchingOptions.RomanizationVariantSimilarity"/>; otherwise the best Jaro-Winkler of the
/// spellings and of the keys, provided the tokens are within the typing errors their length allows
/// (<see cref="EditDistance.Allowed"/> of the shorter token: Jaro-Winkler alone is lenient with shared letters,
/// "BASSIL" / "AASI" 0.87), minus <see cref="NameMatchingOptions.ExtraEditPenalty"/> for each error beyond the first
/// (one typo is common; two in one short token usually means another name: "KHALID" / "KHALAF").
/// Equal consonant skeletons give <see cref="NameMatchingOptions.SkeletonSimilarity"/> when exactly one token is
/// written without vowels (Arabic script through transliteration), or (less the extra-edit penalty) when the
/// tokens are within the error budget.
/// Beyond spelling and key, a word of the Arabic name dictionary compares as the Latin spelling of its name
/// (<see cref="NameToken.Spelling"/>), vowels included: "محمد" is not "MAHMUD" by skeleton; and it never matches a token
/// whose key is another name of the dictionary ("عمار" / "OMAR"); two Latin names of the dictionary more than one error
/// apart are different names as well ("MUHANNAD" / "MOHAMED").
/// Anything under <see cref="NameMatchingOptions.TokenSimilarityFloor"/> is 0. Tokens with digits match only exactly;
/// two tokens of at most three letters (by spelling, or by key when keys are compared) never match fuzzily ("ALI" / "ALA",
/// "HAJJ" / "KHAN" are different names).
/// </summary>
internal static class TokenSimilarity
{
    /// <summary>As the overload with traits, reading each token's <see cref="TokenTraits"/> for this one pair.</summary>
    public static (double Similarity, TokenMatchKind Kind) Compare(NameToken query, NameToken listed, NameMatchingOptions options) =>
        Compare(query, TokenTraits.Of(query), listed, TokenTraits.Of(listed), options);

    /// <summary>
    /// The similarity of <paramref name="query"/> and <paramref name="listed"/>, given each token's traits read once
    /// (<see cref="TokenTraits.Of"/>): the search path compares a token with hundreds of others.
    /// </summary>
    public static (double Similarity, TokenMatchKind Kind) Compare(
        NameToken query, in TokenTraits queryTraits, NameToken listed, in TokenTraits listedTraits, NameMatchingOptions options)
    {
        if (query.Text == listed.Text)
        {
            return (1.0, TokenMatchKind.Exact);
        }

        if (queryTraits.HasDigits || listedTraits.HasDigits)
        {
            return (0.0, TokenMatchKind.Unmatched);
        }

        if (IsInitialOf(query, listed) || IsInitialOf(listed, query))
        {
            return (options.InitialSimilarity, TokenMatchKind.Initial);
        }

        if (query.Key == listed.Key || ((query.OtherKeys is not null || listed.OtherKeys is not null) && OtherKeyAgrees(query, listed)))
        {
            return (options.RomanizationVariantSimilarity, TokenMatchKind.RomanizationVariant);
        }

        if (SameGreekForm(query, listed) || SameGreekForm(listed, query) || SameGeorgianForm(query, listed) || SameGeorgianForm(listed, query))
        {
            // The Latin name as Greek or Georgian letters write it ("ΚΑΡΑΚΑΣ" / CARACAS was unmatched, "ΚΑΝΤΑΜΠΡΑΝΑ" /
            // CANTABRANA and "ქსჰემაჯლ" / XHEMAJL 0.5): a transliteration, not a typo.
            return (options.RomanizationVariantSimilarity, TokenMatchKind.RomanizationVariant);
        }

        if (queryTraits.IsDictionaryNameKey && listedTraits.IsDictionaryNameKey
            && (query.IsArabicName || listed.IsArabicName || EditDistance.Compute(query.Key, listed.Key, 1) > 1))
        {
            // The Arabic spelling settles which name it is: a token spelling another name of the dictionary is not a
            // typo of it, though Latin letters are close ("عمار" is not OMAR, "جمال" is not JAMIL). In Latin letters
            // too, two names of the dictionary more than one error apart are two names, not a typo or a spelling of
            // one: MUHANNAD is not MOHAMED (key MUHAMMAD), AHMAD is not MAHMUD. One error apart (SAID / SAUD) a single
            // typo could have made one from the other, so those still compare by letters.
            return (0.0, TokenMatchKind.Unmatched);
        }

        var queryVowelless = queryTraits.IsVowelless;
        var oneSideVowelless = queryVowelless != listedTraits.IsVowelless;
        var skeletonsAgree = (query.Skeleton.Length >= 2 && query.Skeleton == listed.Skeleton)
            || (oneSideVowelless && InitialVowelDropped(queryVowelless ? query : listed, queryVowelless ? listed : query))
            || ((query.OtherSkeletons is not null || listed.OtherSkeletons is not null) && OtherReadingsAgree(query, listed, oneSideVowelless, queryVowelless));
        // A Hebrew word whose consonants are the listed name's is a reading of it, not a distant typo: its Latin spelling
        // is a guess at vowels the script does not write ("דימיטרי" DYMYTRY was 0.5 against DIMITRI, three letters apart).
        var readingAgrees = skeletonsAgree && oneSideVowelless && (query.WrittenWithoutVowels || listed.WrittenWithoutVowels);
        // Four or more consonants, all of them the listed token's, in its order, by the script's own reading rules: the
        // name transliterated, as strong as the evidence of a romanization variant less the guessed vowels ("קרדונה" /
        // "CARDONA" and "סולימן" / "SULAYMAN" were 0.86, under match). Fewer consonants ("פרג׳" FARAJ or PAREJA, "הלה"
        // HALA or HILLA) fit too many names to say more than the skeleton floor.
        var readingFloor = readingAgrees && (query.WrittenWithoutVowels ? listed : query).Skeleton.Length >= 4
            ? options.ScriptReadingSimilarity
            : options.SkeletonSimilarity;
        // Jaro-Winkler at the floor needs about half of the shorter token's letters in common.
        if (!skeletonsAgree
            && 2 * BitOperations.PopCount(query.Letters & listed.Letters)
                < Math.Min(queryTraits.LetterCount, listedTraits.LetterCount))
        {
            return (0.0, TokenMatchKind.Unmatched);
        }

        var allowed = EditDistance.Allowed(Math.Min(query.Spelling.Length, listed.Spelling.Length));
        if (!skeletonsAgree
            && Math.Abs(query.Spelling.Length - listed.Spelling.Length) > allowed
            && Math.Abs(query.Key.Length - listed.Key.Length) > allowed)
        {
            // More letters apart than the error budget: neither a typo nor a phonetic variant.
            return (0.0, TokenMatchKind.Unmatched);
        }

        // Most tokens are their own key; compare the keys too only when either side was rewritten.
        var keysDiffer = !ReferenceEquals(query.Key, query.Spelling) || !ReferenceEquals(listed.Key, listed.Spelling);
        var jaroWinkler = JaroWinkler.Similarity(query.Spelling, listed.Spelling);
        if (keysDiffer)
        {
            jaroWinkler = Math.Max(jaroWinkler, JaroWinkler.Similarity(query.Key, listed.Key));
        }

        if (jaroWinkler < options.TokenSimilarityFloor && !skeletonsAgree)
        {
            return (0.0, TokenMatchKind.Unmatched);
        }

        var distance = EditDistance.Compute(query.Spelling, listed.Spelling, allowed);
        if (keysDiffer && distance > 0)
        {
            distance = Math.Min(distance, EditDistance.Compute(query.Key, listed.Key, allowed));
        }

        var withinBudget = distance <= allowed;
        var extraEdits = options.ExtraEditPenalty * Math.Max(0, distance - 1);
        // Two words of three letters or fewer leave no room for a typo: one letter changed is another name, by spelling
        // ("ALI" / "ALA") or by romanization key when that is what is compared ("HAJJ" / "KHAN" are HAJ / HAN).
        var bothShort = Math.Max(query.Spelling.Length, listed.Spelling.Length) <= 3
            || (keysDiffer && Math.Max(query.Key.Length, listed.Key.Length) <= 3);
        if (withinBudget && !bothShort && jaroWinkler - extraEdits >= options.TokenSimilarityFloor
            && !(readingAgrees && jaroWinkler - extraEdits < options.SkeletonSimilarity))
        {
            return readingAgrees && jaroWinkler - extraEdits < readingFloor
                ? (readingFloor, TokenMatchKind.Phonetic)
                : (jaroWinkler - extraEdits, TokenMatchKind.Fuzzy);
        }

        if (withinBudget && !bothShort && jaroWinkler >= options.TokenSimilarityFloor && !readingAgrees)
        {
            // Close by Jaro-Winkler but two or three errors apart ("ATRSYAM" / "ARSHAM"): enough to rank the name
            // it belongs to, never enough to carry it to a match ("NASSER" / "NASIF" in another person's name).
            return (options.DistantTypoSimilarity, TokenMatchKind.Fuzzy);
        }

        if (skeletonsAgree && oneSideVowelless)
        {
            return (readingAgrees ? readingFloor : options.SkeletonSimilarity, TokenMatchKind.Phonetic);
        }

        if (skeletonsAgree && withinBudget && !bothShort && options.SkeletonSimilarity - extraEdits >= options.TokenSimilarityFloor)
        {
            return (options.SkeletonSimilarity - extraEdits, TokenMatchKind.Phonetic);
        }

        return (0.0, TokenMatchKind.Unmatched);
    }

    /// <summary>
    /// "J" of "Hans J Friedrich" against "JOACHIM". Not a one-letter particle ("Y" of "CARDENAS DUARTE Y CIA") or a
    /// one-letter name ("O", the Korean surname; "I" for 이), not a weak listed word, and not across scripts.
    /// </summary>
    private static bool IsInitialOf(NameToken initial, NameToken name) =>
        initial.Text.Length == 1 && name.Text.Length > 1 && name.Text[0] == initial.Text[0]
        && !initial.IsWeak && !name.IsWeak && !name.IsArabicName && !initial.IsArabicName
        && !Romanization.RomanizationKey.IsTableSpelling(initial.Text);

    /// <summary>A Greek word and a Latin token of at least four letters that fold to the same <see cref="NameToken.GreekForm"/>.</summary>
    private static bool SameGreekForm(NameToken greek, NameToken latin) =>
        greek.GreekForm is { Length: >= 4 } form && latin.GreekForm is null && latin.KanaPhoneticKey is null && !latin.WrittenWithoutVowels
        && Romanization.GreekLatinForm.FoldsTo(latin.Spelling, form);

    /// <summary>A Georgian word and a Latin token of at least four letters that fold to the same <see cref="NameToken.GeorgianForm"/>.</summary>
    private static bool SameGeorgianForm(NameToken georgian, NameToken latin) =>
        georgian.GeorgianForm is { Length: >= 4 } form && latin.GeorgianForm is null && latin.GreekForm is null && latin.KanaPhoneticKey is null
        && !latin.WrittenWithoutVowels && georgian.Text != latin.Text && Romanization.GeorgianLatinForm.FoldsTo(latin.Spelling, form);

    private static readonly SearchValues<char> Vowels = SearchValues.Create("AEIOUY");

    /// <summary>"MHMD" (امحمد without its initial alif) against "IMHAMAD": skeleton "MT" vs "AMT".</summary>
    /// <summary>Not for a Hebrew word: Hebrew writes a word's first vowel (א, ע), so "גיני" (GAINI) is not "EKIN".</summary>
    private static bool InitialVowelDropped(NameToken vowelless, NameToken voweled) =>
        !vowelless.WrittenWithoutVowels && InitialVowelDropped(vowelless.Skeleton, voweled.Skeleton);

    private static bool InitialVowelDropped(string vowelless, string voweled) =>
        vowelless.Length >= 2
        && voweled.Length == vowelless.Length + 1
        && voweled[0] == 'A'
        && voweled.AsSpan(1).SequenceEqual(vowelless);

    /// <summary>
    /// A skeleton of another reading agrees: "בסל" read BSL or VSL against BASAL. Only a token of a script that leaves
    /// sounds open has other readings (<see cref="NameToken.OtherSkeletons"/>).
    /// </summary>
    private static bool OtherReadingsAgree(NameToken query, NameToken listed, bool oneSideVowelless, bool queryVowelless)
    {
        // By index, not through NameToken.Skeletons, which builds a new collection on every access: this runs for every
        // listed token a Hebrew query token meets.
        var queryCount = 1 + (query.OtherSkeletons?.Count ?? 0);
        var listedCount = 1 + (listed.OtherSkeletons?.Count ?? 0);
        for (var a = 0; a < queryCount; a++)
        {
            var q = a == 0 ? query.Skeleton : query.OtherSkeletons![a - 1];
            for (var b = 0; b < listedCount; b++)
            {
                var l = b == 0 ? listed.Skeleton : listed.OtherSkeletons![b - 1];
                if (q.Length >= 2 && q == l)
                {
                    return true;
                }

                if (oneSideVowelless && !query.WrittenWithoutVowels && !listed.WrittenWithoutVowels
                    && (queryVowelless ? InitialVowelDropped(q, l) : InitialVowelDropped(l, q)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The key of one token is a key of the other's other vowel readings: "ז׳ו" read ZHU against ZHU.</summary>
    private static bool OtherKeyAgrees(NameToken query, NameToken listed) =>
        (query.OtherKeys?.Contains(listed.Key) ?? false) || (listed.OtherKeys?.Contains(query.Key) ?? false);

    public static bool HasVowel(string token) => token.AsSpan().IndexOfAny(Vowels) >= 0;

    /// <summary>Written without vowels: Arabic script through transliteration ("MHMD"), or a Hebrew word ("LVY" for Levi).</summary>
    public static bool IsVowelless(NameToken token) => token.WrittenWithoutVowels || !HasVowel(token.Spelling);
}
